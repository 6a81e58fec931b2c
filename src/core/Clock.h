#pragma once

#include <QDate>
#include <QDateTime>

namespace TokenDesk {

// Where "now" comes from. Everything date-related asks a Clock, so tests can stand at any instant.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // Today's date in UTC: the date that decides whether a token has expired.
    QDate todayUtc() const { return nowUtc().date(); }

    // The system time.
    static const Clock& system();

    // Test seam, the only one for time: the clock an executable's main() hands to the program. It is
    // the system time, unless the environment variable TOKENDESK_TEST_NOW holds an ISO 8601 instant;
    // then the clock starts there and runs on (the CLI tests stand next to midnight UTC this way).
    // Only main() functions call this; everything else is given its clock.
    static const Clock& fromTestEnvironment();
};

class SystemClock : public Clock
{
public:
    QDateTime nowUtc() const override;
};

// A clock that stays where it is put.
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime now) : m_now(now.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(QDateTime now) { m_now = now.toUTC(); }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace TokenDesk
