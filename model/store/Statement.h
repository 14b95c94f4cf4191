#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

#include <cstdint>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace kq {

// A prepared statement with typed binds and reads. Parameters are 1-based as in SQLite; columns
// are 0-based. Errors throw StoreError carrying SQLite's message and the SQL text.
class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::nullptr_t);
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& text); // a null QString binds NULL
    Statement& bind(int index, const char* text) { return bind(index, QString::fromUtf8(text)); }
    Statement& bind(int index, const QByteArray& blob);

    // Binds all arguments in order, starting at parameter 1.
    template <typename... Args> Statement& bindAll(const Args&... args)
    {
        int i = 0;
        (bind(++i, args), ...);
        return *this;
    }

    // Advances; true while a row is available.
    bool step();
    // Runs to completion (for statements without rows).
    void exec();
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    // The text as SQLite holds it (UTF-8), valid until the next step() or reset(): for long scans
    // that compare values without copying them. Empty for NULL.
    std::string_view utf8(int column) const;
    QDate date(int column) const; // an ISO 8601 date column; invalid for NULL or garbage
    QByteArray blob(int column) const;

private:
    [[noreturn]] void fail(int rc) const;

    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace kq
