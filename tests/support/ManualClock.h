#pragma once

#include "Clock.h"

#include <QDateTime>

namespace TokenDesk::Test {

// A clock that stays where a test puts it.
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

} // namespace TokenDesk::Test
