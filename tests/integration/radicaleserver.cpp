// SPDX-License-Identifier: GPL-3.0-or-later
#include "radicaleserver.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>

namespace {

const QString radicaleProgram = QStringLiteral("/usr/bin/radicale");
// Debian's python3-radicale has the module without /usr/bin/radicale (that is the "radicale"
// package, which also installs a system service). The system python is used on purpose: a
// python3 earlier in PATH may not have the module.
const QString pythonProgram = QStringLiteral("/usr/bin/python3");

bool pythonHasRadicale()
{
    static const bool has = [] {
        if (!QFileInfo(pythonProgram).isExecutable())
            return false;
        QProcess probe;
        probe.start(pythonProgram, {QStringLiteral("-c"), QStringLiteral("import radicale")});
        return probe.waitForFinished(20000) && probe.exitStatus() == QProcess::NormalExit &&
               probe.exitCode() == 0;
    }();
    return has;
}

} // namespace

RadicaleServer::RadicaleServer(QObject *parent) : QObject(parent) {}

RadicaleServer::~RadicaleServer()
{
    stop();
}

QString RadicaleServer::unavailableReason()
{
    if (QFileInfo(radicaleProgram).isExecutable() || pythonHasRadicale())
        return {};
    return QStringLiteral("Radicale is not installed: neither %1 nor the radicale module of %2 "
                          "(Debian packages radicale / python3-radicale)")
        .arg(radicaleProgram, pythonProgram);
}

void RadicaleServer::addUser(const QString &name, const QString &password)
{
    m_users.append({name, password});
}

QUrl RadicaleServer::url(const QString &path) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(path);
    return url;
}

bool RadicaleServer::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

bool RadicaleServer::writeFiles()
{
    QFile users(m_dir.filePath(QStringLiteral("users")));
    if (!users.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    for (const auto &[name, password] : std::as_const(m_users))
        users.write((name + QLatin1Char(':') + password + QLatin1Char('\n')).toUtf8());
    users.close();

    QFile config(m_dir.filePath(QStringLiteral("config")));
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QTextStream out(&config);
    out << "[server]\nhosts = 127.0.0.1:" << m_port << "\n"
        << "[auth]\ntype = htpasswd\nhtpasswd_filename = " << users.fileName() << "\n"
        << "htpasswd_encryption = plain\ndelay = 0.1\n"
        << "[rights]\ntype = owner_only\n"
        << "[storage]\nfilesystem_folder = " << m_dir.filePath(QStringLiteral("collections"))
        << "\n"
        << "[web]\ntype = none\n"
        << "[logging]\nlevel = info\n";
    return out.status() == QTextStream::Ok;
}

void RadicaleServer::readOutput()
{
    if (m_process)
        m_log += QString::fromUtf8(m_process->readAll());
}

bool RadicaleServer::start()
{
    m_error.clear();
    if (isRunning())
        return true;
    if (const QString reason = unavailableReason(); !reason.isEmpty()) {
        m_error = reason;
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder for Radicale's files");
        return false;
    }
    // The port is chosen here rather than read from Radicale's log, whose wording changes
    // between versions: a free port the first time, the same port after an outage. Should
    // another program take it in between, Radicale exits and another port is tried.
    const bool keepPort = m_port != 0;
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (!keepPort)
            m_port = freePort();
        if (!m_port) {
            m_error = QStringLiteral("no free port on 127.0.0.1");
            return false;
        }
        if (!writeFiles()) {
            m_error = QStringLiteral("cannot write Radicale's files in %1").arg(m_dir.path());
            return false;
        }
        if (launch())
            return true;
        if (keepPort)
            break;
    }
    stop();
    return false;
}

quint16 RadicaleServer::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool RadicaleServer::launch()
{
    delete m_process;
    m_process = new QProcess(this);
    // Radicale logs every request: the output is read continuously, or a full pipe would
    // block it.
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_process, &QProcess::readyRead, this, &RadicaleServer::readOutput);
    m_process->setWorkingDirectory(m_dir.path());
    const QString config = m_dir.filePath(QStringLiteral("config"));
    if (QFileInfo(radicaleProgram).isExecutable())
        m_process->start(radicaleProgram, {QStringLiteral("--config"), config});
    else
        m_process->start(pythonProgram, {QStringLiteral("-m"), QStringLiteral("radicale"),
                                         QStringLiteral("--config"), config});
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("Radicale did not start: %1").arg(m_process->errorString());
        return false;
    }

    const qsizetype logStart = m_log.size();
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired() && isRunning()) {
        QTcpSocket probe;
        probe.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        if (probe.waitForConnected(500) && isRunning()) {
            probe.disconnectFromHost();
            return true;
        }
        m_process->waitForReadyRead(50);
        readOutput();
    }
    readOutput();
    m_error = isRunning() ? QStringLiteral("Radicale does not answer on port %1:\n%2")
                                .arg(m_port)
                                .arg(m_log.mid(logStart))
                          : QStringLiteral("Radicale stopped before it listened on port %1:\n%2")
                                .arg(m_port)
                                .arg(m_log.mid(logStart));
    stop();
    return false;
}

void RadicaleServer::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    readOutput();
}
