// Lists every token of the account through GitLabBackend and reports how long it took.
//   tokendesk-bench-gitlab-list --url URL [--concurrency N]     (access token: env GITLAB_TOKEN)
// Prints one JSON line: {"tokens": N, "pages": P, "ms": T, "requests_ms_first_page": ...}.

#include "Clock.h"
#include "GitLabBackend.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace TokenDesk;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"url"_s, u"GitLab instance URL."_s, u"URL"_s});
    parser.addOption({u"concurrency"_s, u"Pages in flight at once."_s, u"N"_s, u"6"_s});
    parser.process(app);

    QByteArray token = qgetenv("GITLAB_TOKEN");
    if (!parser.isSet(u"url"_s) || token.isEmpty()) {
        std::fputs("usage: GITLAB_TOKEN=... tokendesk-bench-gitlab-list --url URL [--concurrency N]\n",
                   stderr);
        return 2;
    }
    GitLabOptions options;
    options.maxConcurrency = parser.value(u"concurrency"_s).toInt();
    GitLabBackend backend(QUrl(parser.value(u"url"_s)), Secret(token), Clock::system(), options);
    secureWipe(token);

    int pages = 0;
    QObject::connect(&backend, &TokenBackend::listProgress, &app, [&pages](int done, int) { pages = done; });
    ListQuery query;
    query.state = ListQuery::State::All;
    query.sort = ListQuery::Sort::CreatedDesc;
    query.limit = 0;
    QElapsedTimer timer;
    timer.start();
    int exitCode = 1;
    backend.list(query, &app, [&](Result<TokenPage> result) {
        const qint64 ms = timer.elapsed();
        if (!result.ok()) {
            std::fprintf(stderr, "error: %s\n", qPrintable(result.error().message));
            exitCode = 1;
        } else {
            const QJsonObject out{{u"tokens"_s, result.value().tokens.size()},
                                  {u"total"_s, result.value().total},
                                  {u"pages"_s, pages},
                                  {u"concurrency"_s, options.maxConcurrency},
                                  {u"ms"_s, ms}};
            std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
            exitCode = 0;
        }
        QCoreApplication::quit();
    });
    app.exec();
    return exitCode;
}
