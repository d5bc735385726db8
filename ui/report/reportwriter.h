#pragma once

#include "catalog/catalog.h"
#include "run/report.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QString>

namespace PortCheck {

// The change-approval report as a PDF (vector: its text can be selected and searched): a first page
// with the overall verdict and where, when, by whom and against what it ran; the topology diagram;
// a table per link; the failures with what to change; the firewall change request; an appendix
// with every probe result. Header, footer and page numbers on every page; long tables break across
// pages and repeat their header. Text from the network or a file is inserted as plain text, never
// parsed as markup. Needs a QApplication (fonts, the diagram).
class ReportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    ReportWriter(const Catalog &catalog, const ReportData &report);

    void setPageSize(QPageSize::PageSizeId size) { m_pageSize = size; }
    // Writes the PDF; returns an error text, empty on success.
    QString write(const QString &path) const;
    // The page size a locale expects: Letter in the US and Canada, A4 elsewhere.
    static QPageSize::PageSizeId defaultPageSize();

private:
    const Catalog &m_catalog;
    const ReportData &m_report;
    QPageSize::PageSizeId m_pageSize = QPageSize::A4;
};

} // namespace PortCheck
