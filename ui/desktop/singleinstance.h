// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace Masar {

/**
 * Keeps one window per database file. The first instance listens on a local socket named after
 * the user and the database; a later launch on the same database hands its files to it (absolute
 * paths) and exits, and the running instance raises its window and opens them.
 *
 * Per database rather than per user: two windows on one file would fight over it, while a second
 * database (another profile, a test) is a different planner and may run beside the first.
 */
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    SingleInstance(const QString &databasePath, QObject *parent);

    /// The socket name for `databasePath`: stable, short enough for a Unix socket path.
    static QString serverName(const QString &databasePath);

    /**
     * Hands `files` to an instance already running on this database. Returns true when one
     * took them (the caller should then exit), false when none runs or it did not answer.
     */
    bool forwardToRunning(const QStringList &files, int timeoutMs = 3000);

    /// Starts listening; a socket left behind by a crashed instance is replaced.
    bool listen();

    bool isListening() const;

signals:
    /// Another launch asked to bring the window forward and to open `files` (may be empty).
    void activationRequested(const QStringList &files);

private:
    void readRequest();

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace Masar
