// Ctrl+C (SIGINT) and SIGTERM as a signal of the event loop, for a command that must clean up before it ends
// (check --through-relay removes the relay device it added). A signal handler may do almost nothing, so it only
// writes the signal's number into a pipe that the event loop reads. POSIX only; elsewhere nothing is caught.
#pragma once

#include <QObject>

class QSocketNotifier;

class Interruption : public QObject
{
    Q_OBJECT
public:
    // Catches SIGINT and SIGTERM from now on, until destroyed; the handlers that were there come back then.
    // One at a time.
    explicit Interruption(QObject *parent = nullptr);
    ~Interruption() override;

    // The signal that came (SIGINT, SIGTERM), 0 while none did.
    int signalNumber() const { return m_signal; }
    // The exit code a shell gives a program ended by that signal (128 + its number: 130, 143).
    int shellExitCode() const { return 128 + m_signal; }

Q_SIGNALS:
    // From the event loop, once per signal that came.
    void interrupted(int signalNumber);

private:
    int m_signal = 0;
    QSocketNotifier *m_notifier = nullptr;
};
