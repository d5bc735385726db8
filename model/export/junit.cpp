#include "model/export/junit.h"

#include <QMap>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace PortCheck {

QByteArray junitXml(const Catalog &catalog, const ReportData &report)
{
    // Group the verdicts by link, keeping the catalog's order.
    QMap<int, QList<const Verdict *>> byLink;
    QHash<QString, int> order;
    for (int i = 0; i < catalog.links.size(); ++i)
        order.insert(catalog.links.at(i).id, i);
    for (const Verdict &v : report.verdicts)
        byLink[order.value(v.link, -1)].append(&v);

    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(u"testsuites"_s);
    w.writeAttribute(u"name"_s, u"Guardian network paths"_s);
    const VerdictSummary total = summarize(report.verdicts);
    w.writeAttribute(u"tests"_s, QString::number(report.verdicts.size()));
    w.writeAttribute(u"failures"_s, QString::number(total.fail));
    w.writeAttribute(u"skipped"_s, QString::number(total.notTested));
    const double seconds = report.meta.started.isValid() && report.meta.finished.isValid()
                               ? double(report.meta.started.msecsTo(report.meta.finished)) / 1000.0
                               : 0.0;
    w.writeAttribute(u"time"_s, QString::number(seconds, 'f', 3));
    for (auto it = byLink.cbegin(); it != byLink.cend(); ++it) {
        const QList<const Verdict *> &verdicts = it.value();
        const Link *link = catalog.link(verdicts.first()->link);
        QList<Verdict> plain;
        for (const Verdict *v : verdicts)
            plain.append(*v);
        const VerdictSummary s = summarize(plain);
        w.writeStartElement(u"testsuite"_s);
        w.writeAttribute(u"name"_s, verdicts.first()->link);
        w.writeAttribute(u"tests"_s, QString::number(verdicts.size()));
        w.writeAttribute(u"failures"_s, QString::number(s.fail));
        w.writeAttribute(u"skipped"_s, QString::number(s.notTested));
        w.writeAttribute(u"timestamp"_s, report.meta.started.toString(Qt::ISODate));
        w.writeAttribute(u"hostname"_s, displaySafe(report.meta.host));
        if (link) {
            w.writeStartElement(u"properties"_s);
            for (const auto &[name, value] :
                 {std::pair{u"from"_s, link->from}, std::pair{u"to"_s, link->to},
                  std::pair{u"protocol"_s, link->protocol}, std::pair{u"purpose"_s, link->purpose}}) {
                w.writeStartElement(u"property"_s);
                w.writeAttribute(u"name"_s, name);
                w.writeAttribute(u"value"_s, value);
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        for (const Verdict *v : verdicts) {
            w.writeStartElement(u"testcase"_s);
            w.writeAttribute(u"classname"_s, u"guardian."_s + v->link);
            // XML 1.0 has no control characters: network and file text goes in escaped.
            w.writeAttribute(
                u"name"_s,
                displaySafe(v->observer.isEmpty() ? v->host : v->host + u" (from "_s + v->observer + u')'));
            switch (v->level) {
            case VerdictLevel::Fail:
                w.writeStartElement(u"failure"_s);
                w.writeAttribute(u"message"_s, v->reason.displaySafe().english());
                w.writeAttribute(u"type"_s, u"fail"_s);
                w.writeCharacters(displaySafe(englishTexts(v->remediation).join(u'\n'), true));
                w.writeEndElement();
                break;
            case VerdictLevel::NotTested:
                w.writeStartElement(u"skipped"_s);
                w.writeAttribute(u"message"_s, v->reason.displaySafe().english());
                w.writeEndElement();
                break;
            case VerdictLevel::Warn:
                w.writeTextElement(
                    u"system-out"_s,
                    u"WARNING: "_s + v->reason.displaySafe().english() +
                        (v->remediation.isEmpty()
                             ? QString()
                             : u'\n' + displaySafe(englishTexts(v->remediation).join(u'\n'), true)));
                break;
            case VerdictLevel::Pass:
                w.writeTextElement(u"system-out"_s, v->reason.displaySafe().english());
                break;
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

} // namespace PortCheck
