// GitLab's JSON replies as a hostile server could send them: every parser of GitLabParser on the same
// bytes (a token, a page of tokens, a created token, a user, a version), and the error of each status
// class for them. Must not crash, hang or read out of bounds; refusing is fine.
#include "FuzzSupport.h"
#include "GitLabParser.h"

using namespace TokenDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fuzz::ensureApplication();
    const QByteArray body = Fuzz::bytes(data, size);

    if (const auto token = GitLabParser::token(body))
        static_cast<void>(token.value().name.size());
    if (const auto tokens = GitLabParser::tokenList(body))
        static_cast<void>(tokens.value().size());
    if (const auto created = GitLabParser::createdToken(body))
        static_cast<void>(created.value().token.id);
    if (const auto account = GitLabParser::account(body))
        static_cast<void>(account.value().username.size());
    if (const auto version = GitLabParser::version(body))
        static_cast<void>(version.value().version.size());
    for (const int status : {400, 401, 403, 404, 409, 422, 429, 500, 503})
        static_cast<void>(GitLabParser::error(status, body).message.size());
    return 0;
}
