#include "WhoamiCommand.h"

#include "AccountSession.h"
#include "CliContext.h"
#include "TableFormatter.h"
#include "TokenJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

constexpr int AccessTokenWarningDays = 14;

} // namespace

QString WhoamiCommand::summary() const
{
    return tr("Show who the GitLab access token signs in as, and the access token itself.");
}

QString WhoamiCommand::parse(const QCommandLineParser& parser, const QStringList& positional,
                             const BackendOptions& backend)
{
    Q_UNUSED(parser)
    if (!backend.isGitLab())
        return tr("whoami needs --gitlab URL (or $GITLAB_HOST).");
    return noArguments(positional);
}

void WhoamiCommand::run(CliContext& context)
{
    const QString server = context.session()->instanceUrl().toString();
    context.session()->connectWithReport(&context, [&context, server](Result<SignInReport> result) {
        if (!result)
            return context.fail(result.error());
        const SignInReport& report = result.value();
        const Account& account = report.account;
        const QDate today = context.todayUtc();
        // In the user's language for people, in English under --json: scripts read the same text always.
        QStringList warnings;
        QStringList englishWarnings;
        const auto warn = [&warnings, &englishWarnings](const char* text, const QStringList& arguments = {}) {
            QString translated = tr(text);
            QString english = QString::fromUtf8(text);
            if (arguments.size() == 1) {
                translated = translated.arg(arguments.at(0));
                english = english.arg(arguments.at(0));
            } else if (arguments.size() == 2) { // in one go: an argument's own "%1" stays as it is
                translated = translated.arg(arguments.at(0), arguments.at(1));
                english = english.arg(arguments.at(0), arguments.at(1));
            }
            warnings << translated;
            englishWarnings << english;
        };
        if (report.signInToken) {
            const AccessToken& own = *report.signInToken;
            if (!own.scopes.contains(u"api"_s))
                warn(QT_TR_NOOP("the access token lacks the api scope, so it cannot create, rotate or revoke "
                                "tokens (it has: %1)."),
                     {own.scopes.join(u", "_s)});
            if (!own.expiresAt.isNull() && own.expiresAt.addDays(-AccessTokenWarningDays) <= today)
                warn(QT_TR_NOOP(
                         "the access token expires on %1 (at 00:00 UTC); rotate it with '%2 rotate self'."),
                     {own.expiresAt.toString(Qt::ISODate), CliContext::programName()});
        } else {
            warn(QT_TR_NOOP("GitLab did not show the access token itself (GET /personal_access_tokens/self "
                            "failed), so its scopes and expiry are unknown."));
        }
        if (context.json()) {
            QJsonObject json{
                {u"id"_s, account.userId},
                {u"username"_s, account.username},
                {u"name"_s, account.name},
                {u"is_admin"_s, account.isAdmin},
                {u"instance"_s, server},
                {u"version"_s, report.serverVersion.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                              : QJsonValue(report.serverVersion)},
                {u"access_token"_s, report.signInToken
                                        ? QJsonValue(TokenJson::toJson(*report.signInToken, today))
                                        : QJsonValue(QJsonValue::Null)},
                {u"warnings"_s, QJsonArray::fromStringList(englishWarnings)}};
            context.writeJson(QJsonDocument(json));
        } else {
            QList<std::pair<QString, QString>> rows{
                {tr("Instance"), server},
                {tr("Username"), account.username},
                {tr("Name"), account.name},
                {tr("User ID"), QString::number(account.userId)},
                {tr("Administrator"), account.isAdmin ? tr("yes") : tr("no")},
                {tr("GitLab version"), report.serverVersion.isEmpty() ? tr("unknown") : report.serverVersion},
            };
            if (report.signInToken) {
                const AccessToken& own = *report.signInToken;
                rows << std::pair{tr("Access token"), tr("%1 (ID %2)").arg(own.name).arg(own.id)}
                     << std::pair{tr("Its scopes"), own.scopes.join(u", "_s)}
                     << std::pair{tr("It expires"),
                                  own.expiresAt.isNull()
                                      ? tr("never")
                                      : tr("%1 (at 00:00 UTC)").arg(own.expiresAt.toString(Qt::ISODate))};
            }
            context.writeOut(TableFormatter::keyValues(rows));
        }
        for (const QString& warning : std::as_const(warnings))
            context.warn(warning);
        context.succeed();
    });
}

} // namespace TokenDesk
