#pragma once

#include "ScopeCatalog.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

// Finds English source text in what a user reads while the pseudo translation is loaded. That
// translation turns every letter of a message into an accented look-alike ("Revoke" -> "[Ŕéṽöķé]"), so
// a word made only of ASCII letters was never translated, unless it is one of the allowed words below.
namespace TokenDesk::I18nTest {

class EnglishText
{
public:
    EnglishText()
    {
        // Product names, kept in every language.
        allow({QStringLiteral("GitLab"), QStringLiteral("TokenDesk"), QStringLiteral("tokendesk"),
               QStringLiteral("cli"), QStringLiteral("git"), QStringLiteral("credential"),
               QStringLiteral("glpat")});
        // Scope identifiers are GitLab's names, the same in every language (read_api has an underscore).
        allow(ScopeCatalog::names());
        // Preferences lists each language by its own name, so that a reader finds theirs in any language.
        for (const UiLanguage& language : shippedLanguages())
            allow({language.nativeName});
        // Key names in shortcuts: Qt's own words (qtbase's QShortcut translations), not TokenDesk's.
        allow({QStringLiteral("Ctrl"), QStringLiteral("Shift"), QStringLiteral("Alt"), QStringLiteral("Meta"),
               QStringLiteral("Del"), QStringLiteral("Esc"), QStringLiteral("Return"),
               QStringLiteral("Enter"), QStringLiteral("Ins"), QStringLiteral("Backspace"),
               QStringLiteral("PgUp"), QStringLiteral("PgDown"), QStringLiteral("Home"),
               QStringLiteral("End"), QStringLiteral("Tab"), QStringLiteral("Space")});
        // Month and day names and AM/PM come from the locale's data (CLDR), not from a translation file.
        const QLocale locale;
        for (int month = 1; month <= 12; ++month) {
            for (QLocale::FormatType format :
                 {QLocale::LongFormat, QLocale::ShortFormat, QLocale::NarrowFormat})
                allowLocaleWords(
                    {locale.monthName(month, format), locale.standaloneMonthName(month, format)});
        }
        for (int day = 1; day <= 7; ++day) {
            for (QLocale::FormatType format :
                 {QLocale::LongFormat, QLocale::ShortFormat, QLocale::NarrowFormat})
                allowLocaleWords({locale.dayName(day, format), locale.standaloneDayName(day, format)});
        }
        allowLocaleWords({locale.amText(), locale.pmText()});
    }

    // Words of the fixture's data (token names, descriptions, user names, paths), shown as they are.
    void allowData(const QString& text) { allowLocaleWords({text}); }
    void allow(const QStringList& words)
    {
        for (const QString& word : words) {
            m_allowed.insert(word);
            for (const QString& part : word.split(u'-', Qt::SkipEmptyParts))
                m_allowed.insert(part);
        }
    }

    // The English words of `text`, as a user reads it: HTML is rendered, the mnemonic's "&" dropped;
    // URLs, --options, $VARIABLES and paths are data.
    QStringList englishWords(const QString& shown) const
    {
        QString text = shown;
        static const QRegularExpression tag(QStringLiteral(
            "</?(?:a|b|i|u|p|br|qt|html|body|span|div|tt|code|pre|ul|ol|li|em|strong|h[1-6]|table|tr|td|th|"
            "font|img|nobr|big|small|sub|sup|hr|kbd|s)\\b[^<>]*>"));
        static const QRegularExpression entity(QStringLiteral("&(?:[a-zA-Z]+|#\\d+|#x[0-9a-fA-F]+);"));
        text.replace(tag, QStringLiteral(" ")).replace(entity, QStringLiteral(" "));
        text.replace(QStringLiteral("&&"), QStringLiteral(" ")).remove(u'&');
        static const QRegularExpression data(
            QStringLiteral("[a-z][a-z0-9+.-]*://\\S+"       // URLs
                           "|\\S+@\\S+"                     // e-mail addresses, user@host
                           "|(?<![\\w-])--?[a-zA-Z][\\w-]*" // command-line options (--json, -h)
                           "|\\$[A-Z_][A-Z0-9_]*"           // environment variables
                           "|(?:~|\\.{0,2})/[^\\s:;,)]+"    // file paths
                           "|\\*\\.\\w+"                    // file name patterns
                           "|[\\w-]+(?:\\.[\\w-]+)+" // file and host names: demo.sqlite, gitlab.example.com
                           ));
        text.replace(data, QStringLiteral(" "));
        static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{M}\\p{N}_]+"));
        static const QRegularExpression asciiLetters(QStringLiteral("^[A-Za-z]{2,}$"));
        QStringList found;
        for (auto it = word.globalMatch(text); it.hasNext();) {
            const QString candidate = it.next().captured();
            if (asciiLetters.match(candidate).hasMatch() && !m_allowed.contains(candidate) &&
                !m_allowedFolded.contains(candidate.toCaseFolded()))
                found << candidate;
        }
        return found;
    }

    // One line per text with English words: "where: «text» [words]".
    void check(const QString& where, const QString& text)
    {
        if (text.trimmed().isEmpty())
            return;
        const QStringList words = englishWords(text);
        if (words.isEmpty())
            return;
        const QString line =
            where + QStringLiteral(": «") + text.left(160) + QStringLiteral("» ") + words.join(u',');
        if (!m_problems.contains(line))
            m_problems << line;
    }

    QStringList problems() const { return m_problems; }
    void clearProblems() { m_problems.clear(); }

private:
    void allowLocaleWords(const QStringList& texts)
    {
        static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{M}\\p{N}_]+"));
        for (const QString& text : texts) {
            for (auto it = word.globalMatch(text); it.hasNext();)
                m_allowedFolded.insert(it.next().captured().toCaseFolded());
        }
    }

    QSet<QString> m_allowed;
    QSet<QString> m_allowedFolded;
    QStringList m_problems;
};

} // namespace TokenDesk::I18nTest
