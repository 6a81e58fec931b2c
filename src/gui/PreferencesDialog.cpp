#include "PreferencesDialog.h"
#include "AccessibleNames.h"
#include "ui_PreferencesDialog.h"

#include "AppSettings.h"
#include "ExpiryReminder.h"
#include "ReminderSettings.h"
#include "Translations.h"

#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

// "30, 7, 1, 0": the stored "30,7,1,0" as people write it.
QString thresholdsText(const QList<int>& thresholds)
{
    return ReminderThresholds::format(thresholds).replace(u","_s, u", "_s);
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::PreferencesDialog>()),
      m_schedule(new ReminderSchedule(ReminderSchedule::defaultProgram(), {}, this))
{
    m_ui->setupUi(this);
    m_ui->clipboardDelaySpinBox->setRange(AppSettings::MinClipboardClearSeconds,
                                          AppSettings::MaxClipboardClearSeconds);
    m_ui->clipboardDelaySpinBox->setValue(AppSettings::clipboardClearSeconds());
    m_ui->autoSaveToKeychainCheckBox->setChecked(AppSettings::autoSaveToKeychain());
    //: Unit after the number of seconds in a spin box
    m_ui->clipboardDelaySpinBox->setSuffix(tr(" s"));
    m_scheduled = m_schedule->kind();
    m_ui->remindCheckBox->setChecked(m_scheduled != ReminderSchedule::Kind::Off);
    showSchedule(m_scheduled);
    m_ui->remindDaysLineEdit->setText(thresholdsText(ReminderSettings().thresholds()));
    m_ui->remindDaysErrorLabel->hide();
    m_ui->languageComboBox->addItem(tr("System default"), QString());
    const QList<UiLanguage> languages = shippedLanguages();
    for (const UiLanguage& language : languages)
        m_ui->languageComboBox->addItem(language.nativeName, language.code);
    m_ui->languageComboBox->setCurrentIndex(
        std::max(0, m_ui->languageComboBox->findData(AppSettings::languageOverride())));

    m_ui->clipboardDelaySpinBox->setAccessibleName(withoutMnemonic(m_ui->clipboardDelayLabel->text()));
    m_ui->clipboardDelaySpinBox->setAccessibleDescription(m_ui->clipboardDelayHintLabel->text());
    m_ui->autoSaveToKeychainCheckBox->setAccessibleName(
        withoutMnemonic(m_ui->autoSaveToKeychainCheckBox->text()));
    m_ui->remindCheckBox->setAccessibleName(withoutMnemonic(m_ui->remindCheckBox->text()));
    m_ui->remindDaysLineEdit->setAccessibleName(withoutMnemonic(m_ui->remindDaysLabel->text()));
    m_ui->remindDaysLineEdit->setAccessibleDescription(m_ui->remindDaysHintLabel->text());
    m_ui->languageComboBox->setAccessibleName(withoutMnemonic(m_ui->languageLabel->text()));
    m_ui->languageComboBox->setAccessibleDescription(m_ui->languageHintLabel->text());
    const QList<QAbstractButton*> buttons = m_ui->buttonBox->buttons();
    for (QAbstractButton* button : buttons)
        button->setAccessibleName(withoutMnemonic(button->text()));
    if (QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok))
        ok->setObjectName(u"okButton"_s);
    if (QPushButton* cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel))
        cancel->setObjectName(u"cancelButton"_s);

    connect(m_ui->remindDaysLineEdit, &QLineEdit::textChanged, this, &PreferencesDialog::validateThresholds);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    // The wrapped hints take as many lines as their language needs at the dialog's width.
    resize(width(), std::max(height(), heightForWidth(width())));
}

PreferencesDialog::~PreferencesDialog() = default;

int PreferencesDialog::clipboardClearSeconds() const
{
    return m_ui->clipboardDelaySpinBox->value();
}

bool PreferencesDialog::autoSaveToKeychain() const
{
    return m_ui->autoSaveToKeychainCheckBox->isChecked();
}

QString PreferencesDialog::languageOverride() const
{
    return m_ui->languageComboBox->currentData().toString();
}

bool PreferencesDialog::remindersEnabled() const
{
    return m_ui->remindCheckBox->isChecked();
}

QString PreferencesDialog::thresholdsError() const
{
    QString error;
    if (!ReminderThresholds::parse(m_ui->remindDaysLineEdit->text(), &error))
        return error.isEmpty() ? tr("Enter whole numbers of days separated by commas.") : error;
    return {};
}

void PreferencesDialog::showSchedule(ReminderSchedule::Kind kind)
{
    QString text;
    switch (kind) {
    case ReminderSchedule::Kind::Timer:
        text = tr(
            "TokenDesk checks daily and at login, even when this window is closed (a systemd user timer).");
        break;
    case ReminderSchedule::Kind::Autostart:
        text = tr(
            "TokenDesk checks each time you log in, even when this window is closed (an autostart entry).");
        break;
    case ReminderSchedule::Kind::Off:
        text = tr("Desktop notifications when a token is about to expire, even when this window is closed.");
        break;
    }
    m_ui->remindStatusLabel->setText(text);
    m_ui->remindCheckBox->setAccessibleDescription(text);
}

