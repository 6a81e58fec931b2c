<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
