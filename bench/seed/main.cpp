#include "BulkInsert.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>

using namespace TokenDesk;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    bool countOk = false;
    const int count = args.size() == 3 ? args.at(2).toInt(&countOk) : 0;
    if (!countOk || count < 0) {
        err << "usage: tokendesk-bench-seed STORE COUNT\n";
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    const Result<int> inserted = Bench::BulkInsert::into(args.at(1), count, Clock::fromTestEnvironment());
    if (!inserted) {
        err << inserted.error().message << '\n';
        return 1;
    }
    out << "inserted " << inserted.value() << " tokens into " << args.at(1) << " in " << timer.elapsed()
        << " ms\n";
    return 0;
}
