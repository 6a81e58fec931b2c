<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>AccessLevels</name>
        <message>
            <source>Guest</source>
            <translation>Gast</translation>
        </message>
        <message>
            <source>Planner</source>
            <translation>Planer</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>Reporter</translation>
        </message>
        <message>
            <source>Developer</source>
            <translation>Entwickler</translation>
        </message>
        <message>
            <source>Maintainer</source>
            <translation>Maintainer</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Eigentümer</translation>
        </message>
        <message>
            <source>Role %1</source>
            <translation>Rolle %1</translation>
        </message>
    </context>
    <context>
        <name>AllResourcesListing</name>
        <message>
            <source>group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>project</source>
            <translation>Projekt</translation>
        </message>
        <message>
            <source>Reading access tokens: %1 of %2 groups and projects</source>
            <translation>Zugriffstoken werden gelesen: %1 von %2 Gruppen und Projekten</translation>
        </message>
        <message>
            <source>interrupted; nothing was listed.</source>
            <translation>unterbrochen; es wurde nichts aufgelistet.</translation>
        </message>
        <message>
            <source>could not read the access tokens of %1 %2: %3</source>
            <translation>die Zugriffstoken von %1 %2 konnten nicht gelesen werden: %3</translation>
        </message>
        <message numerus="yes">
            <source>the listing is incomplete: %n of %1 groups and projects could not be read.</source>
            <translation>
                <numerusform>die Liste ist unvollständig: %n von %1 Gruppen und Projekten konnte nicht gelesen werden.</numerusform>
                <numerusform>die Liste ist unvollständig: %n von %1 Gruppen und Projekten konnten nicht gelesen werden.</numerusform>
            </translation>
        </message>
        <message>
            <source>No group or project access tokens expire before %1.</source>
            <translation>Vor dem %1 laufen keine Gruppen- oder Projektzugriffstoken ab.</translation>
        </message>
        <message>
            <source>No active group or project access tokens.</source>
            <translation>Keine aktiven Gruppen- oder Projektzugriffstoken.</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>KIND</source>
            <translation>ART</translation>
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
            <translation>NAME</translation>
        </message>
        <message>
            <source>ROLE</source>
            <translation>ROLLE</translation>
        </message>
        <message>
            <source>SCOPES</source>
            <translation>BEREICHE</translation>
        </message>
        <message>
            <source>EXPIRES</source>
            <translation>ABLAUF</translation>
        </message>
        <message>
            <source>LAST USED</source>
            <translation>ZULETZT GENUTZT</translation>
        </message>
        <message>
            <source>KEYCHAIN</source>
            <translation>SCHLÜSSELBUND</translation>
        </message>
    </context>
    <context>
        <name>CalendarCommand</name>
        <message>
            <source>Write the calendar to FILE (replaced whole, or left as it was when writing fails) instead of standard output.</source>
            <translation>Den Kalender in FILE schreiben (vollständig ersetzt oder unverändert gelassen, wenn das Schreiben fehlschlägt) statt in die Standardausgabe.</translation>
        </message>
        <message>
            <source>Write the expiry date of every active token as an iCalendar (.ics) file, with reminders.</source>
            <translation>Das Ablaufdatum jedes aktiven Tokens als iCalendar-Datei (.ics) mit Erinnerungen schreiben.</translation>
        </message>
        <message>
            <source>Reads the local store and every connected GitLab account, or only the place --store, --demo or --gitlab names. Each token that expires gets an all-day event on its expiry date (it stops working at 00:00 UTC that day) with an alarm at each reminder threshold (Preferences, or reminders.conf); revoked and expired tokens are left out. An event keeps its UID across exports, so importing a newer file updates the events instead of adding copies.
Exit status: 0 when every place was read; 1 when one could not be (each is named on standard error): the calendar is still written, with the tokens of the places that were read; when no place could be read nothing is written.
</source>
            <translation>Liest den lokalen Speicher und jedes verbundene GitLab-Konto oder nur den Ort, den --store, --demo oder --gitlab angibt. Jedes ablaufende Token erhält an seinem Ablaufdatum einen ganztägigen Termin (es funktioniert ab 00:00 UTC an diesem Tag nicht mehr) mit einem Alarm an jeder Erinnerungsschwelle (Einstellungen oder reminders.conf); widerrufene und abgelaufene Token werden ausgelassen. Ein Termin behält seine UID über Exporte hinweg, sodass der Import einer neueren Datei die Termine aktualisiert, statt Kopien hinzuzufügen.
