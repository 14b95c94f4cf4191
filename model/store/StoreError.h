#pragma once

#include <QString>

#include <stdexcept>

namespace kq {

// A failure of the store itself (I/O, corruption, a bug in SQL). Carries SQLite's code and message
// and the statement, for logs and bug reports; never any bound values.
class StoreError : public std::runtime_error {
public:
    enum class Kind { Generic, NotEncrypted, NotSqlCipher, WrongKeyOrCorrupt, Busy, Constraint };

    StoreError(Kind kind, int sqliteCode, QString message, QString sql = {})
        : std::runtime_error(message.toStdString()), m_kind(kind), m_code(sqliteCode),
          m_message(std::move(message)), m_sql(std::move(sql))
    {
    }

    Kind kind() const { return m_kind; }
    int sqliteCode() const { return m_code; }
    const QString& message() const { return m_message; }
    const QString& sql() const { return m_sql; }

private:
    Kind m_kind;
    int m_code;
    QString m_message;
    QString m_sql;
};

} // namespace kq
