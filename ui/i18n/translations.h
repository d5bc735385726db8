#pragma once

#include "model/catalog/catalog.h"
#include "model/text.h"

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace PortCheck {

// Loads the program's translation and Qt's own (qtbase) for `language` ("de", "fr", "ja", "en"),
// or for the system locale when it is empty. English loads too: it holds the plural forms
// ("1 host", "2 hosts"). Returns the language in use.
QString installTranslations(const QString &language = {});

// model/'s texts (verdict reasons, probe messages, remediation) in the installed language.
QString localized(const Text &text);
// The installed language as a Text::Translator (for Diagnostic::toString and formatDiagnostics).
Text::Translator translator();
QStringList localized(const QList<Text> &texts);
// A text of the catalog (role, component and option names, purposes) in the installed language;
// the catalog's own English when no translation has it (a custom catalog).
QString catalogText(const QString &english);
// A role's name in the installed language (the id when the catalog lacks the role).
QString roleName(const Catalog &catalog, const QString &roleId);
// "Guardian server → Domain controller: Directory (LDAP)": a link's path and name in the installed
// language (Catalog::linkTitle; the link id when the catalog lacks the link). Two links along one
// path never read alike.
QString linkPath(const Catalog &catalog, const QString &linkId);
// "Directory (LDAP)": the link's own name (Catalog::linkName).
QString linkName(const Catalog &catalog, const QString &linkId);

} // namespace PortCheck
