<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AllResourcesListing</name>
    <message numerus="yes">
        <source>the listing is incomplete: %n of %1 groups and projects could not be read.</source>
        <translation>
            <numerusform>the listing is incomplete: %n of %1 groups and projects could not be read.</numerusform>
            <numerusform>the listing is incomplete: %n of %1 groups and projects could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpiryCalendar</name>
    <message numerus="yes">
        <source>GitLab token “%1” stops working in %n day(s).</source>
        <translation>
            <numerusform>GitLab token “%1” stops working in %n day.</numerusform>
            <numerusform>GitLab token “%1” stops working in %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GitLabResourceListing</name>
    <message numerus="yes">
        <source>The list of groups and projects is longer than %n page(s); TokenDesk stopped reading.</source>
        <translation>
            <numerusform>The list of groups and projects is longer than %n page; TokenDesk stopped reading.</numerusform>
            <numerusform>The list of groups and projects is longer than %n pages; TokenDesk stopped reading.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InventoryCommand</name>
    <message numerus="yes">
        <source>Revoke %n token(s)</source>
        <translation>
            <numerusform>Revoke %n token</numerusform>
            <numerusform>Revoke %n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n user(s)?</source>
        <translation>
            <numerusform>of %n user?</numerusform>
            <numerusform>of %n users?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %1 of %n token(s).</source>
        <translation>
            <numerusform>Revoked %1 of %n token.</numerusform>
            <numerusform>Revoked %1 of %n tokens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindNotification</name>
    <message numerus="yes">
        <source>Posted %n notification(s); answering their actions for a while (Ctrl+C ends this).
</source>
        <translation>
            <numerusform>Posted %n notification; answering their actions for a while (Ctrl+C ends this).
