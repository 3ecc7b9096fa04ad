// Time and size limits for every network step: no server can make a check hang or eat memory.
#pragma once

struct ProbeLimits {
    int resolveTimeoutMs = 10'000;
    int connectTimeoutMs = 15'000;
    int replyTimeoutMs = 30'000;     // from a command to its complete reply, TLS handshakes included
    int checkTimeoutMs = 120'000;    // one whole probe, the wait for the test message included
    int deliveryTimeoutMs = 60'000;  // from the test message's acceptance to seeing it in INBOX
    int maxLineLength = 16 * 1024;   // a longer line without an end is a flood
    int maxReplyBytes = 256 * 1024;  // all lines of one reply together
};
