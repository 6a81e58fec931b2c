#include "GitCredentialRequest.h"

#include <QUrl>

namespace TokenDesk {

GitCredentialRequest GitCredentialRequest::parse(const QByteArray& input)
{
    GitCredentialRequest request;
    const QByteArray limited = input.left(MaxInputBytes);
    qsizetype start = 0;
    while (start < limited.size()) {
        qsizetype end = limited.indexOf('\n', start);
        if (end < 0)
            end = limited.size();
        QByteArray line = limited.mid(start, end - start);
        start = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break;
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0 || line.contains('\0')) {
            secureWipe(line);
            continue;
        }
        const QByteArray key = line.left(eq);
        if (key == "password") {
            request.m_password = Secret(line.mid(eq + 1));
        } else {
            const QString value = QString::fromUtf8(line.mid(eq + 1));
            if (key == "protocol")
                request.m_protocol = value.toLower();
            else if (key == "host")
                request.m_host = value;
            else if (key == "path")
                request.m_path = value;
            else if (key == "username")
                request.m_username = value;
            else if (key == "url")
                request.setUrl(value);
            else
                request.m_otherKeys.append(QString::fromUtf8(key));
        }
        secureWipe(line);
    }
    return request;
}

void GitCredentialRequest::setUrl(const QString& url)
{
    // git: "url=" stands for its parts and resets the others.
    const QUrl parsed(url, QUrl::StrictMode);
    // Percent-decoded, a part could hold a line break or a NUL: then the URL is refused, as git does.
    const auto broken = [](const QString& part) {
        return part.contains(u'\n') || part.contains(u'\r') || part.contains(QChar(0));
    };
    if (broken(parsed.userName()) || broken(parsed.password()) || broken(parsed.path())) {
        *this = GitCredentialRequest{};
        return;
    }
    m_protocol = parsed.scheme().toLower();
    m_host = parsed.host();
    if (m_host.contains(u':'))
        m_host = u'[' + m_host + u']';
    if (parsed.port() >= 0)
        m_host += u':' + QString::number(parsed.port());
    m_path = parsed.path().mid(1);
    m_username = parsed.userName();
    m_password = parsed.password().isEmpty() ? Secret() : Secret::fromString(parsed.password());
}

} // namespace TokenDesk
