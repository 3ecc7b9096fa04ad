#include "wizard/core/provider/personaldomains.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPersonalDomains, "mailsetup.provider.personaldomains")

namespace {

const QString resource = u":/providers/personal-domains.json"_s;

QSet<QString> load()
{
    QSet<QString> domains;
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcPersonalDomains) << "cannot read" << resource;
        return domains;
    }
    const QJsonArray list = QJsonDocument::fromJson(file.readAll()).object().value(u"domains"_s).toArray();
    for (const QJsonValue &domain : list)
        domains.insert(domain.toString().trimmed().toLower());
    domains.remove(QString());
    if (domains.isEmpty())
        qCWarning(lcPersonalDomains) << resource << "holds no domains";
    return domains;
}

const QSet<QString> &domainSet()
{
    static const QSet<QString> domains = load();
    return domains;
}

QString normalized(const QString &domain)
{
    QString ace = QString::fromLatin1(QUrl::toAce(domain.trimmed())).toLower();
    if (ace.endsWith(u'.'))
        ace.chop(1);
    return ace;
}

// Letters to change, add, drop or swap (two neighbours) to get from one to the other: the typos people make.
int typingDistance(const QString &a, const QString &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            d[i][j] = std::min({ d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost });
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

struct OtherProvider {
    const char *domain;
    const char *name;  // the provider's own name for its mail service: not translated
};

// The large providers whose addresses people type here by mistake. Their mailboxes are not at Microsoft, whatever
// account signs in with the address.
constexpr OtherProvider otherProviders[] = {
    { "gmail.com", "Gmail" },          { "googlemail.com", "Gmail" },     { "yahoo.com", "Yahoo Mail" },
    { "yahoo.co.uk", "Yahoo Mail" },   { "yahoo.de", "Yahoo Mail" },      { "yahoo.fr", "Yahoo Mail" },
    { "ymail.com", "Yahoo Mail" },     { "icloud.com", "iCloud Mail" },   { "me.com", "iCloud Mail" },
    { "mac.com", "iCloud Mail" },      { "aol.com", "AOL Mail" },         { "gmx.de", "GMX" },
    { "gmx.net", "GMX" },              { "gmx.com", "GMX" },              { "web.de", "WEB.DE" },
    { "t-online.de", "T-Online" },     { "proton.me", "Proton Mail" },    { "protonmail.com", "Proton Mail" },
    { "pm.me", "Proton Mail" },        { "yandex.com", "Yandex Mail" },   { "yandex.ru", "Yandex Mail" },
    { "mail.ru", "Mail.ru" },          { "zoho.com", "Zoho Mail" },       { "fastmail.com", "Fastmail" },
};

} // namespace

namespace PersonalDomains {

QStringList all()
{
    QStringList domains(domainSet().cbegin(), domainSet().cend());
    domains.sort();
    return domains;
}

bool contains(const QString &domain)
{
    const QString ace = normalized(domain);
    return !ace.isEmpty() && domainSet().contains(ace);
}

DomainAdvice adviceFor(const QString &domain)
{
    DomainAdvice advice;
    const QString ace = normalized(domain);
    if (ace.isEmpty() || domainSet().contains(ace))
        return advice;
    for (const OtherProvider &other : otherProviders) {
        if (ace == QLatin1StringView(other.domain)) {
            advice.kind = DomainAdvice::Kind::OtherProvider;
            advice.provider = QString::fromLatin1(other.name);
            return advice;
        }
    }
    // Two letters off a longer name; a short one only with two letters swapped (live.com and love.com are both
    // real domains, lvie.com is a slip of the fingers).
    const qsizetype dot = ace.indexOf(u'.');
    const bool shortName = (dot < 0 ? ace.size() : dot) <= 5;
    const auto sorted = [](QString text) {
        std::sort(text.begin(), text.end());
        return text;
    };
    QList<std::pair<int, QString>> near;
    for (const QString &candidate : domainSet()) {
        const int distance = typingDistance(ace, candidate);
        if (shortName ? distance == 1 && sorted(ace) == sorted(candidate) : distance <= 2)
            near.append({ distance, candidate });
    }
    if (near.isEmpty())
        return advice;
    std::sort(near.begin(), near.end());
    advice.kind = DomainAdvice::Kind::LikelyTypo;
    for (const auto &[distance, candidate] : std::as_const(near)) {
        if (advice.suggestions.size() < 3)
            advice.suggestions.append(candidate);
    }
    return advice;
}

} // namespace PersonalDomains
