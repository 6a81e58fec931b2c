#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// Shared by every target in fuzz/: libFuzzer (TOKENDESK_FUZZ) or ReplayMain.cpp (normal builds) call
// the target's LLVMFuzzerTestOneInput with one input at a time.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace TokenDesk::Fuzz {

// Creates the QCoreApplication once (QCommandLineParser and the SQL plugins want one) and silences Qt's
// debug, info and warning messages, which would otherwise flood the fuzzer's output. A qFatal still aborts.
// Set TOKENDESK_FUZZ_VERBOSE=1 to see them.
void ensureApplication();

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

} // namespace TokenDesk::Fuzz
