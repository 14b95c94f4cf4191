#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace kq {

// A user-readable failure of a domain operation. `field` names the input at fault (a form
// field or command-line option) when there is one, so the UI can focus it and the CLI can name it.
struct Error {
    Error() = default;
    Error(QString message_, QString field_ = {}, int code_ = 0)
        : message(std::move(message_)), field(std::move(field_)), code(code_)
    {
    }

    QString message;
    QString field;
    int code = 0; // operation-specific kind, for callers that branch on it (CLI exit codes)

    QString describe() const { return field.isEmpty() ? message : field + QStringLiteral(": ") + message; }
};

// Value or Error. Exceptions are kept for store failures and programming errors.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<T>(m_state); }
    const T& value() const { return std::get<T>(m_state); }
    T&& take() { return std::get<T>(std::move(m_state)); }
    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace kq
