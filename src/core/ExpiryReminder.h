#pragma once

#include "AccessToken.h"
#include "Resource.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace TokenDesk {

// When TokenDesk reminds the user of a token's expiry. A threshold is a number of days before the token's
// expiry date (its `expires_at`, the UTC day at whose 00:00 it stops working): a token reaches threshold T
// on the UTC day expires_at - T, and stays at it until it reaches the next smaller one. So with the
// defaults 30, 7, 1, 0 a token that expires on the 10th is reminded of on the 10th of the month before, on
// the 3rd, the 9th (its last working day) and on the 10th itself (it has just expired: GitLab counts a
// token whose date is today as expired, so threshold 0 tells why something broke rather than warning).
class ReminderThresholds
{
    Q_DECLARE_TR_FUNCTIONS(ReminderThresholds)

public:
    static constexpr int MaxDays = 365;

    // 30, 7, 1, 0.
    static QList<int> defaults();
    // "30,7,1,0" (any order, spaces allowed) → descending, without repeats; nullopt when empty or when an
    // entry is not a whole number from 0 to MaxDays. error (optional) then says why, for the user.
    static std::optional<QList<int>> parse(const QString& text, QString* error = nullptr);
    // Descending, comma-separated: "30,7,1,0".
    static QString format(const QList<int>& thresholds);
    // Descending, without repeats, each within 0..MaxDays (others dropped).
    static QList<int> normalized(QList<int> thresholds);
};

// Days from today (UTC) to the token's expiry date: 1 on its last working day, 0 on the day it expired,
// negative after. nullopt when it never expires.
std::optional<int> daysUntilExpiry(const AccessToken& token, QDate todayUtc);

// The threshold a token `daysLeft` days from its expiry date has reached: the smallest threshold that is
// not smaller than daysLeft. nullopt when it has reached none yet (or daysLeft < 0: past the day itself).
std::optional<int> reachedThreshold(int daysLeft, const QList<int>& thresholds);

// One place TokenDesk reads tokens from for reminders: the local store or a connected GitLab account.
struct ReminderSource
{
    // Stable across runs: the registry's account key, or "store:" + the store file's absolute path.
    QString key;
    // For people: "alice @ gitlab.com", or the store's display name.
    QString label;
    // The GitLab instance; empty for the store.
    QUrl instanceUrl;
};

// A token whose expiry is near, and where it lives.
struct DueToken
{
    AccessToken token;
    ReminderSource source;
    // Set for a group's or project's access token.
    std::optional<Resource> resource;
    // The keychain identity of the token's backend (the account's, plus Resource::identitySuffix() for a
    // resource token): the key of its saved secret, its git mappings, and of reminders already sent.
    QString identity;
    // daysUntilExpiry() when it was read: >= 1 while active, 0 when it expired today.
    int daysLeft = 0;

    bool isActive() const { return daysLeft >= 1 && !token.revoked; }
    // Names the token across runs and exports: "<identity>/<token id>".
    QString stableKey() const;
};

} // namespace TokenDesk
