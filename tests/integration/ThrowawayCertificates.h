#pragma once

#include <QString>
#include <QStringList>

namespace TokenDesk::Test {

// A certificate authority made for one test run (openssl CLI) and a server certificate it signed for
// 127.0.0.1 and localhost, as PEM files in `folder`.
class ThrowawayCertificates
{
public:
    // False (with errorString()) when openssl is missing or fails.
    bool create(const QString& folder);

    QString caFile() const { return m_caFile; }
    QString certificateFile() const { return m_certificateFile; }
    QString keyFile() const { return m_keyFile; }
    QString errorString() const { return m_error; }

private:
    bool openssl(const QStringList& arguments);

    QString m_caFile;
    QString m_certificateFile;
    QString m_keyFile;
    QString m_error;
};

} // namespace TokenDesk::Test
