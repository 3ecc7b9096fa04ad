#include "fakeidentityprovider.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <cstring>
#include <limits>

Q_LOGGING_CATEGORY(lcIdentityProvider, "mailsetup.test.identityprovider")

namespace {

// Real Microsoft access tokens are a few kilobytes and travel in the query string, so the head must hold
// one comfortably; anything far beyond that is garbage and is refused rather than buffered.
constexpr qsizetype maxHeadBytes = 32 * 1024;
constexpr qsizetype maxBodyBytes = 64 * 1024;
constexpr int maxHeaderLines = 100;
// A client that connects and then stalls must not hold a slot for ever; Dovecot asks and reads within milliseconds.
constexpr int connectionTimeoutMs = 10 * 1000;
constexpr int maxConnections = 64;

bool isTokenChar(char c)
{
    // RFC 9110 tchar: what a method or header name may be made of.
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || (c != '\0' && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Microsoft treats scope names case-insensitively; so do we.
bool hasScope(const QStringList &granted, const QString &wanted)
{
    return granted.contains(wanted, Qt::CaseInsensitive);
}

QString describeService(const QString &service)
{
    return service.isEmpty() ? QStringLiteral("(none)") : service.left(20);
}

} // namespace

const QString FakeIdentityProvider::imapScope = QStringLiteral("https://outlook.office.com/IMAP.AccessAsUser.All");
const QString FakeIdentityProvider::smtpScope = QStringLiteral("https://outlook.office.com/SMTP.Send");
const QString FakeIdentityProvider::popScope = QStringLiteral("https://outlook.office.com/POP.AccessAsUser.All");

struct FakeIdentityProvider::Connection {
    QByteArray buffer;
    bool answered = false;
};

FakeIdentityProvider::FakeIdentityProvider(QObject *parent)
    : QObject(parent)
{
    addRoute(QByteArrayLiteral("GET"), QStringLiteral("/tokeninfo"),
             [this](const Request &request) { return handleTokenInfo(request); });
}

FakeIdentityProvider::~FakeIdentityProvider()
{
    stop();
}

bool FakeIdentityProvider::start(quint16 port)
{
    stop();
    m_server = new QTcpServer(this);
    m_server->setMaxPendingConnections(maxConnections);
    // Loopback only: a fake that accepts any token must never be reachable from another machine.
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        m_errorString = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    m_errorString.clear();
    connect(m_server, &QTcpServer::newConnection, this, &FakeIdentityProvider::onNewConnection);
    qCInfo(lcIdentityProvider) << "listening on 127.0.0.1 port" << m_server->serverPort();
    return true;
}

void FakeIdentityProvider::stop()
{
    const QList<QTcpSocket *> sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        forgetConnection(socket);
    }
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
}

bool FakeIdentityProvider::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 FakeIdentityProvider::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString FakeIdentityProvider::errorString() const
{
    return m_errorString;
}

void FakeIdentityProvider::addToken(const QString &token, const QString &email, const QStringList &scopes,
                                    qint64 expiresInSeconds)
{
    addToken(token, TokenGrant{email, scopes, QDateTime::currentDateTimeUtc().addSecs(expiresInSeconds)});
}

void FakeIdentityProvider::addToken(const QString &token, const TokenGrant &grant)
{
    m_tokens.insert(token, grant);
}

void FakeIdentityProvider::revoke(const QString &token)
{
    m_tokens.remove(token);
    m_fileTokens.remove(token);
}

void FakeIdentityProvider::revokeAll()
{
    m_tokens.clear();
    m_fileTokens.clear();
}

bool FakeIdentityProvider::setTokenFile(const QString &path, QString *error)
{
    m_tokenFile = path;
    m_fileTokens.clear();
    return reloadTokenFile(error);
}

int FakeIdentityProvider::requestCount() const
{
    return m_requestCount;
}

QString FakeIdentityProvider::redacted(const QString &token)
{
    // At most 4 characters, and never more than a quarter of the token, so a short test token is not all shown.
    return QStringLiteral("%1…(%2 chars)").arg(token.left(std::min<qsizetype>(4, token.size() / 4))).arg(token.size());
}

void FakeIdentityProvider::addRoute(const QByteArray &method, const QString &path, Handler handler)
{
    m_routes.append(Route{method, path, std::move(handler)});
}

void FakeIdentityProvider::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections.size() >= maxConnections) {
            qCWarning(lcIdentityProvider) << "too many connections; refusing one";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto *connection = new Connection;
        m_connections.insert(socket, connection);
        // The timer belongs to the socket, so it goes when the socket goes, never while it fires.
        auto *timer = new QTimer(socket);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, socket, [socket] {
            qCInfo(lcIdentityProvider) << "connection timed out; closing it";
            socket->abort();
        });
        timer->start(connectionTimeoutMs);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { forgetConnection(socket); });
        // Data may have arrived before the signals were connected.
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void FakeIdentityProvider::forgetConnection(QTcpSocket *socket)
{
    Connection *connection = m_connections.take(socket);
    if (!connection)
        return;
    delete connection;
    socket->deleteLater();
}

