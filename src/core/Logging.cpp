#include "Logging.h"

Q_LOGGING_CATEGORY(lcCore, "tokendesk.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "tokendesk.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGitLab, "tokendesk.gitlab", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "tokendesk.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGui, "tokendesk.gui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "tokendesk.cli", QtInfoMsg)
