#pragma once

#include "Await.h"
#include "Result.h"
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStringList>
#include <QTest>

// Helpers for tests against the real Secret Service (see tests/support/isolated-run).
namespace TokenDesk::Test::Keychain {

// True inside tests/support/isolated-run, whose private D-Bus session holds a throwaway keyring.
inline bool isIsolated()
{
    return qEnvironmentVariableIsSet("TOKENDESK_ISOLATED");
}

// A fresh secret shaped like a GitLab token, different on every call.
inline QByteArray randomToken()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_";
    QByteArray token("glpat-");
    for (int i = 0; i < 24; ++i)
        token += alphabet[QRandomGenerator::global()->bounded(64)];
    return token;
}

using ToolResult = TokenDesk::Test::ProcessResult;

// Runs secret-tool (libsecret-tools): the keychain seen from outside TokenDesk.
inline ToolResult secretTool(const QStringList& arguments)
{
    QProcess process;
    return TokenDesk::Test::runProcess(process, QStringLiteral("secret-tool"), arguments, {}, 20000);
}

// QtKeychain 0.13's libsecret backend stores each entry with the attributes
// user=<key>, server=<service>, type=plaintext.
inline ToolResult lookup(const QString& key)
{
    return secretTool({QStringLiteral("lookup"), QStringLiteral("user"), key, QStringLiteral("server"),
                       QStringLiteral("TokenDesk")});
}

// Every TokenDesk item in the keychain, as `secret-tool search --all` prints them (secrets on stdout,
// attributes on stderr).
inline QByteArray searchAll()
{
    const ToolResult result = secretTool({QStringLiteral("search"), QStringLiteral("--all"),
                                          QStringLiteral("server"), QStringLiteral("TokenDesk")});
    return result.out + result.err;
}

inline int countItems(const QByteArray& searchOutput, const QString& key)
{
    return static_cast<int>(searchOutput.count("attribute.user = " + key.toUtf8() + '\n'));
}

// Regular files under `root` whose bytes contain `needle` (sockets, fifos and the like are skipped).
inline QStringList filesContaining(const QString& root, const QByteArray& needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!it.fileInfo().isFile() || it.fileInfo().isSymLink())
            continue;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << path;
    }
    return hits;
}

} // namespace TokenDesk::Test::Keychain
