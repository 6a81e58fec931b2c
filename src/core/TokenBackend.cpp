#include "TokenBackend.h"

namespace TokenDesk {

void TokenBackend::createForUser(qint64 userId, const TokenDraft& draft, QObject* context,
                                 Callback<CreatedToken> done)
{
    Q_UNUSED(userId);
    Q_UNUSED(draft);
    deliverLater<CreatedToken>(
        context, std::move(done),
        BackendError::make(BackendError::Kind::Permission, tr("This backend creates tokens only for you.")));
}

} // namespace TokenDesk
