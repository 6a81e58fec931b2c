#pragma once

#include "AccessToken.h"

#include <QObject>

class QKeyEvent;
class QScrollArea;
class QSplitter;

namespace TokenDesk {

class TokenForm;

// Where the form for a new token appears: above the tables in the window's splitter, taking the room
// it needs, hidden when not in use. Enter anywhere in the form creates the token, as in a browser.
class TokenFormSection : public QObject
{
    Q_OBJECT

public:
    // `form` lives in `scrollArea`, one of the splitter's parts; `afterHide` takes the focus back.
    TokenFormSection(TokenForm* form, QScrollArea* scrollArea, QSplitter* splitter, QWidget* afterHide,
                     QObject* parent = nullptr);
    ~TokenFormSection() override;

    // Shows the form and puts the focus in its first field.
    void open();
    // Shows the form filled in like `token`.
    void openLike(const AccessToken& token);
    // Empties and hides the form.
    void finish();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reveal();
    bool submitOnEnter(QKeyEvent* event);

    TokenForm* m_form;
    // The widget whose key presses the section watches: compared, never used (it may be half destroyed).
    const QObject* m_watched = nullptr;
    QScrollArea* m_scrollArea;
    QSplitter* m_splitter;
    QWidget* m_afterHide;
};

} // namespace TokenDesk
