#pragma once

#include "model/catalog/catalog.h"
#include "model/diagnostic.h"

namespace PortCheck {

// Loads a catalog and checks its schema. Every problem of the file is returned, each with its
// position; the catalog is only usable when the list is empty.
Diagnostics loadCatalog(const QByteArray &yaml, const QString &fileName, Catalog *catalog);
Diagnostics loadCatalogFile(const QString &path, Catalog *catalog);
// The catalog compiled into the binary (resources/catalog/guardian.yaml).
const Catalog &builtinCatalog();

} // namespace PortCheck
