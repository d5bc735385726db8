#pragma once

#include <QString>

class QCoreApplication;

namespace PortCheck {

// Loads the program's translation and Qt's own (qtbase) for `language` ("de", "fr", "ja", "en"),
// or for the system locale when it is empty. English loads too: it holds the plural forms
// ("1 host", "2 hosts"). Returns the language in use.
QString installTranslations(const QString &language = {});

} // namespace PortCheck