void FakeIdentityProvider::onReadyRead(QTcpSocket *socket)
{
    Connection *connection = m_connections.value(socket);
    if (!connection)
        return;
    const QByteArray data = socket->readAll();
    // One request per connection: whatever follows the answered request is dropped unread.
    if (connection->answered)
        return;
    connection->buffer += data;
    if (connection->buffer.size() > maxHeadBytes + maxBodyBytes) {
        connection->answered = true;
        respond(socket, jsonError(413, QStringLiteral("invalid_request"), QStringLiteral("request too large")));
        return;
    }
    handleBuffered(socket, *connection);
}

bool FakeIdentityProvider::handleBuffered(QTcpSocket *socket, Connection &connection)
{
    const QByteArray &buffer = connection.buffer;
    qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    qsizetype separatorSize = 4;
    // Be lenient with bare LF line ends, as many small HTTP servers are.
    const qsizetype bareEnd = buffer.indexOf("\n\n");
    if (bareEnd >= 0 && (headEnd < 0 || bareEnd < headEnd)) {
        headEnd = bareEnd;
        separatorSize = 2;
    }
    auto refuse = [&](int status, const QString &description) {
        connection.answered = true;
        qCInfo(lcIdentityProvider).noquote() << "refused a malformed request:" << description << "->" << status;
        respond(socket, jsonError(status, QStringLiteral("invalid_request"), description));
        return true;
    };
    if (headEnd < 0) {
        if (buffer.size() > maxHeadBytes)
            return refuse(431, QStringLiteral("request head too large"));
        return false;
    }
    if (headEnd > maxHeadBytes)
        return refuse(431, QStringLiteral("request head too large"));

    QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    if (lines.size() > maxHeaderLines + 1)
        return refuse(431, QStringLiteral("too many header lines"));

    const QList<QByteArray> requestLine = lines.first().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || !requestLine.at(1).startsWith('/')
        || !requestLine.at(2).startsWith("HTTP/1.")) {
        return refuse(400, QStringLiteral("malformed request line"));
    }

    Request request;
    request.method = requestLine.at(0);
    const QByteArray target = requestLine.at(1);
    const qsizetype queryStart = target.indexOf('?');
    request.path = QUrl::fromPercentEncoding(queryStart < 0 ? target : target.left(queryStart));
    if (queryStart >= 0)
        request.query = target.mid(queryStart + 1);

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
            return refuse(400, QStringLiteral("malformed header line"));
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length" && request.headers.contains(name) && request.headers.value(name) != value)
            return refuse(400, QStringLiteral("conflicting Content-Length"));
        request.headers.insert(name, value);
    }

    if (request.headers.contains("transfer-encoding"))
        return refuse(501, QStringLiteral("Transfer-Encoding is not supported"));
    qsizetype bodySize = 0;
    if (request.headers.contains("content-length")) {
        bool ok = false;
        const QByteArray value = request.headers.value("content-length");
        bodySize = value.toLongLong(&ok);
        if (!ok || bodySize < 0 || value.startsWith('+') || value.startsWith('-'))
            return refuse(400, QStringLiteral("malformed Content-Length"));
        if (bodySize > maxBodyBytes)
            return refuse(413, QStringLiteral("request body too large"));
    }
    const qsizetype bodyStart = headEnd + separatorSize;
    if (buffer.size() - bodyStart < bodySize)
        return false; // wait for the rest of the body
    request.body = buffer.mid(bodyStart, bodySize);

    connection.answered = true;
    ++m_requestCount;
    respond(socket, dispatch(request));
    return true;
}

