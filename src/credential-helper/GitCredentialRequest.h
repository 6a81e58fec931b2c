#pragma once

#include "Secret.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace TokenDesk {

// One request of git's credential helper protocol (git-credential(1)): "key=value" lines ending at a
// blank line or the end of input. The password, when git sends one (store, erase), is kept as a Secret.
// Hostile input is bounded (MaxInputBytes, and only whole lines count), lines without "key=" are
// skipped, and a request with a NUL or an attribute given twice is marked malformed.
class GitCredentialRequest
{
public:
    static constexpr qsizetype MaxInputBytes = 64 * 1024;
    static constexpr qsizetype MaxOtherKeys = 64;
    static constexpr qsizetype MaxKeyLength = 256;

    static GitCredentialRequest parse(const QByteArray& input);

    QString protocol() const { return m_protocol; }
    QString host() const { return m_host; } // as git sends it, with ":port" when the URL had one
    QString path() const { return m_path; }
    QString username() const { return m_username; }
    Secret password() const { return m_password; }
    // Keys we did not recognize, kept for diagnostics only (never values).
    QList<QString> otherKeys() const { return m_otherKeys; }

    bool isHttps() const { return m_protocol == QLatin1String("https"); }
    // A NUL, or an attribute given twice: git never sends such a request, and it is not answered.
    bool isMalformed() const { return m_malformed; }

private:
    void setUrl(const QString& url);

    QString m_protocol;
    QString m_host;
    QString m_path;
    QString m_username;
    Secret m_password;
    QList<QString> m_otherKeys;
    bool m_malformed = false;
};

} // namespace TokenDesk
