#pragma once

#include "Command.h"

namespace TokenDesk {

// show ID|self: one token.
class ShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ShowCommand)

public:
    QString name() const override { return QStringLiteral("show"); }
    bool worksOnResource() const override { return true; }
    QString arguments() const override { return tr("ID|self"); }
    QString summary() const override;
    QString positionalSyntax() const override { return tr("ID"); }
    QString idDescription() const override;
    QString parse(const QCommandLineParser& parser, const QStringList& positional,
                  const BackendOptions& backend) override;
    void run(CliContext& context) override;

private:
    qint64 m_id = 0;
};

} // namespace TokenDesk
