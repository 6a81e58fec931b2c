#pragma once

#include "AccessToken.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace TokenDesk {

class CliContext;

// How one token, or a token with its new secret, looks on standard output: "key: value" lines for
// people (TableFormatter), one JSON document for scripts (--json, TokenJson).
class CliPrinter
{
    Q_DECLARE_TR_FUNCTIONS(CliPrinter)

public:
    explicit CliPrinter(CliContext& context) : m_context(context) {}

    // details: also where it was last used from, whether it is revoked, and what each scope allows
    // (show, revoke-leaked); owner: the owner's username, when known.
    void printToken(const AccessToken& token, bool details = false, const QString& owner = {});
    // The headline, the token and (withSecret) its secret; the secret's copies are wiped.
    void printCreated(const CreatedToken& created, const QString& headline, bool withSecret);

    // "2026-12-31 23:59 UTC"
    static QString formatTimestamp(const QDateTime& utc);

private:
    CliContext& m_context;
};

} // namespace TokenDesk