</numerusform>
            <numerusform>Posted %n notifications; answering their actions for a while (Ctrl+C ends this).
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderPlan</name>
    <message numerus="yes">
        <source>Token “%1” expires in %n day(s)</source>
        <translation>
            <numerusform>Token “%1” expires in %n day</numerusform>
            <numerusform>Token “%1” expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expired or expire soon</source>
        <translation>
            <numerusform>%n token expired or expires soon</numerusform>
            <numerusform>%n tokens expired or expire soon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expire soon</source>
        <translation>
            <numerusform>%n token expires soon</numerusform>
            <numerusform>%n tokens expire soon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expires in %n day</numerusform>
            <numerusform>expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TokenDesk could not check the tokens of %n place(s)</source>
        <translation>
            <numerusform>TokenDesk could not check the tokens of %n place</numerusform>
            <numerusform>TokenDesk could not check the tokens of %n places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevokeLeakedCommand</name>
    <message numerus="yes">
        <source>git no longer uses it for %n host(s).</source>
        <translation>
            <numerusform>git no longer uses it for %n host.</numerusform>
            <numerusform>git no longer uses it for %n hosts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation>
            <numerusform>in %n month</numerusform>
            <numerusform>in %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n year(s)</source>
        <translation>
            <numerusform>in %n year</numerusform>
            <numerusform>in %n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::CalendarExportController</name>
    <message numerus="yes">
        <source>Saved the expiry dates of %n token(s) to %1.</source>
        <translation>
            <numerusform>Saved the expiry dates of %n token to %1.</numerusform>
            <numerusform>Saved the expiry dates of %n tokens to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tokens of %n place(s) are missing: they could not be read.</source>
        <translation>
            <numerusform>The tokens of %n place are missing: they could not be read.</numerusform>
            <numerusform>The tokens of %n places are missing: they could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::CredentialHelper</name>
    <message numerus="yes">
        <source>warning: the %1 that git uses for %2 expires on %3 (at 00:00 UTC), in %n day(s); rotate it in TokenDesk.</source>
        <translation>
            <numerusform>warning: the %1 that git uses for %2 expires on %3 (at 00:00 UTC), in %n day; rotate it in TokenDesk.</numerusform>
            <numerusform>warning: the %1 that git uses for %2 expires on %3 (at 00:00 UTC), in %n days; rotate it in TokenDesk.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::DueTokensMenu</name>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No token expires within %n day(s)</source>
        <translation>
            <numerusform>No token expires within %n day</numerusform>
            <numerusform>No token expires within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TokenDesk: no token expires within %n day(s)</source>
        <translation>
            <numerusform>TokenDesk: no token expires within %n day</numerusform>
            <numerusform>TokenDesk: no token expires within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TokenDesk: %n token(s) due within %1</source>
        <translation>
            <numerusform>TokenDesk: %n token due within %1</numerusform>
            <numerusform>TokenDesk: %n tokens due within %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) could not be read</source>
        <translation>
            <numerusform>%n place could not be read</numerusform>
            <numerusform>%n places could not be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::GitLabInventory</name>
    <message numerus="yes">
        <source>The listing is longer than %n page(s); TokenDesk stopped reading.</source>
        <translation>
            <numerusform>The listing is longer than %n page; TokenDesk stopped reading.</numerusform>
            <numerusform>The listing is longer than %n pages; TokenDesk stopped reading.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::GitLabTokenListing</name>
    <message numerus="yes">
        <source>The listing is longer than %n page(s); TokenDesk stopped reading.</source>
        <translation>
            <numerusform>The listing is longer than %n page; TokenDesk stopped reading.</numerusform>
            <numerusform>The listing is longer than %n pages; TokenDesk stopped reading.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::GitLabTransport</name>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 did not answer within %n second.</numerusform>
            <numerusform>%1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>GitLab is limiting requests (429 Too Many Requests) longer than TokenDesk waits. Try again in %n second(s).</source>
        <translation>
            <numerusform>GitLab is limiting requests (429 Too Many Requests) longer than TokenDesk waits. Try again in %n second.</numerusform>
            <numerusform>GitLab is limiting requests (429 Too Many Requests) longer than TokenDesk waits. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>GitLab is limiting requests (429 Too Many Requests); nothing was changed. Try again in %n second(s).</source>
        <translation>
            <numerusform>GitLab is limiting requests (429 Too Many Requests); nothing was changed. Try again in %n second.</numerusform>
            <numerusform>GitLab is limiting requests (429 Too Many Requests); nothing was changed. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::InventoryWindow</name>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n user(s).</source>
        <translation>
            <numerusform>of %n user.</numerusform>
            <numerusform>of %n users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n token(s)</source>
        <translation>
            <numerusform>Revoke %n token</numerusform>
            <numerusform>Revoke %n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n user(s)?</source>
        <translation>
            <numerusform>of %n user?</numerusform>
            <numerusform>of %n users?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n token(s)…</source>
        <translation>
            <numerusform>Revoking %n token…</numerusform>
            <numerusform>Revoking %n tokens…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) revoked</source>
        <translation>
            <numerusform>%n token revoked</numerusform>
            <numerusform>%n tokens revoked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not revoked.</source>
        <translation>
            <numerusform>%n not revoked.</numerusform>
            <numerusform>%n not revoked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::ResourceChooser</name>
    <message numerus="yes">
        <source>%n group(s) and project(s) match &quot;%1&quot;: choose one from the list.</source>
        <translation>
            <numerusform>%n group and project match &quot;%1&quot;: choose one from the list.</numerusform>
            <numerusform>%n groups and projects match &quot;%1&quot;: choose one from the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::ResourceOverviewPage</name>
    <message numerus="yes">
        <source>%n group(s) and project(s) read.</source>
        <translation>
            <numerusform>%n group and project read.</numerusform>
            <numerusform>%n groups and projects read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not read the tokens of %n group(s) or project(s):</source>
        <translation>
            <numerusform>Could not read the tokens of %n group or project:</numerusform>
            <numerusform>Could not read the tokens of %n groups or projects:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No group or project token expires within %n day(s).</source>
        <translation>
            <numerusform>No group or project token expires within %n day.</numerusform>
            <numerusform>No group or project token expires within %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::SecretDialog</name>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied. The clipboard will be cleared in %n second.</numerusform>
            <numerusform>Copied. The clipboard will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::TokenActionsController</name>
    <message numerus="yes">
        <source>Copied the token &apos;%1&apos; from the keychain. The clipboard will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied the token &apos;%1&apos; from the keychain. The clipboard will be cleared in %n second.</numerusform>
            <numerusform>Copied the token &apos;%1&apos; from the keychain. The clipboard will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message numerus="yes">
        <source>Expiration date must be %1 or earlier (at most %n day(s) ahead).</source>
        <translation>
            <numerusform>Expiration date must be %1 or earlier (at most %n day ahead).</numerusform>
            <numerusform>Expiration date must be %1 or earlier (at most %n days ahead).</numerusform>
        </translation>
    </message>
</context>
</TS>
