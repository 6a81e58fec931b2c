#pragma once

#include "AccessToken.h"
#include "TokenJsonWriter.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace TokenDesk {

class CliContext;

// Writes a listing of tokens as it is read, page by page, so that a long listing is never held whole:
// with --json one array (TokenJsonWriter, the same bytes as one QJsonDocument of every token), else a
// table. The table's column widths come from the header and the first page (ListCommand::PageSize
// tokens); a later cell wider than its column pushes the rest of its line right, keeping two spaces
// before the next column. Group and project access tokens (resourceTokens) have a ROLE column, and
// "access_level" in JSON.
class TokenListPrinter
{
    Q_DECLARE_TR_FUNCTIONS(TokenListPrinter)

public:
    TokenListPrinter(CliContext& context, QSet<qint64> inKeychain, bool resourceTokens = false);

    void add(const QList<AccessToken>& tokens);
    // Closes the listing ("No tokens." for an empty table).
    void finish();
    // Whether anything was written yet.
    bool started() const { return m_written > 0; }

private:
    QStringList row(const AccessToken& token) const;

    CliContext& m_context;
    QSet<qint64> m_inKeychain;
    bool m_resourceTokens;
    QDate m_today;
    std::optional<TokenJsonWriter> m_json;
    QList<int> m_widths;
    qsizetype m_written = 0;
    // Translated once: looked up per row, they would dominate a long table.
    QString m_revoked;
    QString m_expired;
    QString m_active;
    QString m_never;
    QString m_yes;
};

} // namespace TokenDesk
