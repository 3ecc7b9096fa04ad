// The head of one HTTP request to the loopback listener, read from the bytes a connection has sent so far. A
// pure function of those bytes, so that it can be tested row by row and fuzzed (tests/fuzz/): no sockets, no
// state. It reads only what the listener needs (method, path, query) and is strict about the rest, because
// anything on this computer can connect to the listener: a request line in origin form, HTTP/1.0 or 1.1, header
// lines of a name and a value, a bounded size. A body is never read: the browser's redirect is a GET.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

struct LoopbackRequest {
    enum class Status {
        Incomplete,  // no end of the head yet, and nothing wrong so far: wait for more
        Complete,    // a well-formed head; method, path and query are set
        TooLarge,    // the head is longer than the limit, or has too many lines
        Bad,         // not an HTTP/1.x request head
    };

    // A real redirect is a few kilobytes (the code is about one); 16 KB leaves room for a long code and for the
    // headers browsers send, and bounds what a connection can make the listener keep.
    static constexpr qsizetype DefaultMaxHeadBytes = 16 * 1024;
    static constexpr int MaxHeaderLines = 100;

    Status status = Status::Incomplete;
    QByteArray method;  // "GET"
    QByteArray path;    // as sent, percent-encoded, without the query: "/callback"
    QByteArray query;   // as sent, percent-encoded, without the '?'; empty when there is none
    qsizetype headSize = 0;  // bytes of the head, the blank line included (Complete only)

    bool isComplete() const { return status == Status::Complete; }

    // Reads the head from the start of `bytes`. Bytes after the head (a body, a second request) are ignored.
    static LoopbackRequest parse(QByteArrayView bytes, qsizetype maxHeadBytes = DefaultMaxHeadBytes);
};
