#include "TokenStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace TokenDesk;

// tokendesk-bench-pages STORE PAGE_SIZE [SORT] [--offset]: reads every token of the store (state all)
// page by page as the CLI's streaming listing does, and prints the time. --offset asks each page by
// OFFSET alone (an unrelated listing in between makes the store forget where the last page ended).
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments();
    const bool offsetOnly = args.removeAll(QStringLiteral("--offset")) > 0;
    bool sizeOk = false;
    const int pageSize = args.size() >= 3 ? args.at(2).toInt(&sizeOk) : 0;
    const std::optional<ListQuery::Sort> sort =
        args.size() >= 4 ? ListQuery::sortFromName(args.at(3)) : std::optional(ListQuery::Sort::ExpiresAsc);
    if (!sizeOk || pageSize <= 0 || !sort) {
        err << "usage: tokendesk-bench-pages STORE PAGE_SIZE [SORT] [--offset]\n";
        return 2;
    }
    auto opened = TokenStore::open(args.at(1), Clock::fromTestEnvironment());
    if (!opened) {
        err << opened.error().message << '\n';
        return 1;
    }
    TokenStore& store = *opened.value();
    ListQuery q;
    q.state = ListQuery::State::All;
    q.sort = *sort;
    q.limit = pageSize;
    ListQuery other;
    other.limit = 1;
    QElapsedTimer timer;
    timer.start();
    qint64 rows = 0;
    int pages = 0;
    for (q.offset = 0;; q.offset += pageSize) {
        if (offsetOnly)
            store.list(other);
        const Result<TokenPage> page = store.list(q);
        if (!page) {
            err << page.error().message << '\n';
            return 1;
        }
        rows += page.value().tokens.size();
        ++pages;
        if (page.value().tokens.size() < pageSize)
            break;
    }
    out << rows << " tokens in " << pages << " pages of " << pageSize << " in " << timer.elapsed() << " ms ("
        << ListQuery::sortName(*sort) << (offsetOnly ? ", offset" : ", continued") << ")\n";
    return 0;
}
