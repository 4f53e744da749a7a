// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakehttpserver.h"

#include <QHostAddress>
#include <QTcpSocket>

FakeHttpServer::FakeHttpServer(QObject *parent) : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
}

bool FakeHttpServer::listenLocally()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl FakeHttpServer::url(const QString &scheme, const QString &path) const
{
    QUrl url;
    url.setScheme(scheme);
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(serverPort());
    url.setPath(path);
    return url;
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        ++m_connections;
        // The socket stays open (a child of the server) until the client gives up.
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    if (!m_raw.isEmpty()) {
        socket->write(m_raw);
        socket->disconnectFromHost();
        return;
    }
    if (m_responses.isEmpty())
        return; // hung: read and say nothing
    const int headEnd = int(buffer.indexOf("\r\n\r\n"));
    if (headEnd < 0)
        return;
    const QByteArray head = buffer.left(headEnd);
    qsizetype length = 0;
    for (const QByteArray &line : head.split('\n')) {
        if (line.trimmed().toLower().startsWith("content-length:"))
            length = line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
    }
    if (buffer.size() < headEnd + 4 + length)
        return;
    const QByteArray requestLine = head.left(head.indexOf("\r\n"));
    m_requestLines.append(requestLine);
    buffer.remove(0, headEnd + 4 + length);
    const QByteArray method = requestLine.left(requestLine.indexOf(' '));
    socket->write(m_responses.value(
        method, QByteArrayLiteral("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n"
                                  "Connection: close\r\n\r\n")));
    socket->disconnectFromHost();
}
