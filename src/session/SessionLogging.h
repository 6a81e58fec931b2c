#pragma once

#include <QLoggingCategory>

// The session layer's category ("tokendesk.session"). Never log a secret.
Q_DECLARE_LOGGING_CATEGORY(lcSession)
