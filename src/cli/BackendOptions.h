#pragma once

#include "Resource.h"

#include <QString>

namespace TokenDesk {

// What the command line says about where tokens live. SessionFactory turns it into an AccountSession.
struct BackendOptions
{
    QString storePath; // --store; empty: env TOKENDESK_STORE, else the default store
    bool demo = false; // --demo: the separate, seeded demo store

    // --gitlab URL (else env GITLAB_HOST): a GitLab instance instead of a store. The access token comes
    // from env GITLAB_TOKEN, --token-file, or the keychain of a connected account, never an argument.
    QString gitlabUrl;
    QString tokenFile; // --token-file: its first line, trimmed
    QString user;      // --user: which connected account's keychain credential
    QString caFile;    // --ca-file: extra certificate authorities (PEM)
    int timeoutMs = 0; // --timeout SECONDS; 0: the backend's default

    // --group or --project ID_OR_PATH: that resource's access tokens instead of personal ones.
    ResourceRef resource;

    bool isGitLab() const { return !gitlabUrl.isEmpty(); }
    bool onResource() const { return !resource.isPersonal(); }
};

} // namespace TokenDesk
