#pragma once

// Starts the real reference platform server (kangqiao-platform) for a test, on 127.0.0.1 and a port
// the system picks; admin commands run against the same data directory. Header-only: sync tests and
// the client's integration tests both use it. A test target defines KANGQIAO_PLATFORM_BINARY (the
// server's path, e.g. "$<TARGET_FILE:kangqiao-platform>") or sets the environment variable of that name.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <optional>
#include <signal.h>

namespace kq::test {

class PlatformProcess {
public:
    struct AdminResult {
        int exitCode = -1;
        QString out; // stdout, trimmed
        QString err; // stderr, trimmed
        bool ok() const { return exitCode == 0; }
    };

    explicit PlatformProcess(QString binary = defaultBinary()) : m_binary(std::move(binary))
    {
        m_dataDir = m_temp.filePath(QStringLiteral("data"));
        m_logPath = m_temp.filePath(QStringLiteral("server.log"));
    }
    ~PlatformProcess() { stop(); }
    PlatformProcess(const PlatformProcess&) = delete;
    PlatformProcess& operator=(const PlatformProcess&) = delete;

    static QString defaultBinary()
    {
        const QString fromEnv = qEnvironmentVariable("KANGQIAO_PLATFORM_BINARY");
        if (!fromEnv.isEmpty())
            return fromEnv;
#ifdef KANGQIAO_PLATFORM_BINARY
        return QStringLiteral(KANGQIAO_PLATFORM_BINARY);
#else
        return QStringLiteral("kangqiao-platform");
#endif
    }

    // Where the server keeps its store; a private temporary folder unless set before start().
    QString dataDir() const
    {
        return m_dataDir;
    }
    void setDataDir(const QString& dir)
    {
        m_dataDir = dir;
    }

    // Starts with `args` (besides --listen and --data) and waits up to 10 s for the port line.
    // `listen` defaults to 127.0.0.1:0. False (see log()) when the server did not come up.
    bool start(const QStringList& args = {}, const QString& listen = QStringLiteral("127.0.0.1:0"))
    {
        stop();
        m_args = args;
        m_listen = listen;
        m_process = std::make_unique<QProcess>();
        m_process->setProgram(m_binary);
        m_process->setArguments(
            QStringList{QStringLiteral("--listen"), listen, QStringLiteral("--data"), m_dataDir} + args);
        // A file, not a pipe: a chatty server can never block on a full pipe.
        m_process->setStandardErrorFile(m_logPath, QIODevice::Append);
        m_process->start();
        if (!m_process->waitForStarted(10000))
            return false;
        QElapsedTimer t;
        t.start();
        QByteArray out;
        while (!out.contains('\n') && t.elapsed() < 10000) {
            if (m_process->state() != QProcess::Running)
                return false;
            m_process->waitForReadyRead(200);
            out += m_process->readAllStandardOutput();
        }
        bool ok = false;
        m_port = quint16(out.left(out.indexOf('\n')).trimmed().toUInt(&ok));
        return ok && m_port != 0;
    }

    // SIGTERM and wait (a clean shutdown); true when the server exited with status 0.
    bool stop()
    {
        if (!m_process || m_process->state() == QProcess::NotRunning)
            return !m_process ||
                   (m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0);
        ::kill(pid_t(m_process->processId()), SIGTERM);
        if (!m_process->waitForFinished(10000)) {
            kill();
            return false;
        }
        return m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
    }

    // SIGKILL: a crash or power cut, as far as the store is concerned.
    void kill()
    {
        if (!m_process || m_process->state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(m_process->processId()), SIGKILL);
        m_process->waitForFinished(10000);
    }

    // Stops (SIGTERM) and starts again on the same data directory, with the same arguments unless
    // others are given. The port changes unless `listen` named one.
    bool restart(const std::optional<QStringList>& args = std::nullopt)
    {
        stop();
        return start(args.value_or(m_args), m_listen);
    }

    bool isRunning() const
    {
        return m_process && m_process->state() == QProcess::Running;
    }
    quint16 port() const
    {
        return m_port;
    }
    // http://127.0.0.1:PORT/path, https:// when started with --tls-cert.
    QUrl url(const QString& path = {}) const
    {
        const QString scheme =
            m_args.contains(QStringLiteral("--tls-cert")) ? QStringLiteral("https") : QStringLiteral("http");
        return QUrl(QStringLiteral("%1://127.0.0.1:%2%3").arg(scheme).arg(m_port).arg(path));
    }
    // Everything the server wrote to stderr, across restarts.
    QString log() const
    {
        QFile f(m_logPath);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    // `kangqiao-platform admin --data DIR args...`, waited for.
    AdminResult admin(const QStringList& args) const
    {
        QProcess p;
        p.start(m_binary, QStringList{QStringLiteral("admin"), QStringLiteral("--data"), m_dataDir} + args);
        AdminResult r;
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit) {
            p.kill();
            p.waitForFinished();
            r.err = QStringLiteral("admin command did not finish");
            return r;
        }
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        r.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
        return r;
    }

    bool addCentre(const QString& code, const QString& name) const
    {
        return admin({QStringLiteral("add-centre"), QStringLiteral("--code"), code, QStringLiteral("--name"),
                      name})
            .ok();
    }
    // A fresh one-time enrolment code, or empty on failure.
    QString issueCode(const QString& centre) const
    {
        const AdminResult r = admin({QStringLiteral("issue-code"), QStringLiteral("--centre"), centre});
        return r.ok() ? r.out : QString();
    }

private:
    QString m_binary;
    QTemporaryDir m_temp;
    QString m_dataDir;
    QString m_logPath;
    QStringList m_args;
    QString m_listen;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

} // namespace kq::test
