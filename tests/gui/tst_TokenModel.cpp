#include "BulkInsert.h"
#include "LocalBackend.h"
#include "ManualClock.h"
#include "TestDrafts.h"
#include "TestSupport.h"
#include "TimeText.h"
#include "TokenTableModel.h"
#include "Translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;
using namespace Qt::StringLiterals;

namespace {

const QDateTime Now(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);

QStringList names(const TokenTableModel& model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.tokenAt(row).name;
    return result;
}

QString text(const TokenTableModel& model, int row, TokenTableModel::Column column,
             int role = Qt::DisplayRole)
{
    return model.data(model.index(row, model.sectionOf(column)), role).toString();
}

} // namespace

class TestTokenModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void loadsPagesLazily();
    void refreshKeepsLoadedRowsAndDropsRevoked();
    void searchAndSortHappenInTheBackend();
    void olderAnswersAreDropped();
    void showsGitLabsColumnsAndHighlightsSoonExpiring();
    void inactiveRowsShowStatusAndDate();
    void headerClicksMapToBackendSorts();
    void relativeTimesReadAsEnglish();
    void answersAreAppliedAcrossPages();
    void answersFollowTheSearchAndTheState();

private:
    std::unique_ptr<LocalBackend> openStore();
    // The store's listing of every token the model would show, in its order.
    QStringList storeNames(const TokenTableModel& model) const;

    Test::ManualClock m_clock{Now};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalBackend> m_backend;
};

void TestTokenModel::initTestCase()
{
    Test::isolateStandardPaths();
}

void TestTokenModel::init()
{
    m_clock.set(Now);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_backend = openStore();
    QVERIFY(m_backend);
}

void TestTokenModel::cleanup()
{
    m_backend.reset();
    m_dir.reset();
}

std::unique_ptr<LocalBackend> TestTokenModel::openStore()
{
    auto opened = LocalBackend::open(m_dir->filePath(u"tokens.sqlite"_s), m_clock);
    if (!opened) {
        qWarning() << opened.error().message;
        return {};
    }
    return std::move(opened).value();
}

void TestTokenModel::loadsPagesLazily()
{
    QVERIFY(Bench::BulkInsert::into(m_backend->path(), 2500, m_clock));
    const Result<TokenSummary> summary = m_backend->summaryNow();
    QVERIFY(summary);
    const int active = summary.value().active;
    QVERIFY(active > 1000);

    TokenTableModel model(*m_backend, m_clock, ListQuery::State::Active);
    model.setPageSize(200);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The tester itself asks for the first page, as a view does.
    if (model.canFetchMore({}))
        model.fetchMore({});
    QTRY_VERIFY(model.hasLoaded());
    QCOMPARE(model.rowCount(), 200);
    QCOMPARE(model.totalCount(), active);

    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 400);
    QVERIFY(model.rowCount() < model.totalCount());

    // Rows come in the backend's order (expires ascending) across pages.
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.tokenAt(row - 1).expiresAt <= model.tokenAt(row).expiresAt);

    // A refresh re-reads what is loaded, keeping it; past the limit it starts over from the first page.
    model.refresh();
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 400);
    model.setMaxRefreshRows(300);
    model.refresh();
    QTRY_COMPARE(model.rowCount(), 200);

    TokenTableModel all(*m_backend, m_clock, ListQuery::State::Active);
    all.setPageSize(1000);
    while (all.canFetchMore({}) || all.isLoading()) {
        if (all.canFetchMore({}))
            all.fetchMore({});
        QTest::qWait(1);
    }
    QCOMPARE(all.rowCount(), active);
}

