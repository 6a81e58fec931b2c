#include "PreferencesDialog.h"
#include "AccessibleNames.h"
#include "ui_PreferencesDialog.h"

#include "AppSettings.h"

#include <QPushButton>

namespace TokenDesk {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    m_ui->clipboardDelaySpinBox->setRange(AppSettings::MinClipboardClearSeconds,
                                          AppSettings::MaxClipboardClearSeconds);
    m_ui->clipboardDelaySpinBox->setValue(AppSettings::clipboardClearSeconds());
    m_ui->autoSaveToKeychainCheckBox->setChecked(AppSettings::autoSaveToKeychain());
    //: Unit after the number of seconds in a spin box
    m_ui->clipboardDelaySpinBox->setSuffix(tr(" s"));

    m_ui->clipboardDelaySpinBox->setAccessibleName(withoutMnemonic(m_ui->clipboardDelayLabel->text()));
    m_ui->clipboardDelaySpinBox->setAccessibleDescription(m_ui->clipboardDelayHintLabel->text());
    m_ui->autoSaveToKeychainCheckBox->setAccessibleName(
        withoutMnemonic(m_ui->autoSaveToKeychainCheckBox->text()));
    const QList<QAbstractButton*> buttons = m_ui->buttonBox->buttons();
    for (QAbstractButton* button : buttons)
        button->setAccessibleName(withoutMnemonic(button->text()));
    if (QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok))
        ok->setObjectName(QStringLiteral("okButton"));
    if (QPushButton* cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel))
        cancel->setObjectName(QStringLiteral("cancelButton"));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
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

void PreferencesDialog::accept()
{
    AppSettings::setClipboardClearSeconds(clipboardClearSeconds());
    AppSettings::setAutoSaveToKeychain(autoSaveToKeychain());
    QDialog::accept();
    Q_EMIT settingsChanged();
}

} // namespace TokenDesk
