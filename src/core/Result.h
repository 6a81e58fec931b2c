#pragma once

#include "BackendError.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <utility>
#include <variant>

namespace TokenDesk {

// The value of an operation, or the typed error that prevented it.
template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(BackendError error) : m_value(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_value); }
    T& value() & { return std::get<T>(m_value); }
    // By value, so that `for (auto& x : f().value().items)` never refers into a dead temporary.
    T value() && { return std::get<T>(std::move(m_value)); }

    const BackendError& error() const { return std::get<BackendError>(m_value); }

private:
    std::variant<T, BackendError> m_value;
};

template<typename T>
using Callback = std::function<void(Result<T>)>;

// Hands a result to its callback from the event loop, never re-entrantly, and only while the
// receiving context object is alive. Backends that can answer at once use this so that callers
// see the same asynchronous behaviour from every backend.
template<typename T>
void deliverLater(QObject* context, Callback<T> callback, Result<T> result)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        context,
        [guard, callback = std::move(callback), result = std::move(result)]() mutable {
            if (guard)
                callback(std::move(result));
        },
        Qt::QueuedConnection);
}

// Wraps `done` so that whatever answers it (at once, or later from a reply) reaches it from the event
// loop, on the thread of `context` and only while `context` lives: never before the call that asked for
// it has returned.
template<typename T>
Callback<T> answerLater(QObject* context, Callback<T> done)
{
    QPointer<QObject> guard(context);
    return [guard, done = std::move(done)](Result<T> result) {
        if (guard)
            deliverLater(guard.data(), done, std::move(result));
    };
}

} // namespace TokenDesk
