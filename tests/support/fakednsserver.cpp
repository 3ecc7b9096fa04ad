#include "tests/support/fakednsserver.h"

#include <QLoggingCategory>
#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QUdpSocket>

Q_LOGGING_CATEGORY(lcFakeDns, "mailsetup.test.dns")

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype headerSize = 12;
constexpr quint16 classIn = 1;
constexpr quint16 typeAny = 255;
constexpr quint32 answerTtl = 300;

enum Rcode : quint16 { NoError = 0, FormErr = 1, NxDomain = 3, NotImp = 4 };

quint16 readU16(const QByteArray &data, qsizetype position)
{
    return quint16((quint8(data.at(position)) << 8) | quint8(data.at(position + 1)));
}

void appendU16(QByteArray &out, quint16 value)
{
    out.append(char(value >> 8));
    out.append(char(value & 0xff));
}

void appendU32(QByteArray &out, quint32 value)
{
    appendU16(out, quint16(value >> 16));
    appendU16(out, quint16(value & 0xffff));
}

QString normalizedName(const QString &name)
{
    QString lower = name.trimmed().toLower();
    if (lower.endsWith(u'.'))
        lower.chop(1);
    return lower;
}

// Reads the uncompressed name at `position` (a question's name is never compressed); gives the position after
// it, or -1 when it is malformed.
qsizetype readName(const QByteArray &data, qsizetype position, QString *name)
{
    QStringList labels;
    qsizetype total = 0;
    for (;;) {
        if (position >= data.size())
            return -1;
        const int length = quint8(data.at(position));
        if (length == 0)
            break;
        if (length > 63 || position + 1 + length > data.size())
            return -1;
        total += length + 1;
        if (total > 255)
            return -1;
        labels.append(QString::fromLatin1(data.mid(position + 1, length)));
        position += 1 + length;
    }
    *name = labels.join(u'.').toLower();
    return position + 1;
}

QByteArray encodeName(const QString &name)
{
    QByteArray out;
    const QStringList labels = normalizedName(name).split(u'.', Qt::SkipEmptyParts);
    for (const QString &label : labels) {
        const QByteArray bytes = label.toLatin1().left(63);
        out.append(char(bytes.size()));
        out.append(bytes);
    }
    out.append('\0');
    return out;
}

// A reply carrying only a header (for queries that cannot be answered at all).
QByteArray headerOnly(quint16 id, quint16 queryFlags, quint16 rcode)
{
    QByteArray out;
    appendU16(out, id);
    appendU16(out, quint16(0x8000 | (queryFlags & 0x7900) | rcode)); // QR, the query's opcode and RD
    for (int i = 0; i < 4; ++i)
        appendU16(out, 0);
    return out;
}

} // namespace

FakeDnsServer::FakeDnsServer(QObject *parent)
    : QObject(parent)
{
}

FakeDnsServer::~FakeDnsServer()
{
    close();
}

bool FakeDnsServer::listen(const QHostAddress &address, quint16 port)
{
    close();
    auto *socket = new QUdpSocket(this);
    // Exclusively: with SO_REUSEADDR a second fake on the same address would share, and steal, the queries.
    if (!socket->bind(address, port, QAbstractSocket::DontShareAddress)) {
        m_bindError = socket->error();
        m_errorString = u"cannot listen on %1 port %2: %3"_s.arg(address.toString(), QString::number(port),
                                                                 socket->errorString());
        delete socket;
        return false;
    }
    m_socket = socket;
    m_errorString.clear();
    connect(m_socket, &QUdpSocket::readyRead, this, &FakeDnsServer::onReadyRead);
    qCInfo(lcFakeDns).noquote() << "listening on" << address.toString() << "port" << m_socket->localPort();
    return true;
}

bool FakeDnsServer::listenOnPort53()
{
    QRandomGenerator *random = QRandomGenerator::global();
    for (int attempt = 0; attempt < 20; ++attempt) {
        const quint32 address = (127u << 24) | (random->bounded(1u, 255u) << 16) | (random->bounded(1u, 255u) << 8)
            | random->bounded(1u, 255u);
        if (listen(QHostAddress(address), 53))
            return true;
        // Only a taken address is worth another try; a refused port 53 (no privilege) stays refused.
        if (m_bindError != QAbstractSocket::AddressInUseError)
            return false;
    }
    return false;
}

void FakeDnsServer::close()
{
    releaseHeldQueries();
    if (m_socket) {
        m_socket->close();
        delete m_socket;
        m_socket = nullptr;
    }
}

