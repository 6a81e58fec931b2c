#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QIODevice;

namespace TokenDesk {

// The terminal tokendesk-cli may run on: reading a secret with the echo off, a progress line on
// standard error when it is a terminal, and Ctrl+C (SIGINT, or SIGTERM from a script) turned into
// interrupted() while a long read runs.
class Terminal : public QObject
{
    Q_OBJECT

public:
    explicit Terminal(QIODevice* err, QObject* parent = nullptr);
    ~Terminal() override;

    static bool isTerminal(QIODevice* device);
    // One line from a terminal, typed with the echo off; Ctrl+C while it is off restores the echo
    // before the program ends.
    static QByteArray readHiddenLine(QIODevice* in, qint64 maxSize);

    // From now on SIGINT and SIGTERM emit interrupted() (once, from the event loop) instead of ending
    // the program. A second one ends it at once, as it would without this.
    void catchInterrupt();
    // The signals end the program again.
    void releaseInterrupt();
    // A signal came, even if the event loop has not delivered interrupted() yet.
    bool interruptRequested() const;

    // Whether showProgress() shows anything: standard error is a terminal.
    bool showsProgress() const { return m_showsProgress; }
    // Replaces the progress line with text (nothing when standard error is not a terminal).
    void showProgress(const QString& text);
    // Wipes the progress line, so that what follows starts a fresh line.
    void clearProgress();

Q_SIGNALS:
    void interrupted();

private:
    void onSignal();

    QIODevice* m_err;
    bool m_showsProgress = false;
    bool m_progressShown = false;
    bool m_catching = false;
};

} // namespace TokenDesk
