// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>

namespace Masar {

namespace {

constexpr int kMaxRequestBytes = 1 << 20; // a list of paths, not a file's contents

QString userName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = QDir::home().dirName();
    return name;
}

} // namespace

SingleInstance::SingleInstance(const QString &databasePath, QObject *parent)
    : QObject(parent), m_name(serverName(databasePath))
{}

QString SingleInstance::serverName(const QString &databasePath)
{
    QFileInfo info(databasePath);
    // The canonical path when the file exists, so a symlink or "./x.sqlite" means the same file.
    const QString path =
        info.exists() ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
    const QByteArray hash =
        QCryptographicHash::hash((userName() + QLatin1Char('\n') + path).toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    return QStringLiteral("masar-") + QString::fromLatin1(hash);
}

bool SingleInstance::forwardToRunning(const QStringList &files, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QJsonArray list;
    for (const QString &file : files)
        list.append(QFileInfo(file).absoluteFilePath());
    QJsonObject request{{QStringLiteral("activate"), true}, {QStringLiteral("files"), list}};
    socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The answer tells us the running instance read the request, not merely that it exists.
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine().trimmed() == "ok";
}

bool SingleInstance::listen()
{
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::readRequest);
    }
    if (m_server->listen(m_name))
        return true;
    if (m_server->serverError() != QAbstractSocket::AddressInUseError)
        return false;
    // Someone answered after all (a race with another launch)? Then it is not ours to take.
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(500))
        return false;
    // Left behind by an instance that crashed.
    QLocalServer::removeServer(m_name);
    return m_server->listen(m_name);
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::readRequest()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
            if (socket->bytesAvailable() > kMaxRequestBytes) {
                socket->abort();
                return;
            }
            if (!socket->canReadLine())
                return;
            const QJsonObject request = QJsonDocument::fromJson(socket->readLine()).object();
            if (!request.value(QStringLiteral("activate")).toBool()) {
                socket->write("refused\n");
                socket->disconnectFromServer();
                return;
            }
            QStringList files;
            const QJsonArray list = request.value(QStringLiteral("files")).toArray();
            for (const QJsonValue &value : list) {
                if (value.isString())
                    files.append(value.toString());
            }
            socket->write("ok\n");
            socket->flush();
            socket->disconnectFromServer();
            emit activationRequested(files);
        });
    }
}

} // namespace Masar
