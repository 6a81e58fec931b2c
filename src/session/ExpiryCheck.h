#pragma once

#include "AccountRegistry.h"
#include "AccountSession.h"
#include "BackendError.h"
#include "ExpiryReminder.h"
#include "GitLabOptions.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace TokenDesk {

class Clock;

// Which tokens are near their expiry, in every place TokenDesk reads them from: one check shared by
// `tokendesk-cli remind`, the desktop notifications, the calendar export and the window's tray icon.
//
// For each source it reads, at the same time as the others:
//  - the personal tokens with one filtered listing: `expires_before` = today + withinDays + 1, not revoked,
//    soonest first (GitLab answers a few due tokens in one request; the store uses its index), with
//    state active, or (includeExpiredToday) any state with `expires_after` = today, so that the tokens
//    that expired today come in the same request;
//  - with `resources`, the group and project tokens the user may manage (ResourceOverview), with the same
//    date limit.
// A source that cannot be read (no credential in the keychain, keyring locked, server down, 401) is
// reported in failures with why; the others are still answered. Never answers an error as a whole.
class ExpiryCheck
{
    Q_DECLARE_TR_FUNCTIONS(ExpiryCheck)

public:
    struct Source
    {
        ReminderSource info;
        // Not yet opened or connected: the check does that (a registry account's credential is read from
        // the keychain then).
        AccountSession::Ptr session;
        // The local store's file when session is null: run() opens it then, so that a file that is not a
        // TokenDesk store is a failure of this source rather than of the whole check.
        QString storePath;
    };

    struct Options
    {
        int withinDays = 30;              // tokens with daysLeft <= withinDays (and >= 1 unless below)
        bool includeExpiredToday = false; // also daysLeft == 0 (not revoked)
        bool resources = true;            // also group and project tokens
    };

    struct Failure
    {
        ReminderSource source;
        BackendError error;
    };

    struct Report
    {
        // Soonest first; then source key, resource path and token name. Never a revoked token.
        QList<DueToken> due;
        QList<Failure> failures;
        // The sources read in full, in the order given.
        QList<ReminderSource> read;
    };

    // Every place TokenDesk knows, in this order: the local store at storePath when that file exists (it is
    // never created by asking), then each connected account of the registry (its credential is read
    // from the keychain when the check runs). base: CA file and timeout defaults.
    static QList<Source> knownSources(const AccountRegistry& registry, const Clock& clock,
                                      const GitLabOptions& base, const QString& storePath);
    // A source for a session the caller opened (--store, --gitlab with a credential).
    static Source forSession(const AccountSession::Ptr& session);
    // The store file at path, opened by the check itself (a file that is not a store is then a failure of
    // this source only). The caller checks that the file exists: the check never creates one.
    static Source forStoreFile(const QString& path);

    // Answers once, while context lives (later, never before it returns).
    static void run(const QList<Source>& sources, const Options& options, const Clock& clock,
                    QObject* context, std::function<void(Report)> done);
};

} // namespace TokenDesk
