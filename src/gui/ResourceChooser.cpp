#include "ResourceChooser.h"
#include "AccessibleNames.h"

#include "Logging.h"
#include "PlainText.h"
#include "TokenBackend.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace TokenDesk {

ResourceChooser::ResourceChooser(QWidget* parent)
    : QWidget(parent), m_label(new QLabel(tr("Tok&ens of"), this)), m_combo(new QComboBox(this)),
      m_showButton(new QPushButton(tr("Sho&w"), this)), m_loadingLabel(new QLabel(this))
{
    setObjectName(u"resourceChooser"_s);
    m_label->setObjectName(u"resourceLabel"_s);
    m_label->setBuddy(m_combo);
    m_combo->setObjectName(u"resourceComboBox"_s);
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setMinimumContentsLength(32);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMaxVisibleItems(20);
    m_combo->setAccessibleName(withoutMnemonic(m_label->text()));
    m_combo->setToolTip(tr("Type any part of a group's or project's path to find it."));
    m_combo->lineEdit()->setObjectName(u"resourceLineEdit"_s);
    m_combo->lineEdit()->setAccessibleName(withoutMnemonic(m_label->text()));
    m_combo->lineEdit()->setPlaceholderText(tr("Group or project path"));
    auto* completer = new QCompleter(m_combo->model(), m_combo);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(20);
    m_combo->setCompleter(completer);
    m_showButton->setObjectName(u"showResourceButton"_s);
    m_showButton->setAccessibleName(withoutMnemonic(m_showButton->text()));
    m_showButton->setAutoDefault(false);
    m_loadingLabel->setObjectName(u"resourceLoadingLabel"_s);
    m_loadingLabel->setTextFormat(Qt::PlainText);
    m_loadingLabel->hide();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_showButton);
    layout->addWidget(m_loadingLabel);
    layout->addStretch(1);

    connect(m_combo, &QComboBox::activated, this, [this](int index) { chooseEntry(entryAt(index)); });
    connect(m_showButton, &QPushButton::clicked, this, &ResourceChooser::showTyped);
    connect(m_combo->lineEdit(), &QLineEdit::returnPressed, this, &ResourceChooser::showTyped);
    reloadEntries();
    hide();
}

ResourceChooser::~ResourceChooser() = default;

void ResourceChooser::setSession(const AccountSession::Ptr& session)
{
    const quint64 generation = ++m_generation;
    m_session = session;
    m_resources.clear();
    m_choice = Choice::Personal;
    m_chosenEntry = PersonalEntry;
    m_loading = false;
    TokenBackend* backend = session ? session->backend() : nullptr;
    const bool offered = backend && backend->capabilities().resourceTokens;
    reloadEntries();
    setVisible(offered);
    if (!offered)
        return;
    m_loading = true;
    m_loadingLabel->setText(tr("Reading your groups and projects…"));
    m_loadingLabel->setAccessibleName(m_loadingLabel->text());
    m_loadingLabel->show();
    backend->resources(this, [this, generation](Result<QList<Resource>> answer) {
        if (generation != m_generation)
            return;
        m_loading = false;
        m_loadingLabel->hide();
        if (!answer) {
            qCWarning(lcGui) << "Could not read the groups and projects:" << answer.error().message;
            Q_EMIT loadFailed(tr("Could not read the groups and projects whose tokens you may manage."),
                              answer.error());
            Q_EMIT loadFinished();
            return;
        }
        m_resources = answer.value();
        reloadEntries();
        Q_EMIT loadFinished();
    });
}

std::optional<Resource> ResourceChooser::chosenResource() const
{
    if (m_choice != Choice::Resource || m_chosenEntry < 0 || m_chosenEntry >= m_resources.size())
        return std::nullopt;
    return m_resources.at(m_chosenEntry);
}

QString ResourceChooser::entryText(int entry) const
{
    if (entry == PersonalEntry)
        return tr("Personal");
    if (entry == OverviewEntry)
        return tr("All my resources");
    const Resource& resource = m_resources.at(entry);
    const QString path = PlainText::shown(resource.fullPath);
    return resource.kind == ResourceRef::Kind::Group ? tr("%1 (group)").arg(path)
                                                     : tr("%1 (project)").arg(path);
}

int ResourceChooser::entryAt(int index) const
{
    return index < 0 ? PersonalEntry : m_combo->itemData(index).toInt();
}

void ResourceChooser::reloadEntries()
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItem(entryText(PersonalEntry), PersonalEntry);
    m_combo->addItem(entryText(OverviewEntry), OverviewEntry);
    for (int entry = 0; entry < m_resources.size(); ++entry) {
        const int index = m_combo->count();
        m_combo->addItem(entryText(entry), entry);
        m_combo->setItemData(index, PlainText::toolTip(m_resources.at(entry).name), Qt::ToolTipRole);
    }
    showChoice();
}

void ResourceChooser::showChoice()
{
    const QSignalBlocker blocker(m_combo);
    const int index = m_combo->findData(m_chosenEntry);
    m_combo->setCurrentIndex(index < 0 ? 0 : index);
    m_combo->setEditText(m_combo->currentText());
}

void ResourceChooser::chooseEntry(int entry)
{
    if (entry >= m_resources.size())
        return;
    const bool same = entry == m_chosenEntry;
    m_chosenEntry = entry;
    showChoice();
    if (same)
        return;
    if (entry == PersonalEntry) {
        m_choice = Choice::Personal;
        Q_EMIT personalChosen();
    } else if (entry == OverviewEntry) {
        m_choice = Choice::Overview;
        Q_EMIT overviewChosen();
    } else {
        m_choice = Choice::Resource;
        Q_EMIT resourceChosen(m_resources.at(entry));
    }
}

void ResourceChooser::choosePersonal()
{
    chooseEntry(PersonalEntry);
}

void ResourceChooser::chooseOverview()
{
    chooseEntry(OverviewEntry);
}

void ResourceChooser::chooseResource(const Resource& resource)
{
    for (int entry = 0; entry < m_resources.size(); ++entry) {
        const Resource& known = m_resources.at(entry);
        if (known.kind == resource.kind && known.id == resource.id)
            return chooseEntry(entry);
    }
}

void ResourceChooser::showTyped()
{
    const QString typed = m_combo->currentText().trimmed();
    if (typed.isEmpty()) {
        showChoice();
        return;
    }
    QList<int> containing;
    for (int index = 0; index < m_combo->count(); ++index) {
        const int entry = entryAt(index);
        const QString text = m_combo->itemText(index);
        const bool isPath =
            entry >= 0 && m_resources.at(entry).fullPath.compare(typed, Qt::CaseInsensitive) == 0;
        if (text.compare(typed, Qt::CaseInsensitive) == 0 || isPath)
            return chooseEntry(entry);
        if (text.contains(typed, Qt::CaseInsensitive))
            containing << entry;
    }
    if (containing.size() == 1)
        return chooseEntry(containing.first());
    if (containing.isEmpty())
        Q_EMIT notice(tr("No group or project matches \"%1\".").arg(PlainText::shown(typed)));
    else
        Q_EMIT notice(tr("%n group(s) and project(s) match \"%1\": choose one from the list.", nullptr,
                         static_cast<int>(containing.size()))
                          .arg(PlainText::shown(typed)));
}

} // namespace TokenDesk
