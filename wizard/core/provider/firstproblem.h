// What the strict readers of the project's JSON files (provider profiles, presets) share: they go on reading after
// a problem, so that one pass needs no early returns, but only the first problem is kept, with the key it is about,
// because that is the one the message names ("the key \"imap.port\" is wrong: …"). `Error` is ProfileError or
// PresetError: anything with `key` and `problem`.
#pragma once

#include <QString>

template<typename Error>
class FirstProblem
{
public:
    explicit FirstProblem(Error *error) : m_error(error) { }

    bool failed() const { return m_failed; }
    // Keeps `problem` (a translated phrase) about `key`, unless an earlier problem was kept.
    void fail(const QString &key, const QString &problem)
    {
        if (m_failed)
            return;
        m_failed = true;
        if (m_error) {
            m_error->key = key;
            m_error->problem = problem;
        }
    }

protected:
    bool m_failed = false;

private:
    Error *m_error;
};
