#include "tests/support/programrun.h"

#include <QEventLoop>
#include <QProcess>
#include <QTimer>

namespace {

// Starts `process`, gives it `input` and waits in the event loop until it ends or the time limit passes (then kills
// it: exit code -1, with what it said until then).
ProgramRun waitFor(QProcess &process, const QString &program, const QStringList &arguments, const QByteArray &input,
                   int timeLimitMs)
{
    QEventLoop loop;
    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    process.start(program, arguments);
    ProgramRun run;
    if (!process.waitForStarted(10'000))
        return run;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    limit.start(timeLimitMs);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(2000);
    } else if (process.exitStatus() == QProcess::NormalExit) {
        run.exitCode = process.exitCode();
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

ProgramRun runProgram(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                      int timeLimitMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    return waitFor(process, program, arguments, {}, timeLimitMs);
}

ProgramRun runClientProgram(const QString &program, const QStringList &arguments, const QByteArray &input,
                            int timeLimitMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    return waitFor(process, program, arguments, input, timeLimitMs);
}
