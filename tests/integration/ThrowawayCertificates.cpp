#include "ThrowawayCertificates.h"

#include <QDir>
#include <QProcess>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace TokenDesk::Test {

bool ThrowawayCertificates::openssl(const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"openssl"_s, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        m_error = u"openssl %1 failed: %2 %3"_s.arg(arguments.value(0), process.errorString(),
                                                    QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

bool ThrowawayCertificates::create(const QString& folder)
{
    const QDir dir(folder);
    m_caFile = dir.filePath(u"ca.pem"_s);
    m_certificateFile = dir.filePath(u"server.pem"_s);
    m_keyFile = dir.filePath(u"server-key.pem"_s);
    const QString caKey = dir.filePath(u"ca-key.pem"_s);
    const QStringList newKey{u"-newkey"_s, u"ec"_s,    u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                             u"-nodes"_s,  u"-days"_s, u"2"_s};
    return openssl(QStringList{u"req"_s, u"-x509"_s} + newKey +
                   QStringList{u"-subj"_s, u"/CN=TokenDesk throwaway test CA"_s, u"-addext"_s,
                               u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
                               u"keyUsage=critical,keyCertSign,cRLSign"_s, u"-keyout"_s, caKey, u"-out"_s,
                               m_caFile}) &&
           openssl(QStringList{u"req"_s, u"-x509"_s} + newKey +
                   QStringList{u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                               u"subjectAltName=IP:127.0.0.1,DNS:localhost"_s, u"-addext"_s,
                               u"basicConstraints=critical,CA:FALSE"_s, u"-addext"_s,
                               u"extendedKeyUsage=serverAuth"_s, u"-CA"_s, m_caFile, u"-CAkey"_s, caKey,
                               u"-keyout"_s, m_keyFile, u"-out"_s, m_certificateFile});
}

} // namespace TokenDesk::Test
