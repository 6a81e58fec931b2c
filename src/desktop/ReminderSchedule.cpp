#include "ReminderSchedule.h"

#include "ReminderUnits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSchedule, "tokendesk.schedule", QtInfoMsg)

namespace TokenDesk {

namespace {

constexpr int SystemctlTimeoutMs = 30000;

QString systemctlProgram()
{
    if (qEnvironmentVariableIsSet("TOKENDESK_NO_SYSTEMD"))
        return {};
    return QStandardPaths::findExecutable(u"systemctl"_s);
}

bool exists(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

// Writes a whole file or nothing (readable by the user only: it names where TokenDesk is installed).
bool writeFile(const QString& path, const QString& text, QString* error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = ReminderSchedule::tr("could not create the folder %1").arg(QFileInfo(path).absolutePath());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        *error = ReminderSchedule::tr("could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

bool removeFile(const QString& path, QString* error)
{
    if (!exists(path) || QFile::remove(path))
        return true;
    *error = ReminderSchedule::tr("could not remove %1").arg(path);
    return false;
}

} // namespace

ReminderSchedule::ReminderSchedule(QString program, QString configHome, QObject* parent)
    : QObject(parent), m_program(std::move(program)),
      m_configHome(configHome.isEmpty() ? defaultConfigHome() : std::move(configHome))
{}

ReminderSchedule::~ReminderSchedule() = default;

QString ReminderSchedule::defaultConfigHome()
{
    const QString xdg = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (!xdg.isEmpty() && QDir::isAbsolutePath(xdg))
        return xdg;
    return QDir::home().filePath(u".config"_s);
}

QString ReminderSchedule::defaultProgram()
{
    const QFileInfo beside(QDir(QCoreApplication::applicationDirPath()).filePath(u"tokendesk-cli"_s));
    if (beside.isFile() && beside.isExecutable())
        return beside.absoluteFilePath();
    return QStandardPaths::findExecutable(u"tokendesk-cli"_s);
}

bool ReminderSchedule::systemdAvailable()
{
    return !systemctlProgram().isEmpty();
}

QString ReminderSchedule::unitDirectory() const
{
    return QDir(m_configHome).filePath(u"systemd/user"_s);
}

QString ReminderSchedule::serviceFile() const
{
    return QDir(unitDirectory()).filePath(ReminderUnits::serviceName());
}

QString ReminderSchedule::timerFile() const
{
    return QDir(unitDirectory()).filePath(ReminderUnits::timerName());
}

QString ReminderSchedule::wantsLink() const
{
    return QDir(unitDirectory()).filePath(u"timers.target.wants/"_s + ReminderUnits::timerName());
}

QString ReminderSchedule::autostartFile() const
{
    return QDir(m_configHome).filePath(u"autostart/"_s + ReminderUnits::autostartName());
}

ReminderSchedule::Kind ReminderSchedule::kind() const
{
    if (QFileInfo(wantsLink()).isSymLink() && QFileInfo::exists(timerFile()) &&
        QFileInfo::exists(serviceFile()))
        return Kind::Timer;
    if (QFileInfo::exists(autostartFile()))
        return Kind::Autostart;
    return Kind::Off;
}

bool ReminderSchedule::isBusy() const
{
    return m_busy;
}

QString ReminderSchedule::programProblem() const
{
    if (m_program.isEmpty())
        return tr("tokendesk-cli was found neither beside TokenDesk nor on PATH");
    const QFileInfo info(m_program);
    if (!info.isAbsolute() || !info.isFile() || !info.isExecutable())
        return tr("%1 is not a program that can run").arg(m_program);
    for (const QChar c : m_program) {
        if (c.category() == QChar::Other_Control)
            return tr("the path of tokendesk-cli holds a control character");
    }
    return {};
}

void ReminderSchedule::enable(Kind kind, Done done)
{
    if (kind == Kind::Off)
        return disable(std::move(done));
    if (!begin(std::move(done)))
        return;
    // Asynchronous even when nothing needs a process, so callers see one behaviour.
    QTimer::singleShot(0, this, [this, kind] { kind == Kind::Timer ? enableTimer() : enableAutostart(); });
}

void ReminderSchedule::enableTimer()
{
    if (!systemdAvailable()) {
        Outcome absent;
        absent.status = Outcome::Status::SystemdAbsent;
        absent.kind = kind();
        absent.message = tr("systemd is not available here (no systemctl), so no timer can be installed. "
                            "An autostart entry can remind you at each login instead.");
        return finish(absent);
    }
    QString problem = programProblem();
    if (problem.isEmpty())
        problem = ReminderUnits::systemdRefuses(m_program);
    if (!problem.isEmpty())
        return fail(problem);

    QString error;
    if (!writeFile(serviceFile(), ReminderUnits::service(m_program), &error) ||
        !writeFile(timerFile(), ReminderUnits::timer(), &error))
        return fail(error);
    // Enabled as `systemctl --user enable` does it, which needs no running service manager.
    const QFileInfo link(wantsLink());
    if (link.isSymLink() && link.symLinkTarget() != QFileInfo(timerFile()).absoluteFilePath())
        QFile::remove(wantsLink());
    if (!QFileInfo(wantsLink()).isSymLink()) {
        if (!QDir().mkpath(link.absolutePath()) || !QFile::link(timerFile(), wantsLink()))
            return fail(tr("could not enable the timer: could not create %1").arg(wantsLink()));
    }
    if (!removeFile(autostartFile(), &error))
        return fail(error);
    qCDebug(lcSchedule) << "installed" << timerFile();

    runSystemctl({u"daemon-reload"_s}, [this](bool reloaded, const QString& reloadError) {
        Outcome outcome;
        outcome.kind = Kind::Timer;
        if (!reloaded) {
            outcome.message = tr("Reminders are on: a systemd user timer (%1) will check daily and at "
                                 "login, starting at your next login (the systemd user manager could not "
                                 "be reached now: %2).")
                                  .arg(timerFile(), reloadError);
            return finish(outcome);
        }
        runSystemctl({u"start"_s, ReminderUnits::timerName()}, [this,
                                                                outcome](bool started,
                                                                         const QString& startError) mutable {
            if (!started)
                return fail(tr("the timer is installed but systemd could not start it: %1").arg(startError));
            outcome.managerReached = true;
            outcome.message =
                tr("Reminders are on: a systemd user timer (%1) checks daily and at login.").arg(timerFile());
            finish(outcome);
        });
    });
}

void ReminderSchedule::enableAutostart()
{
    if (const QString problem = programProblem(); !problem.isEmpty())
        return fail(problem);
    QString error;
    if (!writeFile(autostartFile(), ReminderUnits::autostartEntry(m_program), &error))
        return fail(error);
    qCDebug(lcSchedule) << "installed" << autostartFile();
    removeTimer(systemdAvailable(), [this] {
        Outcome outcome;
        outcome.kind = Kind::Autostart;
        outcome.managerReached = m_reached;
        outcome.message = tr("Reminders are on: TokenDesk checks at each login (%1).").arg(autostartFile());
        finish(outcome);
    });
}

void ReminderSchedule::disable(Done done)
{
    if (!begin(std::move(done)))
        return;
    QTimer::singleShot(0, this, [this] {
        const bool wasOn = kind() != Kind::Off || exists(timerFile()) || exists(serviceFile());
        QString error;
        if (!removeFile(autostartFile(), &error))
            return fail(error);
        removeTimer(systemdAvailable(), [this, wasOn] {
            Outcome outcome;
            outcome.kind = Kind::Off;
            outcome.managerReached = m_reached;
            outcome.message = wasOn ? tr("Reminders are off.") : tr("Reminders were already off.");
            finish(outcome);
        });
    });
}

// Stops the timer (when a service manager answers), then removes the link and the units.
void ReminderSchedule::removeTimer(bool useSystemctl, std::function<void()> then)
{
    const bool installed = exists(wantsLink()) || exists(timerFile()) || exists(serviceFile());
    const auto remove = [this, then](bool reload) {
        QString error;
        if (!removeFile(wantsLink(), &error) || !removeFile(timerFile(), &error) ||
            !removeFile(serviceFile(), &error))
            return fail(error);
        QDir(unitDirectory()).rmdir(u"timers.target.wants"_s);
        qCDebug(lcSchedule) << "removed" << timerFile();
        if (!reload)
            return then();
        runSystemctl({u"daemon-reload"_s}, [this, then](bool reloaded, const QString&) {
            m_reached = reloaded;
            then();
        });
    };
    if (!installed)
        return then();
    if (!useSystemctl)
        return remove(false);
    runSystemctl({u"stop"_s, ReminderUnits::timerName()}, [remove](bool, const QString&) { remove(true); });
}

void ReminderSchedule::runSystemctl(const QStringList& arguments,
                                    std::function<void(bool ok, const QString& error)> then)
{
    auto* process = new QProcess(this);
    process->setProgram(systemctlProgram());
    process->setArguments(QStringList{u"--user"_s} + arguments);
    process->setStandardInputFile(QProcess::nullDevice());
    auto* timeout = new QTimer(process);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, process, &QProcess::kill);
    const auto done = [process, then](bool ok, const QString& error) {
        process->disconnect();
        process->deleteLater();
        then(ok, error);
    };
    connect(process, &QProcess::errorOccurred, this, [process, done](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            done(false, process->errorString());
    });
    connect(process, &QProcess::finished, this, [process, done](int exitCode, QProcess::ExitStatus status) {
        if (status == QProcess::NormalExit && exitCode == 0)
            return done(true, {});
        QString message = QString::fromLocal8Bit(process->readAllStandardError()).trimmed();
        message = message.section(u'\n', 0, 0);
        if (status != QProcess::NormalExit)
            message = tr("systemctl did not answer");
        else if (message.isEmpty())
            message = tr("systemctl ended with code %1").arg(exitCode);
        done(false, message);
    });
    qCDebug(lcSchedule) << "systemctl --user" << arguments;
    timeout->start(SystemctlTimeoutMs);
    process->start();
}

bool ReminderSchedule::begin(Done done)
{
    if (m_busy) {
        Outcome busy;
        busy.status = Outcome::Status::Failed;
        busy.kind = kind();
        busy.message = tr("the reminder schedule is already being changed");
        QTimer::singleShot(0, this, [done = std::move(done), busy] { done(busy); });
        return false;
    }
    m_busy = true;
    m_done = std::move(done);
    m_reached = false;
    return true;
}

void ReminderSchedule::finish(Outcome outcome)
{
    m_busy = false;
    if (Done done = std::exchange(m_done, {}))
        done(outcome);
}

void ReminderSchedule::fail(const QString& message)
{
    Outcome outcome;
    outcome.status = Outcome::Status::Failed;
    outcome.kind = kind();
    outcome.message = message;
    finish(outcome);
}

} // namespace TokenDesk
