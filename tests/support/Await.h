#pragma once

#include "BackendError.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QObject>

#include <concepts>
#include <optional>
#include <utility>

namespace TokenDesk::Test {

// Runs one asynchronous TokenBackend-style operation and waits for its answer, running the event loop.
// `operation` is called with a context object that lives until the answer came and the callback to
// answer on: await<AccessToken>([&](QObject* context, Callback<AccessToken> done) {
//     backend.get(id, context, std::move(done)); });
// An operation that does not answer within timeoutMs gives an Unknown error saying so. When
// `answeredLater` is given, it tells whether the answer came after the call returned, as the
// TokenBackend contract promises.
template<typename T, typename Operation>
requires std::invocable<Operation&, QObject*, Callback<T>> Result<T>
await(Operation&& operation, int timeoutMs = 30000, bool* answeredLater = nullptr)
{
    std::optional<Result<T>> answer;
    QObject context;
    operation(&context, Callback<T>([&answer](Result<T> result) { answer.emplace(std::move(result)); }));
    if (answeredLater)
        *answeredLater = !answer.has_value();
    const QDeadlineTimer deadline(timeoutMs);
    while (!answer && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    if (!answer)
        return BackendError::make(BackendError::Kind::Unknown, QStringLiteral("test timed out waiting"));
    return std::move(*answer);
}

} // namespace TokenDesk::Test
