// MX records from memory, for the account-kind detector's unit tests: any answer, a refusal or silence, as any
// user and without port 53. The real DNS path (DnsMxResolver against FakeDnsServer) keeps its own test.
#pragma once

#include "wizard/core/provider/mxresolver.h"

#include <QHash>
#include <QStringList>

class MemoryMxResolver : public MxResolver
{
    Q_OBJECT
public:
    // `records`: domain (any case) -> "preference host" entries; a domain not in it is unknown (NXDOMAIN).
    explicit MemoryMxResolver(const QHash<QString, QStringList> &records = {}, QObject *parent = nullptr);

    void lookUp(const QString &domain) override;
    void abort() override;

    // Never answers: only the detector's time limits end the lookup.
    void setSilent(bool silent) { m_silent = silent; }
    // Answers every lookup at once with a failure, as a DNS server that refuses the query.
    void setRefusing(bool refusing) { m_refusing = refusing; }

    QStringList queriedNames() const { return m_queried; }
    int queryCount() const { return int(m_queried.size()); }

private:
    QHash<QString, QStringList> m_records;
    QStringList m_queried;
    bool m_silent = false;
    bool m_refusing = false;
    quint64 m_run = 0;
};
