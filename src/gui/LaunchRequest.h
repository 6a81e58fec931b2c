#pragma once

#include "Resource.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace TokenDesk {

// What `tokendesk --account KEY --rotate ID|--select ID [--resource group:ID|project:ID]` asks the window
// to show, also when another TokenDesk window is asked over D-Bus (WindowService). The account is a
// registry key (AccountRegistry), AccountRegistry::offlineKey() for the window's local store, or
// "store:<absolute path>" (a ReminderSource key) for the store in that file.
struct LaunchRequest
{
    Q_DECLARE_TR_FUNCTIONS(LaunchRequest)

public:
    enum class Action
    {
        Select, // show the account with the token selected (its details shown)
        Rotate  // ... and open the token's rotate confirmation
    };

    Action action = Action::Select;
    QString account;
    qint64 tokenId = 0;
    // A group's or project's token; nullopt for a personal one.
    std::optional<ResourceRef> resource;

    // "group:42", "project:7" (numeric ids); empty for a personal token.
    QString resourceText() const;
    // Parses resourceText(); an empty text is a personal token (nullopt in *resource). False (and why, in
    // *error) for anything else.
    static bool parseResource(const QString& text, std::optional<ResourceRef>* resource, QString* error);
    // A positive token id, else nullopt.
    static std::optional<qint64> parseTokenId(const QString& text);

    static QString storeKeyPrefix() { return QStringLiteral("store:"); }
    // The store file named by a "store:<path>" account key (absolute, canonical when it exists); else
    // nullopt.
    static std::optional<QString> storePathOf(const QString& account);
    // "store:<path>" with the path as storePathOf() gives it back.
    static QString storeKey(const QString& path);
};

} // namespace TokenDesk
