#include "ui/i18n/coveragetext.h"

#include "ui/i18n/translations.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace PortCheck {

QString CoverageText::cell(CoverageCell state)
{
    switch (state) {
    case CoverageCell::Tested:
        return tr("tested");
    case CoverageCell::Partly:
        return tr("partly");
    case CoverageCell::NotTested:
        return tr("not tested");
    case CoverageCell::NotRun:
        return tr("no results");
    }
    return {};
}

QString CoverageText::machineName(const Catalog &catalog, const CoverageRole &role,
                                  const CoverageMachine &machine)
{
    if (machine.match == CoverageMachine::Match::Unnamed)
        return tr("each %1").arg(roleName(catalog, role.role));
    return machine.name;
}

QString CoverageText::roleHeading(const Catalog &catalog, const CoverageRole &role)
{
    const auto required = static_cast<int>(std::count_if(role.links.cbegin(), role.links.cend(),
                                                         [](const CoverageLink &l) { return l.required; }));
    const bool unnamed =
        role.machines.size() == 1 && role.machines.first().match == CoverageMachine::Match::Unnamed;
    return tr("%1: %2, %3, %4 of them required")
        .arg(roleName(catalog, role.role),
             unnamed ? tr("no machine named")
                     : tr("%n machine(s)", nullptr, static_cast<int>(role.machines.size())),
             tr("%n link(s)", nullptr, static_cast<int>(role.links.size())))
        .arg(required);
}

CoverageGrid CoverageText::grid(const Catalog &catalog, const CoverageRole &role, int maxMachineColumns)
{
    CoverageGrid g;
    g.machinesAsRows = role.machines.size() > std::max(1, maxMachineColumns);
    const auto linkLabel = [&](const CoverageLink &l) -> QString {
        return l.required ? linkName(catalog, l.link) : tr("%1 (optional)").arg(linkName(catalog, l.link));
    };
    if (!g.machinesAsRows) {
        g.header << tr("Link");
        for (const CoverageMachine &m : role.machines)
            g.header << machineName(catalog, role, m);
        for (qsizetype l = 0; l < role.links.size(); ++l) {
            QStringList row{linkLabel(role.links.at(l))};
            for (CoverageCell c : role.cells.at(l))
                row << cell(c);
            g.rows << row;
            g.states << role.cells.at(l);
        }
        return g;
    }
    g.header << tr("Machine");
    for (qsizetype l = 0; l < role.links.size(); ++l) {
        g.header << QString::number(l + 1);
        g.legend << QString::number(l + 1) + u"  "_s + linkLabel(role.links.at(l));
    }
    for (qsizetype m = 0; m < role.machines.size(); ++m) {
        QStringList row{machineName(catalog, role, role.machines.at(m))};
        QList<CoverageCell> states;
        for (qsizetype l = 0; l < role.links.size(); ++l) {
            states << role.cells.at(l).at(m);
            row << cell(states.last());
        }
        g.rows << row;
        g.states << states;
    }
    return g;
}

QStringList CoverageText::notes(const Catalog &catalog, const CoverageRole &role)
{
    QStringList out;
    const QString name = roleName(catalog, role.role);
    for (const CoverageMachine &m : role.machines) {
        switch (m.match) {
        case CoverageMachine::Match::Assumed:
            out << tr("%1: the results of %2, which ran as %3 by --as; the profile lists only this machine "
                      "for it")
                       .arg(m.name, m.ranOn, name);
            break;
        case CoverageMachine::Match::Unlisted:
            out << tr("%1 ran as %2 and is not in the profile's list of them").arg(m.name, name);
            break;
        case CoverageMachine::Match::Unnamed:
            out << tr("The profile lists no %1 and none of these results comes from one.").arg(name);
            break;
        case CoverageMachine::Match::Listed:
        case CoverageMachine::Match::ByName:
        case CoverageMachine::Match::NotRun:
            break;
        }
    }
    return out;
}

QStringList CoverageText::stillToRun(const Catalog &catalog, const Coverage &coverage,
                                     const CoverageRole &role)
{
    QStringList out;
    for (qsizetype m = 0; m < role.machines.size(); ++m) {
        if (role.missing(m).isEmpty())
            continue;
        const CoverageMachine &machine = role.machines.at(m);
        const QString command = coverage.command(role, machine);
        if (machine.match == CoverageMachine::Match::Unnamed)
            out << tr("on each %1: %2").arg(roleName(catalog, role.role), command);
        else if (machine.runs.isEmpty())
            out << tr("on %1 (%2): %3").arg(machine.name, roleName(catalog, role.role), command);
        else
            out << tr("again on %1 (%2), which has %n required link(s) without evidence: %3", nullptr,
                      static_cast<int>(role.missing(m).size()))
                       .arg(machine.name, roleName(catalog, role.role), command);
    }
    return out;
}

QString CoverageText::summary(const Coverage &coverage)
{
    QSet<QString> links; // distinct links: three agents missing one link are one link, three machines
    int machines = 0;
    for (const CoverageRole &r : coverage.roles) {
        for (qsizetype m = 0; m < r.machines.size(); ++m) {
            const QStringList missing = r.missing(m);
            for (const QString &link : missing)
                links.insert(link);
            machines += missing.isEmpty() ? 0 : 1;
        }
    }
    if (links.isEmpty())
        return tr("Coverage complete: every required link has evidence from each machine it starts on.");
    return tr("Coverage incomplete: still to run on %1, for %2.")
        .arg(tr("%n machine(s)", nullptr, machines),
             tr("%n required link(s)", nullptr, static_cast<int>(links.size())));
}

VisualState CoverageText::look(CoverageCell state, bool required)
{
    if (state == CoverageCell::Tested)
        return VisualState::Pass;
    return state == CoverageCell::Partly || !required ? VisualState::Warn : VisualState::Fail;
}

} // namespace PortCheck
