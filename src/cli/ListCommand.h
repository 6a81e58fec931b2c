#pragma once

#include "AccessToken.h"
#include "Command.h"
#include "DateFilterOptions.h"
#include "Result.h"

#include <memory>

namespace TokenDesk {

class AllResourcesListing;
class TokenListPrinter;

// list: the tokens, read page by page and written as each page comes (TokenListPrinter), so that a
// long listing never sits in memory whole. Ctrl+C stops it with exit code 130. With --group or --project
// a resource's tokens; with --all-resources every group and project token (AllResourcesListing).
class ListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ListCommand)

public:
    // Tokens asked for at once; 0: the whole listing. A store answers a later page by skipping the
    // earlier ones (OFFSET), so smaller pages cost time: at 100,000 tokens pages of 1,000 took ~25% more
    // CPU than one whole listing, pages of 5,000 ~5%, for ~5 MB more peak memory.
    static constexpr int PageSize = 5000;

    ListCommand();
    ~ListCommand() override;

    QString name() const override { return QStringLiteral("list"); }
    QString arguments() const override
    {
        return tr("[--state STATE] [--search TEXT] [--sort ORDER] [date filters] | "
                  "--all-resources [--expires-before YYYY-MM-DD]");
    }
    QString summary() const override;
    Needs needs() const override { return Needs::Backend; }
    bool worksOnResource() const override { return true; }
    QString helpFooter() const override;
    QList<QCommandLineOption> options() const override;
    QList<QCommandLineOption> singleValuedOptions() const override { return options(); }
    QString parse(const QCommandLineParser& parser, const QStringList& positional,
                  const BackendOptions& backend) override;
    void run(CliContext& context) override;

private:
    void readPage();
    void onPage(Result<TokenPage> result);
    void onInterrupt();
    void stop();

    QCommandLineOption m_stateOption;
    QCommandLineOption m_searchOption;
    QCommandLineOption m_sortOption;
    QCommandLineOption m_allResourcesOption;
    DateFilterOptions m_dateOptions;
    ListQuery m_query;
    bool m_allResources = false;
    std::unique_ptr<AllResourcesListing> m_overview;

    CliContext* m_context = nullptr;
    std::unique_ptr<TokenListPrinter> m_printer;
    bool m_interrupted = false;
};

} // namespace TokenDesk