Exit-Status: 0, wenn jeder Ort gelesen wurde; 1, wenn einer nicht gelesen werden konnte (jeder wird in der Standardfehlerausgabe genannt): Der Kalender wird trotzdem geschrieben, mit den Token der gelesenen Orte; wenn kein Ort gelesen werden konnte, wird nichts geschrieben.
</translation>
        </message>
        <message>
            <source>--output needs a file name.</source>
            <translation>--output braucht einen Dateinamen.</translation>
        </message>
        <message>
            <source>could not read %1</source>
            <translation>%1 konnte nicht gelesen werden</translation>
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
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>CliPrinter</name>
        <message>
            <source>revoked</source>
            <translation>widerrufen</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>abgelaufen</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Projekt</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>Bereiche</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>Zuletzt genutzt</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Läuft ab</translation>
        </message>
        <message>
            <source>%1 (at 00:00 UTC)</source>
            <translation>%1 (um 00:00 UTC)</translation>
        </message>
        <message>
            <source>Bot user ID</source>
            <translation>Bot-Benutzer-ID</translation>
        </message>
        <message>
            <source>User ID</source>
            <translation>Benutzer-ID</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Eigentümer</translation>
        </message>
        <message>
            <source>Used from</source>
            <translation>Genutzt von IP</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Widerrufen</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>What the scopes allow:</source>
            <translation>Was die Bereiche erlauben:</translation>
        </message>
    </context>
    <context>
        <name>Command</name>
        <message>
            <source>The token's ID, a positive whole number.</source>
            <translation>Die ID des Tokens, eine positive ganze Zahl.</translation>
        </message>
        <message>
            <source>%1 takes no arguments.</source>
            <translation>%1 nimmt keine Argumente an.</translation>
        </message>
        <message>
            <source>%1 needs exactly one token ID.</source>
            <translation>%1 braucht genau eine Token-ID.</translation>
        </message>
        <message>
            <source>the token ID must be a positive whole number, or 'self'.</source>
            <translation>die Token-ID muss eine positive ganze Zahl oder „self“ sein.</translation>
        </message>
        <message>
            <source>the token ID must be a positive whole number.</source>
            <translation>die Token-ID muss eine positive ganze Zahl sein.</translation>
        </message>
        <message>
            <source>'self' names the GitLab access token in use; it needs --gitlab URL.</source>
            <translation>„self“ bezeichnet das verwendete GitLab-Zugriffstoken; es braucht --gitlab URL.</translation>
        </message>
        <message>
            <source>'self' names your own access token in use, not one of a group or project; leave out --group and --project.</source>
            <translation>„self“ bezeichnet Ihr eigenes verwendetes Zugriffstoken, nicht eines einer Gruppe oder eines Projekts; lassen Sie --group und --project weg.</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>Use the store database at PATH (default: $TOKENDESK_STORE, else the default store).</source>
            <translation>Die Speicherdatenbank unter PATH verwenden (Standard: $TOKENDESK_STORE, sonst der Standardspeicher).</translation>
        </message>
        <message>
            <source>Use the separate offline demo store.</source>
            <translation>Den separaten Offline-Demospeicher verwenden.</translation>
        </message>
        <message>
            <source>Work on the GitLab instance at URL (default: $GITLAB_HOST; https:// unless given). The access token comes from $GITLAB_TOKEN, --token-file, or the keychain of a connected account.</source>
            <translation>Mit der GitLab-Instanz unter URL arbeiten (Standard: $GITLAB_HOST; https://, sofern nicht angegeben). Das Zugriffstoken stammt aus $GITLAB_TOKEN, --token-file oder dem Schlüsselbund eines verbundenen Kontos.</translation>
        </message>
        <message>
            <source>Read the GitLab access token from the first line of FILE.</source>
            <translation>Das GitLab-Zugriffstoken aus der ersten Zeile von FILE lesen.</translation>
        </message>
        <message>
            <source>The connected GitLab account whose access token the keychain holds, when there are several.</source>
            <translation>Das verbundene GitLab-Konto, dessen Zugriffstoken im Schlüsselbund liegt, wenn es mehrere gibt.</translation>
        </message>
        <message>
            <source>Also trust the certificate authorities in this PEM file.</source>
            <translation>Zusätzlich den Zertifizierungsstellen in dieser PEM-Datei vertrauen.</translation>
        </message>
        <message>
            <source>Give up on a GitLab request that stalls this long (default: 30).</source>
            <translation>Eine GitLab-Anfrage aufgeben, die so viele Sekunden hängt (Standard: 30).</translation>
        </message>
        <message>
            <source>Work on the access tokens of this group (its numeric ID or full path, such as acme/platform) instead of your own.</source>
            <translation>Mit den Zugriffstoken dieser Gruppe arbeiten (ihre numerische ID oder ihr vollständiger Pfad, etwa acme/platform) statt mit Ihren eigenen.</translation>
        </message>
        <message>
            <source>Work on the access tokens of this project (its numeric ID or full path, such as acme/web) instead of your own.</source>
            <translation>Mit den Zugriffstoken dieses Projekts arbeiten (seine numerische ID oder sein vollständiger Pfad, etwa acme/web) statt mit Ihren eigenen.</translation>
        </message>
        <message>
            <source>Print one JSON document with GitLab's field names.</source>
            <translation>Ein JSON-Dokument mit den Feldnamen von GitLab ausgeben.</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>Diese Hilfe anzeigen.</translation>
        </message>
        <message>
            <source>Show the version.</source>
            <translation>Die Version anzeigen.</translation>
        </message>
        <message>
            <source>[hidden]</source>
            <translation>[verborgen]</translation>
        </message>
        <message>
            <source>Manage GitLab personal, group and project access tokens from scripts and the terminal.</source>
            <translation>Persönliche, Gruppen- und Projektzugriffstoken von GitLab aus Skripten und im Terminal verwalten.</translation>
        </message>
        <message>
            <source>The command to run (see below).</source>
            <translation>Der auszuführende Befehl (siehe unten).</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>Befehle:</translation>
        </message>
        <message>
            <source>Run '%1 COMMAND --help' for a command's options. With --group or --project the token commands work on that group's or project's access tokens. Exit codes: 0 done, 1 failure (store, server, network), 2 usage or validation error (nothing changed), 3 authentication or permission refused (also: you lack the role on the group or project), 4 not found (also: no such group or project), 5 secret not printed (control characters), 6 listing incomplete (some groups or projects could not be read), 130 interrupted.</source>
            <translation>Führen Sie „%1 COMMAND --help“ für die Optionen eines Befehls aus. Mit --group oder --project arbeiten die Token-Befehle mit den Zugriffstoken dieser Gruppe oder dieses Projekts. Exit-Codes: 0 erledigt, 1 Fehler (Speicher, Server, Netzwerk), 2 Aufruf- oder Prüfungsfehler (nichts geändert), 3 Anmeldung oder Berechtigung verweigert (auch: Ihnen fehlt die Rolle in der Gruppe oder im Projekt), 4 nicht gefunden (auch: keine solche Gruppe und kein solches Projekt), 5 Geheimnis nicht ausgegeben (Steuerzeichen), 6 Liste unvollständig (einige Gruppen oder Projekte konnten nicht gelesen werden), 130 unterbrochen.</translation>
        </message>
        <message>
            <source>no command given; run '%1 --help' for the list of commands.</source>
            <translation>kein Befehl angegeben; „%1 --help“ zeigt die Liste der Befehle.</translation>
        </message>
        <message>
            <source>unknown command '%1'; run '%2 --help' for the list of commands.</source>
            <translation>unbekannter Befehl „%1“; „%2 --help“ zeigt die Liste der Befehle.</translation>
        </message>
        <message>
            <source>--%1 given more than once.</source>
            <translation>--%1 mehr als einmal angegeben.</translation>
        </message>
        <message>
            <source>--store needs a file path.</source>
            <translation>--store braucht einen Dateipfad.</translation>
        </message>
        <message>
            <source>--store and --demo cannot be used together.</source>
            <translation>--store und --demo können nicht zusammen verwendet werden.</translation>
        </message>
        <message>
            <source>--gitlab cannot be used with --store or --demo.</source>
            <translation>--gitlab kann nicht mit --store oder --demo verwendet werden.</translation>
        </message>
        <message>
            <source>--gitlab needs the instance URL, such as https://gitlab.example.com.</source>
            <translation>--gitlab braucht die URL der Instanz, etwa https://gitlab.example.com.</translation>
        </message>
        <message>
            <source>--timeout must be a number of seconds between 0 and 3600, such as 30.</source>
            <translation>--timeout muss eine Anzahl Sekunden zwischen 0 und 3600 sein, etwa 30.</translation>
        </message>
        <message>
            <source>--token-file, --user, --ca-file and --timeout need --gitlab URL (or $GITLAB_HOST).</source>
            <translation>--token-file, --user, --ca-file und --timeout brauchen --gitlab URL (oder $GITLAB_HOST).</translation>
        </message>
        <message>
            <source>--group and --project cannot be used together.</source>
            <translation>--group und --project können nicht zusammen verwendet werden.</translation>
        </message>
        <message>
            <source>--%1 needs the numeric ID or the full path, such as 42 or acme/web.</source>
            <translation>--%1 braucht die numerische ID oder den vollständigen Pfad, etwa 42 oder acme/web.</translation>
        </message>
        <message>
            <source>%1 does not work on a group's or project's tokens; leave out --%2.</source>
            <translation>%1 funktioniert nicht mit den Token einer Gruppe oder eines Projekts; lassen Sie --%2 weg.</translation>
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
            <translation>Befehl</translation>
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
            <translation>[j/N]</translation>
        </message>
        <message>
            <source>y</source>
            <translation>j</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
    </context>
    <context>
        <name>Confirmations</name>
        <message>
            <source>Revoke token</source>
            <translation>Token widerrufen</translation>
        </message>
        <message>
            <source>Revoke the token '%1'?</source>
            <translation>Das Token „%1“ widerrufen?</translation>
        </message>
        <message>
            <source>Scripts and applications that use it lose access at once. This cannot be undone.</source>
            <translation>Skripte und Anwendungen, die es verwenden, verlieren sofort den Zugriff. Dies kann nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <source>This is the token TokenDesk signs in with to %1. Revoking it disconnects TokenDesk from this account; to come back, connect again with another token. This cannot be undone.</source>
            <translation>Mit diesem Token meldet sich TokenDesk bei %1 an. Wenn Sie es widerrufen, wird TokenDesk von diesem Konto getrennt; um es wieder zu nutzen, verbinden Sie sich mit einem anderen Token. Dies kann nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>Widerrufen</translation>
        </message>
        <message>
            <source>Also delete the saved secret from the keychain</source>
            <translation>Auch das gespeicherte Geheimnis aus dem Schlüsselbund löschen</translation>
        </message>
        <message>
            <source>Rotate token</source>
            <translation>Token rotieren</translation>
        </message>
        <message>
            <source>Rotate the token '%1'?</source>
            <translation>Das Token „%1“ rotieren?</translation>
        </message>
        <message>
            <source>Its secret stops working at once. A new token with the same name and scopes replaces it, expiring on %1; its secret is shown once.</source>
            <translation>Sein Geheimnis funktioniert sofort nicht mehr. Ein neues Token mit demselben Namen und denselben Bereichen ersetzt es und läuft am %1 ab; sein Geheimnis wird einmal angezeigt.</translation>
        </message>
        <message>
            <source>Rotate</source>
            <translation>Rotieren</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <source>Connect to GitLab</source>
            <translation>Mit GitLab verbinden</translation>
        </message>
        <message>
            <source>TokenDesk signs in to GitLab with a personal access token of yours. It keeps that token in the system keychain only.</source>
            <translation>TokenDesk meldet sich bei GitLab mit einem Ihrer persönlichen Zugriffstoken an. Dieses Token wird nur im Schlüsselbund des Systems aufbewahrt.</translation>
        </message>
        <message>
            <source>&amp;Instance URL</source>
            <translation>&amp;Instanz-URL</translation>
        </message>
        <message>
            <source>Instance URL</source>
            <translation>Instanz-URL</translation>
        </message>
        <message>
            <source>Access &amp;token</source>
            <translation>Zugriffs&amp;token</translation>
        </message>
        <message>
            <source>Access token</source>
            <translation>Zugriffstoken</translation>
        </message>
        <message>
            <source>A&amp;dd as a new account</source>
            <translation>Als neues &amp;Konto hinzufügen</translation>
        </message>
        <message>
            <source>Create a token for TokenDesk</source>
            <translation>Ein Token für TokenDesk erstellen</translation>
        </message>
        <message>
            <source>&amp;Advanced</source>
            <translation>&amp;Erweitert</translation>
        </message>
        <message>
            <source>&amp;CA certificate file</source>
            <translation>&amp;CA-Zertifikatsdatei</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Durchsuchen…</translation>
        </message>
        <message>
            <source>T&amp;imeout</source>
            <translation>&amp;Zeitlimit</translation>
        </message>
        <message>
            <source>Connected account</source>
            <translation>Verbundenes Konto</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>Token scopes</source>
            <translation>Token-Bereiche</translation>
        </message>
        <message>
            <source>Token expires</source>
            <translation>Token läuft ab</translation>
        </message>
        <message>
            <source>GitLab version</source>
            <translation>GitLab-Version</translation>
        </message>
    </context>
    <context>
        <name>CreateCommand</name>
        <message>
            <source>The token's name (required).</source>
            <translation>Der Name des Tokens (erforderlich).</translation>
        </message>
        <message>
            <source>What the token is for.</source>
            <translation>Wofür das Token ist.</translation>
        </message>
        <message>
            <source>Expiration date in UTC, from tomorrow to a year ahead (default: 30 days ahead).</source>
            <translation>Ablaufdatum in UTC, von morgen bis ein Jahr voraus (Standard: in 30 Tagen).</translation>
        </message>
        <message>
            <source>A scope to grant; repeat for several (see 'scopes').</source>
            <translation>Ein zu gewährender Bereich; für mehrere wiederholen (siehe „scopes“).</translation>
        </message>
        <message>
            <source>GitLab administrators: create the token for the user with this ID.</source>
            <translation>GitLab-Administratoren: das Token für den Benutzer mit dieser ID erstellen.</translation>
        </message>
        <message>
            <source>With --group or --project: the token's role, one of guest, planner, reporter, developer, maintainer, owner, or its number (default: maintainer).</source>
            <translation>Mit --group oder --project: die Rolle des Tokens, eine von guest, planner, reporter, developer, maintainer, owner, oder ihre Nummer (Standard: maintainer).</translation>
        </message>
        <message>
            <source>Save the new secret in the system keychain.</source>
            <translation>Das neue Geheimnis im Schlüsselbund des Systems speichern.</translation>
        </message>
        <message>
            <source>With --keychain: do not print the secret (it is printed anyway when saving fails).</source>
            <translation>Mit --keychain: das Geheimnis nicht ausgeben (es wird trotzdem ausgegeben, wenn das Speichern fehlschlägt).</translation>
        </message>
        <message>
            <source>Create a token and print its secret once.</source>
            <translation>Ein Token erstellen und sein Geheimnis einmal ausgeben.</translation>
        </message>
        <message>
            <source>create needs --name NAME.</source>
            <translation>create braucht --name NAME.</translation>
        </message>
        <message>
            <source>create needs at least one --scope SCOPE (see '%1 scopes').</source>
            <translation>create braucht mindestens ein --scope SCOPE (siehe „%1 scopes“).</translation>
        </message>
        <message>
            <source>unknown scope '%1'; run '%2 scopes' for the list.</source>
            <translation>unbekannter Bereich „%1“; „%2 scopes“ zeigt die Liste.</translation>
        </message>
        <message>
            <source>group and project access tokens cannot have the scope '%1'; run '%2 --%3 %4 scopes' for those they can have.</source>
            <translation>Gruppen- und Projektzugriffstoken können den Bereich „%1“ nicht haben; „%2 --%3 %4 scopes“ zeigt die möglichen.</translation>
        </message>
        <message>
            <source>--access-level is the role of a group or project access token; it needs --group or --project.</source>
            <translation>--access-level ist die Rolle eines Gruppen- oder Projektzugriffstokens; es braucht --group oder --project.</translation>
        </message>
        <message>
            <source>unknown role '%1' for --access-level; use guest, planner, reporter, developer, maintainer, owner, or 10, 15, 20, 30, 40, 50.</source>
            <translation>unbekannte Rolle „%1“ für --access-level; verwenden Sie guest, planner, reporter, developer, maintainer, owner oder 10, 15, 20, 30, 40, 50.</translation>
        </message>
        <message>
            <source>--user-id must be a positive whole number.</source>
            <translation>--user-id muss eine positive ganze Zahl sein.</translation>
        </message>
        <message>
            <source>--user-id needs --gitlab URL.</source>
            <translation>--user-id braucht --gitlab URL.</translation>
        </message>
        <message>
            <source>--user-id creates a personal token for another user; it cannot be used with --group or --project.</source>
            <translation>--user-id erstellt ein persönliches Token für einen anderen Benutzer; es kann nicht mit --group oder --project verwendet werden.</translation>
        </message>
        <message>
            <source>--expires must be a date written YYYY-MM-DD, such as 2026-12-31.</source>
            <translation>--expires muss ein Datum im Format JJJJ-MM-TT sein, etwa 2026-12-31.</translation>
        </message>
        <message>
            <source>--quiet needs --keychain: without it the secret would be lost.</source>
            <translation>--quiet braucht --keychain: ohne es ginge das Geheimnis verloren.</translation>
        </message>
        <message>
            <source>Created token %1 "%2".</source>
            <translation>Token %1 „%2“ erstellt.</translation>
        </message>
        <message>
            <source>Created access token %1 "%2" of the group %3.</source>
            <translation>Zugriffstoken %1 „%2“ der Gruppe %3 erstellt.</translation>
        </message>
        <message>
            <source>Created access token %1 "%2" of the project %3.</source>
            <translation>Zugriffstoken %1 „%2“ des Projekts %3 erstellt.</translation>
        </message>
        <message>
            <source>Nothing was created.</source>
            <translation>Es wurde nichts erstellt.</translation>
        </message>
        <message>
            <source>Create it on GitLab's own page, prefilled: %1</source>
            <translation>Erstellen Sie es auf GitLabs eigener Seite, vorausgefüllt: %1</translation>
        </message>
        <message>
            <source>Then check the new token with: %1 --gitlab %2 verify &lt; FILE</source>
            <translation>Prüfen Sie das neue Token dann mit: %1 --gitlab %2 verify &lt; FILE</translation>
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
            <translation>das Token wird nur dieses eine Mal angezeigt; bewahren Sie es jetzt sicher auf.</translation>
        </message>
        <message>
            <source>the secret of token %1 could not be saved in the keychain either: %2</source>
            <translation>das Geheimnis von Token %1 konnte auch nicht im Schlüsselbund gespeichert werden: %2</translation>
        </message>
        <message>
            <source>token %1 has a new secret (printed above; store it safely now), but it could not be saved in the keychain: %2</source>
            <translation>Token %1 hat ein neues Geheimnis (oben ausgegeben; bewahren Sie es jetzt sicher auf), aber es konnte nicht im Schlüsselbund gespeichert werden: %2</translation>
        </message>
        <message>
            <source>%1: the secret of token %2 is saved in the keychain; '%1 secret %2' prints it.</source>
            <translation>%1: das Geheimnis von Token %2 ist im Schlüsselbund gespeichert; „%1 secret %2“ gibt es aus.</translation>
        </message>
    </context>
    <context>
        <name>DateFilterOptions</name>
        <message>
            <source>Only tokens created before this day (UTC).</source>
            <translation>Nur Token, die vor diesem Tag (UTC) erstellt wurden.</translation>
        </message>
        <message>
            <source>Only tokens created on or after this day (UTC).</source>
            <translation>Nur Token, die an oder nach diesem Tag (UTC) erstellt wurden.</translation>
        </message>
        <message>
            <source>Only tokens that expire before this date.</source>
            <translation>Nur Token, die vor diesem Datum ablaufen.</translation>
        </message>
        <message>
            <source>Only tokens that expire on or after this date.</source>
            <translation>Nur Token, die an oder nach diesem Datum ablaufen.</translation>
        </message>
        <message>
            <source>Only tokens last used before this day (UTC).</source>
            <translation>Nur Token, die zuletzt vor diesem Tag (UTC) genutzt wurden.</translation>
        </message>
        <message>
            <source>Only tokens last used on or after this day (UTC).</source>
            <translation>Nur Token, die zuletzt an oder nach diesem Tag (UTC) genutzt wurden.</translation>
        </message>
        <message>
            <source>--%1 must be a date written YYYY-MM-DD, such as 2026-12-31.</source>
            <translation>--%1 muss ein Datum im Format JJJJ-MM-TT sein, etwa 2026-12-31.</translation>
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
            <translation>CI-Deployment</translation>
        </message>
        <message>
            <source>Deploys main to staging from the CI pipeline.</source>
            <translation>Stellt main aus der CI-Pipeline auf Staging bereit.</translation>
        </message>
        <message>
            <source>Release bot</source>
            <translation>Release-Bot</translation>
        </message>
        <message>
            <source>Tags releases and uploads packages.</source>
            <translation>Taggt Releases und lädt Pakete hoch.</translation>
        </message>
        <message>
            <source>Old laptop</source>
            <translation>Alter Laptop</translation>
        </message>
        <message>
            <source>Git over HTTPS from the laptop that was replaced.</source>
            <translation>Git über HTTPS vom ersetzten Laptop.</translation>
        </message>
        <message>
            <source>Container registry</source>
            <translation>Container-Registry</translation>
        </message>
        <message>
            <source>Pushes images from the build server.</source>
            <translation>Pusht Images vom Build-Server.</translation>
        </message>
        <message>
            <source>Grafana dashboards</source>
            <translation>Grafana-Dashboards</translation>
        </message>
        <message>
            <source>Reads pipeline and issue statistics.</source>
            <translation>Liest Pipeline- und Ticketstatistiken.</translation>
        </message>
        <message>
            <source>Kubernetes agent</source>
            <translation>Kubernetes-Agent</translation>
        </message>
        <message>
            <source>Cluster access for the deploy jobs.</source>
            <translation>Clusterzugriff für die Deployment-Jobs.</translation>
        </message>
        <message>
            <source>Backup script</source>
            <translation>Backup-Skript</translation>
        </message>
        <message>
            <source>Nightly mirror of every repository.</source>
            <translation>Nächtlicher Spiegel jedes Repositorys.</translation>
        </message>
        <message>
            <source>Editor assistant</source>
            <translation>Editor-Assistent</translation>
        </message>
        <message>
            <source>GitLab Duo in the code editor.</source>
            <translation>GitLab Duo im Code-Editor.</translation>
        </message>
        <message>
            <source>Laptop git</source>
            <translation>Laptop-Git</translation>
        </message>
        <message>
            <source>Issue importer</source>
            <translation>Ticket-Importer</translation>
        </message>
        <message>
            <source>Old sudo script</source>
            <translation>Altes sudo-Skript</translation>
        </message>
        <message>
            <source>Metrics exporter</source>
            <translation>Metrik-Exporter</translation>
        </message>
        <message>
            <source>Deploy script</source>
            <translation>Deployment-Skript</translation>
        </message>
        <message>
            <source>Never used</source>
            <translation>Nie genutzt</translation>
        </message>
        <message>
            <source>Registry push</source>
            <translation>Registry-Push</translation>
        </message>
        <message>
            <source>Duo in the editor</source>
            <translation>Duo im Editor</translation>
        </message>
        <message>
            <source>Acme</source>
            <translation>Acme</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plattform</translation>
        </message>
        <message>
            <source>API</source>
            <translation>API</translation>
        </message>
        <message>
            <source>Web shop</source>
            <translation>Webshop</translation>
        </message>
        <message>
            <source>Infrastructure</source>
            <translation>Infrastruktur</translation>
        </message>
        <message>
            <source>Terraform</source>
            <translation>Terraform</translation>
        </message>
        <message>
            <source>Handbook</source>
            <translation>Handbuch</translation>
        </message>
        <message>
            <source>Design guild</source>
            <translation>Design-Gilde</translation>
        </message>
        <message>
            <source>Icons</source>
            <translation>Symbole</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Runner fleet</source>
            <translation>Runner-Flotte</translation>
        </message>
        <message>
            <source>Registers the shared CI runners.</source>
            <translation>Registriert die gemeinsamen CI-Runner.</translation>
        </message>
        <message>
            <source>Dependency updates</source>
            <translation>Abhängigkeits-Updates</translation>
        </message>
        <message>
            <source>Opens merge requests for outdated dependencies.</source>
            <translation>Öffnet Merge Requests für veraltete Abhängigkeiten.</translation>
        </message>
        <message>
            <source>Platform audit</source>
            <translation>Plattform-Audit</translation>
        </message>
        <message>
            <source>Reads every project's settings each night.</source>
            <translation>Liest jede Nacht die Einstellungen jedes Projekts.</translation>
        </message>
        <message>
            <source>Release pipeline</source>
            <translation>Release-Pipeline</translation>
        </message>
        <message>
            <source>Tags releases and pushes the changelog.</source>
            <translation>Taggt Releases und pusht das Changelog.</translation>
        </message>
        <message>
            <source>Staging deploy</source>
            <translation>Staging-Deployment</translation>
        </message>
        <message>
            <source>Deploys every merge to staging.</source>
            <translation>Stellt jeden Merge auf Staging bereit.</translation>
        </message>
        <message>
            <source>Preview environments</source>
            <translation>Vorschauumgebungen</translation>
        </message>
        <message>
            <source>Builds a preview of every merge request.</source>
            <translation>Baut eine Vorschau jedes Merge Requests.</translation>
        </message>
        <message>
            <source>Image registry</source>
            <translation>Image-Registry</translation>
        </message>
        <message>
            <source>Pushes the shop's container images.</source>
            <translation>Pusht die Container-Images des Shops.</translation>
        </message>
        <message>
            <source>Terraform state</source>
            <translation>Terraform-State</translation>
        </message>
        <message>
            <source>Keeps the Terraform state in the project.</source>
            <translation>Hält den Terraform-State im Projekt.</translation>
        </message>
        <message>
            <source>Docs publisher</source>
            <translation>Doku-Veröffentlichung</translation>
        </message>
        <message>
            <source>Publishes the handbook to the intranet.</source>
            <translation>Veröffentlicht das Handbuch im Intranet.</translation>
        </message>
        <message>
            <source>Spell checker</source>
            <translation>Rechtschreibprüfung</translation>
        </message>
        <message>
            <source>Comments on spelling in merge requests.</source>
            <translation>Kommentiert die Rechtschreibung in Merge Requests.</translation>
        </message>
        <message>
            <source>Icon export</source>
            <translation>Symbolexport</translation>
        </message>
        <message>
            <source>Exports the icon set for the apps.</source>
            <translation>Exportiert den Symbolsatz für die Apps.</translation>
        </message>
        <message>
            <source>Guild automation</source>
            <translation>Gilden-Automatisierung</translation>
        </message>
        <message>
            <source>Only an owner of the guild can see this one.</source>
            <translation>Nur ein Eigentümer der Gilde kann dieses sehen.</translation>
        </message>
        <message>
            <source>Site deploy</source>
            <translation>Website-Deployment</translation>
        </message>
        <message>
            <source>Only a maintainer of the website can see this one.</source>
            <translation>Nur ein Maintainer der Website kann dieses sehen.</translation>
        </message>
    </context>
    <context>
        <name>ExpiryCalendar</name>
        <message>
            <source>GitLab token “%1” stopped working today at 00:00 UTC.</source>
            <translation>GitLab-Token „%1“ funktioniert seit heute 00:00 UTC nicht mehr.</translation>
        </message>
        <message>
            <source>GitLab token “%1” stops working tomorrow at 00:00 UTC: today is its last day.</source>
            <translation>GitLab-Token „%1“ funktioniert ab morgen 00:00 UTC nicht mehr: Heute ist sein letzter Tag.</translation>
        </message>
        <message numerus="yes">
            <source>GitLab token “%1” stops working in %n day(s).</source>
            <translation>
                <numerusform>GitLab-Token „%1“ funktioniert in %n Tag nicht mehr.</numerusform>
                <numerusform>GitLab-Token „%1“ funktioniert in %n Tagen nicht mehr.</numerusform>
            </translation>
        </message>
        <message>
            <source>GitLab token expiry</source>
            <translation>Ablauf eines GitLab-Tokens</translation>
        </message>
        <message>
            <source>GitLab token “%1” expires</source>
            <translation>GitLab-Token „%1“ läuft ab</translation>
        </message>
        <message>
            <source>GitLab token “%1” of %2 expires</source>
            <translation>GitLab-Token „%1“ von %2 läuft ab</translation>
        </message>
        <message>
            <source>Account: %1</source>
            <translation>Konto: %1</translation>
        </message>
        <message>
            <source>Group: %1</source>
            <translation>Gruppe: %1</translation>
        </message>
        <message>
            <source>Project: %1</source>
            <translation>Projekt: %1</translation>
        </message>
        <message>
            <source>Token: %1 (ID %2)</source>
            <translation>Token: %1 (ID %2)</translation>
        </message>
        <message>
            <source>Scopes: %1</source>
            <translation>Bereiche: %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>It stops working on %1 at 00:00 UTC. Rotate it in TokenDesk before then.</source>
            <translation>Es funktioniert ab dem %1 um 00:00 UTC nicht mehr. Rotieren Sie es vorher in TokenDesk.</translation>
        </message>
    </context>
    <context>
        <name>ExpiryCheck</name>
        <message>
            <source>The groups and projects could not be listed: %1</source>
            <translation>Die Gruppen und Projekte konnten nicht aufgelistet werden: %1</translation>
        </message>
        <message>
            <source>The access tokens of the group %1 could not be read: %2</source>
            <translation>Die Zugriffstoken der Gruppe %1 konnten nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>The access tokens of the project %1 could not be read: %2</source>
            <translation>Die Zugriffstoken des Projekts %1 konnten nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>There is nothing to read at %1.</source>
            <translation>Unter %1 gibt es nichts zu lesen.</translation>
        </message>
        <message>
            <source>Offline store · %1</source>
            <translation>Offline-Speicher · %1</translation>
        </message>
    </context>
    <context>
        <name>ForgetCommand</name>
        <message>
            <source>Delete the token's secret from the keychain (the token stays valid).</source>
            <translation>Das Geheimnis des Tokens aus dem Schlüsselbund löschen (das Token bleibt gültig).</translation>
        </message>
        <message>
            <source>no secret was left in the keychain for token %1 (it was deleted elsewhere); TokenDesk no longer lists it as saved.</source>
            <translation>für Token %1 lag kein Geheimnis mehr im Schlüsselbund (es wurde anderswo gelöscht); TokenDesk führt es nicht mehr als gespeichert.</translation>
        </message>
        <message>
            <source>Deleted the secret of token %1 from the keychain.</source>
            <translation>Das Geheimnis von Token %1 wurde aus dem Schlüsselbund gelöscht.</translation>
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
            <translation>Die Hosts auflisten, für die git ein gespeichertes Token verwenden darf.</translation>
        </message>
        <message>
            <source>git uses no saved token for any host.</source>
            <translation>git verwendet für keinen Host ein gespeichertes Token.</translation>
        </message>
        <message>
            <source>HOST</source>
            <translation>HOST</translation>
        </message>
        <message>
            <source>TOKEN</source>
            <translation>TOKEN</translation>
        </message>
        <message>
            <source>USER NAME</source>
            <translation>BENUTZERNAME</translation>
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
            <translation>Der Server hat auf die Anfrage, „%1“ zu erstellen, nicht geantwortet, und TokenDesk hat sie nicht erneut gesendet.</translation>
        </message>
        <message>
            <source>Re-reading the token list failed too (%1), so it is unknown whether the token was created. Check the list before trying again.</source>
            <translation>Auch das erneute Lesen der Tokenliste ist fehlgeschlagen (%1), daher ist unbekannt, ob das Token erstellt wurde. Prüfen Sie die Liste, bevor Sie es erneut versuchen.</translation>
        </message>
        <message>
            <source>It is unknown whether the token was created; check the list before trying again.</source>
            <translation>Es ist unbekannt, ob das Token erstellt wurde; prüfen Sie die Liste, bevor Sie es erneut versuchen.</translation>
        </message>
        <message>
            <source>The token list was re-read: the token was not created. You can try again.</source>
            <translation>Die Tokenliste wurde erneut gelesen: Das Token wurde nicht erstellt. Sie können es erneut versuchen.</translation>
        </message>
        <message>
            <source>The token list was re-read: a token named "%1" now exists (id %2), but its secret never arrived. Revoke it and create a new one if you need the secret.</source>
            <translation>Die Tokenliste wurde erneut gelesen: Ein Token namens „%1“ existiert jetzt (ID %2), aber sein Geheimnis ist nie angekommen. Widerrufen Sie es und erstellen Sie ein neues, wenn Sie das Geheimnis brauchen.</translation>
        </message>
        <message>
            <source>The server did not answer the request to rotate token %1, and TokenDesk did not send it again (a repeated rotation would make GitLab revoke the whole token family).</source>
            <translation>Der Server hat auf die Anfrage, Token %1 zu rotieren, nicht geantwortet, und TokenDesk hat sie nicht erneut gesendet (eine wiederholte Rotation würde GitLab die ganze Token-Familie widerrufen lassen).</translation>
        </message>
        <message>
            <source>The access token no longer works: it was probably rotated and the new secret was lost. Connect again with a new access token.</source>
            <translation>Das Zugriffstoken funktioniert nicht mehr: Es wurde wahrscheinlich rotiert und das neue Geheimnis ging verloren. Verbinden Sie sich erneut mit einem neuen Zugriffstoken.</translation>
        </message>
        <message>
            <source>Re-reading the token failed too (%1); check the token list before doing anything else.</source>
            <translation>Auch das erneute Lesen des Tokens ist fehlgeschlagen (%1); prüfen Sie die Tokenliste, bevor Sie irgendetwas anderes tun.</translation>
        </message>
        <message>
            <source>Check the token list.</source>
            <translation>Prüfen Sie die Tokenliste.</translation>
        </message>
        <message>
            <source>The token list was re-read: the token was not rotated and still works. You can rotate it again.</source>
            <translation>Die Tokenliste wurde erneut gelesen: Das Token wurde nicht rotiert und funktioniert noch. Sie können es erneut rotieren.</translation>
        </message>
        <message>
            <source>The token list was re-read: the token was rotated (the old one is revoked), but the new secret never arrived. Rotate the new token "%1" to get a secret; do not rotate the old one again.</source>
            <translation>Die Tokenliste wurde erneut gelesen: Das Token wurde rotiert (das alte ist widerrufen), aber das neue Geheimnis ist nie angekommen. Rotieren Sie das neue Token „%1“, um ein Geheimnis zu erhalten; rotieren Sie das alte nicht erneut.</translation>
        </message>
        <message>
            <source>The server did not answer the request to revoke token %1, and TokenDesk did not send it again.</source>
            <translation>Der Server hat auf die Anfrage, Token %1 zu widerrufen, nicht geantwortet, und TokenDesk hat sie nicht erneut gesendet.</translation>
        </message>
        <message>
            <source>The access token no longer works, so it was revoked.</source>
            <translation>Das Zugriffstoken funktioniert nicht mehr, es wurde also widerrufen.</translation>
        </message>
        <message>
            <source>Re-reading the token failed too (%1); check the token list.</source>
            <translation>Auch das erneute Lesen des Tokens ist fehlgeschlagen (%1); prüfen Sie die Tokenliste.</translation>
        </message>
        <message>
            <source>The token list was re-read: the token is now revoked.</source>
            <translation>Die Tokenliste wurde erneut gelesen: Das Token ist jetzt widerrufen.</translation>
        </message>
        <message>
            <source>The token list was re-read: the token was not revoked and still works. You can revoke it again.</source>
            <translation>Die Tokenliste wurde erneut gelesen: Das Token wurde nicht widerrufen und funktioniert noch. Sie können es erneut widerrufen.</translation>
        </message>
    </context>
    <context>
        <name>GitLabParser</name>
        <message>
            <source>The server sent a reply that is not what GitLab sends (not the expected JSON). Check the instance URL, or try again later.</source>
            <translation>Der Server hat eine Antwort gesendet, die nicht von GitLab stammt (nicht das erwartete JSON). Prüfen Sie die Instanz-URL oder versuchen Sie es später erneut.</translation>
        </message>
        <message>
            <source>Token name</source>
            <translation>Token-Name</translation>
        </message>
        <message>
            <source>Token description</source>
            <translation>Token-Beschreibung</translation>
        </message>
        <message>
            <source>Expiration date</source>
            <translation>Ablaufdatum</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>Bereiche</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>GitLab refused the access token: it is invalid, expired or revoked. Reconnect with a valid token.</source>
            <translation>GitLab hat das Zugriffstoken abgelehnt: Es ist ungültig, abgelaufen oder widerrufen. Verbinden Sie sich erneut mit einem gültigen Token.</translation>
        </message>
        <message>
            <source>(GitLab says: %1)</source>
            <translation>(GitLab meldet: %1)</translation>
        </message>
        <message>
            <source>The access token lacks a scope this action needs.</source>
            <translation>Dem Zugriffstoken fehlt ein Bereich, den diese Aktion braucht.</translation>
        </message>
        <message>
            <source>The access token lacks the scope this action needs: %1.</source>
            <translation>Dem Zugriffstoken fehlt der Bereich, den diese Aktion braucht: %1.</translation>
        </message>
        <message>
            <source> or </source>
            <translation> oder </translation>
        </message>
        <message>
            <source>GitLab does not allow this account to do that (403 Forbidden).</source>
            <translation>GitLab erlaubt diesem Konto das nicht (403 Forbidden).</translation>
        </message>
        <message>
            <source>Not found: the token or resource does not exist, or this account cannot see it.</source>
            <translation>Nicht gefunden: Das Token oder die Ressource existiert nicht, oder dieses Konto kann sie nicht sehen.</translation>
        </message>
        <message>
            <source>The server does not support this request (405 Method Not Allowed); it may be an older GitLab version.</source>
            <translation>Der Server unterstützt diese Anfrage nicht (405 Method Not Allowed); möglicherweise ist es eine ältere GitLab-Version.</translation>
        </message>
        <message>
            <source>GitLab is limiting requests (429 Too Many Requests). Try again later.</source>
            <translation>GitLab begrenzt die Anfragen (429 Too Many Requests). Versuchen Sie es später erneut.</translation>
        </message>
        <message>
            <source>GitLab could not process the request (422 Unprocessable Entity)</source>
            <translation>GitLab konnte die Anfrage nicht verarbeiten (422 Unprocessable Entity)</translation>
        </message>
        <message>
            <source>GitLab rejected the request (400 Bad Request)</source>
            <translation>GitLab hat die Anfrage abgelehnt (400 Bad Request)</translation>
        </message>
        <message>
            <source>The server failed (HTTP %1). Try again later.</source>
            <translation>Serverfehler (HTTP %1). Versuchen Sie es später erneut.</translation>
        </message>
        <message>
            <source>The server answered with HTTP %1.</source>
            <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
        </message>
        <message>
            <source>The server answered with HTTP %1: %2</source>
            <translation>Der Server hat mit HTTP %1 geantwortet: %2</translation>
        </message>
    </context>
    <context>
        <name>GitLabResourceListing</name>
        <message>
            <source>The list of groups and projects is larger than %1; TokenDesk stopped reading it.</source>
            <translation>Die Liste der Gruppen und Projekte ist größer als %1; TokenDesk hat aufgehört, sie zu lesen.</translation>
        </message>
        <message>
            <source>The server sent the same groups or projects again on page %1; TokenDesk stopped reading the list.</source>
            <translation>Der Server hat auf Seite %1 dieselben Gruppen oder Projekte erneut gesendet; TokenDesk hat aufgehört, die Liste zu lesen.</translation>
        </message>
        <message numerus="yes">
            <source>The list of groups and projects is longer than %n page(s); TokenDesk stopped reading.</source>
            <translation>
                <numerusform>Die Liste der Gruppen und Projekte ist länger als %n Seite; TokenDesk hat aufgehört zu lesen.</numerusform>
                <numerusform>Die Liste der Gruppen und Projekte ist länger als %n Seiten; TokenDesk hat aufgehört zu lesen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GitLabSecretRevocation</name>
        <message>
            <source>GitLab does not accept this token: it is unknown to this instance, expired or already revoked.</source>
            <translation>GitLab akzeptiert dieses Token nicht: Es ist dieser Instanz unbekannt, abgelaufen oder bereits widerrufen.</translation>
        </message>
        <message>
            <source>No token was given.</source>
            <translation>Es wurde kein Token angegeben.</translation>
        </message>
        <message>
            <source>The connection to GitLab is closed.</source>
            <translation>Die Verbindung zu GitLab ist geschlossen.</translation>
        </message>
        <message>
            <source>GitLab did not answer the request to revoke token %1 ("%2"), and TokenDesk did not send it again.</source>
            <translation>GitLab hat auf die Anfrage, Token %1 („%2“) zu widerrufen, nicht geantwortet, und TokenDesk hat sie nicht erneut gesendet.</translation>
        </message>
        <message>
            <source>Asking GitLab about the token failed too (%1); try revoking it again.</source>
            <translation>Auch die Abfrage des Tokens bei GitLab ist fehlgeschlagen (%1); versuchen Sie erneut, es zu widerrufen.</translation>
        </message>
        <message>
            <source>The token still works: revoke it again.</source>
            <translation>Das Token funktioniert noch: Widerrufen Sie es erneut.</translation>
        </message>
    </context>
    <context>
        <name>GitLabUrls</name>
        <message>
            <source>The instance URL is not valid; it should look like https://gitlab.example.com.</source>
            <translation>Die Instanz-URL ist ungültig; sie sollte wie https://gitlab.example.com aussehen.</translation>
        </message>
        <message>
            <source>The instance URL must not contain a user name or password.</source>
            <translation>Die Instanz-URL darf keinen Benutzernamen und kein Passwort enthalten.</translation>
        </message>
        <message>
            <source>TokenDesk refuses to send an access token over unencrypted http:// to %1; use https:// (http:// is only allowed for this computer: localhost, 127.0.0.1, ::1).</source>
            <translation>TokenDesk sendet kein Zugriffstoken über unverschlüsseltes http:// an %1; verwenden Sie https:// (http:// ist nur für diesen Computer erlaubt: localhost, 127.0.0.1, ::1).</translation>
        </message>
        <message>
            <source>The instance URL must start with https://.</source>
            <translation>Die Instanz-URL muss mit https:// beginnen.</translation>
        </message>
        <message>
            <source>There is no file %1.</source>
            <translation>Es gibt keine Datei %1.</translation>
        </message>
        <message>
            <source>The file %1 cannot be read.</source>
            <translation>Die Datei %1 kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>The file %1 holds no PEM certificate.</source>
            <translation>Die Datei %1 enthält kein PEM-Zertifikat.</translation>
        </message>
    </context>
    <context>
        <name>GitSetupCommand</name>
        <message>
            <source>Run the git config command (without it, nothing is changed).</source>
            <translation>Den git-config-Befehl ausführen (ohne diese Option wird nichts geändert).</translation>
        </message>
        <message>
            <source>Show (or with --apply run) the git config command that makes git ask TokenDesk for HOST.</source>
            <translation>Den git-config-Befehl anzeigen (oder mit --apply ausführen), durch den git TokenDesk nach HOST fragt.</translation>
        </message>
        <message>
            <source>Without --apply your git configuration is not changed. Then choose the token git uses for HOST with '%1 git-use ID --host HOST'.</source>
            <translation>Ohne --apply wird Ihre git-Konfiguration nicht geändert. Wählen Sie dann mit „%1 git-use ID --host HOST“ das Token, das git für HOST verwendet.</translation>
        </message>
        <message>
            <source>cannot find %1 on PATH or beside %2; install it with TokenDesk.</source>
            <translation>%1 wurde weder in PATH noch neben %2 gefunden; installieren Sie es mit TokenDesk.</translation>
        </message>
        <message>
            <source>git config failed (exit %1): %2</source>
            <translation>git config ist fehlgeschlagen (Exit-Code %1): %2</translation>
        </message>
        <message>
            <source>git already uses another credential helper for https://%1 (%2 = %3); nothing changed. Remove it with 'git config --global --unset-all %2' and run this again.</source>
            <translation>git verwendet für https://%1 bereits einen anderen Credential-Helper (%2 = %3); nichts geändert. Entfernen Sie ihn mit „git config --global --unset-all %2“ und führen Sie dies erneut aus.</translation>
        </message>
        <message>
            <source>Ran: %1</source>
            <translation>Ausgeführt: %1</translation>
        </message>
        <message>
            <source>git already asks TokenDesk for https://%1; nothing changed.</source>
            <translation>git fragt TokenDesk bereits nach https://%1; nichts geändert.</translation>
        </message>
        <message>
            <source>cannot run git; is it installed?</source>
            <translation>git kann nicht ausgeführt werden; ist es installiert?</translation>
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
            <translation>git daran hindern, ein gespeichertes Token für HOST zu verwenden.</translation>
        </message>
        <message>
            <source>The HTTPS host git connects to, such as gitlab.example.com or gitlab.example.com:8443.</source>
            <translation>Der HTTPS-Host, mit dem sich git verbindet, etwa gitlab.example.com oder gitlab.example.com:8443.</translation>
        </message>
        <message>
            <source>%1 needs --host HOST.</source>
            <translation>%1 braucht --host HOST.</translation>
        </message>
        <message>
            <source>'%1' is not a host name; write it as gitlab.example.com, optionally with :PORT.</source>
            <translation>„%1“ ist kein Hostname; schreiben Sie ihn als gitlab.example.com, optional mit :PORT.</translation>
        </message>
        <message>
            <source>Let git use the token's saved secret for HOST over HTTPS (or stop it with --remove).</source>
            <translation>git das gespeicherte Geheimnis des Tokens für HOST über HTTPS verwenden lassen (oder dies mit --remove beenden).</translation>
        </message>
        <message>
            <source>git-use --remove takes no token ID, only --host HOST.</source>
            <translation>git-use --remove nimmt keine Token-ID an, nur --host HOST.</translation>
        </message>
        <message>
            <source>token %1 is %2, so git could not sign in with it; choose an active token.</source>
            <translation>Token %1 ist %2, daher könnte git sich damit nicht anmelden; wählen Sie ein aktives Token.</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>widerrufen</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>abgelaufen</translation>
        </message>
        <message>
            <source>token %1 has no secret saved in the keychain; save one with 'create --keychain' or 'rotate %1 --keychain' first.</source>
            <translation>für Token %1 ist kein Geheimnis im Schlüsselbund gespeichert; speichern Sie zuerst eines mit „create --keychain“ oder „rotate %1 --keychain“.</translation>
        </message>
        <message>
            <source>git will use token %1 for https://%2 (user name %3).</source>
            <translation>git verwendet Token %1 für https://%2 (Benutzername %3).</translation>
        </message>
        <message>
            <source>If git does not ask TokenDesk for this host yet, run: %1 git-setup --host %2</source>
            <translation>Falls git TokenDesk für diesen Host noch nicht fragt, führen Sie aus: %1 git-setup --host %2</translation>
        </message>
        <message>
            <source>git does not use a saved token for %1.</source>
            <translation>git verwendet für %1 kein gespeichertes Token.</translation>
        </message>
        <message>
            <source>git no longer uses a saved token for https://%1.</source>
            <translation>git verwendet für https://%1 kein gespeichertes Token mehr.</translation>
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
            <translation>Nur die Token dieses Benutzers (numerische ID oder Benutzername).</translation>
        </message>
        <message>
            <source>Only tokens with this scope; repeat it for any of several.</source>
            <translation>Nur Token mit diesem Bereich; für mehrere wiederholen (einer davon genügt).</translation>
        </message>
        <message>
            <source>Which tokens: active (default), inactive or all.</source>
            <translation>Welche Token: active (Standard), inactive oder all.</translation>
        </message>
        <message>
            <source>Only tokens whose name contains TEXT.</source>
            <translation>Nur Token, deren Name TEXT enthält.</translation>
        </message>
        <message>
            <source>Print CSV (RFC 4180) with GitLab's field names, for a spreadsheet.</source>
            <translation>CSV (RFC 4180) mit den Feldnamen von GitLab ausgeben, für eine Tabellenkalkulation.</translation>
        </message>
        <message>
            <source>Revoke every token listed (asks first on a terminal).</source>
            <translation>Jedes aufgelistete Token widerrufen (fragt im Terminal vorher nach).</translation>
        </message>
        <message>
            <source>With --revoke: revoke without asking (needed without a terminal).</source>
            <translation>Mit --revoke: ohne Nachfrage widerrufen (nötig ohne Terminal).</translation>
        </message>
        <message>
            <source>Administrators: every user's personal access tokens, with their owners; optionally revoke them.</source>
            <translation>Administratoren: die persönlichen Zugriffstoken aller Benutzer, mit ihren Eigentümern; optional widerrufen.</translation>
        </message>
        <message>
            <source>Date filters: --created-before, --created-after, --expires-before, --expires-after, --last-used-before and --last-used-after, each a day written YYYY-MM-DD (UTC).</source>
            <translation>Datumsfilter: --created-before, --created-after, --expires-before, --expires-after, --last-used-before und --last-used-after, jeweils ein Tag im Format JJJJ-MM-TT (UTC).</translation>
        </message>
        <message>
            <source>Exit codes: 3 when you are not an administrator, 4 when --owner names no user, 1 when any token could not be revoked (each is named on standard error), 2 for --revoke without a terminal and without --yes (nothing is asked of the server, nothing revoked).</source>
            <translation>Exit-Codes: 3, wenn Sie kein Administrator sind, 4, wenn --owner keinen Benutzer bezeichnet, 1, wenn ein Token nicht widerrufen werden konnte (jedes wird in der Standardfehlerausgabe genannt), 2 für --revoke ohne Terminal und ohne --yes (der Server wird nichts gefragt, nichts widerrufen).</translation>
        </message>
        <message>
            <source>inventory lists personal access tokens; leave out --group and --project.</source>
            <translation>inventory listet persönliche Zugriffstoken auf; lassen Sie --group und --project weg.</translation>
        </message>
        <message>
            <source>unknown --state '%1'; use active, inactive or all.</source>
            <translation>unbekannter --state „%1“; verwenden Sie active, inactive oder all.</translation>
        </message>
        <message>
            <source>--owner needs a user ID or username.</source>
            <translation>--owner braucht eine Benutzer-ID oder einen Benutzernamen.</translation>
        </message>
        <message>
            <source>--scope needs a scope name, such as api.</source>
            <translation>--scope braucht einen Bereichsnamen, etwa api.</translation>
        </message>
        <message>
            <source>--yes goes with --revoke.</source>
            <translation>--yes gehört zu --revoke.</translation>
        </message>
        <message>
            <source>without a terminal to ask on, --revoke needs --yes; nothing was revoked.</source>
            <translation>ohne Terminal für die Nachfrage braucht --revoke die Option --yes; es wurde nichts widerrufen.</translation>
        </message>
        <message>
            <source>choose one of --json and --csv.</source>
            <translation>wählen Sie eines von --json und --csv.</translation>
        </message>
        <message>
            <source>Reading tokens: page %1 of %2</source>
            <translation>Token werden gelesen: Seite %1 von %2</translation>
        </message>
        <message>
            <source>Reading tokens: page %1</source>
            <translation>Token werden gelesen: Seite %1</translation>
        </message>
        <message>
            <source>--owner %1: there is no such user on this instance.</source>
            <translation>--owner %1: Auf dieser Instanz gibt es keinen solchen Benutzer.</translation>
        </message>
        <message>
            <source>No tokens to revoke.</source>
            <translation>Keine Token zu widerrufen.</translation>
        </message>
        <message numerus="yes">
            <source>Revoke %n token(s)</source>
            <translation>
                <numerusform>%n Token</numerusform>
                <numerusform>%n Token</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>of %n user(s)?</source>
            <translation>
                <numerusform>von %n Benutzer widerrufen?</numerusform>
                <numerusform>von %n Benutzern widerrufen?</numerusform>
            </translation>
        </message>
        <message>
            <source>This includes the token this command signs in with; it is revoked last.</source>
            <translation>Darunter ist das Token, mit dem sich dieser Befehl anmeldet; es wird zuletzt widerrufen.</translation>
        </message>
        <message>
            <source>not confirmed; nothing was revoked.</source>
            <translation>nicht bestätigt; es wurde nichts widerrufen.</translation>
        </message>
        <message>
            <source>Revoking: %1 of %2</source>
            <translation>Widerruf: %1 von %2</translation>
        </message>
        <message>
            <source>token %1 of %2 was not revoked: %3</source>
            <translation>Token %1 von %2 wurde nicht widerrufen: %3</translation>
        </message>
        <message>
            <source>token %1 is revoked, but its saved secret could not be deleted from the keychain: %2</source>
            <translation>Token %1 ist widerrufen, aber sein gespeichertes Geheimnis konnte nicht aus dem Schlüsselbund gelöscht werden: %2</translation>
        </message>
        <message numerus="yes">
            <source>Revoked %1 of %n token(s).</source>
            <translation>
                <numerusform>%1 von %n Token widerrufen.</numerusform>
                <numerusform>%1 von %n Token widerrufen.</numerusform>
            </translation>
        </message>
        <message>
            <source>the token this command signed in with was revoked last; it no longer signs in.</source>
            <translation>das Token, mit dem sich dieser Befehl angemeldet hat, wurde zuletzt widerrufen; es meldet sich nicht mehr an.</translation>
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
            <translation>[--owner ID_OR_USERNAME] [--scope SCOPE]... [--state STATE] [Datumsfilter] [--search TEXT] [--csv] [--revoke [--yes]]</translation>
        </message>
    </context>
    <context>
        <name>InventoryPrinter</name>
        <message>
            <source>No tokens.</source>
            <translation>Keine Token.</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>widerrufen</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>abgelaufen</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>USER ID</source>
            <translation>BENUTZER-ID</translation>
        </message>
        <message>
            <source>USERNAME</source>
            <translation>BENUTZERNAME</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>SCOPES</source>
            <translation>BEREICHE</translation>
        </message>
        <message>
            <source>CREATED</source>
            <translation>ERSTELLT</translation>
        </message>
        <message>
            <source>EXPIRES</source>
            <translation>ABLAUF</translation>
        </message>
        <message>
            <source>LAST USED</source>
            <translation>ZULETZT GENUTZT</translation>
        </message>
        <message>
            <source>STATUS</source>
            <translation>STATUS</translation>
        </message>
    </context>
    <context>
        <name>InventoryWindow</name>
        <message>
            <source>All users' tokens</source>
            <translation>Token aller Benutzer</translation>
        </message>
        <message>
            <source>&amp;Owner</source>
            <translation>&amp;Eigentümer</translation>
        </message>
        <message>
            <source>S&amp;copes</source>
            <translation>Be&amp;reiche</translation>
        </message>
        <message>
            <source>S&amp;tate</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <source>&amp;Show tokens</source>
            <translation>Token &amp;anzeigen</translation>
        </message>
        <message>
            <source>Ca&amp;ncel</source>
            <translation>Abbre&amp;chen</translation>
        </message>
        <message>
            <source>To&amp;kens</source>
            <translation>&amp;Token</translation>
        </message>
        <message>
            <source>&amp;Revoke selected</source>
            <translation>Auswahl &amp;widerrufen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Not re&amp;voked</source>
            <translation>Nic&amp;ht widerrufen</translation>
        </message>
    </context>
    <context>
        <name>LaunchRequest</name>
        <message>
            <source>The resource must be group:ID or project:ID, not %1.</source>
            <translation>Die Ressource muss group:ID oder project:ID sein, nicht %1.</translation>
        </message>
    </context>
    <context>
        <name>LeakedTokenDialog</name>
        <message>
            <source>Revoke a leaked token</source>
            <translation>Ein geleaktes Token widerrufen</translation>
        </message>
        <message>
            <source>Paste a token that was exposed (in a chat, a log or a public repository). Check shows what it is; Revoke ends it at once, whoever owns it. The pasted text is not kept.</source>
            <translation>Fügen Sie ein Token ein, das offengelegt wurde (in einem Chat, einem Log oder einem öffentlichen Repository). „Prüfen“ zeigt, was es ist; „Widerrufen“ beendet es sofort, egal wem es gehört. Der eingefügte Text wird nicht aufbewahrt.</translation>
        </message>
        <message>
            <source>&amp;Leaked token</source>
            <translation>&amp;Geleaktes Token</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>&amp;Prüfen</translation>
        </message>
        <message>
            <source>&amp;Revoke</source>
            <translation>&amp;Widerrufen</translation>
        </message>
        <message>
            <source>&amp;Forget the saved secret</source>
            <translation>Gespeichertes Geheimnis &amp;vergessen</translation>
        </message>
    </context>
    <context>
        <name>ListCommand</name>
        <message>
            <source>Which tokens: active (default), inactive or all.</source>
            <translation>Welche Token: active (Standard), inactive oder all.</translation>
        </message>
        <message>
            <source>Only tokens whose name contains TEXT.</source>
            <translation>Nur Token, deren Name TEXT enthält.</translation>
        </message>
        <message>
            <source>Order: %1 (default: expires_asc).</source>
            <translation>Reihenfolge: %1 (Standard: expires_asc).</translation>
        </message>
        <message>
            <source>Every active access token of the groups and projects whose tokens you may manage, each with its group or project.</source>
            <translation>Jedes aktive Zugriffstoken der Gruppen und Projekte, deren Token Sie verwalten dürfen, jeweils mit seiner Gruppe oder seinem Projekt.</translation>
        </message>
        <message>
            <source>List tokens (active ones unless --state says otherwise), or with --all-resources every group and project access token.</source>
            <translation>Token auflisten (die aktiven, sofern --state nichts anderes sagt) oder mit --all-resources jedes Gruppen- und Projektzugriffstoken.</translation>
        </message>
        <message>
            <source>Date filters: --created-before, --created-after, --expires-before, --expires-after, --last-used-before and --last-used-after, each a day written YYYY-MM-DD (UTC), as GitLab means them: 'before' excludes the day itself, 'after' includes it; a token without that date (never used, no expiry) does not match.</source>
            <translation>Datumsfilter: --created-before, --created-after, --expires-before, --expires-after, --last-used-before und --last-used-after, jeweils ein Tag im Format JJJJ-MM-TT (UTC), so wie GitLab sie versteht: „before“ schließt den Tag selbst aus, „after“ schließt ihn ein; ein Token ohne dieses Datum (nie genutzt, kein Ablauf) passt nicht.</translation>
        </message>
        <message>
            <source>With --all-resources the groups and projects are read several at a time; those that could not be read are named on standard error and the exit code is 6, after the tokens of the others are printed. When none could be read, for one kind of reason (such as an instance without these tokens), that reason is the error and gives the exit code.</source>
            <translation>Mit --all-resources werden die Gruppen und Projekte zu mehreren gleichzeitig gelesen; die nicht lesbaren werden in der Standardfehlerausgabe genannt und der Exit-Code ist 6, nachdem die Token der anderen ausgegeben wurden. Wenn keine gelesen werden konnte, aus einem einzigen Grund (etwa eine Instanz ohne diese Token), ist dieser Grund der Fehler und bestimmt den Exit-Code.</translation>
        </message>
        <message>
            <source>--all-resources lists every group and project; leave out --group and --project.</source>
            <translation>--all-resources listet jede Gruppe und jedes Projekt auf; lassen Sie --group und --project weg.</translation>
        </message>
        <message>
            <source>--all-resources lists active tokens by expiry date; --state, --search and --sort do not apply.</source>
            <translation>--all-resources listet aktive Token nach Ablaufdatum auf; --state, --search und --sort gelten nicht.</translation>
        </message>
        <message>
            <source>--all-resources takes --expires-before as its only date filter.</source>
            <translation>--all-resources akzeptiert nur --expires-before als Datumsfilter.</translation>
        </message>
        <message>
            <source>unknown --state '%1'; use active, inactive or all.</source>
            <translation>unbekannter --state „%1“; verwenden Sie active, inactive oder all.</translation>
        </message>
        <message>
            <source>unknown --sort '%1'; use one of: %2.</source>
            <translation>unbekanntes --sort „%1“; verwenden Sie eines von: %2.</translation>
        </message>
        <message>
            <source>Reading tokens: page %1 of %2</source>
            <translation>Token werden gelesen: Seite %1 von %2</translation>
        </message>
        <message>
            <source>Reading tokens: page %1</source>
            <translation>Token werden gelesen: Seite %1</translation>
        </message>
        <message>
            <source>interrupted; the listing above is incomplete.</source>
            <translation>unterbrochen; die Liste oben ist unvollständig.</translation>
        </message>
        <message>
            <source>interrupted; nothing was listed.</source>
            <translation>unterbrochen; es wurde nichts aufgelistet.</translation>
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
            <translation>[--state STATE] [--search TEXT] [--sort ORDER] [Datumsfilter] | --all-resources [--expires-before YYYY-MM-DD]</translation>
        </message>
    </context>
    <context>
        <name>PageTexts</name>
        <message>
            <source>Group and project access tokens</source>
            <translation>Gruppen- und Projektzugriffstoken</translation>
        </message>
        <message>
            <source>Personal access tokens</source>
            <translation>Persönliche Zugriffstoken</translation>
        </message>
        <message>
            <source>Group access tokens: %1</source>
            <translation>Gruppenzugriffstoken: %1</translation>
        </message>
        <message>
            <source>Project access tokens: %1</source>
            <translation>Projektzugriffstoken: %1</translation>
        </message>
        <message>
            <source>Group access tokens let CI jobs and automation use the GitLab API, and git over HTTPS, as a bot member of the group with the role you give them. Only the scopes a group token may have are offered. A new token's secret is shown once.</source>
            <translation>Mit Gruppenzugriffstoken können CI-Jobs und Automatisierungen die GitLab-API und git über HTTPS nutzen, als Bot-Mitglied der Gruppe mit der Rolle, die Sie ihnen geben. Angeboten werden nur die Bereiche, die ein Gruppentoken haben darf. Das Geheimnis eines neuen Tokens wird einmal angezeigt.</translation>
        </message>
        <message>
            <source>Project access tokens let CI jobs and automation use the GitLab API, and git over HTTPS, as a bot member of the project with the role you give them. Only the scopes a project token may have are offered. A new token's secret is shown once.</source>
            <translation>Mit Projektzugriffstoken können CI-Jobs und Automatisierungen die GitLab-API und git über HTTPS nutzen, als Bot-Mitglied des Projekts mit der Rolle, die Sie ihnen geben. Angeboten werden nur die Bereiche, die ein Projekttoken haben darf. Das Geheimnis eines neuen Tokens wird einmal angezeigt.</translation>
        </message>
    </context>
    <context>
        <name>PasteTokenDialog</name>
        <message>
            <source>Create the token on GitLab</source>
            <translation>Das Token auf GitLab erstellen</translation>
        </message>
        <message>
            <source>Open GitLab's page</source>
            <translation>GitLab-Seite öffnen</translation>
        </message>
        <message>
            <source>&amp;Paste the new token</source>
            <translation>Neues Token &amp;einfügen</translation>
        </message>
        <message>
            <source>Paste the new token</source>
            <translation>Neues Token einfügen</translation>
        </message>
        <message>
            <source>Add token</source>
            <translation>Token hinzufügen</translation>
        </message>
        <message>
            <source>Save to keychain</source>
            <translation>Im Schlüsselbund speichern</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Clipboard clear &amp;delay</source>
            <translation>&amp;Verzögerung bis zum Leeren der Zwischenablage</translation>
        </message>
        <message>
            <source>A copied token is removed from the clipboard after this many seconds, unless something else was copied since.</source>
            <translation>Ein kopiertes Token wird nach so vielen Sekunden aus der Zwischenablage entfernt, sofern seitdem nichts anderes kopiert wurde.</translation>
        </message>
        <message>
            <source>Save new tokens to the &amp;keychain automatically</source>
            <translation>Neue Token automatisch im &amp;Schlüsselbund speichern</translation>
        </message>
        <message>
            <source>Remind me about &amp;expiring tokens</source>
            <translation>An &amp;ablaufende Token erinnern</translation>
        </message>
        <message>
            <source>Remind me this many days &amp;before expiry</source>
            <translation>So viele &amp;Tage vor dem Ablauf erinnern</translation>
        </message>
        <message>
            <source>Numbers of days separated by commas, for example 30, 7, 1, 0: one reminder each, and 0 on the day the token expires.</source>
            <translation>Anzahl Tage, durch Kommas getrennt, zum Beispiel 30, 7, 1, 0: je eine Erinnerung, und 0 am Tag, an dem das Token abläuft.</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>The window, tokendesk-cli and the git credential helper speak it from their next start.</source>
            <translation>Das Fenster, tokendesk-cli und der git-Credential-Helper verwenden sie ab ihrem nächsten Start.</translation>
        </message>
    </context>
    <context>
        <name>PrivateFiles</name>
        <message>
            <source>%1 cannot be created: %2</source>
            <translation>%1 kann nicht erstellt werden: %2</translation>
        </message>
        <message>
            <source>%1 cannot be examined: %2</source>
            <translation>%1 kann nicht geprüft werden: %2</translation>
        </message>
        <message>
            <source>%1 was readable or writable by other users (permissions %2); it is now %3.</source>
            <translation>%1 war für andere Benutzer lesbar oder beschreibbar (Berechtigungen %2); jetzt ist es %3.</translation>
        </message>
        <message>
            <source>%1 is readable or writable by other users (permissions %2) and cannot be changed.</source>
            <translation>%1 ist für andere Benutzer lesbar oder beschreibbar (Berechtigungen %2) und kann nicht geändert werden.</translation>
        </message>
    </context>
    <context>
        <name>QCommandLineParser</name>
        <message>
            <source>[options]</source>
            <translation>[Optionen]</translation>
        </message>
        <message>
            <source>Displays help on commandline options.</source>
            <translation>Zeigt Hilfe zu den Kommandozeilenoptionen an.</translation>
        </message>
        <message>
            <source>Displays help including Qt specific options.</source>
            <translation>Zeigt Hilfe einschließlich Qt-spezifischer Optionen an.</translation>
        </message>
        <message>
            <source>Displays version information.</source>
            <translation>Zeigt Versionsinformation an.</translation>
        </message>
    </context>
    <context>
        <name>RemindCommand</name>
        <message>
            <source>Tokens that expire within DAYS days (default: the largest reminder threshold, 30 unless changed in Preferences).</source>
            <translation>Token, die innerhalb von DAYS Tagen ablaufen (Standard: die größte Erinnerungsschwelle, 30, sofern nicht in den Einstellungen geändert).</translation>
        </message>
        <message>
            <source>Tokens that expire soon, in every place TokenDesk knows, soonest first.</source>
            <translation>Token, die bald ablaufen, an jedem Ort, den TokenDesk kennt, die frühesten zuerst.</translation>
        </message>
        <message>
            <source>Without --store, --demo or --gitlab every place TokenDesk knows is read: the local store (when it exists; it is never created) and every connected GitLab account, with its access token from the keychain. Personal, group and project access tokens are included.</source>
            <translation>Ohne --store, --demo oder --gitlab wird jeder Ort gelesen, den TokenDesk kennt: der lokale Speicher (falls vorhanden; er wird nie angelegt) und jedes verbundene GitLab-Konto, mit seinem Zugriffstoken aus dem Schlüsselbund. Persönliche, Gruppen- und Projektzugriffstoken sind eingeschlossen.</translation>
        </message>
        <message>
            <source>--json prints an array of tokens with GitLab's field names, plus "account" (the place's key: the connected account's key, or "store:" and the store file's path), "resource" ({kind, id, full_path}, for group and project tokens; null otherwise) and "days_left" (1 on the token's last working day).</source>
            <translation>--json gibt ein Array von Token mit den Feldnamen von GitLab aus, dazu "account" (der Schlüssel des Orts: der Schlüssel des verbundenen Kontos oder "store:" und der Pfad der Speicherdatei), "resource" ({kind, id, full_path}, für Gruppen- und Projekttoken; sonst null) und "days_left" (1 am letzten funktionierenden Tag des Tokens).</translation>
        </message>
        <message>
            <source>Exit codes: 0 whether or not anything is due; 1 when a place could not be read (each is named on standard error; what the others answered is still printed); 2 usage.</source>
            <translation>Exit-Codes: 0, ob etwas fällig ist oder nicht; 1, wenn ein Ort nicht gelesen werden konnte (jeder wird in der Standardfehlerausgabe genannt; was die anderen geantwortet haben, wird trotzdem ausgegeben); 2 Aufruffehler.</translation>
        </message>
        <message>
            <source>remind reads personal, group and project tokens together; leave out --group and --project.</source>
            <translation>remind liest persönliche, Gruppen- und Projekttoken zusammen; lassen Sie --group und --project weg.</translation>
        </message>
        <message>
            <source>--within must be a whole number of days from 1 to %1, such as 30.</source>
            <translation>--within muss eine ganze Zahl von Tagen zwischen 1 und %1 sein, etwa 30.</translation>
        </message>
        <message>
            <source>could not read %1: %2</source>
            <translation>%1 konnte nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>No token expires tomorrow.</source>
            <translation>Kein Token läuft morgen ab.</translation>
        </message>
        <message>
            <source>No token expires within %1 days.</source>
            <translation>Kein Token läuft innerhalb von %1 Tagen ab.</translation>
        </message>
        <message>
            <source>ACCOUNT</source>
            <translation>KONTO</translation>
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
            <translation>NAME</translation>
        </message>
        <message>
            <source>EXPIRES</source>
            <translation>ABLAUF</translation>
        </message>
        <message>
            <source>DAYS LEFT</source>
            <translation>TAGE ÜBRIG</translation>
        </message>
        <message>
            <source>store %1</source>
            <translation>Speicher %1</translation>
        </message>
        <message>
            <source>group %1</source>
            <translation>Gruppe %1</translation>
        </message>
        <message>
            <source>project %1</source>
            <translation>Projekt %1</translation>
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
            <translation>Auch Desktop-Benachrichtigungen anzeigen: eine je Token und Schwelle, nie zweimal (siehe das Ende dieser Hilfe).</translation>
        </message>
        <message>
            <source>With --notify: stay up to SECONDS (default: %1) to answer the notifications' actions; 0 ends at once.</source>
            <translation>Mit --notify: bis zu SECONDS (Standard: %1) aktiv bleiben, um auf die Aktionen der Benachrichtigungen zu reagieren; 0 beendet sofort.</translation>
        </message>
        <message>
            <source>--wait needs --notify.</source>
            <translation>--wait braucht --notify.</translation>
        </message>
        <message>
            <source>--wait must be a number of seconds from 0 to %1.</source>
            <translation>--wait muss eine Anzahl Sekunden zwischen 0 und %1 sein.</translation>
        </message>
        <message>
            <source>With --notify, each token is told of once per reminder threshold (%1; Preferences or reminders.conf change them); a place that could not be read gets a notification too. What was told is kept in %2.
Where the notification service offers actions, "Rotate now" and "Open" open the TokenDesk window on the token and "Remind me tomorrow" tells of it again tomorrow. Only a running remind can answer them: it stays until each of its notifications is answered or closed, or --wait runs out. Once it has ended the notifications stay on screen, but their buttons do nothing; a longer --wait keeps them working at the cost of a process left waiting.
With no notification service on the session bus, remind --notify says so after the report and exits 1.
</source>
            <translation>Mit --notify wird jedes Token einmal je Erinnerungsschwelle gemeldet (%1; änderbar in den Einstellungen oder reminders.conf); ein Ort, der nicht gelesen werden konnte, erhält ebenfalls eine Benachrichtigung. Was gemeldet wurde, wird in %2 festgehalten.
Wo der Benachrichtigungsdienst Aktionen anbietet, öffnen „Jetzt rotieren“ und „Öffnen“ das TokenDesk-Fenster beim Token, und „Morgen erinnern“ meldet es morgen erneut. Nur ein laufendes remind kann darauf reagieren: Es bleibt, bis jede seiner Benachrichtigungen beantwortet oder geschlossen ist oder --wait abläuft. Danach bleiben die Benachrichtigungen auf dem Bildschirm, aber ihre Schaltflächen tun nichts; ein längeres --wait hält sie funktionsfähig, um den Preis eines wartenden Prozesses.
Ohne Benachrichtigungsdienst auf dem Sitzungsbus meldet remind --notify dies nach dem Bericht und endet mit 1.
</translation>
        </message>
        <message numerus="yes">
            <source>Posted %n notification(s); answering their actions for a while (Ctrl+C ends this).
</source>
            <translation>
                <numerusform>%n Benachrichtigung gesendet; ihre Aktionen werden eine Weile beantwortet (Strg+C beendet dies).
</numerusform>
                <numerusform>%n Benachrichtigungen gesendet; ihre Aktionen werden eine Weile beantwortet (Strg+C beendet dies).
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
            <translation>Ab jetzt selbständig erinnern: einen systemd-Benutzer-Timer installieren und starten, der „remind --notify“ täglich und bei der Anmeldung ausführt.</translation>
        </message>
        <message>
            <source>Stop reminding by itself: remove the timer or the autostart entry.</source>
            <translation>Selbständiges Erinnern beenden: den Timer oder den Autostart-Eintrag entfernen.</translation>
        </message>
        <message>
            <source>With --enable: where there is no systemd, remind at each login through an XDG autostart entry instead of a timer.</source>
            <translation>Mit --enable: wo es kein systemd gibt, bei jeder Anmeldung über einen XDG-Autostart-Eintrag statt eines Timers erinnern.</translation>
        </message>
        <message>
            <source>--enable and --disable can be repeated safely. Exit codes for them: 0 done, 1 failed, 7 systemd is absent (use --enable --autostart).
</source>
            <translation>--enable und --disable können gefahrlos wiederholt werden. Exit-Codes dafür: 0 erledigt, 1 fehlgeschlagen, 7 systemd fehlt (verwenden Sie --enable --autostart).
</translation>
        </message>
        <message>
            <source>--enable and --disable cannot be used together.</source>
            <translation>--enable und --disable können nicht zusammen verwendet werden.</translation>
        </message>
        <message>
            <source>--autostart goes with --enable.</source>
            <translation>--autostart gehört zu --enable.</translation>
        </message>
        <message>
            <source>systemd is not available here (no systemctl), so no timer was installed. To be reminded at each login instead, run: %1 remind --enable --autostart</source>
            <translation>systemd ist hier nicht verfügbar (kein systemctl), daher wurde kein Timer installiert. Um stattdessen bei jeder Anmeldung erinnert zu werden, führen Sie aus: %1 remind --enable --autostart</translation>
        </message>
        <message>
            <source>could not turn reminders on: %1</source>
            <translation>Erinnerungen konnten nicht eingeschaltet werden: %1</translation>
        </message>
        <message>
            <source>could not turn reminders off: %1</source>
            <translation>Erinnerungen konnten nicht ausgeschaltet werden: %1</translation>
        </message>
    </context>
    <context>
        <name>ReminderLedger</name>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1 is not a reminder record TokenDesk can read.</source>
            <translation>%1 ist kein Erinnerungsprotokoll, das TokenDesk lesen kann.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>its folder cannot be created.</source>
            <translation>sein Ordner kann nicht angelegt werden.</translation>
        </message>
    </context>
    <context>
        <name>ReminderPlaces</name>
        <message>
            <source>there is no store at %1.</source>
            <translation>unter %1 gibt es keinen Speicher.</translation>
        </message>
    </context>
    <context>
        <name>ReminderPlan</name>
        <message>
            <source>Token “%1” expired today</source>
            <translation>Token „%1“ ist heute abgelaufen</translation>
        </message>
        <message>
            <source>Token “%1” expires tomorrow</source>
            <translation>Token „%1“ läuft morgen ab</translation>
        </message>
        <message numerus="yes">
            <source>Token “%1” expires in %n day(s)</source>
            <translation>
                <numerusform>Token „%1“ läuft in %n Tag ab</numerusform>
                <numerusform>Token „%1“ läuft in %n Tagen ab</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, group %2</source>
            <translation>%1, Gruppe %2</translation>
        </message>
        <message>
            <source>%1, project %2</source>
            <translation>%1, Projekt %2</translation>
        </message>
        <message>
            <source>%1
It stopped working on %2 (00:00 UTC): whatever uses it is refused now. Create a new token to replace it.</source>
            <translation>%1
Es funktioniert seit dem %2 (00:00 UTC) nicht mehr: Alles, was es verwendet, wird jetzt abgewiesen. Erstellen Sie ein neues Token als Ersatz.</translation>
        </message>
        <message>
            <source>%1
It stops working on %2 (00:00 UTC).</source>
            <translation>%1
Es funktioniert ab dem %2 (00:00 UTC) nicht mehr.</translation>
        </message>
        <message>
            <source>Rotate now</source>
            <translation>Jetzt rotieren</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Remind me tomorrow</source>
            <translation>Morgen erinnern</translation>
        </message>
        <message numerus="yes">
            <source>%n token(s) expired or expire soon</source>
            <translation>
                <numerusform>%n Token ist abgelaufen oder läuft bald ab</numerusform>
                <numerusform>%n Token sind abgelaufen oder laufen bald ab</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n token(s) expire soon</source>
            <translation>
                <numerusform>%n Token läuft bald ab</numerusform>
                <numerusform>%n Token laufen bald ab</numerusform>
            </translation>
        </message>
        <message>
            <source>expired today</source>
            <translation>heute abgelaufen</translation>
        </message>
        <message>
            <source>expires tomorrow</source>
            <translation>läuft morgen ab</translation>
        </message>
        <message numerus="yes">
            <source>expires in %n day(s)</source>
            <translation>
                <numerusform>läuft in %n Tag ab</numerusform>
                <numerusform>läuft in %n Tagen ab</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1” (%2) %3</source>
            <translation>„%1“ (%2) %3</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>und %n weiteres</numerusform>
                <numerusform>und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>TokenDesk could not check the tokens of %1</source>
            <translation>TokenDesk konnte die Token von %1 nicht prüfen</translation>
        </message>
        <message numerus="yes">
            <source>TokenDesk could not check the tokens of %n place(s)</source>
            <translation>
                <numerusform>TokenDesk konnte die Token an %n Ort nicht prüfen</numerusform>
                <numerusform>TokenDesk konnte die Token an %n Orten nicht prüfen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Tokens there that are about to expire are not shown.</source>
            <translation>Dortige Token, die bald ablaufen, werden nicht angezeigt.</translation>
        </message>
    </context>
    <context>
        <name>ReminderThresholds</name>
        <message>
            <source>"%1" is not a number of days from 0 to %2.</source>
            <translation>„%1“ ist keine Anzahl Tage zwischen 0 und %2.</translation>
        </message>
        <message>
            <source>Give at least one number of days, such as 30,7,1,0.</source>
            <translation>Geben Sie mindestens eine Anzahl Tage an, etwa 30,7,1,0.</translation>
        </message>
    </context>
    <context>
        <name>ReminderUnits</name>
        <message>
            <source>systemd does not accept quotes, backslashes or control characters in the path of the program it runs (%1)</source>
            <translation>systemd akzeptiert keine Anführungszeichen, Backslashes oder Steuerzeichen im Pfad des Programms, das es ausführt (%1)</translation>
        </message>
        <message>
            <source>Remind about TokenDesk access tokens that expire soon</source>
            <translation>An bald ablaufende TokenDesk-Zugriffstoken erinnern</translation>
        </message>
        <message>
            <source>Check daily and at login for TokenDesk access tokens that expire soon</source>
            <translation>Täglich und bei der Anmeldung nach bald ablaufenden TokenDesk-Zugriffstoken sehen</translation>
        </message>
        <message>
            <source>TokenDesk expiry reminders</source>
            <translation>TokenDesk-Ablauferinnerungen</translation>
        </message>
        <message>
            <source>Tells you at login about access tokens that expire soon</source>
            <translation>Erinnert Sie bei der Anmeldung an bald ablaufende Zugriffstoken</translation>
        </message>
    </context>
    <context>
        <name>ResourceDirectory</name>
        <message>
            <source>"%1" is not a valid path: use letters, digits, "_", "-" and ".", with "/" between a group and what it holds.</source>
            <translation>„%1“ ist kein gültiger Pfad: Verwenden Sie Buchstaben, Ziffern, „_“, „-“ und „.“, mit „/“ zwischen einer Gruppe und ihrem Inhalt.</translation>
        </message>
        <message>
            <source>The group or project at "%1" needs a name.</source>
            <translation>Die Gruppe oder das Projekt unter „%1“ braucht einen Namen.</translation>
        </message>
        <message>
            <source>The path "%1" is already taken.</source>
            <translation>Der Pfad „%1“ ist bereits vergeben.</translation>
        </message>
        <message>
            <source>There is no group "%1", or you cannot see it.</source>
            <translation>Es gibt keine Gruppe „%1“, oder Sie können sie nicht sehen.</translation>
        </message>
        <message>
            <source>There is no project "%1", or you cannot see it.</source>
            <translation>Es gibt kein Projekt „%1“, oder Sie können es nicht sehen.</translation>
        </message>
        <message>
            <source>The subgroup "%1" needs its parent group "%2" first.</source>
            <translation>Die Untergruppe „%1“ braucht zuerst ihre übergeordnete Gruppe „%2“.</translation>
        </message>
        <message>
            <source>The project "%1" needs a group: write its path as group/project.</source>
            <translation>Das Projekt „%1“ braucht eine Gruppe: Schreiben Sie seinen Pfad als Gruppe/Projekt.</translation>
        </message>
        <message>
            <source>The project "%1" needs its group "%2" first.</source>
            <translation>Das Projekt „%1“ braucht zuerst seine Gruppe „%2“.</translation>
        </message>
        <message>
            <source>Memberships are of groups and projects.</source>
            <translation>Mitgliedschaften gibt es in Gruppen und Projekten.</translation>
        </message>
        <message>
            <source>%1 is not a role.</source>
            <translation>%1 ist keine Rolle.</translation>
        </message>
        <message>
            <source>Personal tokens belong to no group or project.</source>
            <translation>Persönliche Token gehören zu keiner Gruppe und keinem Projekt.</translation>
        </message>
    </context>
    <context>
        <name>ResourceOverview</name>
        <message>
            <source>This backend has no access tokens for %1.</source>
            <translation>Dieses Backend hat keine Zugriffstoken für %1.</translation>
        </message>
        <message>
            <source>The account is not connected.</source>
            <translation>Das Konto ist nicht verbunden.</translation>
        </message>
    </context>
    <context>
        <name>ResourceOverviewPage</name>
        <message>
            <source>Every active group and project access token you may manage, soonest expiry first. Open a token's group or project to rotate or revoke it.</source>
            <translation>Jedes aktive Gruppen- und Projektzugriffstoken, das Sie verwalten dürfen, das früheste Ablaufdatum zuerst. Öffnen Sie die Gruppe oder das Projekt eines Tokens, um es zu rotieren oder zu widerrufen.</translation>
        </message>
        <message>
            <source>Expiring &amp;within</source>
            <translation>Ablauf &amp;innerhalb</translation>
        </message>
    </context>
    <context>
        <name>ResourcesCommand</name>
        <message>
            <source>List the groups and projects whose access tokens you may manage (use one with --group or --project).</source>
            <translation>Die Gruppen und Projekte auflisten, deren Zugriffstoken Sie verwalten dürfen (verwenden Sie eines mit --group oder --project).</translation>
        </message>
        <message>
            <source>No groups or projects whose access tokens you may manage.</source>
            <translation>Keine Gruppen oder Projekte, deren Zugriffstoken Sie verwalten dürfen.</translation>
        </message>
        <message>
            <source>KIND</source>
            <translation>ART</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>PATH</source>
            <translation>PFAD</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>YOUR ROLE</source>
            <translation>IHRE ROLLE</translation>
        </message>
        <message>
            <source>group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>project</source>
            <translation>Projekt</translation>
        </message>
    </context>
    <context>
        <name>RevokeCommand</name>
        <message>
            <source>Keep the token's secret saved in the keychain.</source>
            <translation>Das Geheimnis des Tokens im Schlüsselbund gespeichert lassen.</translation>
        </message>
        <message>
            <source>Revoke a token (and delete its secret saved in the keychain).</source>
            <translation>Ein Token widerrufen (und sein im Schlüsselbund gespeichertes Geheimnis löschen).</translation>
        </message>
        <message>
            <source>The token's ID, a positive whole number, or 'self' for the GitLab access token in use.</source>
            <translation>Die ID des Tokens, eine positive ganze Zahl, oder „self“ für das verwendete GitLab-Zugriffstoken.</translation>
        </message>
        <message>
            <source>Revoked token %1 "%2".</source>
            <translation>Token %1 „%2“ widerrufen.</translation>
        </message>
        <message>
            <source>Deleted its secret from the keychain.</source>
            <translation>Sein Geheimnis wurde aus dem Schlüsselbund gelöscht.</translation>
        </message>
        <message>
            <source>this was the access token in use; it no longer signs in.</source>
            <translation>dies war das verwendete Zugriffstoken; es meldet sich nicht mehr an.</translation>
        </message>
        <message>
            <source>token %1 is revoked, but its saved secret could not be deleted from the keychain: %2</source>
            <translation>Token %1 ist widerrufen, aber sein gespeichertes Geheimnis konnte nicht aus dem Schlüsselbund gelöscht werden: %2</translation>
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
            <translation>Ohne Nachfrage widerrufen und die Kopien vergessen, die TokenDesk aufbewahrt hat.</translation>
        </message>
        <message>
            <source>Identify a leaked token read from standard input, and revoke it with its own secret.</source>
            <translation>Ein geleaktes Token von der Standardeingabe erkennen und mit seinem eigenen Geheimnis widerrufen.</translation>
        </message>
        <message>
            <source>The secret is read from standard input, never from an argument. Without --gitlab the instance of every connected account is asked, then the local store; the first that knows the token wins. On a terminal you are asked before it is revoked; without one, --yes is needed.</source>
            <translation>Das Geheimnis wird von der Standardeingabe gelesen, nie aus einem Argument. Ohne --gitlab wird die Instanz jedes verbundenen Kontos gefragt, dann der lokale Speicher; der erste, der das Token kennt, gewinnt. Im Terminal werden Sie vor dem Widerruf gefragt; ohne Terminal ist --yes nötig.</translation>
        </message>
        <message>
            <source>Exit codes: 0 revoked; 3 unknown to every place asked, or already revoked or expired; 1 a place could not answer or the revoke failed; 2 usage (nothing revoked).</source>
            <translation>Exit-Codes: 0 widerrufen; 3 allen gefragten Orten unbekannt oder bereits widerrufen oder abgelaufen; 1 ein Ort konnte nicht antworten oder der Widerruf ist fehlgeschlagen; 2 Aufruffehler (nichts widerrufen).</translation>
        </message>
        <message>
            <source>revoke-leaked takes no arguments: it reads the secret from standard input, so that the secret never appears on a command line.</source>
            <translation>revoke-leaked nimmt keine Argumente an: Es liest das Geheimnis von der Standardeingabe, damit das Geheimnis nie in einer Befehlszeile erscheint.</translation>
        </message>
        <message>
            <source>revoke-leaked finds the token wherever it belongs; leave out --group and --project.</source>
            <translation>revoke-leaked findet das Token, wo immer es hingehört; lassen Sie --group und --project weg.</translation>
        </message>
        <message>
            <source>without a terminal to ask on, revoke-leaked needs --yes; nothing was revoked.</source>
            <translation>ohne Terminal für die Nachfrage braucht revoke-leaked die Option --yes; es wurde nichts widerrufen.</translation>
        </message>
        <message>
            <source>The CA file cannot be used: %1</source>
            <translation>Die CA-Datei kann nicht verwendet werden: %1</translation>
        </message>
        <message>
            <source>standard input does not hold a token (one word of letters, digits, '-', '_' and '.'); nothing was sent anywhere.</source>
            <translation>die Standardeingabe enthält kein Token (ein Wort aus Buchstaben, Ziffern, „-“, „_“ und „.“); es wurde nichts gesendet.</translation>
        </message>
        <message>
            <source>no place knows this token: TokenDesk has no connected account and no store to ask; give --gitlab URL to ask a GitLab instance.</source>
            <translation>kein Ort kennt dieses Token: TokenDesk hat kein verbundenes Konto und keinen Speicher zum Fragen; geben Sie --gitlab URL an, um eine GitLab-Instanz zu fragen.</translation>
        </message>
        <message>
            <source>no place knows this token, or it is already revoked or expired (asked: %1).</source>
            <translation>kein Ort kennt dieses Token, oder es ist bereits widerrufen oder abgelaufen (gefragt: %1).</translation>
        </message>
        <message>
            <source>%1 could not answer: %2</source>
            <translation>%1 konnte nicht antworten: %2</translation>
        </message>
        <message>
            <source>the token was not found where an answer came (asked: %1); nothing was revoked.</source>
            <translation>das Token wurde dort, wo eine Antwort kam, nicht gefunden (gefragt: %1); es wurde nichts widerrufen.</translation>
        </message>
        <message>
            <source>user %1</source>
            <translation>Benutzer %1</translation>
        </message>
        <message>
            <source>Found at %1:</source>
            <translation>Gefunden bei %1:</translation>
        </message>
        <message>
            <source>TokenDesk keeps its secret in the keychain (%1).</source>
            <translation>TokenDesk bewahrt sein Geheimnis im Schlüsselbund auf (%1).</translation>
        </message>
        <message>
            <source>git uses it for %1.</source>
            <translation>git verwendet es für %1.</translation>
        </message>
        <message>
            <source>token %1 is already revoked or expired.</source>
            <translation>Token %1 ist bereits widerrufen oder abgelaufen.</translation>
        </message>
        <message>
            <source>Revoke token %1 "%2" of %3 at %4?</source>
            <translation>Token %1 „%2“ von %3 bei %4 widerrufen?</translation>
        </message>
        <message>
            <source>not confirmed; nothing was revoked.</source>
            <translation>nicht bestätigt; es wurde nichts widerrufen.</translation>
        </message>
        <message>
            <source>the token was revoked or expired meanwhile: %1</source>
            <translation>das Token wurde inzwischen widerrufen oder ist abgelaufen: %1</translation>
        </message>
        <message>
            <source>the token could not be revoked: %1</source>
            <translation>das Token konnte nicht widerrufen werden: %1</translation>
        </message>
        <message>
            <source>Revoked token %1 "%2".</source>
            <translation>Token %1 „%2“ widerrufen.</translation>
        </message>
        <message>
            <source>Forget the copies TokenDesk kept of it (keychain, git hosts)?</source>
            <translation>Die Kopien vergessen, die TokenDesk davon aufbewahrt hat (Schlüsselbund, git-Hosts)?</translation>
        </message>
        <message>
            <source>The copies TokenDesk kept were left; forget them with tokendesk-cli forget.</source>
            <translation>Die Kopien, die TokenDesk aufbewahrt hat, wurden belassen; vergessen Sie sie mit tokendesk-cli forget.</translation>
        </message>
        <message>
            <source>the token is revoked, but its copies could not all be forgotten: %1</source>
            <translation>das Token ist widerrufen, aber seine Kopien konnten nicht alle vergessen werden: %1</translation>
        </message>
        <message>
            <source>Deleted its secret from the keychain.</source>
            <translation>Sein Geheimnis wurde aus dem Schlüsselbund gelöscht.</translation>
        </message>
        <message numerus="yes">
            <source>git no longer uses it for %n host(s).</source>
            <translation>
                <numerusform>git verwendet es für %n Host nicht mehr.</numerusform>
                <numerusform>git verwendet es für %n Hosts nicht mehr.</numerusform>
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
            <translation>Ablaufdatum des neuen Tokens in UTC (Standard: in 7 Tagen).</translation>
        </message>
        <message>
            <source>Save the new secret in the system keychain.</source>
            <translation>Das neue Geheimnis im Schlüsselbund des Systems speichern.</translation>
        </message>
        <message>
            <source>With --keychain: do not print the secret (it is printed anyway when saving fails).</source>
            <translation>Mit --keychain: das Geheimnis nicht ausgeben (es wird trotzdem ausgegeben, wenn das Speichern fehlschlägt).</translation>
        </message>
        <message>
            <source>Revoke a token and issue a successor with a new secret (default expiry: 7 days).</source>
            <translation>Ein Token widerrufen und einen Nachfolger mit neuem Geheimnis ausstellen (Standardablauf: 7 Tage).</translation>
        </message>
        <message>
            <source>The token's ID, a positive whole number, or 'self' for the GitLab access token in use.</source>
            <translation>Die ID des Tokens, eine positive ganze Zahl, oder „self“ für das verwendete GitLab-Zugriffstoken.</translation>
        </message>
        <message>
            <source>--expires must be a date written YYYY-MM-DD, such as 2026-12-31.</source>
            <translation>--expires muss ein Datum im Format JJJJ-MM-TT sein, etwa 2026-12-31.</translation>
        </message>
        <message>
            <source>--quiet needs --keychain: without it the secret would be lost.</source>
            <translation>--quiet braucht --keychain: ohne es ginge das Geheimnis verloren.</translation>
        </message>
        <message>
            <source>this was the access token given in %1; it is revoked now, so replace it with the new token %2.</source>
            <translation>dies war das in %1 angegebene Zugriffstoken; es ist jetzt widerrufen, ersetzen Sie es also durch das neue Token %2.</translation>
        </message>
        <message>
            <source>the account's access token was rotated, but the new one could not be saved in the keychain as the account's credential: %1</source>
            <translation>das Zugriffstoken des Kontos wurde rotiert, aber das neue konnte nicht als Anmeldedaten des Kontos im Schlüsselbund gespeichert werden: %1</translation>
        </message>
        <message>
            <source>%1: the account %2 now signs in with the new token (saved in the keychain).</source>
            <translation>%1: das Konto %2 meldet sich jetzt mit dem neuen Token an (im Schlüsselbund gespeichert).</translation>
        </message>
        <message>
            <source>Rotated token %1: it is revoked, and token %2 replaces it.</source>
            <translation>Token %1 rotiert: Es ist widerrufen, und Token %2 ersetzt es.</translation>
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
            <translation>Alles lesen und schreiben, was die API bietet, einschließlich Registrys und Git über HTTP.</translation>
        </message>
        <message>
            <source>Read-only access to the API, including registries.</source>
            <translation>Nur-Lese-Zugriff auf die API, einschließlich Registrys.</translation>
        </message>
        <message>
            <source>Read your own profile and the public user listings.</source>
            <translation>Das eigene Profil und die öffentlichen Benutzerlisten lesen.</translation>
        </message>
        <message>
            <source>Clone and pull private repositories over HTTP and read files through the API.</source>
            <translation>Private Repositorys über HTTP klonen und pullen und Dateien über die API lesen.</translation>
        </message>
        <message>
            <source>Clone, pull and push repositories over HTTP (no API access).</source>
            <translation>Repositorys über HTTP klonen, pullen und pushen (kein API-Zugriff).</translation>
        </message>
        <message>
            <source>Pull container images from the container registry.</source>
            <translation>Container-Images aus der Container-Registry pullen.</translation>
        </message>
        <message>
            <source>Push container images to the container registry.</source>
            <translation>Container-Images in die Container-Registry pushen.</translation>
        </message>
        <message>
            <source>Pull container images through the dependency proxy.</source>
            <translation>Container-Images über den Abhängigkeits-Proxy pullen.</translation>
        </message>
        <message>
            <source>Pull, push and delete container images through the dependency proxy.</source>
            <translation>Container-Images über den Abhängigkeits-Proxy pullen, pushen und löschen.</translation>
        </message>
        <message>
            <source>Make API calls as any user of the instance.</source>
            <translation>API-Aufrufe als beliebiger Benutzer der Instanz ausführen.</translation>
        </message>
        <message>
            <source>Make administrator API calls while Admin Mode is on.</source>
            <translation>Administrator-API-Aufrufe ausführen, während der Admin-Modus an ist.</translation>
        </message>
        <message>
            <source>Register new runners.</source>
            <translation>Neue Runner registrieren.</translation>
        </message>
        <message>
            <source>Change and remove existing runners.</source>
            <translation>Bestehende Runner ändern und entfernen.</translation>
        </message>
        <message>
            <source>Use the GitLab Duo AI features through the API.</source>
            <translation>Die KI-Funktionen von GitLab Duo über die API nutzen.</translation>
        </message>
        <message>
            <source>Talk to Kubernetes clusters through the GitLab agent.</source>
            <translation>Über den GitLab-Agenten mit Kubernetes-Clustern kommunizieren.</translation>
        </message>
        <message>
            <source>Download the instance's Service Ping data.</source>
            <translation>Die Service-Ping-Daten der Instanz herunterladen.</translation>
        </message>
        <message>
            <source>Rotate this token itself, and nothing else.</source>
            <translation>Dieses Token selbst rotieren, und sonst nichts.</translation>
        </message>
        <message>
            <source>A scope this version of TokenDesk does not know; kept as the server reports it.</source>
            <translation>Ein Bereich, den diese Version von TokenDesk nicht kennt; so beibehalten, wie der Server ihn meldet.</translation>
        </message>
    </context>
    <context>
        <name>ScopesCommand</name>
        <message>
            <source>SCOPE</source>
            <translation>BEREICH</translation>
        </message>
        <message>
            <source>ADMIN ONLY</source>
            <translation>NUR ADMIN</translation>
        </message>
        <message>
            <source>DESCRIPTION</source>
            <translation>BESCHREIBUNG</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>List the scopes a token can have (with --group or --project: those their access tokens can have).</source>
            <translation>Die Bereiche auflisten, die ein Token haben kann (mit --group oder --project: die, die deren Zugriffstoken haben können).</translation>
        </message>
    </context>
    <context>
        <name>SecretCommand</name>
        <message>
            <source>Print the token's secret saved in the keychain.</source>
            <translation>Das im Schlüsselbund gespeicherte Geheimnis des Tokens ausgeben.</translation>
        </message>
        <message>
            <source>The secret goes to standard output followed by a newline, for scripts such as GITLAB_TOKEN=$(%1 secret 12). Exit code 4 when none is saved, 5 when it holds control or invisible characters (it is then not printed).</source>
            <translation>Das Geheimnis geht an die Standardausgabe, gefolgt von einem Zeilenumbruch, für Skripte wie GITLAB_TOKEN=$(%1 secret 12). Exit-Code 4, wenn keines gespeichert ist, 5, wenn es Steuer- oder unsichtbare Zeichen enthält (es wird dann nicht ausgegeben).</translation>
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
            <translation>Ihr neues persönliches Zugriffstoken</translation>
        </message>
        <message>
            <source>&amp;Your new personal access token</source>
            <translation>&amp;Ihr neues persönliches Zugriffstoken</translation>
        </message>
        <message>
            <source>&amp;Show token</source>
            <translation>Token &amp;anzeigen</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <source>Save to &amp;keychain</source>
            <translation>Im &amp;Schlüsselbund speichern</translation>
        </message>
        <message>
            <source>Make sure you save it - you won't be able to access it again.</source>
            <translation>Speichern Sie es unbedingt – Sie können später nicht mehr darauf zugreifen.</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>&amp;Fertig</translation>
        </message>
    </context>
    <context>
        <name>SecretInput</name>
        <message>
            <source>Paste the token and press Enter (input is hidden): </source>
            <translation>Fügen Sie das Token ein und drücken Sie die Eingabetaste (die Eingabe ist verborgen): </translation>
        </message>
        <message>
            <source>standard input is too long to be a token.</source>
            <translation>die Standardeingabe ist zu lang für ein Token.</translation>
        </message>
        <message>
            <source>no token on standard input; %1 reads one token from standard input.</source>
            <translation>kein Token auf der Standardeingabe; %1 liest ein Token von der Standardeingabe.</translation>
        </message>
        <message>
            <source>standard input must hold exactly one token, on one line.</source>
            <translation>die Standardeingabe muss genau ein Token enthalten, in einer Zeile.</translation>
        </message>
    </context>
    <context>
        <name>SessionFactory</name>
        <message>
            <source>no GitLab access token: set GITLAB_TOKEN, give --token-file FILE, or connect an account for %1 in TokenDesk (its token is kept in the keychain).</source>
            <translation>kein GitLab-Zugriffstoken: Setzen Sie GITLAB_TOKEN, geben Sie --token-file FILE an oder verbinden Sie in TokenDesk ein Konto für %1 (sein Token wird im Schlüsselbund aufbewahrt).</translation>
        </message>
        <message>
            <source>several accounts are connected to %1 (%2); choose one with --user USER.</source>
            <translation>mit %1 sind mehrere Konten verbunden (%2); wählen Sie eines mit --user USER.</translation>
        </message>
        <message>
            <source>no GitLab access token: the keychain holds none for the account %1; set GITLAB_TOKEN or give --token-file FILE.</source>
            <translation>kein GitLab-Zugriffstoken: Der Schlüsselbund enthält keines für das Konto %1; setzen Sie GITLAB_TOKEN oder geben Sie --token-file FILE an.</translation>
        </message>
        <message>
            <source>there is no group %1, or you cannot see it.</source>
            <translation>es gibt keine Gruppe %1, oder Sie können sie nicht sehen.</translation>
        </message>
        <message>
            <source>there is no project %1, or you cannot see it.</source>
            <translation>es gibt kein Projekt %1, oder Sie können es nicht sehen.</translation>
        </message>
        <message>
            <source>%1 has no group or project access tokens.</source>
            <translation>%1 hat keine Gruppen- oder Projektzugriffstoken.</translation>
        </message>
        <message>
            <source>The instance URL must not contain a query or fragment.</source>
            <translation>Die Instanz-URL darf keine Abfrage und kein Fragment enthalten.</translation>
        </message>
        <message>
            <source>The CA file cannot be used: %1</source>
            <translation>Die CA-Datei kann nicht verwendet werden: %1</translation>
        </message>
        <message>
            <source>The CA file of the account %1 cannot be used: %2 Give another with --ca-file FILE, or change it in TokenDesk's Connect dialog.</source>
            <translation>Die CA-Datei des Kontos %1 kann nicht verwendet werden: %2 Geben Sie mit --ca-file FILE eine andere an oder ändern Sie sie im Verbindungsdialog von TokenDesk.</translation>
        </message>
        <message>
            <source>cannot read the token file %1: %2</source>
            <translation>die Token-Datei %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>the token file %1 is not a regular file.</source>
            <translation>die Token-Datei %1 ist keine reguläre Datei.</translation>
        </message>
        <message>
            <source>the token file %1 is open to other users (permissions %2); make it private with chmod 600.</source>
            <translation>die Token-Datei %1 ist für andere Benutzer offen (Berechtigungen %2); machen Sie sie mit chmod 600 privat.</translation>
        </message>
        <message>
            <source>the token file %1 holds no token on its first line.</source>
            <translation>die Token-Datei %1 enthält in ihrer ersten Zeile kein Token.</translation>
        </message>
        <message>
            <source>your role in the group %1 is %2; managing its access tokens takes the %3 role.</source>
            <translation>Ihre Rolle in der Gruppe %1 ist %2; für die Verwaltung ihrer Zugriffstoken ist die Rolle %3 nötig.</translation>
        </message>
        <message>
            <source>your role in the project %1 is %2; managing its access tokens takes the %3 role.</source>
            <translation>Ihre Rolle im Projekt %1 ist %2; für die Verwaltung seiner Zugriffstoken ist die Rolle %3 nötig.</translation>
        </message>
    </context>
    <context>
        <name>ShowCommand</name>
        <message>
            <source>Show one token (self: the GitLab access token in use).</source>
            <translation>Ein Token anzeigen (self: das verwendete GitLab-Zugriffstoken).</translation>
        </message>
        <message>
            <source>The token's ID, a positive whole number, or 'self' for the GitLab access token in use.</source>
            <translation>Die ID des Tokens, eine positive ganze Zahl, oder „self“ für das verwendete GitLab-Zugriffstoken.</translation>
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
            <translation>%1 ist keine TokenDesk-Datenbank; sie wurde nicht angetastet.</translation>
        </message>
        <message>
            <source>%1 was written by a newer TokenDesk (schema version %2); this version understands up to %3.</source>
            <translation>%1 wurde von einem neueren TokenDesk geschrieben (Schemaversion %2); diese Version versteht bis zu %3.</translation>
        </message>
        <message>
            <source>The token store could not be updated: %1</source>
            <translation>Der Token-Speicher konnte nicht aktualisiert werden: %1</translation>
        </message>
    </context>
    <context>
        <name>SummaryLabels</name>
        <message>
            <source>Active: %1</source>
            <translation>Aktiv: %1</translation>
        </message>
        <message>
            <source>Expiring within 2 weeks: %1</source>
            <translation>Ablauf innerhalb von 2 Wochen: %1</translation>
        </message>
        <message>
            <source>Revoked: %1</source>
            <translation>Widerrufen: %1</translation>
        </message>
        <message>
            <source>Expired: %1</source>
            <translation>Abgelaufen: %1</translation>
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
            <translation>Nie</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>gerade eben</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>vor %n Minute</numerusform>
                <numerusform>vor %n Minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>vor %n Stunde</numerusform>
                <numerusform>vor %n Stunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>vor %n Tag</numerusform>
                <numerusform>vor %n Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s) ago</source>
            <translation>
                <numerusform>vor %n Monat</numerusform>
                <numerusform>vor %n Monaten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n year(s) ago</source>
            <translation>
                <numerusform>vor %n Jahr</numerusform>
                <numerusform>vor %n Jahren</numerusform>
            </translation>
        </message>
        <message>
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n Tag</numerusform>
                <numerusform>in %n Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n month(s)</source>
            <translation>
                <numerusform>in %n Monat</numerusform>
                <numerusform>in %n Monaten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n year(s)</source>
            <translation>
                <numerusform>in %n Jahr</numerusform>
                <numerusform>in %n Jahren</numerusform>
            </translation>
        </message>
        <message>
            <source>Does not expire</source>
            <translation>Läuft nicht ab</translation>
        </message>
        <message>
            <source>Expires on %1 at 00:00 UTC</source>
            <translation>Läuft am %1 um 00:00 UTC ab</translation>
        </message>
    </context>
    <context>
        <name>TokenCells</name>
        <message>
            <source>Revoked</source>
            <translation>Widerrufen</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Abgelaufen</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>%1 (expires soon)</source>
            <translation>%1 (läuft bald ab)</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unbekannt</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Gespeichert</translation>
        </message>
        <message>
            <source>Never used</source>
            <translation>Nie genutzt</translation>
        </message>
        <message>
            <source>Revoked on %1</source>
            <translation>Widerrufen am %1</translation>
        </message>
        <message>
            <source>Expired on %1 at 00:00 UTC</source>
            <translation>Abgelaufen am %1 um 00:00 UTC</translation>
        </message>
        <message>
            <source>The secret is saved in the keychain</source>
            <translation>Das Geheimnis ist im Schlüsselbund gespeichert</translation>
        </message>
        <message>
            <source>No secret saved in the keychain</source>
            <translation>Kein Geheimnis im Schlüsselbund gespeichert</translation>
        </message>
        <message>
            <source>The token acts with the role %1</source>
            <translation>Das Token handelt mit der Rolle %1</translation>
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
            <translation>&amp;Konto</translation>
        </message>
        <message>
            <source>Connect to GitLab…</source>
            <translation>Mit GitLab verbinden…</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>Konto entfernen</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <source>&amp;Reconnect…</source>
            <translation>Ne&amp;u verbinden…</translation>
        </message>
        <message>
            <source>The account's access token was rotated, but the keychain still holds the old one: %1 Copy the new token from the dialog and connect again.</source>
            <translation>Das Zugriffstoken des Kontos wurde rotiert, aber der Schlüsselbund enthält noch das alte: %1 Kopieren Sie das neue Token aus dem Dialog und verbinden Sie sich erneut.</translation>
        </message>
        <message>
            <source>The token TokenDesk signed in with to %1 was revoked, so the account is disconnected. Connect again with another token to manage its tokens.</source>
            <translation>Das Token, mit dem sich TokenDesk bei %1 angemeldet hat, wurde widerrufen, daher ist das Konto getrennt. Verbinden Sie sich mit einem anderen Token erneut, um seine Token zu verwalten.</translation>
        </message>
        <message>
            <source>Offline store</source>
            <translation>Offline-Speicher</translation>
        </message>
        <message>
            <source>There is no account %1.</source>
            <translation>Es gibt kein Konto %1.</translation>
        </message>
        <message>
            <source>Could not read the access token of %1 from the keychain: %2</source>
            <translation>Das Zugriffstoken von %1 konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
        </message>
        <message>
            <source>GitLab refused the access token of %1: it is invalid, expired or revoked. Reconnect with a new access token of %2.</source>
            <translation>GitLab hat das Zugriffstoken von %1 abgelehnt: Es ist ungültig, abgelaufen oder widerrufen. Verbinden Sie sich erneut mit einem neuen Zugriffstoken von %2.</translation>
        </message>
        <message>
            <source>Could not sign in to %1: %2</source>
            <translation>Anmeldung bei %1 fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>Remove the account %1? Its access token is deleted from the keychain. The tokens on GitLab stay as they are.</source>
            <translation>Das Konto %1 entfernen? Sein Zugriffstoken wird aus dem Schlüsselbund gelöscht. Die Token auf GitLab bleiben, wie sie sind.</translation>
        </message>
        <message>
            <source>The account was not removed: %1</source>
            <translation>Das Konto wurde nicht entfernt: %1</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::AccountSession</name>
        <message>
            <source>No keychain is available.</source>
            <translation>Es ist kein Schlüsselbund verfügbar.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::BulkRevocation</name>
        <message>
            <source>Not connected.</source>
            <translation>Nicht verbunden.</translation>
        </message>
        <message>
            <source>This is the token %1 signs in with; it was left active so the others could be revoked. Revoke it on its own.</source>
            <translation>Mit diesem Token meldet sich %1 an; es wurde aktiv gelassen, damit die anderen widerrufen werden konnten. Widerrufen Sie es einzeln.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::CalendarExportController</name>
        <message>
            <source>Export calendar</source>
            <translation>Kalender exportieren</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics);;All files (*)</source>
            <translation>iCalendar-Dateien (*.ics);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Reading the expiry dates of your tokens…</source>
            <translation>Die Ablaufdaten Ihrer Token werden gelesen…</translation>
        </message>
        <message>
            <source>No calendar was saved: your tokens could not be read.</source>
            <translation>Es wurde kein Kalender gespeichert: Ihre Token konnten nicht gelesen werden.</translation>
        </message>
        <message>
            <source>The calendar could not be saved.</source>
            <translation>Der Kalender konnte nicht gespeichert werden.</translation>
        </message>
        <message numerus="yes">
            <source>Saved the expiry dates of %n token(s) to %1.</source>
            <translation>
                <numerusform>Die Ablaufdaten von %n Token wurden in %1 gespeichert.</numerusform>
                <numerusform>Die Ablaufdaten von %n Token wurden in %1 gespeichert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The tokens of %n place(s) are missing: they could not be read.</source>
            <translation>
                <numerusform>Die Token von %n Ort fehlen: Sie konnten nicht gelesen werden.</numerusform>
                <numerusform>Die Token von %n Orten fehlen: Sie konnten nicht gelesen werden.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::CliContext</name>
        <message>
            <source>%1: error: %2</source>
            <translation>%1: Fehler: %2</translation>
        </message>
        <message>
            <source>the secret of token %1 holds control or invisible characters; it is not printed, as it could drive the terminal. Revoke or rotate the token.</source>
            <translation>das Geheimnis von Token %1 enthält Steuer- oder unsichtbare Zeichen; es wird nicht ausgegeben, da es das Terminal steuern könnte. Widerrufen oder rotieren Sie das Token.</translation>
        </message>
        <message>
            <source>%1: warning: %2</source>
            <translation>%1: Warnung: %2</translation>
        </message>
        <message>
            <source>the operation failed.</source>
            <translation>der Vorgang ist fehlgeschlagen.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::ConnectDialog</name>
        <message>
            <source>Connect to GitLab</source>
            <translation>Mit GitLab verbinden</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Verbinden</translation>
        </message>
        <message>
            <source>The system's certificate authorities</source>
            <translation>Die Zertifizierungsstellen des Systems</translation>
        </message>
        <message>
            <source>A PEM file with the certificate authority of a GitLab instance whose certificate the system does not trust.</source>
            <translation>Eine PEM-Datei mit der Zertifizierungsstelle einer GitLab-Instanz, deren Zertifikat das System nicht vertraut.</translation>
        </message>
        <message>
            <source> seconds</source>
            <translation> Sekunden</translation>
        </message>
        <message>
            <source>A request that receives nothing for this long fails.</source>
            <translation>Eine Anfrage, die so lange nichts empfängt, schlägt fehl.</translation>
        </message>
        <message>
            <source>Opens GitLab's page for a new personal access token, filled in with the name TokenDesk and the api scope.</source>
            <translation>Öffnet die GitLab-Seite für ein neues persönliches Zugriffstoken, ausgefüllt mit dem Namen TokenDesk und dem Bereich api.</translation>
        </message>
        <message>
            <source>Reconnect to GitLab</source>
            <translation>Erneut mit GitLab verbinden</translation>
        </message>
        <message>
            <source>GitLab refused the access token of %1: it is invalid, expired or revoked. Paste a new access token of %2. It replaces the old one in the keychain; nothing else changes.</source>
            <translation>GitLab hat das Zugriffstoken von %1 abgelehnt: Es ist ungültig, abgelaufen oder widerrufen. Fügen Sie ein neues Zugriffstoken von %2 ein. Es ersetzt das alte im Schlüsselbund; sonst ändert sich nichts.</translation>
        </message>
        <message>
            <source>Reconnect</source>
            <translation>Neu verbinden</translation>
        </message>
        <message>
            <source>Choose a CA certificate file</source>
            <translation>CA-Zertifikatsdatei auswählen</translation>
        </message>
        <message>
            <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Used by TokenDesk to manage your access tokens</source>
            <translation>Von TokenDesk zur Verwaltung Ihrer Zugriffstoken verwendet</translation>
        </message>
        <message>
            <source>Enter the instance URL first, for example https://gitlab.com.</source>
            <translation>Geben Sie zuerst die Instanz-URL ein, zum Beispiel https://gitlab.com.</translation>
        </message>
        <message>
            <source>GitLab's page for a new token was opened in your browser. Create the token there, then paste it into Access token.</source>
            <translation>Die GitLab-Seite für ein neues Token wurde in Ihrem Browser geöffnet. Erstellen Sie dort das Token und fügen Sie es dann unter „Zugriffstoken“ ein.</translation>
        </message>
        <message>
            <source>Enter the instance URL, for example https://gitlab.com.</source>
            <translation>Geben Sie die Instanz-URL ein, zum Beispiel https://gitlab.com.</translation>
        </message>
        <message>
            <source>Enter an access token, or create one for TokenDesk first.</source>
            <translation>Geben Sie ein Zugriffstoken ein oder erstellen Sie zuerst eines für TokenDesk.</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>Verbindung mit %1 wird hergestellt…</translation>
        </message>
        <message>
            <source>GitLab refused this access token: it is invalid, expired or revoked. Check it, or create a new one.</source>
            <translation>GitLab hat dieses Zugriffstoken abgelehnt: Es ist ungültig, abgelaufen oder widerrufen. Prüfen Sie es oder erstellen Sie ein neues.</translation>
        </message>
        <message>
            <source>This access token may not read your profile: %1</source>
            <translation>Dieses Zugriffstoken darf Ihr Profil nicht lesen: %1</translation>
        </message>
        <message>
            <source>Saving the access token to the keychain…</source>
            <translation>Das Zugriffstoken wird im Schlüsselbund gespeichert…</translation>
        </message>
        <message>
            <source>Connected, but the account was not saved: %1</source>
            <translation>Verbunden, aber das Konto wurde nicht gespeichert: %1</translation>
        </message>
        <message>
            <source>Connected as %1. The access token is saved in the keychain.</source>
            <translation>Verbunden als %1. Das Zugriffstoken ist im Schlüsselbund gespeichert.</translation>
        </message>
        <message>
            <source>This access token belongs to %1, not to %2. Nothing was replaced: the account %3 keeps its old access token. Paste an access token of %2, or add %1 as a new account.</source>
            <translation>Dieses Zugriffstoken gehört zu %1, nicht zu %2. Es wurde nichts ersetzt: Das Konto %3 behält sein altes Zugriffstoken. Fügen Sie ein Zugriffstoken von %2 ein oder fügen Sie %1 als neues Konto hinzu.</translation>
        </message>
        <message>
            <source>Replacing the access token in the keychain…</source>
            <translation>Das Zugriffstoken im Schlüsselbund wird ersetzt…</translation>
        </message>
        <message>
            <source>The new access token works, but the keychain still holds the old one: %1</source>
            <translation>Das neue Zugriffstoken funktioniert, aber der Schlüsselbund enthält noch das alte: %1</translation>
        </message>
        <message>
            <source>Reconnected as %1. The new access token replaced the old one in the keychain.</source>
            <translation>Erneut verbunden als %1. Das neue Zugriffstoken hat das alte im Schlüsselbund ersetzt.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>Not reported</source>
            <translation>Nicht gemeldet</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nie</translation>
        </message>
        <message>
            <source>This access token expires %1. Create a new one for TokenDesk before then, or TokenDesk can no longer sign in.</source>
            <translation>Dieses Zugriffstoken läuft %1 ab. Erstellen Sie vorher ein neues für TokenDesk, sonst kann sich TokenDesk nicht mehr anmelden.</translation>
        </message>
        <message>
            <source>This access token lacks the api scope: TokenDesk can show your tokens but cannot create, rotate or revoke them with it.</source>
            <translation>Diesem Zugriffstoken fehlt der Bereich api: TokenDesk kann damit Ihre Token anzeigen, aber nicht erstellen, rotieren oder widerrufen.</translation>
        </message>
        <message>
            <source>Not readable</source>
            <translation>Nicht lesbar</translation>
        </message>
        <message>
            <source>GitLab did not describe this access token, so its scopes and expiry are unknown.</source>
            <translation>GitLab hat dieses Zugriffstoken nicht beschrieben, daher sind seine Bereiche und sein Ablauf unbekannt.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::CredentialHelper</name>
        <message>
            <source>token %1</source>
            <translation>Token %1</translation>
        </message>
        <message>
            <source>token “%1” (ID %2)</source>
            <translation>Token „%1“ (ID %2)</translation>
        </message>
        <message>
            <source>warning: the %1 that git uses for %2 expired on %3 (at 00:00 UTC); rotate it in TokenDesk.</source>
            <translation>Warnung: Das %1, das git für %2 verwendet, ist am %3 (um 00:00 UTC) abgelaufen; rotieren Sie es in TokenDesk.</translation>
        </message>
        <message numerus="yes">
            <source>warning: the %1 that git uses for %2 expires on %3 (at 00:00 UTC), in %n day(s); rotate it in TokenDesk.</source>
            <translation>
                <numerusform>Warnung: Das %1, das git für %2 verwendet, läuft am %3 (um 00:00 UTC) ab, in %n Tag; rotieren Sie es in TokenDesk.</numerusform>
                <numerusform>Warnung: Das %1, das git für %2 verwendet, läuft am %3 (um 00:00 UTC) ab, in %n Tagen; rotieren Sie es in TokenDesk.</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot answer for %1 with token %2: %3</source>
            <translation>keine Antwort für %1 mit Token %2 möglich: %3</translation>
        </message>
        <message>
            <source>not answering for %1: the user name or the secret of token %2 holds a line break or a NUL, which git would misread.</source>
            <translation>keine Antwort für %1: Der Benutzername oder das Geheimnis von Token %2 enthält einen Zeilenumbruch oder ein NUL, das git falsch lesen würde.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::DesktopNotifier</name>
        <message>
            <source>There is no D-Bus session bus, so no desktop notification can be shown.</source>
            <translation>Es gibt keinen D-Bus-Sitzungsbus, daher kann keine Desktop-Benachrichtigung angezeigt werden.</translation>
        </message>
        <message>
            <source>No desktop notification service answers on the session bus (%1): %2</source>
            <translation>Kein Desktop-Benachrichtigungsdienst antwortet auf dem Sitzungsbus (%1): %2</translation>
        </message>
        <message>
            <source>The desktop notification service refused the notification: %1</source>
            <translation>Der Desktop-Benachrichtigungsdienst hat die Benachrichtigung abgelehnt: %1</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::DueTokensMenu</name>
        <message>
            <source>&amp;Show TokenDesk</source>
            <translation>TokenDesk &amp;anzeigen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
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
            <translation>heute abgelaufen</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) left</source>
            <translation>
                <numerusform>noch %n Tag</numerusform>
                <numerusform>noch %n Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message numerus="yes">
            <source>No token expires within %n day(s)</source>
            <translation>
                <numerusform>Kein Token läuft innerhalb von %n Tag ab</numerusform>
                <numerusform>Kein Token läuft innerhalb von %n Tagen ab</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not read %1</source>
            <translation>%1 konnte nicht gelesen werden</translation>
        </message>
        <message numerus="yes">
            <source>TokenDesk: no token expires within %n day(s)</source>
            <translation>
                <numerusform>TokenDesk: Kein Token läuft innerhalb von %n Tag ab</numerusform>
                <numerusform>TokenDesk: Kein Token läuft innerhalb von %n Tagen ab</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>TokenDesk: %n token(s) due within %1</source>
            <translation>
                <numerusform>TokenDesk: %n Token innerhalb von %1 fällig</numerusform>
                <numerusform>TokenDesk: %n Token innerhalb von %1 fällig</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n place(s) could not be read</source>
            <translation>
                <numerusform>%n Ort konnte nicht gelesen werden</numerusform>
                <numerusform>%n Orte konnten nicht gelesen werden</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::ErrorMessages</name>
        <message>
            <source>Connect this account again with a new access token.</source>
            <translation>Verbinden Sie dieses Konto erneut mit einem neuen Zugriffstoken.</translation>
        </message>
        <message>
            <source>TokenDesk</source>
            <translation>TokenDesk</translation>
        </message>
        <message>
            <source>&amp;Reconnect…</source>
            <translation>Ne&amp;u verbinden…</translation>
        </message>
        <message>
            <source>Could not read the tokens: %1</source>
            <translation>Die Token konnten nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Could not read the tokens: %1 Press F5 to try again.</source>
            <translation>Die Token konnten nicht gelesen werden: %1 Drücken Sie F5, um es erneut zu versuchen.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::GitHostDialog</name>
        <message>
            <source>Use the token '%1' for git</source>
            <translation>Das Token „%1“ für git verwenden</translation>
        </message>
        <message>
            <source>Host name</source>
            <translation>Hostname</translation>
        </message>
        <message>
            <source>git over HTTPS to this host (e.g. gitlab.com) may sign in with the token '%1'.</source>
            <translation>git über HTTPS zu diesem Host (z. B. gitlab.com) darf sich mit dem Token „%1“ anmelden.</translation>
        </message>
        <message>
            <source>gitlab.com</source>
            <translation>gitlab.com</translation>
        </message>
        <message>
            <source>Use for git</source>
            <translation>Für git verwenden</translation>
        </message>
        <message>
            <source>git will use the token '%1' for https://%2 (user name %3).</source>
            <translation>git verwendet das Token „%1“ für https://%2 (Benutzername %3).</translation>
        </message>
        <message>
            <source>If git does not ask TokenDesk for this host yet, run this once (TokenDesk does not change your git configuration):