FakeIdentityProvider::Response FakeIdentityProvider::dispatch(const Request &request)
{
    QByteArrayList allowed;
    for (const Route &route : std::as_const(m_routes)) {
        if (route.path != request.path)
            continue;
        if (route.method == request.method)
            return route.handler(request);
        allowed.append(route.method);
    }
    // Only the path is logged, never the query: that is where the token travels.
    if (allowed.isEmpty()) {
        qCInfo(lcIdentityProvider).noquote() << request.method << request.path.left(100) << "-> 404";
        return jsonError(404, QStringLiteral("not_found"));
    }
    qCInfo(lcIdentityProvider).noquote() << request.method << request.path.left(100) << "-> 405";
    Response response = jsonError(405, QStringLiteral("invalid_request"), QStringLiteral("method not allowed"));
    response.extraHeaders.append({QByteArrayLiteral("Allow"), allowed.join(", ")});
    return response;
}

void FakeIdentityProvider::respond(QTcpSocket *socket, const Response &response)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Cache-Control: no-store\r\nPragma: no-cache\r\n";
    // One request per connection keeps the parser simple; Dovecot's HTTP client reconnects as needed.
    out += "Connection: close\r\n";
    for (const auto &[name, value] : response.extraHeaders)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    out += response.body;
    socket->write(out);
    socket->disconnectFromHost();
}

FakeIdentityProvider::Response FakeIdentityProvider::handleTokenInfo(const Request &request)
{
    // Dovecot 2.3.19 with introspection_mode=get appends the token to tokeninfo_url; with the default mode
    // ("auth") it sends it as a bearer header instead. Both are understood so either configuration works.
    QString token = QUrlQuery(QString::fromUtf8(request.query))
                        .queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded);
    const QByteArray authorization = request.headers.value("authorization");
    if (token.isEmpty() && authorization.startsWith("Bearer "))
        token = QString::fromUtf8(authorization.mid(7).trimmed());

    // With send_auth_headers=yes Dovecot names the protocol that asks (the auth request's service):
    // "imap" for IMAP logins, "smtp" for Postfix's SASL lookups through the auth socket.
    const QString service = QString::fromUtf8(request.headers.value("x-dovecot-auth-service")).trimmed().toLower();

    auto answer = [&](bool accepted, Response response, const QString &why) {
        qCInfo(lcIdentityProvider).noquote()
            << QStringLiteral("GET /tokeninfo service=%1 token=%2 ->").arg(describeService(service), redacted(token))
            << response.status << why;
        Q_EMIT tokenChecked(service, redacted(token), accepted);
        return response;
    };

    if (token.isEmpty())
        return answer(false, jsonError(400, QStringLiteral("invalid_request"), QStringLiteral("no access_token")),
                      QStringLiteral("(no token)"));

    QStringList acceptable;
    if (service == QLatin1StringView("imap"))
        acceptable = {imapScope};
    else if (service == QLatin1StringView("smtp"))
        acceptable = {smtpScope};
    else if (service == QLatin1StringView("pop3"))
        acceptable = {popScope};
    else if (service.isEmpty())
        acceptable = {imapScope, smtpScope};
    else
        return answer(false, jsonError(401, QStringLiteral("invalid_token"), QStringLiteral("unknown protocol")),
                      QStringLiteral("(unknown protocol)"));

    QString reloadError;
    if (!reloadTokenFile(&reloadError))
        qCWarning(lcIdentityProvider).noquote() << "keeping the previous tokens:" << reloadError;

    const TokenGrant *grant = findGrant(token);
    if (!grant)
        return answer(false, jsonError(401, QStringLiteral("invalid_token"), QStringLiteral("unknown token")),
                      QStringLiteral("(unknown token)"));

    qint64 expiresIn = std::numeric_limits<int>::max();
    if (grant->expiresAt.isValid()) {
        expiresIn = QDateTime::currentDateTimeUtc().secsTo(grant->expiresAt);
        if (expiresIn <= 0)
            return answer(false, jsonError(401, QStringLiteral("invalid_token"), QStringLiteral("token expired")),
                          QStringLiteral("(expired)"));
        // Dovecot reads expires_in as a 32-bit number and rejects the whole answer if it does not fit.
        expiresIn = std::min(expiresIn, qint64(std::numeric_limits<int>::max()));
    }

    const bool inScope = std::any_of(acceptable.cbegin(), acceptable.cend(),
                                     [grant](const QString &scope) { return hasScope(grant->scopes, scope); });
    if (!inScope)
        return answer(false,
                      jsonError(401, QStringLiteral("invalid_token"), QStringLiteral("token lacks the scope")),
                      QStringLiteral("(scope missing)"));

    // Flat, as Dovecot 2.3 needs: it ignores nested values; "active" is compared as the string "true".
    const QJsonObject body{
        {QStringLiteral("email"), grant->email},
        {QStringLiteral("active"), QStringLiteral("true")},
        {QStringLiteral("expires_in"), expiresIn},
        {QStringLiteral("scope"), grant->scopes.join(QLatin1Char(' '))},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
    };
    Response response;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return answer(true, response, QStringLiteral("(accepted for %1)").arg(grant->email));
}

