#pragma once

#include "model/text.h"

#include <optional>
#include <utility>

namespace PortCheck {

// The error of a fallible function, in words a person understands: what went wrong and where
// ("cannot write /x/report.pdf: Permission denied"). Model code builds it as Text; ui/ and app/
// say it in the reader's language with localized().
struct Failure
{
    Text error;
};

// A value, or the Failure that kept the function from making one (like C++23's std::expected,
// with the error type fixed). In place of "returns an error text, empty on success": the caller
// cannot take an empty error for success, nor a value that was never made.
//
//     if (const Expected<void> written = writeFileAtomically(path, bytes); !written)
//         return localized(written.error());
template <typename T> class [[nodiscard]] Expected
{
public:
    Expected(T value)
        : m_value(std::move(value))
    {}
    Expected(Failure failure)
        : m_error(std::move(failure.error))
    {
        Q_ASSERT(!m_error.isEmpty());
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    // Only when ok().
    const T &value() const &
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    T &value() &
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    T value() && // by value: a reference into a temporary would dangle
    {
        Q_ASSERT(ok());
        return std::move(*m_value);
    }
    const T *operator->() const { return &value(); }
    const T &operator*() const & { return value(); }

    // The value, or `fallback` when there is none.
    T valueOr(T fallback) const & { return ok() ? *m_value : std::move(fallback); }

    // Empty when ok().
    const Text &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Text m_error;
};

// Success without a value, or a Failure.
template <> class [[nodiscard]] Expected<void>
{
public:
    Expected() = default;
    Expected(Failure failure)
        : m_failed(true)
        , m_error(std::move(failure.error))
    {
        Q_ASSERT(!m_error.isEmpty());
    }

    // A Failure whose text is empty is still a failure.
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Text &error() const { return m_error; }

private:
    bool m_failed = false;
    Text m_error;
};

} // namespace PortCheck
