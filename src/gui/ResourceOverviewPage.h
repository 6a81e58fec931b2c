#pragma once

#include "AccountSession.h"
#include "Resource.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ResourceOverviewPage;
}

namespace TokenDesk {

class Clock;
class ResourceOverviewModel;

// "All my resources": every active group and project access token of the account that expires within
// the chosen time (7, 14, 30 or 90 days, or any time), read through ResourceOverview, with the
// resource each belongs to and its role. A group or project that could not be read is named with the
// reason above the table. Each row offers "Open resource", which shows that group's or project's page,
// where the token is rotated or revoked.
class ResourceOverviewPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DefaultWindowDays = 30;

    explicit ResourceOverviewPage(const Clock& clock, QWidget* parent = nullptr);
    ~ResourceOverviewPage() override;

    // The account whose groups and projects are read (on the next reload()); answers still owed for the
    // previous one are dropped.
    void setSession(const AccountSession::Ptr& session);
    ResourceOverviewModel* model() const { return m_model; }
    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_loaded; }
    // Days ahead (0: any time).
    int windowDays() const;
    void setWindowDays(int days);
    QWidget* firstControl() const;
    QWidget* lastControl() const;

public Q_SLOTS:
    void reload();
    void updateTimes();

Q_SIGNALS:
    void openResourceRequested(const TokenDesk::Resource& resource);
    // An overview was read and shown (fully or in part).
    void loaded();

private:
    void showAnswer(const ResourceTokenOverview& overview);
    void showFailure(const BackendError& error);
    void showProgress(int done, int total);
    void updateHeading();

    const std::unique_ptr<::Ui::ResourceOverviewPage> m_ui;
    const Clock& m_clock;
    ResourceOverviewModel* m_model;
    AccountSession::Ptr m_session;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_loaded = false;
};

} // namespace TokenDesk
