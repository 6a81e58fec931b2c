#pragma once

#include <QSet>
#include <QString>

namespace TokenDesk {

// Remembers which tokens have a secret saved in the keychain, so a table can show "In keychain" without
// asking the keychain once per row. Holds no secret. SecretVault keeps it in step with what it saves,
// removes, and finds missing; other code only reads it.
class SavedSecretIndex
{
public:
    explicit SavedSecretIndex(QString settingsFile = {});

    QString settingsFile() const { return m_file; }

    bool contains(const QString& identity, qint64 tokenId) const;
    // Every token of one backend identity that has a saved secret.
    QSet<qint64> tokenIds(const QString& identity) const;
    // Whether a secret of tokenId is saved under any identity that starts with prefix.
    bool containsUnder(const QString& prefix, qint64 tokenId) const;

    void insert(const QString& identity, qint64 tokenId);
    void remove(const QString& identity, qint64 tokenId);

private:
    QString m_file;
};

} // namespace TokenDesk
