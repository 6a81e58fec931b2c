#pragma once

#include <QString>

namespace TokenDesk {

// Where the keychain's bookkeeping (which secrets are saved, which token git uses for a host) lives.
// Never holds a secret. Shared by the window, the CLI and the git credential helper.
class KeychainSettings
{
public:
    // $TOKENDESK_CONFIG_DIR/keychain.conf when that is set, else
    // <generic config location>/TokenDesk/keychain.conf (e.g. ~/.config/TokenDesk/keychain.conf).
    static QString defaultFilePath();
    // The folder of TokenDesk's shared settings files: $TOKENDESK_CONFIG_DIR when that is set, else
    // <generic config location>/TokenDesk.
    static QString configDirectory();
};

} // namespace TokenDesk
