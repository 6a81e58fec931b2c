#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace TokenDesk {

// Makes `tokendesk-cli remind --notify` run by itself: a systemd user timer (daily, catching up on missed
// days, and at login) or, where systemd is absent, an XDG autostart entry (at login). The files go where
// the user's systemd and desktop find them ($XDG_CONFIG_HOME, else ~/.config): systemd/user/ with the
// timer enabled as `systemctl --user enable` does (its link in timers.target.wants/), and autostart/.
// When the user's service manager is reachable it is reloaded and the timer started or stopped now;
// when not, the timer starts at the next login. One kind at a time: enabling one removes the other.
class ReminderSchedule : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        Off,
        Timer,
        Autostart
    };

    struct Outcome
    {
        enum class Status
        {
            Done,
            SystemdAbsent, // nothing changed; the autostart entry is the alternative
            Failed
        };
        Status status = Status::Done;
        // The schedule on disk afterwards.
        Kind kind = Kind::Off;
        // The user's service manager answered: the timer runs (or stopped) now, not at the next login.
        bool managerReached = false;
        // For people: what happened (Done), or what went wrong (Failed).
        QString message;
        bool ok() const { return status == Status::Done; }
    };
    using Done = std::function<void(const Outcome&)>;

    // program: the absolute path of tokendesk-cli; configHome: empty for defaultConfigHome().
    explicit ReminderSchedule(QString program, QString configHome = {}, QObject* parent = nullptr);
    ~ReminderSchedule() override;

    // $XDG_CONFIG_HOME, else ~/.config.
    static QString defaultConfigHome();
    // tokendesk-cli beside the running program, else the one on PATH; empty when there is none.
    static QString defaultProgram();
    // systemctl is on PATH (and TOKENDESK_NO_SYSTEMD, for tests, is not set).
    static bool systemdAvailable();

    QString program() const { return m_program; }
    QString unitDirectory() const;
    QString serviceFile() const;
    QString timerFile() const;
    // The link that enables the timer.
    QString wantsLink() const;
    QString autostartFile() const;

    // What is installed now, read from disk: the enabled timer first.
    Kind kind() const;

    // Installs and enables `kind` (Timer or Autostart); `done` comes later, from the event loop, with
    // this object as its context. Repeating it changes nothing more.
    void enable(Kind kind, Done done);
    // Stops and removes whichever is installed.
    void disable(Done done);
    bool isBusy() const;

private:
    bool begin(Done done);
    void enableTimer();
    void enableAutostart();
    void removeTimer(bool reload, std::function<void()> then);
    void runSystemctl(const QStringList& arguments, std::function<void(bool ok, const QString& error)> then);
    void finish(Outcome outcome);
    void fail(const QString& message);
    QString programProblem() const;

    const QString m_program;
    const QString m_configHome;
    Done m_done;
    bool m_busy = false;
    bool m_reached = false;
};

} // namespace TokenDesk
