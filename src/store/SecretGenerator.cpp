#include "SecretGenerator.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace TokenDesk {

namespace {

constexpr char urlSafeAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
constexpr char prefix[] = "glpat-";

} // namespace

Secret SecretGenerator::generate()
{
    constexpr int prefixLength = sizeof(prefix) - 1;
    QByteArray bytes(prefixLength + RandomCharacters, Qt::Uninitialized);
    std::copy_n(prefix, prefixLength, bytes.data());
    quint32 words[RandomCharacters];
    QRandomGenerator::system()->fillRange(words);
    for (int i = 0; i < RandomCharacters; ++i) {
        // 64 symbols: the low six bits of a uniform word are uniform.
        bytes[prefixLength + i] = urlSafeAlphabet[words[i] & 0x3f];
    }
    secureZero(words, sizeof(words));
    Secret secret(bytes);
    secureWipe(bytes);
    return secret;
}

QByteArray SecretGenerator::digest(const Secret& secret)
{
    QByteArray bytes = secret.utf8();
    const QByteArray result = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    secureWipe(bytes);
    return result;
}

} // namespace TokenDesk
