#include "GitLabResourceListing.h"

#include "GitLabNetworkAccessManager.h"
#include "GitLabParser.h"
#include "GitLabUrls.h"
#include "Logging.h"

#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace TokenDesk {

using ErrorKind = BackendError::Kind;

struct GitLabResourceListing::Kind
{
    ResourceRef::Kind kind = ResourceRef::Kind::Group;
    QString path;
    QList<std::pair<QString, QString>> query;
    QMap<int, QList<Resource>> pages;
    int totalPages = -1; // from page 1, when the server counts
    int nextPage = 2;    // the next numbered page to ask for, once totalPages is known
    bool done = false;
    QSet<qint64> seen;
};

struct GitLabResourceListing::Reading
{
    std::array<Kind, 2> kinds;
    int inFlight = 0;
    qint64 bytes = 0;
    bool failed = false;
    std::function<void(Result<QList<Resource>>)> done;
};

GitLabResourceListing::GitLabResourceListing(GitLabTransport& transport, const GitLabOptions& options)
    : m_transport(transport), m_options(options)
{}

void GitLabResourceListing::read(std::function<void(Result<QList<Resource>>)> done)
{
    auto reading = std::make_shared<Reading>();
    reading->done = std::move(done);
    const auto common = [](int minimum) {
        return QList<std::pair<QString, QString>>{{u"min_access_level"_s, QString::number(minimum)},
                                                  {u"order_by"_s, u"id"_s},
                                                  {u"sort"_s, u"asc"_s},
                                                  {u"per_page"_s, QString::number(PageSize)}};
    };
    reading->kinds[0].kind = ResourceRef::Kind::Group;
    reading->kinds[0].path = u"/groups"_s;
    reading->kinds[0].query = common(Resource::managingLevel(ResourceRef::Kind::Group));
    reading->kinds[1].kind = ResourceRef::Kind::Project;
    reading->kinds[1].path = u"/projects"_s;
    reading->kinds[1].query = common(Resource::managingLevel(ResourceRef::Kind::Project));
    request(reading, 0, 1, {});
    request(reading, 1, 1, {});
}

void GitLabResourceListing::request(const std::shared_ptr<Reading>& reading, int kind, int page,
                                    const QUrl& url)
{
    const Kind& k = reading->kinds[kind];
    QUrl target = url;
    if (target.isEmpty())
        target = m_transport.apiUrl(
            k.path, k.query + QList<std::pair<QString, QString>>{{u"page"_s, QString::number(page)}});
    reading->inFlight++;
    m_transport.send(
        GitLabTransport::Request{"GET", target},
        [this, reading, kind, page](const GitLabTransport::Reply& r) { onPage(reading, kind, page, r); });
}