void PreferencesDialog::validateThresholds()
{
    const QString error = thresholdsError();
    m_ui->remindDaysErrorLabel->setText(error);
    m_ui->remindDaysErrorLabel->setVisible(!error.isEmpty());
    m_ui->remindDaysLineEdit->setAccessibleDescription(error.isEmpty() ? m_ui->remindDaysHintLabel->text()
                                                                       : error);
    if (QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok))
        ok->setEnabled(error.isEmpty() && !m_schedule->isBusy());
}

void PreferencesDialog::accept()
{
    if (!thresholdsError().isEmpty() || m_schedule->isBusy()) {
        validateThresholds();
        m_ui->remindDaysLineEdit->setFocus();
        return;
    }
    const bool wanted = remindersEnabled();
    if (wanted == (m_scheduled != ReminderSchedule::Kind::Off))
        return store();
    changeSchedule(wanted ? ReminderSchedule::Kind::Timer : ReminderSchedule::Kind::Off);
}

void PreferencesDialog::reject()
{
    if (!m_schedule->isBusy())
        QDialog::reject();
}

void PreferencesDialog::changeSchedule(ReminderSchedule::Kind kind)
{
    setBusy(true);
    m_ui->remindStatusLabel->setText(kind == ReminderSchedule::Kind::Off ? tr("Turning reminders off…")
                                                                         : tr("Turning reminders on…"));
    m_schedule->enable(kind, [this](const ReminderSchedule::Outcome& outcome) { scheduleChanged(outcome); });
}

void PreferencesDialog::scheduleChanged(const ReminderSchedule::Outcome& outcome)
{
    setBusy(false);
    m_scheduled = m_schedule->kind();
    switch (outcome.status) {
    case ReminderSchedule::Outcome::Status::Done:
        showSchedule(m_scheduled);
        return store();
    case ReminderSchedule::Outcome::Status::SystemdAbsent:
        return offerAutostart(outcome.message);
    case ReminderSchedule::Outcome::Status::Failed:
        break;
    }
    m_ui->remindCheckBox->setChecked(m_scheduled != ReminderSchedule::Kind::Off);
    const QString text = tr("Could not change the reminders: %1").arg(outcome.message);
    m_ui->remindStatusLabel->setText(text);
    m_ui->remindCheckBox->setAccessibleDescription(text);
    m_ui->remindCheckBox->setFocus();
}

void PreferencesDialog::offerAutostart(const QString& reason)
{
    if (!m_autostartQuestion) {
        m_autostartQuestion =
            new QMessageBox(QMessageBox::Question, tr("Reminders"), {}, QMessageBox::NoButton, this);
        m_autostartQuestion->setObjectName(u"autostartQuestion"_s);
        m_autostartQuestion->setInformativeText(tr("Remind you each time you log in instead?"));
        QPushButton* use = m_autostartQuestion->addButton(tr("Use &Autostart"), QMessageBox::AcceptRole);
        use->setObjectName(u"useAutostartButton"_s);
        QPushButton* cancel = m_autostartQuestion->addButton(QMessageBox::Cancel);
        const QList<QAbstractButton*> buttons = {use, cancel};
        for (QAbstractButton* button : buttons)
            button->setAccessibleName(withoutMnemonic(button->text()));
        m_autostartQuestion->setDefaultButton(use);
        connect(m_autostartQuestion, &QMessageBox::finished, this, [this, use] {
            if (m_autostartQuestion->clickedButton() == use)
                return changeSchedule(ReminderSchedule::Kind::Autostart);
            m_ui->remindCheckBox->setChecked(false);
            m_ui->remindStatusLabel->setText(tr("Reminders stay off: they run by themselves only through a "
                                                "systemd timer or an autostart entry."));
            m_ui->remindCheckBox->setFocus();
        });
    }
    m_autostartQuestion->setText(reason);
    m_autostartQuestion->open();
}

void PreferencesDialog::setBusy(bool busy)
{
    m_ui->remindCheckBox->setEnabled(!busy);
    m_ui->buttonBox->setEnabled(!busy);
    if (!busy)
        validateThresholds();
}

void PreferencesDialog::store()
{
    AppSettings::setClipboardClearSeconds(clipboardClearSeconds());
    AppSettings::setAutoSaveToKeychain(autoSaveToKeychain());
    AppSettings::setLanguageOverride(languageOverride());
    if (const auto thresholds = ReminderThresholds::parse(m_ui->remindDaysLineEdit->text()))
        ReminderSettings().setThresholds(*thresholds);
    QDialog::accept();
    Q_EMIT settingsChanged();
}

} // namespace TokenDesk
