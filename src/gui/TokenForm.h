#pragma once

#include "AccessToken.h"
#include "Resource.h"
#include "Validation.h"

#include <QList>
#include <QMap>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;

namespace Ui {
class TokenForm;
}

namespace TokenDesk {

class Clock;

// The "Add a personal access token" form, laid out as GitLab's. Checks the draft with Validation
// and emits createRequested only for a valid one; problems appear next to their field.
class TokenForm : public QWidget
{
    Q_OBJECT

public:
    explicit TokenForm(const Clock& clock, QWidget* parent = nullptr);
    ~TokenForm() override;

    void setMaxLifetimeDays(int days);
    int maxLifetimeDays() const;
    void setAdministrator(bool isAdministrator);
    bool isAdministrator() const;
    // A group's or project's token (with the field "Role", only the scopes a resource token may have,
    // and the user's role there as the highest) or, with nullopt, a personal one.
    void setResource(const std::optional<Resource>& resource);
    const std::optional<Resource>& resource() const { return m_resource; }

    // Clears fields and errors, sets the default date (from the clock's UTC date), selects no scope.
    void reset();
    // For "Create similar": the scopes this account cannot grant stay unselected.
    void prefill(const QString& name, const QString& description, const QStringList& scopes,
                 int accessLevel = 0);
    // The draft as entered (name and description trimmed; scopes in catalog order).
    TokenDraft draft() const;
    // Shows each error next to its field and moves the focus to the first one; replaces earlier
    // errors. Also ends a busy state, since the pending create has been answered.
    void showFieldErrors(const QList<FieldError>& errors);
    void clearFieldErrors();
    // Disables the inputs and buttons while a create is pending.
    void setBusy(bool busy);
    bool isBusy() const;
    void focusFirstField();

public Q_SLOTS:
    // Validates and, when the input is good, emits createRequested (as "Create personal access token" does).
    void submit();

Q_SIGNALS:
    void createRequested(const TokenDraft& draft);
    void cancelled();

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct ScopeRow
    {
        QString name;
        QString description;
        bool adminOnly = false;
        QCheckBox* checkBox = nullptr;
        QLabel* descriptionLabel = nullptr;
    };

    void buildScopeRows();
    void nameCalendarControls();
    void openCalendarPopup();
    void updateScopeAvailability();
    void updateTexts();
    void updateDateRange();
    void updateTabOrder();
    void setFieldError(Field field, const QString& message);
    QWidget* fieldWidget(Field field) const;
    QLabel* errorLabel(Field field) const;
    QString baseAccessibleDescription(Field field) const;

    const std::unique_ptr<::Ui::TokenForm> m_ui;
    const Clock& m_clock;
    QList<ScopeRow> m_scopes;
    int m_maxLifetimeDays = Validation::DefaultMaxLifetimeDays;
    bool m_administrator = false;
    bool m_busy = false;
    std::optional<Resource> m_resource;
    QDate m_rangeToday;
};

} // namespace TokenDesk
