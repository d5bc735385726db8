// Prints how long Azure's service tags file takes to read (--azure-service-tags): a synthetic file
// shaped like ServiceTags_Public (about 3,000 tags), at its real size and larger. Not a test.
#include "model/catalog/azureservicetags.h"
#include "tests/bench/benchutil.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace PortCheck;
using namespace Qt::StringLiterals;

namespace {
QByteArray serviceTags(int tags, int prefixesPerTag)
{
    QByteArray out = "{\n  \"changeNumber\": 345,\n  \"cloud\": \"Public\",\n  \"values\": [\n";
    for (int t = 0; t < tags; ++t) {
        const QByteArray name =
            t == 7 ? QByteArray("Sql.WestEurope") : "Service" + QByteArray::number(t) + ".Region";
        out += "    {\n      \"name\": \"" + name + "\",\n      \"id\": \"" + name +
               "\",\n      \"properties\": {\n        \"changeNumber\": 3,\n        \"region\": \"region" +
               QByteArray::number(t % 60) +
               "\",\n        \"platform\": \"Azure\",\n        \"systemService\": \"AzureSQL\",\n"
               "        \"addressPrefixes\": [\n";
        for (int p = 0; p < prefixesPerTag; ++p) {
            if (p % 4 == 3)
                out += "          \"2603:10" + QByteArray::number(p % 100) + ":206::/48\"";
            else
                out += "          \"" + QByteArray::number(t % 200 + 13) + '.' + QByteArray::number(p % 250) +
                       '.' + QByteArray::number(t % 250) + ".0/24\"";
            out += p + 1 < prefixesPerTag ? ",\n" : "\n";
        }
        out += "        ],\n        \"networkFeatures\": [\"API\", \"NSG\", \"UDR\", \"FW\"]\n      }\n    }";
        out += t + 1 < tags ? ",\n" : "\n";
    }
    return out + "  ]\n}\n";
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    out << "service tags file parse and Sql.WestEurope look-up, median of 5 runs\n";
    for (const auto &[tags, prefixes] : {std::pair{3000, 20}, std::pair{3000, 60}, std::pair{10000, 60}}) {
        const QByteArray json = serviceTags(tags, prefixes);
        std::optional<Azure::ServiceTagList> list;
        Text error;
        const double ms = Bench::medianMs(5, [&] { list = Azure::parseServiceTags(json, &error); });
        const double findMs = Bench::medianMs(5, [&] { list->find(u"Sql"_s, u"West Europe"_s); });
        out << QString::asprintf("  %6d tags x %3d prefixes  %6.1f MB  %8.1f ms  find %.3f ms  %s\n", tags,
                                 prefixes, double(json.size()) / 1e6, ms, findMs, list ? "ok" : "ERROR");
        out.flush();
    }
    return 0;
}
