// Every limit of the relay: what one device may send and how often, how many devices and messages it takes at once,
// how long it waits, and the upstream server's time limits (ProbeLimits: every step to Microsoft has one).
#pragma once

#include "wizard/core/probe/probelimits.h"

#include <QtGlobal>

// Where the relay listens unless told otherwise (on 127.0.0.1), where check --through-relay and the wizard's device
// setup look for it: 2525, the usual submission port for a relay that is not the system's mail server.
constexpr quint16 RelayDefaultPort = 2525;

struct RelayLimits {
    // Exchange Online takes messages up to 35 MB by default (25 MB for Outlook.com's attachments); the relay
    // refuses larger ones itself (SIZE in EHLO, 552) rather than after sending them on.
    qint64 maxMessageBytes = 35 * 1024 * 1024;
    int maxRecipients = 100;            // RFC 5321's minimum a server must take
    int maxSessions = 100;              // devices connected at once; one more is turned away with 421
    int maxUpstreamAtOnce = 8;          // messages being handed to the upstream server at once
    int maxQueued = 200;                // messages waiting for their turn; one more gets 451
    int messagesPerMinute = 60;         // per device; one more gets 450 (a scanner gone wild is not a spammer)
    int wrongPasswordDelayMs = 2'000;   // a wrong password's answer waits this long
    int maxWrongPasswordsPerSession = 3;  // then the connection is closed
    int idleTimeoutMs = 5 * 60 * 1000;  // RFC 5321's five minutes without a command
    int maxLineBytes = 64 * 1024;       // a longer line without an end is a flood: the connection is closed
    ProbeLimits upstream;               // the upstream server's steps
};
