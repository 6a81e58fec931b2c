#include "GitCredentialRequest.h"

#include <QUrl>

namespace TokenDesk {

GitCredentialRequest GitCredentialRequest::parse(const QByteArray& input)
{
    GitCredentialRequest request;
    // Past the bound, a line cut in the middle could name another host or a shorter password: only
    // the whole lines before it count.
    QByteArray limited = input.left(MaxInputBytes);
    if (input.size() > MaxInputBytes) {
        const qsizetype lastNewline = limited.lastIndexOf('\n');
        limited.truncate(lastNewline < 0 ? 0 : lastNewline + 1);
    }
    QList<QByteArray> seen;
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
        if (line.contains('\0')) {
            // git never sends a NUL: what follows it could be read as another value than git meant.
            request.m_malformed = true;
            secureWipe(line);
            continue;
        }
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0) {
            secureWipe(line);
            continue;
        }
        const QByteArray key = line.left(eq);
        const bool known = key == "protocol" || key == "host" || key == "path" || key == "username" ||
                           key == "password" || key == "url";
        if (known) {
            // git sends each attribute once; a second one makes the request ambiguous.
            if (seen.contains(key))
                request.m_malformed = true;
            seen.append(key);
        }
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
            else if (request.m_otherKeys.size() < MaxOtherKeys)
                request.m_otherKeys.append(QString::fromUtf8(key.left(MaxKeyLength)));
        }
        secureWipe(line);
    }
    if (request.m_malformed)
        request.m_password = Secret();
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
