// Prints how long a profile with many hosts takes to parse (and to read as a host list). Not a
// test: figures, not pass/fail. Target: 100,000 hosts parse in under 1 s.
#include "model/catalog/catalogloader.h"
#include "model/profile/hostlisttext.h"
#include "model/profile/profile.h"
#include "model/yamlreader.h"
#include "tests/bench/benchutil.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace PortCheck;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    builtinCatalog();
    out << "profile parse with N domain controllers, median of 5 runs (target: 100,000 hosts < 1 s)\n";
    for (int hosts : {1000, 10000, 50000, 100000}) {
        const QByteArray yaml = profileToYaml(Bench::largeSite(hosts));
        Diagnostics problems;
        Profile parsed;
        const double ms = Bench::medianMs(
            5, [&] { problems = loadProfile(yaml, u"bench.yaml"_s, builtinCatalog(), &parsed); });
        // of which yaml-cpp's parse alone (and the duplicate-key walk)
        const double yamlMs = Bench::medianMs(5, [&] { YamlReader(u"bench.yaml"_s).parse(yaml); });
        out << QString::asprintf("  %7d hosts  %8.1f ms (YAML parse %6.1f ms)  %6.2f MB of YAML  %s\n", hosts,
                                 ms, yamlMs, double(yaml.size()) / 1e6,
                                 problems.isEmpty() ? "ok" : "PROBLEMS");
        out.flush();
    }
    out << "host list as typed in the wizard (one host per line), median of 5 runs\n";
    for (int hosts : {10000, 100000}) {
        QStringList lines;
        for (int i = 0; i < hosts; ++i)
            lines << u"dc"_s + QString::number(i) + u".corp.example"_s;
        const QString text = lines.join(u'\n');
        ProfileHostList list;
        const double ms = Bench::medianMs(5, [&] { list = parseProfileHosts(text); });
        out << QString::asprintf("  %7d hosts  %8.1f ms  %s\n", hosts, ms,
                                 list.hosts.size() == hosts ? "ok" : "WRONG COUNT");
        out.flush();
    }
    return 0;
}
