#pragma once

#include "ReminderSchedule.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

class QMessageBox;

namespace TokenDesk {

// Edits AppSettings (the clipboard clear delay, saving new tokens to the keychain, the language of the
// window, CLI and git helper from their next start) and the reminders:
// whether they run by themselves (ReminderSchedule: a systemd user timer, or an autostart entry where
// systemd is absent) and their thresholds (ReminderSettings). Everything is stored when the dialog is
// accepted, the schedule changed first; show it with open().
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    int clipboardClearSeconds() const;
    bool autoSaveToKeychain() const;
    // The language chosen: a code of shippedLanguages(), empty for the system's.
    QString languageOverride() const;
    bool remindersEnabled() const;
    // Empty when the thresholds are valid, else why not.
    QString thresholdsError() const;

    void accept() override;
    // Not while the reminder schedule is being changed: its outcome is shown here.
    void reject() override;

Q_SIGNALS:
    // Emitted after accepted values were stored.
    void settingsChanged();

private:
    void showSchedule(ReminderSchedule::Kind kind);
    void validateThresholds();
    void changeSchedule(ReminderSchedule::Kind kind);
    void scheduleChanged(const ReminderSchedule::Outcome& outcome);
    void offerAutostart(const QString& reason);
    void setBusy(bool busy);
    void store();

    const std::unique_ptr<::Ui::PreferencesDialog> m_ui;
    ReminderSchedule* const m_schedule;
    ReminderSchedule::Kind m_scheduled = ReminderSchedule::Kind::Off;
    QMessageBox* m_autostartQuestion = nullptr;
};

} // namespace TokenDesk
