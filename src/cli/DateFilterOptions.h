#pragma once

#include "AccessToken.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace TokenDesk {

// The six date filters of list and inventory (--created-before DATE ... --last-used-after DATE), which
// mean what GitLab's parameters of the same names mean (TokenDateFilters). A date that is not
// YYYY-MM-DD is a usage error naming its option, found before anything is asked of a backend.
class DateFilterOptions
{
    Q_DECLARE_TR_FUNCTIONS(DateFilterOptions)

public:
    DateFilterOptions();

    QList<QCommandLineOption> options() const;
    // The expires-before option alone (list --all-resources has kept it).
    const QCommandLineOption& expiresBefore() const { return m_options.at(2); }
    // Whether any of them is set.
    bool isSet(const QCommandLineParser& parser) const;
    // Fills filters from the parser; the usage error, or an empty string.
    QString parse(const QCommandLineParser& parser, TokenDateFilters& filters) const;

private:
    QList<QCommandLineOption> m_options;
};

} // namespace TokenDesk
