// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

/**
 * A TCP server on 127.0.0.1 that misbehaves on purpose. By default it accepts connections and
 * never answers (a hung server). answerRaw() makes it answer whatever arrives with fixed bytes
 * (plain text for a client that expects TLS); answerHttp() answers each complete HTTP request
 * by its method.
 */
class FakeHttpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit FakeHttpServer(QObject *parent);

    /// Listens on 127.0.0.1 with a free port.
    bool listenLocally();
    /// scheme://127.0.0.1:PORT + path.
    QUrl url(const QString &scheme, const QString &path = QStringLiteral("/")) const;

    void answerRaw(const QByteArray &bytes) { m_raw = bytes; }
    /// Full HTTP responses by request method; a method without one gets a 500.
    void answerHttp(const QHash<QByteArray, QByteArray> &responses) { m_responses = responses; }

    int connectionCount() const { return m_connections; }
    /// The request lines ("PUT /cal/x.ics HTTP/1.1") received so far.
    const QList<QByteArray> &requestLines() const { return m_requestLines; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    QByteArray m_raw;
    QHash<QByteArray, QByteArray> m_responses;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QByteArray> m_requestLines;
    int m_connections = 0;
};
