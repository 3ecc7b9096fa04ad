// No user-visible sentence in the command line (app/) or the wizard's pages (wizard/ui/) escapes translation: every
// string literal that reads like words for people is inside tr(), QCoreApplication::translate(),
// QT_TR_NOOP or QT_TRANSLATE_NOOP. The scan reads the sources themselves (MAILSETUP_SOURCE_DIR), skips comments
// and #include lines, and follows parentheses to find the call a literal is an argument of.
//
// "Reads like words": two or more words of letters with a space between them ("Mail Setup", "Choose Next"), or a
// single capitalised word ("Copy"). Keys, object names, option names and formats ("email", "--lang",
// u"%1 %2"_s) do not. What looks like words but is not shown to people is listed in allowedLiterals with why.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Literal {
    int line = 0;
    QString text;
    QString call;  // the function whose argument list holds it, empty at statement level
};

// (file relative to the source folder, literal): why it may stay untranslated.
const QList<std::tuple<QString, QString, const char *>> allowedLiterals = {
    { u"wizard/ui/readypage.cpp"_s, u"Server"_s, "key and object-name suffix of a settings field, never shown" },
    { u"wizard/ui/readypage.cpp"_s, u"Port"_s, "key and object-name suffix of a settings field, never shown" },
    { u"wizard/ui/readypage.cpp"_s, u"Encryption"_s, "key and object-name suffix of a settings field, never shown" },
    { u"app/checkcommand.cpp"_s, u"# IMAP %1\\n%2\\n# SMTP %3\\n%4\\n"_s,
      "section headers of the --transcript file, a protocol log kept in the servers' own language" },
    { u"wizard/ui/readypage.cpp"_s, u"mailsetup check --email %1 --send-test"_s,
      "a command to type in a terminal, the same in every language (shown in a CommandBlock)" },
    { u"app/relaycommand.cpp"_s, u"[action [name]]"_s, "the syntax of the relay command's arguments, as in the man page" },
};

const QStringList translatingCalls = {
    u"tr"_s, u"translate"_s, u"QT_TR_NOOP"_s, u"QT_TRANSLATE_NOOP"_s, u"QT_TR_N_NOOP"_s, u"QT_TRANSLATE_N_NOOP"_s,
};

// The string literals of C++ source text, each with the call it is an argument of.
QList<Literal> literalsOf(const QString &source)
{
    QList<Literal> found;
    QStringList calls;  // the open parentheses: the identifier before each
    int line = 1;
    static const QRegularExpression identifierBefore(u"([A-Za-z_][A-Za-z0-9_]*)\\s*$"_s);
    for (qsizetype i = 0; i < source.size(); ++i) {
        const QChar c = source.at(i);
        if (c == u'\n') {
            ++line;
        } else if (source.mid(i, 2) == "//"_L1) {
            const qsizetype end = source.indexOf(u'\n', i);
            i = (end < 0 ? source.size() : end) - 1;
        } else if (source.mid(i, 2) == "/*"_L1) {
            const qsizetype end = source.indexOf("*/"_L1, i + 2);
            line += int(source.mid(i, (end < 0 ? source.size() : end) - i).count(u'\n'));
            i = end < 0 ? source.size() : end + 1;
        } else if (c == u'#' && source.mid(i, 8) == "#include"_L1) {
            const qsizetype end = source.indexOf(u'\n', i);
            i = (end < 0 ? source.size() : end) - 1;
        } else if (c == u'\'' && i > 0 && source.at(i - 1).isDigit()) {
            continue;  // a digit separator (30'000), not the start of a character literal
        } else if (c == u'\'') {
            qsizetype j = i + 1;
            while (j < source.size() && source.at(j) != u'\'')
                j += source.at(j) == u'\\' ? 2 : 1;
            i = j;
        } else if (c == u'"') {
            qsizetype j = i + 1;
            while (j < source.size() && source.at(j) != u'"')
                j += source.at(j) == u'\\' ? 2 : 1;
            found.append({ line, source.mid(i + 1, j - i - 1), calls.isEmpty() ? QString() : calls.constLast() });
            i = j;
        } else if (c == u'(') {
            const QRegularExpressionMatch match = identifierBefore.match(source.mid(qMax<qsizetype>(0, i - 80), qMin<qsizetype>(i, 80)));
            calls.append(match.hasMatch() ? match.captured(1) : QString());
        } else if (c == u')') {
            if (!calls.isEmpty())
                calls.removeLast();
        } else if (c == u';' || c == u'{' || c == u'}') {
            calls.clear();
        }
    }
    return found;
}

