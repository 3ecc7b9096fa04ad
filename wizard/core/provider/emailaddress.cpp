#include "wizard/core/provider/emailaddress.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// RFC 5321: 64 bytes of mailbox name, 254 in all (the 256 of a path, less its angle brackets).
constexpr qsizetype maxLocalPartBytes = 64;
constexpr qsizetype maxAddressBytes = 254;
// Longer input is no address; it is refused before the IDN conversion looks at it.
constexpr qsizetype maxTypedCharacters = 1024;

// RFC 5322 atext, the dot handled apart; anything beyond ASCII is left to the check of its category (RFC 6531).
bool isAsciiAtext(char32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(QChar(char16_t(c)));
}

bool isLocalPartCharacter(char32_t c)
{
    if (c < 0x80)
        return c == '.' || isAsciiAtext(c);
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
        return false;
    default:
        return true;
    }
}

bool isHostLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
        return false;
    return std::all_of(label.begin(), label.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
    });
}

} // namespace

EmailAddress EmailAddress::check(const QString &typed)
{
    EmailAddress checked;
    const QString text = typed.trimmed();
    auto problem = [&checked](Problem what) {
        checked.problem = what;
        return checked;
    };
    if (text.isEmpty())
        return problem(Problem::Empty);
    if (text.size() > maxTypedCharacters)
        return problem(Problem::TooLong);
    if (std::any_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); }))
        return problem(Problem::ContainsSpace);
    const qsizetype ats = text.count(u'@');
    if (ats == 0)
        return problem(Problem::NoAt);
    if (ats > 1)
        return problem(Problem::MoreThanOneAt);

    const qsizetype at = text.indexOf(u'@');
    checked.localPart = text.left(at);
    const QString typedDomain = text.mid(at + 1);
    if (checked.localPart.isEmpty())
        return problem(Problem::NoLocalPart);
    if (typedDomain.isEmpty())
        return problem(Problem::NoDomain);

    const QList<uint> localCodePoints = checked.localPart.toUcs4();
    if (!std::all_of(localCodePoints.begin(), localCodePoints.end(),
                     [](uint c) { return isLocalPartCharacter(char32_t(c)); })
        || checked.localPart.startsWith(u'.') || checked.localPart.endsWith(u'.')
        || checked.localPart.contains(".."_L1)) {
        return problem(Problem::BadLocalPart);
    }
    const qsizetype localBytes = checked.localPart.toUtf8().size();
    if (localBytes > maxLocalPartBytes)
        return problem(Problem::LocalPartTooLong);

    // An address literal (alex@[192.0.2.1]) is no account's address.
    if (typedDomain.startsWith(u'['))
        return problem(Problem::BadDomain);
    // toAce also maps full-width and ideographic dots, and fails for what IDNA refuses ("a..b", "-x.com").
    const QString ace = QString::fromLatin1(QUrl::toAce(typedDomain)).toLower();
    if (ace.isEmpty() || ace.endsWith(u'.'))
        return problem(Problem::BadDomain);
    if (!ace.contains(u'.'))
        return problem(Problem::DomainWithoutDot);
    const QStringList labels = ace.split(u'.');
    if (!std::all_of(labels.begin(), labels.end(), [](const QString &label) { return isHostLabel(label); }))
        return problem(Problem::BadDomain);
    // A top-level domain is never all digits: "1.2.3.4" is an IP address.
    const QString &top = labels.last();
    if (std::all_of(top.begin(), top.end(), [](QChar c) { return c.isDigit(); }))
        return problem(Problem::BadDomain);
    if (localBytes + 1 + ace.size() > maxAddressBytes)
        return problem(Problem::TooLong);

    checked.domain = ace;
    checked.normalized = checked.localPart + u'@' + ace;
    checked.problem = Problem::None;
    return checked;
}

QString EmailAddress::protocolForm(const QString &address)
{
    const EmailAddress checked = check(address);
    return checked.isValid() ? checked.normalized : address;
}

QString EmailAddress::protocolDomain(const QString &address)
{
    const EmailAddress checked = check(address);
    return checked.isValid() ? checked.domain : address.section(u'@', -1);
}

bool EmailAddress::hasAsciiLocalPart(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    const QStringView local = QStringView(address).left(at < 0 ? address.size() : at);
    return std::all_of(local.begin(), local.end(), [](QChar c) { return c.unicode() < 0x80; });
}

bool EmailAddress::isHostName(const QString &host)
{
    const QString ace = QString::fromLatin1(QUrl::toAce(host)).toLower();
    if (ace.isEmpty() || ace.endsWith(u'.') || ace.size() > 253)
        return false;
    const QStringList labels = ace.split(u'.');
    return std::all_of(labels.begin(), labels.end(), [](const QString &label) { return isHostLabel(label); });
}

QString EmailAddress::problemText(Problem problem)
{
    using P = Problem;
    switch (problem) {
    case P::None:
    case P::Empty:
        return {};
    case P::ContainsSpace:
        return tr("An email address has no spaces in it.");
    case P::NoAt:
        return tr("Type the whole address, with the @ and the part after it, for example name@outlook.com.");
    case P::MoreThanOneAt:
        return tr("An email address has only one @ in it.");
    case P::NoLocalPart:
        return tr("Type the part before the @ too, for example name@outlook.com.");
    case P::BadLocalPart:
        return tr("The part before the @ has a character that email addresses cannot have, or a dot at its start, "
                  "at its end or twice in a row.");
    case P::LocalPartTooLong:
        return tr("The part before the @ is too long for an email address.");
    case P::NoDomain:
        return tr("Type the part after the @ too, for example outlook.com.");
    case P::DomainWithoutDot:
        return tr("The part after the @ is not complete: it needs a dot and an ending, for example outlook.com.");
    case P::BadDomain:
        return tr("The part after the @ is not a domain name that can exist. Check it for typing mistakes.");
    case P::TooLong:
        return tr("This is too long for an email address.");
    }
    return {};
}