void GitLabResourceListing::onPage(const std::shared_ptr<Reading>& reading, int kind, int page,
                                   const GitLabTransport::Reply& r)
{
    reading->inFlight--;
    if (reading->failed)
        return;
    if (r.error)
        return fail(reading, *r.error);
    Kind& k = reading->kinds[kind];
    Result<QList<Resource>> resources = GitLabParser::resourceList(r.body, k.kind);
    if (!resources)
        return fail(reading, resources.error());
    reading->bytes += r.body.size();
    if (reading->bytes > m_options.maxListingBytes)
        return fail(reading,
                    BackendError::make(ErrorKind::Server,
                                       tr("The list of groups and projects is larger than %1; "
                                          "TokenDesk stopped reading it.")
                                           .arg(QLocale().formattedDataSize(m_options.maxListingBytes, 0))));
    bool nothingNew = !resources.value().isEmpty();
    for (const Resource& res : resources.value())
        nothingNew = nothingNew && k.seen.contains(res.id);
    if (nothingNew)
        return fail(reading,
                    BackendError::make(ErrorKind::Server,
                                       tr("The server sent the same groups or projects again on page "
                                          "%1; TokenDesk stopped reading the list.")
                                           .arg(page)));
    for (const Resource& res : resources.value())
        k.seen.insert(res.id);
    const bool empty = resources.value().isEmpty();
    k.pages.insert(page, std::move(resources).value());
    const GitLabParser::Pagination headers = GitLabParser::pagination(r.headers);
    if (page == 1 && headers.totalPages)
        k.totalPages = *headers.totalPages;
    const auto tooLong = [this]() {
        return BackendError::make(ErrorKind::Server, tr("The list of groups and projects is longer than %n "
                                                        "page(s); TokenDesk stopped reading.",
                                                        nullptr, m_options.maxPages));
    };
    if (k.totalPages > 0) {
        if (k.totalPages > m_options.maxPages)
            return fail(reading, tooLong());
        k.done = k.pages.size() >= k.totalPages;
    } else {
        // Not counted: each page names the next one.
        QUrl next;
        if (!empty && headers.nextPage && *headers.nextPage == page + 1) {
            next = m_transport.apiUrl(
                k.path, k.query + QList<std::pair<QString, QString>>{{u"page"_s, QString::number(page + 1)}});
        } else if (!empty && !headers.hasNextPageHeader) {
            for (const QByteArray& part : r.header("link").split(',')) {
                const qsizetype open = part.indexOf('<');
                const qsizetype close = part.indexOf('>');
                if (open < 0 || close < open || !part.mid(close).contains("rel=\"next\""))
                    continue;
                const QUrl base = m_transport.apiUrl(QString());
                const QUrl candidate =
                    base.resolved(QUrl::fromEncoded(part.mid(open + 1, close - open - 1).trimmed()));
                if (GitLabNetworkAccessManager::sameOrigin(candidate, base))
                    next = candidate;
            }
        }
        if (next.isEmpty()) {
            k.done = true;
        } else {
            if (page >= m_options.maxPages)
                return fail(reading, tooLong());
            request(reading, kind, page + 1, next);
        }
    }
    pump(reading);
    if (reading->kinds[0].done && reading->kinds[1].done && reading->inFlight == 0)
        finish(reading);
}

void GitLabResourceListing::pump(const std::shared_ptr<Reading>& reading)
{
    bool asked = true;
    while (asked && reading->inFlight < std::max(1, m_options.maxConcurrency)) {
        asked = false;
        for (int kind = 0; kind < 2 && reading->inFlight < std::max(1, m_options.maxConcurrency); ++kind) {
            Kind& k = reading->kinds[kind];
            if (k.totalPages > 0 && k.nextPage <= k.totalPages) {
                request(reading, kind, k.nextPage++, {});
                asked = true;
            }
        }
    }
}

void GitLabResourceListing::finish(const std::shared_ptr<Reading>& reading)
{
    QList<Resource> all;
    for (Kind& k : reading->kinds) {
        QList<Resource> ofKind;
        QSet<qint64> seen;
        for (const QList<Resource>& page : std::as_const(k.pages)) {
            for (Resource res : page) {
                if (seen.contains(res.id))
                    continue;
                seen.insert(res.id);
                if (k.kind == ResourceRef::Kind::Group)
                    res.accessLevel = AccessLevels::Owner; // asked for Owner, the highest role there is
                else if (res.accessLevel < Resource::managingLevel(k.kind))
                    res.accessLevel = 0; // at least Maintainer, but the exact role is not told
                ofKind << res;
            }
        }
        std::sort(ofKind.begin(), ofKind.end(),
                  [](const Resource& a, const Resource& b) { return a.fullPath < b.fullPath; });
        all << ofKind;
    }
    qCDebug(lcGitLab) << "resources:" << all.size();
    reading->failed = true; // answered
    auto done = std::move(reading->done);
    done(all);
}

void GitLabResourceListing::fail(const std::shared_ptr<Reading>& reading, const BackendError& error)
{
    reading->failed = true;
    auto done = std::move(reading->done);
    if (done)
        done(error);
}

} // namespace TokenDesk
