// What the benchmarks share to turn runs into numbers: the median and a percentile of a series, and a value of
// this process's /proc/self/status (VmRSS, VmHWM) in KiB.
#pragma once

#include <QByteArray>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Measurement {

// NAN for an empty series, so that a missing number prints as "nan" rather than as a plausible 0.
inline double median(std::vector<double> values)
{
    if (values.empty())
        return NAN;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Nearest rank: the smallest value with at least p of all values at or below it.
inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return NAN;
    std::sort(values.begin(), values.end());
    const auto rank = std::max<size_t>(1, size_t(std::ceil(p * double(values.size()))));
    return values[std::min(rank, values.size()) - 1];
}

// A line of /proc/self/status in KiB: VmRSS (the resident set now) or VmHWM (its peak); -1 when it is not there.
inline long statusKb(const QByteArray &key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key + ':'))
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

} // namespace Measurement
