// Time and size limits for every network step: no server can make a check hang or eat memory.
#pragma once

#include <QtGlobal>

struct ProbeLimits {
    int resolveTimeoutMs = 10'000;
    int connectTimeoutMs = 15'000;
    int replyTimeoutMs = 30'000;     // from a command to its complete reply, TLS handshakes included
    int checkTimeoutMs = 120'000;    // one whole probe, the wait for the test message included
    int deliveryTimeoutMs = 60'000;  // from the first look for the test message (as it is sent) to giving up
    int quickLooksMs = 1'000;        // how long IMAP looks for the test message every 25 ms, then every second
    // LOGOUT or QUIT once the check has its result: its answer is not waited for (it cannot change the result),
    // and the server gets this long to close the connection, or to let an IMAP IDLE end before LOGOUT.
    int goodbyeTimeoutMs = 2'000;
    int maxLineLength = 16 * 1024;   // a longer line without an end is a flood
    int maxReplyBytes = 256 * 1024;  // all lines of one reply together
    // All that one server may send in one check, over every reply: a server that answers each of the test
    // message's searches with a reply just under the limit would otherwise be read for a minute. A real check
    // gets a few hundred lines and some kilobytes, the searches included.
    qint64 maxCheckBytes = 2 * 1024 * 1024;
    int maxCheckLines = 10'000;
    // What the transcript keeps: its start and its end, with a note of how much was left out between them.
    int maxTranscriptLines = 2'000;
    qint64 maxTranscriptBytes = 512 * 1024;
};
