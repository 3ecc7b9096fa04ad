#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QTcpServer;
class QTcpSocket;

// A stand-in for the Microsoft identity platform on loopback, for tests and the offline sandbox.
//
// It answers Dovecot's oauth2 passdb (GET /tokeninfo?access_token=...) so that XOAUTH2 is checked for real:
// a token is accepted only while it is known, unexpired and carries the scope the asking protocol needs
// (IMAP.AccessAsUser.All for imap, SMTP.Send for smtp), as Outlook does. The HTTP side is a deliberately small
// HTTP/1.1 server with bounded requests and a per-connection timeout, so tests can also throw garbage at it.
// Paths are looked up in a route table: the authorize and token endpoints are meant to be added there later.
//
// Tokens are secrets even here: nothing this class logs or emits contains one, only its first characters and length.
class FakeIdentityProvider : public QObject
{
    Q_OBJECT

public:
    // What the provider knows about one access token.
    struct TokenGrant {
        QString email;
        QStringList scopes;
        QDateTime expiresAt;
    };

    // One parsed request, as handed to a route.
    struct Request {
        QByteArray method;
        QString path;                          // percent-decoded, without the query
        QByteArray query;                      // still encoded, as received
        QHash<QByteArray, QByteArray> headers; // names lower-cased
        QByteArray body;
    };

    // One answer; the server adds Content-Length, Connection: close and the no-store headers itself.
    struct Response {
        int status = 200;
        QByteArray contentType = QByteArrayLiteral("application/json");
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> extraHeaders;
    };

    static const QString imapScope;
    static const QString smtpScope;
    static const QString popScope;

    explicit FakeIdentityProvider(QObject *parent = nullptr);
    ~FakeIdentityProvider() override;

    // Listens on 127.0.0.1 only; port 0 lets the system pick a free port (read it back with port()).
    bool start(quint16 port = 0);
    void stop();
    bool isListening() const;
    quint16 port() const;
    QString errorString() const;

    void addToken(const QString &token, const QString &email, const QStringList &scopes, qint64 expiresInSeconds);
    void addToken(const QString &token, const TokenGrant &grant);
    void revoke(const QString &token);
    void revokeAll();

    // Tokens also come from a JSON file ([{token, email, scopes, expiresAt}], expiresAt as ISO 8601 or Unix
    // seconds), read again on every token check so a test or the sandbox script can change them while we run.
    // Returns false (with a reason) when the file cannot be read now; later reads keep the last good contents.
    bool setTokenFile(const QString &path, QString *error = nullptr);

    int requestCount() const;

    // "abcd…(43 chars)": how a token may appear in logs (at most 4 characters, at most a quarter of it).
    static QString redacted(const QString &token);

Q_SIGNALS:
    // A token check was answered; service is the protocol Dovecot named ("imap", "smtp") or empty.
    void tokenChecked(const QString &service, const QString &redactedToken, bool accepted);

private:
    using Handler = std::function<Response(const Request &)>;
    struct Route {
        QByteArray method;
        QString path;
        Handler handler;
    };
    struct Connection;

    void addRoute(const QByteArray &method, const QString &path, Handler handler);
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void forgetConnection(QTcpSocket *socket);
    // Returns true when a complete request was found and answered (or refused) on this connection.
    bool handleBuffered(QTcpSocket *socket, Connection &connection);
    Response dispatch(const Request &request);
    void respond(QTcpSocket *socket, const Response &response);

    Response handleTokenInfo(const Request &request);
    bool reloadTokenFile(QString *error);
    const TokenGrant *findGrant(const QString &token) const;

    static Response jsonError(int status, const QString &error, const QString &description = {});
    static QByteArray reasonPhrase(int status);

    QTcpServer *m_server = nullptr;
    QString m_errorString;
    QList<Route> m_routes;
    QHash<QTcpSocket *, Connection *> m_connections;
    QHash<QString, TokenGrant> m_tokens;
    QHash<QString, TokenGrant> m_fileTokens;
    QString m_tokenFile;
    int m_requestCount = 0;
};
