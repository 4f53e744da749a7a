// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

class QProcess;

/**
 * A real Radicale CalDAV server for tests, on 127.0.0.1 with a port of its own choosing, its
 * users in a plain htpasswd file and its data in a temporary folder, owner-only rights.
 * stop() and start() again (same port, same data) simulate an outage; the destructor stops it.
 */
class RadicaleServer : public QObject
{
    Q_OBJECT

public:
    explicit RadicaleServer(QObject *parent);
    ~RadicaleServer() override;

    /// Empty when Radicale can be started here; otherwise why not (for QSKIP).
    static QString unavailableReason();

    /// Adds a user; takes effect at the next start().
    void addUser(const QString &name, const QString &password);
    /// Starts the server and waits until it answers. False with errorString() on failure.
    bool start();
    /// Stops the server (terminate, then kill).
    void stop();
    bool isRunning() const;

    quint16 port() const { return m_port; }
    /// http://127.0.0.1:PORT + path.
    QUrl url(const QString &path = QStringLiteral("/")) const;
    /// Why start() failed, with what the server printed.
    const QString &errorString() const { return m_error; }
    /// Everything the server printed so far.
    const QString &log() const { return m_log; }

private:
    static quint16 freePort();
    bool launch();
    bool writeFiles();
    void readOutput();

    QTemporaryDir m_dir;
    QProcess *m_process = nullptr;
    QList<QPair<QString, QString>> m_users;
    quint16 m_port = 0;
    QString m_log;
    QString m_error;
};
