#pragma once

#include "AccountSession.h"
#include "BackendOptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace TokenDesk {

class CliContext;

// One tokendesk-cli command: its name and help, its own options and arguments, and how it runs.
// CommandLine parses the global options and hands the rest to the command; CommandRunner gives it a
// backend (when it needs one) and runs it. CommandRegistry lists every command once.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    // As a token id ("self"): the token the session signs in with.
    static constexpr qint64 SelfId = AccountSession::SelfId;

    enum class Needs
    {
        Nothing, // runs without a backend
        Backend,
        // The backend knows who is signed in first: keychain entries are keyed by the account.
        Account
    };

    virtual ~Command() = default;

    virtual QString name() const = 0;
    // What follows the name in the synopsis, e.g. "ID|self [--keep-secret]".
    virtual QString arguments() const { return {}; }
    virtual QString summary() const = 0;
    virtual Needs needs() const { return Needs::Account; }
    // May run with no credential at all (verify signs in with the secret it checks).
    virtual bool worksWithoutCredential() const { return false; }
    // Works on a group's or project's access tokens with --group or --project.
    virtual bool worksOnResource() const { return false; }
    // On a resource: needs the role that manages its tokens (Maintainer of a project, Owner of a group);
    // a user known to have less is refused before anything is asked of the resource.
    virtual bool needsManagingRole() const { return worksOnResource(); }

    // The command's own options, added beside the global ones.
    virtual QList<QCommandLineOption> options() const { return {}; }
    // Those of its options that may be given only once.
    virtual QList<QCommandLineOption> singleValuedOptions() const { return {}; }
    // "ID" when the command takes a token ID, shown in its help with idDescription().
    virtual QString positionalSyntax() const { return {}; }
    virtual QString idDescription() const;
    // Text after the options in the command's help; empty or ending in a newline.
    virtual QString helpFooter() const { return {}; }

    // Takes the command's arguments (positional: those after its name) and options. An empty string
    // when they are fine, else the usage error.
    virtual QString parse(const QCommandLineParser& parser, const QStringList& positional,
                          const BackendOptions& backend) = 0;
    virtual void run(CliContext& context) = 0;

protected:
    QString noArguments(const QStringList& positional) const;
    // Exactly one token ID; "self" when selfAllowed (and the backend is a server's).
    QString takeTokenId(const QStringList& positional, bool selfAllowed, const BackendOptions& backend,
                        qint64& id) const;
    static std::optional<qint64> parseId(const QString& text);
    static std::optional<QDate> parseDate(const QString& text);
    static QString program();
};

} // namespace TokenDesk
