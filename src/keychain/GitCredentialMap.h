#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace TokenDesk {

// Which saved token git may use for which HTTPS host. Holds no secret: the secret stays in the
// keychain under (identity, tokenId). Beside it, what the git helper tells about the token without asking
// the server (its name and expiry date); mappings written before these were kept have neither.
class GitCredentialMap
{
public:
    // What is known of the mapped token without asking its server.
    struct TokenFacts
    {
        QString name;
        QDate expiresAt; // null: never expires, or not known

        friend bool operator==(const TokenFacts&, const TokenFacts&) = default;
    };

    struct Entry
    {
        QString host; // normalized: lower case, with ":port" unless it is 443
        QString identity;
        qint64 tokenId = 0;
        QString username; // what git sends as the user name; GitLab accepts any non-empty one
        TokenFacts token;

        friend bool operator==(const Entry&, const Entry&) = default;
    };

    explicit GitCredentialMap(QString settingsFile = {});

    QString settingsFile() const { return m_file; }

    // "GitLab.Example.com:443" -> "gitlab.example.com"; keeps other ports. Empty when not a host name.
    static QString normalizeHost(const QString& host);

    // Maps the host to the token, replacing an earlier mapping. An empty username stores "oauth2".
    // Returns false when the host is not a valid host name.
    bool set(const QString& host, const QString& identity, qint64 tokenId, const QString& username,
             const TokenFacts& facts = {});
    std::optional<Entry> get(const QString& host) const;
    // Returns whether a mapping was dropped.
    bool remove(const QString& host);

    QList<Entry> entries() const;
    QList<Entry> entriesFor(const QString& identity, qint64 tokenId) const;
    // After a rotation: mappings of the old token now name its successor, with the successor's facts (when
    // none are given the name stays and the expiry date is dropped: the old one no longer holds). Returns
    // how many moved.
    int retarget(const QString& identity, qint64 oldTokenId, qint64 newTokenId,
                 const std::optional<TokenFacts>& successor = std::nullopt);
    // Drops every mapping that names this token (its secret was forgotten). Returns how many.
    int removeToken(const QString& identity, qint64 tokenId);

private:
    QString m_file;
};

} // namespace TokenDesk
