#include "GitSetup.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace TokenDesk {

QString GitSetup::helperProgram()
{
    return u"git-credential-tokendesk"_s;
}

QString GitSetup::helperValue(const QString& programDir)
{
    if (!QStandardPaths::findExecutable(helperProgram()).isEmpty())
        return u"tokendesk"_s;
    const QFileInfo beside(QDir(programDir).filePath(helperProgram()));
    if (!beside.isExecutable())
        return {};
    // git runs an absolute path through the shell with " get" appended, but only takes it as a path
    // when it starts with '/': a path the shell must see quoted becomes a "!" shell snippet.
    static const QRegularExpression plainPath(u"^/[A-Za-z0-9_@%+=:,./-]*$"_s);
    const QString path = beside.absoluteFilePath();
    if (plainPath.match(path).hasMatch())
        return path;
    QString quoted = path;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u"!'"_s + quoted + u'\'';
}

QString GitSetup::configKey(const QString& host)
{
    return u"credential.https://%1.helper"_s.arg(host);
}

QStringList GitSetup::gitArguments(const QString& host, const QString& helper)
{
    return {u"config"_s, u"--global"_s, configKey(host), helper};
}

QString GitSetup::commandLine(const QString& host, const QString& helper)
{
    QStringList words{u"git"_s};
    for (const QString& argument : gitArguments(host, helper))
        words << shellQuoted(argument);
    return words.join(u' ');
}

QString GitSetup::shellQuoted(const QString& argument)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_@%+=:,./\\[\\]-]+$"_s);
    if (plain.match(argument).hasMatch())
        return argument;
    QString quoted = argument;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

} // namespace TokenDesk