bool readsLikeWords(const QString &literal)
{
    static const QRegularExpression capitalisedWord(u"^[A-Z][a-z]+$"_s);
    static const QRegularExpression word(u"[A-Za-z]{2,}"_s);
    if (capitalisedWord.match(literal).hasMatch())
        return true;
    qsizetype words = 0;
    for (auto it = word.globalMatch(literal); it.hasNext(); it.next())
        ++words;
    return literal.contains(u' ') && words >= 2;
}

} // namespace

class tst_TranslatableSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scannerFindsWhatItShould();
    void everySentenceIsTranslatable_data();
    void everySentenceIsTranslatable();
};

void tst_TranslatableSources::scannerFindsWhatItShould()
{
    // The scan itself: a bare sentence is caught, wrapped ones, comments and keys are not.
    const QString code = uR"(// "A comment with words"
        label->setText(u"Choose Next to go on."_s);
        label->setText(tr("Choose Next to go on."));
        const char *s = QT_TRANSLATE_NOOP("Ctx", "Kept for later use.");
        err << QCoreApplication::translate("CommandLine",
                                           "Two lines "
                                           "of words.");
        settings.value(u"email"_s);
        QMessageBox::critical(nullptr, "Mail Setup", message);
        constexpr int limitMs = 10'000;
        label->setText(u"Words after a number."_s);
    )"_s;
    QStringList flagged;
    for (const Literal &literal : literalsOf(code)) {
        if (readsLikeWords(literal.text) && !translatingCalls.contains(literal.call))
            flagged.append(literal.text);
    }
    QCOMPARE(flagged, (QStringList{ u"Choose Next to go on."_s, u"Mail Setup"_s, u"Words after a number."_s }));
}

void tst_TranslatableSources::everySentenceIsTranslatable_data()
{
    QTest::addColumn<QString>("file");
    const QDir root(QStringLiteral(MAILSETUP_SOURCE_DIR));
    int files = 0;
    for (const QString &folder : { u"app"_s, u"wizard/ui"_s }) {
        QDirIterator it(root.filePath(folder), { u"*.cpp"_s, u"*.h"_s }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString relative = root.relativeFilePath(it.next());
            QTest::newRow(qPrintable(relative)) << relative;
            ++files;
        }
    }
    QVERIFY2(files > 20, qPrintable(u"only %1 source files under %2"_s.arg(files).arg(root.path())));
}

void tst_TranslatableSources::everySentenceIsTranslatable()
{
    QFETCH(QString, file);
    QFile source(QDir(QStringLiteral(MAILSETUP_SOURCE_DIR)).filePath(file));
    QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(source.fileName()));
    QStringList untranslated;
    for (const Literal &literal : literalsOf(QString::fromUtf8(source.readAll()))) {
        if (!readsLikeWords(literal.text) || translatingCalls.contains(literal.call))
            continue;
        const bool allowed = std::any_of(allowedLiterals.cbegin(), allowedLiterals.cend(), [&](const auto &entry) {
            return std::get<0>(entry) == file && std::get<1>(entry) == literal.text;
        });
        if (!allowed)
            untranslated.append(u"%1:%2: \"%3\""_s.arg(file).arg(literal.line).arg(literal.text));
    }
    QVERIFY2(untranslated.isEmpty(),
             qPrintable(u"not in tr()/translate()/QT_TR_NOOP (or explain it in allowedLiterals):\n"_s
                        + untranslated.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_TranslatableSources)
#include "tst_translatablesources.moc"
