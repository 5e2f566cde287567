#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace saisine {

// The one error convention of the core. `message` is written for a caseworker and already
// translated; `detail` is for a developer or a bug report (SQL error text, offending value).
// `record` and `field` say where the problem is, e.g. record "case 2026-0042", field "postcode".
struct Error
{
    QString message;
    QString detail;
    QString record;
    QString field;

    // One line naming the place and the problem, as the CLI prints it on stderr.
    QString toLine() const;
};

// A value or an Error, like std::expected (C++23). The core never throws across its boundary.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    // By value: `for (x : repo.all().value())` must not iterate over a destroyed temporary.
    T value() && { return std::get<T>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Result of an operation with nothing to return.
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace saisine
