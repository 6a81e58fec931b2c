#include "DueTokensMenu.h"

#include "PlainText.h"

#include <QAction>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace TokenDesk {

DueTokensMenu::DueTokensMenu(QObject* parent)
    : QObject(parent), m_menu(std::make_unique<QMenu>()),
      m_showAction(new QAction(tr("&Show TokenDesk"), this)), m_quitAction(new QAction(tr("&Quit"), this))
{
    m_menu->setObjectName(u"dueTokensMenu"_s);
    m_menu->setTitle(tr("TokenDesk"));
    m_showAction->setObjectName(u"showWindowAction"_s);
    m_quitAction->setObjectName(u"quitTrayAction"_s);
    connect(m_showAction, &QAction::triggered, this, &DueTokensMenu::showRequested);
    connect(m_quitAction, &QAction::triggered, this, &DueTokensMenu::quitRequested);
    show({}, 0);
}

DueTokensMenu::~DueTokensMenu() = default;

QString DueTokensMenu::entryText(const DueToken& due)
{
    const QString name = PlainText::shown(due.token.name);
    const QString where = due.resource ? tr("%1 (%2)").arg(PlainText::shown(due.source.label),
                                                           PlainText::shown(due.resource->fullPath))
                                       : PlainText::shown(due.source.label);
    const QString left = due.daysLeft <= 0 ? tr("expired today") : tr("%n day(s) left", "", due.daysLeft);
    // "&" would become a mnemonic in a menu.
    return tr("%1 · %2 · %3").arg(name, where, left).replace(u'&', u"&&"_s);
}

void DueTokensMenu::show(const ExpiryCheck::Report& report, int horizonDays)
{
    m_menu->clear();
    qDeleteAll(m_tokenActions);
    qDeleteAll(m_otherActions);
    m_tokenActions.clear();
    m_otherActions.clear();
    m_due = report.due;

    for (const DueToken& due : std::as_const(m_due)) {
        auto* action = new QAction(entryText(due), this);
        action->setObjectName(u"dueTokenAction"_s);
        connect(action, &QAction::triggered, this, [this, due] { Q_EMIT tokenChosen(due); });
        m_tokenActions << action;
        m_menu->addAction(action);
    }
    if (m_due.isEmpty()) {
        auto* nothing = new QAction(tr("No token expires within %n day(s)", "", horizonDays), this);
        nothing->setEnabled(false);
        m_otherActions << nothing;
        m_menu->addAction(nothing);
    }
    for (const ExpiryCheck::Failure& failure : report.failures) {
        auto* unread = new QAction(
            tr("Could not read %1").arg(PlainText::shown(failure.source.label)).replace(u'&', u"&&"_s), this);
        unread->setToolTip(PlainText::shown(failure.error.message));
        unread->setEnabled(false);
        m_otherActions << unread;
        m_menu->addAction(unread);
    }
    m_menu->addSeparator();
    m_menu->addAction(m_showAction);
    m_menu->addAction(m_quitAction);

    m_toolTip = m_due.isEmpty() ? tr("TokenDesk: no token expires within %n day(s)", "", horizonDays)
                                : tr("TokenDesk: %n token(s) due within %1", "", int(m_due.size()))
                                      .arg(tr("%n day(s)", "", horizonDays));
    if (!report.failures.isEmpty())
        m_toolTip += u'\n' + tr("%n place(s) could not be read", "", int(report.failures.size()));
}

} // namespace TokenDesk
