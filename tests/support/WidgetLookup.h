#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTest>

#include <source_location>

namespace TokenDesk::Test {

// The child of `parent` (at any depth) of type T named objectName (any name when empty). A missing
// child fails the test right there, naming what was looked for, instead of handing back a null pointer
// to crash on later.
template<typename T>
T* child(const QObject* parent, const QString& objectName = {},
         std::source_location where = std::source_location::current())
{
    T* found = parent ? parent->findChild<T*>(objectName) : nullptr;
    if (!found) {
        const QByteArray message = "no child " + QByteArray(T::staticMetaObject.className()) + " named \"" +
                                   objectName.toUtf8() + "\" under " +
                                   (parent ? QByteArray(parent->metaObject()->className()) + " \"" +
                                                 parent->objectName().toUtf8() + '"'
                                           : QByteArray("a null parent"));
        QTest::qFail(message.constData(), where.file_name(), static_cast<int>(where.line()));
        // The caller cannot go on without the widget; end the test here with the failure recorded.
        qFatal("%s", message.constData());
    }
    return found;
}

} // namespace TokenDesk::Test
