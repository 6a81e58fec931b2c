// Arbitrary bytes as the store file: a damaged, truncated or hostile SQLite database (or no database at
// all) opened as the store, listed in every state, each listed token read again by id, then closed.
// Must not crash; refusing the file with an error is fine.
#include "FuzzSupport.h"
#include "TokenStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

using namespace TokenDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fuzz::ensureApplication();
    static QTemporaryDir folder;
    if (!folder.isValid())
        std::abort();
    const QString path = folder.filePath(QStringLiteral("tokens.sqlite"));
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(Fuzz::bytes(data, size)) != qint64(size))
            std::abort();
    }

    static const ManualClock clock(QDateTime::fromSecsSinceEpoch(1796000000, Qt::UTC));
    auto opened = TokenStore::open(path, clock);
    if (!opened)
        return 0;
    const std::unique_ptr<TokenStore> store = std::move(opened).value();
    static_cast<void>(store->whoami());
    static_cast<void>(store->summary());
    for (const ListQuery::State state :
         {ListQuery::State::Active, ListQuery::State::Inactive, ListQuery::State::All}) {
        ListQuery query;
        query.state = state;
        query.sort = ListQuery::Sort::NameAsc;
        query.limit = 50;
        const auto page = store->list(query);
        if (!page)
            continue;
        for (const AccessToken& token : page.value().tokens)
            static_cast<void>(store->get(token.id));
    }
    static_cast<void>(store->get(1));
    return 0;
}
