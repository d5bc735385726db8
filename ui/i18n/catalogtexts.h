#pragma once

#include <QStringList>

namespace PortCheck {

// The texts of the built-in catalog, as scripts/catalog-texts.py listed them for the translators.
QStringList builtinCatalogTexts();

} // namespace PortCheck
