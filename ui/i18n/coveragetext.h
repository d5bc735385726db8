#pragma once

#include "model/run/coverage.h"
#include "ui/style/verdictstyle.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace PortCheck {

// The coverage matrix (model/run/coverage.h) in words, for the command line's merge and the
// report: one grid per source role, the notes on how each machine was recognised, and the
// command each machine without evidence still has to run.
struct CoverageGrid
{
    // Links down and machines across, or, when a role has more machines than fit across, machines
    // down and the links across as numbers (the legend names them).
    bool machinesAsRows = false;
    QStringList header;
    QList<QStringList> rows;
    QList<QList<CoverageCell>> states; // each row's cells after its first column
    QStringList legend;                // "1  Directory (LDAP)", when the links are numbered
};

class CoverageText
{
    Q_DECLARE_TR_FUNCTIONS(Coverage)

public:
    static QString cell(CoverageCell state);
    static QString machineName(const Catalog &catalog, const CoverageRole &role,
                               const CoverageMachine &machine);
    // "Guardian server: 1 machine, 9 links, 7 of them required"
    static QString roleHeading(const Catalog &catalog, const CoverageRole &role);
    static CoverageGrid grid(const Catalog &catalog, const CoverageRole &role, int maxMachineColumns);
    // How a machine's results were recognised, where that is not by the profile's own list.
    static QStringList notes(const Catalog &catalog, const CoverageRole &role);
    // "on dc7.corp.example (Forest Recovery agent): guardian-portcheck run site.yaml --json ..."
    static QStringList stillToRun(const Catalog &catalog, const Coverage &coverage, const CoverageRole &role);
    // Whether every required link has evidence from each machine it starts on.
    static QString summary(const Coverage &coverage);
    // How a cell looks: tested passes; partly, or any gap in an optional link, warns; a required
    // link without evidence fails. The report and the window colour the matrix the same way.
    static VisualState look(CoverageCell state, bool required);
};

} // namespace PortCheck
