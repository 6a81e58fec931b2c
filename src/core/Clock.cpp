#include "Clock.h"

#include <QTimeZone>

namespace TokenDesk {

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

namespace {

class EnvironmentClock : public Clock
{
public:
    explicit EnvironmentClock(QDateTime fixed) : m_offset(QDateTime::currentDateTimeUtc().msecsTo(fixed)) {}
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc().addMSecs(m_offset); }

private:
    qint64 m_offset;
};

} // namespace

const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}

const Clock& Clock::fromTestEnvironment()
{
    static const Clock* clock = []() -> const Clock* {
        const QByteArray fixed = qgetenv("TOKENDESK_TEST_NOW");
        if (!fixed.isEmpty()) {
            const QDateTime when = QDateTime::fromString(QString::fromLatin1(fixed), Qt::ISODateWithMs);
            if (when.isValid())
                return new EnvironmentClock(when.toUTC());
        }
        return &system();
    }();
    return *clock;
}

} // namespace TokenDesk
