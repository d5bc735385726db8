#pragma once

#include "model/text.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace PortCheck {

// A file of hosts the wizard imports into a role's list: a text file (handed on as it is, the list
// editor reads it), or a CSV file such as `Get-ADDomainController -Filter * | Export-Csv` or
// `Get-ADComputer ... | Export-Csv` writes. CSV is read as RFC 4180 says (quoted cells may hold the
// delimiter, doubled quotes and line breaks); the delimiter is the one of ',', ';' and TAB that the
// header row uses most; a PowerShell "#TYPE ..." line before the header is skipped. The host column
// is the header's DNSHostName, HostName, FQDN, Host, Server, ComputerName, Name, IPv4Address or
// Address (in that order of preference); with none of them, the first column, and a first row that
// is no host name is taken for a header.
enum class HostImportFormat
{
    Text,
    Csv,
};

struct HostImport
{
    QStringList hosts;  // the entries in file order; the list editor checks each
    QString column;     // the header of the CSV column they came from; empty when none
    int emptyCells = 0; // CSV data rows whose host cell is empty or missing
    Text error;         // set when the file is refused: what is wrong, with LINE:COLUMN
};

// Far above any forest's list of machines (50,000 FQDNs are about 2 MB).
inline constexpr qint64 kMaxHostImportBytes = 4 << 20;

HostImport importHosts(const QByteArray &bytes, HostImportFormat format);

} // namespace PortCheck
