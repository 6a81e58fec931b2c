#include "TokenForm.h"
#include "AccessibleNames.h"
#include "ui_TokenForm.h"

#include "Clock.h"
#include "ScopeCatalog.h"
#include "TimeText.h"

#include <QAccessible>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPalette>
#include <QScrollArea>
#include <QShortcut>
#include <QStyle>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

void styleAsError(QLabel* label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc9, 0x1c, 0x00));
    label->setPalette(palette);
    label->hide();
}

const Field FormOrder[] = {Field::Name,        Field::Description, Field::ExpiresAt,
                           Field::AccessLevel, Field::Scopes,      Field::General};

} // namespace

TokenForm::TokenForm(const Clock& clock, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<::Ui::TokenForm>()), m_clock(clock)
{
    m_ui->setupUi(this);

    QFont headingFont = m_ui->headingLabel->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_ui->headingLabel->setFont(headingFont);

    for (QLabel* label : {m_ui->generalErrorLabel, m_ui->nameErrorLabel, m_ui->descriptionErrorLabel,
                          m_ui->expiresErrorLabel, m_ui->roleErrorLabel, m_ui->scopesErrorLabel})
        styleAsError(label);

    // In the user's locale, year in full (ISO in the C locale).
    m_ui->expiresDateEdit->setDisplayFormat(TimeText::dateFormat());
    const QString expiryHint = tr("The token expires at 00:00 UTC on this date.");
    m_ui->expiresHintLabel->setText(expiryHint);
    m_ui->expiresDateEdit->setToolTip(expiryHint + u'\n' + tr("Alt+Down opens a calendar."));

    nameCalendarControls();
    m_ui->expiresDateEdit->installEventFilter(this);

    for (int level : AccessLevels::all())
        m_ui->roleComboBox->addItem(AccessLevels::label(level), level);
    m_ui->roleLabel->hide();
    m_ui->roleComboBox->hide();

    for (QLabel* label : {m_ui->nameLabel, m_ui->descriptionLabel, m_ui->expiresLabel, m_ui->roleLabel})
        label->buddy()->setAccessibleName(withoutMnemonic(label->text()));
    m_ui->expiresDateEdit->setAccessibleDescription(baseAccessibleDescription(Field::ExpiresAt));
    m_ui->scopesGroupBox->setAccessibleName(withoutMnemonic(m_ui->scopesGroupBox->title()));
    m_ui->createButton->setAccessibleName(withoutMnemonic(m_ui->createButton->text()));
    m_ui->cancelButton->setAccessibleName(withoutMnemonic(m_ui->cancelButton->text()));

    buildScopeRows();
    updateTexts();
    updateScopeAvailability();
    updateTabOrder();

    connect(m_ui->createButton, &QPushButton::clicked, this, &TokenForm::submit);
    connect(m_ui->nameLineEdit, &QLineEdit::returnPressed, this, &TokenForm::submit);
    connect(m_ui->descriptionLineEdit, &QLineEdit::returnPressed, this, &TokenForm::submit);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &TokenForm::cancelled);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        if (!m_busy)
            Q_EMIT cancelled();
    });

    connect(m_ui->nameLineEdit, &QLineEdit::textEdited, this, [this] { setFieldError(Field::Name, {}); });
    connect(m_ui->descriptionLineEdit, &QLineEdit::textEdited, this,
            [this] { setFieldError(Field::Description, {}); });
    connect(m_ui->expiresDateEdit, &QDateEdit::userDateChanged, this,
            [this] { setFieldError(Field::ExpiresAt, {}); });
    connect(m_ui->roleComboBox, &QComboBox::activated, this,
            [this] { setFieldError(Field::AccessLevel, {}); });

    reset();
}

TokenForm::~TokenForm() = default;