%1</source>
            <translation>Falls git TokenDesk für diesen Host noch nicht fragt, führen Sie dies einmal aus (TokenDesk ändert Ihre git-Konfiguration nicht):
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
            <translation>Es wurde kein Token angegeben.</translation>
        </message>
        <message>
            <source>GitLab does not accept this token: it is invalid, expired or revoked.</source>
            <translation>GitLab akzeptiert dieses Token nicht: Es ist ungültig, abgelaufen oder widerrufen.</translation>
        </message>
        <message>
            <source>GitLab does not let a regular user create a token with the scopes %1 over its API (only administrators can, or for the k8s_proxy and self_rotate scopes). Create it on GitLab's own page instead, then paste the new token into TokenDesk.</source>
            <translation>GitLab lässt einen normalen Benutzer über seine API kein Token mit den Bereichen %1 erstellen (nur Administratoren, oder für die Bereiche k8s_proxy und self_rotate). Erstellen Sie es stattdessen auf GitLabs eigener Seite und fügen Sie das neue Token dann in TokenDesk ein.</translation>
        </message>
        <message>
            <source>There is no user %1.</source>
            <translation>Es gibt keinen Benutzer %1.</translation>
        </message>
        <message>
            <source>Name a group or project by its id or full path.</source>
            <translation>Geben Sie eine Gruppe oder ein Projekt durch ID oder vollständigen Pfad an.</translation>
        </message>
        <message>
            <source>There is no group "%1", or this account cannot see it.</source>
            <translation>Es gibt keine Gruppe „%1“, oder dieses Konto kann sie nicht sehen.</translation>
        </message>
        <message>
            <source>There is no project "%1", or this account cannot see it.</source>
            <translation>Es gibt kein Projekt „%1“, oder dieses Konto kann es nicht sehen.</translation>
        </message>
        <message>
            <source>Only administrators can list every user's tokens; %1 is not an administrator of this instance.</source>
            <translation>Nur Administratoren können die Token aller Benutzer auflisten; %1 ist kein Administrator dieser Instanz.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::GitLabInventory</name>
        <message>
            <source>There is no user "%1" on this instance.</source>
            <translation>Auf dieser Instanz gibt es keinen Benutzer „%1“.</translation>
        </message>
        <message>
            <source>Asked for page %1 of the token list, the server answered page %2; TokenDesk stopped reading the listing.</source>
            <translation>Nach Seite %1 der Tokenliste gefragt, hat der Server Seite %2 geliefert; TokenDesk hat aufgehört, die Liste zu lesen.</translation>
        </message>
        <message numerus="yes">
            <source>The listing is longer than %n page(s); TokenDesk stopped reading.</source>
            <translation>
                <numerusform>Die Liste ist länger als %n Seite; TokenDesk hat aufgehört zu lesen.</numerusform>
                <numerusform>Die Liste ist länger als %n Seiten; TokenDesk hat aufgehört zu lesen.</numerusform>
            </translation>
        </message>
        <message>
            <source>The server sent the same tokens again on page %1 of the token list; TokenDesk stopped reading the listing.</source>
            <translation>Der Server hat auf Seite %1 der Tokenliste dieselben Token erneut gesendet; TokenDesk hat aufgehört, die Liste zu lesen.</translation>
        </message>
        <message>
            <source>The server named page %1 as the next page after page %2 of the token list; TokenDesk stopped reading the listing.</source>
            <translation>Der Server hat Seite %1 als nächste Seite nach Seite %2 der Tokenliste genannt; TokenDesk hat aufgehört, die Liste zu lesen.</translation>
        </message>
        <message>
            <source>The server's next-page link points to another address (%1); TokenDesk does not follow it.</source>
            <translation>Der Link des Servers zur nächsten Seite zeigt auf eine andere Adresse (%1); TokenDesk folgt ihm nicht.</translation>
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
            <translation>Die Verbindung des Kontos wurde geschlossen.</translation>
        </message>
        <message>
            <source>the group %1</source>
            <translation>die Gruppe %1</translation>
        </message>
        <message>
            <source>the project %1</source>
            <translation>das Projekt %1</translation>
        </message>
        <message>
            <source>There is no token %1 on %2.</source>
            <translation>Es gibt kein Token %1 in %2.</translation>
        </message>
        <message>
            <source>No token was given.</source>
            <translation>Es wurde kein Token angegeben.</translation>
        </message>
        <message>
            <source>GitLab does not accept this token: it is invalid, expired or revoked.</source>
            <translation>GitLab akzeptiert dieses Token nicht: Es ist ungültig, abgelaufen oder widerrufen.</translation>
        </message>
        <message>
            <source>This token is not one of the access tokens of %1.</source>
            <translation>Dieses Token ist keines der Zugriffstoken von %1.</translation>
        </message>
        <message>
            <source>The role is above your own role on %1 (GitLab says: %2)</source>
            <translation>Die Rolle liegt über Ihrer eigenen Rolle in %1 (GitLab meldet: %2)</translation>
        </message>
        <message>
            <source>You need the %1 role on %2 to see its access tokens.</source>
            <translation>Sie brauchen die Rolle %1 in %2, um dessen Zugriffstoken zu sehen.</translation>
        </message>
        <message>
            <source>You need the %1 role on %2 to manage its access tokens.</source>
            <translation>Sie brauchen die Rolle %1 in %2, um dessen Zugriffstoken zu verwalten.</translation>
        </message>
        <message>
            <source>(GitLab says: %1)</source>
            <translation>(GitLab meldet: %1)</translation>
        </message>
        <message>
            <source>GitLab at %1 does not offer group access tokens (HTTP %2): this instance or its subscription tier does not have them.</source>
            <translation>GitLab unter %1 bietet keine Gruppenzugriffstoken an (HTTP %2): Diese Instanz oder ihr Abonnement hat sie nicht.</translation>
        </message>
        <message>
            <source>GitLab at %1 does not offer project access tokens (HTTP %2): this instance or its subscription tier does not have them.</source>
            <translation>GitLab unter %1 bietet keine Projektzugriffstoken an (HTTP %2): Diese Instanz oder ihr Abonnement hat sie nicht.</translation>
        </message>
        <message>
            <source>There is no group %1, or this account cannot see it.</source>
            <translation>Es gibt keine Gruppe %1, oder dieses Konto kann sie nicht sehen.</translation>
        </message>
        <message>
            <source>There is no project %1, or this account cannot see it.</source>
            <translation>Es gibt kein Projekt %1, oder dieses Konto kann es nicht sehen.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::GitLabTokenChanges</name>
        <message>
            <source>GitLab answered the request to create "%1", but the reply could not be read, so its secret is lost. If the token now exists, revoke it and create a new one.</source>
            <translation>GitLab hat die Anfrage, „%1“ zu erstellen, beantwortet, aber die Antwort konnte nicht gelesen werden, daher ist sein Geheimnis verloren. Falls das Token jetzt existiert, widerrufen Sie es und erstellen Sie ein neues.</translation>
        </message>
        <message>
            <source>GitLab answered the rotation, but the reply could not be read, so the new secret is lost. Rotate the new token to get a secret.</source>
            <translation>GitLab hat die Rotation beantwortet, aber die Antwort konnte nicht gelesen werden, daher ist das neue Geheimnis verloren. Rotieren Sie das neue Token, um ein Geheimnis zu erhalten.</translation>
        </message>
        <message>
            <source>Token %1 does not exist or belongs to another user.</source>
            <translation>Token %1 existiert nicht oder gehört einem anderen Benutzer.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::GitLabTokenListing</name>
        <message>
            <source>Asked for page %1 of the token list, the server answered page %2; TokenDesk stopped reading the listing.</source>
            <translation>Nach Seite %1 der Tokenliste gefragt, hat der Server Seite %2 geliefert; TokenDesk hat aufgehört, die Liste zu lesen.</translation>
        </message>
        <message>
            <source>The token list is larger than %1; TokenDesk stopped reading it.</source>
            <translation>Die Tokenliste ist größer als %1; TokenDesk hat aufgehört, sie zu lesen.</translation>
        </message>
        <message>
            <source>The server sent the same tokens again on page %1 of the token list; TokenDesk stopped reading the listing.</source>
            <translation>Der Server hat auf Seite %1 der Tokenliste dieselben Token erneut gesendet; TokenDesk hat aufgehört, die Liste zu lesen.</translation>
        </message>
        <message numerus="yes">
            <source>The listing is longer than %n page(s); TokenDesk stopped reading.</source>
            <translation>
                <numerusform>Die Liste ist länger als %n Seite; TokenDesk hat aufgehört zu lesen.</numerusform>
                <numerusform>Die Liste ist länger als %n Seiten; TokenDesk hat aufgehört zu lesen.</numerusform>
            </translation>
        </message>
        <message>
            <source>The server named page %1 as the next page after page %2 of the token list; TokenDesk stopped reading the listing.</source>
            <translation>Der Server hat Seite %1 als nächste Seite nach Seite %2 der Tokenliste genannt; TokenDesk hat aufgehört, die Liste zu lesen.</translation>
        </message>
        <message>
            <source>The server's next-page link points to another address (%1); TokenDesk does not follow it.</source>
            <translation>Der Link des Servers zur nächsten Seite zeigt auf eine andere Adresse (%1); TokenDesk folgt ihm nicht.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::GitLabTransport</name>
        <message>
            <source>The CA file cannot be used: %1</source>
            <translation>Die CA-Datei kann nicht verwendet werden: %1</translation>
        </message>
        <message>
            <source>it holds no PEM certificate.</source>
            <translation>sie enthält kein PEM-Zertifikat.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <source>The connection to %1 was closed.</source>
            <translation>Die Verbindung zu %1 wurde geschlossen.</translation>
        </message>
        <message>
            <source>The reply from %1 is larger than %2, more than any GitLab answer TokenDesk asks for; it stopped reading it.</source>
            <translation>Die Antwort von %1 ist größer als %2, mehr als jede GitLab-Antwort, die TokenDesk anfordert; TokenDesk hat aufgehört, sie zu lesen.</translation>
        </message>
        <message numerus="yes">
            <source>%1 did not answer within %n second(s).</source>
            <translation>
                <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
                <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not connect to %1 (connection refused).</source>
            <translation>Verbindung zu %1 nicht möglich (Verbindung abgelehnt).</translation>
        </message>
        <message>
            <source>The host %1 was not found.</source>
            <translation>Der Host %1 wurde nicht gefunden.</translation>
        </message>
        <message>
            <source>The secure connection to %1 failed: its certificate is not trusted or does not match the host. If the instance uses a private certificate authority, give its CA file.</source>
            <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: Sein Zertifikat ist nicht vertrauenswürdig oder passt nicht zum Host. Wenn die Instanz eine private Zertifizierungsstelle verwendet, geben Sie deren CA-Datei an.</translation>
        </message>
        <message>
            <source>The reply from %1 was cut off before it was complete.</source>
            <translation>Die Antwort von %1 wurde abgeschnitten, bevor sie vollständig war.</translation>
        </message>
        <message>
            <source>The connection to %1 broke before the reply came.</source>
            <translation>Die Verbindung zu %1 ist abgebrochen, bevor die Antwort kam.</translation>
        </message>
        <message>
            <source>Network error talking to %1: %2.</source>
            <translation>Netzwerkfehler bei der Kommunikation mit %1: %2.</translation>
        </message>
        <message>
            <source>The server redirected the request to %1. TokenDesk does not follow redirects to another address, so the access token was not sent there. Check the instance URL (https://, the final host name).</source>
            <translation>Der Server hat die Anfrage an %1 umgeleitet. TokenDesk folgt keinen Umleitungen an eine andere Adresse, daher wurde das Zugriffstoken nicht dorthin gesendet. Prüfen Sie die Instanz-URL (https://, der endgültige Hostname).</translation>
        </message>
        <message>
            <source>an unknown address</source>
            <translation>eine unbekannte Adresse</translation>
        </message>
        <message numerus="yes">
            <source>GitLab is limiting requests (429 Too Many Requests) longer than TokenDesk waits. Try again in %n second(s).</source>
            <translation>
                <numerusform>GitLab begrenzt die Anfragen (429 Too Many Requests) länger, als TokenDesk wartet. Versuchen Sie es in %n Sekunde erneut.</numerusform>
                <numerusform>GitLab begrenzt die Anfragen (429 Too Many Requests) länger, als TokenDesk wartet. Versuchen Sie es in %n Sekunden erneut.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>GitLab is limiting requests (429 Too Many Requests); nothing was changed. Try again in %n second(s).</source>
            <translation>
                <numerusform>GitLab begrenzt die Anfragen (429 Too Many Requests); es wurde nichts geändert. Versuchen Sie es in %n Sekunde erneut.</numerusform>
                <numerusform>GitLab begrenzt die Anfragen (429 Too Many Requests); es wurde nichts geändert. Versuchen Sie es in %n Sekunden erneut.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::InventoryModel</name>
        <message>
            <source>Revoked</source>
            <translation>Widerrufen</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Abgelaufen</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>user %1</source>
            <translation>Benutzer %1</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nie</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Eigentümer</translation>
        </message>
        <message>
            <source>Token name</source>
            <translation>Token-Name</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>Bereiche</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>Zuletzt genutzt</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Läuft ab</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::InventoryWindow</name>
        <message>
            <source>All users' tokens - TokenDesk</source>
            <translation>Token aller Benutzer – TokenDesk</translation>
        </message>
        <message>
            <source>any, or for example: api, sudo</source>
            <translation>beliebig, oder zum Beispiel: api, sudo</translation>
        </message>
        <message>
            <source>every user, or a username or user id</source>
            <translation>jeder Benutzer, oder ein Benutzername oder eine Benutzer-ID</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inaktiv</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Choose the filters, then Show tokens.</source>
            <translation>Wählen Sie die Filter, dann „Token anzeigen“.</translation>
        </message>
        <message>
            <source>Listing every user's tokens…</source>
            <translation>Die Token aller Benutzer werden aufgelistet…</translation>
        </message>
        <message>
            <source>Listing cancelled.</source>
            <translation>Auflisten abgebrochen.</translation>
        </message>
        <message>
            <source>Could not list the tokens: %1</source>
            <translation>Die Token konnten nicht aufgelistet werden: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n token(s)</source>
            <translation>
                <numerusform>%n Token</numerusform>
                <numerusform>%n Token</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>of %n user(s).</source>
            <translation>
                <numerusform>von %n Benutzer.</numerusform>
                <numerusform>von %n Benutzern.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Revoke %n token(s)</source>
            <translation>
                <numerusform>%n Token</numerusform>
                <numerusform>%n Token</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>of %n user(s)?</source>
            <translation>
                <numerusform>von %n Benutzer widerrufen?</numerusform>
                <numerusform>von %n Benutzern widerrufen?</numerusform>
            </translation>
        </message>
        <message>
            <source>Revoke selected tokens</source>
            <translation>Ausgewählte Token widerrufen</translation>
        </message>
        <message>
            <source>Everything that uses them stops working. This cannot be undone.</source>
            <translation>Alles, was sie verwendet, funktioniert nicht mehr. Dies kann nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <source>TokenDesk signs in with one of them: that one is left active.</source>
            <translation>TokenDesk meldet sich mit einem davon an: Dieses bleibt aktiv.</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>Widerrufen</translation>
        </message>
        <message numerus="yes">
            <source>Revoking %n token(s)…</source>
            <translation>
                <numerusform>%n Token wird widerrufen…</numerusform>
                <numerusform>%n Token werden widerrufen…</numerusform>
            </translation>
        </message>
        <message>
            <source>Answered %1 of %2…</source>
            <translation>%1 von %2 beantwortet…</translation>
        </message>
        <message>
            <source>Revoking failed: %1</source>
            <translation>Widerruf fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>token %1</source>
            <translation>Token %1</translation>
        </message>
        <message>
            <source>"%1" of %2</source>
            <translation>„%1“ von %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n token(s) revoked</source>
            <translation>
                <numerusform>%n Token widerrufen</numerusform>
                <numerusform>%n Token widerrufen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not revoked.</source>
            <translation>
                <numerusform>%n nicht widerrufen.</numerusform>
                <numerusform>%n nicht widerrufen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::LeakResponse</name>
        <message>
            <source>It could not be opened.</source>
            <translation>Es konnte nicht geöffnet werden.</translation>
        </message>
        <message>
            <source>There is no identified token to revoke.</source>
            <translation>Es gibt kein erkanntes Token zum Widerrufen.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::LeakedTokenDialog</name>
        <message>
            <source>What the token is</source>
            <translation>Was das Token ist</translation>
        </message>
        <message>
            <source>This is not a GitLab token. A token starts with its kind, such as "glpat-", followed by letters, digits, "-" and "_".</source>
            <translation>Dies ist kein GitLab-Token. Ein Token beginnt mit seiner Art, etwa „glpat-“, gefolgt von Buchstaben, Ziffern, „-“ und „_“.</translation>
        </message>
        <message>
            <source>Not known to %1, or already revoked or expired.</source>
            <translation>%1 nicht bekannt oder bereits widerrufen oder abgelaufen.</translation>
        </message>
        <message>
            <source>Not found, but not every place could be asked:</source>
            <translation>Nicht gefunden, aber nicht jeder Ort konnte gefragt werden:</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Owner: %1</source>
            <translation>Eigentümer: %1</translation>
        </message>
        <message>
            <source>user %1</source>
            <translation>Benutzer %1</translation>
        </message>
        <message>
            <source>%1 (user %2)</source>
            <translation>%1 (Benutzer %2)</translation>
        </message>
        <message>
            <source>Name: %1</source>
            <translation>Name: %1</translation>
        </message>
        <message>
            <source>Scopes: %1</source>
            <translation>Bereiche: %1</translation>
        </message>
        <message>
            <source>Last used: %1</source>
            <translation>Zuletzt genutzt: %1</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nie</translation>
        </message>
        <message>
            <source>Last used from: %1</source>
            <translation>Zuletzt genutzt von IP: %1</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Nicht erfasst</translation>
        </message>
        <message>
            <source>Where: %1</source>
            <translation>Wo: %1</translation>
        </message>
        <message>
            <source>It is revoked.</source>
            <translation>Es ist widerrufen.</translation>
        </message>
        <message>
            <source>Revoke the leaked token</source>
            <translation>Das geleakte Token widerrufen</translation>
        </message>
        <message>
            <source>Revoke the token "%1"? Everything that uses it stops working.</source>
            <translation>Das Token „%1“ widerrufen? Alles, was es verwendet, funktioniert nicht mehr.</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>Widerrufen</translation>
        </message>
        <message>
            <source>The token is already revoked or expired.</source>
            <translation>Das Token ist bereits widerrufen oder abgelaufen.</translation>
        </message>
        <message>
            <source>Not revoked: %1</source>
            <translation>Nicht widerrufen: %1</translation>
        </message>
        <message>
            <source>Revoked.</source>
            <translation>Widerrufen.</translation>
        </message>
        <message>
            <source>Its secret is saved in the keychain.</source>
            <translation>Sein Geheimnis ist im Schlüsselbund gespeichert.</translation>
        </message>
        <message>
            <source>git uses it for %1.</source>
            <translation>git verwendet es für %1.</translation>
        </message>
        <message>
            <source>Not forgotten: %1</source>
            <translation>Nicht vergessen: %1</translation>
        </message>
        <message>
            <source>Forgotten: the keychain and git no longer hold it.</source>
            <translation>Vergessen: Der Schlüsselbund und git enthalten es nicht mehr.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::LoadingIndicator</name>
        <message>
            <source>Cancel loading</source>
            <translation>Laden abbrechen</translation>
        </message>
        <message>
            <source>Loading tokens</source>
            <translation>Token werden geladen</translation>
        </message>
        <message>
            <source>Loading cancelled. Press F5 to try again.</source>
            <translation>Laden abgebrochen. Drücken Sie F5, um es erneut zu versuchen.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::LocalBackend</name>
        <message>
            <source>Offline demo · %1</source>
            <translation>Offline-Demo · %1</translation>
        </message>
        <message>
            <source>Offline store · %1</source>
            <translation>Offline-Speicher · %1</translation>
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
            <translation>Persönliche Zugriffstoken</translation>
        </message>
        <message>
            <source>Personal access tokens let scripts and applications use the GitLab API, and git over HTTPS, in your name. Give each one only the scopes it needs and an expiration date. A new token's secret is shown once.</source>
            <translation>Mit persönlichen Zugriffstoken können Skripte und Anwendungen die GitLab-API und git über HTTPS in Ihrem Namen nutzen. Geben Sie jedem nur die Bereiche, die es braucht, und ein Ablaufdatum. Das Geheimnis eines neuen Tokens wird einmal angezeigt.</translation>
        </message>
        <message>
            <source>&amp;Reconnect…</source>
            <translation>Ne&amp;u verbinden…</translation>
        </message>
        <message>
            <source>&amp;Search by name</source>
            <translation>Nach Namen &amp;suchen</translation>
        </message>
        <message>
            <source>S&amp;ort active tokens by</source>
            <translation>Aktive Token so&amp;rtieren nach</translation>
        </message>
        <message>
            <source>Add new token</source>
            <translation>Neues Token hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Tokens</source>
            <translation>&amp;Token</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Einstellungen</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;New token…</source>
            <translation>&amp;Neues Token…</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>&amp;Suchen…</translation>
        </message>
        <message>
            <source>Ctrl+F</source>
            <translation>Ctrl+F</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <source>F5</source>
            <translation>F5</translation>
        </message>
        <message>
            <source>Revoke a &amp;leaked token…</source>
            <translation>Ein ge&amp;leaktes Token widerrufen…</translation>
        </message>
        <message>
            <source>&amp;All users' tokens…</source>
            <translation>&amp;Token aller Benutzer…</translation>
        </message>
        <message>
            <source>Export &amp;calendar…</source>
            <translation>&amp;Kalender exportieren…</translation>
        </message>
        <message>
            <source>Save the expiry dates of your tokens as an iCalendar file, with reminders</source>
            <translation>Die Ablaufdaten Ihrer Token als iCalendar-Datei speichern, mit Erinnerungen</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>Ein&amp;stellungen…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <source>&amp;About TokenDesk</source>
            <translation>&amp;Über TokenDesk</translation>
        </message>
        <message>
            <source>Token name</source>
            <translation>Token-Name</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Hauptwerkzeugleiste</translation>
        </message>
        <message>
            <source>Rotate</source>
            <translation>Rotieren</translation>
        </message>
        <message>
            <source>Rotate %1</source>
            <translation>%1 rotieren</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>Widerrufen</translation>
        </message>
        <message>
            <source>Revoke %1</source>
            <translation>%1 widerrufen</translation>
        </message>
        <message>
            <source>Copy from keychain</source>
            <translation>Aus dem Schlüsselbund kopieren</translation>
        </message>
        <message>
            <source>Copy from keychain %1</source>
            <translation>%1 aus dem Schlüsselbund kopieren</translation>
        </message>
        <message>
            <source>Create similar</source>
            <translation>Ähnliches erstellen</translation>
        </message>
        <message>
            <source>Create similar %1</source>
            <translation>Ähnliches wie %1 erstellen</translation>
        </message>
        <message>
            <source>TokenDesk - %1</source>
            <translation>TokenDesk – %1</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::OptionalDateEdit</name>
        <message>
            <source>Any</source>
            <translation>Beliebig</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::PasteTokenDialog</name>
        <message>
            <source>Create the token on GitLab</source>
            <translation>Das Token auf GitLab erstellen</translation>
        </message>
        <message>
            <source>Open GitLab's page (the name, description and scopes are filled in), create the token there, then paste it below.</source>
            <translation>Öffnen Sie die GitLab-Seite (Name, Beschreibung und Bereiche sind ausgefüllt), erstellen Sie dort das Token und fügen Sie es dann unten ein.</translation>
        </message>
        <message>
            <source>Paste the token you created on GitLab's page.</source>
            <translation>Fügen Sie das Token ein, das Sie auf der GitLab-Seite erstellt haben.</translation>
        </message>
        <message>
            <source>GitLab does not know this token, or it is revoked or expired. Copy it again from GitLab's page.</source>
            <translation>GitLab kennt dieses Token nicht, oder es ist widerrufen oder abgelaufen. Kopieren Sie es erneut von der GitLab-Seite.</translation>
        </message>
        <message>
            <source>Added "%1" (scopes: %2; expires: %3).</source>
            <translation>„%1“ hinzugefügt (Bereiche: %2; Ablauf: %3).</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>Not saved to the keychain: %1</source>
            <translation>Nicht im Schlüsselbund gespeichert: %1</translation>
        </message>
        <message>
            <source>Saved in the keychain.</source>
            <translation>Im Schlüsselbund gespeichert.</translation>
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
            <translation>Geben Sie ganze Zahlen von Tagen ein, durch Kommas getrennt.</translation>
        </message>
        <message>
            <source>TokenDesk checks daily and at login, even when this window is closed (a systemd user timer).</source>
            <translation>TokenDesk prüft täglich und bei der Anmeldung, auch wenn dieses Fenster geschlossen ist (ein systemd-Benutzer-Timer).</translation>
        </message>
        <message>
            <source>TokenDesk checks each time you log in, even when this window is closed (an autostart entry).</source>
            <translation>TokenDesk prüft bei jeder Anmeldung, auch wenn dieses Fenster geschlossen ist (ein Autostart-Eintrag).</translation>
        </message>
        <message>
            <source>Desktop notifications when a token is about to expire, even when this window is closed.</source>
            <translation>Desktop-Benachrichtigungen, wenn ein Token bald abläuft, auch wenn dieses Fenster geschlossen ist.</translation>
        </message>
        <message>
            <source>Turning reminders off…</source>
            <translation>Erinnerungen werden ausgeschaltet…</translation>
        </message>
        <message>
            <source>Turning reminders on…</source>
            <translation>Erinnerungen werden eingeschaltet…</translation>
        </message>
        <message>
            <source>Could not change the reminders: %1</source>
            <translation>Die Erinnerungen konnten nicht geändert werden: %1</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Erinnerungen</translation>
        </message>
        <message>
            <source>Remind you each time you log in instead?</source>
            <translation>Stattdessen bei jeder Anmeldung erinnern?</translation>
        </message>
        <message>
            <source>Use &amp;Autostart</source>
            <translation>&amp;Autostart verwenden</translation>
        </message>
        <message>
            <source>Reminders stay off: they run by themselves only through a systemd timer or an autostart entry.</source>
            <translation>Die Erinnerungen bleiben aus: Sie laufen nur über einen systemd-Timer oder einen Autostart-Eintrag von selbst.</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>Systemvorgabe</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::ReminderSchedule</name>
        <message>
            <source>could not create the folder %1</source>
            <translation>der Ordner %1 konnte nicht angelegt werden</translation>
        </message>
        <message>
            <source>could not write %1: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>could not remove %1</source>
            <translation>%1 konnte nicht entfernt werden</translation>
        </message>
        <message>
            <source>tokendesk-cli was found neither beside TokenDesk nor on PATH</source>
            <translation>tokendesk-cli wurde weder neben TokenDesk noch in PATH gefunden</translation>
        </message>
        <message>
            <source>%1 is not a program that can run</source>
            <translation>%1 ist kein ausführbares Programm</translation>
        </message>
        <message>
            <source>the path of tokendesk-cli holds a control character</source>
            <translation>der Pfad von tokendesk-cli enthält ein Steuerzeichen</translation>
        </message>
        <message>
            <source>systemd is not available here (no systemctl), so no timer can be installed. An autostart entry can remind you at each login instead.</source>
            <translation>systemd ist hier nicht verfügbar (kein systemctl), daher kann kein Timer installiert werden. Ein Autostart-Eintrag kann Sie stattdessen bei jeder Anmeldung erinnern.</translation>
        </message>
        <message>
            <source>could not enable the timer: could not create %1</source>
            <translation>der Timer konnte nicht aktiviert werden: %1 konnte nicht angelegt werden</translation>
        </message>
        <message>
            <source>Reminders are on: a systemd user timer (%1) will check daily and at login, starting at your next login (the systemd user manager could not be reached now: %2).</source>
            <translation>Erinnerungen sind an: Ein systemd-Benutzer-Timer (%1) prüft ab Ihrer nächsten Anmeldung täglich und bei der Anmeldung (die systemd-Benutzerinstanz war gerade nicht erreichbar: %2).</translation>
        </message>
        <message>
            <source>the timer is installed but systemd could not start it: %1</source>
            <translation>der Timer ist installiert, aber systemd konnte ihn nicht starten: %1</translation>
        </message>
        <message>
            <source>Reminders are on: a systemd user timer (%1) checks daily and at login.</source>
            <translation>Erinnerungen sind an: Ein systemd-Benutzer-Timer (%1) prüft täglich und bei der Anmeldung.</translation>
        </message>
        <message>
            <source>Reminders are on: TokenDesk checks at each login (%1).</source>
            <translation>Erinnerungen sind an: TokenDesk prüft bei jeder Anmeldung (%1).</translation>
        </message>
        <message>
            <source>Reminders are off.</source>
            <translation>Erinnerungen sind aus.</translation>
        </message>
        <message>
            <source>Reminders were already off.</source>
            <translation>Erinnerungen waren bereits aus.</translation>
        </message>
        <message>
            <source>systemctl did not answer</source>
            <translation>systemctl hat nicht geantwortet</translation>
        </message>
        <message>
            <source>systemctl ended with code %1</source>
            <translation>systemctl endete mit Code %1</translation>
        </message>
        <message>
            <source>the reminder schedule is already being changed</source>
            <translation>der Erinnerungsplan wird bereits geändert</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::ResourceChooser</name>
        <message>
            <source>Tok&amp;ens of</source>
            <translation>Token &amp;von</translation>
        </message>
        <message>
            <source>Sho&amp;w</source>
            <translation>&amp;Anzeigen</translation>
        </message>
        <message>
            <source>Type any part of a group's or project's path to find it.</source>
            <translation>Geben Sie einen beliebigen Teil des Pfads einer Gruppe oder eines Projekts ein, um sie zu finden.</translation>
        </message>
        <message>
            <source>Group or project path</source>
            <translation>Pfad der Gruppe oder des Projekts</translation>
        </message>
        <message>
            <source>Reading your groups and projects…</source>
            <translation>Ihre Gruppen und Projekte werden gelesen…</translation>
        </message>
        <message>
            <source>Could not read the groups and projects whose tokens you may manage.</source>
            <translation>Die Gruppen und Projekte, deren Token Sie verwalten dürfen, konnten nicht gelesen werden.</translation>
        </message>
        <message>
            <source>Personal</source>
            <translation>Persönlich</translation>
        </message>
        <message>
            <source>All my resources</source>
            <translation>Alle meine Ressourcen</translation>
        </message>
        <message>
            <source>%1 (group)</source>
            <translation>%1 (Gruppe)</translation>
        </message>
        <message>
            <source>%1 (project)</source>
            <translation>%1 (Projekt)</translation>
        </message>
        <message>
            <source>No group or project matches "%1".</source>
            <translation>Keine Gruppe und kein Projekt passt zu „%1“.</translation>
        </message>
        <message numerus="yes">
            <source>%n group(s) and project(s) match "%1": choose one from the list.</source>
            <translation>
                <numerusform>%n Gruppe oder Projekt passt zu „%1“: Wählen Sie eines aus der Liste.</numerusform>
                <numerusform>%n Gruppen und Projekte passen zu „%1“: Wählen Sie eines aus der Liste.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::ResourceNavigation</name>
        <message>
            <source>Could not show the tokens of %1.</source>
            <translation>Die Token von %1 konnten nicht angezeigt werden.</translation>
        </message>
        <message>
            <source>This account has no group or project access tokens.</source>
            <translation>Dieses Konto hat keine Gruppen- oder Projektzugriffstoken.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::ResourceOverviewModel</name>
        <message>
            <source>Group %1</source>
            <translation>Gruppe %1</translation>
        </message>
        <message>
            <source>Project %1</source>
            <translation>Projekt %1</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>Ressource</translation>
        </message>
        <message>
            <source>Token name</source>
            <translation>Token-Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>Bereiche</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Läuft ab</translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <translation>%1 in %2</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::ResourceOverviewPage</name>
        <message>
            <source>7 days</source>
            <translation>7 Tage</translation>
        </message>
        <message>
            <source>14 days</source>
            <translation>14 Tage</translation>
        </message>
        <message>
            <source>30 days</source>
            <translation>30 Tage</translation>
        </message>
        <message>
            <source>90 days</source>
            <translation>90 Tage</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Beliebig</translation>
        </message>
        <message>
            <source>Open resource</source>
            <translation>Ressource öffnen</translation>
        </message>
        <message>
            <source>Open resource %1</source>
            <translation>Ressource %1 öffnen</translation>
        </message>
        <message>
            <source>Reading your groups and projects…</source>
            <translation>Ihre Gruppen und Projekte werden gelesen…</translation>
        </message>
        <message>
            <source>Reading the tokens of your groups and projects (%1 of %2)…</source>
            <translation>Die Token Ihrer Gruppen und Projekte werden gelesen (%1 von %2)…</translation>
        </message>
        <message numerus="yes">
            <source>%n group(s) and project(s) read.</source>
            <translation>
                <numerusform>%n Gruppe oder Projekt gelesen.</numerusform>
                <numerusform>%n Gruppen und Projekte gelesen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Could not read the tokens of %n group(s) or project(s):</source>
            <translation>
                <numerusform>Die Token von %n Gruppe oder Projekt konnten nicht gelesen werden:</numerusform>
                <numerusform>Die Token von %n Gruppen oder Projekten konnten nicht gelesen werden:</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Could not read your groups and projects: %1</source>
            <translation>Ihre Gruppen und Projekte konnten nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Group and project access tokens</source>
            <translation>Gruppen- und Projektzugriffstoken</translation>
        </message>
        <message>
            <source>Group and project access tokens (%1)</source>
            <translation>Gruppen- und Projektzugriffstoken (%1)</translation>
        </message>
        <message numerus="yes">
            <source>No group or project token expires within %n day(s).</source>
            <translation>
                <numerusform>Kein Gruppen- oder Projekttoken läuft innerhalb von %n Tag ab.</numerusform>
                <numerusform>Kein Gruppen- oder Projekttoken läuft innerhalb von %n Tagen ab.</numerusform>
            </translation>
        </message>
        <message>
            <source>No active group or project token.</source>
            <translation>Kein aktives Gruppen- oder Projekttoken.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::SecretDialog</name>
        <message>
            <source>It expires on %1 at 00:00 UTC.</source>
            <translation>Es läuft am %1 um 00:00 UTC ab.</translation>
        </message>
        <message>
            <source>It does not expire.</source>
            <translation>Es läuft nicht ab.</translation>
        </message>
        <message>
            <source>Token "%1" was created.</source>
            <translation>Token „%1“ wurde erstellt.</translation>
        </message>
        <message>
            <source>Your new group or project access token</source>
            <translation>Ihr neues Gruppen- oder Projektzugriffstoken</translation>
        </message>
        <message>
            <source>&amp;Your new group or project access token</source>
            <translation>&amp;Ihr neues Gruppen- oder Projektzugriffstoken</translation>
        </message>
        <message>
            <source>Saving to the keychain…</source>
            <translation>Wird im Schlüsselbund gespeichert…</translation>
        </message>
        <message>
            <source>Saved to the keychain.</source>
            <translation>Im Schlüsselbund gespeichert.</translation>
        </message>
        <message numerus="yes">
            <source>Copied. The clipboard will be cleared in %n second(s).</source>
            <translation>
                <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
                <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied.</source>
            <translation>Kopiert.</translation>
        </message>
        <message>
            <source>Close without copying or saving?</source>
            <translation>Schließen, ohne zu kopieren oder zu speichern?</translation>
        </message>
        <message>
            <source>Close without copying?</source>
            <translation>Schließen, ohne zu kopieren?</translation>
        </message>
        <message>
            <source>You have neither copied nor saved your new token.</source>
            <translation>Sie haben Ihr neues Token weder kopiert noch gespeichert.</translation>
        </message>
        <message>
            <source>You have not copied your new token.</source>
            <translation>Sie haben Ihr neues Token nicht kopiert.</translation>
        </message>
        <message>
            <source>Once this dialog is closed, the token can't be shown again.</source>
            <translation>Sobald dieser Dialog geschlossen ist, kann das Token nicht mehr angezeigt werden.</translation>
        </message>
        <message>
            <source>Close without copying</source>
            <translation>Schließen ohne Kopieren</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Zurück</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::SecretVault</name>
        <message>
            <source>No keychain service is running. Start GNOME Keyring or KWallet (any Secret Service provider) in your desktop session and try again.</source>
            <translation>Es läuft kein Schlüsselbunddienst. Starten Sie GNOME Keyring oder KWallet (einen beliebigen Secret-Service-Anbieter) in Ihrer Desktop-Sitzung und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The keychain refused access: it is locked or the request was denied. Unlock your keyring (for example in "Passwords and Keys") and try again.</source>
            <translation>Der Schlüsselbund hat den Zugriff verweigert: Er ist gesperrt oder die Anfrage wurde abgelehnt. Entsperren Sie Ihren Schlüsselbund (zum Beispiel in „Passwörter und Verschlüsselung“) und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>%1 The keychain said: %2</source>
            <translation>%1 Der Schlüsselbund meldet: %2</translation>
        </message>
        <message>
            <source>There is no secret to save.</source>
            <translation>Es gibt kein Geheimnis zu speichern.</translation>
        </message>
        <message>
            <source>Could not save the secret to the keychain.</source>
            <translation>Das Geheimnis konnte nicht im Schlüsselbund gespeichert werden.</translation>
        </message>
        <message>
            <source>The keychain did not return the secret of token %1. If your keyring is locked, unlock it and try again; if the entry was deleted in your keyring manager, forget the token's secret in TokenDesk.</source>
            <translation>Der Schlüsselbund hat das Geheimnis von Token %1 nicht geliefert. Wenn Ihr Schlüsselbund gesperrt ist, entsperren Sie ihn und versuchen Sie es erneut; wenn der Eintrag in Ihrer Schlüsselbundverwaltung gelöscht wurde, vergessen Sie das Geheimnis des Tokens in TokenDesk.</translation>
        </message>
        <message>
            <source>No secret is saved in the keychain for token %1.</source>
            <translation>Für Token %1 ist kein Geheimnis im Schlüsselbund gespeichert.</translation>
        </message>
        <message>
            <source>Could not read the secret from the keychain.</source>
            <translation>Das Geheimnis konnte nicht aus dem Schlüsselbund gelesen werden.</translation>
        </message>
        <message>
            <source>Could not delete the secret from the keychain.</source>
            <translation>Das Geheimnis konnte nicht aus dem Schlüsselbund gelöscht werden.</translation>
        </message>
        <message>
            <source>Could not save the account's access token to the keychain.</source>
            <translation>Das Zugriffstoken des Kontos konnte nicht im Schlüsselbund gespeichert werden.</translation>
        </message>
        <message>
            <source>No access token is saved in the keychain for the account %1.</source>
            <translation>Für das Konto %1 ist kein Zugriffstoken im Schlüsselbund gespeichert.</translation>
        </message>
        <message>
            <source>Could not read the account's access token from the keychain.</source>
            <translation>Das Zugriffstoken des Kontos konnte nicht aus dem Schlüsselbund gelesen werden.</translation>
        </message>
        <message>
            <source>Could not delete the account's access token from the keychain.</source>
            <translation>Das Zugriffstoken des Kontos konnte nicht aus dem Schlüsselbund gelöscht werden.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenActionsController</name>
        <message>
            <source>Could not revoke the token '%1': GitLab refused the account's access token, so the token was not revoked.</source>
            <translation>Das Token „%1“ konnte nicht widerrufen werden: GitLab hat das Zugriffstoken des Kontos abgelehnt, daher wurde das Token nicht widerrufen.</translation>
        </message>
        <message>
            <source>Could not revoke the token '%1'.</source>
            <translation>Das Token „%1“ konnte nicht widerrufen werden.</translation>
        </message>
        <message>
            <source>The token '%1' was revoked, but its saved secret could not be deleted from the keychain.</source>
            <translation>Das Token „%1“ wurde widerrufen, aber sein gespeichertes Geheimnis konnte nicht aus dem Schlüsselbund gelöscht werden.</translation>
        </message>
        <message>
            <source>Revoked the token '%1' and deleted its saved secret.</source>
            <translation>Das Token „%1“ wurde widerrufen und sein gespeichertes Geheimnis gelöscht.</translation>
        </message>
        <message>
            <source>Revoked the token '%1'.</source>
            <translation>Das Token „%1“ wurde widerrufen.</translation>
        </message>
        <message>
            <source>Could not rotate the token '%1': GitLab refused the account's access token, so the token was not rotated and is unchanged.</source>
            <translation>Das Token „%1“ konnte nicht rotiert werden: GitLab hat das Zugriffstoken des Kontos abgelehnt, daher wurde das Token nicht rotiert und ist unverändert.</translation>
        </message>
        <message>
            <source>Could not rotate the token '%1'.</source>
            <translation>Das Token „%1“ konnte nicht rotiert werden.</translation>
        </message>
        <message>
            <source>Rotated the token '%1'.</source>
            <translation>Das Token „%1“ wurde rotiert.</translation>
        </message>
        <message>
            <source>Could not create the token '%1': GitLab refused the account's access token, so nothing was created. The form keeps what you entered.</source>
            <translation>Das Token „%1“ konnte nicht erstellt werden: GitLab hat das Zugriffstoken des Kontos abgelehnt, daher wurde nichts erstellt. Das Formular behält Ihre Eingaben.</translation>
        </message>
        <message>
            <source>Could not create the token.</source>
            <translation>Das Token konnte nicht erstellt werden.</translation>
        </message>
        <message>
            <source>Created the token '%1'.</source>
            <translation>Das Token „%1“ wurde erstellt.</translation>
        </message>
        <message>
            <source>Added the token '%1'.</source>
            <translation>Das Token „%1“ wurde hinzugefügt.</translation>
        </message>
        <message>
            <source>Not saved to the keychain: %1</source>
            <translation>Nicht im Schlüsselbund gespeichert: %1</translation>
        </message>
        <message>
            <source>Could not copy the token '%1' from the keychain.</source>
            <translation>Das Token „%1“ konnte nicht aus dem Schlüsselbund kopiert werden.</translation>
        </message>
        <message numerus="yes">
            <source>Copied the token '%1' from the keychain. The clipboard will be cleared in %n second(s).</source>
            <translation>
                <numerusform>Das Token „%1“ wurde aus dem Schlüsselbund kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
                <numerusform>Das Token „%1“ wurde aus dem Schlüsselbund kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied the token '%1' from the keychain.</source>
            <translation>Das Token „%1“ wurde aus dem Schlüsselbund kopiert.</translation>
        </message>
        <message>
            <source>Could not delete the saved secret of '%1' from the keychain.</source>
            <translation>Das gespeicherte Geheimnis von „%1“ konnte nicht aus dem Schlüsselbund gelöscht werden.</translation>
        </message>
        <message>
            <source>Deleted the saved secret of '%1' from the keychain.</source>
            <translation>Das gespeicherte Geheimnis von „%1“ wurde aus dem Schlüsselbund gelöscht.</translation>
        </message>
        <message>
            <source>'%1' is not a host name.</source>
            <translation>„%1“ ist kein Hostname.</translation>
        </message>
        <message>
            <source>Enter a host name such as gitlab.com.</source>
            <translation>Geben Sie einen Hostnamen wie gitlab.com ein.</translation>
        </message>
        <message>
            <source>Could not set up git for %1.</source>
            <translation>git konnte für %1 nicht eingerichtet werden.</translation>
        </message>
        <message>
            <source>git will use the token '%1' for %2.</source>
            <translation>git verwendet das Token „%1“ für %2.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenBackend</name>
        <message>
            <source>This backend creates tokens only for you.</source>
            <translation>Dieses Backend erstellt Token nur für Sie.</translation>
        </message>
        <message>
            <source>This backend has no group or project access tokens.</source>
            <translation>Dieses Backend hat keine Gruppen- oder Projektzugriffstoken.</translation>
        </message>
        <message>
            <source>Only administrators can list every user's tokens.</source>
            <translation>Nur Administratoren können die Token aller Benutzer auflisten.</translation>
        </message>
        <message>
            <source>This backend cannot look up users.</source>
            <translation>Dieses Backend kann keine Benutzer nachschlagen.</translation>
        </message>
        <message>
            <source>This backend cannot revoke a token by its secret.</source>
            <translation>Dieses Backend kann ein Token nicht über sein Geheimnis widerrufen.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenDetailsPane</name>
        <message>
            <source>Select a token to see its details.</source>
            <translation>Wählen Sie ein Token aus, um seine Details zu sehen.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Projekt</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Scopes:</source>
            <translation>Bereiche:</translation>
        </message>
        <message>
            <source>  None</source>
            <translation>  Keine</translation>
        </message>
        <message>
            <source>  %1: %2</source>
            <translation>  %1: %2</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unbekannt</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>Zuletzt genutzt</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nie</translation>
        </message>
        <message>
            <source>Last used from</source>
            <translation>Zuletzt genutzt von IP</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Nicht erfasst</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Läuft ab</translation>
        </message>
        <message>
            <source>%1 (00:00 UTC)</source>
            <translation>%1 (00:00 UTC)</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Widerrufen</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Abgelaufen</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenForm</name>
        <message>
            <source>The token expires at 00:00 UTC on this date.</source>
            <translation>Das Token läuft an diesem Datum um 00:00 UTC ab.</translation>
        </message>
        <message>
            <source>Alt+Down opens a calendar.</source>
            <translation>Alt+Nach-unten öffnet einen Kalender.</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>Vorheriger Monat</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Nächster Monat</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <source>Only administrators can grant this scope.</source>
            <translation>Nur Administratoren können diesen Bereich gewähren.</translation>
        </message>
        <message>
            <source>Add a personal access token</source>
            <translation>Ein persönliches Zugriffstoken hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Create personal access token</source>
            <translation>&amp;Persönliches Zugriffstoken erstellen</translation>
        </message>
        <message>
            <source>Add a group access token</source>
            <translation>Ein Gruppenzugriffstoken hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Create group access token</source>
            <translation>Grup&amp;penzugriffstoken erstellen</translation>
        </message>
        <message>
            <source>Add a project access token</source>
            <translation>Ein Projektzugriffstoken hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Create project access token</source>
            <translation>&amp;Projektzugriffstoken erstellen</translation>
        </message>
        <message>
            <source>The token acts as a bot member of the group or project with this role.</source>
            <translation>Das Token handelt als Bot-Mitglied der Gruppe oder des Projekts mit dieser Rolle.</translation>
        </message>
        <message>
            <source>The token acts as a bot member with this role; your own role there is %1.</source>
            <translation>Das Token handelt als Bot-Mitglied mit dieser Rolle; Ihre eigene Rolle dort ist %1.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenOperations</name>
        <message>
            <source>No keychain is available.</source>
            <translation>Es ist kein Schlüsselbund verfügbar.</translation>
        </message>
        <message>
            <source>'%1' is not a host name. Enter a host name such as gitlab.com.</source>
            <translation>„%1“ ist kein Hostname. Geben Sie einen Hostnamen wie gitlab.com ein.</translation>
        </message>
        <message>
            <source>This token belongs to another GitLab user, not to %1.</source>
            <translation>Dieses Token gehört einem anderen GitLab-Benutzer, nicht %1.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenQueryControls</name>
        <message>
            <source>Expiration date, soonest first</source>
            <translation>Ablaufdatum, früheste zuerst</translation>
        </message>
        <message>
            <source>Expiration date, latest first</source>
            <translation>Ablaufdatum, späteste zuerst</translation>
        </message>
        <message>
            <source>Created, newest first</source>
            <translation>Erstellt, neueste zuerst</translation>
        </message>
        <message>
            <source>Created, oldest first</source>
            <translation>Erstellt, älteste zuerst</translation>
        </message>
        <message>
            <source>Last used, most recent first</source>
            <translation>Zuletzt genutzt, jüngste zuerst</translation>
        </message>
        <message>
            <source>Last used, least recent first</source>
            <translation>Zuletzt genutzt, älteste zuerst</translation>
        </message>
        <message>
            <source>Name, A to Z</source>
            <translation>Name, A bis Z</translation>
        </message>
        <message>
            <source>Name, Z to A</source>
            <translation>Name, Z bis A</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenTableModel</name>
        <message>
            <source>Token name</source>
            <translation>Token-Name</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>Bereiche</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>Zuletzt genutzt</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Läuft ab</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Revoked or expired on</source>
            <translation>Inaktiv seit</translation>
        </message>
        <message>
            <source>In keychain</source>
            <translation>Schlüsselbund</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenTableView</name>
        <message>
            <source>Token actions</source>
            <translation>Token-Aktionen</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>Widerrufen</translation>
        </message>
        <message>
            <source>Active group access tokens (%1)</source>
            <translation>Aktive Gruppenzugriffstoken (%1)</translation>
        </message>
        <message>
            <source>Active group access tokens</source>
            <translation>Aktive Gruppenzugriffstoken</translation>
        </message>
        <message>
            <source>Inactive group access tokens (%1)</source>
            <translation>Inaktive Gruppenzugriffstoken (%1)</translation>
        </message>
        <message>
            <source>Inactive group access tokens</source>
            <translation>Inaktive Gruppenzugriffstoken</translation>
        </message>
        <message>
            <source>Active project access tokens (%1)</source>
            <translation>Aktive Projektzugriffstoken (%1)</translation>
        </message>
        <message>
            <source>Active project access tokens</source>
            <translation>Aktive Projektzugriffstoken</translation>
        </message>
        <message>
            <source>Inactive project access tokens (%1)</source>
            <translation>Inaktive Projektzugriffstoken (%1)</translation>
        </message>
        <message>
            <source>Inactive project access tokens</source>
            <translation>Inaktive Projektzugriffstoken</translation>
        </message>
        <message>
            <source>Active personal access tokens (%1)</source>
            <translation>Aktive persönliche Zugriffstoken (%1)</translation>
        </message>
        <message>
            <source>Active personal access tokens</source>
            <translation>Aktive persönliche Zugriffstoken</translation>
        </message>
        <message>
            <source>Inactive personal access tokens (%1)</source>
            <translation>Inaktive persönliche Zugriffstoken (%1)</translation>
        </message>
        <message>
            <source>Inactive personal access tokens</source>
            <translation>Inaktive persönliche Zugriffstoken</translation>
        </message>
        <message>
            <source>No active token matches the search.</source>
            <translation>Kein aktives Token passt zur Suche.</translation>
        </message>
        <message>
            <source>No inactive token matches the search.</source>
            <translation>Kein inaktives Token passt zur Suche.</translation>
        </message>
        <message>
            <source>This group has no active group access tokens.</source>
            <translation>Diese Gruppe hat keine aktiven Gruppenzugriffstoken.</translation>
        </message>
        <message>
            <source>This group has no inactive group access tokens.</source>
            <translation>Diese Gruppe hat keine inaktiven Gruppenzugriffstoken.</translation>
        </message>
        <message>
            <source>This project has no active project access tokens.</source>
            <translation>Dieses Projekt hat keine aktiven Projektzugriffstoken.</translation>
        </message>
        <message>
            <source>This project has no inactive project access tokens.</source>
            <translation>Dieses Projekt hat keine inaktiven Projektzugriffstoken.</translation>
        </message>
        <message>
            <source>This user has no active personal access tokens.</source>
            <translation>Dieser Benutzer hat keine aktiven persönlichen Zugriffstoken.</translation>
        </message>
        <message>
            <source>This user has no inactive personal access tokens.</source>
            <translation>Dieser Benutzer hat keine inaktiven persönlichen Zugriffstoken.</translation>
        </message>
        <message>
            <source>%1+</source>
            <translation>%1+</translation>
        </message>
        <message>
            <source>Rotate %1</source>
            <translation>%1 rotieren</translation>
        </message>
        <message>
            <source>Revoke %1</source>
            <translation>%1 widerrufen</translation>
        </message>
        <message>
            <source>Copy from keychain %1</source>
            <translation>%1 aus dem Schlüsselbund kopieren</translation>
        </message>
        <message>
            <source>Use %1 for git on a host…</source>
            <translation>%1 für git auf einem Host verwenden…</translation>
        </message>
        <message>
            <source>Create similar %1</source>
            <translation>Ähnliches wie %1 erstellen</translation>
        </message>
        <message>
            <source>Delete the saved secret of %1</source>
            <translation>Das gespeicherte Geheimnis von %1 löschen</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::WindowLauncher</name>
        <message>
            <source>TokenDesk has no account %1. It may have been removed; connect to it again to manage its tokens.</source>
            <translation>TokenDesk hat kein Konto %1. Es wurde möglicherweise entfernt; verbinden Sie sich erneut, um seine Token zu verwalten.</translation>
        </message>
        <message>
            <source>This window shows the token store %1, not %2.</source>
            <translation>Dieses Fenster zeigt den Token-Speicher %1, nicht %2.</translation>
        </message>
        <message>
            <source>%1 has no group or project access tokens, so it has no token of %2.</source>
            <translation>%1 hat keine Gruppen- oder Projektzugriffstoken, also auch kein Token von %2.</translation>
        </message>
        <message>
            <source>%1 is not among the groups and projects whose tokens %2 manages.</source>
            <translation>%1 gehört nicht zu den Gruppen und Projekten, deren Token %2 verwaltet.</translation>
        </message>
        <message>
            <source>There is no token with ID %1 in %2. It may have been deleted, or it belongs to another account.</source>
            <translation>In %2 gibt es kein Token mit der ID %1. Es wurde möglicherweise gelöscht oder gehört zu einem anderen Konto.</translation>
        </message>
        <message>
            <source>Could not read the token with ID %1 from %2: %3</source>
            <translation>Das Token mit der ID %1 konnte nicht aus %2 gelesen werden: %3</translation>
        </message>
        <message>
            <source>The token '%1' is revoked already: there is nothing to rotate.</source>
            <translation>Das Token „%1“ ist bereits widerrufen: Es gibt nichts zu rotieren.</translation>
        </message>
        <message>
            <source>Cannot show the token</source>
            <translation>Das Token kann nicht angezeigt werden</translation>
        </message>
    </context>
    <context>
        <name>TokenDetailsPane</name>
        <message>
            <source>Det&amp;ails</source>
            <translation>&amp;Details</translation>
        </message>
    </context>
    <context>
        <name>TokenFilterBar</name>
        <message>
            <source>Created &amp;before</source>
            <translation>Erstellt v&amp;or</translation>
        </message>
        <message>
            <source>Created a&amp;fter</source>
            <translation>Erstellt &amp;nach</translation>
        </message>
        <message>
            <source>Ex&amp;pires before</source>
            <translation>Läuft a&amp;b vor</translation>
        </message>
        <message>
            <source>Expires after</source>
            <translation>Läuft ab nach</translation>
        </message>
        <message>
            <source>&amp;Last used before</source>
            <translation>&amp;Zuletzt genutzt vor</translation>
        </message>
        <message>
            <source>Last &amp;used after</source>
            <translation>Zuletzt &amp;genutzt nach</translation>
        </message>
        <message>
            <source>Clear f&amp;ilters</source>
            <translation>F&amp;ilter zurücksetzen</translation>
        </message>
    </context>
    <context>
        <name>TokenForm</name>
        <message>
            <source>Add a personal access token</source>
            <translation>Ein persönliches Zugriffstoken hinzufügen</translation>
        </message>
        <message>
            <source>Token &amp;name</source>
            <translation>Token-Na&amp;me</translation>
        </message>
        <message>
            <source>For example, the application using the token or the purpose of the token.</source>
            <translation>Zum Beispiel die Anwendung, die das Token verwendet, oder der Zweck des Tokens.</translation>
        </message>
        <message>
            <source>Token &amp;description</source>
            <translation>Token-Bes&amp;chreibung</translation>
        </message>
        <message>
            <source>Optional; at most 255 characters.</source>
            <translation>Optional; höchstens 255 Zeichen.</translation>
        </message>
        <message>
            <source>E&amp;xpiration date</source>
            <translation>Ablau&amp;fdatum</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>Ro&amp;lle</translation>
        </message>
        <message>
            <source>The token acts as a bot member of the group or project with this role.</source>
            <translation>Das Token handelt als Bot-Mitglied der Gruppe oder des Projekts mit dieser Rolle.</translation>
        </message>
        <message>
            <source>Select &amp;scopes</source>
            <translation>Bereiche aus&amp;wählen</translation>
        </message>
        <message>
            <source>Scopes set the permission levels granted to the token.</source>
            <translation>Bereiche legen die Berechtigungen fest, die dem Token gewährt werden.</translation>
        </message>
        <message>
            <source>&amp;Create personal access token</source>
            <translation>&amp;Persönliches Zugriffstoken erstellen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>TokenListPrinter</name>
        <message>
            <source>revoked</source>
            <translation>widerrufen</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>abgelaufen</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>ROLE</source>
            <translation>ROLLE</translation>
        </message>
        <message>
            <source>SCOPES</source>
            <translation>BEREICHE</translation>
        </message>
        <message>
            <source>EXPIRES</source>
            <translation>ABLAUF</translation>
        </message>
        <message>
            <source>LAST USED</source>
            <translation>ZULETZT GENUTZT</translation>
        </message>
        <message>
            <source>STATUS</source>
            <translation>STATUS</translation>
        </message>
        <message>
            <source>KEYCHAIN</source>
            <translation>SCHLÜSSELBUND</translation>
        </message>
        <message>
            <source>No tokens.</source>
            <translation>Keine Token.</translation>
        </message>
    </context>
    <context>
        <name>TokenRows</name>
        <message>
            <source>The token store is busy: another program kept it locked for more than %1 seconds. Try again.</source>
            <translation>Der Token-Speicher ist belegt: Ein anderes Programm hat ihn länger als %1 Sekunden gesperrt. Versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The token store failed: %1</source>
            <translation>Der Token-Speicher ist fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>There is no token with id %1.</source>
            <translation>Es gibt kein Token mit der ID %1.</translation>
        </message>
    </context>
    <context>
        <name>TokenStore</name>
        <message>
            <source>%1 is not a TokenDesk database; it was left untouched.</source>
            <translation>%1 ist keine TokenDesk-Datenbank; sie wurde nicht angetastet.</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>The folder %1 cannot be created.</source>
            <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
        </message>
        <message>
            <source>%1 cannot be opened: %2</source>
            <translation>%1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>Only administrators can create tokens with the scope "%1".</source>
            <translation>Nur Administratoren können Token mit dem Bereich „%1“ erstellen.</translation>
        </message>
        <message>
            <source>The token "%1" is already revoked.</source>
            <translation>Das Token „%1“ ist bereits widerrufen.</translation>
        </message>
        <message>
            <source>The token "%1" is already revoked. Rotating it again looks like token reuse, so every token of its rotation family has been revoked.</source>
            <translation>Das Token „%1“ ist bereits widerrufen. Eine erneute Rotation sieht nach Wiederverwendung des Tokens aus, daher wurde jedes Token seiner Rotationsfamilie widerrufen.</translation>
        </message>
        <message>
            <source>This token (id %1) is not one of this group's or project's access tokens.</source>
            <translation>Dieses Token (ID %1) ist keines der Zugriffstoken dieser Gruppe oder dieses Projekts.</translation>
        </message>
        <message>
            <source>This token is not valid for this store.</source>
            <translation>Dieses Token ist für diesen Speicher nicht gültig.</translation>
        </message>
        <message>
            <source>This token ("%1") has been revoked.</source>
            <translation>Dieses Token („%1“) wurde widerrufen.</translation>
        </message>
        <message>
            <source>This token ("%1") expired on %2.</source>
            <translation>Dieses Token („%1“) ist am %2 abgelaufen.</translation>
        </message>
        <message>
            <source>There is no user %1.</source>
            <translation>Es gibt keinen Benutzer %1.</translation>
        </message>
        <message>
            <source>The username "%1" cannot be used.</source>
            <translation>Der Benutzername „%1“ kann nicht verwendet werden.</translation>
        </message>
        <message>
            <source>The username "%1" or the id is taken.</source>
            <translation>Der Benutzername „%1“ oder die ID ist vergeben.</translation>
        </message>
        <message>
            <source>There is no user with id %1.</source>
            <translation>Es gibt keinen Benutzer mit der ID %1.</translation>
        </message>
        <message>
            <source>Only administrators can create tokens for other users.</source>
            <translation>Nur Administratoren können Token für andere Benutzer erstellen.</translation>
        </message>
        <message>
            <source>Only administrators can list every user's tokens.</source>
            <translation>Nur Administratoren können die Token aller Benutzer auflisten.</translation>
        </message>
        <message>
            <source>You need the %1 role on the group "%2" to manage its access tokens; you are not a member there.</source>
            <translation>Sie brauchen die Rolle %1 in der Gruppe „%2“, um ihre Zugriffstoken zu verwalten; Sie sind dort kein Mitglied.</translation>
        </message>
        <message>
            <source>You need the %1 role on the project "%2" to manage its access tokens; you are not a member there.</source>
            <translation>Sie brauchen die Rolle %1 im Projekt „%2“, um seine Zugriffstoken zu verwalten; Sie sind dort kein Mitglied.</translation>
        </message>
        <message>
            <source>You need the %1 role on the group "%2" to manage its access tokens; your role there is %3.</source>
            <translation>Sie brauchen die Rolle %1 in der Gruppe „%2“, um ihre Zugriffstoken zu verwalten; Ihre Rolle dort ist %3.</translation>
        </message>
        <message>
            <source>You need the %1 role on the project "%2" to manage its access tokens; your role there is %3.</source>
            <translation>Sie brauchen die Rolle %1 im Projekt „%2“, um seine Zugriffstoken zu verwalten; Ihre Rolle dort ist %3.</translation>
        </message>
        <message>
            <source>The group "%1" has no access token with id %2.</source>
            <translation>Die Gruppe „%1“ hat kein Zugriffstoken mit der ID %2.</translation>
        </message>
        <message>
            <source>The project "%1" has no access token with id %2.</source>
            <translation>Das Projekt „%1“ hat kein Zugriffstoken mit der ID %2.</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>Token name is required.</source>
            <translation>Der Token-Name ist erforderlich.</translation>
        </message>
        <message>
            <source>Token name is too long (at most %1 characters).</source>
            <translation>Der Token-Name ist zu lang (höchstens %1 Zeichen).</translation>
        </message>
        <message>
            <source>Token name must not contain control characters.</source>
            <translation>Der Token-Name darf keine Steuerzeichen enthalten.</translation>
        </message>
        <message>
            <source>Token description is too long (at most %1 characters).</source>
            <translation>Die Token-Beschreibung ist zu lang (höchstens %1 Zeichen).</translation>
        </message>
        <message>
            <source>Select at least one scope.</source>
            <translation>Wählen Sie mindestens einen Bereich aus.</translation>
        </message>
        <message>
            <source>Unknown scope "%1".</source>
            <translation>Unbekannter Bereich „%1“.</translation>
        </message>
        <message>
            <source>Expiration date is required.</source>
            <translation>Das Ablaufdatum ist erforderlich.</translation>
        </message>
        <message>
            <source>Expiration date must be %1 or later (dates are in UTC).</source>
            <translation>Das Ablaufdatum darf nicht vor dem %1 liegen (Daten sind in UTC).</translation>
        </message>
        <message numerus="yes">
            <source>Expiration date must be %1 or earlier (at most %n day(s) ahead).</source>
            <translation>
                <numerusform>Das Ablaufdatum darf nicht nach dem %1 liegen (höchstens %n Tag voraus).</numerusform>
                <numerusform>Das Ablaufdatum darf nicht nach dem %1 liegen (höchstens %n Tage voraus).</numerusform>
            </translation>
        </message>
        <message>
            <source>Unknown role %1: choose guest, planner, reporter, developer, maintainer or owner.</source>
            <translation>Unbekannte Rolle %1: Wählen Sie guest, planner, reporter, developer, maintainer oder owner.</translation>
        </message>
        <message>
            <source>The role %1 is above your own role (%2) there.</source>
            <translation>Die Rolle %1 liegt dort über Ihrer eigenen Rolle (%2).</translation>
        </message>
        <message>
            <source>Group and project access tokens cannot have the scope "%1".</source>
            <translation>Gruppen- und Projektzugriffstoken können den Bereich „%1“ nicht haben.</translation>
        </message>
    </context>
    <context>
        <name>VerifyCommand</name>
        <message>
            <source>Read one secret from standard input and show the token it belongs to.</source>
            <translation>Ein Geheimnis von der Standardeingabe lesen und das Token anzeigen, zu dem es gehört.</translation>
        </message>
        <message>
            <source>The secret is read from standard input (one line; a trailing newline is ignored). It is never accepted as an argument.</source>
            <translation>Das Geheimnis wird von der Standardeingabe gelesen (eine Zeile; ein abschließender Zeilenumbruch wird ignoriert). Als Argument wird es nie akzeptiert.</translation>
        </message>
        <message>
            <source>verify takes no arguments: it reads the secret from standard input, so that the secret never appears on a command line.</source>
            <translation>verify nimmt keine Argumente an: Es liest das Geheimnis von der Standardeingabe, damit das Geheimnis nie in einer Befehlszeile erscheint.</translation>
        </message>
        <message>
            <source>Paste the token and press Enter (input is hidden): </source>
            <translation>Fügen Sie das Token ein und drücken Sie die Eingabetaste (die Eingabe ist verborgen): </translation>
        </message>
        <message>
            <source>standard input is too long to be a token.</source>
            <translation>die Standardeingabe ist zu lang für ein Token.</translation>
        </message>
        <message>
            <source>no token on standard input; verify reads one token from standard input.</source>
            <translation>kein Token auf der Standardeingabe; verify liest ein Token von der Standardeingabe.</translation>
        </message>
        <message>
            <source>standard input must hold exactly one token, on one line.</source>
            <translation>die Standardeingabe muss genau ein Token enthalten, in einer Zeile.</translation>
        </message>
    </context>
    <context>
        <name>WhoamiCommand</name>
        <message>
            <source>Show who the GitLab access token signs in as, and the access token itself.</source>
            <translation>Anzeigen, als wer sich das GitLab-Zugriffstoken anmeldet, und das Zugriffstoken selbst.</translation>
        </message>
        <message>
            <source>whoami needs --gitlab URL (or $GITLAB_HOST).</source>
            <translation>whoami braucht --gitlab URL (oder $GITLAB_HOST).</translation>
        </message>
        <message>
            <source>the access token lacks the api scope, so it cannot create, rotate or revoke tokens (it has: %1).</source>
            <translation>dem Zugriffstoken fehlt der Bereich api, daher kann es keine Token erstellen, rotieren oder widerrufen (es hat: %1).</translation>
        </message>
        <message>
            <source>the access token expires on %1 (at 00:00 UTC); rotate it with '%2 rotate self'.</source>
            <translation>das Zugriffstoken läuft am %1 (um 00:00 UTC) ab; rotieren Sie es mit „%2 rotate self“.</translation>
        </message>
        <message>
            <source>GitLab did not show the access token itself (GET /personal_access_tokens/self failed), so its scopes and expiry are unknown.</source>
            <translation>GitLab hat das Zugriffstoken selbst nicht angezeigt (GET /personal_access_tokens/self ist fehlgeschlagen), daher sind seine Bereiche und sein Ablauf unbekannt.</translation>
        </message>
        <message>
            <source>Instance</source>
            <translation>Instanz</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>User ID</source>
            <translation>Benutzer-ID</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>GitLab version</source>
            <translation>GitLab-Version</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>Access token</source>
            <translation>Zugriffstoken</translation>
        </message>
        <message>
            <source>%1 (ID %2)</source>
            <translation>%1 (ID %2)</translation>
        </message>
        <message>
            <source>Its scopes</source>
            <translation>Seine Bereiche</translation>
        </message>
        <message>
            <source>It expires</source>
            <translation>Läuft ab</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>%1 (at 00:00 UTC)</source>
            <translation>%1 (um 00:00 UTC)</translation>
        </message>
    </context>
    <context>
        <name>WindowDialogs</name>
        <message>
            <source>About TokenDesk</source>
            <translation>Über TokenDesk</translation>
        </message>
        <message>
            <source>TokenDesk %1</source>
            <translation>TokenDesk %1</translation>
        </message>
        <message>
            <source>Manages GitLab personal access tokens, on a GitLab server or in an offline store on this computer.</source>
            <translation>Verwaltet persönliche Zugriffstoken von GitLab, auf einem GitLab-Server oder in einem Offline-Speicher auf diesem Computer.</translation>
        </message>
    </context>
    <context>
        <name>WindowProcess</name>
        <message>
            <source>The TokenDesk window (%1) is not installed next to this program or on PATH.</source>
            <translation>Das TokenDesk-Fenster (%1) ist weder neben diesem Programm noch in PATH installiert.</translation>
        </message>
        <message>
            <source>Cannot start %1: %2</source>
            <translation>%1 kann nicht gestartet werden: %2</translation>
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
            <translation>Persönliche Zugriffstoken von GitLab verwalten.</translation>
        </message>
        <message>
            <source>Open the offline demo store, filled with sample tokens once.</source>
            <translation>Den Offline-Demospeicher öffnen, einmalig mit Beispiel-Token gefüllt.</translation>
        </message>
        <message>
            <source>Use the token store at &lt;path&gt; (default: $TOKENDESK_STORE, else tokens.sqlite in the application data folder).</source>
            <translation>Den Token-Speicher unter &lt;path&gt; verwenden (Standard: $TOKENDESK_STORE, sonst tokens.sqlite im Datenordner der Anwendung).</translation>
        </message>
        <message>
            <source>path</source>
            <translation>path</translation>
        </message>
        <message>
            <source>Print the milliseconds from start until the token table was first painted, then quit (for benchmarks).</source>
            <translation>Die Millisekunden vom Start bis zum ersten Zeichnen der Token-Tabelle ausgeben, dann beenden (für Benchmarks).</translation>
        </message>
        <message>
            <source>With --rotate or --select: the account of the token ("offline" for the token store, or store:&lt;path&gt;).</source>
            <translation>Mit --rotate oder --select: das Konto des Tokens („offline“ für den Token-Speicher oder store:&lt;path&gt;).</translation>
        </message>
        <message>
            <source>key</source>
            <translation>key</translation>
        </message>
        <message>
            <source>Open the rotate confirmation of the token with this ID.</source>
            <translation>Die Rotationsbestätigung des Tokens mit dieser ID öffnen.</translation>
        </message>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>Show the token with this ID, selected.</source>
            <translation>Das Token mit dieser ID ausgewählt anzeigen.</translation>
        </message>
        <message>
            <source>With --rotate or --select: the token is a group's or project's (group:ID or project:ID).</source>
            <translation>Mit --rotate oder --select: Das Token gehört einer Gruppe oder einem Projekt (group:ID oder project:ID).</translation>
        </message>
        <message>
            <source>resource</source>
            <translation>resource</translation>
        </message>
        <message>
            <source>--demo and --store cannot be combined.</source>
            <translation>--demo und --store können nicht kombiniert werden.</translation>
        </message>
        <message>
            <source>Give either --rotate or --select.</source>
            <translation>Geben Sie entweder --rotate oder --select an.</translation>
        </message>
        <message>
            <source>--rotate and --select need --account.</source>
            <translation>--rotate und --select brauchen --account.</translation>
        </message>
        <message>
            <source>The token ID must be a positive number.</source>
            <translation>Die Token-ID muss eine positive Zahl sein.</translation>
        </message>
        <message>
            <source>Could not open the token store %1: %2</source>
            <translation>Der Token-Speicher %1 konnte nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>usage: git-credential-tokendesk get|store|erase
A git credential helper: git runs it, e.g. after
  git config --global credential.https://HOST.helper tokendesk
</source>
            <translation>Aufruf: git-credential-tokendesk get|store|erase
Ein git-Credential-Helper: git führt ihn aus, z. B. nach
  git config --global credential.https://HOST.helper tokendesk
</translation>
        </message>
        <message>
            <source>A git credential helper: git runs it to get the access token of a GitLab host that tokendesk-cli git-use (or the window) mapped to a token saved in the keychain. Set it up with tokendesk-cli git-setup, or: git config --global credential.https://HOST.helper tokendesk</source>
            <translation>Ein git-Credential-Helper: git führt ihn aus, um das Zugriffstoken eines GitLab-Hosts zu erhalten, den tokendesk-cli git-use (oder das Fenster) einem im Schlüsselbund gespeicherten Token zugeordnet hat. Einrichten mit tokendesk-cli git-setup oder: git config --global credential.https://HOST.helper tokendesk</translation>
        </message>
        <message>
            <source>get: print the mapped host's username and token for git. store: save nothing. erase: forget the host's mapping (not the secret).</source>
            <translation>get: Benutzername und Token des zugeordneten Hosts für git ausgeben. store: nichts speichern. erase: die Zuordnung des Hosts vergessen (nicht das Geheimnis).</translation>
        </message>
    </context>
</TS>
