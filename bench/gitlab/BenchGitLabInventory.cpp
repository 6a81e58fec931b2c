// An administrator's inventory of every user's tokens through GitLabBackend, and bulk revoke, timed.
//   tokendesk-bench-gitlab-inventory --url URL [--json]              every token; --json writes each one
//   tokendesk-bench-gitlab-inventory --url URL --revoke N [--in-flight K] [--search TEXT]
//                                    revokes the first N active tokens whose name holds TEXT, K at a time
// Access token: env GITLAB_TOKEN. Prints one JSON line of figures on stderr (stdout holds the tokens).

#include "Clock.h"
#include "GitLabBackend.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace TokenDesk;

namespace {

void writeToken(const InventoryToken& t)
{
    const QJsonObject o{{u"id"_s, t.token.id},
                        {u"name"_s, t.token.name},
                        {u"user_id"_s, t.token.userId},
                        {u"username"_s, t.username},
                        {u"scopes"_s, QJsonArray::fromStringList(t.token.scopes)},
                        {u"created_at"_s, t.token.createdAt.toString(Qt::ISODateWithMs)},
                        {u"revoked"_s, t.token.revoked}};
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
}

void report(const QJsonObject& figures)
{
    std::fprintf(stderr, "%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"url"_s, u"GitLab instance URL."_s, u"URL"_s});
    parser.addOption({u"json"_s, u"Write every token as a JSON line."_s});
    parser.addOption({u"revoke"_s, u"Revoke this many active tokens."_s, u"N"_s});
    parser.addOption({u"in-flight"_s, u"Revokes at once."_s, u"K"_s, u"6"_s});
    parser.addOption({u"search"_s, u"Revoke among tokens whose name holds this."_s, u"TEXT"_s});
    parser.process(app);

    QByteArray secret = qgetenv("GITLAB_TOKEN");
    if (!parser.isSet(u"url"_s) || secret.isEmpty()) {
        std::fputs(
            "usage: GITLAB_TOKEN=... tokendesk-bench-gitlab-inventory --url URL [--json | --revoke N]\n",
            stderr);
        return 2;
    }
    GitLabBackend backend(QUrl(parser.value(u"url"_s)), Secret(secret), Clock::system());
    secureWipe(secret);
    const int revokeCount = parser.value(u"revoke"_s).toInt();
    const int inFlight = parser.value(u"in-flight"_s).toInt();

    InventoryQuery query;
    query.state = revokeCount > 0 ? ListQuery::State::Active : ListQuery::State::All;
    query.search = parser.value(u"search"_s);
    QElapsedTimer timer;
    timer.start();
    int exitCode = 1;
    backend.inventory(query, &app, [&](Result<Inventory> result) {
        const qint64 listMs = timer.elapsed();
        if (!result.ok()) {
            std::fprintf(stderr, "error: %s\n", qPrintable(result.error().message));
            return QCoreApplication::quit();
        }
        if (revokeCount <= 0) {
            if (parser.isSet(u"json"_s)) {
                for (const InventoryToken& t : result.value().tokens)
                    writeToken(t);
            }
            report({{u"tokens"_s, result.value().tokens.size()}, {u"ms"_s, listMs}});
            exitCode = 0;
            return QCoreApplication::quit();
        }
        QList<qint64> ids;
        for (const InventoryToken& t : result.value().tokens) {
            if (ids.size() < revokeCount)
                ids << t.token.id;
        }
        timer.restart();
        backend.revokeMany(ids, inFlight, &app, [&, ids](Result<BulkRevokeReport> done) {
            const qint64 revokeMs = timer.elapsed();
            if (!done.ok()) {
                std::fprintf(stderr, "error: %s\n", qPrintable(done.error().message));
                return QCoreApplication::quit();
            }
            report({{u"asked"_s, ids.size()},
                    {u"revoked"_s, done.value().revoked.size()},
                    {u"failed"_s, done.value().failures.size()},
                    {u"in_flight"_s, inFlight},
                    {u"ms"_s, revokeMs}});
            exitCode = done.value().failures.isEmpty() ? 0 : 1;
            QCoreApplication::quit();
        });
    });
    app.exec();
    return exitCode;
}
