#include "SessionLogging.h"

Q_LOGGING_CATEGORY(lcSession, "tokendesk.session", QtInfoMsg)