// Qt offers the date popup to the mouse only; Alt+Down and F4 open it from the keyboard, as in a combo box.
bool TokenForm::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->expiresDateEdit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool opensPopup =
            key->key() == Qt::Key_F4 || (key->key() == Qt::Key_Down && key->modifiers() == Qt::AltModifier);
        if (opensPopup && m_ui->expiresDateEdit->isEnabled()) {
            openCalendarPopup();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TokenForm::openCalendarPopup()
{
    QDateEdit* edit = m_ui->expiresDateEdit;
    // The popup opens where the drop-down arrow is pressed; press it for the user.
    const QPoint arrow(edit->isRightToLeft() ? 4 : edit->width() - 4, edit->height() / 2);
    const QPointF global = edit->mapToGlobal(QPointF(arrow));
    QMouseEvent press(QEvent::MouseButtonPress, QPointF(arrow), global, Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(edit, &press);
    QMouseEvent release(QEvent::MouseButtonRelease, QPointF(arrow), global, Qt::LeftButton, Qt::NoButton,
                        Qt::NoModifier);
    QCoreApplication::sendEvent(edit, &release);
    if (QCalendarWidget* calendar = edit->calendarWidget(); calendar != nullptr && calendar->isVisible())
        calendar->setFocus(Qt::PopupFocusReason);
}

// Qt leaves the month arrows and the day grid of the date popup without accessible names.
void TokenForm::nameCalendarControls()
{
    QCalendarWidget* calendar = m_ui->expiresDateEdit->calendarWidget();
    if (calendar == nullptr)
        return;
    const std::pair<const char*, QString> names[] = {
        {"qt_calendar_prevmonth", tr("Previous month")},
        {"qt_calendar_nextmonth", tr("Next month")},
        {"qt_calendar_yearedit", tr("Year")},
        {"qt_calendar_calendarview", withoutMnemonic(m_ui->expiresLabel->text())},
    };
    for (const auto& [objectName, name] : names) {
        if (auto* widget = calendar->findChild<QWidget*>(QLatin1String(objectName))) {
            widget->setAccessibleName(name);
            if (qobject_cast<QAbstractButton*>(widget) != nullptr)
                widget->setToolTip(name);
        }
    }
}

void TokenForm::buildScopeRows()
{
    const QList<ScopeInfo> catalog = ScopeCatalog::all();
    for (const ScopeInfo& info : catalog) {
        ScopeRow row;
        row.name = info.name;
        row.description = info.description;
        row.adminOnly = info.adminOnly;

        row.checkBox = new QCheckBox(info.name, m_ui->scopesGroupBox);
        row.checkBox->setObjectName(u"scopeCheckBox_"_s + info.name);
        row.checkBox->setAccessibleName(info.name);
        m_ui->scopesListLayout->addWidget(row.checkBox, 0, Qt::AlignLeft);

        row.descriptionLabel = new QLabel(m_ui->scopesGroupBox);
        row.descriptionLabel->setObjectName(u"scopeDescriptionLabel_"_s + info.name);
        row.descriptionLabel->setTextFormat(Qt::PlainText);
        row.descriptionLabel->setWordWrap(true);
        const int indent = row.checkBox->style()->pixelMetric(QStyle::PM_IndicatorWidth) +
                           row.checkBox->style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing);
        row.descriptionLabel->setIndent(indent);
        m_ui->scopesListLayout->addWidget(row.descriptionLabel);
        m_ui->scopesListLayout->addSpacing(6);

        connect(row.checkBox, &QCheckBox::toggled, this, [this] { setFieldError(Field::Scopes, {}); });
        m_scopes << row;
    }
}

void TokenForm::updateScopeAvailability()
{
    const QString adminOnlyNote = tr("Only administrators can grant this scope.");
    for (const ScopeRow& row : std::as_const(m_scopes)) {
        // Group and project tokens never take the personal-only scopes: they are not offered at all.
        const bool offered = !m_resource || ScopeCatalog::isResourceScope(row.name);
        row.checkBox->setVisible(offered);
        row.descriptionLabel->setVisible(offered);
        if (!offered) {
            row.checkBox->setChecked(false);
            continue;
        }
        const bool grantable = !row.adminOnly || m_administrator;
        QString description = row.description;
        if (!grantable)
            description += u' ' + adminOnlyNote;
        row.descriptionLabel->setText(description);
        row.checkBox->setToolTip(description);
        row.checkBox->setAccessibleDescription(description);
        if (!grantable)
            row.checkBox->setChecked(false);
        row.checkBox->setEnabled(grantable && !m_busy);
        row.descriptionLabel->setEnabled(grantable);
    }
}

void TokenForm::updateTabOrder()
{
    QList<QWidget*> order{m_ui->nameLineEdit, m_ui->descriptionLineEdit, m_ui->expiresDateEdit,
                          m_ui->roleComboBox};
    for (const ScopeRow& row : std::as_const(m_scopes))
        order << row.checkBox;
    order << m_ui->createButton << m_ui->cancelButton;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void TokenForm::updateDateRange()
{
    const QDate today = m_clock.todayUtc();
    m_rangeToday = today;
    m_ui->expiresDateEdit->setDateRange(Validation::earliestExpiry(today),
                                        Validation::latestExpiry(today, m_maxLifetimeDays));
}

void TokenForm::setMaxLifetimeDays(int days)
{
    m_maxLifetimeDays = std::max(1, days);
    updateDateRange();
    m_ui->expiresDateEdit->setDate(Validation::defaultExpiry(m_rangeToday, m_maxLifetimeDays));
}

int TokenForm::maxLifetimeDays() const
{
    return m_maxLifetimeDays;
}

void TokenForm::setAdministrator(bool isAdministrator)
{
    m_administrator = isAdministrator;
    updateScopeAvailability();
}

bool TokenForm::isAdministrator() const
{
    return m_administrator;
}

void TokenForm::setResource(const std::optional<Resource>& resource)
{
    m_resource = resource;
    const bool forResource = m_resource.has_value();
    m_ui->roleLabel->setVisible(forResource);
    m_ui->roleComboBox->setVisible(forResource);
    setFieldError(Field::AccessLevel, {});
    m_ui->roleComboBox->setCurrentIndex(m_ui->roleComboBox->findData(AccessLevels::DefaultForToken));
    updateTexts();
    updateScopeAvailability();
}

void TokenForm::updateTexts()
{
    QString heading = tr("Add a personal access token");
    QString create = tr("&Create personal access token");
    if (m_resource && m_resource->kind == ResourceRef::Kind::Group) {
        heading = tr("Add a group access token");
        create = tr("&Create group access token");
    } else if (m_resource) {
        heading = tr("Add a project access token");
        create = tr("&Create project access token");
    }
    setWindowTitle(heading);
    m_ui->headingLabel->setText(heading);
    m_ui->createButton->setText(create);
    m_ui->createButton->setAccessibleName(withoutMnemonic(create));
    QString roleHint = tr("The token acts as a bot member of the group or project with this role.");
    if (m_resource && m_resource->accessLevel > 0)
        roleHint = tr("The token acts as a bot member with this role; your own role there is %1.")
                       .arg(AccessLevels::label(m_resource->accessLevel));
    m_ui->roleComboBox->setAccessibleDescription(roleHint);
    m_ui->roleComboBox->setToolTip(roleHint);
}

void TokenForm::reset()
{
    clearFieldErrors();
    m_ui->nameLineEdit->clear();
    m_ui->descriptionLineEdit->clear();
    for (const ScopeRow& row : std::as_const(m_scopes))
        row.checkBox->setChecked(false);
    m_ui->roleComboBox->setCurrentIndex(m_ui->roleComboBox->findData(AccessLevels::DefaultForToken));
    updateDateRange();
    m_ui->expiresDateEdit->setDate(Validation::defaultExpiry(m_rangeToday, m_maxLifetimeDays));
    clearFieldErrors();
}

void TokenForm::prefill(const QString& name, const QString& description, const QStringList& scopes,
                        int accessLevel)
{
    reset();
    if (const int role = m_ui->roleComboBox->findData(accessLevel); role >= 0 && m_resource)
        m_ui->roleComboBox->setCurrentIndex(role);
    m_ui->nameLineEdit->setText(name);
    m_ui->descriptionLineEdit->setText(description);
    for (const ScopeRow& row : std::as_const(m_scopes)) {
        if (scopes.contains(row.name) && row.checkBox->isEnabled() && !row.checkBox->isHidden())
            row.checkBox->setChecked(true);
    }
}

TokenDraft TokenForm::draft() const
{
    TokenDraft result;
    result.name = m_ui->nameLineEdit->text().trimmed();
    result.description = m_ui->descriptionLineEdit->text().trimmed();
    result.expiresAt = m_ui->expiresDateEdit->date();
    for (const ScopeRow& row : m_scopes) {
        if (row.checkBox->isChecked())
            result.scopes << row.name;
    }
    if (m_resource)
        result.accessLevel = m_ui->roleComboBox->currentData().toInt();
    return result;
}

void TokenForm::submit()
{
    if (m_busy)
        return;
    const TokenDraft current = draft();
    const QList<FieldError> errors =
        m_resource ? Validation::validateForResource(current, m_clock.todayUtc(), m_resource->accessLevel,
                                                     m_maxLifetimeDays)
                   : Validation::validate(current, m_clock.todayUtc(), m_maxLifetimeDays);
    if (!errors.isEmpty()) {
        showFieldErrors(errors);
        if (m_rangeToday != m_clock.todayUtc()) {
            const QString expiryMessage = m_ui->expiresErrorLabel->text();
            updateDateRange();
            setFieldError(Field::ExpiresAt, expiryMessage);
        }
        return;
    }
    clearFieldErrors();
    Q_EMIT createRequested(current);
}

QWidget* TokenForm::fieldWidget(Field field) const
{
    switch (field) {
    case Field::Name:
        return m_ui->nameLineEdit;
    case Field::Description:
        return m_ui->descriptionLineEdit;
    case Field::ExpiresAt:
        return m_ui->expiresDateEdit;
    case Field::Scopes:
        return m_ui->scopesGroupBox;
    case Field::AccessLevel:
        return m_ui->roleComboBox;
    case Field::General:
        break;
    }
    return nullptr;
}

QLabel* TokenForm::errorLabel(Field field) const
{
    switch (field) {
    case Field::Name:
        return m_ui->nameErrorLabel;
    case Field::Description:
        return m_ui->descriptionErrorLabel;
    case Field::ExpiresAt:
        return m_ui->expiresErrorLabel;
    case Field::Scopes:
        return m_ui->scopesErrorLabel;
    case Field::AccessLevel:
        return m_ui->roleErrorLabel;
    case Field::General:
        break;
    }
    return m_ui->generalErrorLabel;
}

QString TokenForm::baseAccessibleDescription(Field field) const
{
    return field == Field::ExpiresAt ? m_ui->expiresHintLabel->text() : QString();
}

void TokenForm::setFieldError(Field field, const QString& message)
{
    QLabel* label = errorLabel(field);
    if (message.isEmpty() && label->isHidden() && label->text().isEmpty())
        return;
    label->setText(message);
    label->setVisible(!message.isEmpty());
    if (QWidget* widget = fieldWidget(field))
        widget->setAccessibleDescription(message.isEmpty() ? baseAccessibleDescription(field) : message);
    if (!message.isEmpty() && label->isVisible()) {
        QAccessibleEvent alert(label, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void TokenForm::clearFieldErrors()
{
    for (Field field : FormOrder)
        setFieldError(field, {});
}

void TokenForm::showFieldErrors(const QList<FieldError>& errors)
{
    setBusy(false);
    clearFieldErrors();
    QMap<Field, QString> messages;
    for (const FieldError& error : errors) {
        QString& message = messages[error.field];
        message = message.isEmpty() ? error.message : message + u'\n' + error.message;
    }
    QWidget* firstBad = nullptr;
    for (Field field : FormOrder) {
        if (!messages.contains(field))
            continue;
        setFieldError(field, messages.value(field));
        if (firstBad != nullptr)
            continue;
        if (field == Field::Scopes) {
            const auto enabled = std::find_if(m_scopes.cbegin(), m_scopes.cend(), [](const ScopeRow& row) {
                return row.checkBox->isEnabled() && !row.checkBox->isHidden();
            });
            if (enabled != m_scopes.cend())
                firstBad = enabled->checkBox;
        } else {
            firstBad = fieldWidget(field);
        }
    }
    if (firstBad == nullptr)
        return;
    firstBad->setFocus(Qt::OtherFocusReason);
    for (QWidget* ancestor = parentWidget(); ancestor != nullptr; ancestor = ancestor->parentWidget()) {
        if (auto* scrollArea = qobject_cast<QScrollArea*>(ancestor)) {
            scrollArea->ensureWidgetVisible(firstBad);
            break;
        }
    }
}

void TokenForm::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_ui->nameLineEdit, m_ui->descriptionLineEdit, m_ui->expiresDateEdit,
                                         m_ui->roleComboBox, m_ui->createButton, m_ui->cancelButton})
        widget->setEnabled(!busy);
    updateScopeAvailability();
}

bool TokenForm::isBusy() const
{
    return m_busy;
}

void TokenForm::focusFirstField()
{
    m_ui->nameLineEdit->setFocus(Qt::OtherFocusReason);
}

void TokenForm::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_rangeToday != m_clock.todayUtc() && !m_busy) {
        const QDate chosen = m_ui->expiresDateEdit->date();
        updateDateRange();
        m_ui->expiresDateEdit->setDate(chosen);
    }
}

} // namespace TokenDesk