void TestTokenModel::refreshKeepsLoadedRowsAndDropsRevoked()
{
    for (int i = 0; i < 5; ++i)
        QVERIFY(m_backend->createNow(
            Test::draft(u"token %1"_s.arg(i), 10 + i, {u"read_api"_s}, u"Description of token %1"_s.arg(i))));
    TokenTableModel active(*m_backend, m_clock, ListQuery::State::Active);
    TokenTableModel inactive(*m_backend, m_clock, ListQuery::State::Inactive);
    QAbstractItemModelTester activeTester(&active, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester inactiveTester(&inactive,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(m_backend.get(), &TokenBackend::tokensChanged, &active, &TokenTableModel::refresh);
    connect(m_backend.get(), &TokenBackend::tokensChanged, &inactive, &TokenTableModel::refresh);
    active.refresh();
    inactive.refresh();
    QTRY_COMPARE(active.rowCount(), 5);
    QTRY_VERIFY(inactive.hasLoaded());
    QCOMPARE(inactive.rowCount(), 0);

    const qint64 revokedId = active.tokenAt(2).id;
    QSignalSpy removed(&active, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&active, &QAbstractItemModel::modelReset);
    QVERIFY(m_backend->revokeNow(revokedId));
    QTRY_COMPARE(active.rowCount(), 4);
    QCOMPARE(active.totalCount(), 4);
    QCOMPARE(active.rowOfToken(revokedId), -1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QTRY_COMPARE(inactive.rowCount(), 1);
    QCOMPARE(inactive.tokenAt(0).id, revokedId);
    QCOMPARE(inactive.totalCount(), 1);

    QVERIFY(m_backend->createNow(Test::draft(u"soonest"_s, 2, {u"read_api"_s}, u"Description of soonest"_s)));
    QTRY_COMPARE(active.rowCount(), 5);
    QCOMPARE(active.tokenAt(0).name, u"soonest"_s);
}

void TestTokenModel::searchAndSortHappenInTheBackend()
{
    for (const QString& name : {u"Alpha deploy"_s, u"beta"_s, u"ALPHA laptop"_s, u"gamma"_s, u"alphabet"_s})
        QVERIFY(m_backend->createNow(Test::draft(name, 20, {u"read_api"_s}, u"Description of "_s + name)));
    TokenTableModel model(*m_backend, m_clock, ListQuery::State::Active);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSortOrder(ListQuery::Sort::NameAsc);
    QTRY_COMPARE(model.rowCount(), 5);
    QCOMPARE(names(model),
             QStringList({u"Alpha deploy"_s, u"ALPHA laptop"_s, u"alphabet"_s, u"beta"_s, u"gamma"_s}));

    model.setSearch(u"alpha"_s);
    QTRY_COMPARE(model.rowCount(), 3);
    QCOMPARE(model.totalCount(), 3);
    model.setSortOrder(ListQuery::Sort::NameDesc);
    QTRY_COMPARE(names(model), QStringList({u"alphabet"_s, u"ALPHA laptop"_s, u"Alpha deploy"_s}));

    model.setSearch(u"nothing like it"_s);
    QTRY_COMPARE(model.totalCount(), 0);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void TestTokenModel::olderAnswersAreDropped()
{
    for (const QString& name : {u"one"_s, u"two"_s, u"three"_s})
        QVERIFY(m_backend->createNow(Test::draft(name, 20, {u"read_api"_s}, u"Description of "_s + name)));
    TokenTableModel model(*m_backend, m_clock, ListQuery::State::Active);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &TokenTableModel::pageLoaded);
    model.setSearch(u"o"_s);
    model.setSearch(u"tw"_s);
    model.setSearch(u"thr"_s);
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(names(model), QStringList({u"three"_s}));
    QTest::qWait(20);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(names(model), QStringList({u"three"_s}));
}

void TestTokenModel::showsGitLabsColumnsAndHighlightsSoonExpiring()
{
    const Result<CreatedToken> soonToken =
        m_backend->createNow(Test::draft(u"soon"_s, 3, {u"api"_s, u"read_user"_s}, u"Description of soon"_s));
    QVERIFY(soonToken);
    QVERIFY(m_backend->createNow(Test::draft(u"later"_s, 100, {u"read_api"_s}, u"Description of later"_s)));
    TokenTableModel model(*m_backend, m_clock, ListQuery::State::Active);
    using C = TokenTableModel::Column;
    QCOMPARE(model.columns(),
             QList<C>({C::Name, C::Description, C::Scopes, C::Created, C::LastUsed, C::Expires}));
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Token name"_s);
    QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), u"Last used"_s);
    model.refresh();
    QTRY_COMPARE(model.rowCount(), 2);

    QCOMPARE(text(model, 0, C::Name), u"soon"_s);
    QCOMPARE(text(model, 0, C::Description), u"Description of soon"_s);
    QCOMPARE(text(model, 0, C::Scopes), u"api, read_user"_s);
    QCOMPARE(text(model, 0, C::Created), u"2026-11-30"_s);
    QCOMPARE(text(model, 0, C::LastUsed), u"Never"_s);
    const QString soon = text(model, 0, C::Expires);
    QVERIFY2(soon.startsWith(u"in 3 day"_s) && soon.contains(u"expires soon"_s), qPrintable(soon));
    QCOMPARE(text(model, 0, C::Expires, Qt::ToolTipRole), u"Expires on 2026-12-03 at 00:00 UTC"_s);
    const QModelIndex soonIndex = model.index(0, model.sectionOf(C::Expires));
    QVERIFY(model.data(soonIndex, TokenTableModel::ExpiringSoonRole).toBool());
    QVERIFY(model.data(soonIndex, Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.data(soonIndex, Qt::DecorationRole).value<QIcon>().isNull());

    const QModelIndex laterIndex = model.index(1, model.sectionOf(C::Expires));
    QVERIFY(!model.data(laterIndex, TokenTableModel::ExpiringSoonRole).toBool());
    QVERIFY(!model.data(laterIndex, Qt::FontRole).isValid());
    QVERIFY(!text(model, 1, C::Expires).contains(u"soon"_s));
    QVERIFY(text(model, 1, C::Expires).startsWith(u"in 3 month"_s));

    // Using the token shows in "Last used", relative to the clock, with the exact time in the tooltip.
    QVERIFY(m_backend->identifyNow(soonToken.value().secret));
    m_clock.advance(3 * 3600 + 60);
    model.refresh();
    QTRY_VERIFY(text(model, 0, C::LastUsed).startsWith(u"3 hour"_s));
    QCOMPARE(text(model, 0, C::LastUsed, Qt::ToolTipRole), u"2026-11-30 12:00 UTC"_s);
}

void TestTokenModel::inactiveRowsShowStatusAndDate()
{
    const Result<CreatedToken> revoked = m_backend->createNow(
        Test::draft(u"old laptop"_s, 30, {u"read_api"_s}, u"Description of old laptop"_s));
    QVERIFY(revoked);
    QVERIFY(m_backend->createNow(
        Test::draft(u"release bot"_s, 2, {u"read_api"_s}, u"Description of release bot"_s)));
    QVERIFY(m_backend->revokeNow(revoked.value().token.id));
    m_clock.set(Now.addDays(2)); // the release bot's date is today now: expired
    TokenTableModel model(*m_backend, m_clock, ListQuery::State::Inactive);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSortOrder(ListQuery::Sort::NameAsc);
    QTRY_COMPARE(model.rowCount(), 2);
    using C = TokenTableModel::Column;
    QCOMPARE(model.sectionOf(C::Expires), -1);
    QCOMPARE(text(model, 0, C::Name), u"old laptop"_s);
    QCOMPARE(text(model, 0, C::Status), u"Revoked"_s);
    QCOMPARE(text(model, 0, C::InactiveSince), u"2026-11-30"_s);
    QCOMPARE(text(model, 1, C::Name), u"release bot"_s);
    QCOMPARE(text(model, 1, C::Status), u"Expired"_s);
    QCOMPARE(text(model, 1, C::InactiveSince), u"2026-12-02"_s);
    QVERIFY(text(model, 1, C::InactiveSince, Qt::ToolTipRole).contains(u"00:00 UTC"_s));
}

void TestTokenModel::headerClicksMapToBackendSorts()
{
    using C = TokenTableModel::Column;
    using S = ListQuery::Sort;
    QCOMPARE(TokenTableModel::sortFor(C::Name, Qt::AscendingOrder), std::optional<S>(S::NameAsc));
    QCOMPARE(TokenTableModel::sortFor(C::Created, Qt::DescendingOrder), std::optional<S>(S::CreatedDesc));
    QCOMPARE(TokenTableModel::sortFor(C::LastUsed, Qt::AscendingOrder), std::optional<S>(S::LastUsedAsc));
    QCOMPARE(TokenTableModel::sortFor(C::Expires, Qt::DescendingOrder), std::optional<S>(S::ExpiresDesc));
    QVERIFY(!TokenTableModel::sortFor(C::Scopes, Qt::AscendingOrder));
    for (const QString& name : ListQuery::sortNames()) {
        const S sort = *ListQuery::sortFromName(name);
        const auto [column, order] = TokenTableModel::columnFor(sort);
        QCOMPARE(TokenTableModel::sortFor(column, order), std::optional<S>(sort));
    }

    TokenTableModel model(*m_backend, m_clock, ListQuery::State::Active);
    QCOMPARE(model.sortOrder(), S::ExpiresAsc); // GitLab's default
    model.sort(model.sectionOf(C::Scopes), Qt::AscendingOrder);
    QCOMPARE(model.sortOrder(), S::ExpiresAsc);
    model.sort(model.sectionOf(C::LastUsed), Qt::DescendingOrder);
    QCOMPARE(model.sortOrder(), S::LastUsedDesc);
}

void TestTokenModel::relativeTimesReadAsEnglish()
{
    installTranslations(*QCoreApplication::instance());
    const QDate today = Now.date();
    QCOMPARE(TimeText::untilExpiry(today.addDays(1), today), u"in 1 day"_s);
    QCOMPARE(TimeText::untilExpiry(today.addDays(3), today), u"in 3 days"_s);
    QCOMPARE(TimeText::untilExpiry(today, today), u"today"_s);
    QCOMPARE(TimeText::untilExpiry(today.addDays(-2), today), u"2 days ago"_s);
    QCOMPARE(TimeText::untilExpiry(today.addDays(200), today), u"in 6 months"_s);
    QCOMPARE(TimeText::untilExpiry({}, today), u"Never"_s);
    QCOMPARE(TimeText::ago(Now.addSecs(-3600), Now), u"1 hour ago"_s);
    QCOMPARE(TimeText::ago(Now.addSecs(-3 * 3600 - 59), Now), u"3 hours ago"_s);
    QCOMPARE(TimeText::ago(Now.addSecs(-20), Now), u"just now"_s);
    QCOMPARE(TimeText::ago({}, Now), u"Never"_s);
    QCOMPARE(TimeText::expiryExact(QDate(2026, 12, 3)), u"Expires on 2026-12-03 at 00:00 UTC"_s);
}

QStringList TestTokenModel::storeNames(const TokenTableModel& model) const
{
    ListQuery query;
    query.state = model.state();
    query.sort = model.sortOrder();
    query.search = model.search();
    query.limit = 0;
    QStringList out;
    const Result<TokenPage> page = m_backend->listNow(query);
    if (page) {
        for (const AccessToken& token : page.value().tokens)
            out << token.name;
    }
    return out;
}

void TestTokenModel::answersAreAppliedAcrossPages()
{
    QHash<QString, AccessToken> made;
    for (const QString& name : {u"a"_s, u"c"_s, u"e"_s, u"g"_s, u"i"_s}) {
        const Result<CreatedToken> created =
            m_backend->createNow(Test::draft(name, 30, {u"read_api"_s}, u"Description of "_s + name));
        QVERIFY(created);
        made.insert(name, created.value().token);
    }
    TokenTableModel model(*m_backend, m_clock, ListQuery::State::Active);
    model.setPageSize(2);
    model.setSortOrder(ListQuery::Sort::NameAsc);
    QTRY_VERIFY(model.hasLoaded() && !model.isLoading());
    QCOMPARE(names(model), QStringList({u"a"_s, u"c"_s}));
    QCOMPARE(model.totalCount(), 5);
    QSignalSpy pages(&model, &TokenTableModel::pageLoaded);

    // A new token among the loaded rows takes its place in the order; one past them is only counted.
    const Result<CreatedToken> b =
        m_backend->createNow(Test::draft(u"b"_s, 30, {u"read_api"_s}, u"Description of b"_s));
    QVERIFY(b);
    QVERIFY(model.placeToken(b.value().token));
    QCOMPARE(names(model), QStringList({u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(model.totalCount(), 6);
    const Result<CreatedToken> z =
        m_backend->createNow(Test::draft(u"z"_s, 30, {u"read_api"_s}, u"Description of z"_s));
    QVERIFY(z);
    QVERIFY(model.placeToken(z.value().token));
    QCOMPARE(names(model), QStringList({u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(model.totalCount(), 7);

    // A revoked token leaves, and no longer belongs here.
    const Result<AccessToken> revoked = m_backend->revokeNow(made.value(u"c"_s).id);
    QVERIFY(revoked);
    QVERIFY(model.removeToken(revoked.value().id));
    QVERIFY(!model.placeToken(revoked.value()));
    QCOMPARE(names(model), QStringList({u"a"_s, u"b"_s}));
    QCOMPARE(model.totalCount(), 6);
    QCOMPARE(pages.count(), 0);

    // Reading on finds every other token once, in the store's order.
    while (model.canFetchMore({}) || model.isLoading()) {
        if (model.canFetchMore({}))
            model.fetchMore({});
        QTest::qWait(1);
    }
    QCOMPARE(names(model), QStringList({u"a"_s, u"b"_s, u"e"_s, u"g"_s, u"i"_s, u"z"_s}));
    QCOMPARE(names(model), storeNames(model));
    QCOMPARE(model.totalCount(), 6);
}

void TestTokenModel::answersFollowTheSearchAndTheState()
{
    QVERIFY(m_backend->createNow(
        Test::draft(u"deploy one"_s, 30, {u"read_api"_s}, u"Description of deploy one"_s)));
    TokenTableModel active(*m_backend, m_clock, ListQuery::State::Active);
    TokenTableModel inactive(*m_backend, m_clock, ListQuery::State::Inactive);
    active.setSearch(u"DEPLOY"_s);
    inactive.refresh();
    QTRY_VERIFY(active.hasLoaded() && !active.isLoading() && inactive.hasLoaded() && !inactive.isLoading());
    QCOMPARE(names(active), QStringList{u"deploy one"_s});

    const Result<CreatedToken> printer =
        m_backend->createNow(Test::draft(u"printer"_s, 30, {u"read_api"_s}, u"Description of printer"_s));
    QVERIFY(printer);
    QVERIFY(!active.placeToken(printer.value().token));
    QVERIFY(!inactive.placeToken(printer.value().token));
    QCOMPARE(names(active), QStringList{u"deploy one"_s});
    QCOMPARE(active.totalCount(), 1);

    const Result<CreatedToken> deploy = m_backend->createNow(
        Test::draft(u"Deploy two"_s, 10, {u"read_api"_s}, u"Description of Deploy two"_s));
    QVERIFY(deploy);
    QVERIFY(active.placeToken(deploy.value().token));
    QCOMPARE(names(active), QStringList({u"Deploy two"_s, u"deploy one"_s}));
    QCOMPARE(names(active), storeNames(active));

    // An answer applied while a listing read before the change is on its way: the listing is read
    // again, so the stale one does not bring the revoked token back.
    active.setSortOrder(ListQuery::Sort::NameDesc);
    QVERIFY(active.isLoading());
    const Result<AccessToken> revoked = m_backend->revokeNow(deploy.value().token.id);
    QVERIFY(revoked);
    QVERIFY(active.removeToken(revoked.value().id));
    QVERIFY(inactive.placeToken(revoked.value()));
    QCOMPARE(names(inactive), QStringList{u"Deploy two"_s});
    QTRY_VERIFY(!active.isLoading());
    QCOMPARE(names(active), QStringList{u"deploy one"_s});
    QCOMPARE(active.totalCount(), 1);
}

QTEST_MAIN(TestTokenModel)
#include "tst_TokenModel.moc"
