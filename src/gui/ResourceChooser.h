#pragma once

#include "AccountSession.h"
#include "Resource.h"

#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace TokenDesk {

// "Tokens of": whose access tokens the window shows, for the account shown: Personal, "All my
// resources" (the overview), or one of the groups and projects whose tokens the user may manage
// (TokenBackend::resources()). A user may maintain hundreds, so the choice is an editable combo box:
// typing filters the list (any part of the path), Return or "Show" picks what was typed. Hidden for a
// backend without group and project access tokens.
class ResourceChooser : public QWidget
{
    Q_OBJECT

public:
    enum class Choice
    {
        Personal,
        Resource,
        Overview
    };

    explicit ResourceChooser(QWidget* parent = nullptr);
    ~ResourceChooser() override;

    // Another account: back to Personal, and its groups and projects are read (when its backend has any).
    void setSession(const AccountSession::Ptr& session);
    Choice choice() const { return m_choice; }
    // The group or project chosen (Choice::Resource).
    std::optional<Resource> chosenResource() const;
    // The groups and projects read so far for the account.
    const QList<Resource>& resources() const { return m_resources; }
    bool isLoading() const { return m_loading; }
    QComboBox* comboBox() const { return m_combo; }
    QPushButton* showButton() const { return m_showButton; }
    QLabel* label() const { return m_label; }

public Q_SLOTS:
    void choosePersonal();
    void chooseOverview();
    // A group or project of resources() (same kind and id).
    void chooseResource(const TokenDesk::Resource& resource);
    // Picks what was typed: an entry's text, or the only entry containing it.
    void showTyped();

Q_SIGNALS:
    void personalChosen();
    void overviewChosen();
    void resourceChosen(const TokenDesk::Resource& resource);
    // Something to tell in the status bar (nothing matched what was typed, and so on).
    void notice(const QString& text);
    // The groups and projects could not be read.
    void loadFailed(const QString& what, const TokenDesk::BackendError& error);
    // Reading the groups and projects ended (read, or loadFailed).
    void loadFinished();

private:
    static constexpr int PersonalEntry = -1;
    static constexpr int OverviewEntry = -2;

    void reloadEntries();
    void showChoice();
    void chooseEntry(int entry);
    int entryAt(int index) const;
    QString entryText(int entry) const;

    QLabel* m_label;
    QComboBox* m_combo;
    QPushButton* m_showButton;
    QLabel* m_loadingLabel;
    AccountSession::Ptr m_session;
    QList<Resource> m_resources;
    Choice m_choice = Choice::Personal;
    int m_chosenEntry = PersonalEntry;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace TokenDesk
