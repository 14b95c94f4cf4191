#pragma once

#include "core/Result.h"
#include "crypto/SecureBytes.h"

#include <QCommandLineParser>
#include <QString>

#include <optional>

namespace kq {
class Workspace;
}

namespace kq::cli {

// A sub-command. Each parses its options with the shared ones (--db, --user, --password-file),
// prints results on stdout, and on any error prints one line on stderr and returns non-zero.
class Command {
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString description() const = 0;

    // Parses `arguments` (argv without the program name) and runs; returns the exit status.
    int execute(const QStringList& arguments);
    // Whether these arguments make the command draw (charts for a PDF), which needs a
    // QApplication rather than a QCoreApplication. Asked before either exists; no output.
    virtual bool needsGuiApplication(const QStringList& /*arguments*/) { return false; }

protected:
    virtual void addOptions(QCommandLineParser& parser) = 0;
    virtual int run(const QCommandLineParser& parser) = 0;

    // Shared options.
    static void addDatabaseOption(QCommandLineParser& parser);
    static void addUserOptions(QCommandLineParser& parser);

    // One-line error on stderr; returns `code` so callers can `return fail(...)`.
    int fail(int code, const QString& message) const;
    int fail(const Error& error) const;
    // The password from --password-file or $KANGQIAO_PASSWORD; nullopt after printing an error.
    std::optional<SecureBytes> readPassword(const QCommandLineParser& parser, const QString& option,
                                            int& exitCode) const;
    // A required option's value, or an empty string after printing an error.
    QString required(const QCommandLineParser& parser, const QString& option, int& exitCode) const;
    // Whether `user` has a username's shape; 0, or the exit status after naming --user.
    int checkUsername(const QString& user) const;
    // Signs in as --user; returns 0 or the exit status after printing the error.
    int signIn(const QCommandLineParser& parser, Workspace& workspace) const;
    static void print(const QString& line);

public:
    // `message` as one line of a readable length (a long value in it is cut in the middle).
    static QString oneLine(const QString& message);
};

} // namespace kq::cli
