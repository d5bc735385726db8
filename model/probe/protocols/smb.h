#pragma once

#include "model/probe/protocols/parseresult.h"

#include <QByteArray>

namespace PortCheck::Smb {

// SMB2 NEGOTIATE (MS-SMB2 2.2.3) offering 2.0.2, 2.1, 3.0 and 3.0.2, framed for direct TCP (445)
// or a NetBIOS session (139): both use the same four-byte length header.
QByteArray negotiateRequest();

// The NEGOTIATE response (MS-SMB2 2.2.4). Facts: smb.dialect, smb.signingRequired.
ParseResult parseNegotiateResponse(QByteArrayView data);

// NetBIOS SESSION REQUEST to *SMBSERVER (RFC 1002 4.3.2).
QByteArray netbiosSessionRequest();
// 0x82 positive -> Done; 0x83 negative -> Invalid naming the reason.
ParseResult parseNetbiosSessionResponse(QByteArrayView data);
// Bytes the NetBIOS session response takes (4, or 5 for a negative one); 0 when incomplete.
qsizetype netbiosResponseSize(QByteArrayView data);

// For responders.
QByteArray negotiateResponse(quint16 dialect, bool signingRequired);
bool isNegotiateRequest(QByteArrayView data, qsizetype *consumed);

} // namespace PortCheck::Smb
