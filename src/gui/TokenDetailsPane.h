#pragma once

#include "AccessToken.h"
#include "Resource.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QPlainTextEdit;

namespace Ui {
class TokenDetailsPane;
}

namespace TokenDesk {

class Clock;
class TokenBackend;
class TokenTableView;

// Everything known about the token selected in one of the followed tables: name, description, scopes
// with their meaning, role and resource (group and project tokens), created, last used and from where,
// expiry and state. Dates in the user's locale and time zone; the text can be selected and read with
// the keyboard (Tab reaches it). The listing may lack the addresses a token was last used from: the
// token is then read once more (TokenBackend::get) while it stays selected.
class TokenDetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit TokenDetailsPane(QWidget* parent = nullptr);
    ~TokenDetailsPane() override;

    void setClock(const Clock* clock) { m_clock = clock; }
    // The backend whose tokens the tables show (for get() and resource()); clears the pane.
    void setBackend(TokenBackend& backend);
    // Shows the current row of `view` whenever it changes or the view takes the focus.
    void follow(TokenTableView* view);

    void showToken(const AccessToken& token);
    // Makes the token's row current in the first followed table that has read it (its details then
    // shown); shows the token itself when none has.
    void select(const AccessToken& token);
    void clear();
    std::optional<AccessToken> shownToken() const { return m_token; }
    QString text() const;
    QPlainTextEdit* textEdit() const;

    // The details as text, one field a line.
    static QString describe(const AccessToken& token, const std::optional<Resource>& resource,
                            QDate todayUtc);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showCurrent(TokenTableView* view);
    void followModelChange(TokenTableView* view);
    void render();
    void readFresh(qint64 id);

    const std::unique_ptr<::Ui::TokenDetailsPane> m_ui;
    TokenBackend* m_backend = nullptr;
    const Clock* m_clock = nullptr;
    QList<QPointer<TokenTableView>> m_followed;
    QPointer<TokenTableView> m_source;
    std::optional<AccessToken> m_token;
    quint64 m_serial = 0;
};

} // namespace TokenDesk
