// One run of a program a test starts (mailsetup itself, mostly) with a time limit, waited for in the event loop so
// that the servers in the test's own thread go on answering it.
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

struct ProgramRun {
    int exitCode = -1;  // -1: it did not start, crashed, or was killed at the time limit
    QByteArray out;
    QByteArray err;
};

ProgramRun runProgram(const QString &program, const QStringList &arguments,
                      const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                      int timeLimitMs = 90'000);
// A client no one here wrote (swaks, msmtp) given `input` on its standard input, with its standard error merged
// into `out`: what it said, in order.
ProgramRun runClientProgram(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                            int timeLimitMs = 60'000);
