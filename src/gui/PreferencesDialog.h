#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace TokenDesk {

// Edits AppSettings: the clipboard clear delay and saving new tokens to the keychain.
// The values are stored when the dialog is accepted; show it with open().
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    int clipboardClearSeconds() const;
    bool autoSaveToKeychain() const;

    void accept() override;

Q_SIGNALS:
    // Emitted after accepted values were stored.
    void settingsChanged();

private:
    const std::unique_ptr<::Ui::PreferencesDialog> m_ui;
};

} // namespace TokenDesk
