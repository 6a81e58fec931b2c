#pragma once

#include "AccessToken.h"
#include "Command.h"
#include "Result.h"

#include <memory>

namespace TokenDesk {

class TokenListPrinter;

// list: the tokens, read page by page and written as each page comes (TokenListPrinter), so that a
// long listing never sits in memory whole. Ctrl+C stops it with exit code 130.
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
        return QStringLiteral("[--state STATE] [--search TEXT] [--sort ORDER]");
    }
    QString summary() const override;
    Needs needs() const override { return Needs::Backend; }
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
    ListQuery m_query;

    CliContext* m_context = nullptr;
    std::unique_ptr<TokenListPrinter> m_printer;
    bool m_interrupted = false;
};

} // namespace TokenDesk
