#include "ReminderLedger.h"

#include "PrivateFiles.h"
#include "ReminderSettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {
constexpr int FormatVersion = 1;
}

ReminderLedger::ReminderLedger(QString file) : m_file(file.isEmpty() ? defaultFilePath() : std::move(file)) {}

QString ReminderLedger::defaultFilePath()
{
    return QFileInfo(ReminderSettings::defaultFilePath()).dir().filePath(u"reminders-sent.json"_s);
}

bool ReminderLedger::load(QString* error)
{
    m_entries.clear();
    QFile file(m_file);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(m_file), file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject() || document.object().value(u"version"_s).toInt() != FormatVersion) {
        if (error)
            *error =
                tr("%1 is not a reminder record TokenDesk can read.").arg(QDir::toNativeSeparators(m_file));
        return false;
    }
    const QJsonObject tokens = document.object().value(u"tokens"_s).toObject();
    for (auto it = tokens.begin(); it != tokens.end(); ++it) {
        const QJsonObject object = it.value().toObject();
        Entry entry;
        entry.source = object.value(u"source"_s).toString();
        entry.expiresAt = QDate::fromString(object.value(u"expires_at"_s).toString(), Qt::ISODate);
        entry.snoozedUntil = QDate::fromString(object.value(u"snoozed_until"_s).toString(), Qt::ISODate);
        const QJsonArray sent = object.value(u"sent"_s).toArray();
        for (const QJsonValue& threshold : sent)
            entry.sent.append(threshold.toInt());
        m_entries.insert(it.key(), entry);
    }
    return true;
}

bool ReminderLedger::save(QString* error) const
{
    const auto fail = [&](const QString& why) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_file), why);
        return false;
    };
    if (!PrivateFiles::ensureFolder(QFileInfo(m_file).absolutePath(), PrivateFiles::Existing::Tighten))
        return fail(tr("its folder cannot be created."));
    QJsonObject tokens;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        QJsonArray sent;
        for (int threshold : it->sent)
            sent.append(threshold);
        QJsonObject object{{u"source"_s, it->source}, {u"sent"_s, sent}};
        if (it->expiresAt.isValid())
            object.insert(u"expires_at"_s, it->expiresAt.toString(Qt::ISODate));
        if (it->snoozedUntil.isValid())
            object.insert(u"snoozed_until"_s, it->snoozedUntil.toString(Qt::ISODate));
        tokens.insert(it.key(), object);
    }
    const QJsonObject root{{u"version"_s, FormatVersion}, {u"tokens"_s, tokens}};
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(root).toJson());
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

QStringList ReminderLedger::tokenKeys() const
{
    QStringList keys = m_entries.keys();
    keys.sort();
    return keys;
}

QList<int> ReminderLedger::sentThresholds(const QString& tokenKey) const
{
    QList<int> sent = m_entries.value(tokenKey).sent;
    std::sort(sent.begin(), sent.end(), std::greater<int>());
    return sent;
}

bool ReminderLedger::wasSent(const QString& tokenKey, int threshold) const
{
    const auto it = m_entries.constFind(tokenKey);
    return it != m_entries.constEnd() && it->sent.contains(threshold);
}

QDate ReminderLedger::snoozedUntil(const QString& tokenKey) const
{
    return m_entries.value(tokenKey).snoozedUntil;
}

ReminderLedger::Entry& ReminderLedger::entryFor(const DueToken& token)
{
    Entry& entry = m_entries[token.stableKey()];
    entry.source = token.source.key;
    entry.expiresAt = token.token.expiresAt;
    return entry;
}

void ReminderLedger::recordSent(const DueToken& token, int threshold)
{
    Entry& entry = entryFor(token);
    if (!entry.sent.contains(threshold))
        entry.sent.append(threshold);
    entry.snoozedUntil = QDate();
}

void ReminderLedger::snooze(const DueToken& token, QDate day)
{
    entryFor(token).snoozedUntil = day;
}

void ReminderLedger::prune(const ExpiryCheck::Report& report, QDate todayUtc, int withinDays)
{
    QSet<QString> readSources;
    for (const ReminderSource& source : report.read)
        readSources.insert(source.key);
    QSet<QString> due;
    for (const DueToken& token : report.due)
        due.insert(token.stableKey());
    const QDate horizon = todayUtc.addDays(withinDays);
    m_entries.removeIf([&](const QHash<QString, Entry>::iterator& it) {
        if (it->expiresAt.isValid() && it->expiresAt < todayUtc)
            return true;
        if (due.contains(it.key()) || !readSources.contains(it->source))
            return false;
        return !it->expiresAt.isValid() || it->expiresAt <= horizon;
    });
}

} // namespace TokenDesk