bool FakeDnsServer::isListening() const
{
    return m_socket && m_socket->state() == QAbstractSocket::BoundState;
}

QHostAddress FakeDnsServer::address() const
{
    return m_socket ? m_socket->localAddress() : QHostAddress();
}

quint16 FakeDnsServer::port() const
{
    return m_socket ? m_socket->localPort() : 0;
}

QString FakeDnsServer::errorString() const
{
    return m_errorString;
}

void FakeDnsServer::setMxRecords(const QString &domain, const QList<MxRecord> &records)
{
    m_domains.insert(normalizedName(domain), records);
}

void FakeDnsServer::removeDomain(const QString &domain)
{
    m_domains.remove(normalizedName(domain));
}

void FakeDnsServer::clear()
{
    m_domains.clear();
    m_queryCount = 0;
    m_queriedNames.clear();
}

void FakeDnsServer::setSilent(bool silent)
{
    m_silent = silent;
    if (!silent)
        releaseHeldQueries();
}

bool FakeDnsServer::isSilent() const
{
    return m_silent;
}

int FakeDnsServer::queryCount() const
{
    return m_queryCount;
}

QStringList FakeDnsServer::queriedNames() const
{
    return m_queriedNames;
}

void FakeDnsServer::onReadyRead()
{
    while (m_socket && m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram(4096);
        const QByteArray query = datagram.data();
        if (query.size() < headerSize || (readU16(query, 2) & 0x8000))
            continue; // too short to answer, or itself an answer
        QString name;
        const qsizetype end = readName(query, headerSize, &name);
        const int type = end > 0 && end + 4 <= query.size() ? readU16(query, end) : 0;
        ++m_queryCount;
        m_queriedNames.append(name);
        qCInfo(lcFakeDns).noquote() << "query" << name << "type" << type << (m_silent ? "(held: silent)" : "");
        Q_EMIT queried(name, type);
        if (m_silent) {
            m_held.append(HeldQuery{query, datagram.senderAddress(), quint16(datagram.senderPort())});
            continue;
        }
        answer(query, datagram.senderAddress(), quint16(datagram.senderPort()));
    }
}

void FakeDnsServer::answer(const QByteArray &query, const QHostAddress &sender, quint16 senderPort)
{
    if (!m_socket)
        return;
    const quint16 id = readU16(query, 0);
    const quint16 flags = readU16(query, 2);
    const quint16 opcode = (flags >> 11) & 0xf;
    QByteArray reply;
    QString name;
    const qsizetype end = readName(query, headerSize, &name);
    if (opcode != 0) {
        reply = headerOnly(id, flags, NotImp);
    } else if (readU16(query, 4) != 1 || end < 0 || end + 4 > query.size()) {
        reply = headerOnly(id, flags, FormErr);
    } else {
        const quint16 type = readU16(query, end);
        const quint16 klass = readU16(query, end + 2);
        const auto known = m_domains.constFind(name);
        QList<MxRecord> answers;
        quint16 rcode = NoError;
        if (known == m_domains.cend())
            rcode = NxDomain;
        else if ((type == MX || type == typeAny) && klass == classIn)
            answers = known.value();

        appendU16(reply, id);
        // QR, the query's opcode and RD; AA; RA; the rcode.
        appendU16(reply, quint16(0x8000 | (flags & 0x7900) | 0x0400 | 0x0080 | rcode));
        appendU16(reply, 1);
        appendU16(reply, quint16(answers.size()));
        appendU16(reply, 0);
        appendU16(reply, 0);
        reply.append(query.mid(headerSize, end + 4 - headerSize)); // the question, as asked
        for (const MxRecord &record : std::as_const(answers)) {
            const QByteArray exchange = encodeName(record.exchange);
            appendU16(reply, 0xc000 | headerSize); // the name: a pointer to the question's
            appendU16(reply, MX);
            appendU16(reply, classIn);
            appendU32(reply, answerTtl);
            appendU16(reply, quint16(2 + exchange.size()));
            appendU16(reply, record.preference);
            reply.append(exchange);
        }
    }
    m_socket->writeDatagram(reply, sender, senderPort);
}

void FakeDnsServer::releaseHeldQueries()
{
    const QList<HeldQuery> held = std::exchange(m_held, {});
    for (const HeldQuery &query : held)
        answer(query.datagram, query.sender, query.senderPort);
}
