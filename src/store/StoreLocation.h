#pragma once

#include <QString>

namespace TokenDesk {

// Where the store file lives. Every function creates the parent folder of the path it answers.
class StoreLocation
{
public:
    // The real store: <AppDataLocation>/tokens.sqlite.
    static QString defaultPath();
    // The offline demo's own store, never the real one: <AppDataLocation>/demo.sqlite.
    static QString demoPath();
    // The --store option when given, else the environment variable TOKENDESK_STORE, else defaultPath().
    static QString resolve(const QString& storeOption = QString());
};

} // namespace TokenDesk
