#include "ReminderSettings.h"

#include "ExpiryReminder.h"
#include "KeychainSettings.h"

#include <QDir>
#include <QSettings>

namespace TokenDesk {

namespace {
const QString ThresholdsKey = QStringLiteral("reminders/thresholds");
}

ReminderSettings::ReminderSettings(QString file)
    : m_file(file.isEmpty() ? defaultFilePath() : std::move(file))
{}

QString ReminderSettings::defaultFilePath()
{
    return QDir(KeychainSettings::configDirectory()).filePath(QStringLiteral("reminders.conf"));
}

QList<int> ReminderSettings::thresholds() const
{
    const QSettings settings(m_file, QSettings::IniFormat);
    const QString stored = settings.value(ThresholdsKey).toString();
    if (stored.isEmpty())
        return ReminderThresholds::defaults();
    return ReminderThresholds::parse(stored).value_or(ReminderThresholds::defaults());
}

void ReminderSettings::setThresholds(const QList<int>& thresholds)
{
    QSettings settings(m_file, QSettings::IniFormat);
    settings.setValue(ThresholdsKey, ReminderThresholds::format(thresholds));
}

int ReminderSettings::horizonDays() const
{
    const QList<int> days = thresholds();
    return days.isEmpty() ? 0 : days.first();
}

} // namespace TokenDesk
