#pragma once

#include "parseresult.h"

#include <QByteArray>

namespace PortCheck::Tds {

// PRELOGIN (MS-TDS 2.2.6.5), sent before any login: version, encryption off, no instance, MARS off.
QByteArray preloginRequest();

// The server's PRELOGIN answer in a tabular-result packet. Facts tds.version, tds.encryption.
ParseResult parsePreloginResponse(QByteArrayView data);

// For responders: a PRELOGIN answer with this version and encryption byte.
QByteArray preloginResponse(quint8 major, quint8 minor, quint16 build, quint8 encryption);

} // namespace PortCheck::Tds
