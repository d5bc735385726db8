#pragma once

#include "model/probe/probetypes.h"

#include <QString>

namespace PortCheck {

// What a protocol parser made of the bytes received so far.
struct ParseResult
{
    enum class Status
    {
        NeedMore, // well-formed so far, but incomplete: keep reading
        Done,     // the expected protocol answered; facts hold what it said
        Invalid,  // these bytes are not the expected protocol
        Foreign,  // the protocol answered, but not the server expected (an LDAP server that is not
                  // Active Directory): facts hold what it said, message why it is not the one
    };
    Status status = Status::NeedMore;
    Facts facts;
    Text message; // why the bytes are invalid, or a remark on a valid answer

    static ParseResult needMore() { return {}; }
    static ParseResult invalid(const Text &why) { return {Status::Invalid, {}, why}; }
    static ParseResult foreign(Facts facts, const Text &why)
    {
        return {Status::Foreign, std::move(facts), why};
    }
    static ParseResult done(Facts facts, Text message = {})
    {
        return {Status::Done, std::move(facts), std::move(message)};
    }
};

// Answers larger than this are not read further: every parser works within it.
inline constexpr qsizetype kMaxResponseBytes = qsizetype{256} * 1024;

} // namespace PortCheck
