#include "TokenStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace TokenDesk;

namespace {

// "--created-after=-30" and the like: a date filter, in days from today (UTC).
bool takeFilter(const QString& arg, QDate today, TokenDateFilters& dates)
{
    const QString name = arg.section(u'=', 0, 0);
    bool ok = false;
    const int days = arg.section(u'=', 1).toInt(&ok);
    if (!ok)
        return false;
    const QDate day = today.addDays(days);
    if (name == QLatin1String("--created-before"))
        dates.createdBefore = day;
    else if (name == QLatin1String("--created-after"))
        dates.createdAfter = day;
    else if (name == QLatin1String("--expires-before"))
        dates.expiresBefore = day;
    else if (name == QLatin1String("--expires-after"))
        dates.expiresAfter = day;
    else if (name == QLatin1String("--last-used-before"))
        dates.lastUsedBefore = day;
    else if (name == QLatin1String("--last-used-after"))
        dates.lastUsedAfter = day;
    else
        return false;
    return true;
}

} // namespace

// tokendesk-bench-pages STORE PAGE_SIZE [SORT] [--offset] [FILTER...]: reads every token of the store
// (state all) page by page as the CLI's streaming listing does, and prints the time and the first page's.
// --offset asks each page by OFFSET alone (an unrelated listing in between makes the store forget where
// the last page ended). Filters: --created-before=DAYS (and -after, --expires-…, --last-used-…; DAYS
// from today, e.g. -90), --revoked=true|false, --scope=SCOPE (inventory only), --inventory (the local
// administrator's inventory of every user's tokens instead of pages; sets the store's administrator flag).
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments();
    const bool offsetOnly = args.removeAll(QStringLiteral("--offset")) > 0;
    const bool inventory = args.removeAll(QStringLiteral("--inventory")) > 0;
    const Clock& clock = Clock::fromTestEnvironment();
    ListQuery q;
    q.state = ListQuery::State::All;
    QStringList scopes;
    QStringList described;
    for (qsizetype i = args.size() - 1; i >= 1; --i) {
        const QString arg = args.at(i);
        if (!arg.startsWith(QLatin1String("--")))
            continue;
        if (arg.startsWith(QLatin1String("--revoked=")))
            q.revoked = arg.endsWith(QLatin1String("=true"));
        else if (arg.startsWith(QLatin1String("--scope=")))
            scopes << arg.section(u'=', 1);
        else if (!takeFilter(arg, clock.todayUtc(), q.dates)) {
            err << "unknown option " << arg << '\n';
            return 2;
        }
        described.prepend(arg);
        args.removeAt(i);
    }
    bool sizeOk = false;
    const int pageSize = args.size() >= 3 ? args.at(2).toInt(&sizeOk) : 0;
    const std::optional<ListQuery::Sort> sort =
        args.size() >= 4 ? ListQuery::sortFromName(args.at(3)) : std::optional(ListQuery::Sort::ExpiresAsc);
    if (!sizeOk || pageSize <= 0 || !sort) {
        err << "usage: tokendesk-bench-pages STORE PAGE_SIZE [SORT] [--offset] [--inventory] [FILTER...]\n";
        return 2;
    }
    auto opened = TokenStore::open(args.at(1), clock);
    if (!opened) {
        err << opened.error().message << '\n';
        return 1;
    }
    TokenStore& store = *opened.value();
    const QString filters = described.isEmpty() ? QStringLiteral("no filter") : described.join(u' ');

    QElapsedTimer timer;
    if (inventory) {
        if (!store.setLocalAdministrator(true)) {
            err << "cannot set the administrator flag\n";
            return 1;
        }
        InventoryQuery iq;
        iq.state = ListQuery::State::All;
        iq.dates = q.dates;
        iq.scopes = scopes;
        timer.start();
        const Result<Inventory> listed = store.inventory(iq);
        if (!listed) {
            err << listed.error().message << '\n';
            return 1;
        }
        out << listed.value().tokens.size() << " tokens in the inventory in " << timer.elapsed() << " ms ("
            << filters << ")\n";
        return 0;
    }

    q.sort = *sort;
    q.limit = pageSize;
    ListQuery other;
    other.limit = 1;
    timer.start();
    qint64 rows = 0;
    qint64 firstPageMs = -1;
    int pages = 0;
    int total = 0;
    for (q.offset = 0;; q.offset += pageSize) {
        if (offsetOnly)
            store.list(other);
        const Result<TokenPage> page = store.list(q);
        if (!page) {
            err << page.error().message << '\n';
            return 1;
        }
        if (firstPageMs < 0) {
            firstPageMs = timer.elapsed();
            total = page.value().total;
        }
        rows += page.value().tokens.size();
        ++pages;
        if (page.value().tokens.size() < pageSize)
            break;
    }
    out << rows << " tokens (total " << total << ") in " << pages << " pages of " << pageSize << " in "
        << timer.elapsed() << " ms, first page and total in " << firstPageMs << " ms ("
        << ListQuery::sortName(*sort) << (offsetOnly ? ", offset" : ", continued") << ", " << filters
        << ")\n";
    return 0;
}