bool FakeIdentityProvider::reloadTokenFile(QString *error)
{
    if (m_tokenFile.isEmpty())
        return true;
    QFile file(m_tokenFile);
    if (!file.exists()) {
        // A removed file revokes what it granted.
        m_fileTokens.clear();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(m_tokenFile, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        if (error)
            *error = QStringLiteral("%1 is not a JSON array of tokens").arg(m_tokenFile);
        return false;
    }

    QHash<QString, TokenGrant> tokens;
    const QJsonArray entries = document.array();
    for (const QJsonValue &entry : entries) {
        const QJsonObject object = entry.toObject();
        const QString token = object.value(QStringLiteral("token")).toString();
        if (token.isEmpty())
            continue;
        TokenGrant grant;
        grant.email = object.value(QStringLiteral("email")).toString();
        const QJsonValue scopes = object.value(QStringLiteral("scopes"));
        if (scopes.isArray()) {
            const QJsonArray list = scopes.toArray();
            for (const QJsonValue &scope : list)
                grant.scopes.append(scope.toString());
        } else {
            grant.scopes = scopes.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
        // No expiresAt: the token does not expire.
        const QJsonValue expiresAt = object.value(QStringLiteral("expiresAt"));
        if (expiresAt.isDouble())
            grant.expiresAt = QDateTime::fromSecsSinceEpoch(qint64(expiresAt.toDouble()), Qt::UTC);
        else if (expiresAt.isString())
            grant.expiresAt = QDateTime::fromString(expiresAt.toString(), Qt::ISODate);
        tokens.insert(token, grant);
    }
    m_fileTokens = tokens;
    return true;
}

const FakeIdentityProvider::TokenGrant *FakeIdentityProvider::findGrant(const QString &token) const
{
    auto it = m_tokens.constFind(token);
    if (it != m_tokens.cend())
        return &it.value();
    it = m_fileTokens.constFind(token);
    if (it != m_fileTokens.cend())
        return &it.value();
    return nullptr;
}

FakeIdentityProvider::Response FakeIdentityProvider::jsonError(int status, const QString &error,
                                                               const QString &description)
{
    QJsonObject body{{QStringLiteral("error"), error}};
    if (!description.isEmpty())
        body.insert(QStringLiteral("error_description"), description);
    Response response;
    response.status = status;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

QByteArray FakeIdentityProvider::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 302:
        return QByteArrayLiteral("Found");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    default:
        return QByteArrayLiteral("Status");
    }
}
