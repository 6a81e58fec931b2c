#include "DateFilterOptions.h"

#include <QDate>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

QDate parseDay(const QString& text)
{
    static const QRegularExpression shape(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"_s);
    if (!shape.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace

DateFilterOptions::DateFilterOptions()
{
    const QString date = tr("YYYY-MM-DD");
    m_options = {
        QCommandLineOption(u"created-before"_s, tr("Only tokens created before this day (UTC)."), date),
        QCommandLineOption(u"created-after"_s, tr("Only tokens created on or after this day (UTC)."), date),
        QCommandLineOption(u"expires-before"_s, tr("Only tokens that expire before this date."), date),
        QCommandLineOption(u"expires-after"_s, tr("Only tokens that expire on or after this date."), date),
        QCommandLineOption(u"last-used-before"_s, tr("Only tokens last used before this day (UTC)."), date),
        QCommandLineOption(u"last-used-after"_s, tr("Only tokens last used on or after this day (UTC)."),
                           date),
    };
}

QList<QCommandLineOption> DateFilterOptions::options() const
{
    return m_options;
}

bool DateFilterOptions::isSet(const QCommandLineParser& parser) const
{
    for (const QCommandLineOption& option : m_options) {
        if (parser.isSet(option))
            return true;
    }
    return false;
}

QString DateFilterOptions::parse(const QCommandLineParser& parser, TokenDateFilters& filters) const
{
    QDate* targets[] = {&filters.createdBefore, &filters.createdAfter,   &filters.expiresBefore,
                        &filters.expiresAfter,  &filters.lastUsedBefore, &filters.lastUsedAfter};
    for (qsizetype i = 0; i < m_options.size(); ++i) {
        const QCommandLineOption& option = m_options.at(i);
        if (!parser.isSet(option))
            continue;
        const QDate day = parseDay(parser.value(option));
        if (!day.isValid())
            return tr("--%1 must be a date written YYYY-MM-DD, such as 2026-12-31.")
                .arg(option.names().constFirst());
        *targets[i] = day;
    }
    return {};
}

} // namespace TokenDesk
