// The bounded transcript: however much a server sends, it keeps the start and the end within its limits and says
// how much it left out between them.
#include "wizard/core/probe/transcript.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_Transcript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsStartAndEnd();
};

void tst_Transcript::keepsStartAndEnd()
{
    Transcript transcript(10, 1024 * 1024);
    for (int i = 1; i <= 1000; ++i)
        transcript.append(u"S: line %1"_s.arg(i));
    const QStringList lines = transcript.lines();
    QCOMPARE(lines.size(), 11);
    QCOMPARE(lines.mid(0, 5), (QStringList{ u"S: line 1"_s, u"S: line 2"_s, u"S: line 3"_s, u"S: line 4"_s, u"S: line 5"_s }));
    QCOMPARE(lines.at(5), u"# [... 990 lines (%1 bytes) left out ...]"_s.arg(transcript.bytesLeftOut()));
    QCOMPARE(lines.constLast(), u"S: line 1000"_s);
    QCOMPARE(lines.at(6), u"S: line 996"_s);
    QCOMPARE(transcript.linesLeftOut(), 990);

    // Long lines: the byte limit decides, and the last line always stays.
    Transcript bytes(1000, 4 * 1024);
    const QString longLine(1500, u'x');
    for (int i = 0; i < 100; ++i)
        bytes.append(longLine);
    qsizetype kept = 0;
    for (const QString &line : bytes.lines())
        kept += line.size();
    QVERIFY2(kept < 4 * 1024, qPrintable(QString::number(kept)));
    QCOMPARE(bytes.lines().constLast(), longLine);

    // Under the limits nothing is left out and no note is added.
    Transcript small(10, 1024);
    small.append(u"C: A1 CAPABILITY"_s);
    QCOMPARE(small.lines(), QStringList{ u"C: A1 CAPABILITY"_s });
}

QTEST_GUILESS_MAIN(tst_Transcript)
#include "tst_transcript.moc"
