<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AccessLevels</name>
        <message>
            <source>Guest</source>
            <translation>Invité</translation>
        </message>
        <message>
            <source>Planner</source>
            <translation>Planificateur</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>Rapporteur</translation>
        </message>
        <message>
            <source>Developer</source>
            <translation>Développeur</translation>
        </message>
        <message>
            <source>Maintainer</source>
            <translation>Mainteneur</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Propriétaire</translation>
        </message>
        <message>
            <source>Role %1</source>
            <translation>Rôle %1</translation>
        </message>
    </context>
    <context>
        <name>AllResourcesListing</name>
        <message>
            <source>group</source>
            <translation>groupe</translation>
        </message>
        <message>
            <source>project</source>
            <translation>projet</translation>
        </message>
        <message>
            <source>Reading access tokens: %1 of %2 groups and projects</source>
            <translation>Lecture des jetons d'accès : %1 groupes et projets sur %2</translation>
        </message>
        <message>
            <source>interrupted; nothing was listed.</source>
            <translation>interrompu ; rien n'a été listé.</translation>
        </message>
        <message>
            <source>could not read the access tokens of %1 %2: %3</source>
            <translation>impossible de lire les jetons d'accès de %1 %2 : %3</translation>
        </message>
        <message numerus="yes">
            <source>the listing is incomplete: %n of %1 groups and projects could not be read.</source>
            <translation>
                <numerusform>la liste est incomplète : %n groupe ou projet sur %1 n'a pas pu être lu.</numerusform>
                <numerusform>la liste est incomplète : %n groupes et projets sur %1 n'ont pas pu être lus.</numerusform>
            </translation>
        </message>
        <message>
            <source>No group or project access tokens expire before %1.</source>
            <translation>Aucun jeton d'accès de groupe ou de projet n'expire avant le %1.</translation>
        </message>
        <message>
            <source>No active group or project access tokens.</source>
            <translation>Aucun jeton d'accès de groupe ou de projet actif.</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>KIND</source>
            <translation>TYPE</translation>
        </message>
        <message>
            <source>RESOURCE</source>
            <translation>RESSOURCE</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NOM</translation>
        </message>
        <message>
            <source>ROLE</source>
            <translation>RÔLE</translation>
        </message>
        <message>
            <source>SCOPES</source>
            <translation>PORTÉES</translation>
        </message>
        <message>
            <source>EXPIRES</source>
            <translation>EXPIRE</translation>
        </message>
        <message>
            <source>LAST USED</source>
            <translation>DERNIÈRE UTILISATION</translation>
        </message>
        <message>
            <source>KEYCHAIN</source>
            <translation>TROUSSEAU</translation>
        </message>
    </context>
    <context>
        <name>CalendarCommand</name>
        <message>
            <source>Write the calendar to FILE (replaced whole, or left as it was when writing fails) instead of standard output.</source>
            <translation>Écrire le calendrier dans FILE (remplacé en entier, ou laissé intact si l'écriture échoue) au lieu de la sortie standard.</translation>
        </message>
        <message>
            <source>Write the expiry date of every active token as an iCalendar (.ics) file, with reminders.</source>
            <translation>Écrire la date d'expiration de chaque jeton actif dans un fichier iCalendar (.ics), avec des rappels.</translation>
        </message>
        <message>
            <source>Reads the local store and every connected GitLab account, or only the place --store, --demo or --gitlab names. Each token that expires gets an all-day event on its expiry date (it stops working at 00:00 UTC that day) with an alarm at each reminder threshold (Preferences, or reminders.conf); revoked and expired tokens are left out. An event keeps its UID across exports, so importing a newer file updates the events instead of adding copies.
Exit status: 0 when every place was read; 1 when one could not be (each is named on standard error): the calendar is still written, with the tokens of the places that were read; when no place could be read nothing is written.
</source>
            <translation>Lit le stockage local et chaque compte GitLab connecté, ou seulement l'emplacement désigné par --store, --demo ou --gitlab. Chaque jeton qui expire reçoit un événement sur la journée entière à sa date d'expiration (il cesse de fonctionner à 00:00 UTC ce jour-là), avec une alarme à chaque seuil de rappel (Préférences, ou reminders.conf) ; les jetons révoqués et expirés sont omis. Un événement garde son UID d'un export à l'autre : importer un fichier plus récent met donc les événements à jour au lieu d'en ajouter des copies.
Code de sortie : 0 quand chaque emplacement a été lu ; 1 quand l'un d'eux n'a pas pu l'être (chacun est nommé sur la sortie d'erreur) : le calendrier est tout de même écrit, avec les jetons des emplacements lus ; quand aucun emplacement n'a pu être lu, rien n'est écrit.
</translation>
        </message>
        <message>
            <source>--output needs a file name.</source>
            <translation>--output attend un nom de fichier.</translation>
        </message>
        <message>
            <source>could not read %1</source>
            <translation>impossible de lire %1</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>[--output FILE]</source>
            <translation>[--output FILE]</translation>
        </message>
    </context>
    <context>
        <name>CalendarExport</name>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Impossible d'écrire %1 : %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
    </context>
    <context>
        <name>CliPrinter</name>
        <message>
            <source>revoked</source>
            <translation>révoqué</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>expiré</translation>
        </message>
        <message>
            <source>active</source>
            <translation>actif</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Projet</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>Portées</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Créé le</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>Dernière utilisation</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Expire le</translation>
        </message>
        <message>
            <source>%1 (at 00:00 UTC)</source>
            <translation>%1 (à 00:00 UTC)</translation>
        </message>
        <message>
            <source>Bot user ID</source>
            <translation>ID de l'utilisateur bot</translation>
        </message>
        <message>
            <source>User ID</source>
            <translation>ID de l'utilisateur</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Propriétaire</translation>
        </message>
        <message>
            <source>Used from</source>
            <translation>Dernières adresses IP</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Révoqué</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>What the scopes allow:</source>
            <translation>Ce que permettent les portées :</translation>
        </message>
    </context>
    <context>
        <name>Command</name>
        <message>
            <source>The token's ID, a positive whole number.</source>
            <translation>L'ID du jeton, un nombre entier positif.</translation>
        </message>
        <message>
            <source>%1 takes no arguments.</source>
            <translation>%1 n'accepte aucun argument.</translation>
        </message>
        <message>
            <source>%1 needs exactly one token ID.</source>
            <translation>%1 attend exactement un ID de jeton.</translation>
        </message>
        <message>
            <source>the token ID must be a positive whole number, or 'self'.</source>
            <translation>l'ID du jeton doit être un nombre entier positif, ou « self ».</translation>
        </message>
        <message>
            <source>the token ID must be a positive whole number.</source>
            <translation>l'ID du jeton doit être un nombre entier positif.</translation>
        </message>
        <message>
            <source>'self' names the GitLab access token in use; it needs --gitlab URL.</source>
            <translation>« self » désigne le jeton d'accès GitLab en cours d'utilisation ; il faut --gitlab URL.</translation>
        </message>
        <message>
            <source>'self' names your own access token in use, not one of a group or project; leave out --group and --project.</source>
            <translation>« self » désigne votre propre jeton d'accès en cours d'utilisation, pas celui d'un groupe ou d'un projet ; omettez --group et --project.</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>Use the store database at PATH (default: $TOKENDESK_STORE, else the default store).</source>
            <translation>Utiliser la base de données de stockage située à PATH (par défaut : $TOKENDESK_STORE, sinon le stockage par défaut).</translation>
        </message>
        <message>
            <source>Use the separate offline demo store.</source>
            <translation>Utiliser le stockage de démonstration distinct, hors ligne.</translation>
        </message>
        <message>
            <source>Work on the GitLab instance at URL (default: $GITLAB_HOST; https:// unless given). The access token comes from $GITLAB_TOKEN, --token-file, or the keychain of a connected account.</source>
            <translation>Travailler sur l'instance GitLab située à URL (par défaut : $GITLAB_HOST ; https:// si non précisé). Le jeton d'accès provient de $GITLAB_TOKEN, de --token-file ou du trousseau d'un compte connecté.</translation>
        </message>
        <message>
            <source>Read the GitLab access token from the first line of FILE.</source>
            <translation>Lire le jeton d'accès GitLab sur la première ligne de FILE.</translation>
        </message>
        <message>
            <source>The connected GitLab account whose access token the keychain holds, when there are several.</source>
            <translation>Le compte GitLab connecté dont le trousseau contient le jeton d'accès, s'il y en a plusieurs.</translation>
        </message>
        <message>
            <source>Also trust the certificate authorities in this PEM file.</source>
            <translation>Faire aussi confiance aux autorités de certification de ce fichier PEM.</translation>
        </message>
        <message>
            <source>Give up on a GitLab request that stalls this long (default: 30).</source>
            <translation>Abandonner une requête GitLab bloquée pendant cette durée (par défaut : 30).</translation>
        </message>
        <message>
            <source>Work on the access tokens of this group (its numeric ID or full path, such as acme/platform) instead of your own.</source>
            <translation>Travailler sur les jetons d'accès de ce groupe (son ID numérique ou son chemin complet, comme acme/platform) au lieu des vôtres.</translation>
        </message>
        <message>
            <source>Work on the access tokens of this project (its numeric ID or full path, such as acme/web) instead of your own.</source>
            <translation>Travailler sur les jetons d'accès de ce projet (son ID numérique ou son chemin complet, comme acme/web) au lieu des vôtres.</translation>
        </message>
        <message>
            <source>Print one JSON document with GitLab's field names.</source>
            <translation>Afficher un seul document JSON avec les noms de champs de GitLab.</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>Afficher cette aide.</translation>
        </message>
        <message>
            <source>Show the version.</source>
            <translation>Afficher la version.</translation>
        </message>
        <message>
            <source>[hidden]</source>
            <translation>[masqué]</translation>
        </message>
        <message>
            <source>Manage GitLab personal, group and project access tokens from scripts and the terminal.</source>
            <translation>Gérer les jetons d'accès GitLab personnels, de groupe et de projet depuis des scripts et le terminal.</translation>
        </message>
        <message>
            <source>The command to run (see below).</source>
            <translation>La commande à exécuter (voir ci-dessous).</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>Commandes :</translation>
        </message>
        <message>
            <source>Run '%1 COMMAND --help' for a command's options. With --group or --project the token commands work on that group's or project's access tokens. Exit codes: 0 done, 1 failure (store, server, network), 2 usage or validation error (nothing changed), 3 authentication or permission refused (also: you lack the role on the group or project), 4 not found (also: no such group or project), 5 secret not printed (control characters), 6 listing incomplete (some groups or projects could not be read), 130 interrupted.</source>
            <translation>Lancez « %1 COMMAND --help » pour les options d'une commande. Avec --group ou --project, les commandes de jetons agissent sur les jetons d'accès de ce groupe ou de ce projet. Codes de sortie : 0 terminé, 1 échec (stockage, serveur, réseau), 2 erreur d'utilisation ou de validation (rien n'a changé), 3 authentification ou autorisation refusée (y compris : vous n'avez pas le rôle requis dans le groupe ou le projet), 4 introuvable (y compris : groupe ou projet inexistant), 5 secret non affiché (caractères de contrôle), 6 liste incomplète (certains groupes ou projets n'ont pas pu être lus), 130 interrompu.</translation>
        </message>
        <message>
            <source>no command given; run '%1 --help' for the list of commands.</source>
            <translation>aucune commande indiquée ; lancez « %1 --help » pour la liste des commandes.</translation>
        </message>
        <message>
            <source>unknown command '%1'; run '%2 --help' for the list of commands.</source>
            <translation>commande inconnue « %1 » ; lancez « %2 --help » pour la liste des commandes.</translation>
        </message>
        <message>
            <source>--%1 given more than once.</source>
            <translation>--%1 indiqué plusieurs fois.</translation>
        </message>
        <message>
            <source>--store needs a file path.</source>
            <translation>--store attend un chemin de fichier.</translation>
        </message>
        <message>
            <source>--store and --demo cannot be used together.</source>
            <translation>--store et --demo ne peuvent pas être utilisés ensemble.</translation>
        </message>
        <message>
            <source>--gitlab cannot be used with --store or --demo.</source>
            <translation>--gitlab ne peut pas être utilisé avec --store ou --demo.</translation>
        </message>
        <message>
            <source>--gitlab needs the instance URL, such as https://gitlab.example.com.</source>
            <translation>--gitlab attend l'URL de l'instance, comme https://gitlab.example.com.</translation>
        </message>
        <message>
            <source>--timeout must be a number of seconds between 0 and 3600, such as 30.</source>
            <translation>--timeout doit être un nombre de secondes entre 0 et 3600, comme 30.</translation>
        </message>
        <message>
            <source>--token-file, --user, --ca-file and --timeout need --gitlab URL (or $GITLAB_HOST).</source>
            <translation>--token-file, --user, --ca-file et --timeout nécessitent --gitlab URL (ou $GITLAB_HOST).</translation>
        </message>
        <message>
            <source>--group and --project cannot be used together.</source>
            <translation>--group et --project ne peuvent pas être utilisés ensemble.</translation>
        </message>
        <message>
            <source>--%1 needs the numeric ID or the full path, such as 42 or acme/web.</source>
            <translation>--%1 attend l'ID numérique ou le chemin complet, comme 42 ou acme/web.</translation>
        </message>
        <message>
            <source>%1 does not work on a group's or project's tokens; leave out --%2.</source>
            <translation>%1 ne fonctionne pas sur les jetons d'un groupe ou d'un projet ; omettez --%2.</translation>
        </message>
        <message>
            <source>PATH</source>
            <translation>PATH</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>USER</source>
            <translation>USER</translation>
        </message>
        <message>
            <source>SECONDS</source>
            <translation>SECONDS</translation>
        </message>
        <message>
            <source>ID_OR_PATH</source>
            <translation>ID_OR_PATH</translation>
        </message>
        <message>
            <source>command</source>
            <translation>commande</translation>
        </message>
        <message>
            <source>COMMAND</source>
            <translation>COMMAND</translation>
        </message>
    </context>
    <context>
        <name>Confirmation</name>
        <message>
            <source>[y/N]</source>
            <translation>[o/N]</translation>
        </message>
        <message>
            <source>y</source>
            <translation>o</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
    </context>
    <context>
        <name>Confirmations</name>
        <message>
            <source>Revoke token</source>
            <translation>Révoquer le jeton</translation>
        </message>
        <message>
            <source>Revoke the token '%1'?</source>
            <translation>Révoquer le jeton « %1 » ?</translation>
        </message>
        <message>
            <source>Scripts and applications that use it lose access at once. This cannot be undone.</source>
            <translation>Les scripts et applications qui l'utilisent perdent l'accès immédiatement. Cette action est irréversible.</translation>
        </message>
        <message>
            <source>This is the token TokenDesk signs in with to %1. Revoking it disconnects TokenDesk from this account; to come back, connect again with another token. This cannot be undone.</source>
            <translation>C'est le jeton avec lequel TokenDesk se connecte à %1. Le révoquer déconnecte TokenDesk de ce compte ; pour revenir, reconnectez-vous avec un autre jeton. Cette action est irréversible.</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>Révoquer</translation>
        </message>
        <message>
            <source>Also delete the saved secret from the keychain</source>
            <translation>Supprimer aussi le secret enregistré dans le trousseau</translation>
        </message>
        <message>
            <source>Rotate token</source>
            <translation>Renouveler le jeton</translation>
        </message>
        <message>
            <source>Rotate the token '%1'?</source>
            <translation>Renouveler le jeton « %1 » ?</translation>
        </message>
        <message>
            <source>Its secret stops working at once. A new token with the same name and scopes replaces it, expiring on %1; its secret is shown once.</source>
            <translation>Son secret cesse immédiatement de fonctionner. Un nouveau jeton avec le même nom et les mêmes portées le remplace et expire le %1 ; son secret n'est affiché qu'une fois.</translation>
        </message>
        <message>
            <source>Rotate</source>
            <translation>Renouveler</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <source>Connect to GitLab</source>
            <translation>Se connecter à GitLab</translation>
        </message>
        <message>
            <source>TokenDesk signs in to GitLab with a personal access token of yours. It keeps that token in the system keychain only.</source>
            <translation>TokenDesk se connecte à GitLab avec l'un de vos jetons d'accès personnels. Il conserve ce jeton uniquement dans le trousseau du système.</translation>
        </message>
        <message>
            <source>&amp;Instance URL</source>
            <translation>URL de l'&amp;instance</translation>
        </message>
        <message>
            <source>Instance URL</source>
            <translation>URL de l'instance</translation>
        </message>
        <message>
            <source>Access &amp;token</source>
            <translation>&amp;Jeton d'accès</translation>
        </message>
        <message>
            <source>Access token</source>
            <translation>Jeton d'accès</translation>
        </message>
        <message>
            <source>A&amp;dd as a new account</source>
            <translation>&amp;Ajouter comme nouveau compte</translation>
        </message>
        <message>
            <source>Create a token for TokenDesk</source>
            <translation>Créer un jeton pour TokenDesk</translation>
        </message>
        <message>
            <source>&amp;Advanced</source>
            <translation>Options a&amp;vancées</translation>
        </message>
        <message>
            <source>&amp;CA certificate file</source>
            <translation>Fichier de &amp;certificat d'AC</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <source>T&amp;imeout</source>
            <translation>&amp;Délai d'expiration</translation>
        </message>
        <message>
            <source>Connected account</source>
            <translation>Compte connecté</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>Nom d'utilisateur</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrateur</translation>
        </message>
        <message>
            <source>Token scopes</source>
            <translation>Portées du jeton</translation>
        </message>
        <message>
            <source>Token expires</source>
            <translation>Expiration du jeton</translation>
        </message>
        <message>
            <source>GitLab version</source>
            <translation>Version de GitLab</translation>
        </message>
    </context>
    <context>
        <name>CreateCommand</name>
        <message>
            <source>The token's name (required).</source>
            <translation>Le nom du jeton (obligatoire).</translation>
        </message>
        <message>
            <source>What the token is for.</source>
            <translation>À quoi sert le jeton.</translation>
        </message>
        <message>
            <source>Expiration date in UTC, from tomorrow to a year ahead (default: 30 days ahead).</source>
            <translation>Date d'expiration en UTC, de demain à un an (par défaut : dans 30 jours).</translation>
        </message>
        <message>
            <source>A scope to grant; repeat for several (see 'scopes').</source>
            <translation>Une portée à accorder ; répétez l'option pour en accorder plusieurs (voir « scopes »).</translation>
        </message>
        <message>
            <source>GitLab administrators: create the token for the user with this ID.</source>
            <translation>Administrateurs GitLab : créer le jeton pour l'utilisateur ayant cet ID.</translation>
        </message>
        <message>
            <source>With --group or --project: the token's role, one of guest, planner, reporter, developer, maintainer, owner, or its number (default: maintainer).</source>
            <translation>Avec --group ou --project : le rôle du jeton, parmi guest, planner, reporter, developer, maintainer, owner, ou son numéro (par défaut : maintainer).</translation>
        </message>
        <message>
            <source>Save the new secret in the system keychain.</source>
            <translation>Enregistrer le nouveau secret dans le trousseau du système.</translation>
        </message>
        <message>
            <source>With --keychain: do not print the secret (it is printed anyway when saving fails).</source>
            <translation>Avec --keychain : ne pas afficher le secret (il est affiché quand même si l'enregistrement échoue).</translation>
        </message>
        <message>
            <source>Create a token and print its secret once.</source>
            <translation>Créer un jeton et afficher son secret une seule fois.</translation>
        </message>
        <message>
            <source>create needs --name NAME.</source>
            <translation>create nécessite l'option --name NAME.</translation>
        </message>
        <message>
            <source>create needs at least one --scope SCOPE (see '%1 scopes').</source>
            <translation>create nécessite au moins une option --scope SCOPE (voir « %1 scopes »).</translation>
        </message>
        <message>
            <source>unknown scope '%1'; run '%2 scopes' for the list.</source>
            <translation>portée inconnue « %1 » ; lancez « %2 scopes » pour la liste.</translation>
        </message>
        <message>
            <source>group and project access tokens cannot have the scope '%1'; run '%2 --%3 %4 scopes' for those they can have.</source>
            <translation>les jetons d'accès de groupe et de projet ne peuvent pas avoir la portée « %1 » ; lancez « %2 --%3 %4 scopes » pour celles qu'ils peuvent avoir.</translation>
        </message>
        <message>
            <source>--access-level is the role of a group or project access token; it needs --group or --project.</source>
            <translation>--access-level est le rôle d'un jeton d'accès de groupe ou de projet ; il nécessite --group ou --project.</translation>
        </message>
        <message>
            <source>unknown role '%1' for --access-level; use guest, planner, reporter, developer, maintainer, owner, or 10, 15, 20, 30, 40, 50.</source>
            <translation>rôle inconnu « %1 » pour --access-level ; utilisez guest, planner, reporter, developer, maintainer, owner, ou 10, 15, 20, 30, 40, 50.</translation>
        </message>
        <message>
            <source>--user-id must be a positive whole number.</source>
            <translation>--user-id doit être un nombre entier positif.</translation>
        </message>
        <message>
            <source>--user-id needs --gitlab URL.</source>
            <translation>--user-id nécessite --gitlab URL.</translation>
        </message>
        <message>
            <source>--user-id creates a personal token for another user; it cannot be used with --group or --project.</source>
            <translation>--user-id crée un jeton personnel pour un autre utilisateur ; il ne peut pas être utilisé avec --group ou --project.</translation>
        </message>
        <message>
            <source>--expires must be a date written YYYY-MM-DD, such as 2026-12-31.</source>
            <translation>--expires doit être une date au format AAAA-MM-JJ, comme 2026-12-31.</translation>
        </message>
        <message>
            <source>--quiet needs --keychain: without it the secret would be lost.</source>
            <translation>--quiet nécessite --keychain : sans lui, le secret serait perdu.</translation>
        </message>
        <message>
            <source>Created token %1 "%2".</source>
            <translation>Jeton %1 « %2 » créé.</translation>
        </message>
        <message>
            <source>Created access token %1 "%2" of the group %3.</source>
            <translation>Jeton d'accès %1 « %2 » du groupe %3 créé.</translation>
        </message>
        <message>
            <source>Created access token %1 "%2" of the project %3.</source>
            <translation>Jeton d'accès %1 « %2 » du projet %3 créé.</translation>
        </message>
        <message>
            <source>Nothing was created.</source>
            <translation>Rien n'a été créé.</translation>
        </message>
        <message>
            <source>Create it on GitLab's own page, prefilled: %1</source>
            <translation>Créez-le sur la page de GitLab, préremplie : %1</translation>
        </message>
        <message>
            <source>Then check the new token with: %1 --gitlab %2 verify &lt; FILE</source>
            <translation>Vérifiez ensuite le nouveau jeton avec : %1 --gitlab %2 verify &lt; FILE</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <source>SCOPE</source>
            <translation>SCOPE</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>ROLE</source>
            <translation>ROLE</translation>
        </message>
        <message>
            <source>--name NAME [--description TEXT] [--expires YYYY-MM-DD] --scope SCOPE [--scope SCOPE ...] [--user-id N | --access-level ROLE] [--keychain [--quiet]]</source>
            <extracomment>The command's synopsis: keep the command name and every --option; translate only the placeholders.</extracomment>
            <translation>--name NAME [--description TEXT] [--expires YYYY-MM-DD] --scope SCOPE [--scope SCOPE ...] [--user-id N | --access-level ROLE] [--keychain [--quiet]]</translation>
        </message>
    </context>
    <context>
        <name>CreatedTokenReport</name>
        <message>
            <source>this is the only time the token is shown; store it safely now.</source>
            <translation>c'est la seule fois où le jeton est affiché ; conservez-le en lieu sûr dès maintenant.</translation>
        </message>
        <message>
            <source>the secret of token %1 could not be saved in the keychain either: %2</source>
            <translation>le secret du jeton %1 n'a pas non plus pu être enregistré dans le trousseau : %2</translation>
        </message>
        <message>
            <source>token %1 has a new secret (printed above; store it safely now), but it could not be saved in the keychain: %2</source>
            <translation>le jeton %1 a un nouveau secret (affiché ci-dessus ; conservez-le en lieu sûr dès maintenant), mais il n'a pas pu être enregistré dans le trousseau : %2</translation>
        </message>
        <message>
            <source>%1: the secret of token %2 is saved in the keychain; '%1 secret %2' prints it.</source>
            <translation>%1 : le secret du jeton %2 est enregistré dans le trousseau ; « %1 secret %2 » l'affiche.</translation>
        </message>
    </context>
    <context>
        <name>DateFilterOptions</name>
        <message>
            <source>Only tokens created before this day (UTC).</source>
            <translation>Seulement les jetons créés avant ce jour (UTC).</translation>
        </message>
        <message>
            <source>Only tokens created on or after this day (UTC).</source>
            <translation>Seulement les jetons créés ce jour ou après (UTC).</translation>
        </message>
        <message>
            <source>Only tokens that expire before this date.</source>
            <translation>Seulement les jetons qui expirent avant cette date.</translation>
        </message>
        <message>
            <source>Only tokens that expire on or after this date.</source>
            <translation>Seulement les jetons qui expirent à cette date ou après.</translation>
        </message>
        <message>
            <source>Only tokens last used before this day (UTC).</source>
            <translation>Seulement les jetons utilisés pour la dernière fois avant ce jour (UTC).</translation>
        </message>
        <message>
            <source>Only tokens last used on or after this day (UTC).</source>
            <translation>Seulement les jetons utilisés pour la dernière fois ce jour ou après (UTC).</translation>
        </message>
        <message>
            <source>--%1 must be a date written YYYY-MM-DD, such as 2026-12-31.</source>
            <translation>--%1 doit être une date au format AAAA-MM-JJ, comme 2026-12-31.</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
    </context>
    <context>
        <name>DemoSeeder</name>
        <message>
            <source>CI deploy</source>
            <translation>Déploiement CI</translation>
        </message>
        <message>
            <source>Deploys main to staging from the CI pipeline.</source>
            <translation>Déploie main en préproduction depuis le pipeline CI.</translation>
        </message>
        <message>
            <source>Release bot</source>
            <translation>Bot de publication</translation>
        </message>
        <message>
            <source>Tags releases and uploads packages.</source>
            <translation>Étiquette les versions et envoie les paquets.</translation>
        </message>
        <message>
            <source>Old laptop</source>
            <translation>Ancien portable</translation>
        </message>
        <message>
            <source>Git over HTTPS from the laptop that was replaced.</source>
            <translation>Git via HTTPS depuis le portable qui a été remplacé.</translation>
        </message>
        <message>
            <source>Container registry</source>
            <translation>Registre de conteneurs</translation>
        </message>
        <message>
            <source>Pushes images from the build server.</source>
            <translation>Pousse les images depuis le serveur de build.</translation>
        </message>
        <message>
            <source>Grafana dashboards</source>
            <translation>Tableaux de bord Grafana</translation>
        </message>
        <message>
            <source>Reads pipeline and issue statistics.</source>
            <translation>Lit les statistiques des pipelines et des tickets.</translation>
        </message>
        <message>
            <source>Kubernetes agent</source>
            <translation>Agent Kubernetes</translation>
        </message>
        <message>
            <source>Cluster access for the deploy jobs.</source>
            <translation>Accès au cluster pour les tâches de déploiement.</translation>
        </message>
        <message>
            <source>Backup script</source>
            <translation>Script de sauvegarde</translation>
        </message>
        <message>
            <source>Nightly mirror of every repository.</source>
            <translation>Miroir nocturne de chaque dépôt.</translation>
        </message>
        <message>
            <source>Editor assistant</source>
            <translation>Assistant d'éditeur</translation>
        </message>
        <message>
            <source>GitLab Duo in the code editor.</source>
            <translation>GitLab Duo dans l'éditeur de code.</translation>
        </message>
        <message>
            <source>Laptop git</source>
            <translation>Git du portable</translation>
        </message>
        <message>
            <source>Issue importer</source>
            <translation>Importateur de tickets</translation>
        </message>
        <message>
            <source>Old sudo script</source>
            <translation>Ancien script sudo</translation>
        </message>
        <message>
            <source>Metrics exporter</source>
            <translation>Exportateur de métriques</translation>
        </message>
        <message>
            <source>Deploy script</source>
            <translation>Script de déploiement</translation>
        </message>
        <message>
            <source>Never used</source>
            <translation>Jamais utilisé</translation>
        </message>
        <message>
            <source>Registry push</source>
            <translation>Push vers le registre</translation>
        </message>
        <message>
            <source>Duo in the editor</source>
            <translation>Duo dans l'éditeur</translation>
        </message>
        <message>
            <source>Acme</source>
            <translation>Acme</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plateforme</translation>
        </message>
        <message>
            <source>API</source>
            <translation>API</translation>
        </message>
        <message>
            <source>Web shop</source>
            <translation>Boutique en ligne</translation>
        </message>
        <message>
            <source>Infrastructure</source>
            <translation>Infrastructure</translation>
        </message>
        <message>
            <source>Terraform</source>
            <translation>Terraform</translation>
        </message>
        <message>
            <source>Handbook</source>
            <translation>Manuel</translation>
        </message>
        <message>
            <source>Design guild</source>
            <translation>Guilde design</translation>
        </message>
        <message>
            <source>Icons</source>
            <translation>Icônes</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Communauté</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Site web</translation>
        </message>
        <message>
            <source>Runner fleet</source>
            <translation>Parc de runners</translation>
        </message>
        <message>
            <source>Registers the shared CI runners.</source>
            <translation>Enregistre les runners CI partagés.</translation>
        </message>
        <message>
            <source>Dependency updates</source>
            <translation>Mises à jour des dépendances</translation>
        </message>
        <message>
            <source>Opens merge requests for outdated dependencies.</source>
            <translation>Ouvre des merge requests pour les dépendances obsolètes.</translation>
        </message>
        <message>
            <source>Platform audit</source>
            <translation>Audit de la plateforme</translation>
        </message>
        <message>
            <source>Reads every project's settings each night.</source>
            <translation>Lit chaque nuit les paramètres de chaque projet.</translation>
        </message>
        <message>
            <source>Release pipeline</source>
            <translation>Pipeline de publication</translation>
        </message>
        <message>
            <source>Tags releases and pushes the changelog.</source>
            <translation>Étiquette les versions et pousse le journal des modifications.</translation>
        </message>
        <message>
            <source>Staging deploy</source>
            <translation>Déploiement en préproduction</translation>
        </message>
        <message>
            <source>Deploys every merge to staging.</source>
            <translation>Déploie chaque fusion en préproduction.</translation>
        </message>
        <message>
            <source>Preview environments</source>
            <translation>Environnements de prévisualisation</translation>
        </message>
        <message>
            <source>Builds a preview of every merge request.</source>
            <translation>Construit un aperçu de chaque merge request.</translation>
        </message>
        <message>
            <source>Image registry</source>
            <translation>Registre d'images</translation>
        </message>
        <message>
            <source>Pushes the shop's container images.</source>
            <translation>Pousse les images de conteneur de la boutique.</translation>
        </message>
        <message>
            <source>Terraform state</source>
            <translation>État Terraform</translation>
        </message>
        <message>
            <source>Keeps the Terraform state in the project.</source>
            <translation>Conserve l'état Terraform dans le projet.</translation>
        </message>
        <message>
            <source>Docs publisher</source>
            <translation>Publication de la documentation</translation>
        </message>
        <message>
            <source>Publishes the handbook to the intranet.</source>
            <translation>Publie le manuel sur l'intranet.</translation>
        </message>
        <message>
            <source>Spell checker</source>
            <translation>Correcteur orthographique</translation>
        </message>
        <message>
            <source>Comments on spelling in merge requests.</source>
            <translation>Commente l'orthographe dans les merge requests.</translation>
        </message>
        <message>
            <source>Icon export</source>
            <translation>Export des icônes</translation>
        </message>
        <message>
            <source>Exports the icon set for the apps.</source>
            <translation>Exporte le jeu d'icônes pour les applications.</translation>
        </message>
        <message>
            <source>Guild automation</source>
            <translation>Automatisation de la guilde</translation>
        </message>
        <message>
            <source>Only an owner of the guild can see this one.</source>
            <translation>Seul un propriétaire de la guilde peut voir celui-ci.</translation>
        </message>
        <message>
            <source>Site deploy</source>
            <translation>Déploiement du site</translation>
        </message>
        <message>
            <source>Only a maintainer of the website can see this one.</source>
            <translation>Seul un mainteneur du site web peut voir celui-ci.</translation>
        </message>
    </context>
    <context>
        <name>ExpiryCalendar</name>
        <message>
            <source>GitLab token “%1” stopped working today at 00:00 UTC.</source>
            <translation>Le jeton GitLab « %1 » a cessé de fonctionner aujourd'hui à 00:00 UTC.</translation>
        </message>
        <message>
            <source>GitLab token “%1” stops working tomorrow at 00:00 UTC: today is its last day.</source>
            <translation>Le jeton GitLab « %1 » cesse de fonctionner demain à 00:00 UTC : aujourd'hui est son dernier jour.</translation>
        </message>
        <message numerus="yes">
            <source>GitLab token “%1” stops working in %n day(s).</source>
            <translation>
                <numerusform>Le jeton GitLab « %1 » cesse de fonctionner dans %n jour.</numerusform>
                <numerusform>Le jeton GitLab « %1 » cesse de fonctionner dans %n jours.</numerusform>
            </translation>
        </message>
        <message>
            <source>GitLab token expiry</source>
            <translation>Expiration d'un jeton GitLab</translation>
        </message>
        <message>
            <source>GitLab token “%1” expires</source>
            <translation>Le jeton GitLab « %1 » expire</translation>
        </message>
        <message>
            <source>GitLab token “%1” of %2 expires</source>
            <translation>Le jeton GitLab « %1 » de %2 expire</translation>
        </message>
        <message>
            <source>Account: %1</source>
            <translation>Compte : %1</translation>
        </message>
        <message>
            <source>Group: %1</source>
            <translation>Groupe : %1</translation>
        </message>
        <message>
            <source>Project: %1</source>
            <translation>Projet : %1</translation>
        </message>
        <message>
            <source>Token: %1 (ID %2)</source>
            <translation>Jeton : %1 (ID %2)</translation>
        </message>
        <message>
            <source>Scopes: %1</source>
            <translation>Portées : %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <source>It stops working on %1 at 00:00 UTC. Rotate it in TokenDesk before then.</source>
            <translation>Il cesse de fonctionner le %1 à 00:00 UTC. Renouvelez-le dans TokenDesk avant cette date.</translation>
        </message>
    </context>
    <context>
        <name>ExpiryCheck</name>
        <message>
            <source>The groups and projects could not be listed: %1</source>
            <translation>Impossible de lister les groupes et projets : %1</translation>
        </message>
        <message>
            <source>The access tokens of the group %1 could not be read: %2</source>
            <translation>Impossible de lire les jetons d'accès du groupe %1 : %2</translation>
        </message>
        <message>
            <source>The access tokens of the project %1 could not be read: %2</source>
            <translation>Impossible de lire les jetons d'accès du projet %1 : %2</translation>
        </message>
        <message>
            <source>There is nothing to read at %1.</source>
            <translation>Il n'y a rien à lire à %1.</translation>
        </message>
        <message>
            <source>Offline store · %1</source>
            <translation>Stockage hors ligne · %1</translation>
        </message>
    </context>
    <context>
        <name>ForgetCommand</name>
        <message>
            <source>Delete the token's secret from the keychain (the token stays valid).</source>
            <translation>Supprimer le secret du jeton du trousseau (le jeton reste valide).</translation>
        </message>
        <message>
            <source>no secret was left in the keychain for token %1 (it was deleted elsewhere); TokenDesk no longer lists it as saved.</source>
            <translation>aucun secret ne restait dans le trousseau pour le jeton %1 (il a été supprimé ailleurs) ; TokenDesk ne l'indique plus comme enregistré.</translation>
        </message>
        <message>
            <source>Deleted the secret of token %1 from the keychain.</source>
            <translation>Secret du jeton %1 supprimé du trousseau.</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
    </context>
    <context>
        <name>GitHostsCommand</name>
        <message>
            <source>List the hosts git may use a saved token for.</source>
            <translation>Lister les hôtes pour lesquels git peut utiliser un jeton enregistré.</translation>
        </message>
        <message>
            <source>git uses no saved token for any host.</source>
            <translation>git n'utilise aucun jeton enregistré, pour aucun hôte.</translation>
        </message>
        <message>
            <source>HOST</source>
            <translation>HÔTE</translation>
        </message>
        <message>
            <source>TOKEN</source>
            <translation>JETON</translation>
        </message>
        <message>
            <source>USER NAME</source>
            <translation>NOM D'UTILISATEUR</translation>
        </message>
        <message>
            <source>BACKEND</source>
            <translation>BACKEND</translation>
        </message>
    </context>
    <context>
        <name>GitLabLostReplies</name>
        <message>
            <source>The server did not answer the request to create "%1", and TokenDesk did not send it again.</source>
            <translation>Le serveur n'a pas répondu à la demande de création de « %1 », et TokenDesk ne l'a pas renvoyée.</translation>
        </message>
        <message>
            <source>Re-reading the token list failed too (%1), so it is unknown whether the token was created. Check the list before trying again.</source>
            <translation>La relecture de la liste des jetons a aussi échoué (%1) : on ne sait donc pas si le jeton a été créé. Vérifiez la liste avant de réessayer.</translation>
        </message>
        <message>
            <source>It is unknown whether the token was created; check the list before trying again.</source>
            <translation>On ne sait pas si le jeton a été créé ; vérifiez la liste avant de réessayer.</translation>
        </message>
        <message>
            <source>The token list was re-read: the token was not created. You can try again.</source>
            <translation>La liste des jetons a été relue : le jeton n'a pas été créé. Vous pouvez réessayer.</translation>
        </message>
        <message>
            <source>The token list was re-read: a token named "%1" now exists (id %2), but its secret never arrived. Revoke it and create a new one if you need the secret.</source>
            <translation>La liste des jetons a été relue : un jeton nommé « %1 » existe désormais (ID %2), mais son secret n'est jamais arrivé. Révoquez-le et créez-en un nouveau si vous avez besoin du secret.</translation>
        </message>
        <message>
            <source>The server did not answer the request to rotate token %1, and TokenDesk did not send it again (a repeated rotation would make GitLab revoke the whole token family).</source>
            <translation>Le serveur n'a pas répondu à la demande de renouvellement du jeton %1, et TokenDesk ne l'a pas renvoyée (un renouvellement répété amènerait GitLab à révoquer toute la famille du jeton).</translation>
        </message>
        <message>
            <source>The access token no longer works: it was probably rotated and the new secret was lost. Connect again with a new access token.</source>
            <translation>Le jeton d'accès ne fonctionne plus : il a probablement été renouvelé et le nouveau secret a été perdu. Reconnectez-vous avec un nouveau jeton d'accès.</translation>
        </message>
        <message>
            <source>Re-reading the token failed too (%1); check the token list before doing anything else.</source>
            <translation>La relecture du jeton a aussi échoué (%1) ; vérifiez la liste des jetons avant toute autre action.</translation>
        </message>
        <message>
            <source>Check the token list.</source>
            <translation>Vérifiez la liste des jetons.</translation>
        </message>
        <message>
            <source>The token list was re-read: the token was not rotated and still works. You can rotate it again.</source>
            <translation>La liste des jetons a été relue : le jeton n'a pas été renouvelé et fonctionne toujours. Vous pouvez le renouveler à nouveau.</translation>
        </message>
        <message>
            <source>The token list was re-read: the token was rotated (the old one is revoked), but the new secret never arrived. Rotate the new token "%1" to get a secret; do not rotate the old one again.</source>
            <translation>La liste des jetons a été relue : le jeton a été renouvelé (l'ancien est révoqué), mais le nouveau secret n'est jamais arrivé. Renouvelez le nouveau jeton « %1 » pour obtenir un secret ; ne renouvelez pas à nouveau l'ancien.</translation>
        </message>
        <message>
            <source>The server did not answer the request to revoke token %1, and TokenDesk did not send it again.</source>
            <translation>Le serveur n'a pas répondu à la demande de révocation du jeton %1, et TokenDesk ne l'a pas renvoyée.</translation>
        </message>
        <message>
            <source>The access token no longer works, so it was revoked.</source>
            <translation>Le jeton d'accès ne fonctionne plus : il a donc été révoqué.</translation>
        </message>
        <message>
            <source>Re-reading the token failed too (%1); check the token list.</source>
            <translation>La relecture du jeton a aussi échoué (%1) ; vérifiez la liste des jetons.</translation>
        </message>
        <message>
            <source>The token list was re-read: the token is now revoked.</source>
            <translation>La liste des jetons a été relue : le jeton est maintenant révoqué.</translation>
        </message>
        <message>
            <source>The token list was re-read: the token was not revoked and still works. You can revoke it again.</source>
            <translation>La liste des jetons a été relue : le jeton n'a pas été révoqué et fonctionne toujours. Vous pouvez le révoquer à nouveau.</translation>
        </message>
    </context>
    <context>
        <name>GitLabParser</name>
        <message>
            <source>The server sent a reply that is not what GitLab sends (not the expected JSON). Check the instance URL, or try again later.</source>
            <translation>Le serveur a envoyé une réponse différente de celles de GitLab (pas le JSON attendu). Vérifiez l'URL de l'instance ou réessayez plus tard.</translation>
        </message>
        <message>
            <source>Token name</source>
            <translation>Nom du jeton</translation>
        </message>
        <message>
            <source>Token description</source>
            <translation>Description du jeton</translation>
        </message>
        <message>
            <source>Expiration date</source>
            <translation>Date d'expiration</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>Portées</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>GitLab refused the access token: it is invalid, expired or revoked. Reconnect with a valid token.</source>
            <translation>GitLab a refusé le jeton d'accès : il est invalide, expiré ou révoqué. Reconnectez-vous avec un jeton valide.</translation>
        </message>
        <message>
            <source>(GitLab says: %1)</source>
            <translation>(Message de GitLab : %1)</translation>
        </message>
        <message>
            <source>The access token lacks a scope this action needs.</source>
            <translation>Il manque au jeton d'accès une portée nécessaire à cette action.</translation>
        </message>
        <message>
            <source>The access token lacks the scope this action needs: %1.</source>
            <translation>Il manque au jeton d'accès la portée nécessaire à cette action : %1.</translation>
        </message>
        <message>
            <source> or </source>
            <translation> ou </translation>
        </message>
        <message>
            <source>GitLab does not allow this account to do that (403 Forbidden).</source>
            <translation>GitLab n'autorise pas ce compte à faire cela (403 Forbidden).</translation>
        </message>
        <message>
            <source>Not found: the token or resource does not exist, or this account cannot see it.</source>
            <translation>Introuvable : le jeton ou la ressource n'existe pas, ou ce compte ne peut pas le voir.</translation>
        </message>
        <message>
            <source>The server does not support this request (405 Method Not Allowed); it may be an older GitLab version.</source>
            <translation>Le serveur ne prend pas en charge cette requête (405 Method Not Allowed) ; il s'agit peut-être d'une ancienne version de GitLab.</translation>
        </message>
        <message>
            <source>GitLab is limiting requests (429 Too Many Requests). Try again later.</source>
            <translation>GitLab limite les requêtes (429 Too Many Requests). Réessayez plus tard.</translation>
        </message>
        <message>
            <source>GitLab could not process the request (422 Unprocessable Entity)</source>
            <translation>GitLab n'a pas pu traiter la requête (422 Unprocessable Entity)</translation>
        </message>
        <message>
            <source>GitLab rejected the request (400 Bad Request)</source>
            <translation>GitLab a rejeté la requête (400 Bad Request)</translation>
        </message>
        <message>
            <source>The server failed (HTTP %1). Try again later.</source>
            <translation>Le serveur a échoué (HTTP %1). Réessayez plus tard.</translation>
        </message>
        <message>
            <source>The server answered with HTTP %1.</source>
            <translation>Le serveur a répondu avec le code HTTP %1.</translation>
        </message>
        <message>
            <source>The server answered with HTTP %1: %2</source>
            <translation>Le serveur a répondu avec le code HTTP %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>GitLabResourceListing</name>
        <message>
            <source>The list of groups and projects is larger than %1; TokenDesk stopped reading it.</source>
            <translation>La liste des groupes et projets dépasse %1 éléments ; TokenDesk a arrêté de la lire.</translation>
        </message>
        <message>
            <source>The server sent the same groups or projects again on page %1; TokenDesk stopped reading the list.</source>
            <translation>Le serveur a renvoyé les mêmes groupes ou projets à la page %1 ; TokenDesk a arrêté de lire la liste.</translation>
        </message>
        <message numerus="yes">
            <source>The list of groups and projects is longer than %n page(s); TokenDesk stopped reading.</source>
            <translation>
                <numerusform>La liste des groupes et projets dépasse %n page ; TokenDesk a arrêté de la lire.</numerusform>
                <numerusform>La liste des groupes et projets dépasse %n pages ; TokenDesk a arrêté de la lire.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GitLabSecretRevocation</name>
        <message>
            <source>GitLab does not accept this token: it is unknown to this instance, expired or already revoked.</source>
            <translation>GitLab n'accepte pas ce jeton : il est inconnu de cette instance, expiré ou déjà révoqué.</translation>
        </message>
        <message>
            <source>No token was given.</source>
            <translation>Aucun jeton n'a été fourni.</translation>
        </message>
        <message>
            <source>The connection to GitLab is closed.</source>
            <translation>La connexion à GitLab est fermée.</translation>
        </message>
        <message>
            <source>GitLab did not answer the request to revoke token %1 ("%2"), and TokenDesk did not send it again.</source>
            <translation>GitLab n'a pas répondu à la demande de révocation du jeton %1 (« %2 »), et TokenDesk ne l'a pas renvoyée.</translation>
        </message>
        <message>
            <source>Asking GitLab about the token failed too (%1); try revoking it again.</source>
            <translation>L'interrogation de GitLab sur ce jeton a aussi échoué (%1) ; essayez à nouveau de le révoquer.</translation>
        </message>
        <message>
            <source>The token still works: revoke it again.</source>
            <translation>Le jeton fonctionne toujours : révoquez-le à nouveau.</translation>
        </message>
    </context>
    <context>
        <name>GitLabUrls</name>
        <message>
            <source>The instance URL is not valid; it should look like https://gitlab.example.com.</source>
            <translation>L'URL de l'instance n'est pas valide ; elle devrait ressembler à https://gitlab.example.com.</translation>
        </message>
        <message>
            <source>The instance URL must not contain a user name or password.</source>
            <translation>L'URL de l'instance ne doit contenir ni nom d'utilisateur ni mot de passe.</translation>
        </message>
        <message>
            <source>TokenDesk refuses to send an access token over unencrypted http:// to %1; use https:// (http:// is only allowed for this computer: localhost, 127.0.0.1, ::1).</source>
            <translation>TokenDesk refuse d'envoyer un jeton d'accès en http:// non chiffré à %1 ; utilisez https:// (http:// n'est autorisé que pour cet ordinateur : localhost, 127.0.0.1, ::1).</translation>
        </message>
        <message>
            <source>The instance URL must start with https://.</source>
            <translation>L'URL de l'instance doit commencer par https://.</translation>
        </message>
        <message>
            <source>There is no file %1.</source>
            <translation>Le fichier %1 n'existe pas.</translation>
        </message>
        <message>
            <source>The file %1 cannot be read.</source>
            <translation>Le fichier %1 ne peut pas être lu.</translation>
        </message>
        <message>
            <source>The file %1 holds no PEM certificate.</source>
            <translation>Le fichier %1 ne contient aucun certificat PEM.</translation>
        </message>
    </context>
    <context>
        <name>GitSetupCommand</name>
        <message>
            <source>Run the git config command (without it, nothing is changed).</source>
            <translation>Exécuter la commande git config (sans cette option, rien n'est modifié).</translation>
        </message>
        <message>
            <source>Show (or with --apply run) the git config command that makes git ask TokenDesk for HOST.</source>
            <translation>Afficher (ou, avec --apply, exécuter) la commande git config qui fait demander à git les identifiants de HOST à TokenDesk.</translation>
        </message>
        <message>
            <source>Without --apply your git configuration is not changed. Then choose the token git uses for HOST with '%1 git-use ID --host HOST'.</source>
            <translation>Sans --apply, votre configuration git n'est pas modifiée. Choisissez ensuite le jeton que git utilise pour HOST avec « %1 git-use ID --host HOST ».</translation>
        </message>
        <message>
            <source>cannot find %1 on PATH or beside %2; install it with TokenDesk.</source>
            <translation>%1 introuvable dans le PATH ou à côté de %2 ; installez-le avec TokenDesk.</translation>
        </message>
        <message>
            <source>git config failed (exit %1): %2</source>
            <translation>git config a échoué (code %1) : %2</translation>
        </message>
        <message>
            <source>git already uses another credential helper for https://%1 (%2 = %3); nothing changed. Remove it with 'git config --global --unset-all %2' and run this again.</source>
            <translation>git utilise déjà un autre assistant d'identification pour https://%1 (%2 = %3) ; rien n'a été modifié. Supprimez-le avec « git config --global --unset-all %2 » puis relancez cette commande.</translation>
        </message>
        <message>
            <source>Ran: %1</source>
            <translation>Exécuté : %1</translation>
        </message>
        <message>
            <source>git already asks TokenDesk for https://%1; nothing changed.</source>
            <translation>git demande déjà à TokenDesk pour https://%1 ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>cannot run git; is it installed?</source>
            <translation>impossible d'exécuter git ; est-il installé ?</translation>
        </message>
        <message>
            <source>--host HOST [--apply]</source>
            <translation>--host HOST [--apply]</translation>
        </message>
    </context>
    <context>
        <name>GitUseCommand</name>
        <message>
            <source>Stop git from using a saved token for HOST.</source>
            <translation>Empêcher git d'utiliser un jeton enregistré pour HOST.</translation>
        </message>
        <message>
            <source>The HTTPS host git connects to, such as gitlab.example.com or gitlab.example.com:8443.</source>
            <translation>L'hôte HTTPS auquel git se connecte, comme gitlab.example.com ou gitlab.example.com:8443.</translation>
        </message>
        <message>
            <source>%1 needs --host HOST.</source>
            <translation>%1 nécessite --host HOST.</translation>
        </message>
        <message>
            <source>'%1' is not a host name; write it as gitlab.example.com, optionally with :PORT.</source>
            <translation>« %1 » n'est pas un nom d'hôte ; écrivez-le sous la forme gitlab.example.com, éventuellement avec :PORT.</translation>
        </message>
        <message>
            <source>Let git use the token's saved secret for HOST over HTTPS (or stop it with --remove).</source>
            <translation>Permettre à git d'utiliser le secret enregistré du jeton pour HOST en HTTPS (ou l'en empêcher avec --remove).</translation>
        </message>
        <message>
            <source>git-use --remove takes no token ID, only --host HOST.</source>
            <translation>git-use --remove n'accepte pas d'ID de jeton, seulement --host HOST.</translation>
        </message>
        <message>
            <source>token %1 is %2, so git could not sign in with it; choose an active token.</source>
            <translation>le jeton %1 est %2 : git ne pourrait pas s'authentifier avec ; choisissez un jeton actif.</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>révoqué</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>expiré</translation>
        </message>
        <message>
            <source>token %1 has no secret saved in the keychain; save one with 'create --keychain' or 'rotate %1 --keychain' first.</source>
            <translation>le jeton %1 n'a aucun secret enregistré dans le trousseau ; enregistrez-en un d'abord avec « create --keychain » ou « rotate %1 --keychain ».</translation>
        </message>
        <message>
            <source>git will use token %1 for https://%2 (user name %3).</source>
            <translation>git utilisera le jeton %1 pour https://%2 (nom d'utilisateur %3).</translation>
        </message>
        <message>
            <source>If git does not ask TokenDesk for this host yet, run: %1 git-setup --host %2</source>
            <translation>Si git ne demande pas encore à TokenDesk pour cet hôte, lancez : %1 git-setup --host %2</translation>
        </message>
        <message>
            <source>git does not use a saved token for %1.</source>
            <translation>git n'utilise pas de jeton enregistré pour %1.</translation>
        </message>
        <message>
            <source>git no longer uses a saved token for https://%1.</source>
            <translation>git n'utilise plus de jeton enregistré pour https://%1.</translation>
        </message>
        <message>
            <source>HOST</source>
            <translation>HOST</translation>
        </message>
        <message>
            <source>ID --host HOST | --host HOST --remove</source>
            <translation>ID --host HOST | --host HOST --remove</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
    </context>
    <context>
        <name>InventoryCommand</name>
        <message>
            <source>Only the tokens of this user (numeric ID or username).</source>
            <translation>Seulement les jetons de cet utilisateur (ID numérique ou nom d'utilisateur).</translation>
        </message>
        <message>
            <source>Only tokens with this scope; repeat it for any of several.</source>
            <translation>Seulement les jetons ayant cette portée ; répétez l'option pour accepter l'une de plusieurs portées.</translation>
        </message>
        <message>
            <source>Which tokens: active (default), inactive or all.</source>
            <translation>Quels jetons : active (par défaut), inactive ou all.</translation>
        </message>
        <message>
            <source>Only tokens whose name contains TEXT.</source>
            <translation>Seulement les jetons dont le nom contient TEXT.</translation>
        </message>
        <message>
            <source>Print CSV (RFC 4180) with GitLab's field names, for a spreadsheet.</source>
            <translation>Afficher du CSV (RFC 4180) avec les noms de champs de GitLab, pour un tableur.</translation>
        </message>
        <message>
            <source>Revoke every token listed (asks first on a terminal).</source>
            <translation>Révoquer chaque jeton listé (demande confirmation sur un terminal).</translation>
        </message>
        <message>
            <source>With --revoke: revoke without asking (needed without a terminal).</source>
            <translation>Avec --revoke : révoquer sans demander (obligatoire sans terminal).</translation>
        </message>
        <message>
            <source>Administrators: every user's personal access tokens, with their owners; optionally revoke them.</source>
            <translation>Administrateurs : les jetons d'accès personnels de tous les utilisateurs, avec leurs propriétaires ; éventuellement, les révoquer.</translation>
        </message>
        <message>
            <source>Date filters: --created-before, --created-after, --expires-before, --expires-after, --last-used-before and --last-used-after, each a day written YYYY-MM-DD (UTC).</source>
            <translation>Filtres de date : --created-before, --created-after, --expires-before, --expires-after, --last-used-before et --last-used-after, chacun un jour au format AAAA-MM-JJ (UTC).</translation>
        </message>
        <message>
            <source>Exit codes: 3 when you are not an administrator, 4 when --owner names no user, 1 when any token could not be revoked (each is named on standard error), 2 for --revoke without a terminal and without --yes (nothing is asked of the server, nothing revoked).</source>
            <translation>Codes de sortie : 3 si vous n'êtes pas administrateur, 4 si --owner ne désigne aucun utilisateur, 1 si un jeton n'a pas pu être révoqué (chacun est nommé sur la sortie d'erreur), 2 pour --revoke sans terminal et sans --yes (rien n'est demandé au serveur, rien n'est révoqué).</translation>
        </message>
        <message>
            <source>inventory lists personal access tokens; leave out --group and --project.</source>
            <translation>inventory liste les jetons d'accès personnels ; omettez --group et --project.</translation>
        </message>
        <message>
            <source>unknown --state '%1'; use active, inactive or all.</source>
            <translation>--state « %1 » inconnu ; utilisez active, inactive ou all.</translation>
        </message>
        <message>
            <source>--owner needs a user ID or username.</source>
            <translation>--owner attend un ID ou un nom d'utilisateur.</translation>
        </message>
        <message>
            <source>--scope needs a scope name, such as api.</source>
            <translation>--scope attend un nom de portée, comme api.</translation>
        </message>
        <message>
            <source>--yes goes with --revoke.</source>
            <translation>--yes s'utilise avec --revoke.</translation>
        </message>
        <message>
            <source>without a terminal to ask on, --revoke needs --yes; nothing was revoked.</source>
            <translation>sans terminal pour demander confirmation, --revoke nécessite --yes ; rien n'a été révoqué.</translation>
        </message>
        <message>
            <source>choose one of --json and --csv.</source>
            <translation>choisissez entre --json et --csv.</translation>
        </message>
        <message>
            <source>Reading tokens: page %1 of %2</source>
            <translation>Lecture des jetons : page %1 sur %2</translation>
        </message>
        <message>
            <source>Reading tokens: page %1</source>
            <translation>Lecture des jetons : page %1</translation>
        </message>
        <message>
            <source>--owner %1: there is no such user on this instance.</source>
            <translation>--owner %1 : cet utilisateur n'existe pas sur cette instance.</translation>
        </message>
        <message>
            <source>No tokens to revoke.</source>
            <translation>Aucun jeton à révoquer.</translation>
        </message>
        <message numerus="yes">
            <source>Revoke %n token(s)</source>
            <translation>
                <numerusform>Révoquer %n jeton</numerusform>
                <numerusform>Révoquer %n jetons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>of %n user(s)?</source>
            <translation>
                <numerusform>de %n utilisateur ?</numerusform>
                <numerusform>de %n utilisateurs ?</numerusform>
            </translation>
        </message>
        <message>
            <source>This includes the token this command signs in with; it is revoked last.</source>
            <translation>Cela inclut le jeton avec lequel cette commande s'authentifie ; il est révoqué en dernier.</translation>
        </message>
        <message>
            <source>not confirmed; nothing was revoked.</source>
            <translation>non confirmé ; rien n'a été révoqué.</translation>
        </message>
        <message>
            <source>Revoking: %1 of %2</source>
            <translation>Révocation : %1 sur %2</translation>
        </message>
        <message>
            <source>token %1 of %2 was not revoked: %3</source>
            <translation>le jeton %1 de %2 n'a pas été révoqué : %3</translation>
        </message>
        <message>
            <source>token %1 is revoked, but its saved secret could not be deleted from the keychain: %2</source>
            <translation>le jeton %1 est révoqué, mais son secret enregistré n'a pas pu être supprimé du trousseau : %2</translation>
        </message>
        <message numerus="yes">
            <source>Revoked %1 of %n token(s).</source>
            <translation>
                <numerusform>%1 jeton sur %n révoqué.</numerusform>
                <numerusform>%1 jetons sur %n révoqués.</numerusform>
            </translation>
        </message>
        <message>
            <source>the token this command signed in with was revoked last; it no longer signs in.</source>
            <translation>le jeton avec lequel cette commande s'authentifiait a été révoqué en dernier ; il ne permet plus de s'authentifier.</translation>
        </message>
        <message>
            <source>ID_OR_USERNAME</source>
            <translation>ID_OR_USERNAME</translation>
        </message>
        <message>
            <source>SCOPE</source>
            <translation>SCOPE</translation>
        </message>
        <message>
            <source>STATE</source>
            <translation>STATE</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <source>[--owner ID_OR_USERNAME] [--scope SCOPE]... [--state STATE] [date filters] [--search TEXT] [--csv] [--revoke [--yes]]</source>
            <translation>[--owner ID_OR_USERNAME] [--scope SCOPE]... [--state STATE] [filtres de date] [--search TEXT] [--csv] [--revoke [--yes]]</translation>
        </message>
    </context>
    <context>
        <name>InventoryPrinter</name>
        <message>
            <source>No tokens.</source>
            <translation>Aucun jeton.</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>révoqué</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>expiré</translation>
        </message>
        <message>
            <source>active</source>
            <translation>actif</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>USER ID</source>
            <translation>ID UTILISATEUR</translation>
        </message>
        <message>
            <source>USERNAME</source>
            <translation>NOM D'UTILISATEUR</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NOM</translation>
        </message>
        <message>
            <source>SCOPES</source>
            <translation>PORTÉES</translation>
        </message>
        <message>
            <source>CREATED</source>
            <translation>CRÉÉ LE</translation>
        </message>
        <message>
            <source>EXPIRES</source>
            <translation>EXPIRE</translation>
        </message>
        <message>
            <source>LAST USED</source>
            <translation>DERNIÈRE UTILISATION</translation>
        </message>
        <message>
            <source>STATUS</source>
            <translation>ÉTAT</translation>
        </message>
    </context>
    <context>
        <name>InventoryWindow</name>
        <message>
            <source>All users' tokens</source>
            <translation>Jetons de tous les utilisateurs</translation>
        </message>
        <message>
            <source>&amp;Owner</source>
            <translation>&amp;Propriétaire</translation>
        </message>
        <message>
            <source>S&amp;copes</source>
            <translation>P&amp;ortées</translation>
        </message>
        <message>
            <source>S&amp;tate</source>
            <translation>É&amp;tat</translation>
        </message>
        <message>
            <source>&amp;Show tokens</source>
            <translation>&amp;Afficher les jetons</translation>
        </message>
        <message>
            <source>Ca&amp;ncel</source>
            <translation>A&amp;nnuler</translation>
        </message>
        <message>
            <source>To&amp;kens</source>
            <translation>&amp;Jetons</translation>
        </message>
        <message>
            <source>&amp;Revoke selected</source>
            <translation>&amp;Révoquer la sélection</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Not re&amp;voked</source>
            <translation>Non ré&amp;voqués</translation>
        </message>
    </context>
    <context>
        <name>LaunchRequest</name>
        <message>
            <source>The resource must be group:ID or project:ID, not %1.</source>
            <translation>La ressource doit être group:ID ou project:ID, pas %1.</translation>
        </message>
    </context>
    <context>
        <name>LeakedTokenDialog</name>
        <message>
            <source>Revoke a leaked token</source>
            <translation>Révoquer un jeton divulgué</translation>
        </message>
        <message>
            <source>Paste a token that was exposed (in a chat, a log or a public repository). Check shows what it is; Revoke ends it at once, whoever owns it. The pasted text is not kept.</source>
            <translation>Collez un jeton qui a été exposé (dans une discussion, un journal ou un dépôt public). Vérifier indique de quoi il s'agit ; Révoquer y met fin immédiatement, quel que soit son propriétaire. Le texte collé n'est pas conservé.</translation>
        </message>
        <message>
            <source>&amp;Leaked token</source>
            <translation>&amp;Jeton divulgué</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>&amp;Vérifier</translation>
        </message>
        <message>
            <source>&amp;Revoke</source>
            <translation>&amp;Révoquer</translation>
        </message>
        <message>
            <source>&amp;Forget the saved secret</source>
            <translation>&amp;Oublier le secret enregistré</translation>
        </message>
    </context>
    <context>
        <name>ListCommand</name>
        <message>
            <source>Which tokens: active (default), inactive or all.</source>
            <translation>Quels jetons : active (par défaut), inactive ou all.</translation>
        </message>
        <message>
            <source>Only tokens whose name contains TEXT.</source>
            <translation>Seulement les jetons dont le nom contient TEXT.</translation>
        </message>
        <message>
            <source>Order: %1 (default: expires_asc).</source>
            <translation>Ordre : %1 (par défaut : expires_asc).</translation>
        </message>
        <message>
            <source>Every active access token of the groups and projects whose tokens you may manage, each with its group or project.</source>
            <translation>Chaque jeton d'accès actif des groupes et projets dont vous pouvez gérer les jetons, chacun avec son groupe ou projet.</translation>
        </message>
        <message>
            <source>List tokens (active ones unless --state says otherwise), or with --all-resources every group and project access token.</source>
            <translation>Lister les jetons (les actifs, sauf indication contraire de --state) ou, avec --all-resources, tous les jetons d'accès de groupe et de projet.</translation>
        </message>
        <message>
            <source>Date filters: --created-before, --created-after, --expires-before, --expires-after, --last-used-before and --last-used-after, each a day written YYYY-MM-DD (UTC), as GitLab means them: 'before' excludes the day itself, 'after' includes it; a token without that date (never used, no expiry) does not match.</source>
            <translation>Filtres de date : --created-before, --created-after, --expires-before, --expires-after, --last-used-before et --last-used-after, chacun un jour au format AAAA-MM-JJ (UTC), au sens de GitLab : « before » exclut le jour lui-même, « after » l'inclut ; un jeton sans cette date (jamais utilisé, sans expiration) ne correspond pas.</translation>
        </message>
        <message>
            <source>With --all-resources the groups and projects are read several at a time; those that could not be read are named on standard error and the exit code is 6, after the tokens of the others are printed. When none could be read, for one kind of reason (such as an instance without these tokens), that reason is the error and gives the exit code.</source>
            <translation>Avec --all-resources, les groupes et projets sont lus plusieurs à la fois ; ceux qui n'ont pas pu être lus sont nommés sur la sortie d'erreur et le code de sortie est 6, une fois les jetons des autres affichés. Quand aucun n'a pu être lu pour une même raison (par exemple une instance sans ces jetons), cette raison constitue l'erreur et détermine le code de sortie.</translation>
        </message>
        <message>
            <source>--all-resources lists every group and project; leave out --group and --project.</source>
            <translation>--all-resources liste tous les groupes et projets ; omettez --group et --project.</translation>
        </message>
        <message>
            <source>--all-resources lists active tokens by expiry date; --state, --search and --sort do not apply.</source>
            <translation>--all-resources liste les jetons actifs par date d'expiration ; --state, --search et --sort ne s'appliquent pas.</translation>
        </message>
        <message>
            <source>--all-resources takes --expires-before as its only date filter.</source>
            <translation>--all-resources n'accepte que --expires-before comme filtre de date.</translation>
        </message>
        <message>
            <source>unknown --state '%1'; use active, inactive or all.</source>
            <translation>--state « %1 » inconnu ; utilisez active, inactive ou all.</translation>
        </message>
        <message>
            <source>unknown --sort '%1'; use one of: %2.</source>
            <translation>--sort « %1 » inconnu ; utilisez l'une des valeurs : %2.</translation>
        </message>
        <message>
            <source>Reading tokens: page %1 of %2</source>
            <translation>Lecture des jetons : page %1 sur %2</translation>
        </message>
        <message>
            <source>Reading tokens: page %1</source>
            <translation>Lecture des jetons : page %1</translation>
        </message>
        <message>
            <source>interrupted; the listing above is incomplete.</source>
            <translation>interrompu ; la liste ci-dessus est incomplète.</translation>
        </message>
        <message>
            <source>interrupted; nothing was listed.</source>
            <translation>interrompu ; rien n'a été listé.</translation>
        </message>
        <message>
            <source>STATE</source>
            <translation>STATE</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <source>ORDER</source>
            <translation>ORDER</translation>
        </message>
        <message>
            <source>[--state STATE] [--search TEXT] [--sort ORDER] [date filters] | --all-resources [--expires-before YYYY-MM-DD]</source>
            <translation>[--state STATE] [--search TEXT] [--sort ORDER] [filtres de date] | --all-resources [--expires-before YYYY-MM-DD]</translation>
        </message>
    </context>
    <context>
        <name>PageTexts</name>
        <message>
            <source>Group and project access tokens</source>
            <translation>Jetons d'accès de groupe et de projet</translation>
        </message>
        <message>
            <source>Personal access tokens</source>
            <translation>Jetons d'accès personnels</translation>
        </message>
        <message>
            <source>Group access tokens: %1</source>
            <translation>Jetons d'accès du groupe : %1</translation>
        </message>
        <message>
            <source>Project access tokens: %1</source>
            <translation>Jetons d'accès du projet : %1</translation>
        </message>
        <message>
            <source>Group access tokens let CI jobs and automation use the GitLab API, and git over HTTPS, as a bot member of the group with the role you give them. Only the scopes a group token may have are offered. A new token's secret is shown once.</source>
            <translation>Les jetons d'accès de groupe permettent aux tâches CI et à l'automatisation d'utiliser l'API GitLab, ainsi que git via HTTPS, en tant que membre bot du groupe avec le rôle que vous leur donnez. Seules les portées autorisées pour un jeton de groupe sont proposées. Le secret d'un nouveau jeton n'est affiché qu'une fois.</translation>
        </message>
        <message>
            <source>Project access tokens let CI jobs and automation use the GitLab API, and git over HTTPS, as a bot member of the project with the role you give them. Only the scopes a project token may have are offered. A new token's secret is shown once.</source>
            <translation>Les jetons d'accès de projet permettent aux tâches CI et à l'automatisation d'utiliser l'API GitLab, ainsi que git via HTTPS, en tant que membre bot du projet avec le rôle que vous leur donnez. Seules les portées autorisées pour un jeton de projet sont proposées. Le secret d'un nouveau jeton n'est affiché qu'une fois.</translation>
        </message>
    </context>
    <context>
        <name>PasteTokenDialog</name>
        <message>
            <source>Create the token on GitLab</source>
            <translation>Créer le jeton sur GitLab</translation>
        </message>
        <message>
            <source>Open GitLab's page</source>
            <translation>Ouvrir la page de GitLab</translation>
        </message>
        <message>
            <source>&amp;Paste the new token</source>
            <translation>&amp;Coller le nouveau jeton</translation>
        </message>
        <message>
            <source>Paste the new token</source>
            <translation>Coller le nouveau jeton</translation>
        </message>
        <message>
            <source>Add token</source>
            <translation>Ajouter le jeton</translation>
        </message>
        <message>
            <source>Save to keychain</source>
            <translation>Enregistrer dans le trousseau</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <source>Clipboard clear &amp;delay</source>
            <translation>&amp;Délai d'effacement du presse-papiers</translation>
        </message>
        <message>
            <source>A copied token is removed from the clipboard after this many seconds, unless something else was copied since.</source>
            <translation>Un jeton copié est retiré du presse-papiers après ce nombre de secondes, sauf si autre chose a été copié entre-temps.</translation>
        </message>
        <message>
            <source>Save new tokens to the &amp;keychain automatically</source>
            <translation>Enregistrer automatiquement les nouveaux jetons dans le &amp;trousseau</translation>
        </message>
        <message>
            <source>Remind me about &amp;expiring tokens</source>
            <translation>Me rappeler les jetons qui vont &amp;expirer</translation>
        </message>
        <message>
            <source>Remind me this many days &amp;before expiry</source>
            <translation>Me le rappeler ce nombre de jours &amp;avant l'expiration</translation>
        </message>
        <message>
            <source>Numbers of days separated by commas, for example 30, 7, 1, 0: one reminder each, and 0 on the day the token expires.</source>
            <translation>Nombres de jours séparés par des virgules, par exemple 30, 7, 1, 0 : un rappel pour chacun, et 0 le jour où le jeton expire.</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>The window, tokendesk-cli and the git credential helper speak it from their next start.</source>
            <translation>La fenêtre, tokendesk-cli et l'assistant d'identification git l'utilisent à partir de leur prochain démarrage.</translation>
        </message>
    </context>
    <context>
        <name>PrivateFiles</name>
        <message>
            <source>%1 cannot be created: %2</source>
            <translation>%1 ne peut pas être créé : %2</translation>
        </message>
        <message>
            <source>%1 cannot be examined: %2</source>
            <translation>%1 ne peut pas être examiné : %2</translation>
        </message>
        <message>
            <source>%1 was readable or writable by other users (permissions %2); it is now %3.</source>
            <translation>%1 était accessible en lecture ou en écriture par d'autres utilisateurs (permissions %2) ; il est désormais en %3.</translation>
        </message>
        <message>
            <source>%1 is readable or writable by other users (permissions %2) and cannot be changed.</source>
            <translation>%1 est accessible en lecture ou en écriture par d'autres utilisateurs (permissions %2) et ne peut pas être modifié.</translation>
        </message>
    </context>
    <context>
        <name>QCommandLineParser</name>
        <message>
            <source>[options]</source>
            <translation>[options]</translation>
        </message>
        <message>
            <source>Displays help on commandline options.</source>
            <translation>Affiche l'aide sur les options de la ligne de commande.</translation>
        </message>
        <message>
            <source>Displays help including Qt specific options.</source>
            <translation>Affiche l'aide, options propres à Qt comprises.</translation>
        </message>
        <message>
            <source>Displays version information.</source>
            <translation>Affiche les informations de version.</translation>
        </message>
    </context>
    <context>
        <name>RemindCommand</name>
        <message>
            <source>Tokens that expire within DAYS days (default: the largest reminder threshold, 30 unless changed in Preferences).</source>
            <translation>Jetons qui expirent dans les DAYS jours (par défaut : le plus grand seuil de rappel, 30 sauf modification dans les Préférences).</translation>
        </message>
        <message>
            <source>Tokens that expire soon, in every place TokenDesk knows, soonest first.</source>
            <translation>Jetons qui expirent bientôt, dans tous les emplacements connus de TokenDesk, les plus proches d'abord.</translation>
        </message>
        <message>
            <source>Without --store, --demo or --gitlab every place TokenDesk knows is read: the local store (when it exists; it is never created) and every connected GitLab account, with its access token from the keychain. Personal, group and project access tokens are included.</source>
            <translation>Sans --store, --demo ou --gitlab, tous les emplacements connus de TokenDesk sont lus : le stockage local (s'il existe ; il n'est jamais créé) et chaque compte GitLab connecté, avec son jeton d'accès pris dans le trousseau. Les jetons d'accès personnels, de groupe et de projet sont inclus.</translation>
        </message>
        <message>
            <source>--json prints an array of tokens with GitLab's field names, plus "account" (the place's key: the connected account's key, or "store:" and the store file's path), "resource" ({kind, id, full_path}, for group and project tokens; null otherwise) and "days_left" (1 on the token's last working day).</source>
            <translation>--json affiche un tableau de jetons avec les noms de champs de GitLab, plus "account" (la clé de l'emplacement : la clé du compte connecté, ou "store:" suivi du chemin du fichier de stockage), "resource" ({kind, id, full_path}, pour les jetons de groupe et de projet ; null sinon) et "days_left" (1 le dernier jour de validité du jeton).</translation>
        </message>
        <message>
            <source>Exit codes: 0 whether or not anything is due; 1 when a place could not be read (each is named on standard error; what the others answered is still printed); 2 usage.</source>
            <translation>Codes de sortie : 0 qu'il y ait ou non quelque chose d'échu ; 1 si un emplacement n'a pas pu être lu (chacun est nommé sur la sortie d'erreur ; les réponses des autres sont tout de même affichées) ; 2 erreur d'utilisation.</translation>
        </message>
        <message>
            <source>remind reads personal, group and project tokens together; leave out --group and --project.</source>
            <translation>remind lit ensemble les jetons personnels, de groupe et de projet ; omettez --group et --project.</translation>
        </message>
        <message>
            <source>--within must be a whole number of days from 1 to %1, such as 30.</source>
            <translation>--within doit être un nombre entier de jours de 1 à %1, comme 30.</translation>
        </message>
        <message>
            <source>could not read %1: %2</source>
            <translation>impossible de lire %1 : %2</translation>
        </message>
        <message>
            <source>No token expires tomorrow.</source>
            <translation>Aucun jeton n'expire demain.</translation>
        </message>
        <message>
            <source>No token expires within %1 days.</source>
            <translation>Aucun jeton n'expire dans les %1 jours.</translation>
        </message>
        <message>
            <source>ACCOUNT</source>
            <translation>COMPTE</translation>
        </message>
        <message>
            <source>RESOURCE</source>
            <translation>RESSOURCE</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NOM</translation>
        </message>
        <message>
            <source>EXPIRES</source>
            <translation>EXPIRE</translation>
        </message>
        <message>
            <source>DAYS LEFT</source>
            <translation>JOURS RESTANTS</translation>
        </message>
        <message>
            <source>store %1</source>
            <translation>stockage %1</translation>
        </message>
        <message>
            <source>group %1</source>
            <translation>groupe %1</translation>
        </message>
        <message>
            <source>project %1</source>
            <translation>projet %1</translation>
        </message>
        <message>
            <source>DAYS</source>
            <translation>DAYS</translation>
        </message>
        <message>
            <source>[--within DAYS] [--notify [--wait SECONDS]] | --enable [--autostart] | --disable</source>
            <translation>[--within DAYS] [--notify [--wait SECONDS]] | --enable [--autostart] | --disable</translation>
        </message>
    </context>
    <context>
        <name>RemindNotification</name>
        <message>
            <source>Also show desktop notifications: one per token and threshold, never twice (see the end of this help).</source>
            <translation>Afficher aussi des notifications de bureau : une par jeton et par seuil, jamais deux fois (voir la fin de cette aide).</translation>
        </message>
        <message>
            <source>With --notify: stay up to SECONDS (default: %1) to answer the notifications' actions; 0 ends at once.</source>
            <translation>Avec --notify : rester actif jusqu'à SECONDS secondes (par défaut : %1) pour répondre aux actions des notifications ; 0 termine immédiatement.</translation>
        </message>
        <message>
            <source>--wait needs --notify.</source>
            <translation>--wait nécessite --notify.</translation>
        </message>
        <message>
            <source>--wait must be a number of seconds from 0 to %1.</source>
            <translation>--wait doit être un nombre de secondes de 0 à %1.</translation>
        </message>
        <message>
            <source>With --notify, each token is told of once per reminder threshold (%1; Preferences or reminders.conf change them); a place that could not be read gets a notification too. What was told is kept in %2.
Where the notification service offers actions, "Rotate now" and "Open" open the TokenDesk window on the token and "Remind me tomorrow" tells of it again tomorrow. Only a running remind can answer them: it stays until each of its notifications is answered or closed, or --wait runs out. Once it has ended the notifications stay on screen, but their buttons do nothing; a longer --wait keeps them working at the cost of a process left waiting.
With no notification service on the session bus, remind --notify says so after the report and exits 1.
</source>
            <translation>Avec --notify, chaque jeton est signalé une fois par seuil de rappel (%1 ; les Préférences ou reminders.conf les modifient) ; un emplacement qui n'a pas pu être lu reçoit aussi une notification. Ce qui a été signalé est conservé dans %2.
Quand le service de notification propose des actions, « Renouveler maintenant » et « Ouvrir » ouvrent la fenêtre de TokenDesk sur le jeton, et « Me le rappeler demain » le signale à nouveau le lendemain. Seul un remind en cours d'exécution peut y répondre : il reste actif jusqu'à ce que chacune de ses notifications ait reçu une réponse ou ait été fermée, ou que --wait soit écoulé. Une fois qu'il s'est terminé, les notifications restent à l'écran, mais leurs boutons n'ont plus d'effet ; un --wait plus long les garde fonctionnels, au prix d'un processus laissé en attente.
Sans service de notification sur le bus de session, remind --notify le signale après le rapport et se termine avec le code 1.
</translation>
        </message>
        <message numerus="yes">
            <source>Posted %n notification(s); answering their actions for a while (Ctrl+C ends this).
</source>
            <translation>
                <numerusform>%n notification envoyée ; réponse à ses actions pendant un moment (Ctrl+C pour arrêter).
</numerusform>
                <numerusform>%n notifications envoyées ; réponse à leurs actions pendant un moment (Ctrl+C pour arrêter).
</numerusform>
            </translation>
        </message>
        <message>
            <source>SECONDS</source>
            <translation>SECONDS</translation>
        </message>
    </context>
    <context>
        <name>RemindSchedule</name>
        <message>
            <source>Remind by itself from now on: install and start a systemd user timer that runs 'remind --notify' daily and at login.</source>
            <translation>Rappeler de lui-même à partir de maintenant : installer et démarrer un minuteur utilisateur systemd qui lance « remind --notify » chaque jour et à la connexion.</translation>
        </message>
        <message>
            <source>Stop reminding by itself: remove the timer or the autostart entry.</source>
            <translation>Cesser de rappeler de lui-même : supprimer le minuteur ou l'entrée de démarrage automatique.</translation>
        </message>
        <message>
            <source>With --enable: where there is no systemd, remind at each login through an XDG autostart entry instead of a timer.</source>
            <translation>Avec --enable : en l'absence de systemd, rappeler à chaque connexion via une entrée de démarrage automatique XDG au lieu d'un minuteur.</translation>
        </message>
        <message>
            <source>--enable and --disable can be repeated safely. Exit codes for them: 0 done, 1 failed, 7 systemd is absent (use --enable --autostart).
</source>
            <translation>--enable et --disable peuvent être répétés sans risque. Leurs codes de sortie : 0 terminé, 1 échec, 7 systemd absent (utilisez --enable --autostart).
</translation>
        </message>
        <message>
            <source>--enable and --disable cannot be used together.</source>
            <translation>--enable et --disable ne peuvent pas être utilisés ensemble.</translation>
        </message>
        <message>
            <source>--autostart goes with --enable.</source>
            <translation>--autostart s'utilise avec --enable.</translation>
        </message>
        <message>
            <source>systemd is not available here (no systemctl), so no timer was installed. To be reminded at each login instead, run: %1 remind --enable --autostart</source>
            <translation>systemd n'est pas disponible ici (pas de systemctl) : aucun minuteur n'a donc été installé. Pour recevoir plutôt un rappel à chaque connexion, lancez : %1 remind --enable --autostart</translation>
        </message>
        <message>
            <source>could not turn reminders on: %1</source>
            <translation>impossible d'activer les rappels : %1</translation>
        </message>
        <message>
            <source>could not turn reminders off: %1</source>
            <translation>impossible de désactiver les rappels : %1</translation>
        </message>
    </context>
    <context>
        <name>ReminderLedger</name>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Impossible de lire %1 : %2</translation>
        </message>
        <message>
            <source>%1 is not a reminder record TokenDesk can read.</source>
            <translation>%1 n'est pas un registre de rappels que TokenDesk sait lire.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Impossible d'écrire %1 : %2</translation>
        </message>
        <message>
            <source>its folder cannot be created.</source>
            <translation>son dossier ne peut pas être créé.</translation>
        </message>
    </context>
    <context>
        <name>ReminderPlaces</name>
        <message>
            <source>there is no store at %1.</source>
            <translation>il n'y a pas de stockage à %1.</translation>
        </message>
    </context>
    <context>
        <name>ReminderPlan</name>
        <message>
            <source>Token “%1” expired today</source>
            <translation>Le jeton « %1 » a expiré aujourd'hui</translation>
        </message>
        <message>
            <source>Token “%1” expires tomorrow</source>
            <translation>Le jeton « %1 » expire demain</translation>
        </message>
        <message numerus="yes">
            <source>Token “%1” expires in %n day(s)</source>
            <translation>
                <numerusform>Le jeton « %1 » expire dans %n jour</numerusform>
                <numerusform>Le jeton « %1 » expire dans %n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, group %2</source>
            <translation>%1, groupe %2</translation>
        </message>
        <message>
            <source>%1, project %2</source>
            <translation>%1, projet %2</translation>
        </message>
        <message>
            <source>%1
It stopped working on %2 (00:00 UTC): whatever uses it is refused now. Create a new token to replace it.</source>
            <translation>%1
Il a cessé de fonctionner le %2 (00:00 UTC) : tout ce qui l'utilise est désormais refusé. Créez un nouveau jeton pour le remplacer.</translation>
        </message>
        <message>
            <source>%1
It stops working on %2 (00:00 UTC).</source>
            <translation>%1
Il cesse de fonctionner le %2 (00:00 UTC).</translation>
        </message>
        <message>
            <source>Rotate now</source>
            <translation>Renouveler maintenant</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Remind me tomorrow</source>
            <translation>Me le rappeler demain</translation>
        </message>
        <message numerus="yes">
            <source>%n token(s) expired or expire soon</source>
            <translation>
                <numerusform>%n jeton a expiré ou expire bientôt</numerusform>
                <numerusform>%n jetons ont expiré ou expirent bientôt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n token(s) expire soon</source>
            <translation>
                <numerusform>%n jeton expire bientôt</numerusform>
                <numerusform>%n jetons expirent bientôt</numerusform>
            </translation>
        </message>
        <message>
            <source>expired today</source>
            <translation>a expiré aujourd'hui</translation>
        </message>
        <message>
            <source>expires tomorrow</source>
            <translation>expire demain</translation>
        </message>
        <message numerus="yes">
            <source>expires in %n day(s)</source>
            <translation>
                <numerusform>expire dans %n jour</numerusform>
                <numerusform>expire dans %n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1” (%2) %3</source>
            <translation>« %1 » (%2) %3</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>et %n autre</numerusform>
                <numerusform>et %n autres</numerusform>
            </translation>
        </message>
        <message>
            <source>TokenDesk could not check the tokens of %1</source>
            <translation>TokenDesk n'a pas pu vérifier les jetons de %1</translation>
        </message>
        <message numerus="yes">
            <source>TokenDesk could not check the tokens of %n place(s)</source>
            <translation>
                <numerusform>TokenDesk n'a pas pu vérifier les jetons de %n emplacement</numerusform>
                <numerusform>TokenDesk n'a pas pu vérifier les jetons de %n emplacements</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Tokens there that are about to expire are not shown.</source>
            <translation>Les jetons de cet emplacement qui vont bientôt expirer ne sont pas affichés.</translation>
        </message>
    </context>
    <context>
        <name>ReminderThresholds</name>
        <message>
            <source>"%1" is not a number of days from 0 to %2.</source>
            <translation>« %1 » n'est pas un nombre de jours entre 0 et %2.</translation>
        </message>
        <message>
            <source>Give at least one number of days, such as 30,7,1,0.</source>
            <translation>Indiquez au moins un nombre de jours, comme 30,7,1,0.</translation>
        </message>
    </context>
    <context>
        <name>ReminderUnits</name>
        <message>
            <source>systemd does not accept quotes, backslashes or control characters in the path of the program it runs (%1)</source>
            <translation>systemd n'accepte ni guillemets, ni barres obliques inverses, ni caractères de contrôle dans le chemin du programme qu'il exécute (%1)</translation>
        </message>
        <message>
            <source>Remind about TokenDesk access tokens that expire soon</source>
            <translation>Rappeler les jetons d'accès TokenDesk qui expirent bientôt</translation>
        </message>
        <message>
            <source>Check daily and at login for TokenDesk access tokens that expire soon</source>
            <translation>Vérifier chaque jour et à la connexion les jetons d'accès TokenDesk qui expirent bientôt</translation>
        </message>
        <message>
            <source>TokenDesk expiry reminders</source>
            <translation>Rappels d'expiration de TokenDesk</translation>
        </message>
        <message>
            <source>Tells you at login about access tokens that expire soon</source>
            <translation>Vous signale à la connexion les jetons d'accès qui expirent bientôt</translation>
        </message>
    </context>
    <context>
        <name>ResourceDirectory</name>
        <message>
            <source>"%1" is not a valid path: use letters, digits, "_", "-" and ".", with "/" between a group and what it holds.</source>
            <translation>« %1 » n'est pas un chemin valide : utilisez des lettres, des chiffres, « _ », « - » et « . », avec « / » entre un groupe et ce qu'il contient.</translation>
        </message>
        <message>
            <source>The group or project at "%1" needs a name.</source>
            <translation>Le groupe ou projet à « %1 » doit avoir un nom.</translation>
        </message>
        <message>
            <source>The path "%1" is already taken.</source>
            <translation>Le chemin « %1 » est déjà pris.</translation>
        </message>
        <message>
            <source>There is no group "%1", or you cannot see it.</source>
            <translation>Le groupe « %1 » n'existe pas, ou vous ne pouvez pas le voir.</translation>
        </message>
        <message>
            <source>There is no project "%1", or you cannot see it.</source>
            <translation>Le projet « %1 » n'existe pas, ou vous ne pouvez pas le voir.</translation>
        </message>
        <message>
            <source>The subgroup "%1" needs its parent group "%2" first.</source>
            <translation>Le sous-groupe « %1 » nécessite d'abord son groupe parent « %2 ».</translation>
        </message>
        <message>
            <source>The project "%1" needs a group: write its path as group/project.</source>
            <translation>Le projet « %1 » doit appartenir à un groupe : écrivez son chemin sous la forme groupe/projet.</translation>
        </message>
        <message>
            <source>The project "%1" needs its group "%2" first.</source>
            <translation>Le projet « %1 » nécessite d'abord son groupe « %2 ».</translation>
        </message>
        <message>
            <source>Memberships are of groups and projects.</source>
            <translation>Les adhésions concernent des groupes et des projets.</translation>
        </message>
        <message>
            <source>%1 is not a role.</source>
            <translation>%1 n'est pas un rôle.</translation>
        </message>
        <message>
            <source>Personal tokens belong to no group or project.</source>
            <translation>Les jetons personnels n'appartiennent à aucun groupe ni projet.</translation>
        </message>
    </context>
    <context>
        <name>ResourceOverview</name>
        <message>
            <source>This backend has no access tokens for %1.</source>
            <translation>Ce backend n'a pas de jetons d'accès pour %1.</translation>
        </message>
        <message>
            <source>The account is not connected.</source>
            <translation>Le compte n'est pas connecté.</translation>
        </message>
    </context>
    <context>
        <name>ResourceOverviewPage</name>
        <message>
            <source>Every active group and project access token you may manage, soonest expiry first. Open a token's group or project to rotate or revoke it.</source>
            <translation>Tous les jetons d'accès de groupe et de projet actifs que vous pouvez gérer, par expiration la plus proche. Ouvrez le groupe ou le projet d'un jeton pour le renouveler ou le révoquer.</translation>
        </message>
        <message>
            <source>Expiring &amp;within</source>
            <translation>E&amp;xpirant dans</translation>
        </message>
    </context>
    <context>
        <name>ResourcesCommand</name>
        <message>
            <source>List the groups and projects whose access tokens you may manage (use one with --group or --project).</source>
            <translation>Lister les groupes et projets dont vous pouvez gérer les jetons d'accès (à utiliser avec --group ou --project).</translation>
        </message>
        <message>
            <source>No groups or projects whose access tokens you may manage.</source>
            <translation>Aucun groupe ni projet dont vous pouvez gérer les jetons d'accès.</translation>
        </message>
        <message>
            <source>KIND</source>
            <translation>TYPE</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>PATH</source>
            <translation>CHEMIN</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NOM</translation>
        </message>
        <message>
            <source>YOUR ROLE</source>
            <translation>VOTRE RÔLE</translation>
        </message>
        <message>
            <source>group</source>
            <translation>groupe</translation>
        </message>
        <message>
            <source>project</source>
            <translation>projet</translation>
        </message>
    </context>
    <context>
        <name>RevokeCommand</name>
        <message>
            <source>Keep the token's secret saved in the keychain.</source>
            <translation>Conserver le secret du jeton enregistré dans le trousseau.</translation>
        </message>
        <message>
            <source>Revoke a token (and delete its secret saved in the keychain).</source>
            <translation>Révoquer un jeton (et supprimer son secret enregistré dans le trousseau).</translation>
        </message>
        <message>
            <source>The token's ID, a positive whole number, or 'self' for the GitLab access token in use.</source>
            <translation>L'ID du jeton, un nombre entier positif, ou « self » pour le jeton d'accès GitLab en cours d'utilisation.</translation>
        </message>
        <message>
            <source>Revoked token %1 "%2".</source>
            <translation>Jeton %1 « %2 » révoqué.</translation>
        </message>
        <message>
            <source>Deleted its secret from the keychain.</source>
            <translation>Son secret a été supprimé du trousseau.</translation>
        </message>
        <message>
            <source>this was the access token in use; it no longer signs in.</source>
            <translation>c'était le jeton d'accès en cours d'utilisation ; il ne permet plus de s'authentifier.</translation>
        </message>
        <message>
            <source>token %1 is revoked, but its saved secret could not be deleted from the keychain: %2</source>
            <translation>le jeton %1 est révoqué, mais son secret enregistré n'a pas pu être supprimé du trousseau : %2</translation>
        </message>
        <message>
            <source>ID|self [--keep-secret]</source>
            <translation>ID|self [--keep-secret]</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
    </context>
    <context>
        <name>RevokeLeakedCommand</name>
        <message>
            <source>Revoke without asking, and forget the copies TokenDesk kept.</source>
            <translation>Révoquer sans demander, et oublier les copies conservées par TokenDesk.</translation>
        </message>
        <message>
            <source>Identify a leaked token read from standard input, and revoke it with its own secret.</source>
            <translation>Identifier un jeton divulgué lu sur l'entrée standard, et le révoquer avec son propre secret.</translation>
        </message>
        <message>
            <source>The secret is read from standard input, never from an argument. Without --gitlab the instance of every connected account is asked, then the local store; the first that knows the token wins. On a terminal you are asked before it is revoked; without one, --yes is needed.</source>
            <translation>Le secret est lu sur l'entrée standard, jamais dans un argument. Sans --gitlab, l'instance de chaque compte connecté est interrogée, puis le stockage local ; le premier qui connaît le jeton l'emporte. Sur un terminal, une confirmation est demandée avant la révocation ; sans terminal, --yes est nécessaire.</translation>
        </message>
        <message>
            <source>Exit codes: 0 revoked; 3 unknown to every place asked, or already revoked or expired; 1 a place could not answer or the revoke failed; 2 usage (nothing revoked).</source>
            <translation>Codes de sortie : 0 révoqué ; 3 inconnu de tous les emplacements interrogés, ou déjà révoqué ou expiré ; 1 un emplacement n'a pas pu répondre ou la révocation a échoué ; 2 erreur d'utilisation (rien n'est révoqué).</translation>
        </message>
        <message>
            <source>revoke-leaked takes no arguments: it reads the secret from standard input, so that the secret never appears on a command line.</source>
            <translation>revoke-leaked n'accepte aucun argument : il lit le secret sur l'entrée standard, afin que le secret n'apparaisse jamais sur une ligne de commande.</translation>
        </message>
        <message>
            <source>revoke-leaked finds the token wherever it belongs; leave out --group and --project.</source>
            <translation>revoke-leaked trouve le jeton où qu'il se trouve ; omettez --group et --project.</translation>
        </message>
        <message>
            <source>without a terminal to ask on, revoke-leaked needs --yes; nothing was revoked.</source>
            <translation>sans terminal pour demander confirmation, revoke-leaked nécessite --yes ; rien n'a été révoqué.</translation>
        </message>
        <message>
            <source>The CA file cannot be used: %1</source>
            <translation>Le fichier d'AC ne peut pas être utilisé : %1</translation>
        </message>
        <message>
            <source>standard input does not hold a token (one word of letters, digits, '-', '_' and '.'); nothing was sent anywhere.</source>
            <translation>l'entrée standard ne contient pas de jeton (un seul mot de lettres, de chiffres, « - », « _ » et « . ») ; rien n'a été envoyé.</translation>
        </message>
        <message>
            <source>no place knows this token: TokenDesk has no connected account and no store to ask; give --gitlab URL to ask a GitLab instance.</source>
            <translation>aucun emplacement ne connaît ce jeton : TokenDesk n'a aucun compte connecté ni aucun stockage à interroger ; indiquez --gitlab URL pour interroger une instance GitLab.</translation>
        </message>
        <message>
            <source>no place knows this token, or it is already revoked or expired (asked: %1).</source>
            <translation>aucun emplacement ne connaît ce jeton, ou il est déjà révoqué ou expiré (interrogés : %1).</translation>
        </message>
        <message>
            <source>%1 could not answer: %2</source>
            <translation>%1 n'a pas pu répondre : %2</translation>
        </message>
        <message>
            <source>the token was not found where an answer came (asked: %1); nothing was revoked.</source>
            <translation>le jeton est introuvable là où une réponse est venue (interrogés : %1) ; rien n'a été révoqué.</translation>
        </message>
        <message>
            <source>user %1</source>
            <translation>utilisateur %1</translation>
        </message>
        <message>
            <source>Found at %1:</source>
            <translation>Trouvé sur %1 :</translation>
        </message>
        <message>
            <source>TokenDesk keeps its secret in the keychain (%1).</source>
            <translation>TokenDesk conserve son secret dans le trousseau (%1).</translation>
        </message>
        <message>
            <source>git uses it for %1.</source>
            <translation>git l'utilise pour %1.</translation>
        </message>
        <message>
            <source>token %1 is already revoked or expired.</source>
            <translation>le jeton %1 est déjà révoqué ou expiré.</translation>
        </message>
        <message>
            <source>Revoke token %1 "%2" of %3 at %4?</source>
            <translation>Révoquer le jeton %1 « %2 » de %3 sur %4 ?</translation>
        </message>
        <message>
            <source>not confirmed; nothing was revoked.</source>
            <translation>non confirmé ; rien n'a été révoqué.</translation>
        </message>
        <message>
            <source>the token was revoked or expired meanwhile: %1</source>
            <translation>le jeton a été révoqué ou a expiré entre-temps : %1</translation>
        </message>
        <message>
            <source>the token could not be revoked: %1</source>
            <translation>le jeton n'a pas pu être révoqué : %1</translation>
        </message>
        <message>
            <source>Revoked token %1 "%2".</source>
            <translation>Jeton %1 « %2 » révoqué.</translation>
        </message>
        <message>
            <source>Forget the copies TokenDesk kept of it (keychain, git hosts)?</source>
            <translation>Oublier les copies conservées par TokenDesk (trousseau, hôtes git) ?</translation>
        </message>
        <message>
            <source>The copies TokenDesk kept were left; forget them with tokendesk-cli forget.</source>
            <translation>Les copies conservées par TokenDesk ont été laissées ; oubliez-les avec tokendesk-cli forget.</translation>
        </message>
        <message>
            <source>the token is revoked, but its copies could not all be forgotten: %1</source>
            <translation>le jeton est révoqué, mais ses copies n'ont pas toutes pu être oubliées : %1</translation>
        </message>
        <message>
            <source>Deleted its secret from the keychain.</source>
            <translation>Son secret a été supprimé du trousseau.</translation>
        </message>
        <message numerus="yes">
            <source>git no longer uses it for %n host(s).</source>
            <translation>
                <numerusform>git ne l'utilise plus pour %n hôte.</numerusform>
                <numerusform>git ne l'utilise plus pour %n hôtes.</numerusform>
            </translation>
        </message>
        <message>
            <source>[--yes]</source>
            <translation>[--yes]</translation>
        </message>
    </context>
    <context>
        <name>RotateCommand</name>
        <message>
            <source>Expiration date of the new token in UTC (default: 7 days ahead).</source>
            <translation>Date d'expiration du nouveau jeton en UTC (par défaut : dans 7 jours).</translation>
        </message>
        <message>
            <source>Save the new secret in the system keychain.</source>
            <translation>Enregistrer le nouveau secret dans le trousseau du système.</translation>
        </message>
        <message>
            <source>With --keychain: do not print the secret (it is printed anyway when saving fails).</source>
            <translation>Avec --keychain : ne pas afficher le secret (il est affiché quand même si l'enregistrement échoue).</translation>
        </message>
        <message>
            <source>Revoke a token and issue a successor with a new secret (default expiry: 7 days).</source>
            <translation>Révoquer un jeton et émettre un successeur avec un nouveau secret (expiration par défaut : 7 jours).</translation>
        </message>
        <message>
            <source>The token's ID, a positive whole number, or 'self' for the GitLab access token in use.</source>
            <translation>L'ID du jeton, un nombre entier positif, ou « self » pour le jeton d'accès GitLab en cours d'utilisation.</translation>
        </message>
        <message>
            <source>--expires must be a date written YYYY-MM-DD, such as 2026-12-31.</source>
            <translation>--expires doit être une date au format AAAA-MM-JJ, comme 2026-12-31.</translation>
        </message>
        <message>
            <source>--quiet needs --keychain: without it the secret would be lost.</source>
            <translation>--quiet nécessite --keychain : sans lui, le secret serait perdu.</translation>
        </message>
        <message>
            <source>this was the access token given in %1; it is revoked now, so replace it with the new token %2.</source>
            <translation>c'était le jeton d'accès fourni dans %1 ; il est maintenant révoqué, remplacez-le donc par le nouveau jeton %2.</translation>
        </message>
        <message>
            <source>the account's access token was rotated, but the new one could not be saved in the keychain as the account's credential: %1</source>
            <translation>le jeton d'accès du compte a été renouvelé, mais le nouveau n'a pas pu être enregistré dans le trousseau comme identifiant du compte : %1</translation>
        </message>
        <message>
            <source>%1: the account %2 now signs in with the new token (saved in the keychain).</source>
            <translation>%1 : le compte %2 s'authentifie désormais avec le nouveau jeton (enregistré dans le trousseau).</translation>
        </message>
        <message>
            <source>Rotated token %1: it is revoked, and token %2 replaces it.</source>
            <translation>Jeton %1 renouvelé : il est révoqué et le jeton %2 le remplace.</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <source>ID|self [--expires YYYY-MM-DD] [--keychain [--quiet]]</source>
            <translation>ID|self [--expires YYYY-MM-DD] [--keychain [--quiet]]</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
    </context>
    <context>
        <name>ScopeCatalog</name>
        <message>
            <source>Read and write everything the API offers, including registries and Git over HTTP.</source>
            <translation>Lire et écrire tout ce que propose l'API, y compris les registres et Git via HTTP.</translation>
        </message>
        <message>
            <source>Read-only access to the API, including registries.</source>
            <translation>Accès en lecture seule à l'API, y compris aux registres.</translation>
        </message>
        <message>
            <source>Read your own profile and the public user listings.</source>
            <translation>Lire votre propre profil et les listes publiques d'utilisateurs.</translation>
        </message>
        <message>
            <source>Clone and pull private repositories over HTTP and read files through the API.</source>
            <translation>Cloner et tirer les dépôts privés via HTTP, et lire les fichiers via l'API.</translation>
        </message>
        <message>
            <source>Clone, pull and push repositories over HTTP (no API access).</source>
            <translation>Cloner, tirer et pousser les dépôts via HTTP (sans accès à l'API).</translation>
        </message>
        <message>
            <source>Pull container images from the container registry.</source>
            <translation>Tirer des images de conteneur depuis le registre de conteneurs.</translation>
        </message>
        <message>
            <source>Push container images to the container registry.</source>
            <translation>Pousser des images de conteneur vers le registre de conteneurs.</translation>
        </message>
        <message>
            <source>Pull container images through the dependency proxy.</source>
            <translation>Tirer des images de conteneur via le proxy de dépendances.</translation>
        </message>
        <message>
            <source>Pull, push and delete container images through the dependency proxy.</source>
            <translation>Tirer, pousser et supprimer des images de conteneur via le proxy de dépendances.</translation>
        </message>
        <message>
            <source>Make API calls as any user of the instance.</source>
            <translation>Effectuer des appels API en tant que n'importe quel utilisateur de l'instance.</translation>
        </message>
        <message>
            <source>Make administrator API calls while Admin Mode is on.</source>
            <translation>Effectuer des appels API d'administration quand le mode Admin est activé.</translation>
        </message>
        <message>
            <source>Register new runners.</source>
            <translation>Enregistrer de nouveaux runners.</translation>
        </message>
        <message>
            <source>Change and remove existing runners.</source>
            <translation>Modifier et supprimer des runners existants.</translation>
        </message>
        <message>
            <source>Use the GitLab Duo AI features through the API.</source>
            <translation>Utiliser les fonctionnalités d'IA de GitLab Duo via l'API.</translation>
        </message>
        <message>
            <source>Talk to Kubernetes clusters through the GitLab agent.</source>
            <translation>Communiquer avec les clusters Kubernetes via l'agent GitLab.</translation>
        </message>
        <message>
            <source>Download the instance's Service Ping data.</source>
            <translation>Télécharger les données Service Ping de l'instance.</translation>
        </message>
        <message>
            <source>Rotate this token itself, and nothing else.</source>
            <translation>Renouveler ce jeton lui-même, et rien d'autre.</translation>
        </message>
        <message>
            <source>A scope this version of TokenDesk does not know; kept as the server reports it.</source>
            <translation>Une portée que cette version de TokenDesk ne connaît pas ; conservée telle que le serveur l'indique.</translation>
        </message>
    </context>
    <context>
        <name>ScopesCommand</name>
        <message>
            <source>SCOPE</source>
            <translation>PORTÉE</translation>
        </message>
        <message>
            <source>ADMIN ONLY</source>
            <translation>ADMIN UNIQUEMENT</translation>
        </message>
        <message>
            <source>DESCRIPTION</source>
            <translation>DESCRIPTION</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>List the scopes a token can have (with --group or --project: those their access tokens can have).</source>
            <translation>Lister les portées qu'un jeton peut avoir (avec --group ou --project : celles que leurs jetons d'accès peuvent avoir).</translation>
        </message>
    </context>
    <context>
        <name>SecretCommand</name>
        <message>
            <source>Print the token's secret saved in the keychain.</source>
            <translation>Afficher le secret du jeton enregistré dans le trousseau.</translation>
        </message>
        <message>
            <source>The secret goes to standard output followed by a newline, for scripts such as GITLAB_TOKEN=$(%1 secret 12). Exit code 4 when none is saved, 5 when it holds control or invisible characters (it is then not printed).</source>
            <translation>Le secret est écrit sur la sortie standard, suivi d'un saut de ligne, pour des scripts comme GITLAB_TOKEN=$(%1 secret 12). Code de sortie 4 si aucun n'est enregistré, 5 s'il contient des caractères de contrôle ou invisibles (il n'est alors pas affiché).</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
    </context>
    <context>
        <name>SecretDialog</name>
        <message>
            <source>Your new personal access token</source>
            <translation>Votre nouveau jeton d'accès personnel</translation>
        </message>
        <message>
            <source>&amp;Your new personal access token</source>
            <translation>&amp;Votre nouveau jeton d'accès personnel</translation>
        </message>
        <message>
            <source>&amp;Show token</source>
            <translation>&amp;Afficher le jeton</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copier</translation>
        </message>
        <message>
            <source>Save to &amp;keychain</source>
            <translation>Enregistrer dans le &amp;trousseau</translation>
        </message>
        <message>
            <source>Make sure you save it - you won't be able to access it again.</source>
            <translation>Veillez à l'enregistrer : vous ne pourrez plus y accéder ensuite.</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>Ter&amp;miné</translation>
        </message>
    </context>
    <context>
        <name>SecretInput</name>
        <message>
            <source>Paste the token and press Enter (input is hidden): </source>
            <translation>Collez le jeton et appuyez sur Entrée (la saisie est masquée) : </translation>
        </message>
        <message>
            <source>standard input is too long to be a token.</source>
            <translation>l'entrée standard est trop longue pour être un jeton.</translation>
        </message>
        <message>
            <source>no token on standard input; %1 reads one token from standard input.</source>
            <translation>aucun jeton sur l'entrée standard ; %1 lit un jeton sur l'entrée standard.</translation>
        </message>
        <message>
            <source>standard input must hold exactly one token, on one line.</source>
            <translation>l'entrée standard doit contenir exactement un jeton, sur une seule ligne.</translation>
        </message>
    </context>
    <context>
        <name>SessionFactory</name>
        <message>
            <source>no GitLab access token: set GITLAB_TOKEN, give --token-file FILE, or connect an account for %1 in TokenDesk (its token is kept in the keychain).</source>
            <translation>aucun jeton d'accès GitLab : définissez GITLAB_TOKEN, indiquez --token-file FILE, ou connectez un compte pour %1 dans TokenDesk (son jeton est conservé dans le trousseau).</translation>
        </message>
        <message>
            <source>several accounts are connected to %1 (%2); choose one with --user USER.</source>
            <translation>plusieurs comptes sont connectés à %1 (%2) ; choisissez-en un avec --user USER.</translation>
        </message>
        <message>
            <source>no GitLab access token: the keychain holds none for the account %1; set GITLAB_TOKEN or give --token-file FILE.</source>
            <translation>aucun jeton d'accès GitLab : le trousseau n'en contient aucun pour le compte %1 ; définissez GITLAB_TOKEN ou indiquez --token-file FILE.</translation>
        </message>
        <message>
            <source>there is no group %1, or you cannot see it.</source>
            <translation>le groupe %1 n'existe pas, ou vous ne pouvez pas le voir.</translation>
        </message>
        <message>
            <source>there is no project %1, or you cannot see it.</source>
            <translation>le projet %1 n'existe pas, ou vous ne pouvez pas le voir.</translation>
        </message>
        <message>
            <source>%1 has no group or project access tokens.</source>
            <translation>%1 n'a pas de jetons d'accès de groupe ou de projet.</translation>
        </message>
        <message>
            <source>The instance URL must not contain a query or fragment.</source>
            <translation>L'URL de l'instance ne doit contenir ni requête ni fragment.</translation>
        </message>
        <message>
            <source>The CA file cannot be used: %1</source>
            <translation>Le fichier d'AC ne peut pas être utilisé : %1</translation>
        </message>
        <message>
            <source>The CA file of the account %1 cannot be used: %2 Give another with --ca-file FILE, or change it in TokenDesk's Connect dialog.</source>
            <translation>Le fichier d'AC du compte %1 ne peut pas être utilisé : %2 Indiquez-en un autre avec --ca-file FILE, ou modifiez-le dans la boîte de dialogue de connexion de TokenDesk.</translation>
        </message>
        <message>
            <source>cannot read the token file %1: %2</source>
            <translation>impossible de lire le fichier de jeton %1 : %2</translation>
        </message>
        <message>
            <source>the token file %1 is not a regular file.</source>
            <translation>le fichier de jeton %1 n'est pas un fichier ordinaire.</translation>
        </message>
        <message>
            <source>the token file %1 is open to other users (permissions %2); make it private with chmod 600.</source>
            <translation>le fichier de jeton %1 est accessible à d'autres utilisateurs (permissions %2) ; rendez-le privé avec chmod 600.</translation>
        </message>
        <message>
            <source>the token file %1 holds no token on its first line.</source>
            <translation>le fichier de jeton %1 ne contient aucun jeton sur sa première ligne.</translation>
        </message>
        <message>
            <source>your role in the group %1 is %2; managing its access tokens takes the %3 role.</source>
            <translation>votre rôle dans le groupe %1 est %2 ; gérer ses jetons d'accès nécessite le rôle %3.</translation>
        </message>
        <message>
            <source>your role in the project %1 is %2; managing its access tokens takes the %3 role.</source>
            <translation>votre rôle dans le projet %1 est %2 ; gérer ses jetons d'accès nécessite le rôle %3.</translation>
        </message>
    </context>
    <context>
        <name>ShowCommand</name>
        <message>
            <source>Show one token (self: the GitLab access token in use).</source>
            <translation>Afficher un jeton (self : le jeton d'accès GitLab en cours d'utilisation).</translation>
        </message>
        <message>
            <source>The token's ID, a positive whole number, or 'self' for the GitLab access token in use.</source>
            <translation>L'ID du jeton, un nombre entier positif, ou « self » pour le jeton d'accès GitLab en cours d'utilisation.</translation>
        </message>
        <message>
            <source>ID|self</source>
            <translation>ID|self</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
    </context>
    <context>
        <name>StoreSchema</name>
        <message>
            <source>%1 is not a TokenDesk database; it was left untouched.</source>
            <translation>%1 n'est pas une base de données TokenDesk ; elle n'a pas été modifiée.</translation>
        </message>
        <message>
            <source>%1 was written by a newer TokenDesk (schema version %2); this version understands up to %3.</source>
            <translation>%1 a été écrit par une version plus récente de TokenDesk (version de schéma %2) ; cette version comprend jusqu'à la %3.</translation>
        </message>
        <message>
            <source>The token store could not be updated: %1</source>
            <translation>Le stockage des jetons n'a pas pu être mis à jour : %1</translation>
        </message>
    </context>
    <context>
        <name>SummaryLabels</name>
        <message>
            <source>Active: %1</source>
            <translation>Actifs : %1</translation>
        </message>
        <message>
            <source>Expiring within 2 weeks: %1</source>
            <translation>Expirant sous 2 semaines : %1</translation>
        </message>
        <message>
            <source>Revoked: %1</source>
            <translation>Révoqués : %1</translation>
        </message>
        <message>
            <source>Expired: %1</source>
            <translation>Expirés : %1</translation>
        </message>
    </context>
    <context>
        <name>TimeText</name>
        <message>
            <source>%1 UTC</source>
            <translation>%1 UTC</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Jamais</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>à l'instant</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>il y a %n minute</numerusform>
                <numerusform>il y a %n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>il y a %n heure</numerusform>
                <numerusform>il y a %n heures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>il y a %n jour</numerusform>
                <numerusform>il y a %n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s) ago</source>
            <translation>
                <numerusform>il y a %n mois</numerusform>
                <numerusform>il y a %n mois</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n year(s) ago</source>
            <translation>
                <numerusform>il y a %n an</numerusform>
                <numerusform>il y a %n ans</numerusform>
            </translation>
        </message>
        <message>
            <source>today</source>
            <translation>aujourd'hui</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>dans %n jour</numerusform>
                <numerusform>dans %n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n month(s)</source>
            <translation>
                <numerusform>dans %n mois</numerusform>
                <numerusform>dans %n mois</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n year(s)</source>
            <translation>
                <numerusform>dans %n an</numerusform>
                <numerusform>dans %n ans</numerusform>
            </translation>
        </message>
        <message>
            <source>Does not expire</source>
            <translation>N'expire pas</translation>
        </message>
        <message>
            <source>Expires on %1 at 00:00 UTC</source>
            <translation>Expire le %1 à 00:00 UTC</translation>
        </message>
    </context>
    <context>
        <name>TokenCells</name>
        <message>
            <source>Revoked</source>
            <translation>Révoqué</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Expiré</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>%1 (expires soon)</source>
            <translation>%1 (expire bientôt)</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Enregistré</translation>
        </message>
        <message>
            <source>Never used</source>
            <translation>Jamais utilisé</translation>
        </message>
        <message>
            <source>Revoked on %1</source>
            <translation>Révoqué le %1</translation>
        </message>
        <message>
            <source>Expired on %1 at 00:00 UTC</source>
            <translation>Expiré le %1 à 00:00 UTC</translation>
        </message>
        <message>
            <source>The secret is saved in the keychain</source>
            <translation>Le secret est enregistré dans le trousseau</translation>
        </message>
        <message>
            <source>No secret saved in the keychain</source>
            <translation>Aucun secret enregistré dans le trousseau</translation>
        </message>
        <message>
            <source>The token acts with the role %1</source>
            <translation>Le jeton agit avec le rôle %1</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::AccountRegistry</name>
        <message>
            <source>%1 @ %2</source>
            <translation>%1 @ %2</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::AccountSelector</name>
        <message>
            <source>&amp;Account</source>
            <translation>&amp;Compte</translation>
        </message>
        <message>
            <source>Connect to GitLab…</source>
            <translation>Se connecter à GitLab…</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>Supprimer le compte</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>&amp;Reconnect…</source>
            <translation>Reco&amp;nnecter…</translation>
        </message>
        <message>
            <source>The account's access token was rotated, but the keychain still holds the old one: %1 Copy the new token from the dialog and connect again.</source>
            <translation>Le jeton d'accès du compte a été renouvelé, mais le trousseau contient toujours l'ancien : %1 Copiez le nouveau jeton depuis la boîte de dialogue et reconnectez-vous.</translation>
        </message>
        <message>
            <source>The token TokenDesk signed in with to %1 was revoked, so the account is disconnected. Connect again with another token to manage its tokens.</source>
            <translation>Le jeton avec lequel TokenDesk se connectait à %1 a été révoqué : le compte est donc déconnecté. Reconnectez-vous avec un autre jeton pour gérer ses jetons.</translation>
        </message>
        <message>
            <source>Offline store</source>
            <translation>Stockage hors ligne</translation>
        </message>
        <message>
            <source>There is no account %1.</source>
            <translation>Le compte %1 n'existe pas.</translation>
        </message>
        <message>
            <source>Could not read the access token of %1 from the keychain: %2</source>
            <translation>Impossible de lire le jeton d'accès de %1 dans le trousseau : %2</translation>
        </message>
        <message>
            <source>GitLab refused the access token of %1: it is invalid, expired or revoked. Reconnect with a new access token of %2.</source>
            <translation>GitLab a refusé le jeton d'accès de %1 : il est invalide, expiré ou révoqué. Reconnectez-vous avec un nouveau jeton d'accès de %2.</translation>
        </message>
        <message>
            <source>Could not sign in to %1: %2</source>
            <translation>Impossible de se connecter à %1 : %2</translation>
        </message>
        <message>
            <source>Remove the account %1? Its access token is deleted from the keychain. The tokens on GitLab stay as they are.</source>
            <translation>Supprimer le compte %1 ? Son jeton d'accès est supprimé du trousseau. Les jetons sur GitLab restent inchangés.</translation>
        </message>
        <message>
            <source>The account was not removed: %1</source>
            <translation>Le compte n'a pas été supprimé : %1</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::AccountSession</name>
        <message>
            <source>No keychain is available.</source>
            <translation>Aucun trousseau n'est disponible.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::BulkRevocation</name>
        <message>
            <source>Not connected.</source>
            <translation>Non connecté.</translation>
        </message>
        <message>
            <source>This is the token %1 signs in with; it was left active so the others could be revoked. Revoke it on its own.</source>
            <translation>C'est le jeton avec lequel %1 se connecte ; il a été laissé actif pour que les autres puissent être révoqués. Révoquez-le séparément.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::CalendarExportController</name>
        <message>
            <source>Export calendar</source>
            <translation>Exporter le calendrier</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics);;All files (*)</source>
            <translation>Fichiers iCalendar (*.ics);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Reading the expiry dates of your tokens…</source>
            <translation>Lecture des dates d'expiration de vos jetons…</translation>
        </message>
        <message>
            <source>No calendar was saved: your tokens could not be read.</source>
            <translation>Aucun calendrier n'a été enregistré : vos jetons n'ont pas pu être lus.</translation>
        </message>
        <message>
            <source>The calendar could not be saved.</source>
            <translation>Le calendrier n'a pas pu être enregistré.</translation>
        </message>
        <message numerus="yes">
            <source>Saved the expiry dates of %n token(s) to %1.</source>
            <translation>
                <numerusform>Date d'expiration de %n jeton enregistrée dans %1.</numerusform>
                <numerusform>Dates d'expiration de %n jetons enregistrées dans %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The tokens of %n place(s) are missing: they could not be read.</source>
            <translation>
                <numerusform>Les jetons de %n emplacement manquent : ils n'ont pas pu être lus.</numerusform>
                <numerusform>Les jetons de %n emplacements manquent : ils n'ont pas pu être lus.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::CliContext</name>
        <message>
            <source>%1: error: %2</source>
            <translation>%1 : erreur : %2</translation>
        </message>
        <message>
            <source>the secret of token %1 holds control or invisible characters; it is not printed, as it could drive the terminal. Revoke or rotate the token.</source>
            <translation>le secret du jeton %1 contient des caractères de contrôle ou invisibles ; il n'est pas affiché, car il pourrait piloter le terminal. Révoquez ou renouvelez le jeton.</translation>
        </message>
        <message>
            <source>%1: warning: %2</source>
            <translation>%1 : avertissement : %2</translation>
        </message>
        <message>
            <source>the operation failed.</source>
            <translation>l'opération a échoué.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::ConnectDialog</name>
        <message>
            <source>Connect to GitLab</source>
            <translation>Se connecter à GitLab</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <source>The system's certificate authorities</source>
            <translation>Autorités de certification du système</translation>
        </message>
        <message>
            <source>A PEM file with the certificate authority of a GitLab instance whose certificate the system does not trust.</source>
            <translation>Un fichier PEM contenant l'autorité de certification d'une instance GitLab dont le système ne reconnaît pas le certificat.</translation>
        </message>
        <message>
            <source> seconds</source>
            <translation> secondes</translation>
        </message>
        <message>
            <source>A request that receives nothing for this long fails.</source>
            <translation>Une requête qui ne reçoit rien pendant cette durée échoue.</translation>
        </message>
        <message>
            <source>Opens GitLab's page for a new personal access token, filled in with the name TokenDesk and the api scope.</source>
            <translation>Ouvre la page GitLab de création d'un jeton d'accès personnel, préremplie avec le nom TokenDesk et la portée api.</translation>
        </message>
        <message>
            <source>Reconnect to GitLab</source>
            <translation>Se reconnecter à GitLab</translation>
        </message>
        <message>
            <source>GitLab refused the access token of %1: it is invalid, expired or revoked. Paste a new access token of %2. It replaces the old one in the keychain; nothing else changes.</source>
            <translation>GitLab a refusé le jeton d'accès de %1 : il est invalide, expiré ou révoqué. Collez un nouveau jeton d'accès de %2. Il remplace l'ancien dans le trousseau ; rien d'autre ne change.</translation>
        </message>
        <message>
            <source>Reconnect</source>
            <translation>Se reconnecter</translation>
        </message>
        <message>
            <source>Choose a CA certificate file</source>
            <translation>Choisir un fichier de certificat d'AC</translation>
        </message>
        <message>
            <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Used by TokenDesk to manage your access tokens</source>
            <translation>Utilisé par TokenDesk pour gérer vos jetons d'accès</translation>
        </message>
        <message>
            <source>Enter the instance URL first, for example https://gitlab.com.</source>
            <translation>Saisissez d'abord l'URL de l'instance, par exemple https://gitlab.com.</translation>
        </message>
        <message>
            <source>GitLab's page for a new token was opened in your browser. Create the token there, then paste it into Access token.</source>
            <translation>La page GitLab de création d'un jeton a été ouverte dans votre navigateur. Créez-y le jeton, puis collez-le dans Jeton d'accès.</translation>
        </message>
        <message>
            <source>Enter the instance URL, for example https://gitlab.com.</source>
            <translation>Saisissez l'URL de l'instance, par exemple https://gitlab.com.</translation>
        </message>
        <message>
            <source>Enter an access token, or create one for TokenDesk first.</source>
            <translation>Saisissez un jeton d'accès, ou créez-en d'abord un pour TokenDesk.</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>Connexion à %1…</translation>
        </message>
        <message>
            <source>GitLab refused this access token: it is invalid, expired or revoked. Check it, or create a new one.</source>
            <translation>GitLab a refusé ce jeton d'accès : il est invalide, expiré ou révoqué. Vérifiez-le ou créez-en un nouveau.</translation>
        </message>
        <message>
            <source>This access token may not read your profile: %1</source>
            <translation>Ce jeton d'accès ne peut pas lire votre profil : %1</translation>
        </message>
        <message>
            <source>Saving the access token to the keychain…</source>
            <translation>Enregistrement du jeton d'accès dans le trousseau…</translation>
        </message>
        <message>
            <source>Connected, but the account was not saved: %1</source>
            <translation>Connecté, mais le compte n'a pas été enregistré : %1</translation>
        </message>
        <message>
            <source>Connected as %1. The access token is saved in the keychain.</source>
            <translation>Connecté en tant que %1. Le jeton d'accès est enregistré dans le trousseau.</translation>
        </message>
        <message>
            <source>This access token belongs to %1, not to %2. Nothing was replaced: the account %3 keeps its old access token. Paste an access token of %2, or add %1 as a new account.</source>
            <translation>Ce jeton d'accès appartient à %1, pas à %2. Rien n'a été remplacé : le compte %3 garde son ancien jeton d'accès. Collez un jeton d'accès de %2, ou ajoutez %1 comme nouveau compte.</translation>
        </message>
        <message>
            <source>Replacing the access token in the keychain…</source>
            <translation>Remplacement du jeton d'accès dans le trousseau…</translation>
        </message>
        <message>
            <source>The new access token works, but the keychain still holds the old one: %1</source>
            <translation>Le nouveau jeton d'accès fonctionne, mais le trousseau contient toujours l'ancien : %1</translation>
        </message>
        <message>
            <source>Reconnected as %1. The new access token replaced the old one in the keychain.</source>
            <translation>Reconnecté en tant que %1. Le nouveau jeton d'accès a remplacé l'ancien dans le trousseau.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>Not reported</source>
            <translation>Non communiqué</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Jamais</translation>
        </message>
        <message>
            <source>This access token expires %1. Create a new one for TokenDesk before then, or TokenDesk can no longer sign in.</source>
            <translation>Ce jeton d'accès expire %1. Créez-en un nouveau pour TokenDesk d'ici là, sinon TokenDesk ne pourra plus se connecter.</translation>
        </message>
        <message>
            <source>This access token lacks the api scope: TokenDesk can show your tokens but cannot create, rotate or revoke them with it.</source>
            <translation>Ce jeton d'accès n'a pas la portée api : TokenDesk peut afficher vos jetons, mais pas les créer, les renouveler ni les révoquer avec lui.</translation>
        </message>
        <message>
            <source>Not readable</source>
            <translation>Illisible</translation>
        </message>
        <message>
            <source>GitLab did not describe this access token, so its scopes and expiry are unknown.</source>
            <translation>GitLab n'a pas décrit ce jeton d'accès : ses portées et son expiration sont donc inconnues.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::CredentialHelper</name>
        <message>
            <source>token %1</source>
            <translation>jeton %1</translation>
        </message>
        <message>
            <source>token “%1” (ID %2)</source>
            <translation>jeton « %1 » (ID %2)</translation>
        </message>
        <message>
            <source>warning: the %1 that git uses for %2 expired on %3 (at 00:00 UTC); rotate it in TokenDesk.</source>
            <translation>avertissement : le %1 que git utilise pour %2 a expiré le %3 (à 00:00 UTC) ; renouvelez-le dans TokenDesk.</translation>
        </message>
        <message numerus="yes">
            <source>warning: the %1 that git uses for %2 expires on %3 (at 00:00 UTC), in %n day(s); rotate it in TokenDesk.</source>
            <translation>
                <numerusform>avertissement : le %1 que git utilise pour %2 expire le %3 (à 00:00 UTC), dans %n jour ; renouvelez-le dans TokenDesk.</numerusform>
                <numerusform>avertissement : le %1 que git utilise pour %2 expire le %3 (à 00:00 UTC), dans %n jours ; renouvelez-le dans TokenDesk.</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot answer for %1 with token %2: %3</source>
            <translation>impossible de répondre pour %1 avec le jeton %2 : %3</translation>
        </message>
        <message>
            <source>not answering for %1: the user name or the secret of token %2 holds a line break or a NUL, which git would misread.</source>
            <translation>pas de réponse pour %1 : le nom d'utilisateur ou le secret du jeton %2 contient un saut de ligne ou un caractère NUL, que git interpréterait mal.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::DesktopNotifier</name>
        <message>
            <source>There is no D-Bus session bus, so no desktop notification can be shown.</source>
            <translation>Il n'y a pas de bus de session D-Bus : aucune notification de bureau ne peut être affichée.</translation>
        </message>
        <message>
            <source>No desktop notification service answers on the session bus (%1): %2</source>
            <translation>Aucun service de notification de bureau ne répond sur le bus de session (%1) : %2</translation>
        </message>
        <message>
            <source>The desktop notification service refused the notification: %1</source>
            <translation>Le service de notification de bureau a refusé la notification : %1</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::DueTokensMenu</name>
        <message>
            <source>&amp;Show TokenDesk</source>
            <translation>&amp;Afficher TokenDesk</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>TokenDesk</source>
            <translation>TokenDesk</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>expired today</source>
            <translation>a expiré aujourd'hui</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) left</source>
            <translation>
                <numerusform>%n jour restant</numerusform>
                <numerusform>%n jours restants</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message numerus="yes">
            <source>No token expires within %n day(s)</source>
            <translation>
                <numerusform>Aucun jeton n'expire dans les %n jour</numerusform>
                <numerusform>Aucun jeton n'expire dans les %n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not read %1</source>
            <translation>Impossible de lire %1</translation>
        </message>
        <message numerus="yes">
            <source>TokenDesk: no token expires within %n day(s)</source>
            <translation>
                <numerusform>TokenDesk : aucun jeton n'expire dans les %n jour</numerusform>
                <numerusform>TokenDesk : aucun jeton n'expire dans les %n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>TokenDesk: %n token(s) due within %1</source>
            <translation>
                <numerusform>TokenDesk : %n jeton arrive à échéance sous %1</numerusform>
                <numerusform>TokenDesk : %n jetons arrivent à échéance sous %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n jour</numerusform>
                <numerusform>%n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n place(s) could not be read</source>
            <translation>
                <numerusform>%n emplacement n'a pas pu être lu</numerusform>
                <numerusform>%n emplacements n'ont pas pu être lus</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::ErrorMessages</name>
        <message>
            <source>Connect this account again with a new access token.</source>
            <translation>Reconnectez ce compte avec un nouveau jeton d'accès.</translation>
        </message>
        <message>
            <source>TokenDesk</source>
            <translation>TokenDesk</translation>
        </message>
        <message>
            <source>&amp;Reconnect…</source>
            <translation>Reco&amp;nnecter…</translation>
        </message>
        <message>
            <source>Could not read the tokens: %1</source>
            <translation>Impossible de lire les jetons : %1</translation>
        </message>
        <message>
            <source>Could not read the tokens: %1 Press F5 to try again.</source>
            <translation>Impossible de lire les jetons : %1 Appuyez sur F5 pour réessayer.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::GitHostDialog</name>
        <message>
            <source>Use the token '%1' for git</source>
            <translation>Utiliser le jeton « %1 » pour git</translation>
        </message>
        <message>
            <source>Host name</source>
            <translation>Nom d'hôte</translation>
        </message>
        <message>
            <source>git over HTTPS to this host (e.g. gitlab.com) may sign in with the token '%1'.</source>
            <translation>git via HTTPS vers cet hôte (par ex. gitlab.com) peut s'authentifier avec le jeton « %1 ».</translation>
        </message>
        <message>
            <source>gitlab.com</source>
            <translation>gitlab.com</translation>
        </message>
        <message>
            <source>Use for git</source>
            <translation>Utiliser pour git</translation>
        </message>
        <message>
            <source>git will use the token '%1' for https://%2 (user name %3).</source>
            <translation>git utilisera le jeton « %1 » pour https://%2 (nom d'utilisateur %3).</translation>
        </message>
        <message>
            <source>If git does not ask TokenDesk for this host yet, run this once (TokenDesk does not change your git configuration):
%1</source>
            <translation>Si git ne demande pas encore à TokenDesk pour cet hôte, lancez ceci une fois (TokenDesk ne modifie pas votre configuration git) :
%1</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::GitLabBackend</name>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>No token was given.</source>
            <translation>Aucun jeton n'a été fourni.</translation>
        </message>
        <message>
            <source>GitLab does not accept this token: it is invalid, expired or revoked.</source>
            <translation>GitLab n'accepte pas ce jeton : il est invalide, expiré ou révoqué.</translation>
        </message>
        <message>
            <source>GitLab does not let a regular user create a token with the scopes %1 over its API (only administrators can, or for the k8s_proxy and self_rotate scopes). Create it on GitLab's own page instead, then paste the new token into TokenDesk.</source>
            <translation>GitLab ne permet pas à un utilisateur ordinaire de créer un jeton avec les portées %1 via son API (seuls les administrateurs le peuvent, ou pour les portées k8s_proxy et self_rotate). Créez-le plutôt sur la page de GitLab, puis collez le nouveau jeton dans TokenDesk.</translation>
        </message>
        <message>
            <source>There is no user %1.</source>
            <translation>L'utilisateur %1 n'existe pas.</translation>
        </message>
        <message>
            <source>Name a group or project by its id or full path.</source>
            <translation>Désignez un groupe ou un projet par son ID ou son chemin complet.</translation>
        </message>
        <message>
            <source>There is no group "%1", or this account cannot see it.</source>
            <translation>Le groupe « %1 » n'existe pas, ou ce compte ne peut pas le voir.</translation>
        </message>
        <message>
            <source>There is no project "%1", or this account cannot see it.</source>
            <translation>Le projet « %1 » n'existe pas, ou ce compte ne peut pas le voir.</translation>
        </message>
        <message>
            <source>Only administrators can list every user's tokens; %1 is not an administrator of this instance.</source>
            <translation>Seuls les administrateurs peuvent lister les jetons de tous les utilisateurs ; %1 n'est pas administrateur de cette instance.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::GitLabInventory</name>
        <message>
            <source>There is no user "%1" on this instance.</source>
            <translation>L'utilisateur « %1 » n'existe pas sur cette instance.</translation>
        </message>
        <message>
            <source>Asked for page %1 of the token list, the server answered page %2; TokenDesk stopped reading the listing.</source>
            <translation>À la demande de la page %1 de la liste des jetons, le serveur a répondu avec la page %2 ; TokenDesk a arrêté de lire la liste.</translation>
        </message>
        <message numerus="yes">
            <source>The listing is longer than %n page(s); TokenDesk stopped reading.</source>
            <translation>
                <numerusform>La liste dépasse %n page ; TokenDesk a arrêté de la lire.</numerusform>
                <numerusform>La liste dépasse %n pages ; TokenDesk a arrêté de la lire.</numerusform>
            </translation>
        </message>
        <message>
            <source>The server sent the same tokens again on page %1 of the token list; TokenDesk stopped reading the listing.</source>
            <translation>Le serveur a renvoyé les mêmes jetons à la page %1 de la liste des jetons ; TokenDesk a arrêté de lire la liste.</translation>
        </message>
        <message>
            <source>The server named page %1 as the next page after page %2 of the token list; TokenDesk stopped reading the listing.</source>
            <translation>Le serveur a indiqué la page %1 comme page suivante de la page %2 de la liste des jetons ; TokenDesk a arrêté de lire la liste.</translation>
        </message>
        <message>
            <source>The server's next-page link points to another address (%1); TokenDesk does not follow it.</source>
            <translation>Le lien de page suivante du serveur pointe vers une autre adresse (%1) ; TokenDesk ne le suit pas.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::GitLabResourceBackend</name>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>The account's connection was closed.</source>
            <translation>La connexion du compte a été fermée.</translation>
        </message>
        <message>
            <source>the group %1</source>
            <translation>le groupe %1</translation>
        </message>
        <message>
            <source>the project %1</source>
            <translation>le projet %1</translation>
        </message>
        <message>
            <source>There is no token %1 on %2.</source>
            <translation>Le jeton %1 n'existe pas sur %2.</translation>
        </message>
        <message>
            <source>No token was given.</source>
            <translation>Aucun jeton n'a été fourni.</translation>
        </message>
        <message>
            <source>GitLab does not accept this token: it is invalid, expired or revoked.</source>
            <translation>GitLab n'accepte pas ce jeton : il est invalide, expiré ou révoqué.</translation>
        </message>
        <message>
            <source>This token is not one of the access tokens of %1.</source>
            <translation>Ce jeton ne fait pas partie des jetons d'accès de %1.</translation>
        </message>
        <message>
            <source>The role is above your own role on %1 (GitLab says: %2)</source>
            <translation>Le rôle dépasse votre propre rôle dans %1 (message de GitLab : %2)</translation>
        </message>
        <message>
            <source>You need the %1 role on %2 to see its access tokens.</source>
            <translation>Il vous faut le rôle %1 dans %2 pour voir ses jetons d'accès.</translation>
        </message>
        <message>
            <source>You need the %1 role on %2 to manage its access tokens.</source>
            <translation>Il vous faut le rôle %1 dans %2 pour gérer ses jetons d'accès.</translation>
        </message>
        <message>
            <source>(GitLab says: %1)</source>
            <translation>(Message de GitLab : %1)</translation>
        </message>
        <message>
            <source>GitLab at %1 does not offer group access tokens (HTTP %2): this instance or its subscription tier does not have them.</source>
            <translation>GitLab sur %1 ne propose pas de jetons d'accès de groupe (HTTP %2) : cette instance ou son niveau d'abonnement ne les inclut pas.</translation>
        </message>
        <message>
            <source>GitLab at %1 does not offer project access tokens (HTTP %2): this instance or its subscription tier does not have them.</source>
            <translation>GitLab sur %1 ne propose pas de jetons d'accès de projet (HTTP %2) : cette instance ou son niveau d'abonnement ne les inclut pas.</translation>
        </message>
        <message>
            <source>There is no group %1, or this account cannot see it.</source>
            <translation>Le groupe %1 n'existe pas, ou ce compte ne peut pas le voir.</translation>
        </message>
        <message>
            <source>There is no project %1, or this account cannot see it.</source>
            <translation>Le projet %1 n'existe pas, ou ce compte ne peut pas le voir.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::GitLabTokenChanges</name>
        <message>
            <source>GitLab answered the request to create "%1", but the reply could not be read, so its secret is lost. If the token now exists, revoke it and create a new one.</source>
            <translation>GitLab a répondu à la demande de création de « %1 », mais la réponse n'a pas pu être lue : son secret est donc perdu. Si le jeton existe maintenant, révoquez-le et créez-en un nouveau.</translation>
        </message>
        <message>
            <source>GitLab answered the rotation, but the reply could not be read, so the new secret is lost. Rotate the new token to get a secret.</source>
            <translation>GitLab a répondu au renouvellement, mais la réponse n'a pas pu être lue : le nouveau secret est donc perdu. Renouvelez le nouveau jeton pour obtenir un secret.</translation>
        </message>
        <message>
            <source>Token %1 does not exist or belongs to another user.</source>
            <translation>Le jeton %1 n'existe pas ou appartient à un autre utilisateur.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::GitLabTokenListing</name>
        <message>
            <source>Asked for page %1 of the token list, the server answered page %2; TokenDesk stopped reading the listing.</source>
            <translation>À la demande de la page %1 de la liste des jetons, le serveur a répondu avec la page %2 ; TokenDesk a arrêté de lire la liste.</translation>
        </message>
        <message>
            <source>The token list is larger than %1; TokenDesk stopped reading it.</source>
            <translation>La liste des jetons dépasse %1 éléments ; TokenDesk a arrêté de la lire.</translation>
        </message>
        <message>
            <source>The server sent the same tokens again on page %1 of the token list; TokenDesk stopped reading the listing.</source>
            <translation>Le serveur a renvoyé les mêmes jetons à la page %1 de la liste des jetons ; TokenDesk a arrêté de lire la liste.</translation>
        </message>
        <message numerus="yes">
            <source>The listing is longer than %n page(s); TokenDesk stopped reading.</source>
            <translation>
                <numerusform>La liste dépasse %n page ; TokenDesk a arrêté de la lire.</numerusform>
                <numerusform>La liste dépasse %n pages ; TokenDesk a arrêté de la lire.</numerusform>
            </translation>
        </message>
        <message>
            <source>The server named page %1 as the next page after page %2 of the token list; TokenDesk stopped reading the listing.</source>
            <translation>Le serveur a indiqué la page %1 comme page suivante de la page %2 de la liste des jetons ; TokenDesk a arrêté de lire la liste.</translation>
        </message>
        <message>
            <source>The server's next-page link points to another address (%1); TokenDesk does not follow it.</source>
            <translation>Le lien de page suivante du serveur pointe vers une autre adresse (%1) ; TokenDesk ne le suit pas.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::GitLabTransport</name>
        <message>
            <source>The CA file cannot be used: %1</source>
            <translation>Le fichier d'AC ne peut pas être utilisé : %1</translation>
        </message>
        <message>
            <source>it holds no PEM certificate.</source>
            <translation>il ne contient aucun certificat PEM.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Annulé.</translation>
        </message>
        <message>
            <source>The connection to %1 was closed.</source>
            <translation>La connexion à %1 a été fermée.</translation>
        </message>
        <message>
            <source>The reply from %1 is larger than %2, more than any GitLab answer TokenDesk asks for; it stopped reading it.</source>
            <translation>La réponse de %1 dépasse %2, plus que toute réponse de GitLab demandée par TokenDesk ; la lecture a été arrêtée.</translation>
        </message>
        <message numerus="yes">
            <source>%1 did not answer within %n second(s).</source>
            <translation>
                <numerusform>%1 n'a pas répondu dans le délai de %n seconde.</numerusform>
                <numerusform>%1 n'a pas répondu dans le délai de %n secondes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not connect to %1 (connection refused).</source>
            <translation>Impossible de se connecter à %1 (connexion refusée).</translation>
        </message>
        <message>
            <source>The host %1 was not found.</source>
            <translation>L'hôte %1 est introuvable.</translation>
        </message>
        <message>
            <source>The secure connection to %1 failed: its certificate is not trusted or does not match the host. If the instance uses a private certificate authority, give its CA file.</source>
            <translation>La connexion sécurisée à %1 a échoué : son certificat n'est pas reconnu ou ne correspond pas à l'hôte. Si l'instance utilise une autorité de certification privée, indiquez son fichier d'AC.</translation>
        </message>
        <message>
            <source>The reply from %1 was cut off before it was complete.</source>
            <translation>La réponse de %1 a été tronquée avant d'être complète.</translation>
        </message>
        <message>
            <source>The connection to %1 broke before the reply came.</source>
            <translation>La connexion à %1 a été interrompue avant l'arrivée de la réponse.</translation>
        </message>
        <message>
            <source>Network error talking to %1: %2.</source>
            <translation>Erreur réseau lors de la communication avec %1 : %2.</translation>
        </message>
        <message>
            <source>The server redirected the request to %1. TokenDesk does not follow redirects to another address, so the access token was not sent there. Check the instance URL (https://, the final host name).</source>
            <translation>Le serveur a redirigé la requête vers %1. TokenDesk ne suit pas les redirections vers une autre adresse : le jeton d'accès n'y a donc pas été envoyé. Vérifiez l'URL de l'instance (https://, le nom d'hôte final).</translation>
        </message>
        <message>
            <source>an unknown address</source>
            <translation>une adresse inconnue</translation>
        </message>
        <message numerus="yes">
            <source>GitLab is limiting requests (429 Too Many Requests) longer than TokenDesk waits. Try again in %n second(s).</source>
            <translation>
                <numerusform>GitLab limite les requêtes (429 Too Many Requests) plus longtemps que TokenDesk n'attend. Réessayez dans %n seconde.</numerusform>
                <numerusform>GitLab limite les requêtes (429 Too Many Requests) plus longtemps que TokenDesk n'attend. Réessayez dans %n secondes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>GitLab is limiting requests (429 Too Many Requests); nothing was changed. Try again in %n second(s).</source>
            <translation>
                <numerusform>GitLab limite les requêtes (429 Too Many Requests) ; rien n'a été modifié. Réessayez dans %n seconde.</numerusform>
                <numerusform>GitLab limite les requêtes (429 Too Many Requests) ; rien n'a été modifié. Réessayez dans %n secondes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::InventoryModel</name>
        <message>
            <source>Revoked</source>
            <translation>Révoqué</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Expiré</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>user %1</source>
            <translation>utilisateur %1</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Jamais</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Propriétaire</translation>
        </message>
        <message>
            <source>Token name</source>
            <translation>Nom du jeton</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>Portées</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Créé le</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>Dernière utilisation</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Expire le</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::InventoryWindow</name>
        <message>
            <source>All users' tokens - TokenDesk</source>
            <translation>Jetons de tous les utilisateurs - TokenDesk</translation>
        </message>
        <message>
            <source>any, or for example: api, sudo</source>
            <translation>toutes, ou par exemple : api, sudo</translation>
        </message>
        <message>
            <source>every user, or a username or user id</source>
            <translation>tous les utilisateurs, ou un nom ou ID d'utilisateur</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actifs</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inactifs</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progression</translation>
        </message>
        <message>
            <source>Choose the filters, then Show tokens.</source>
            <translation>Choisissez les filtres, puis Afficher les jetons.</translation>
        </message>
        <message>
            <source>Listing every user's tokens…</source>
            <translation>Liste des jetons de tous les utilisateurs…</translation>
        </message>
        <message>
            <source>Listing cancelled.</source>
            <translation>Liste annulée.</translation>
        </message>
        <message>
            <source>Could not list the tokens: %1</source>
            <translation>Impossible de lister les jetons : %1</translation>
        </message>
        <message numerus="yes">
            <source>%n token(s)</source>
            <translation>
                <numerusform>%n jeton</numerusform>
                <numerusform>%n jetons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>of %n user(s).</source>
            <translation>
                <numerusform>de %n utilisateur.</numerusform>
                <numerusform>de %n utilisateurs.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Revoke %n token(s)</source>
            <translation>
                <numerusform>Révoquer %n jeton</numerusform>
                <numerusform>Révoquer %n jetons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>of %n user(s)?</source>
            <translation>
                <numerusform>de %n utilisateur ?</numerusform>
                <numerusform>de %n utilisateurs ?</numerusform>
            </translation>
        </message>
        <message>
            <source>Revoke selected tokens</source>
            <translation>Révoquer les jetons sélectionnés</translation>
        </message>
        <message>
            <source>Everything that uses them stops working. This cannot be undone.</source>
            <translation>Tout ce qui les utilise cesse de fonctionner. Cette action est irréversible.</translation>
        </message>
        <message>
            <source>TokenDesk signs in with one of them: that one is left active.</source>
            <translation>TokenDesk se connecte avec l'un d'eux : celui-ci reste actif.</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>Révoquer</translation>
        </message>
        <message numerus="yes">
            <source>Revoking %n token(s)…</source>
            <translation>
                <numerusform>Révocation de %n jeton…</numerusform>
                <numerusform>Révocation de %n jetons…</numerusform>
            </translation>
        </message>
        <message>
            <source>Answered %1 of %2…</source>
            <translation>%1 réponses sur %2…</translation>
        </message>
        <message>
            <source>Revoking failed: %1</source>
            <translation>La révocation a échoué : %1</translation>
        </message>
        <message>
            <source>token %1</source>
            <translation>jeton %1</translation>
        </message>
        <message>
            <source>"%1" of %2</source>
            <translation>« %1 » de %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message numerus="yes">
            <source>%n token(s) revoked</source>
            <translation>
                <numerusform>%n jeton révoqué</numerusform>
                <numerusform>%n jetons révoqués</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not revoked.</source>
            <translation>
                <numerusform>%n non révoqué.</numerusform>
                <numerusform>%n non révoqués.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::LeakResponse</name>
        <message>
            <source>It could not be opened.</source>
            <translation>Il n'a pas pu être ouvert.</translation>
        </message>
        <message>
            <source>There is no identified token to revoke.</source>
            <translation>Aucun jeton identifié à révoquer.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::LeakedTokenDialog</name>
        <message>
            <source>What the token is</source>
            <translation>Nature du jeton</translation>
        </message>
        <message>
            <source>This is not a GitLab token. A token starts with its kind, such as "glpat-", followed by letters, digits, "-" and "_".</source>
            <translation>Ce n'est pas un jeton GitLab. Un jeton commence par son type, comme « glpat- », suivi de lettres, de chiffres, de « - » et de « _ ».</translation>
        </message>
        <message>
            <source>Not known to %1, or already revoked or expired.</source>
            <translation>Inconnu de %1, ou déjà révoqué ou expiré.</translation>
        </message>
        <message>
            <source>Not found, but not every place could be asked:</source>
            <translation>Introuvable, mais tous les emplacements n'ont pas pu être interrogés :</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Owner: %1</source>
            <translation>Propriétaire : %1</translation>
        </message>
        <message>
            <source>user %1</source>
            <translation>utilisateur %1</translation>
        </message>
        <message>
            <source>%1 (user %2)</source>
            <translation>%1 (utilisateur %2)</translation>
        </message>
        <message>
            <source>Name: %1</source>
            <translation>Nom : %1</translation>
        </message>
        <message>
            <source>Scopes: %1</source>
            <translation>Portées : %1</translation>
        </message>
        <message>
            <source>Last used: %1</source>
            <translation>Dernière utilisation : %1</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Jamais</translation>
        </message>
        <message>
            <source>Last used from: %1</source>
            <translation>Dernières adresses IP : %1</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <source>Where: %1</source>
            <translation>Où : %1</translation>
        </message>
        <message>
            <source>It is revoked.</source>
            <translation>Il est révoqué.</translation>
        </message>
        <message>
            <source>Revoke the leaked token</source>
            <translation>Révoquer le jeton divulgué</translation>
        </message>
        <message>
            <source>Revoke the token "%1"? Everything that uses it stops working.</source>
            <translation>Révoquer le jeton « %1 » ? Tout ce qui l'utilise cesse de fonctionner.</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>Révoquer</translation>
        </message>
        <message>
            <source>The token is already revoked or expired.</source>
            <translation>Le jeton est déjà révoqué ou expiré.</translation>
        </message>
        <message>
            <source>Not revoked: %1</source>
            <translation>Non révoqué : %1</translation>
        </message>
        <message>
            <source>Revoked.</source>
            <translation>Révoqué.</translation>
        </message>
        <message>
            <source>Its secret is saved in the keychain.</source>
            <translation>Son secret est enregistré dans le trousseau.</translation>
        </message>
        <message>
            <source>git uses it for %1.</source>
            <translation>git l'utilise pour %1.</translation>
        </message>
        <message>
            <source>Not forgotten: %1</source>
            <translation>Non oublié : %1</translation>
        </message>
        <message>
            <source>Forgotten: the keychain and git no longer hold it.</source>
            <translation>Oublié : ni le trousseau ni git ne le conservent plus.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::LoadingIndicator</name>
        <message>
            <source>Cancel loading</source>
            <translation>Annuler le chargement</translation>
        </message>
        <message>
            <source>Loading tokens</source>
            <translation>Chargement des jetons</translation>
        </message>
        <message>
            <source>Loading cancelled. Press F5 to try again.</source>
            <translation>Chargement annulé. Appuyez sur F5 pour réessayer.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::LocalBackend</name>
        <message>
            <source>Offline demo · %1</source>
            <translation>Démo hors ligne · %1</translation>
        </message>
        <message>
            <source>Offline store · %1</source>
            <translation>Stockage hors ligne · %1</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::LocalResourceBackend</name>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::MainWindow</name>
        <message>
            <source>TokenDesk</source>
            <translation>TokenDesk</translation>
        </message>
        <message>
            <source>Personal access tokens</source>
            <translation>Jetons d'accès personnels</translation>
        </message>
        <message>
            <source>Personal access tokens let scripts and applications use the GitLab API, and git over HTTPS, in your name. Give each one only the scopes it needs and an expiration date. A new token's secret is shown once.</source>
            <translation>Les jetons d'accès personnels permettent aux scripts et aux applications d'utiliser l'API GitLab, ainsi que git via HTTPS, en votre nom. Accordez à chacun uniquement les portées nécessaires et une date d'expiration. Le secret d'un nouveau jeton n'est affiché qu'une fois.</translation>
        </message>
        <message>
            <source>&amp;Reconnect…</source>
            <translation>Reco&amp;nnecter…</translation>
        </message>
        <message>
            <source>&amp;Search by name</source>
            <translation>&amp;Rechercher par nom</translation>
        </message>
        <message>
            <source>S&amp;ort active tokens by</source>
            <translation>&amp;Trier les jetons actifs par</translation>
        </message>
        <message>
            <source>Add new token</source>
            <translation>Ajouter un nouveau jeton</translation>
        </message>
        <message>
            <source>&amp;Tokens</source>
            <translation>&amp;Jetons</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Paramètres</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;New token…</source>
            <translation>&amp;Nouveau jeton…</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>Rec&amp;hercher…</translation>
        </message>
        <message>
            <source>Ctrl+F</source>
            <translation>Ctrl+F</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Actualiser</translation>
        </message>
        <message>
            <source>F5</source>
            <translation>F5</translation>
        </message>
        <message>
            <source>Revoke a &amp;leaked token…</source>
            <translation>Révoquer un jeton &amp;divulgué…</translation>
        </message>
        <message>
            <source>&amp;All users' tokens…</source>
            <translation>Jetons de &amp;tous les utilisateurs…</translation>
        </message>
        <message>
            <source>Export &amp;calendar…</source>
            <translation>Exporter le &amp;calendrier…</translation>
        </message>
        <message>
            <source>Save the expiry dates of your tokens as an iCalendar file, with reminders</source>
            <translation>Enregistrer les dates d'expiration de vos jetons dans un fichier iCalendar, avec des rappels</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Préférences…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <source>&amp;About TokenDesk</source>
            <translation>À &amp;propos de TokenDesk</translation>
        </message>
        <message>
            <source>Token name</source>
            <translation>Nom du jeton</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barre d'outils principale</translation>
        </message>
        <message>
            <source>Rotate</source>
            <translation>Renouveler</translation>
        </message>
        <message>
            <source>Rotate %1</source>
            <translation>Renouveler %1</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>Révoquer</translation>
        </message>
        <message>
            <source>Revoke %1</source>
            <translation>Révoquer %1</translation>
        </message>
        <message>
            <source>Copy from keychain</source>
            <translation>Copier depuis le trousseau</translation>
        </message>
        <message>
            <source>Copy from keychain %1</source>
            <translation>Copier depuis le trousseau %1</translation>
        </message>
        <message>
            <source>Create similar</source>
            <translation>Créer un jeton similaire</translation>
        </message>
        <message>
            <source>Create similar %1</source>
            <translation>Créer un jeton similaire à %1</translation>
        </message>
        <message>
            <source>TokenDesk - %1</source>
            <translation>TokenDesk - %1</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::OptionalDateEdit</name>
        <message>
            <source>Any</source>
            <translation>Indifférent</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::PasteTokenDialog</name>
        <message>
            <source>Create the token on GitLab</source>
            <translation>Créer le jeton sur GitLab</translation>
        </message>
        <message>
            <source>Open GitLab's page (the name, description and scopes are filled in), create the token there, then paste it below.</source>
            <translation>Ouvrez la page de GitLab (le nom, la description et les portées sont préremplis), créez-y le jeton, puis collez-le ci-dessous.</translation>
        </message>
        <message>
            <source>Paste the token you created on GitLab's page.</source>
            <translation>Collez le jeton que vous avez créé sur la page de GitLab.</translation>
        </message>
        <message>
            <source>GitLab does not know this token, or it is revoked or expired. Copy it again from GitLab's page.</source>
            <translation>GitLab ne connaît pas ce jeton, ou il est révoqué ou expiré. Copiez-le à nouveau depuis la page de GitLab.</translation>
        </message>
        <message>
            <source>Added "%1" (scopes: %2; expires: %3).</source>
            <translation>« %1 » ajouté (portées : %2 ; expiration : %3).</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>Not saved to the keychain: %1</source>
            <translation>Non enregistré dans le trousseau : %1</translation>
        </message>
        <message>
            <source>Saved in the keychain.</source>
            <translation>Enregistré dans le trousseau.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::PreferencesDialog</name>
        <message>
            <source> s</source>
            <extracomment>Unit after the number of seconds in a spin box</extracomment>
            <translation> s</translation>
        </message>
        <message>
            <source>Enter whole numbers of days separated by commas.</source>
            <translation>Saisissez des nombres entiers de jours séparés par des virgules.</translation>
        </message>
        <message>
            <source>TokenDesk checks daily and at login, even when this window is closed (a systemd user timer).</source>
            <translation>TokenDesk vérifie chaque jour et à la connexion, même lorsque cette fenêtre est fermée (un minuteur utilisateur systemd).</translation>
        </message>
        <message>
            <source>TokenDesk checks each time you log in, even when this window is closed (an autostart entry).</source>
            <translation>TokenDesk vérifie à chaque ouverture de session, même lorsque cette fenêtre est fermée (une entrée de démarrage automatique).</translation>
        </message>
        <message>
            <source>Desktop notifications when a token is about to expire, even when this window is closed.</source>
            <translation>Notifications de bureau quand un jeton est sur le point d'expirer, même lorsque cette fenêtre est fermée.</translation>
        </message>
        <message>
            <source>Turning reminders off…</source>
            <translation>Désactivation des rappels…</translation>
        </message>
        <message>
            <source>Turning reminders on…</source>
            <translation>Activation des rappels…</translation>
        </message>
        <message>
            <source>Could not change the reminders: %1</source>
            <translation>Impossible de modifier les rappels : %1</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Rappels</translation>
        </message>
        <message>
            <source>Remind you each time you log in instead?</source>
            <translation>Vous le rappeler plutôt à chaque ouverture de session ?</translation>
        </message>
        <message>
            <source>Use &amp;Autostart</source>
            <translation>Utiliser le &amp;démarrage automatique</translation>
        </message>
        <message>
            <source>Reminders stay off: they run by themselves only through a systemd timer or an autostart entry.</source>
            <translation>Les rappels restent désactivés : ils ne s'exécutent d'eux-mêmes que via un minuteur systemd ou une entrée de démarrage automatique.</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>Langue du système</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::ReminderSchedule</name>
        <message>
            <source>could not create the folder %1</source>
            <translation>impossible de créer le dossier %1</translation>
        </message>
        <message>
            <source>could not write %1: %2</source>
            <translation>impossible d'écrire %1 : %2</translation>
        </message>
        <message>
            <source>could not remove %1</source>
            <translation>impossible de supprimer %1</translation>
        </message>
        <message>
            <source>tokendesk-cli was found neither beside TokenDesk nor on PATH</source>
            <translation>tokendesk-cli est introuvable, ni à côté de TokenDesk ni dans le PATH</translation>
        </message>
        <message>
            <source>%1 is not a program that can run</source>
            <translation>%1 n'est pas un programme exécutable</translation>
        </message>
        <message>
            <source>the path of tokendesk-cli holds a control character</source>
            <translation>le chemin de tokendesk-cli contient un caractère de contrôle</translation>
        </message>
        <message>
            <source>systemd is not available here (no systemctl), so no timer can be installed. An autostart entry can remind you at each login instead.</source>
            <translation>systemd n'est pas disponible ici (pas de systemctl) : aucun minuteur ne peut être installé. Une entrée de démarrage automatique peut plutôt vous le rappeler à chaque ouverture de session.</translation>
        </message>
        <message>
            <source>could not enable the timer: could not create %1</source>
            <translation>impossible d'activer le minuteur : impossible de créer %1</translation>
        </message>
        <message>
            <source>Reminders are on: a systemd user timer (%1) will check daily and at login, starting at your next login (the systemd user manager could not be reached now: %2).</source>
            <translation>Les rappels sont activés : un minuteur utilisateur systemd (%1) vérifiera chaque jour et à la connexion, à partir de votre prochaine ouverture de session (le gestionnaire utilisateur systemd est injoignable pour le moment : %2).</translation>
        </message>
        <message>
            <source>the timer is installed but systemd could not start it: %1</source>
            <translation>le minuteur est installé, mais systemd n'a pas pu le démarrer : %1</translation>
        </message>
        <message>
            <source>Reminders are on: a systemd user timer (%1) checks daily and at login.</source>
            <translation>Les rappels sont activés : un minuteur utilisateur systemd (%1) vérifie chaque jour et à la connexion.</translation>
        </message>
        <message>
            <source>Reminders are on: TokenDesk checks at each login (%1).</source>
            <translation>Les rappels sont activés : TokenDesk vérifie à chaque ouverture de session (%1).</translation>
        </message>
        <message>
            <source>Reminders are off.</source>
            <translation>Les rappels sont désactivés.</translation>
        </message>
        <message>
            <source>Reminders were already off.</source>
            <translation>Les rappels étaient déjà désactivés.</translation>
        </message>
        <message>
            <source>systemctl did not answer</source>
            <translation>systemctl n'a pas répondu</translation>
        </message>
        <message>
            <source>systemctl ended with code %1</source>
            <translation>systemctl s'est terminé avec le code %1</translation>
        </message>
        <message>
            <source>the reminder schedule is already being changed</source>
            <translation>la planification des rappels est déjà en cours de modification</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::ResourceChooser</name>
        <message>
            <source>Tok&amp;ens of</source>
            <translation>Jet&amp;ons de</translation>
        </message>
        <message>
            <source>Sho&amp;w</source>
            <translation>Affic&amp;her</translation>
        </message>
        <message>
            <source>Type any part of a group's or project's path to find it.</source>
            <translation>Saisissez une partie du chemin d'un groupe ou d'un projet pour le trouver.</translation>
        </message>
        <message>
            <source>Group or project path</source>
            <translation>Chemin du groupe ou du projet</translation>
        </message>
        <message>
            <source>Reading your groups and projects…</source>
            <translation>Lecture de vos groupes et projets…</translation>
        </message>
        <message>
            <source>Could not read the groups and projects whose tokens you may manage.</source>
            <translation>Impossible de lire les groupes et projets dont vous pouvez gérer les jetons.</translation>
        </message>
        <message>
            <source>Personal</source>
            <translation>Personnels</translation>
        </message>
        <message>
            <source>All my resources</source>
            <translation>Toutes mes ressources</translation>
        </message>
        <message>
            <source>%1 (group)</source>
            <translation>%1 (groupe)</translation>
        </message>
        <message>
            <source>%1 (project)</source>
            <translation>%1 (projet)</translation>
        </message>
        <message>
            <source>No group or project matches "%1".</source>
            <translation>Aucun groupe ni projet ne correspond à « %1 ».</translation>
        </message>
        <message numerus="yes">
            <source>%n group(s) and project(s) match "%1": choose one from the list.</source>
            <translation>
                <numerusform>%n groupe ou projet correspond à « %1 » : choisissez-le dans la liste.</numerusform>
                <numerusform>%n groupes et projets correspondent à « %1 » : choisissez-en un dans la liste.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::ResourceNavigation</name>
        <message>
            <source>Could not show the tokens of %1.</source>
            <translation>Impossible d'afficher les jetons de %1.</translation>
        </message>
        <message>
            <source>This account has no group or project access tokens.</source>
            <translation>Ce compte n'a pas de jetons d'accès de groupe ou de projet.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::ResourceOverviewModel</name>
        <message>
            <source>Group %1</source>
            <translation>Groupe %1</translation>
        </message>
        <message>
            <source>Project %1</source>
            <translation>Projet %1</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>Ressource</translation>
        </message>
        <message>
            <source>Token name</source>
            <translation>Nom du jeton</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>Portées</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Expire le</translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <translation>%1 dans %2</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::ResourceOverviewPage</name>
        <message>
            <source>7 days</source>
            <translation>7 jours</translation>
        </message>
        <message>
            <source>14 days</source>
            <translation>14 jours</translation>
        </message>
        <message>
            <source>30 days</source>
            <translation>30 jours</translation>
        </message>
        <message>
            <source>90 days</source>
            <translation>90 jours</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Toute date</translation>
        </message>
        <message>
            <source>Open resource</source>
            <translation>Ouvrir la ressource</translation>
        </message>
        <message>
            <source>Open resource %1</source>
            <translation>Ouvrir la ressource %1</translation>
        </message>
        <message>
            <source>Reading your groups and projects…</source>
            <translation>Lecture de vos groupes et projets…</translation>
        </message>
        <message>
            <source>Reading the tokens of your groups and projects (%1 of %2)…</source>
            <translation>Lecture des jetons de vos groupes et projets (%1 sur %2)…</translation>
        </message>
        <message numerus="yes">
            <source>%n group(s) and project(s) read.</source>
            <translation>
                <numerusform>%n groupe ou projet lu.</numerusform>
                <numerusform>%n groupes et projets lus.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Could not read the tokens of %n group(s) or project(s):</source>
            <translation>
                <numerusform>Impossible de lire les jetons de %n groupe ou projet :</numerusform>
                <numerusform>Impossible de lire les jetons de %n groupes ou projets :</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Could not read your groups and projects: %1</source>
            <translation>Impossible de lire vos groupes et projets : %1</translation>
        </message>
        <message>
            <source>Group and project access tokens</source>
            <translation>Jetons d'accès de groupe et de projet</translation>
        </message>
        <message>
            <source>Group and project access tokens (%1)</source>
            <translation>Jetons d'accès de groupe et de projet (%1)</translation>
        </message>
        <message numerus="yes">
            <source>No group or project token expires within %n day(s).</source>
            <translation>
                <numerusform>Aucun jeton de groupe ou de projet n'expire dans les %n jour.</numerusform>
                <numerusform>Aucun jeton de groupe ou de projet n'expire dans les %n jours.</numerusform>
            </translation>
        </message>
        <message>
            <source>No active group or project token.</source>
            <translation>Aucun jeton de groupe ou de projet actif.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::SecretDialog</name>
        <message>
            <source>It expires on %1 at 00:00 UTC.</source>
            <translation>Il expire le %1 à 00:00 UTC.</translation>
        </message>
        <message>
            <source>It does not expire.</source>
            <translation>Il n'expire pas.</translation>
        </message>
        <message>
            <source>Token "%1" was created.</source>
            <translation>Le jeton « %1 » a été créé.</translation>
        </message>
        <message>
            <source>Your new group or project access token</source>
            <translation>Votre nouveau jeton d'accès de groupe ou de projet</translation>
        </message>
        <message>
            <source>&amp;Your new group or project access token</source>
            <translation>&amp;Votre nouveau jeton d'accès de groupe ou de projet</translation>
        </message>
        <message>
            <source>Saving to the keychain…</source>
            <translation>Enregistrement dans le trousseau…</translation>
        </message>
        <message>
            <source>Saved to the keychain.</source>
            <translation>Enregistré dans le trousseau.</translation>
        </message>
        <message numerus="yes">
            <source>Copied. The clipboard will be cleared in %n second(s).</source>
            <translation>
                <numerusform>Copié. Le presse-papiers sera vidé dans %n seconde.</numerusform>
                <numerusform>Copié. Le presse-papiers sera vidé dans %n secondes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied.</source>
            <translation>Copié.</translation>
        </message>
        <message>
            <source>Close without copying or saving?</source>
            <translation>Fermer sans copier ni enregistrer ?</translation>
        </message>
        <message>
            <source>Close without copying?</source>
            <translation>Fermer sans copier ?</translation>
        </message>
        <message>
            <source>You have neither copied nor saved your new token.</source>
            <translation>Vous n'avez ni copié ni enregistré votre nouveau jeton.</translation>
        </message>
        <message>
            <source>You have not copied your new token.</source>
            <translation>Vous n'avez pas copié votre nouveau jeton.</translation>
        </message>
        <message>
            <source>Once this dialog is closed, the token can't be shown again.</source>
            <translation>Une fois cette boîte de dialogue fermée, le jeton ne pourra plus être affiché.</translation>
        </message>
        <message>
            <source>Close without copying</source>
            <translation>Fermer sans copier</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Revenir</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::SecretVault</name>
        <message>
            <source>No keychain service is running. Start GNOME Keyring or KWallet (any Secret Service provider) in your desktop session and try again.</source>
            <translation>Aucun service de trousseau n'est en cours d'exécution. Lancez GNOME Keyring ou KWallet (tout fournisseur Secret Service) dans votre session de bureau, puis réessayez.</translation>
        </message>
        <message>
            <source>The keychain refused access: it is locked or the request was denied. Unlock your keyring (for example in "Passwords and Keys") and try again.</source>
            <translation>Le trousseau a refusé l'accès : il est verrouillé ou la demande a été rejetée. Déverrouillez votre trousseau (par exemple dans « Mots de passe et clés »), puis réessayez.</translation>
        </message>
        <message>
            <source>%1 The keychain said: %2</source>
            <translation>%1 Message du trousseau : %2</translation>
        </message>
        <message>
            <source>There is no secret to save.</source>
            <translation>Il n'y a aucun secret à enregistrer.</translation>
        </message>
        <message>
            <source>Could not save the secret to the keychain.</source>
            <translation>Impossible d'enregistrer le secret dans le trousseau.</translation>
        </message>
        <message>
            <source>The keychain did not return the secret of token %1. If your keyring is locked, unlock it and try again; if the entry was deleted in your keyring manager, forget the token's secret in TokenDesk.</source>
            <translation>Le trousseau n'a pas renvoyé le secret du jeton %1. Si votre trousseau est verrouillé, déverrouillez-le et réessayez ; si l'entrée a été supprimée dans votre gestionnaire de trousseau, oubliez le secret du jeton dans TokenDesk.</translation>
        </message>
        <message>
            <source>No secret is saved in the keychain for token %1.</source>
            <translation>Aucun secret n'est enregistré dans le trousseau pour le jeton %1.</translation>
        </message>
        <message>
            <source>Could not read the secret from the keychain.</source>
            <translation>Impossible de lire le secret dans le trousseau.</translation>
        </message>
        <message>
            <source>Could not delete the secret from the keychain.</source>
            <translation>Impossible de supprimer le secret du trousseau.</translation>
        </message>
        <message>
            <source>Could not save the account's access token to the keychain.</source>
            <translation>Impossible d'enregistrer le jeton d'accès du compte dans le trousseau.</translation>
        </message>
        <message>
            <source>No access token is saved in the keychain for the account %1.</source>
            <translation>Aucun jeton d'accès n'est enregistré dans le trousseau pour le compte %1.</translation>
        </message>
        <message>
            <source>Could not read the account's access token from the keychain.</source>
            <translation>Impossible de lire le jeton d'accès du compte dans le trousseau.</translation>
        </message>
        <message>
            <source>Could not delete the account's access token from the keychain.</source>
            <translation>Impossible de supprimer le jeton d'accès du compte du trousseau.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenActionsController</name>
        <message>
            <source>Could not revoke the token '%1': GitLab refused the account's access token, so the token was not revoked.</source>
            <translation>Impossible de révoquer le jeton « %1 » : GitLab a refusé le jeton d'accès du compte, le jeton n'a donc pas été révoqué.</translation>
        </message>
        <message>
            <source>Could not revoke the token '%1'.</source>
            <translation>Impossible de révoquer le jeton « %1 ».</translation>
        </message>
        <message>
            <source>The token '%1' was revoked, but its saved secret could not be deleted from the keychain.</source>
            <translation>Le jeton « %1 » a été révoqué, mais son secret enregistré n'a pas pu être supprimé du trousseau.</translation>
        </message>
        <message>
            <source>Revoked the token '%1' and deleted its saved secret.</source>
            <translation>Jeton « %1 » révoqué et son secret enregistré supprimé.</translation>
        </message>
        <message>
            <source>Revoked the token '%1'.</source>
            <translation>Jeton « %1 » révoqué.</translation>
        </message>
        <message>
            <source>Could not rotate the token '%1': GitLab refused the account's access token, so the token was not rotated and is unchanged.</source>
            <translation>Impossible de renouveler le jeton « %1 » : GitLab a refusé le jeton d'accès du compte, le jeton n'a donc pas été renouvelé et reste inchangé.</translation>
        </message>
        <message>
            <source>Could not rotate the token '%1'.</source>
            <translation>Impossible de renouveler le jeton « %1 ».</translation>
        </message>
        <message>
            <source>Rotated the token '%1'.</source>
            <translation>Jeton « %1 » renouvelé.</translation>
        </message>
        <message>
            <source>Could not create the token '%1': GitLab refused the account's access token, so nothing was created. The form keeps what you entered.</source>
            <translation>Impossible de créer le jeton « %1 » : GitLab a refusé le jeton d'accès du compte, rien n'a donc été créé. Le formulaire conserve votre saisie.</translation>
        </message>
        <message>
            <source>Could not create the token.</source>
            <translation>Impossible de créer le jeton.</translation>
        </message>
        <message>
            <source>Created the token '%1'.</source>
            <translation>Jeton « %1 » créé.</translation>
        </message>
        <message>
            <source>Added the token '%1'.</source>
            <translation>Jeton « %1 » ajouté.</translation>
        </message>
        <message>
            <source>Not saved to the keychain: %1</source>
            <translation>Non enregistré dans le trousseau : %1</translation>
        </message>
        <message>
            <source>Could not copy the token '%1' from the keychain.</source>
            <translation>Impossible de copier le jeton « %1 » depuis le trousseau.</translation>
        </message>
        <message numerus="yes">
            <source>Copied the token '%1' from the keychain. The clipboard will be cleared in %n second(s).</source>
            <translation>
                <numerusform>Jeton « %1 » copié depuis le trousseau. Le presse-papiers sera vidé dans %n seconde.</numerusform>
                <numerusform>Jeton « %1 » copié depuis le trousseau. Le presse-papiers sera vidé dans %n secondes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied the token '%1' from the keychain.</source>
            <translation>Jeton « %1 » copié depuis le trousseau.</translation>
        </message>
        <message>
            <source>Could not delete the saved secret of '%1' from the keychain.</source>
            <translation>Impossible de supprimer du trousseau le secret enregistré de « %1 ».</translation>
        </message>
        <message>
            <source>Deleted the saved secret of '%1' from the keychain.</source>
            <translation>Secret enregistré de « %1 » supprimé du trousseau.</translation>
        </message>
        <message>
            <source>'%1' is not a host name.</source>
            <translation>« %1 » n'est pas un nom d'hôte.</translation>
        </message>
        <message>
            <source>Enter a host name such as gitlab.com.</source>
            <translation>Saisissez un nom d'hôte comme gitlab.com.</translation>
        </message>
        <message>
            <source>Could not set up git for %1.</source>
            <translation>Impossible de configurer git pour %1.</translation>
        </message>
        <message>
            <source>git will use the token '%1' for %2.</source>
            <translation>git utilisera le jeton « %1 » pour %2.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenBackend</name>
        <message>
            <source>This backend creates tokens only for you.</source>
            <translation>Ce backend ne crée des jetons que pour vous.</translation>
        </message>
        <message>
            <source>This backend has no group or project access tokens.</source>
            <translation>Ce backend n'a pas de jetons d'accès de groupe ou de projet.</translation>
        </message>
        <message>
            <source>Only administrators can list every user's tokens.</source>
            <translation>Seuls les administrateurs peuvent lister les jetons de tous les utilisateurs.</translation>
        </message>
        <message>
            <source>This backend cannot look up users.</source>
            <translation>Ce backend ne peut pas rechercher d'utilisateurs.</translation>
        </message>
        <message>
            <source>This backend cannot revoke a token by its secret.</source>
            <translation>Ce backend ne peut pas révoquer un jeton à partir de son secret.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenDetailsPane</name>
        <message>
            <source>Select a token to see its details.</source>
            <translation>Sélectionnez un jeton pour voir ses détails.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucune</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Projet</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Scopes:</source>
            <translation>Portées :</translation>
        </message>
        <message>
            <source>  None</source>
            <translation>  Aucune</translation>
        </message>
        <message>
            <source>  %1: %2</source>
            <translation>  %1 : %2</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Créé le</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>Dernière utilisation</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Jamais</translation>
        </message>
        <message>
            <source>Last used from</source>
            <translation>Dernières adresses IP</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Expire le</translation>
        </message>
        <message>
            <source>%1 (00:00 UTC)</source>
            <translation>%1 (00:00 UTC)</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Révoqué</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Expiré</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenForm</name>
        <message>
            <source>The token expires at 00:00 UTC on this date.</source>
            <translation>Le jeton expire à 00:00 UTC à cette date.</translation>
        </message>
        <message>
            <source>Alt+Down opens a calendar.</source>
            <translation>Alt+Bas ouvre un calendrier.</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>Mois précédent</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Mois suivant</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>Only administrators can grant this scope.</source>
            <translation>Seuls les administrateurs peuvent accorder cette portée.</translation>
        </message>
        <message>
            <source>Add a personal access token</source>
            <translation>Ajouter un jeton d'accès personnel</translation>
        </message>
        <message>
            <source>&amp;Create personal access token</source>
            <translation>&amp;Créer le jeton d'accès personnel</translation>
        </message>
        <message>
            <source>Add a group access token</source>
            <translation>Ajouter un jeton d'accès de groupe</translation>
        </message>
        <message>
            <source>&amp;Create group access token</source>
            <translation>&amp;Créer le jeton d'accès de groupe</translation>
        </message>
        <message>
            <source>Add a project access token</source>
            <translation>Ajouter un jeton d'accès de projet</translation>
        </message>
        <message>
            <source>&amp;Create project access token</source>
            <translation>&amp;Créer le jeton d'accès de projet</translation>
        </message>
        <message>
            <source>The token acts as a bot member of the group or project with this role.</source>
            <translation>Le jeton agit comme membre bot du groupe ou du projet avec ce rôle.</translation>
        </message>
        <message>
            <source>The token acts as a bot member with this role; your own role there is %1.</source>
            <translation>Le jeton agit comme membre bot avec ce rôle ; votre propre rôle y est %1.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenOperations</name>
        <message>
            <source>No keychain is available.</source>
            <translation>Aucun trousseau n'est disponible.</translation>
        </message>
        <message>
            <source>'%1' is not a host name. Enter a host name such as gitlab.com.</source>
            <translation>« %1 » n'est pas un nom d'hôte. Saisissez un nom d'hôte comme gitlab.com.</translation>
        </message>
        <message>
            <source>This token belongs to another GitLab user, not to %1.</source>
            <translation>Ce jeton appartient à un autre utilisateur GitLab, pas à %1.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenQueryControls</name>
        <message>
            <source>Expiration date, soonest first</source>
            <translation>Date d'expiration, la plus proche d'abord</translation>
        </message>
        <message>
            <source>Expiration date, latest first</source>
            <translation>Date d'expiration, la plus lointaine d'abord</translation>
        </message>
        <message>
            <source>Created, newest first</source>
            <translation>Création, la plus récente d'abord</translation>
        </message>
        <message>
            <source>Created, oldest first</source>
            <translation>Création, la plus ancienne d'abord</translation>
        </message>
        <message>
            <source>Last used, most recent first</source>
            <translation>Dernière utilisation, la plus récente d'abord</translation>
        </message>
        <message>
            <source>Last used, least recent first</source>
            <translation>Dernière utilisation, la plus ancienne d'abord</translation>
        </message>
        <message>
            <source>Name, A to Z</source>
            <translation>Nom, de A à Z</translation>
        </message>
        <message>
            <source>Name, Z to A</source>
            <translation>Nom, de Z à A</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenTableModel</name>
        <message>
            <source>Token name</source>
            <translation>Nom du jeton</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>Portées</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Créé le</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>Dernière utilisation</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Expire le</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Revoked or expired on</source>
            <translation>Révoqué ou expiré le</translation>
        </message>
        <message>
            <source>In keychain</source>
            <translation>Trousseau</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenTableView</name>
        <message>
            <source>Token actions</source>
            <translation>Actions sur le jeton</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>Révoquer</translation>
        </message>
        <message>
            <source>Active group access tokens (%1)</source>
            <translation>Jetons d'accès de groupe actifs (%1)</translation>
        </message>
        <message>
            <source>Active group access tokens</source>
            <translation>Jetons d'accès de groupe actifs</translation>
        </message>
        <message>
            <source>Inactive group access tokens (%1)</source>
            <translation>Jetons d'accès de groupe inactifs (%1)</translation>
        </message>
        <message>
            <source>Inactive group access tokens</source>
            <translation>Jetons d'accès de groupe inactifs</translation>
        </message>
        <message>
            <source>Active project access tokens (%1)</source>
            <translation>Jetons d'accès de projet actifs (%1)</translation>
        </message>
        <message>
            <source>Active project access tokens</source>
            <translation>Jetons d'accès de projet actifs</translation>
        </message>
        <message>
            <source>Inactive project access tokens (%1)</source>
            <translation>Jetons d'accès de projet inactifs (%1)</translation>
        </message>
        <message>
            <source>Inactive project access tokens</source>
            <translation>Jetons d'accès de projet inactifs</translation>
        </message>
        <message>
            <source>Active personal access tokens (%1)</source>
            <translation>Jetons d'accès personnels actifs (%1)</translation>
        </message>
        <message>
            <source>Active personal access tokens</source>
            <translation>Jetons d'accès personnels actifs</translation>
        </message>
        <message>
            <source>Inactive personal access tokens (%1)</source>
            <translation>Jetons d'accès personnels inactifs (%1)</translation>
        </message>
        <message>
            <source>Inactive personal access tokens</source>
            <translation>Jetons d'accès personnels inactifs</translation>
        </message>
        <message>
            <source>No active token matches the search.</source>
            <translation>Aucun jeton actif ne correspond à la recherche.</translation>
        </message>
        <message>
            <source>No inactive token matches the search.</source>
            <translation>Aucun jeton inactif ne correspond à la recherche.</translation>
        </message>
        <message>
            <source>This group has no active group access tokens.</source>
            <translation>Ce groupe n'a aucun jeton d'accès de groupe actif.</translation>
        </message>
        <message>
            <source>This group has no inactive group access tokens.</source>
            <translation>Ce groupe n'a aucun jeton d'accès de groupe inactif.</translation>
        </message>
        <message>
            <source>This project has no active project access tokens.</source>
            <translation>Ce projet n'a aucun jeton d'accès de projet actif.</translation>
        </message>
        <message>
            <source>This project has no inactive project access tokens.</source>
            <translation>Ce projet n'a aucun jeton d'accès de projet inactif.</translation>
        </message>
        <message>
            <source>This user has no active personal access tokens.</source>
            <translation>Cet utilisateur n'a aucun jeton d'accès personnel actif.</translation>
        </message>
        <message>
            <source>This user has no inactive personal access tokens.</source>
            <translation>Cet utilisateur n'a aucun jeton d'accès personnel inactif.</translation>
        </message>
        <message>
            <source>%1+</source>
            <translation>%1+</translation>
        </message>
        <message>
            <source>Rotate %1</source>
            <translation>Renouveler %1</translation>
        </message>
        <message>
            <source>Revoke %1</source>
            <translation>Révoquer %1</translation>
        </message>
        <message>
            <source>Copy from keychain %1</source>
            <translation>Copier depuis le trousseau %1</translation>
        </message>
        <message>
            <source>Use %1 for git on a host…</source>
            <translation>Utiliser %1 pour git sur un hôte…</translation>
        </message>
        <message>
            <source>Create similar %1</source>
            <translation>Créer un jeton similaire à %1</translation>
        </message>
        <message>
            <source>Delete the saved secret of %1</source>
            <translation>Supprimer le secret enregistré de %1</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::WindowLauncher</name>
        <message>
            <source>TokenDesk has no account %1. It may have been removed; connect to it again to manage its tokens.</source>
            <translation>TokenDesk n'a pas de compte %1. Il a peut-être été supprimé ; reconnectez-vous pour gérer ses jetons.</translation>
        </message>
        <message>
            <source>This window shows the token store %1, not %2.</source>
            <translation>Cette fenêtre affiche le stockage de jetons %1, pas %2.</translation>
        </message>
        <message>
            <source>%1 has no group or project access tokens, so it has no token of %2.</source>
            <translation>%1 n'a pas de jetons d'accès de groupe ou de projet : il n'a donc aucun jeton de %2.</translation>
        </message>
        <message>
            <source>%1 is not among the groups and projects whose tokens %2 manages.</source>
            <translation>%1 ne fait pas partie des groupes et projets dont %2 gère les jetons.</translation>
        </message>
        <message>
            <source>There is no token with ID %1 in %2. It may have been deleted, or it belongs to another account.</source>
            <translation>Il n'y a aucun jeton avec l'ID %1 dans %2. Il a peut-être été supprimé, ou il appartient à un autre compte.</translation>
        </message>
        <message>
            <source>Could not read the token with ID %1 from %2: %3</source>
            <translation>Impossible de lire le jeton d'ID %1 depuis %2 : %3</translation>
        </message>
        <message>
            <source>The token '%1' is revoked already: there is nothing to rotate.</source>
            <translation>Le jeton « %1 » est déjà révoqué : il n'y a rien à renouveler.</translation>
        </message>
        <message>
            <source>Cannot show the token</source>
            <translation>Impossible d'afficher le jeton</translation>
        </message>
    </context>
    <context>
        <name>TokenDetailsPane</name>
        <message>
            <source>Det&amp;ails</source>
            <translation>Déta&amp;ils</translation>
        </message>
    </context>
    <context>
        <name>TokenFilterBar</name>
        <message>
            <source>Created &amp;before</source>
            <translation>Créés a&amp;vant</translation>
        </message>
        <message>
            <source>Created a&amp;fter</source>
            <translation>Créés aprè&amp;s</translation>
        </message>
        <message>
            <source>Ex&amp;pires before</source>
            <translation>&amp;Expirant avant</translation>
        </message>
        <message>
            <source>Expires after</source>
            <translation>Expirant après</translation>
        </message>
        <message>
            <source>&amp;Last used before</source>
            <translation>&amp;Dernière utilisation avant</translation>
        </message>
        <message>
            <source>Last &amp;used after</source>
            <translation>Dernière &amp;utilisation après</translation>
        </message>
        <message>
            <source>Clear f&amp;ilters</source>
            <translation>E&amp;ffacer les filtres</translation>
        </message>
    </context>
    <context>
        <name>TokenForm</name>
        <message>
            <source>Add a personal access token</source>
            <translation>Ajouter un jeton d'accès personnel</translation>
        </message>
        <message>
            <source>Token &amp;name</source>
            <translation>&amp;Nom du jeton</translation>
        </message>
        <message>
            <source>For example, the application using the token or the purpose of the token.</source>
            <translation>Par exemple, l'application qui utilise le jeton ou l'objet du jeton.</translation>
        </message>
        <message>
            <source>Token &amp;description</source>
            <translation>&amp;Description du jeton</translation>
        </message>
        <message>
            <source>Optional; at most 255 characters.</source>
            <translation>Facultatif ; 255 caractères au maximum.</translation>
        </message>
        <message>
            <source>E&amp;xpiration date</source>
            <translation>Date d'e&amp;xpiration</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>&amp;Rôle</translation>
        </message>
        <message>
            <source>The token acts as a bot member of the group or project with this role.</source>
            <translation>Le jeton agit comme membre bot du groupe ou du projet avec ce rôle.</translation>
        </message>
        <message>
            <source>Select &amp;scopes</source>
            <translation>Sélectionner les &amp;portées</translation>
        </message>
        <message>
            <source>Scopes set the permission levels granted to the token.</source>
            <translation>Les portées définissent les niveaux d'autorisation accordés au jeton.</translation>
        </message>
        <message>
            <source>&amp;Create personal access token</source>
            <translation>&amp;Créer le jeton d'accès personnel</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>TokenListPrinter</name>
        <message>
            <source>revoked</source>
            <translation>révoqué</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>expiré</translation>
        </message>
        <message>
            <source>active</source>
            <translation>actif</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NOM</translation>
        </message>
        <message>
            <source>ROLE</source>
            <translation>RÔLE</translation>
        </message>
        <message>
            <source>SCOPES</source>
            <translation>PORTÉES</translation>
        </message>
        <message>
            <source>EXPIRES</source>
            <translation>EXPIRE</translation>
        </message>
        <message>
            <source>LAST USED</source>
            <translation>DERNIÈRE UTILISATION</translation>
        </message>
        <message>
            <source>STATUS</source>
            <translation>ÉTAT</translation>
        </message>
        <message>
            <source>KEYCHAIN</source>
            <translation>TROUSSEAU</translation>
        </message>
        <message>
            <source>No tokens.</source>
            <translation>Aucun jeton.</translation>
        </message>
    </context>
    <context>
        <name>TokenRows</name>
        <message>
            <source>The token store is busy: another program kept it locked for more than %1 seconds. Try again.</source>
            <translation>Le stockage des jetons est occupé : un autre programme l'a verrouillé pendant plus de %1 secondes. Réessayez.</translation>
        </message>
        <message>
            <source>The token store failed: %1</source>
            <translation>Le stockage des jetons a échoué : %1</translation>
        </message>
        <message>
            <source>There is no token with id %1.</source>
            <translation>Il n'y a aucun jeton avec l'ID %1.</translation>
        </message>
    </context>
    <context>
        <name>TokenStore</name>
        <message>
            <source>%1 is not a TokenDesk database; it was left untouched.</source>
            <translation>%1 n'est pas une base de données TokenDesk ; elle n'a pas été modifiée.</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>%1 ne peut pas être lu : %2</translation>
        </message>
        <message>
            <source>The folder %1 cannot be created.</source>
            <translation>Le dossier %1 ne peut pas être créé.</translation>
        </message>
        <message>
            <source>%1 cannot be opened: %2</source>
            <translation>%1 ne peut pas être ouvert : %2</translation>
        </message>
        <message>
            <source>Only administrators can create tokens with the scope "%1".</source>
            <translation>Seuls les administrateurs peuvent créer des jetons avec la portée « %1 ».</translation>
        </message>
        <message>
            <source>The token "%1" is already revoked.</source>
            <translation>Le jeton « %1 » est déjà révoqué.</translation>
        </message>
        <message>
            <source>The token "%1" is already revoked. Rotating it again looks like token reuse, so every token of its rotation family has been revoked.</source>
            <translation>Le jeton « %1 » est déjà révoqué. Le renouveler à nouveau ressemble à une réutilisation de jeton : tous les jetons de sa famille de renouvellement ont donc été révoqués.</translation>
        </message>
        <message>
            <source>This token (id %1) is not one of this group's or project's access tokens.</source>
            <translation>Ce jeton (ID %1) ne fait pas partie des jetons d'accès de ce groupe ou de ce projet.</translation>
        </message>
        <message>
            <source>This token is not valid for this store.</source>
            <translation>Ce jeton n'est pas valide pour ce stockage.</translation>
        </message>
        <message>
            <source>This token ("%1") has been revoked.</source>
            <translation>Ce jeton (« %1 ») a été révoqué.</translation>
        </message>
        <message>
            <source>This token ("%1") expired on %2.</source>
            <translation>Ce jeton (« %1 ») a expiré le %2.</translation>
        </message>
        <message>
            <source>There is no user %1.</source>
            <translation>L'utilisateur %1 n'existe pas.</translation>
        </message>
        <message>
            <source>The username "%1" cannot be used.</source>
            <translation>Le nom d'utilisateur « %1 » ne peut pas être utilisé.</translation>
        </message>
        <message>
            <source>The username "%1" or the id is taken.</source>
            <translation>Le nom d'utilisateur « %1 » ou l'ID est déjà pris.</translation>
        </message>
        <message>
            <source>There is no user with id %1.</source>
            <translation>Il n'y a aucun utilisateur avec l'ID %1.</translation>
        </message>
        <message>
            <source>Only administrators can create tokens for other users.</source>
            <translation>Seuls les administrateurs peuvent créer des jetons pour d'autres utilisateurs.</translation>
        </message>
        <message>
            <source>Only administrators can list every user's tokens.</source>
            <translation>Seuls les administrateurs peuvent lister les jetons de tous les utilisateurs.</translation>
        </message>
        <message>
            <source>You need the %1 role on the group "%2" to manage its access tokens; you are not a member there.</source>
            <translation>Il vous faut le rôle %1 dans le groupe « %2 » pour gérer ses jetons d'accès ; vous n'en êtes pas membre.</translation>
        </message>
        <message>
            <source>You need the %1 role on the project "%2" to manage its access tokens; you are not a member there.</source>
            <translation>Il vous faut le rôle %1 dans le projet « %2 » pour gérer ses jetons d'accès ; vous n'en êtes pas membre.</translation>
        </message>
        <message>
            <source>You need the %1 role on the group "%2" to manage its access tokens; your role there is %3.</source>
            <translation>Il vous faut le rôle %1 dans le groupe « %2 » pour gérer ses jetons d'accès ; votre rôle y est %3.</translation>
        </message>
        <message>
            <source>You need the %1 role on the project "%2" to manage its access tokens; your role there is %3.</source>
            <translation>Il vous faut le rôle %1 dans le projet « %2 » pour gérer ses jetons d'accès ; votre rôle y est %3.</translation>
        </message>
        <message>
            <source>The group "%1" has no access token with id %2.</source>
            <translation>Le groupe « %1 » n'a aucun jeton d'accès avec l'ID %2.</translation>
        </message>
        <message>
            <source>The project "%1" has no access token with id %2.</source>
            <translation>Le projet « %1 » n'a aucun jeton d'accès avec l'ID %2.</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>Token name is required.</source>
            <translation>Le nom du jeton est obligatoire.</translation>
        </message>
        <message>
            <source>Token name is too long (at most %1 characters).</source>
            <translation>Le nom du jeton est trop long (%1 caractères au maximum).</translation>
        </message>
        <message>
            <source>Token name must not contain control characters.</source>
            <translation>Le nom du jeton ne doit pas contenir de caractères de contrôle.</translation>
        </message>
        <message>
            <source>Token description is too long (at most %1 characters).</source>
            <translation>La description du jeton est trop longue (%1 caractères au maximum).</translation>
        </message>
        <message>
            <source>Select at least one scope.</source>
            <translation>Sélectionnez au moins une portée.</translation>
        </message>
        <message>
            <source>Unknown scope "%1".</source>
            <translation>Portée inconnue « %1 ».</translation>
        </message>
        <message>
            <source>Expiration date is required.</source>
            <translation>La date d'expiration est obligatoire.</translation>
        </message>
        <message>
            <source>Expiration date must be %1 or later (dates are in UTC).</source>
            <translation>La date d'expiration doit être le %1 ou plus tard (les dates sont en UTC).</translation>
        </message>
        <message numerus="yes">
            <source>Expiration date must be %1 or earlier (at most %n day(s) ahead).</source>
            <translation>
                <numerusform>La date d'expiration doit être le %1 ou plus tôt (%n jour à l'avance au maximum).</numerusform>
                <numerusform>La date d'expiration doit être le %1 ou plus tôt (%n jours à l'avance au maximum).</numerusform>
            </translation>
        </message>
        <message>
            <source>Unknown role %1: choose guest, planner, reporter, developer, maintainer or owner.</source>
            <translation>Rôle inconnu %1 : choisissez guest, planner, reporter, developer, maintainer ou owner.</translation>
        </message>
        <message>
            <source>The role %1 is above your own role (%2) there.</source>
            <translation>Le rôle %1 dépasse votre propre rôle (%2) à cet endroit.</translation>
        </message>
        <message>
            <source>Group and project access tokens cannot have the scope "%1".</source>
            <translation>Les jetons d'accès de groupe et de projet ne peuvent pas avoir la portée « %1 ».</translation>
        </message>
    </context>
    <context>
        <name>VerifyCommand</name>
        <message>
            <source>Read one secret from standard input and show the token it belongs to.</source>
            <translation>Lire un secret sur l'entrée standard et afficher le jeton auquel il appartient.</translation>
        </message>
        <message>
            <source>The secret is read from standard input (one line; a trailing newline is ignored). It is never accepted as an argument.</source>
            <translation>Le secret est lu sur l'entrée standard (une ligne ; un saut de ligne final est ignoré). Il n'est jamais accepté comme argument.</translation>
        </message>
        <message>
            <source>verify takes no arguments: it reads the secret from standard input, so that the secret never appears on a command line.</source>
            <translation>verify n'accepte aucun argument : il lit le secret sur l'entrée standard, afin que le secret n'apparaisse jamais sur une ligne de commande.</translation>
        </message>
        <message>
            <source>Paste the token and press Enter (input is hidden): </source>
            <translation>Collez le jeton et appuyez sur Entrée (la saisie est masquée) : </translation>
        </message>
        <message>
            <source>standard input is too long to be a token.</source>
            <translation>l'entrée standard est trop longue pour être un jeton.</translation>
        </message>
        <message>
            <source>no token on standard input; verify reads one token from standard input.</source>
            <translation>aucun jeton sur l'entrée standard ; verify lit un jeton sur l'entrée standard.</translation>
        </message>
        <message>
            <source>standard input must hold exactly one token, on one line.</source>
            <translation>l'entrée standard doit contenir exactement un jeton, sur une seule ligne.</translation>
        </message>
    </context>
    <context>
        <name>WhoamiCommand</name>
        <message>
            <source>Show who the GitLab access token signs in as, and the access token itself.</source>
            <translation>Afficher sous quelle identité le jeton d'accès GitLab se connecte, ainsi que le jeton d'accès lui-même.</translation>
        </message>
        <message>
            <source>whoami needs --gitlab URL (or $GITLAB_HOST).</source>
            <translation>whoami nécessite --gitlab URL (ou $GITLAB_HOST).</translation>
        </message>
        <message>
            <source>the access token lacks the api scope, so it cannot create, rotate or revoke tokens (it has: %1).</source>
            <translation>le jeton d'accès n'a pas la portée api : il ne peut donc pas créer, renouveler ni révoquer de jetons (il a : %1).</translation>
        </message>
        <message>
            <source>the access token expires on %1 (at 00:00 UTC); rotate it with '%2 rotate self'.</source>
            <translation>le jeton d'accès expire le %1 (à 00:00 UTC) ; renouvelez-le avec « %2 rotate self ».</translation>
        </message>
        <message>
            <source>GitLab did not show the access token itself (GET /personal_access_tokens/self failed), so its scopes and expiry are unknown.</source>
            <translation>GitLab n'a pas affiché le jeton d'accès lui-même (GET /personal_access_tokens/self a échoué) : ses portées et son expiration sont donc inconnues.</translation>
        </message>
        <message>
            <source>Instance</source>
            <translation>Instance</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>Nom d'utilisateur</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>User ID</source>
            <translation>ID de l'utilisateur</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrateur</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>GitLab version</source>
            <translation>Version de GitLab</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnue</translation>
        </message>
        <message>
            <source>Access token</source>
            <translation>Jeton d'accès</translation>
        </message>
        <message>
            <source>%1 (ID %2)</source>
            <translation>%1 (ID %2)</translation>
        </message>
        <message>
            <source>Its scopes</source>
            <translation>Ses portées</translation>
        </message>
        <message>
            <source>It expires</source>
            <translation>Expiration</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>%1 (at 00:00 UTC)</source>
            <translation>%1 (à 00:00 UTC)</translation>
        </message>
    </context>
    <context>
        <name>WindowDialogs</name>
        <message>
            <source>About TokenDesk</source>
            <translation>À propos de TokenDesk</translation>
        </message>
        <message>
            <source>TokenDesk %1</source>
            <translation>TokenDesk %1</translation>
        </message>
        <message>
            <source>Manages GitLab personal access tokens, on a GitLab server or in an offline store on this computer.</source>
            <translation>Gère les jetons d'accès personnels GitLab, sur un serveur GitLab ou dans un stockage hors ligne sur cet ordinateur.</translation>
        </message>
    </context>
    <context>
        <name>WindowProcess</name>
        <message>
            <source>The TokenDesk window (%1) is not installed next to this program or on PATH.</source>
            <translation>La fenêtre TokenDesk (%1) n'est installée ni à côté de ce programme ni dans le PATH.</translation>
        </message>
        <message>
            <source>Cannot start %1: %2</source>
            <translation>Impossible de démarrer %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>TokenDesk</source>
            <translation>TokenDesk</translation>
        </message>
        <message>
            <source>Manage GitLab personal access tokens.</source>
            <translation>Gérer les jetons d'accès personnels GitLab.</translation>
        </message>
        <message>
            <source>Open the offline demo store, filled with sample tokens once.</source>
            <translation>Ouvrir le stockage de démonstration hors ligne, rempli une seule fois de jetons d'exemple.</translation>
        </message>
        <message>
            <source>Use the token store at &lt;path&gt; (default: $TOKENDESK_STORE, else tokens.sqlite in the application data folder).</source>
            <translation>Utiliser le stockage de jetons situé à &lt;path&gt; (par défaut : $TOKENDESK_STORE, sinon tokens.sqlite dans le dossier de données de l'application).</translation>
        </message>
        <message>
            <source>path</source>
            <translation>path</translation>
        </message>
        <message>
            <source>Print the milliseconds from start until the token table was first painted, then quit (for benchmarks).</source>
            <translation>Afficher le nombre de millisecondes entre le démarrage et le premier affichage du tableau des jetons, puis quitter (pour les mesures de performance).</translation>
        </message>
        <message>
            <source>With --rotate or --select: the account of the token ("offline" for the token store, or store:&lt;path&gt;).</source>
            <translation>Avec --rotate ou --select : le compte du jeton (« offline » pour le stockage de jetons, ou store:&lt;path&gt;).</translation>
        </message>
        <message>
            <source>key</source>
            <translation>clé</translation>
        </message>
        <message>
            <source>Open the rotate confirmation of the token with this ID.</source>
            <translation>Ouvrir la confirmation de renouvellement du jeton ayant cet ID.</translation>
        </message>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>Show the token with this ID, selected.</source>
            <translation>Afficher le jeton ayant cet ID, sélectionné.</translation>
        </message>
        <message>
            <source>With --rotate or --select: the token is a group's or project's (group:ID or project:ID).</source>
            <translation>Avec --rotate ou --select : le jeton appartient à un groupe ou à un projet (group:ID ou project:ID).</translation>
        </message>
        <message>
            <source>resource</source>
            <translation>ressource</translation>
        </message>
        <message>
            <source>--demo and --store cannot be combined.</source>
            <translation>--demo et --store ne peuvent pas être combinés.</translation>
        </message>
        <message>
            <source>Give either --rotate or --select.</source>
            <translation>Indiquez soit --rotate, soit --select.</translation>
        </message>
        <message>
            <source>--rotate and --select need --account.</source>
            <translation>--rotate et --select nécessitent --account.</translation>
        </message>
        <message>
            <source>The token ID must be a positive number.</source>
            <translation>L'ID du jeton doit être un nombre positif.</translation>
        </message>
        <message>
            <source>Could not open the token store %1: %2</source>
            <translation>Impossible d'ouvrir le stockage de jetons %1 : %2</translation>
        </message>
        <message>
            <source>usage: git-credential-tokendesk get|store|erase
A git credential helper: git runs it, e.g. after
  git config --global credential.https://HOST.helper tokendesk
</source>
            <translation>utilisation : git-credential-tokendesk get|store|erase
Un assistant d'identification git : git l'exécute, par exemple après
  git config --global credential.https://HOST.helper tokendesk
</translation>
        </message>
        <message>
            <source>A git credential helper: git runs it to get the access token of a GitLab host that tokendesk-cli git-use (or the window) mapped to a token saved in the keychain. Set it up with tokendesk-cli git-setup, or: git config --global credential.https://HOST.helper tokendesk</source>
            <translation>Un assistant d'identification git : git l'exécute pour obtenir le jeton d'accès d'un hôte GitLab que tokendesk-cli git-use (ou la fenêtre) a associé à un jeton enregistré dans le trousseau. Configuration avec tokendesk-cli git-setup, ou : git config --global credential.https://HOST.helper tokendesk</translation>
        </message>
        <message>
            <source>get: print the mapped host's username and token for git. store: save nothing. erase: forget the host's mapping (not the secret).</source>
            <translation>get : affiche pour git le nom d'utilisateur et le jeton de l'hôte associé. store : n'enregistre rien. erase : oublie l'association de l'hôte (pas le secret).</translation>
        </message>
    </context>
</TS>
