<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AccessLevels</name>
        <message>
            <source>Guest</source>
            <translation>访客</translation>
        </message>
        <message>
            <source>Planner</source>
            <translation>计划者</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>报告者</translation>
        </message>
        <message>
            <source>Developer</source>
            <translation>开发者</translation>
        </message>
        <message>
            <source>Maintainer</source>
            <translation>维护者</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>所有者</translation>
        </message>
        <message>
            <source>Role %1</source>
            <translation>角色 %1</translation>
        </message>
    </context>
    <context>
        <name>AllResourcesListing</name>
        <message>
            <source>group</source>
            <translation>群组</translation>
        </message>
        <message>
            <source>project</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Reading access tokens: %1 of %2 groups and projects</source>
            <translation>正在读取访问令牌：%1/%2 个群组和项目</translation>
        </message>
        <message>
            <source>interrupted; nothing was listed.</source>
            <translation>已中断；未列出任何内容。</translation>
        </message>
        <message>
            <source>could not read the access tokens of %1 %2: %3</source>
            <translation>无法读取 %1 %2 的访问令牌：%3</translation>
        </message>
        <message numerus="yes">
            <source>the listing is incomplete: %n of %1 groups and projects could not be read.</source>
            <translation>
                <numerusform>列表不完整：%1 个群组和项目中有 %n 个无法读取。</numerusform>
            </translation>
        </message>
        <message>
            <source>No group or project access tokens expire before %1.</source>
            <translation>没有在 %1 之前到期的群组或项目访问令牌。</translation>
        </message>
        <message>
            <source>No active group or project access tokens.</source>
            <translation>没有有效的群组或项目访问令牌。</translation>
        </message>
        <message>
            <source>never</source>
            <translation>从不</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>KIND</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>RESOURCE</source>
            <translation>资源</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>ROLE</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>SCOPES</source>
            <translation>范围</translation>
        </message>
        <message>
            <source>EXPIRES</source>
            <translation>到期</translation>
        </message>
        <message>
            <source>LAST USED</source>
            <translation>上次使用</translation>
        </message>
        <message>
            <source>KEYCHAIN</source>
            <translation>钥匙串</translation>
        </message>
    </context>
    <context>
        <name>CalendarCommand</name>
        <message>
            <source>Write the calendar to FILE (replaced whole, or left as it was when writing fails) instead of standard output.</source>
            <translation>将日历写入 FILE（整体替换；写入失败时保持原样），而不是标准输出。</translation>
        </message>
        <message>
            <source>Write the expiry date of every active token as an iCalendar (.ics) file, with reminders.</source>
            <translation>将每个有效令牌的到期日期写入 iCalendar (.ics) 文件，并附带提醒。</translation>
        </message>
        <message>
            <source>Reads the local store and every connected GitLab account, or only the place --store, --demo or --gitlab names. Each token that expires gets an all-day event on its expiry date (it stops working at 00:00 UTC that day) with an alarm at each reminder threshold (Preferences, or reminders.conf); revoked and expired tokens are left out. An event keeps its UID across exports, so importing a newer file updates the events instead of adding copies.
Exit status: 0 when every place was read; 1 when one could not be (each is named on standard error): the calendar is still written, with the tokens of the places that were read; when no place could be read nothing is written.
</source>
            <translation>读取本地存储和每个已连接的 GitLab 账户，或只读取 --store、--demo 或 --gitlab 指定的位置。每个会到期的令牌在其到期日期得到一个全天事件（令牌在当天 00:00 UTC 失效），并在每个提醒阈值（首选项或 reminders.conf）设置一个闹钟；已撤销和已过期的令牌不包括在内。事件在多次导出之间保持相同的 UID，因此导入较新的文件会更新事件，而不会添加副本。
退出状态：所有位置都已读取时为 0；有位置无法读取时为 1（每个位置都会在标准错误中列出）：日历仍会写入，包含已读取位置的令牌；没有任何位置可读取时不写入任何内容。
</translation>
        </message>
        <message>
            <source>--output needs a file name.</source>
            <translation>--output 需要一个文件名。</translation>
        </message>
        <message>
            <source>could not read %1</source>
            <translation>无法读取 %1</translation>
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
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
    </context>
    <context>
        <name>CliPrinter</name>
        <message>
            <source>revoked</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>已过期</translation>
        </message>
        <message>
            <source>active</source>
            <translation>有效</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>群组</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>范围</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>上次使用</translation>
        </message>
        <message>
            <source>never</source>
            <translation>从不</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>到期</translation>
        </message>
        <message>
            <source>%1 (at 00:00 UTC)</source>
            <translation>%1（00:00 UTC）</translation>
        </message>
        <message>
            <source>Bot user ID</source>
            <translation>机器人用户 ID</translation>
        </message>
        <message>
            <source>User ID</source>
            <translation>用户 ID</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>所有者</translation>
        </message>
        <message>
            <source>Used from</source>
            <translation>使用来源</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>What the scopes allow:</source>
            <translation>各范围允许的操作：</translation>
        </message>
    </context>
    <context>
        <name>Command</name>
        <message>
            <source>The token's ID, a positive whole number.</source>
            <translation>令牌的 ID，一个正整数。</translation>
        </message>
        <message>
            <source>%1 takes no arguments.</source>
            <translation>%1 不接受参数。</translation>
        </message>
        <message>
            <source>%1 needs exactly one token ID.</source>
            <translation>%1 需要且只需要一个令牌 ID。</translation>
        </message>
        <message>
            <source>the token ID must be a positive whole number, or 'self'.</source>
            <translation>令牌 ID 必须是正整数或 'self'。</translation>
        </message>
        <message>
            <source>the token ID must be a positive whole number.</source>
            <translation>令牌 ID 必须是正整数。</translation>
        </message>
        <message>
            <source>'self' names the GitLab access token in use; it needs --gitlab URL.</source>
            <translation>'self' 表示当前使用的 GitLab 访问令牌；它需要 --gitlab URL。</translation>
        </message>
        <message>
            <source>'self' names your own access token in use, not one of a group or project; leave out --group and --project.</source>
            <translation>'self' 表示您当前使用的自己的访问令牌，而不是群组或项目的令牌；请去掉 --group 和 --project。</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>Use the store database at PATH (default: $TOKENDESK_STORE, else the default store).</source>
            <translation>使用 PATH 处的存储数据库（默认：$TOKENDESK_STORE，否则为默认存储）。</translation>
        </message>
        <message>
            <source>Use the separate offline demo store.</source>
            <translation>使用独立的离线演示存储。</translation>
        </message>
        <message>
            <source>Work on the GitLab instance at URL (default: $GITLAB_HOST; https:// unless given). The access token comes from $GITLAB_TOKEN, --token-file, or the keychain of a connected account.</source>
            <translation>在 URL 处的 GitLab 实例上操作（默认：$GITLAB_HOST；未指定时使用 https://）。访问令牌来自 $GITLAB_TOKEN、--token-file 或已连接账户的钥匙串。</translation>
        </message>
        <message>
            <source>Read the GitLab access token from the first line of FILE.</source>
            <translation>从 FILE 的第一行读取 GitLab 访问令牌。</translation>
        </message>
        <message>
            <source>The connected GitLab account whose access token the keychain holds, when there are several.</source>
            <translation>有多个账户时，指定其访问令牌保存在钥匙串中的已连接 GitLab 账户。</translation>
        </message>
        <message>
            <source>Also trust the certificate authorities in this PEM file.</source>
            <translation>另外信任此 PEM 文件中的证书颁发机构。</translation>
        </message>
        <message>
            <source>Give up on a GitLab request that stalls this long (default: 30).</source>
            <translation>GitLab 请求停滞超过此时长（秒）时放弃（默认：30）。</translation>
        </message>
        <message>
            <source>Work on the access tokens of this group (its numeric ID or full path, such as acme/platform) instead of your own.</source>
            <translation>操作此群组（数字 ID 或完整路径，例如 acme/platform）的访问令牌，而不是您自己的。</translation>
        </message>
        <message>
            <source>Work on the access tokens of this project (its numeric ID or full path, such as acme/web) instead of your own.</source>
            <translation>操作此项目（数字 ID 或完整路径，例如 acme/web）的访问令牌，而不是您自己的。</translation>
        </message>
        <message>
            <source>Print one JSON document with GitLab's field names.</source>
            <translation>输出一个使用 GitLab 字段名的 JSON 文档。</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>显示此帮助。</translation>
        </message>
        <message>
            <source>Show the version.</source>
            <translation>显示版本。</translation>
        </message>
        <message>
            <source>[hidden]</source>
            <translation>[隐藏]</translation>
        </message>
        <message>
            <source>Manage GitLab personal, group and project access tokens from scripts and the terminal.</source>
            <translation>从脚本和终端管理 GitLab 个人、群组和项目访问令牌。</translation>
        </message>
        <message>
            <source>The command to run (see below).</source>
            <translation>要运行的命令（见下文）。</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>命令：</translation>
        </message>
        <message>
            <source>Run '%1 COMMAND --help' for a command's options. With --group or --project the token commands work on that group's or project's access tokens. Exit codes: 0 done, 1 failure (store, server, network), 2 usage or validation error (nothing changed), 3 authentication or permission refused (also: you lack the role on the group or project), 4 not found (also: no such group or project), 5 secret not printed (control characters), 6 listing incomplete (some groups or projects could not be read), 130 interrupted.</source>
            <translation>运行 '%1 COMMAND --help' 查看命令的选项。使用 --group 或 --project 时，令牌命令操作该群组或项目的访问令牌。退出代码：0 完成，1 失败（存储、服务器、网络），2 用法或验证错误（未做任何更改），3 身份验证或权限被拒绝（也包括：您在该群组或项目中没有所需角色），4 未找到（也包括：没有该群组或项目），5 未输出密钥（含控制字符），6 列表不完整（部分群组或项目无法读取），130 已中断。</translation>
        </message>
        <message>
            <source>no command given; run '%1 --help' for the list of commands.</source>
            <translation>未指定命令；运行 '%1 --help' 查看命令列表。</translation>
        </message>
        <message>
            <source>unknown command '%1'; run '%2 --help' for the list of commands.</source>
            <translation>未知命令 '%1'；运行 '%2 --help' 查看命令列表。</translation>
        </message>
        <message>
            <source>--%1 given more than once.</source>
            <translation>--%1 指定了多次。</translation>
        </message>
        <message>
            <source>--store needs a file path.</source>
            <translation>--store 需要一个文件路径。</translation>
        </message>
        <message>
            <source>--store and --demo cannot be used together.</source>
            <translation>--store 和 --demo 不能同时使用。</translation>
        </message>
        <message>
            <source>--gitlab cannot be used with --store or --demo.</source>
            <translation>--gitlab 不能与 --store 或 --demo 一起使用。</translation>
        </message>
        <message>
            <source>--gitlab needs the instance URL, such as https://gitlab.example.com.</source>
            <translation>--gitlab 需要实例 URL，例如 https://gitlab.example.com。</translation>
        </message>
        <message>
            <source>--timeout must be a number of seconds between 0 and 3600, such as 30.</source>
            <translation>--timeout 必须是 0 到 3600 之间的秒数，例如 30。</translation>
        </message>
        <message>
            <source>--token-file, --user, --ca-file and --timeout need --gitlab URL (or $GITLAB_HOST).</source>
            <translation>--token-file、--user、--ca-file 和 --timeout 需要 --gitlab URL（或 $GITLAB_HOST）。</translation>
        </message>
        <message>
            <source>--group and --project cannot be used together.</source>
            <translation>--group 和 --project 不能同时使用。</translation>
        </message>
        <message>
            <source>--%1 needs the numeric ID or the full path, such as 42 or acme/web.</source>
            <translation>--%1 需要数字 ID 或完整路径，例如 42 或 acme/web。</translation>
        </message>
        <message>
            <source>%1 does not work on a group's or project's tokens; leave out --%2.</source>
            <translation>%1 不适用于群组或项目的令牌；请去掉 --%2。</translation>
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
            <translation>命令</translation>
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
            <translation>[y/N]</translation>
        </message>
        <message>
            <source>y</source>
            <translation>y</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
    </context>
    <context>
        <name>Confirmations</name>
        <message>
            <source>Revoke token</source>
            <translation>撤销令牌</translation>
        </message>
        <message>
            <source>Revoke the token '%1'?</source>
            <translation>撤销令牌“%1”？</translation>
        </message>
        <message>
            <source>Scripts and applications that use it lose access at once. This cannot be undone.</source>
            <translation>使用它的脚本和应用程序将立即失去访问权限。此操作无法撤消。</translation>
        </message>
        <message>
            <source>This is the token TokenDesk signs in with to %1. Revoking it disconnects TokenDesk from this account; to come back, connect again with another token. This cannot be undone.</source>
            <translation>这是 TokenDesk 用于登录 %1 的令牌。撤销它会使 TokenDesk 与此账户断开连接；如需恢复，请使用另一个令牌重新连接。此操作无法撤消。</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Also delete the saved secret from the keychain</source>
            <translation>同时从钥匙串中删除已保存的密钥</translation>
        </message>
        <message>
            <source>Rotate token</source>
            <translation>轮换令牌</translation>
        </message>
        <message>
            <source>Rotate the token '%1'?</source>
            <translation>轮换令牌“%1”？</translation>
        </message>
        <message>
            <source>Its secret stops working at once. A new token with the same name and scopes replaces it, expiring on %1; its secret is shown once.</source>
            <translation>其密钥将立即失效。一个名称和范围相同、于 %1 到期的新令牌将取代它；新令牌的密钥仅显示一次。</translation>
        </message>
        <message>
            <source>Rotate</source>
            <translation>轮换</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <source>Connect to GitLab</source>
            <translation>连接到 GitLab</translation>
        </message>
        <message>
            <source>TokenDesk signs in to GitLab with a personal access token of yours. It keeps that token in the system keychain only.</source>
            <translation>TokenDesk 使用您的一个个人访问令牌登录 GitLab。该令牌只保存在系统钥匙串中。</translation>
        </message>
        <message>
            <source>&amp;Instance URL</source>
            <translation>实例 URL(&amp;I)</translation>
        </message>
        <message>
            <source>Instance URL</source>
            <translation>实例 URL</translation>
        </message>
        <message>
            <source>Access &amp;token</source>
            <translation>访问令牌(&amp;T)</translation>
        </message>
        <message>
            <source>Access token</source>
            <translation>访问令牌</translation>
        </message>
        <message>
            <source>A&amp;dd as a new account</source>
            <translation>添加为新账户(&amp;D)</translation>
        </message>
        <message>
            <source>Create a token for TokenDesk</source>
            <translation>为 TokenDesk 创建令牌</translation>
        </message>
        <message>
            <source>&amp;Advanced</source>
            <translation>高级(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;CA certificate file</source>
            <translation>CA 证书文件(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <source>T&amp;imeout</source>
            <translation>超时(&amp;I)</translation>
        </message>
        <message>
            <source>Connected account</source>
            <translation>已连接账户</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <source>Token scopes</source>
            <translation>令牌范围</translation>
        </message>
        <message>
            <source>Token expires</source>
            <translation>令牌到期</translation>
        </message>
        <message>
            <source>GitLab version</source>
            <translation>GitLab 版本</translation>
        </message>
    </context>
    <context>
        <name>CreateCommand</name>
        <message>
            <source>The token's name (required).</source>
            <translation>令牌的名称（必填）。</translation>
        </message>
        <message>
            <source>What the token is for.</source>
            <translation>令牌的用途。</translation>
        </message>
        <message>
            <source>Expiration date in UTC, from tomorrow to a year ahead (default: 30 days ahead).</source>
            <translation>到期日期（UTC），从明天起到一年以内（默认：30 天后）。</translation>
        </message>
        <message>
            <source>A scope to grant; repeat for several (see 'scopes').</source>
            <translation>要授予的范围；可重复指定多个（参见 'scopes'）。</translation>
        </message>
        <message>
            <source>GitLab administrators: create the token for the user with this ID.</source>
            <translation>GitLab 管理员：为具有此 ID 的用户创建令牌。</translation>
        </message>
        <message>
            <source>With --group or --project: the token's role, one of guest, planner, reporter, developer, maintainer, owner, or its number (default: maintainer).</source>
            <translation>与 --group 或 --project 一起使用：令牌的角色，可为 guest、planner、reporter、developer、maintainer、owner 之一，或其数字（默认：maintainer）。</translation>
        </message>
        <message>
            <source>Save the new secret in the system keychain.</source>
            <translation>将新密钥保存到系统钥匙串中。</translation>
        </message>
        <message>
            <source>With --keychain: do not print the secret (it is printed anyway when saving fails).</source>
            <translation>与 --keychain 一起使用：不输出密钥（保存失败时仍会输出）。</translation>
        </message>
        <message>
            <source>Create a token and print its secret once.</source>
            <translation>创建令牌并输出其密钥（仅一次）。</translation>
        </message>
        <message>
            <source>create needs --name NAME.</source>
            <translation>create 需要 --name NAME。</translation>
        </message>
        <message>
            <source>create needs at least one --scope SCOPE (see '%1 scopes').</source>
            <translation>create 至少需要一个 --scope SCOPE（参见 '%1 scopes'）。</translation>
        </message>
        <message>
            <source>unknown scope '%1'; run '%2 scopes' for the list.</source>
            <translation>未知范围 '%1'；运行 '%2 scopes' 查看列表。</translation>
        </message>
        <message>
            <source>group and project access tokens cannot have the scope '%1'; run '%2 --%3 %4 scopes' for those they can have.</source>
            <translation>群组和项目访问令牌不能拥有范围 '%1'；运行 '%2 --%3 %4 scopes' 查看它们可以拥有的范围。</translation>
        </message>
        <message>
            <source>--access-level is the role of a group or project access token; it needs --group or --project.</source>
            <translation>--access-level 是群组或项目访问令牌的角色；它需要 --group 或 --project。</translation>
        </message>
        <message>
            <source>unknown role '%1' for --access-level; use guest, planner, reporter, developer, maintainer, owner, or 10, 15, 20, 30, 40, 50.</source>
            <translation>--access-level 的角色 '%1' 未知；请使用 guest、planner、reporter、developer、maintainer、owner，或 10、15、20、30、40、50。</translation>
        </message>
        <message>
            <source>--user-id must be a positive whole number.</source>
            <translation>--user-id 必须是正整数。</translation>
        </message>
        <message>
            <source>--user-id needs --gitlab URL.</source>
            <translation>--user-id 需要 --gitlab URL。</translation>
        </message>
        <message>
            <source>--user-id creates a personal token for another user; it cannot be used with --group or --project.</source>
            <translation>--user-id 会为另一个用户创建个人令牌；它不能与 --group 或 --project 一起使用。</translation>
        </message>
        <message>
            <source>--expires must be a date written YYYY-MM-DD, such as 2026-12-31.</source>
            <translation>--expires 必须是 YYYY-MM-DD 格式的日期，例如 2026-12-31。</translation>
        </message>
        <message>
            <source>--quiet needs --keychain: without it the secret would be lost.</source>
            <translation>--quiet 需要 --keychain：否则密钥将会丢失。</translation>
        </message>
        <message>
            <source>Created token %1 "%2".</source>
            <translation>已创建令牌 %1“%2”。</translation>
        </message>
        <message>
            <source>Created access token %1 "%2" of the group %3.</source>
            <translation>已创建群组 %3 的访问令牌 %1“%2”。</translation>
        </message>
        <message>
            <source>Created access token %1 "%2" of the project %3.</source>
            <translation>已创建项目 %3 的访问令牌 %1“%2”。</translation>
        </message>
        <message>
            <source>Nothing was created.</source>
            <translation>未创建任何内容。</translation>
        </message>
        <message>
            <source>Create it on GitLab's own page, prefilled: %1</source>
            <translation>在 GitLab 自己的页面上创建（已预填）：%1</translation>
        </message>
        <message>
            <source>Then check the new token with: %1 --gitlab %2 verify &lt; FILE</source>
            <translation>然后用以下命令检查新令牌：%1 --gitlab %2 verify &lt; FILE</translation>
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
            <translation>令牌仅显示这一次；请立即妥善保存。</translation>
        </message>
        <message>
            <source>the secret of token %1 could not be saved in the keychain either: %2</source>
            <translation>令牌 %1 的密钥也无法保存到钥匙串：%2</translation>
        </message>
        <message>
            <source>token %1 has a new secret (printed above; store it safely now), but it could not be saved in the keychain: %2</source>
            <translation>令牌 %1 已有新密钥（已在上方输出；请立即妥善保存），但无法保存到钥匙串：%2</translation>
        </message>
        <message>
            <source>%1: the secret of token %2 is saved in the keychain; '%1 secret %2' prints it.</source>
            <translation>%1：令牌 %2 的密钥已保存在钥匙串中；'%1 secret %2' 可输出它。</translation>
        </message>
    </context>
    <context>
        <name>DateFilterOptions</name>
        <message>
            <source>Only tokens created before this day (UTC).</source>
            <translation>仅限此日（UTC）之前创建的令牌。</translation>
        </message>
        <message>
            <source>Only tokens created on or after this day (UTC).</source>
            <translation>仅限此日（UTC）当天或之后创建的令牌。</translation>
        </message>
        <message>
            <source>Only tokens that expire before this date.</source>
            <translation>仅限此日期之前到期的令牌。</translation>
        </message>
        <message>
            <source>Only tokens that expire on or after this date.</source>
            <translation>仅限此日期当天或之后到期的令牌。</translation>
        </message>
        <message>
            <source>Only tokens last used before this day (UTC).</source>
            <translation>仅限此日（UTC）之前上次使用的令牌。</translation>
        </message>
        <message>
            <source>Only tokens last used on or after this day (UTC).</source>
            <translation>仅限此日（UTC）当天或之后上次使用的令牌。</translation>
        </message>
        <message>
            <source>--%1 must be a date written YYYY-MM-DD, such as 2026-12-31.</source>
            <translation>--%1 必须是 YYYY-MM-DD 格式的日期，例如 2026-12-31。</translation>
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
            <translation>CI 部署</translation>
        </message>
        <message>
            <source>Deploys main to staging from the CI pipeline.</source>
            <translation>从 CI 流水线将 main 部署到预发布环境。</translation>
        </message>
        <message>
            <source>Release bot</source>
            <translation>发布机器人</translation>
        </message>
        <message>
            <source>Tags releases and uploads packages.</source>
            <translation>为发布打标签并上传软件包。</translation>
        </message>
        <message>
            <source>Old laptop</source>
            <translation>旧笔记本电脑</translation>
        </message>
        <message>
            <source>Git over HTTPS from the laptop that was replaced.</source>
            <translation>从已被替换的笔记本电脑通过 HTTPS 使用 Git。</translation>
        </message>
        <message>
            <source>Container registry</source>
            <translation>容器镜像库</translation>
        </message>
        <message>
            <source>Pushes images from the build server.</source>
            <translation>从构建服务器推送镜像。</translation>
        </message>
        <message>
            <source>Grafana dashboards</source>
            <translation>Grafana 仪表板</translation>
        </message>
        <message>
            <source>Reads pipeline and issue statistics.</source>
            <translation>读取流水线和议题统计数据。</translation>
        </message>
        <message>
            <source>Kubernetes agent</source>
            <translation>Kubernetes 代理</translation>
        </message>
        <message>
            <source>Cluster access for the deploy jobs.</source>
            <translation>部署作业的集群访问。</translation>
        </message>
        <message>
            <source>Backup script</source>
            <translation>备份脚本</translation>
        </message>
        <message>
            <source>Nightly mirror of every repository.</source>
            <translation>每晚镜像所有仓库。</translation>
        </message>
        <message>
            <source>Editor assistant</source>
            <translation>编辑器助手</translation>
        </message>
        <message>
            <source>GitLab Duo in the code editor.</source>
            <translation>代码编辑器中的 GitLab Duo。</translation>
        </message>
        <message>
            <source>Laptop git</source>
            <translation>笔记本电脑 git</translation>
        </message>
        <message>
            <source>Issue importer</source>
            <translation>议题导入器</translation>
        </message>
        <message>
            <source>Old sudo script</source>
            <translation>旧的 sudo 脚本</translation>
        </message>
        <message>
            <source>Metrics exporter</source>
            <translation>指标导出器</translation>
        </message>
        <message>
            <source>Deploy script</source>
            <translation>部署脚本</translation>
        </message>
        <message>
            <source>Never used</source>
            <translation>从未使用</translation>
        </message>
        <message>
            <source>Registry push</source>
            <translation>镜像库推送</translation>
        </message>
        <message>
            <source>Duo in the editor</source>
            <translation>编辑器中的 Duo</translation>
        </message>
        <message>
            <source>Acme</source>
            <translation>Acme</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>平台</translation>
        </message>
        <message>
            <source>API</source>
            <translation>API</translation>
        </message>
        <message>
            <source>Web shop</source>
            <translation>网上商店</translation>
        </message>
        <message>
            <source>Infrastructure</source>
            <translation>基础设施</translation>
        </message>
        <message>
            <source>Terraform</source>
            <translation>Terraform</translation>
        </message>
        <message>
            <source>Handbook</source>
            <translation>手册</translation>
        </message>
        <message>
            <source>Design guild</source>
            <translation>设计公会</translation>
        </message>
        <message>
            <source>Icons</source>
            <translation>图标</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>社区</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>网站</translation>
        </message>
        <message>
            <source>Runner fleet</source>
            <translation>Runner 集群</translation>
        </message>
        <message>
            <source>Registers the shared CI runners.</source>
            <translation>注册共享的 CI Runner。</translation>
        </message>
        <message>
            <source>Dependency updates</source>
            <translation>依赖项更新</translation>
        </message>
        <message>
            <source>Opens merge requests for outdated dependencies.</source>
            <translation>为过时的依赖项创建合并请求。</translation>
        </message>
        <message>
            <source>Platform audit</source>
            <translation>平台审计</translation>
        </message>
        <message>
            <source>Reads every project's settings each night.</source>
            <translation>每晚读取所有项目的设置。</translation>
        </message>
        <message>
            <source>Release pipeline</source>
            <translation>发布流水线</translation>
        </message>
        <message>
            <source>Tags releases and pushes the changelog.</source>
            <translation>为发布打标签并推送变更日志。</translation>
        </message>
        <message>
            <source>Staging deploy</source>
            <translation>预发布部署</translation>
        </message>
        <message>
            <source>Deploys every merge to staging.</source>
            <translation>将每次合并部署到预发布环境。</translation>
        </message>
        <message>
            <source>Preview environments</source>
            <translation>预览环境</translation>
        </message>
        <message>
            <source>Builds a preview of every merge request.</source>
            <translation>为每个合并请求构建预览。</translation>
        </message>
        <message>
            <source>Image registry</source>
            <translation>镜像库</translation>
        </message>
        <message>
            <source>Pushes the shop's container images.</source>
            <translation>推送商店的容器镜像。</translation>
        </message>
        <message>
            <source>Terraform state</source>
            <translation>Terraform 状态</translation>
        </message>
        <message>
            <source>Keeps the Terraform state in the project.</source>
            <translation>将 Terraform 状态保存在项目中。</translation>
        </message>
        <message>
            <source>Docs publisher</source>
            <translation>文档发布器</translation>
        </message>
        <message>
            <source>Publishes the handbook to the intranet.</source>
            <translation>将手册发布到内网。</translation>
        </message>
        <message>
            <source>Spell checker</source>
            <translation>拼写检查器</translation>
        </message>
        <message>
            <source>Comments on spelling in merge requests.</source>
            <translation>在合并请求中评论拼写问题。</translation>
        </message>
        <message>
            <source>Icon export</source>
            <translation>图标导出</translation>
        </message>
        <message>
            <source>Exports the icon set for the apps.</source>
            <translation>为各应用导出图标集。</translation>
        </message>
        <message>
            <source>Guild automation</source>
            <translation>公会自动化</translation>
        </message>
        <message>
            <source>Only an owner of the guild can see this one.</source>
            <translation>只有公会的所有者才能看到此令牌。</translation>
        </message>
        <message>
            <source>Site deploy</source>
            <translation>网站部署</translation>
        </message>
        <message>
            <source>Only a maintainer of the website can see this one.</source>
            <translation>只有网站的维护者才能看到此令牌。</translation>
        </message>
    </context>
    <context>
        <name>ExpiryCalendar</name>
        <message>
            <source>GitLab token “%1” stopped working today at 00:00 UTC.</source>
            <translation>GitLab 令牌“%1”已于今天 00:00 UTC 失效。</translation>
        </message>
        <message>
            <source>GitLab token “%1” stops working tomorrow at 00:00 UTC: today is its last day.</source>
            <translation>GitLab 令牌“%1”将于明天 00:00 UTC 失效：今天是其最后一天。</translation>
        </message>
        <message numerus="yes">
            <source>GitLab token “%1” stops working in %n day(s).</source>
            <translation>
                <numerusform>GitLab 令牌“%1”将在 %n 天后失效。</numerusform>
            </translation>
        </message>
        <message>
            <source>GitLab token expiry</source>
            <translation>GitLab 令牌到期</translation>
        </message>
        <message>
            <source>GitLab token “%1” expires</source>
            <translation>GitLab 令牌“%1”到期</translation>
        </message>
        <message>
            <source>GitLab token “%1” of %2 expires</source>
            <translation>%2 的 GitLab 令牌“%1”到期</translation>
        </message>
        <message>
            <source>Account: %1</source>
            <translation>账户：%1</translation>
        </message>
        <message>
            <source>Group: %1</source>
            <translation>群组：%1</translation>
        </message>
        <message>
            <source>Project: %1</source>
            <translation>项目：%1</translation>
        </message>
        <message>
            <source>Token: %1 (ID %2)</source>
            <translation>令牌：%1（ID %2）</translation>
        </message>
        <message>
            <source>Scopes: %1</source>
            <translation>范围：%1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>It stops working on %1 at 00:00 UTC. Rotate it in TokenDesk before then.</source>
            <translation>它将于 %1 00:00 UTC 失效。请在此之前在 TokenDesk 中轮换它。</translation>
        </message>
    </context>
    <context>
        <name>ExpiryCheck</name>
        <message>
            <source>The groups and projects could not be listed: %1</source>
            <translation>无法列出群组和项目：%1</translation>
        </message>
        <message>
            <source>The access tokens of the group %1 could not be read: %2</source>
            <translation>无法读取群组 %1 的访问令牌：%2</translation>
        </message>
        <message>
            <source>The access tokens of the project %1 could not be read: %2</source>
            <translation>无法读取项目 %1 的访问令牌：%2</translation>
        </message>
        <message>
            <source>There is nothing to read at %1.</source>
            <translation>%1 处没有可读取的内容。</translation>
        </message>
        <message>
            <source>Offline store · %1</source>
            <translation>离线存储 · %1</translation>
        </message>
    </context>
    <context>
        <name>ForgetCommand</name>
        <message>
            <source>Delete the token's secret from the keychain (the token stays valid).</source>
            <translation>从钥匙串中删除令牌的密钥（令牌仍然有效）。</translation>
        </message>
        <message>
            <source>no secret was left in the keychain for token %1 (it was deleted elsewhere); TokenDesk no longer lists it as saved.</source>
            <translation>钥匙串中已没有令牌 %1 的密钥（已在别处删除）；TokenDesk 不再将其列为已保存。</translation>
        </message>
        <message>
            <source>Deleted the secret of token %1 from the keychain.</source>
            <translation>已从钥匙串中删除令牌 %1 的密钥。</translation>
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
            <translation>列出 git 可以使用已保存令牌的主机。</translation>
        </message>
        <message>
            <source>git uses no saved token for any host.</source>
            <translation>git 不对任何主机使用已保存的令牌。</translation>
        </message>
        <message>
            <source>HOST</source>
            <translation>主机</translation>
        </message>
        <message>
            <source>TOKEN</source>
            <translation>令牌</translation>
        </message>
        <message>
            <source>USER NAME</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>BACKEND</source>
            <translation>后端</translation>
        </message>
    </context>
    <context>
        <name>GitLabLostReplies</name>
        <message>
            <source>The server did not answer the request to create "%1", and TokenDesk did not send it again.</source>
            <translation>服务器未响应创建“%1”的请求，TokenDesk 没有重新发送。</translation>
        </message>
        <message>
            <source>Re-reading the token list failed too (%1), so it is unknown whether the token was created. Check the list before trying again.</source>
            <translation>重新读取令牌列表也失败了（%1），因此无法确定令牌是否已创建。请先检查列表再重试。</translation>
        </message>
        <message>
            <source>It is unknown whether the token was created; check the list before trying again.</source>
            <translation>无法确定令牌是否已创建；请先检查列表再重试。</translation>
        </message>
        <message>
            <source>The token list was re-read: the token was not created. You can try again.</source>
            <translation>已重新读取令牌列表：令牌未被创建。您可以重试。</translation>
        </message>
        <message>
            <source>The token list was re-read: a token named "%1" now exists (id %2), but its secret never arrived. Revoke it and create a new one if you need the secret.</source>
            <translation>已重新读取令牌列表：现在存在一个名为“%1”的令牌（id %2），但其密钥一直未收到。如果需要密钥，请撤销它并创建一个新令牌。</translation>
        </message>
        <message>
            <source>The server did not answer the request to rotate token %1, and TokenDesk did not send it again (a repeated rotation would make GitLab revoke the whole token family).</source>
            <translation>服务器未响应轮换令牌 %1 的请求，TokenDesk 没有重新发送（重复轮换会使 GitLab 撤销整个令牌系列）。</translation>
        </message>
        <message>
            <source>The access token no longer works: it was probably rotated and the new secret was lost. Connect again with a new access token.</source>
            <translation>访问令牌已失效：它可能已被轮换，而新密钥丢失了。请使用新的访问令牌重新连接。</translation>
        </message>
        <message>
            <source>Re-reading the token failed too (%1); check the token list before doing anything else.</source>
            <translation>重新读取令牌也失败了（%1）；在进行其他操作之前，请先检查令牌列表。</translation>
        </message>
        <message>
            <source>Check the token list.</source>
            <translation>请检查令牌列表。</translation>
        </message>
        <message>
            <source>The token list was re-read: the token was not rotated and still works. You can rotate it again.</source>
            <translation>已重新读取令牌列表：令牌未被轮换，仍然有效。您可以再次轮换它。</translation>
        </message>
        <message>
            <source>The token list was re-read: the token was rotated (the old one is revoked), but the new secret never arrived. Rotate the new token "%1" to get a secret; do not rotate the old one again.</source>
            <translation>已重新读取令牌列表：令牌已被轮换（旧令牌已撤销），但新密钥一直未收到。请轮换新令牌“%1”以获取密钥；不要再次轮换旧令牌。</translation>
        </message>
        <message>
            <source>The server did not answer the request to revoke token %1, and TokenDesk did not send it again.</source>
            <translation>服务器未响应撤销令牌 %1 的请求，TokenDesk 没有重新发送。</translation>
        </message>
        <message>
            <source>The access token no longer works, so it was revoked.</source>
            <translation>访问令牌已失效，因此它已被撤销。</translation>
        </message>
        <message>
            <source>Re-reading the token failed too (%1); check the token list.</source>
            <translation>重新读取令牌也失败了（%1）；请检查令牌列表。</translation>
        </message>
        <message>
            <source>The token list was re-read: the token is now revoked.</source>
            <translation>已重新读取令牌列表：令牌现已撤销。</translation>
        </message>
        <message>
            <source>The token list was re-read: the token was not revoked and still works. You can revoke it again.</source>
            <translation>已重新读取令牌列表：令牌未被撤销，仍然有效。您可以再次撤销它。</translation>
        </message>
    </context>
    <context>
        <name>GitLabParser</name>
        <message>
            <source>The server sent a reply that is not what GitLab sends (not the expected JSON). Check the instance URL, or try again later.</source>
            <translation>服务器发送的回复不是 GitLab 会发送的内容（不是预期的 JSON）。请检查实例 URL，或稍后重试。</translation>
        </message>
        <message>
            <source>Token name</source>
            <translation>令牌名称</translation>
        </message>
        <message>
            <source>Token description</source>
            <translation>令牌描述</translation>
        </message>
        <message>
            <source>Expiration date</source>
            <translation>到期日期</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>范围</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>GitLab refused the access token: it is invalid, expired or revoked. Reconnect with a valid token.</source>
            <translation>GitLab 拒绝了访问令牌：它无效、已过期或已撤销。请使用有效的令牌重新连接。</translation>
        </message>
        <message>
            <source>(GitLab says: %1)</source>
            <translation>（GitLab 提示：%1）</translation>
        </message>
        <message>
            <source>The access token lacks a scope this action needs.</source>
            <translation>访问令牌缺少此操作所需的范围。</translation>
        </message>
        <message>
            <source>The access token lacks the scope this action needs: %1.</source>
            <translation>访问令牌缺少此操作所需的范围：%1。</translation>
        </message>
        <message>
            <source> or </source>
            <translation> 或 </translation>
        </message>
        <message>
            <source>GitLab does not allow this account to do that (403 Forbidden).</source>
            <translation>GitLab 不允许此账户执行该操作（403 Forbidden）。</translation>
        </message>
        <message>
            <source>Not found: the token or resource does not exist, or this account cannot see it.</source>
            <translation>未找到：令牌或资源不存在，或此账户无法看到它。</translation>
        </message>
        <message>
            <source>The server does not support this request (405 Method Not Allowed); it may be an older GitLab version.</source>
            <translation>服务器不支持此请求（405 Method Not Allowed）；它可能是较旧的 GitLab 版本。</translation>
        </message>
        <message>
            <source>GitLab is limiting requests (429 Too Many Requests). Try again later.</source>
            <translation>GitLab 正在限制请求（429 Too Many Requests）。请稍后重试。</translation>
        </message>
        <message>
            <source>GitLab could not process the request (422 Unprocessable Entity)</source>
            <translation>GitLab 无法处理该请求（422 Unprocessable Entity）</translation>
        </message>
        <message>
            <source>GitLab rejected the request (400 Bad Request)</source>
            <translation>GitLab 拒绝了该请求（400 Bad Request）</translation>
        </message>
        <message>
            <source>The server failed (HTTP %1). Try again later.</source>
            <translation>服务器出错（HTTP %1）。请稍后重试。</translation>
        </message>
        <message>
            <source>The server answered with HTTP %1.</source>
            <translation>服务器以 HTTP %1 响应。</translation>
        </message>
        <message>
            <source>The server answered with HTTP %1: %2</source>
            <translation>服务器以 HTTP %1 响应：%2</translation>
        </message>
    </context>
    <context>
        <name>GitLabResourceListing</name>
        <message>
            <source>The list of groups and projects is larger than %1; TokenDesk stopped reading it.</source>
            <translation>群组和项目列表超过 %1 个；TokenDesk 已停止读取。</translation>
        </message>
        <message>
            <source>The server sent the same groups or projects again on page %1; TokenDesk stopped reading the list.</source>
            <translation>服务器在第 %1 页再次发送了相同的群组或项目；TokenDesk 已停止读取列表。</translation>
        </message>
        <message numerus="yes">
            <source>The list of groups and projects is longer than %n page(s); TokenDesk stopped reading.</source>
            <translation>
                <numerusform>群组和项目列表超过 %n 页；TokenDesk 已停止读取。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GitLabSecretRevocation</name>
        <message>
            <source>GitLab does not accept this token: it is unknown to this instance, expired or already revoked.</source>
            <translation>GitLab 不接受此令牌：此实例不认识它，或它已过期或已被撤销。</translation>
        </message>
        <message>
            <source>No token was given.</source>
            <translation>未提供令牌。</translation>
        </message>
        <message>
            <source>The connection to GitLab is closed.</source>
            <translation>与 GitLab 的连接已关闭。</translation>
        </message>
        <message>
            <source>GitLab did not answer the request to revoke token %1 ("%2"), and TokenDesk did not send it again.</source>
            <translation>GitLab 未响应撤销令牌 %1（“%2”）的请求，TokenDesk 没有重新发送。</translation>
        </message>
        <message>
            <source>Asking GitLab about the token failed too (%1); try revoking it again.</source>
            <translation>向 GitLab 查询该令牌也失败了（%1）；请再次尝试撤销。</translation>
        </message>
        <message>
            <source>The token still works: revoke it again.</source>
            <translation>令牌仍然有效：请再次撤销。</translation>
        </message>
    </context>
    <context>
        <name>GitLabUrls</name>
        <message>
            <source>The instance URL is not valid; it should look like https://gitlab.example.com.</source>
            <translation>实例 URL 无效；它应类似于 https://gitlab.example.com。</translation>
        </message>
        <message>
            <source>The instance URL must not contain a user name or password.</source>
            <translation>实例 URL 不能包含用户名或密码。</translation>
        </message>
        <message>
            <source>TokenDesk refuses to send an access token over unencrypted http:// to %1; use https:// (http:// is only allowed for this computer: localhost, 127.0.0.1, ::1).</source>
            <translation>TokenDesk 拒绝通过未加密的 http:// 向 %1 发送访问令牌；请使用 https://（http:// 只允许用于本机：localhost、127.0.0.1、::1）。</translation>
        </message>
        <message>
            <source>The instance URL must start with https://.</source>
            <translation>实例 URL 必须以 https:// 开头。</translation>
        </message>
        <message>
            <source>There is no file %1.</source>
            <translation>文件 %1 不存在。</translation>
        </message>
        <message>
            <source>The file %1 cannot be read.</source>
            <translation>无法读取文件 %1。</translation>
        </message>
        <message>
            <source>The file %1 holds no PEM certificate.</source>
            <translation>文件 %1 中没有 PEM 证书。</translation>
        </message>
    </context>
    <context>
        <name>GitSetupCommand</name>
        <message>
            <source>Run the git config command (without it, nothing is changed).</source>
            <translation>运行 git config 命令（不加此选项时不做任何更改）。</translation>
        </message>
        <message>
            <source>Show (or with --apply run) the git config command that makes git ask TokenDesk for HOST.</source>
            <translation>显示（或使用 --apply 时运行）让 git 为 HOST 向 TokenDesk 请求凭据的 git config 命令。</translation>
        </message>
        <message>
            <source>Without --apply your git configuration is not changed. Then choose the token git uses for HOST with '%1 git-use ID --host HOST'.</source>
            <translation>不加 --apply 时不会更改您的 git 配置。然后使用 '%1 git-use ID --host HOST' 选择 git 对 HOST 使用的令牌。</translation>
        </message>
        <message>
            <source>cannot find %1 on PATH or beside %2; install it with TokenDesk.</source>
            <translation>在 PATH 中或 %2 旁边找不到 %1；请随 TokenDesk 一起安装它。</translation>
        </message>
        <message>
            <source>git config failed (exit %1): %2</source>
            <translation>git config 失败（退出代码 %1）：%2</translation>
        </message>
        <message>
            <source>git already uses another credential helper for https://%1 (%2 = %3); nothing changed. Remove it with 'git config --global --unset-all %2' and run this again.</source>
            <translation>git 已对 https://%1 使用另一个凭据助手（%2 = %3）；未做任何更改。请使用 'git config --global --unset-all %2' 删除它，然后再次运行此命令。</translation>
        </message>
        <message>
            <source>Ran: %1</source>
            <translation>已运行：%1</translation>
        </message>
        <message>
            <source>git already asks TokenDesk for https://%1; nothing changed.</source>
            <translation>git 已经为 https://%1 向 TokenDesk 请求凭据；未做任何更改。</translation>
        </message>
        <message>
            <source>cannot run git; is it installed?</source>
            <translation>无法运行 git；是否已安装？</translation>
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
            <translation>停止 git 对 HOST 使用已保存的令牌。</translation>
        </message>
        <message>
            <source>The HTTPS host git connects to, such as gitlab.example.com or gitlab.example.com:8443.</source>
            <translation>git 连接的 HTTPS 主机，例如 gitlab.example.com 或 gitlab.example.com:8443。</translation>
        </message>
        <message>
            <source>%1 needs --host HOST.</source>
            <translation>%1 需要 --host HOST。</translation>
        </message>
        <message>
            <source>'%1' is not a host name; write it as gitlab.example.com, optionally with :PORT.</source>
            <translation>'%1' 不是主机名；请写成 gitlab.example.com，可选带 :PORT。</translation>
        </message>
        <message>
            <source>Let git use the token's saved secret for HOST over HTTPS (or stop it with --remove).</source>
            <translation>让 git 通过 HTTPS 对 HOST 使用该令牌已保存的密钥（或使用 --remove 停止）。</translation>
        </message>
        <message>
            <source>git-use --remove takes no token ID, only --host HOST.</source>
            <translation>git-use --remove 不接受令牌 ID，只接受 --host HOST。</translation>
        </message>
        <message>
            <source>token %1 is %2, so git could not sign in with it; choose an active token.</source>
            <translation>令牌 %1 %2，因此 git 无法用它登录；请选择一个有效的令牌。</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>已过期</translation>
        </message>
        <message>
            <source>token %1 has no secret saved in the keychain; save one with 'create --keychain' or 'rotate %1 --keychain' first.</source>
            <translation>令牌 %1 在钥匙串中没有已保存的密钥；请先使用 'create --keychain' 或 'rotate %1 --keychain' 保存一个。</translation>
        </message>
        <message>
            <source>git will use token %1 for https://%2 (user name %3).</source>
            <translation>git 将对 https://%2 使用令牌 %1（用户名 %3）。</translation>
        </message>
        <message>
            <source>If git does not ask TokenDesk for this host yet, run: %1 git-setup --host %2</source>
            <translation>如果 git 尚未向 TokenDesk 请求此主机的凭据，请运行：%1 git-setup --host %2</translation>
        </message>
        <message>
            <source>git does not use a saved token for %1.</source>
            <translation>git 不对 %1 使用已保存的令牌。</translation>
        </message>
        <message>
            <source>git no longer uses a saved token for https://%1.</source>
            <translation>git 不再对 https://%1 使用已保存的令牌。</translation>
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
            <translation>仅限此用户（数字 ID 或用户名）的令牌。</translation>
        </message>
        <message>
            <source>Only tokens with this scope; repeat it for any of several.</source>
            <translation>仅限具有此范围的令牌；可重复指定，匹配其中任意一个。</translation>
        </message>
        <message>
            <source>Which tokens: active (default), inactive or all.</source>
            <translation>哪些令牌：active（默认）、inactive 或 all。</translation>
        </message>
        <message>
            <source>Only tokens whose name contains TEXT.</source>
            <translation>仅限名称包含 TEXT 的令牌。</translation>
        </message>
        <message>
            <source>Print CSV (RFC 4180) with GitLab's field names, for a spreadsheet.</source>
            <translation>输出 CSV（RFC 4180），使用 GitLab 的字段名，供电子表格使用。</translation>
        </message>
        <message>
            <source>Revoke every token listed (asks first on a terminal).</source>
            <translation>撤销列出的所有令牌（在终端上会先询问）。</translation>
        </message>
        <message>
            <source>With --revoke: revoke without asking (needed without a terminal).</source>
            <translation>与 --revoke 一起使用：撤销前不询问（没有终端时必须使用）。</translation>
        </message>
        <message>
            <source>Administrators: every user's personal access tokens, with their owners; optionally revoke them.</source>
            <translation>管理员：所有用户的个人访问令牌及其所有者；可选择撤销它们。</translation>
        </message>
        <message>
            <source>Date filters: --created-before, --created-after, --expires-before, --expires-after, --last-used-before and --last-used-after, each a day written YYYY-MM-DD (UTC).</source>
            <translation>日期筛选：--created-before、--created-after、--expires-before、--expires-after、--last-used-before 和 --last-used-after，每个都是 YYYY-MM-DD 格式的日期（UTC）。</translation>
        </message>
        <message>
            <source>Exit codes: 3 when you are not an administrator, 4 when --owner names no user, 1 when any token could not be revoked (each is named on standard error), 2 for --revoke without a terminal and without --yes (nothing is asked of the server, nothing revoked).</source>
            <translation>退出代码：您不是管理员时为 3；--owner 指定的用户不存在时为 4；有令牌无法撤销时为 1（每个都会在标准错误中列出）；没有终端且未使用 --yes 时使用 --revoke 为 2（不向服务器发出任何请求，不撤销任何令牌）。</translation>
        </message>
        <message>
            <source>inventory lists personal access tokens; leave out --group and --project.</source>
            <translation>inventory 列出个人访问令牌；请去掉 --group 和 --project。</translation>
        </message>
        <message>
            <source>unknown --state '%1'; use active, inactive or all.</source>
            <translation>未知的 --state '%1'；请使用 active、inactive 或 all。</translation>
        </message>
        <message>
            <source>--owner needs a user ID or username.</source>
            <translation>--owner 需要用户 ID 或用户名。</translation>
        </message>
        <message>
            <source>--scope needs a scope name, such as api.</source>
            <translation>--scope 需要一个范围名称，例如 api。</translation>
        </message>
        <message>
            <source>--yes goes with --revoke.</source>
            <translation>--yes 需与 --revoke 一起使用。</translation>
        </message>
        <message>
            <source>without a terminal to ask on, --revoke needs --yes; nothing was revoked.</source>
            <translation>没有可供询问的终端时，--revoke 需要 --yes；未撤销任何令牌。</translation>
        </message>
        <message>
            <source>choose one of --json and --csv.</source>
            <translation>请在 --json 和 --csv 中选择一个。</translation>
        </message>
        <message>
            <source>Reading tokens: page %1 of %2</source>
            <translation>正在读取令牌：第 %1 页，共 %2 页</translation>
        </message>
        <message>
            <source>Reading tokens: page %1</source>
            <translation>正在读取令牌：第 %1 页</translation>
        </message>
        <message>
            <source>--owner %1: there is no such user on this instance.</source>
            <translation>--owner %1：此实例上没有该用户。</translation>
        </message>
        <message>
            <source>No tokens to revoke.</source>
            <translation>没有要撤销的令牌。</translation>
        </message>
        <message numerus="yes">
            <source>Revoke %n token(s)</source>
            <translation>
                <numerusform>撤销 %n 个令牌</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>of %n user(s)?</source>
            <translation>
                <numerusform>（属于 %n 个用户）？</numerusform>
            </translation>
        </message>
        <message>
            <source>This includes the token this command signs in with; it is revoked last.</source>
            <translation>其中包括此命令用于登录的令牌；它将最后被撤销。</translation>
        </message>
        <message>
            <source>not confirmed; nothing was revoked.</source>
            <translation>未确认；未撤销任何令牌。</translation>
        </message>
        <message>
            <source>Revoking: %1 of %2</source>
            <translation>正在撤销：%1/%2</translation>
        </message>
        <message>
            <source>token %1 of %2 was not revoked: %3</source>
            <translation>%2 的令牌 %1 未被撤销：%3</translation>
        </message>
        <message>
            <source>token %1 is revoked, but its saved secret could not be deleted from the keychain: %2</source>
            <translation>令牌 %1 已撤销，但无法从钥匙串中删除其已保存的密钥：%2</translation>
        </message>
        <message numerus="yes">
            <source>Revoked %1 of %n token(s).</source>
            <translation>
                <numerusform>已撤销 %1/%n 个令牌。</numerusform>
            </translation>
        </message>
        <message>
            <source>the token this command signed in with was revoked last; it no longer signs in.</source>
            <translation>此命令用于登录的令牌已最后撤销；它不能再用于登录。</translation>
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
            <translation>[--owner ID_OR_USERNAME] [--scope SCOPE]... [--state STATE] [日期筛选] [--search TEXT] [--csv] [--revoke [--yes]]</translation>
        </message>
    </context>
    <context>
        <name>InventoryPrinter</name>
        <message>
            <source>No tokens.</source>
            <translation>没有令牌。</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>已过期</translation>
        </message>
        <message>
            <source>active</source>
            <translation>有效</translation>
        </message>
        <message>
            <source>never</source>
            <translation>从不</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>USER ID</source>
            <translation>用户 ID</translation>
        </message>
        <message>
            <source>USERNAME</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>SCOPES</source>
            <translation>范围</translation>
        </message>
        <message>
            <source>CREATED</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <source>EXPIRES</source>
            <translation>到期</translation>
        </message>
        <message>
            <source>LAST USED</source>
            <translation>上次使用</translation>
        </message>
        <message>
            <source>STATUS</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>InventoryWindow</name>
        <message>
            <source>All users' tokens</source>
            <translation>所有用户的令牌</translation>
        </message>
        <message>
            <source>&amp;Owner</source>
            <translation>所有者(&amp;O)</translation>
        </message>
        <message>
            <source>S&amp;copes</source>
            <translation>范围(&amp;C)</translation>
        </message>
        <message>
            <source>S&amp;tate</source>
            <translation>状态(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Show tokens</source>
            <translation>显示令牌(&amp;S)</translation>
        </message>
        <message>
            <source>Ca&amp;ncel</source>
            <translation>取消(&amp;N)</translation>
        </message>
        <message>
            <source>To&amp;kens</source>
            <translation>令牌(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Revoke selected</source>
            <translation>撤销所选(&amp;R)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Not re&amp;voked</source>
            <translation>未撤销(&amp;V)</translation>
        </message>
    </context>
    <context>
        <name>LaunchRequest</name>
        <message>
            <source>The resource must be group:ID or project:ID, not %1.</source>
            <translation>资源必须是 group:ID 或 project:ID，而不是 %1。</translation>
        </message>
    </context>
    <context>
        <name>LeakedTokenDialog</name>
        <message>
            <source>Revoke a leaked token</source>
            <translation>撤销泄露的令牌</translation>
        </message>
        <message>
            <source>Paste a token that was exposed (in a chat, a log or a public repository). Check shows what it is; Revoke ends it at once, whoever owns it. The pasted text is not kept.</source>
            <translation>粘贴已泄露的令牌（在聊天、日志或公开仓库中）。“检查”显示它是什么；“撤销”会立即使其失效，无论其所有者是谁。粘贴的文本不会被保留。</translation>
        </message>
        <message>
            <source>&amp;Leaked token</source>
            <translation>泄露的令牌(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>检查(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Revoke</source>
            <translation>撤销(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Forget the saved secret</source>
            <translation>删除已保存的密钥(&amp;F)</translation>
        </message>
    </context>
    <context>
        <name>ListCommand</name>
        <message>
            <source>Which tokens: active (default), inactive or all.</source>
            <translation>哪些令牌：active（默认）、inactive 或 all。</translation>
        </message>
        <message>
            <source>Only tokens whose name contains TEXT.</source>
            <translation>仅限名称包含 TEXT 的令牌。</translation>
        </message>
        <message>
            <source>Order: %1 (default: expires_asc).</source>
            <translation>排序：%1（默认：expires_asc）。</translation>
        </message>
        <message>
            <source>Every active access token of the groups and projects whose tokens you may manage, each with its group or project.</source>
            <translation>您可管理其令牌的群组和项目中的所有有效访问令牌，每个都附带其群组或项目。</translation>
        </message>
        <message>
            <source>List tokens (active ones unless --state says otherwise), or with --all-resources every group and project access token.</source>
            <translation>列出令牌（除非 --state 另有指定，否则只列出有效的），或使用 --all-resources 列出所有群组和项目访问令牌。</translation>
        </message>
        <message>
            <source>Date filters: --created-before, --created-after, --expires-before, --expires-after, --last-used-before and --last-used-after, each a day written YYYY-MM-DD (UTC), as GitLab means them: 'before' excludes the day itself, 'after' includes it; a token without that date (never used, no expiry) does not match.</source>
            <translation>日期筛选：--created-before、--created-after、--expires-before、--expires-after、--last-used-before 和 --last-used-after，每个都是 YYYY-MM-DD 格式的日期（UTC），含义与 GitLab 相同：“before”不包括当天，“after”包括当天；没有该日期的令牌（从未使用、无到期日期）不匹配。</translation>
        </message>
        <message>
            <source>With --all-resources the groups and projects are read several at a time; those that could not be read are named on standard error and the exit code is 6, after the tokens of the others are printed. When none could be read, for one kind of reason (such as an instance without these tokens), that reason is the error and gives the exit code.</source>
            <translation>使用 --all-resources 时，会同时读取多个群组和项目；无法读取的会在标准错误中列出，并在输出其他令牌之后以退出代码 6 结束。如果全部无法读取且原因相同（例如实例不支持这类令牌），则该原因即为错误，并决定退出代码。</translation>
        </message>
        <message>
            <source>--all-resources lists every group and project; leave out --group and --project.</source>
            <translation>--all-resources 会列出所有群组和项目；请去掉 --group 和 --project。</translation>
        </message>
        <message>
            <source>--all-resources lists active tokens by expiry date; --state, --search and --sort do not apply.</source>
            <translation>--all-resources 按到期日期列出有效令牌；--state、--search 和 --sort 不适用。</translation>
        </message>
        <message>
            <source>--all-resources takes --expires-before as its only date filter.</source>
            <translation>--all-resources 只接受 --expires-before 这一个日期筛选。</translation>
        </message>
        <message>
            <source>unknown --state '%1'; use active, inactive or all.</source>
            <translation>未知的 --state '%1'；请使用 active、inactive 或 all。</translation>
        </message>
        <message>
            <source>unknown --sort '%1'; use one of: %2.</source>
            <translation>未知的 --sort '%1'；请使用以下之一：%2。</translation>
        </message>
        <message>
            <source>Reading tokens: page %1 of %2</source>
            <translation>正在读取令牌：第 %1 页，共 %2 页</translation>
        </message>
        <message>
            <source>Reading tokens: page %1</source>
            <translation>正在读取令牌：第 %1 页</translation>
        </message>
        <message>
            <source>interrupted; the listing above is incomplete.</source>
            <translation>已中断；上面的列表不完整。</translation>
        </message>
        <message>
            <source>interrupted; nothing was listed.</source>
            <translation>已中断；未列出任何内容。</translation>
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
            <translation>[--state STATE] [--search TEXT] [--sort ORDER] [日期筛选] | --all-resources [--expires-before YYYY-MM-DD]</translation>
        </message>
    </context>
    <context>
        <name>PageTexts</name>
        <message>
            <source>Group and project access tokens</source>
            <translation>群组和项目访问令牌</translation>
        </message>
        <message>
            <source>Personal access tokens</source>
            <translation>个人访问令牌</translation>
        </message>
        <message>
            <source>Group access tokens: %1</source>
            <translation>群组访问令牌：%1</translation>
        </message>
        <message>
            <source>Project access tokens: %1</source>
            <translation>项目访问令牌：%1</translation>
        </message>
        <message>
            <source>Group access tokens let CI jobs and automation use the GitLab API, and git over HTTPS, as a bot member of the group with the role you give them. Only the scopes a group token may have are offered. A new token's secret is shown once.</source>
            <translation>群组访问令牌让 CI 作业和自动化以群组机器人成员的身份、按您授予的角色使用 GitLab API 和通过 HTTPS 使用 git。只提供群组令牌可以拥有的范围。新令牌的密钥仅显示一次。</translation>
        </message>
        <message>
            <source>Project access tokens let CI jobs and automation use the GitLab API, and git over HTTPS, as a bot member of the project with the role you give them. Only the scopes a project token may have are offered. A new token's secret is shown once.</source>
            <translation>项目访问令牌让 CI 作业和自动化以项目机器人成员的身份、按您授予的角色使用 GitLab API 和通过 HTTPS 使用 git。只提供项目令牌可以拥有的范围。新令牌的密钥仅显示一次。</translation>
        </message>
    </context>
    <context>
        <name>PasteTokenDialog</name>
        <message>
            <source>Create the token on GitLab</source>
            <translation>在 GitLab 上创建令牌</translation>
        </message>
        <message>
            <source>Open GitLab's page</source>
            <translation>打开 GitLab 页面</translation>
        </message>
        <message>
            <source>&amp;Paste the new token</source>
            <translation>粘贴新令牌(&amp;P)</translation>
        </message>
        <message>
            <source>Paste the new token</source>
            <translation>粘贴新令牌</translation>
        </message>
        <message>
            <source>Add token</source>
            <translation>添加令牌</translation>
        </message>
        <message>
            <source>Save to keychain</source>
            <translation>保存到钥匙串</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>首选项</translation>
        </message>
        <message>
            <source>Clipboard clear &amp;delay</source>
            <translation>剪贴板清除延迟(&amp;D)</translation>
        </message>
        <message>
            <source>A copied token is removed from the clipboard after this many seconds, unless something else was copied since.</source>
            <translation>复制的令牌会在经过此秒数后从剪贴板中移除，除非在此期间又复制了其他内容。</translation>
        </message>
        <message>
            <source>Save new tokens to the &amp;keychain automatically</source>
            <translation>自动将新令牌保存到钥匙串(&amp;K)</translation>
        </message>
        <message>
            <source>Remind me about &amp;expiring tokens</source>
            <translation>提醒我即将到期的令牌(&amp;E)</translation>
        </message>
        <message>
            <source>Remind me this many days &amp;before expiry</source>
            <translation>提前提醒的天数(&amp;B)</translation>
        </message>
        <message>
            <source>Numbers of days separated by commas, for example 30, 7, 1, 0: one reminder each, and 0 on the day the token expires.</source>
            <translation>以逗号分隔的天数，例如 30, 7, 1, 0：每个数字提醒一次，0 表示在令牌到期当天提醒。</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>The window, tokendesk-cli and the git credential helper speak it from their next start.</source>
            <translation>窗口、tokendesk-cli 和 git 凭据助手将在下次启动时使用该语言。</translation>
        </message>
    </context>
    <context>
        <name>PrivateFiles</name>
        <message>
            <source>%1 cannot be created: %2</source>
            <translation>无法创建 %1：%2</translation>
        </message>
        <message>
            <source>%1 cannot be examined: %2</source>
            <translation>无法检查 %1：%2</translation>
        </message>
        <message>
            <source>%1 was readable or writable by other users (permissions %2); it is now %3.</source>
            <translation>%1 曾可被其他用户读取或写入（权限 %2）；现已改为 %3。</translation>
        </message>
        <message>
            <source>%1 is readable or writable by other users (permissions %2) and cannot be changed.</source>
            <translation>%1 可被其他用户读取或写入（权限 %2），且无法更改。</translation>
        </message>
    </context>
    <context>
        <name>QCommandLineParser</name>
        <message>
            <source>[options]</source>
            <translation>[选项]</translation>
        </message>
        <message>
            <source>Displays help on commandline options.</source>
            <translation>显示命令行选项的帮助。</translation>
        </message>
        <message>
            <source>Displays help including Qt specific options.</source>
            <translation>显示包括 Qt 特有选项的帮助。</translation>
        </message>
        <message>
            <source>Displays version information.</source>
            <translation>显示版本信息。</translation>
        </message>
    </context>
    <context>
        <name>RemindCommand</name>
        <message>
            <source>Tokens that expire within DAYS days (default: the largest reminder threshold, 30 unless changed in Preferences).</source>
            <translation>在 DAYS 天内到期的令牌（默认：最大的提醒阈值，除非在首选项中更改，否则为 30）。</translation>
        </message>
        <message>
            <source>Tokens that expire soon, in every place TokenDesk knows, soonest first.</source>
            <translation>TokenDesk 知道的所有位置中即将到期的令牌，最早到期的排在前面。</translation>
        </message>
        <message>
            <source>Without --store, --demo or --gitlab every place TokenDesk knows is read: the local store (when it exists; it is never created) and every connected GitLab account, with its access token from the keychain. Personal, group and project access tokens are included.</source>
            <translation>不使用 --store、--demo 或 --gitlab 时，会读取 TokenDesk 知道的所有位置：本地存储（如果存在；永远不会创建它）和每个已连接的 GitLab 账户（其访问令牌来自钥匙串）。包括个人、群组和项目访问令牌。</translation>
        </message>
        <message>
            <source>--json prints an array of tokens with GitLab's field names, plus "account" (the place's key: the connected account's key, or "store:" and the store file's path), "resource" ({kind, id, full_path}, for group and project tokens; null otherwise) and "days_left" (1 on the token's last working day).</source>
            <translation>--json 输出一个使用 GitLab 字段名的令牌数组，另加 "account"（位置的键：已连接账户的键，或 "store:" 加存储文件的路径）、"resource"（{kind, id, full_path}，用于群组和项目令牌；否则为 null）和 "days_left"（令牌最后一个有效日为 1）。</translation>
        </message>
        <message>
            <source>Exit codes: 0 whether or not anything is due; 1 when a place could not be read (each is named on standard error; what the others answered is still printed); 2 usage.</source>
            <translation>退出代码：无论是否有到期项均为 0；有位置无法读取时为 1（每个都会在标准错误中列出；其他位置的结果仍会输出）；用法错误为 2。</translation>
        </message>
        <message>
            <source>remind reads personal, group and project tokens together; leave out --group and --project.</source>
            <translation>remind 会同时读取个人、群组和项目令牌；请去掉 --group 和 --project。</translation>
        </message>
        <message>
            <source>--within must be a whole number of days from 1 to %1, such as 30.</source>
            <translation>--within 必须是 1 到 %1 之间的整数天数，例如 30。</translation>
        </message>
        <message>
            <source>could not read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>No token expires tomorrow.</source>
            <translation>没有明天到期的令牌。</translation>
        </message>
        <message>
            <source>No token expires within %1 days.</source>
            <translation>没有在 %1 天内到期的令牌。</translation>
        </message>
        <message>
            <source>ACCOUNT</source>
            <translation>账户</translation>
        </message>
        <message>
            <source>RESOURCE</source>
            <translation>资源</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>EXPIRES</source>
            <translation>到期</translation>
        </message>
        <message>
            <source>DAYS LEFT</source>
            <translation>剩余天数</translation>
        </message>
        <message>
            <source>store %1</source>
            <translation>存储 %1</translation>
        </message>
        <message>
            <source>group %1</source>
            <translation>群组 %1</translation>
        </message>
        <message>
            <source>project %1</source>
            <translation>项目 %1</translation>
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
            <translation>同时显示桌面通知：每个令牌和阈值一条，不会重复（参见本帮助末尾）。</translation>
        </message>
        <message>
            <source>With --notify: stay up to SECONDS (default: %1) to answer the notifications' actions; 0 ends at once.</source>
            <translation>与 --notify 一起使用：最多停留 SECONDS 秒（默认：%1）以响应通知的操作；0 表示立即结束。</translation>
        </message>
        <message>
            <source>--wait needs --notify.</source>
            <translation>--wait 需要 --notify。</translation>
        </message>
        <message>
            <source>--wait must be a number of seconds from 0 to %1.</source>
            <translation>--wait 必须是 0 到 %1 之间的秒数。</translation>
        </message>
        <message>
            <source>With --notify, each token is told of once per reminder threshold (%1; Preferences or reminders.conf change them); a place that could not be read gets a notification too. What was told is kept in %2.
Where the notification service offers actions, "Rotate now" and "Open" open the TokenDesk window on the token and "Remind me tomorrow" tells of it again tomorrow. Only a running remind can answer them: it stays until each of its notifications is answered or closed, or --wait runs out. Once it has ended the notifications stay on screen, but their buttons do nothing; a longer --wait keeps them working at the cost of a process left waiting.
With no notification service on the session bus, remind --notify says so after the report and exits 1.
</source>
            <translation>使用 --notify 时，每个令牌在每个提醒阈值（%1；可在首选项或 reminders.conf 中更改）只通知一次；无法读取的位置也会收到通知。已通知的内容记录在 %2 中。
如果通知服务支持操作，“立即轮换”和“打开”会在 TokenDesk 窗口中打开该令牌，“明天提醒我”会在明天再次通知。只有正在运行的 remind 才能响应这些操作：它会一直运行，直到每条通知都已响应或关闭，或 --wait 时间用完。结束后通知仍留在屏幕上，但其按钮不再起作用；较长的 --wait 可让按钮保持有效，代价是留下一个等待中的进程。
如果会话总线上没有通知服务，remind --notify 会在报告之后说明这一点，并以 1 退出。
</translation>
        </message>
        <message numerus="yes">
            <source>Posted %n notification(s); answering their actions for a while (Ctrl+C ends this).
</source>
            <translation>
                <numerusform>已发出 %n 条通知；将在一段时间内响应其操作（按 Ctrl+C 结束）。
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
            <translation>从现在起自动提醒：安装并启动一个 systemd 用户定时器，每天和登录时运行 'remind --notify'。</translation>
        </message>
        <message>
            <source>Stop reminding by itself: remove the timer or the autostart entry.</source>
            <translation>停止自动提醒：删除定时器或自动启动项。</translation>
        </message>
        <message>
            <source>With --enable: where there is no systemd, remind at each login through an XDG autostart entry instead of a timer.</source>
            <translation>与 --enable 一起使用：没有 systemd 时，通过 XDG 自动启动项在每次登录时提醒，而不是使用定时器。</translation>
        </message>
        <message>
            <source>--enable and --disable can be repeated safely. Exit codes for them: 0 done, 1 failed, 7 systemd is absent (use --enable --autostart).
</source>
            <translation>--enable 和 --disable 可以安全地重复执行。它们的退出代码：0 完成，1 失败，7 没有 systemd（请使用 --enable --autostart）。
</translation>
        </message>
        <message>
            <source>--enable and --disable cannot be used together.</source>
            <translation>--enable 和 --disable 不能同时使用。</translation>
        </message>
        <message>
            <source>--autostart goes with --enable.</source>
            <translation>--autostart 需与 --enable 一起使用。</translation>
        </message>
        <message>
            <source>systemd is not available here (no systemctl), so no timer was installed. To be reminded at each login instead, run: %1 remind --enable --autostart</source>
            <translation>此处没有 systemd（没有 systemctl），因此未安装定时器。若要改为在每次登录时提醒，请运行：%1 remind --enable --autostart</translation>
        </message>
        <message>
            <source>could not turn reminders on: %1</source>
            <translation>无法开启提醒：%1</translation>
        </message>
        <message>
            <source>could not turn reminders off: %1</source>
            <translation>无法关闭提醒：%1</translation>
        </message>
    </context>
    <context>
        <name>ReminderLedger</name>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>%1 is not a reminder record TokenDesk can read.</source>
            <translation>%1 不是 TokenDesk 能读取的提醒记录。</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>its folder cannot be created.</source>
            <translation>无法创建其所在文件夹。</translation>
        </message>
    </context>
    <context>
        <name>ReminderPlaces</name>
        <message>
            <source>there is no store at %1.</source>
            <translation>%1 处没有存储。</translation>
        </message>
    </context>
    <context>
        <name>ReminderPlan</name>
        <message>
            <source>Token “%1” expired today</source>
            <translation>令牌“%1”已于今天到期</translation>
        </message>
        <message>
            <source>Token “%1” expires tomorrow</source>
            <translation>令牌“%1”将于明天到期</translation>
        </message>
        <message numerus="yes">
            <source>Token “%1” expires in %n day(s)</source>
            <translation>
                <numerusform>令牌“%1”将在 %n 天后到期</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, group %2</source>
            <translation>%1，群组 %2</translation>
        </message>
        <message>
            <source>%1, project %2</source>
            <translation>%1，项目 %2</translation>
        </message>
        <message>
            <source>%1
It stopped working on %2 (00:00 UTC): whatever uses it is refused now. Create a new token to replace it.</source>
            <translation>%1
它已于 %2（00:00 UTC）失效：现在使用它的一切都会被拒绝。请创建一个新令牌来替换它。</translation>
        </message>
        <message>
            <source>%1
It stops working on %2 (00:00 UTC).</source>
            <translation>%1
它将于 %2（00:00 UTC）失效。</translation>
        </message>
        <message>
            <source>Rotate now</source>
            <translation>立即轮换</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Remind me tomorrow</source>
            <translation>明天提醒我</translation>
        </message>
        <message numerus="yes">
            <source>%n token(s) expired or expire soon</source>
            <translation>
                <numerusform>%n 个令牌已到期或即将到期</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n token(s) expire soon</source>
            <translation>
                <numerusform>%n 个令牌即将到期</numerusform>
            </translation>
        </message>
        <message>
            <source>expired today</source>
            <translation>今天已到期</translation>
        </message>
        <message>
            <source>expires tomorrow</source>
            <translation>明天到期</translation>
        </message>
        <message numerus="yes">
            <source>expires in %n day(s)</source>
            <translation>
                <numerusform>%n 天后到期</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1” (%2) %3</source>
            <translation>“%1”（%2）%3</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>还有 %n 个</numerusform>
            </translation>
        </message>
        <message>
            <source>TokenDesk could not check the tokens of %1</source>
            <translation>TokenDesk 无法检查 %1 的令牌</translation>
        </message>
        <message numerus="yes">
            <source>TokenDesk could not check the tokens of %n place(s)</source>
            <translation>
                <numerusform>TokenDesk 无法检查 %n 个位置的令牌</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Tokens there that are about to expire are not shown.</source>
            <translation>那里即将到期的令牌未显示。</translation>
        </message>
    </context>
    <context>
        <name>ReminderThresholds</name>
        <message>
            <source>"%1" is not a number of days from 0 to %2.</source>
            <translation>“%1”不是 0 到 %2 之间的天数。</translation>
        </message>
        <message>
            <source>Give at least one number of days, such as 30,7,1,0.</source>
            <translation>请至少给出一个天数，例如 30,7,1,0。</translation>
        </message>
    </context>
    <context>
        <name>ReminderUnits</name>
        <message>
            <source>systemd does not accept quotes, backslashes or control characters in the path of the program it runs (%1)</source>
            <translation>systemd 不接受其运行的程序路径中含有引号、反斜杠或控制字符（%1）</translation>
        </message>
        <message>
            <source>Remind about TokenDesk access tokens that expire soon</source>
            <translation>提醒即将到期的 TokenDesk 访问令牌</translation>
        </message>
        <message>
            <source>Check daily and at login for TokenDesk access tokens that expire soon</source>
            <translation>每天和登录时检查即将到期的 TokenDesk 访问令牌</translation>
        </message>
        <message>
            <source>TokenDesk expiry reminders</source>
            <translation>TokenDesk 到期提醒</translation>
        </message>
        <message>
            <source>Tells you at login about access tokens that expire soon</source>
            <translation>登录时告诉您即将到期的访问令牌</translation>
        </message>
    </context>
    <context>
        <name>ResourceDirectory</name>
        <message>
            <source>"%1" is not a valid path: use letters, digits, "_", "-" and ".", with "/" between a group and what it holds.</source>
            <translation>“%1”不是有效的路径：请使用字母、数字、“_”、“-”和“.”，并在群组与其内容之间使用“/”。</translation>
        </message>
        <message>
            <source>The group or project at "%1" needs a name.</source>
            <translation>位于“%1”的群组或项目需要一个名称。</translation>
        </message>
        <message>
            <source>The path "%1" is already taken.</source>
            <translation>路径“%1”已被占用。</translation>
        </message>
        <message>
            <source>There is no group "%1", or you cannot see it.</source>
            <translation>没有群组“%1”，或者您无法看到它。</translation>
        </message>
        <message>
            <source>There is no project "%1", or you cannot see it.</source>
            <translation>没有项目“%1”，或者您无法看到它。</translation>
        </message>
        <message>
            <source>The subgroup "%1" needs its parent group "%2" first.</source>
            <translation>子群组“%1”需要先有其父群组“%2”。</translation>
        </message>
        <message>
            <source>The project "%1" needs a group: write its path as group/project.</source>
            <translation>项目“%1”需要一个群组：请将其路径写为 group/project。</translation>
        </message>
        <message>
            <source>The project "%1" needs its group "%2" first.</source>
            <translation>项目“%1”需要先有其群组“%2”。</translation>
        </message>
        <message>
            <source>Memberships are of groups and projects.</source>
            <translation>成员资格只属于群组和项目。</translation>
        </message>
        <message>
            <source>%1 is not a role.</source>
            <translation>%1 不是角色。</translation>
        </message>
        <message>
            <source>Personal tokens belong to no group or project.</source>
            <translation>个人令牌不属于任何群组或项目。</translation>
        </message>
    </context>
    <context>
        <name>ResourceOverview</name>
        <message>
            <source>This backend has no access tokens for %1.</source>
            <translation>此后端没有 %1 的访问令牌。</translation>
        </message>
        <message>
            <source>The account is not connected.</source>
            <translation>账户未连接。</translation>
        </message>
    </context>
    <context>
        <name>ResourceOverviewPage</name>
        <message>
            <source>Every active group and project access token you may manage, soonest expiry first. Open a token's group or project to rotate or revoke it.</source>
            <translation>您可管理的所有有效群组和项目访问令牌，最早到期的排在前面。打开令牌所属的群组或项目即可轮换或撤销它。</translation>
        </message>
        <message>
            <source>Expiring &amp;within</source>
            <translation>在以下期限内到期(&amp;W)</translation>
        </message>
    </context>
    <context>
        <name>ResourcesCommand</name>
        <message>
            <source>List the groups and projects whose access tokens you may manage (use one with --group or --project).</source>
            <translation>列出您可管理其访问令牌的群组和项目（可用 --group 或 --project 指定其中之一）。</translation>
        </message>
        <message>
            <source>No groups or projects whose access tokens you may manage.</source>
            <translation>没有您可管理其访问令牌的群组或项目。</translation>
        </message>
        <message>
            <source>KIND</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>PATH</source>
            <translation>路径</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>YOUR ROLE</source>
            <translation>您的角色</translation>
        </message>
        <message>
            <source>group</source>
            <translation>群组</translation>
        </message>
        <message>
            <source>project</source>
            <translation>项目</translation>
        </message>
    </context>
    <context>
        <name>RevokeCommand</name>
        <message>
            <source>Keep the token's secret saved in the keychain.</source>
            <translation>保留钥匙串中已保存的令牌密钥。</translation>
        </message>
        <message>
            <source>Revoke a token (and delete its secret saved in the keychain).</source>
            <translation>撤销令牌（并删除其保存在钥匙串中的密钥）。</translation>
        </message>
        <message>
            <source>The token's ID, a positive whole number, or 'self' for the GitLab access token in use.</source>
            <translation>令牌的 ID（正整数），或用 'self' 表示当前使用的 GitLab 访问令牌。</translation>
        </message>
        <message>
            <source>Revoked token %1 "%2".</source>
            <translation>已撤销令牌 %1“%2”。</translation>
        </message>
        <message>
            <source>Deleted its secret from the keychain.</source>
            <translation>已从钥匙串中删除其密钥。</translation>
        </message>
        <message>
            <source>this was the access token in use; it no longer signs in.</source>
            <translation>这是当前使用的访问令牌；它不能再用于登录。</translation>
        </message>
        <message>
            <source>token %1 is revoked, but its saved secret could not be deleted from the keychain: %2</source>
            <translation>令牌 %1 已撤销，但无法从钥匙串中删除其已保存的密钥：%2</translation>
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
            <translation>撤销前不询问，并删除 TokenDesk 保存的副本。</translation>
        </message>
        <message>
            <source>Identify a leaked token read from standard input, and revoke it with its own secret.</source>
            <translation>识别从标准输入读取的泄露令牌，并用它自己的密钥撤销它。</translation>
        </message>
        <message>
            <source>The secret is read from standard input, never from an argument. Without --gitlab the instance of every connected account is asked, then the local store; the first that knows the token wins. On a terminal you are asked before it is revoked; without one, --yes is needed.</source>
            <translation>密钥从标准输入读取，绝不从参数读取。不使用 --gitlab 时，会依次询问每个已连接账户的实例，然后询问本地存储；以第一个认识该令牌的为准。在终端上撤销前会询问您；没有终端时需要 --yes。</translation>
        </message>
        <message>
            <source>Exit codes: 0 revoked; 3 unknown to every place asked, or already revoked or expired; 1 a place could not answer or the revoke failed; 2 usage (nothing revoked).</source>
            <translation>退出代码：0 已撤销；3 所有被询问的位置都不认识该令牌，或它已被撤销或已过期；1 有位置无法响应或撤销失败；2 用法错误（未撤销任何令牌）。</translation>
        </message>
        <message>
            <source>revoke-leaked takes no arguments: it reads the secret from standard input, so that the secret never appears on a command line.</source>
            <translation>revoke-leaked 不接受参数：它从标准输入读取密钥，以免密钥出现在命令行中。</translation>
        </message>
        <message>
            <source>revoke-leaked finds the token wherever it belongs; leave out --group and --project.</source>
            <translation>revoke-leaked 会在令牌所属的任何位置找到它；请去掉 --group 和 --project。</translation>
        </message>
        <message>
            <source>without a terminal to ask on, revoke-leaked needs --yes; nothing was revoked.</source>
            <translation>没有可供询问的终端时，revoke-leaked 需要 --yes；未撤销任何令牌。</translation>
        </message>
        <message>
            <source>The CA file cannot be used: %1</source>
            <translation>无法使用该 CA 文件：%1</translation>
        </message>
        <message>
            <source>standard input does not hold a token (one word of letters, digits, '-', '_' and '.'); nothing was sent anywhere.</source>
            <translation>标准输入中没有令牌（由字母、数字、'-'、'_' 和 '.' 组成的单个词）；未向任何地方发送任何内容。</translation>
        </message>
        <message>
            <source>no place knows this token: TokenDesk has no connected account and no store to ask; give --gitlab URL to ask a GitLab instance.</source>
            <translation>没有位置认识此令牌：TokenDesk 没有可询问的已连接账户和存储；请提供 --gitlab URL 以询问某个 GitLab 实例。</translation>
        </message>
        <message>
            <source>no place knows this token, or it is already revoked or expired (asked: %1).</source>
            <translation>没有位置认识此令牌，或它已被撤销或已过期（已询问：%1）。</translation>
        </message>
        <message>
            <source>%1 could not answer: %2</source>
            <translation>%1 无法响应：%2</translation>
        </message>
        <message>
            <source>the token was not found where an answer came (asked: %1); nothing was revoked.</source>
            <translation>在有响应的位置中未找到该令牌（已询问：%1）；未撤销任何令牌。</translation>
        </message>
        <message>
            <source>user %1</source>
            <translation>用户 %1</translation>
        </message>
        <message>
            <source>Found at %1:</source>
            <translation>在 %1 找到：</translation>
        </message>
        <message>
            <source>TokenDesk keeps its secret in the keychain (%1).</source>
            <translation>TokenDesk 将其密钥保存在钥匙串中（%1）。</translation>
        </message>
        <message>
            <source>git uses it for %1.</source>
            <translation>git 对 %1 使用它。</translation>
        </message>
        <message>
            <source>token %1 is already revoked or expired.</source>
            <translation>令牌 %1 已被撤销或已过期。</translation>
        </message>
        <message>
            <source>Revoke token %1 "%2" of %3 at %4?</source>
            <translation>撤销 %4 上 %3 的令牌 %1“%2”？</translation>
        </message>
        <message>
            <source>not confirmed; nothing was revoked.</source>
            <translation>未确认；未撤销任何令牌。</translation>
        </message>
        <message>
            <source>the token was revoked or expired meanwhile: %1</source>
            <translation>在此期间令牌已被撤销或已过期：%1</translation>
        </message>
        <message>
            <source>the token could not be revoked: %1</source>
            <translation>无法撤销该令牌：%1</translation>
        </message>
        <message>
            <source>Revoked token %1 "%2".</source>
            <translation>已撤销令牌 %1“%2”。</translation>
        </message>
        <message>
            <source>Forget the copies TokenDesk kept of it (keychain, git hosts)?</source>
            <translation>删除 TokenDesk 保存的该令牌副本（钥匙串、git 主机）？</translation>
        </message>
        <message>
            <source>The copies TokenDesk kept were left; forget them with tokendesk-cli forget.</source>
            <translation>TokenDesk 保存的副本已保留；可使用 tokendesk-cli forget 删除它们。</translation>
        </message>
        <message>
            <source>the token is revoked, but its copies could not all be forgotten: %1</source>
            <translation>令牌已撤销，但其副本未能全部删除：%1</translation>
        </message>
        <message>
            <source>Deleted its secret from the keychain.</source>
            <translation>已从钥匙串中删除其密钥。</translation>
        </message>
        <message numerus="yes">
            <source>git no longer uses it for %n host(s).</source>
            <translation>
                <numerusform>git 不再对 %n 个主机使用它。</numerusform>
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
            <translation>新令牌的到期日期（UTC）（默认：7 天后）。</translation>
        </message>
        <message>
            <source>Save the new secret in the system keychain.</source>
            <translation>将新密钥保存到系统钥匙串中。</translation>
        </message>
        <message>
            <source>With --keychain: do not print the secret (it is printed anyway when saving fails).</source>
            <translation>与 --keychain 一起使用：不输出密钥（保存失败时仍会输出）。</translation>
        </message>
        <message>
            <source>Revoke a token and issue a successor with a new secret (default expiry: 7 days).</source>
            <translation>撤销令牌并签发一个带有新密钥的后继令牌（默认到期时间：7 天）。</translation>
        </message>
        <message>
            <source>The token's ID, a positive whole number, or 'self' for the GitLab access token in use.</source>
            <translation>令牌的 ID（正整数），或用 'self' 表示当前使用的 GitLab 访问令牌。</translation>
        </message>
        <message>
            <source>--expires must be a date written YYYY-MM-DD, such as 2026-12-31.</source>
            <translation>--expires 必须是 YYYY-MM-DD 格式的日期，例如 2026-12-31。</translation>
        </message>
        <message>
            <source>--quiet needs --keychain: without it the secret would be lost.</source>
            <translation>--quiet 需要 --keychain：否则密钥将会丢失。</translation>
        </message>
        <message>
            <source>this was the access token given in %1; it is revoked now, so replace it with the new token %2.</source>
            <translation>这是 %1 中提供的访问令牌；它现已被撤销，请用新令牌 %2 替换它。</translation>
        </message>
        <message>
            <source>the account's access token was rotated, but the new one could not be saved in the keychain as the account's credential: %1</source>
            <translation>账户的访问令牌已轮换，但新令牌无法作为账户凭据保存到钥匙串中：%1</translation>
        </message>
        <message>
            <source>%1: the account %2 now signs in with the new token (saved in the keychain).</source>
            <translation>%1：账户 %2 现在使用新令牌登录（已保存在钥匙串中）。</translation>
        </message>
        <message>
            <source>Rotated token %1: it is revoked, and token %2 replaces it.</source>
            <translation>已轮换令牌 %1：它已被撤销，由令牌 %2 取代。</translation>
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
            <translation>读写 API 提供的一切，包括镜像库和通过 HTTP 使用 Git。</translation>
        </message>
        <message>
            <source>Read-only access to the API, including registries.</source>
            <translation>对 API 的只读访问，包括镜像库。</translation>
        </message>
        <message>
            <source>Read your own profile and the public user listings.</source>
            <translation>读取您自己的个人资料和公开的用户列表。</translation>
        </message>
        <message>
            <source>Clone and pull private repositories over HTTP and read files through the API.</source>
            <translation>通过 HTTP 克隆和拉取私有仓库，并通过 API 读取文件。</translation>
        </message>
        <message>
            <source>Clone, pull and push repositories over HTTP (no API access).</source>
            <translation>通过 HTTP 克隆、拉取和推送仓库（无 API 访问权限）。</translation>
        </message>
        <message>
            <source>Pull container images from the container registry.</source>
            <translation>从容器镜像库拉取容器镜像。</translation>
        </message>
        <message>
            <source>Push container images to the container registry.</source>
            <translation>向容器镜像库推送容器镜像。</translation>
        </message>
        <message>
            <source>Pull container images through the dependency proxy.</source>
            <translation>通过依赖代理拉取容器镜像。</translation>
        </message>
        <message>
            <source>Pull, push and delete container images through the dependency proxy.</source>
            <translation>通过依赖代理拉取、推送和删除容器镜像。</translation>
        </message>
        <message>
            <source>Make API calls as any user of the instance.</source>
            <translation>以实例的任意用户身份调用 API。</translation>
        </message>
        <message>
            <source>Make administrator API calls while Admin Mode is on.</source>
            <translation>在管理员模式开启时调用管理员 API。</translation>
        </message>
        <message>
            <source>Register new runners.</source>
            <translation>注册新的 Runner。</translation>
        </message>
        <message>
            <source>Change and remove existing runners.</source>
            <translation>更改和删除现有的 Runner。</translation>
        </message>
        <message>
            <source>Use the GitLab Duo AI features through the API.</source>
            <translation>通过 API 使用 GitLab Duo AI 功能。</translation>
        </message>
        <message>
            <source>Talk to Kubernetes clusters through the GitLab agent.</source>
            <translation>通过 GitLab 代理与 Kubernetes 集群通信。</translation>
        </message>
        <message>
            <source>Download the instance's Service Ping data.</source>
            <translation>下载实例的 Service Ping 数据。</translation>
        </message>
        <message>
            <source>Rotate this token itself, and nothing else.</source>
            <translation>仅轮换此令牌本身，不做其他任何事。</translation>
        </message>
        <message>
            <source>A scope this version of TokenDesk does not know; kept as the server reports it.</source>
            <translation>此版本的 TokenDesk 不认识的范围；按服务器报告的原样保留。</translation>
        </message>
    </context>
    <context>
        <name>ScopesCommand</name>
        <message>
            <source>SCOPE</source>
            <translation>范围</translation>
        </message>
        <message>
            <source>ADMIN ONLY</source>
            <translation>仅限管理员</translation>
        </message>
        <message>
            <source>DESCRIPTION</source>
            <translation>描述</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>List the scopes a token can have (with --group or --project: those their access tokens can have).</source>
            <translation>列出令牌可以拥有的范围（使用 --group 或 --project 时：列出其访问令牌可以拥有的范围）。</translation>
        </message>
    </context>
    <context>
        <name>SecretCommand</name>
        <message>
            <source>Print the token's secret saved in the keychain.</source>
            <translation>输出保存在钥匙串中的令牌密钥。</translation>
        </message>
        <message>
            <source>The secret goes to standard output followed by a newline, for scripts such as GITLAB_TOKEN=$(%1 secret 12). Exit code 4 when none is saved, 5 when it holds control or invisible characters (it is then not printed).</source>
            <translation>密钥输出到标准输出，后跟一个换行符，供脚本使用，例如 GITLAB_TOKEN=$(%1 secret 12)。没有保存密钥时退出代码为 4；密钥含有控制字符或不可见字符时为 5（此时不会输出）。</translation>
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
            <translation>您的新个人访问令牌</translation>
        </message>
        <message>
            <source>&amp;Your new personal access token</source>
            <translation>您的新个人访问令牌(&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;Show token</source>
            <translation>显示令牌(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>复制(&amp;C)</translation>
        </message>
        <message>
            <source>Save to &amp;keychain</source>
            <translation>保存到钥匙串(&amp;K)</translation>
        </message>
        <message>
            <source>Make sure you save it - you won't be able to access it again.</source>
            <translation>请务必保存它——您将无法再次访问它。</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>完成(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>SecretInput</name>
        <message>
            <source>Paste the token and press Enter (input is hidden): </source>
            <translation>粘贴令牌并按 Enter（输入内容已隐藏）：</translation>
        </message>
        <message>
            <source>standard input is too long to be a token.</source>
            <translation>标准输入太长，不可能是令牌。</translation>
        </message>
        <message>
            <source>no token on standard input; %1 reads one token from standard input.</source>
            <translation>标准输入中没有令牌；%1 从标准输入读取一个令牌。</translation>
        </message>
        <message>
            <source>standard input must hold exactly one token, on one line.</source>
            <translation>标准输入必须只包含一个令牌，且位于一行中。</translation>
        </message>
    </context>
    <context>
        <name>SessionFactory</name>
        <message>
            <source>no GitLab access token: set GITLAB_TOKEN, give --token-file FILE, or connect an account for %1 in TokenDesk (its token is kept in the keychain).</source>
            <translation>没有 GitLab 访问令牌：请设置 GITLAB_TOKEN、提供 --token-file FILE，或在 TokenDesk 中连接 %1 的账户（其令牌保存在钥匙串中）。</translation>
        </message>
        <message>
            <source>several accounts are connected to %1 (%2); choose one with --user USER.</source>
            <translation>有多个账户连接到 %1（%2）；请使用 --user USER 选择一个。</translation>
        </message>
        <message>
            <source>no GitLab access token: the keychain holds none for the account %1; set GITLAB_TOKEN or give --token-file FILE.</source>
            <translation>没有 GitLab 访问令牌：钥匙串中没有账户 %1 的令牌；请设置 GITLAB_TOKEN 或提供 --token-file FILE。</translation>
        </message>
        <message>
            <source>there is no group %1, or you cannot see it.</source>
            <translation>没有群组 %1，或者您无法看到它。</translation>
        </message>
        <message>
            <source>there is no project %1, or you cannot see it.</source>
            <translation>没有项目 %1，或者您无法看到它。</translation>
        </message>
        <message>
            <source>%1 has no group or project access tokens.</source>
            <translation>%1 没有群组或项目访问令牌。</translation>
        </message>
        <message>
            <source>The instance URL must not contain a query or fragment.</source>
            <translation>实例 URL 不能包含查询或片段。</translation>
        </message>
        <message>
            <source>The CA file cannot be used: %1</source>
            <translation>无法使用该 CA 文件：%1</translation>
        </message>
        <message>
            <source>The CA file of the account %1 cannot be used: %2 Give another with --ca-file FILE, or change it in TokenDesk's Connect dialog.</source>
            <translation>无法使用账户 %1 的 CA 文件：%2 请使用 --ca-file FILE 提供另一个，或在 TokenDesk 的“连接”对话框中更改。</translation>
        </message>
        <message>
            <source>cannot read the token file %1: %2</source>
            <translation>无法读取令牌文件 %1：%2</translation>
        </message>
        <message>
            <source>the token file %1 is not a regular file.</source>
            <translation>令牌文件 %1 不是普通文件。</translation>
        </message>
        <message>
            <source>the token file %1 is open to other users (permissions %2); make it private with chmod 600.</source>
            <translation>令牌文件 %1 对其他用户开放（权限 %2）；请使用 chmod 600 将其设为私有。</translation>
        </message>
        <message>
            <source>the token file %1 holds no token on its first line.</source>
            <translation>令牌文件 %1 的第一行没有令牌。</translation>
        </message>
        <message>
            <source>your role in the group %1 is %2; managing its access tokens takes the %3 role.</source>
            <translation>您在群组 %1 中的角色是 %2；管理其访问令牌需要 %3 角色。</translation>
        </message>
        <message>
            <source>your role in the project %1 is %2; managing its access tokens takes the %3 role.</source>
            <translation>您在项目 %1 中的角色是 %2；管理其访问令牌需要 %3 角色。</translation>
        </message>
    </context>
    <context>
        <name>ShowCommand</name>
        <message>
            <source>Show one token (self: the GitLab access token in use).</source>
            <translation>显示一个令牌（self：当前使用的 GitLab 访问令牌）。</translation>
        </message>
        <message>
            <source>The token's ID, a positive whole number, or 'self' for the GitLab access token in use.</source>
            <translation>令牌的 ID（正整数），或用 'self' 表示当前使用的 GitLab 访问令牌。</translation>
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
            <translation>%1 不是 TokenDesk 数据库；未对其做任何更改。</translation>
        </message>
        <message>
            <source>%1 was written by a newer TokenDesk (schema version %2); this version understands up to %3.</source>
            <translation>%1 由较新版本的 TokenDesk 写入（架构版本 %2）；此版本最高只支持 %3。</translation>
        </message>
        <message>
            <source>The token store could not be updated: %1</source>
            <translation>无法更新令牌存储：%1</translation>
        </message>
    </context>
    <context>
        <name>SummaryLabels</name>
        <message>
            <source>Active: %1</source>
            <translation>有效：%1</translation>
        </message>
        <message>
            <source>Expiring within 2 weeks: %1</source>
            <translation>2 周内到期：%1</translation>
        </message>
        <message>
            <source>Revoked: %1</source>
            <translation>已撤销：%1</translation>
        </message>
        <message>
            <source>Expired: %1</source>
            <translation>已过期：%1</translation>
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
            <translation>从不</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>刚刚</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>%n 分钟前</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>%n 小时前</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n 天前</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s) ago</source>
            <translation>
                <numerusform>%n 个月前</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n year(s) ago</source>
            <translation>
                <numerusform>%n 年前</numerusform>
            </translation>
        </message>
        <message>
            <source>today</source>
            <translation>今天</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>%n 天后</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n month(s)</source>
            <translation>
                <numerusform>%n 个月后</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n year(s)</source>
            <translation>
                <numerusform>%n 年后</numerusform>
            </translation>
        </message>
        <message>
            <source>Does not expire</source>
            <translation>永不过期</translation>
        </message>
        <message>
            <source>Expires on %1 at 00:00 UTC</source>
            <translation>于 %1 00:00 UTC 到期</translation>
        </message>
    </context>
    <context>
        <name>TokenCells</name>
        <message>
            <source>Revoked</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>已过期</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>有效</translation>
        </message>
        <message>
            <source>%1 (expires soon)</source>
            <translation>%1（即将到期）</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>已保存</translation>
        </message>
        <message>
            <source>Never used</source>
            <translation>从未使用</translation>
        </message>
        <message>
            <source>Revoked on %1</source>
            <translation>撤销于 %1</translation>
        </message>
        <message>
            <source>Expired on %1 at 00:00 UTC</source>
            <translation>已于 %1 00:00 UTC 到期</translation>
        </message>
        <message>
            <source>The secret is saved in the keychain</source>
            <translation>密钥已保存在钥匙串中</translation>
        </message>
        <message>
            <source>No secret saved in the keychain</source>
            <translation>钥匙串中没有保存密钥</translation>
        </message>
        <message>
            <source>The token acts with the role %1</source>
            <translation>令牌以 %1 角色执行操作</translation>
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
            <translation>账户(&amp;A)</translation>
        </message>
        <message>
            <source>Connect to GitLab…</source>
            <translation>连接到 GitLab…</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>删除账户</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>账户</translation>
        </message>
        <message>
            <source>&amp;Reconnect…</source>
            <translation>重新连接(&amp;R)…</translation>
        </message>
        <message>
            <source>The account's access token was rotated, but the keychain still holds the old one: %1 Copy the new token from the dialog and connect again.</source>
            <translation>账户的访问令牌已轮换，但钥匙串中仍是旧令牌：%1 请从对话框中复制新令牌并重新连接。</translation>
        </message>
        <message>
            <source>The token TokenDesk signed in with to %1 was revoked, so the account is disconnected. Connect again with another token to manage its tokens.</source>
            <translation>TokenDesk 用于登录 %1 的令牌已被撤销，因此该账户已断开连接。请使用另一个令牌重新连接以管理其令牌。</translation>
        </message>
        <message>
            <source>Offline store</source>
            <translation>离线存储</translation>
        </message>
        <message>
            <source>There is no account %1.</source>
            <translation>没有账户 %1。</translation>
        </message>
        <message>
            <source>Could not read the access token of %1 from the keychain: %2</source>
            <translation>无法从钥匙串中读取 %1 的访问令牌：%2</translation>
        </message>
        <message>
            <source>GitLab refused the access token of %1: it is invalid, expired or revoked. Reconnect with a new access token of %2.</source>
            <translation>GitLab 拒绝了 %1 的访问令牌：它无效、已过期或已撤销。请使用 %2 的新访问令牌重新连接。</translation>
        </message>
        <message>
            <source>Could not sign in to %1: %2</source>
            <translation>无法登录 %1：%2</translation>
        </message>
        <message>
            <source>Remove the account %1? Its access token is deleted from the keychain. The tokens on GitLab stay as they are.</source>
            <translation>删除账户 %1？其访问令牌将从钥匙串中删除。GitLab 上的令牌保持不变。</translation>
        </message>
        <message>
            <source>The account was not removed: %1</source>
            <translation>账户未删除：%1</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::AccountSession</name>
        <message>
            <source>No keychain is available.</source>
            <translation>没有可用的钥匙串。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::BulkRevocation</name>
        <message>
            <source>Not connected.</source>
            <translation>未连接。</translation>
        </message>
        <message>
            <source>This is the token %1 signs in with; it was left active so the others could be revoked. Revoke it on its own.</source>
            <translation>这是 %1 用于登录的令牌；为了撤销其他令牌，它被保留为有效。请单独撤销它。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::CalendarExportController</name>
        <message>
            <source>Export calendar</source>
            <translation>导出日历</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics);;All files (*)</source>
            <translation>iCalendar 文件 (*.ics);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Reading the expiry dates of your tokens…</source>
            <translation>正在读取您令牌的到期日期…</translation>
        </message>
        <message>
            <source>No calendar was saved: your tokens could not be read.</source>
            <translation>未保存日历：无法读取您的令牌。</translation>
        </message>
        <message>
            <source>The calendar could not be saved.</source>
            <translation>无法保存日历。</translation>
        </message>
        <message numerus="yes">
            <source>Saved the expiry dates of %n token(s) to %1.</source>
            <translation>
                <numerusform>已将 %n 个令牌的到期日期保存到 %1。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The tokens of %n place(s) are missing: they could not be read.</source>
            <translation>
                <numerusform>缺少 %n 个位置的令牌：它们无法读取。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::CliContext</name>
        <message>
            <source>%1: error: %2</source>
            <translation>%1：错误：%2</translation>
        </message>
        <message>
            <source>the secret of token %1 holds control or invisible characters; it is not printed, as it could drive the terminal. Revoke or rotate the token.</source>
            <translation>令牌 %1 的密钥含有控制字符或不可见字符；它可能操纵终端，因此不予输出。请撤销或轮换该令牌。</translation>
        </message>
        <message>
            <source>%1: warning: %2</source>
            <translation>%1：警告：%2</translation>
        </message>
        <message>
            <source>the operation failed.</source>
            <translation>操作失败。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::ConnectDialog</name>
        <message>
            <source>Connect to GitLab</source>
            <translation>连接到 GitLab</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>连接</translation>
        </message>
        <message>
            <source>The system's certificate authorities</source>
            <translation>系统的证书颁发机构</translation>
        </message>
        <message>
            <source>A PEM file with the certificate authority of a GitLab instance whose certificate the system does not trust.</source>
            <translation>一个 PEM 文件，包含证书不受系统信任的 GitLab 实例的证书颁发机构。</translation>
        </message>
        <message>
            <source> seconds</source>
            <translation> 秒</translation>
        </message>
        <message>
            <source>A request that receives nothing for this long fails.</source>
            <translation>请求在此时长内未收到任何数据即视为失败。</translation>
        </message>
        <message>
            <source>Opens GitLab's page for a new personal access token, filled in with the name TokenDesk and the api scope.</source>
            <translation>打开 GitLab 的新建个人访问令牌页面，并预填名称 TokenDesk 和 api 范围。</translation>
        </message>
        <message>
            <source>Reconnect to GitLab</source>
            <translation>重新连接到 GitLab</translation>
        </message>
        <message>
            <source>GitLab refused the access token of %1: it is invalid, expired or revoked. Paste a new access token of %2. It replaces the old one in the keychain; nothing else changes.</source>
            <translation>GitLab 拒绝了 %1 的访问令牌：它无效、已过期或已撤销。请粘贴 %2 的新访问令牌。它将替换钥匙串中的旧令牌；其他内容不变。</translation>
        </message>
        <message>
            <source>Reconnect</source>
            <translation>重新连接</translation>
        </message>
        <message>
            <source>Choose a CA certificate file</source>
            <translation>选择 CA 证书文件</translation>
        </message>
        <message>
            <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>PEM 证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Used by TokenDesk to manage your access tokens</source>
            <translation>供 TokenDesk 管理您的访问令牌使用</translation>
        </message>
        <message>
            <source>Enter the instance URL first, for example https://gitlab.com.</source>
            <translation>请先输入实例 URL，例如 https://gitlab.com。</translation>
        </message>
        <message>
            <source>GitLab's page for a new token was opened in your browser. Create the token there, then paste it into Access token.</source>
            <translation>已在浏览器中打开 GitLab 的新建令牌页面。请在那里创建令牌，然后将其粘贴到“访问令牌”中。</translation>
        </message>
        <message>
            <source>Enter the instance URL, for example https://gitlab.com.</source>
            <translation>请输入实例 URL，例如 https://gitlab.com。</translation>
        </message>
        <message>
            <source>Enter an access token, or create one for TokenDesk first.</source>
            <translation>请输入访问令牌，或先为 TokenDesk 创建一个。</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>正在连接到 %1…</translation>
        </message>
        <message>
            <source>GitLab refused this access token: it is invalid, expired or revoked. Check it, or create a new one.</source>
            <translation>GitLab 拒绝了此访问令牌：它无效、已过期或已撤销。请检查它，或创建一个新令牌。</translation>
        </message>
        <message>
            <source>This access token may not read your profile: %1</source>
            <translation>此访问令牌可能无法读取您的个人资料：%1</translation>
        </message>
        <message>
            <source>Saving the access token to the keychain…</source>
            <translation>正在将访问令牌保存到钥匙串…</translation>
        </message>
        <message>
            <source>Connected, but the account was not saved: %1</source>
            <translation>已连接，但账户未保存：%1</translation>
        </message>
        <message>
            <source>Connected as %1. The access token is saved in the keychain.</source>
            <translation>已以 %1 身份连接。访问令牌已保存在钥匙串中。</translation>
        </message>
        <message>
            <source>This access token belongs to %1, not to %2. Nothing was replaced: the account %3 keeps its old access token. Paste an access token of %2, or add %1 as a new account.</source>
            <translation>此访问令牌属于 %1，而不是 %2。未替换任何内容：账户 %3 保留其旧访问令牌。请粘贴 %2 的访问令牌，或将 %1 添加为新账户。</translation>
        </message>
        <message>
            <source>Replacing the access token in the keychain…</source>
            <translation>正在替换钥匙串中的访问令牌…</translation>
        </message>
        <message>
            <source>The new access token works, but the keychain still holds the old one: %1</source>
            <translation>新访问令牌可用，但钥匙串中仍是旧令牌：%1</translation>
        </message>
        <message>
            <source>Reconnected as %1. The new access token replaced the old one in the keychain.</source>
            <translation>已以 %1 身份重新连接。新访问令牌已替换钥匙串中的旧令牌。</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Not reported</source>
            <translation>未报告</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>从不</translation>
        </message>
        <message>
            <source>This access token expires %1. Create a new one for TokenDesk before then, or TokenDesk can no longer sign in.</source>
            <translation>此访问令牌将于%1到期。请在此之前为 TokenDesk 创建一个新令牌，否则 TokenDesk 将无法再登录。</translation>
        </message>
        <message>
            <source>This access token lacks the api scope: TokenDesk can show your tokens but cannot create, rotate or revoke them with it.</source>
            <translation>此访问令牌缺少 api 范围：TokenDesk 可以显示您的令牌，但无法用它创建、轮换或撤销令牌。</translation>
        </message>
        <message>
            <source>Not readable</source>
            <translation>无法读取</translation>
        </message>
        <message>
            <source>GitLab did not describe this access token, so its scopes and expiry are unknown.</source>
            <translation>GitLab 没有描述此访问令牌，因此其范围和到期时间未知。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::CredentialHelper</name>
        <message>
            <source>token %1</source>
            <translation>令牌 %1</translation>
        </message>
        <message>
            <source>token “%1” (ID %2)</source>
            <translation>令牌“%1”（ID %2）</translation>
        </message>
        <message>
            <source>warning: the %1 that git uses for %2 expired on %3 (at 00:00 UTC); rotate it in TokenDesk.</source>
            <translation>警告：git 用于 %2 的%1 已于 %3（00:00 UTC）到期；请在 TokenDesk 中轮换它。</translation>
        </message>
        <message numerus="yes">
            <source>warning: the %1 that git uses for %2 expires on %3 (at 00:00 UTC), in %n day(s); rotate it in TokenDesk.</source>
            <translation>
                <numerusform>警告：git 用于 %2 的%1 将于 %3（00:00 UTC）到期，即 %n 天后；请在 TokenDesk 中轮换它。</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot answer for %1 with token %2: %3</source>
            <translation>无法使用令牌 %2 为 %1 提供凭据：%3</translation>
        </message>
        <message>
            <source>not answering for %1: the user name or the secret of token %2 holds a line break or a NUL, which git would misread.</source>
            <translation>不为 %1 提供凭据：令牌 %2 的用户名或密钥含有换行符或 NUL，git 会误读。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::DesktopNotifier</name>
        <message>
            <source>There is no D-Bus session bus, so no desktop notification can be shown.</source>
            <translation>没有 D-Bus 会话总线，因此无法显示桌面通知。</translation>
        </message>
        <message>
            <source>No desktop notification service answers on the session bus (%1): %2</source>
            <translation>会话总线上没有响应的桌面通知服务（%1）：%2</translation>
        </message>
        <message>
            <source>The desktop notification service refused the notification: %1</source>
            <translation>桌面通知服务拒绝了该通知：%1</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::DueTokensMenu</name>
        <message>
            <source>&amp;Show TokenDesk</source>
            <translation>显示 TokenDesk(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>TokenDesk</source>
            <translation>TokenDesk</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>expired today</source>
            <translation>今天已到期</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) left</source>
            <translation>
                <numerusform>剩余 %n 天</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message numerus="yes">
            <source>No token expires within %n day(s)</source>
            <translation>
                <numerusform>没有在 %n 天内到期的令牌</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not read %1</source>
            <translation>无法读取 %1</translation>
        </message>
        <message numerus="yes">
            <source>TokenDesk: no token expires within %n day(s)</source>
            <translation>
                <numerusform>TokenDesk：没有在 %n 天内到期的令牌</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>TokenDesk: %n token(s) due within %1</source>
            <translation>
                <numerusform>TokenDesk：%n 个令牌将在 %1 内到期</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n 天</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n place(s) could not be read</source>
            <translation>
                <numerusform>%n 个位置无法读取</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::ErrorMessages</name>
        <message>
            <source>Connect this account again with a new access token.</source>
            <translation>请使用新的访问令牌重新连接此账户。</translation>
        </message>
        <message>
            <source>TokenDesk</source>
            <translation>TokenDesk</translation>
        </message>
        <message>
            <source>&amp;Reconnect…</source>
            <translation>重新连接(&amp;R)…</translation>
        </message>
        <message>
            <source>Could not read the tokens: %1</source>
            <translation>无法读取令牌：%1</translation>
        </message>
        <message>
            <source>Could not read the tokens: %1 Press F5 to try again.</source>
            <translation>无法读取令牌：%1 按 F5 重试。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::GitHostDialog</name>
        <message>
            <source>Use the token '%1' for git</source>
            <translation>将令牌“%1”用于 git</translation>
        </message>
        <message>
            <source>Host name</source>
            <translation>主机名</translation>
        </message>
        <message>
            <source>git over HTTPS to this host (e.g. gitlab.com) may sign in with the token '%1'.</source>
            <translation>通过 HTTPS 访问此主机（例如 gitlab.com）的 git 可以使用令牌“%1”登录。</translation>
        </message>
        <message>
            <source>gitlab.com</source>
            <translation>gitlab.com</translation>
        </message>
        <message>
            <source>Use for git</source>
            <translation>用于 git</translation>
        </message>
        <message>
            <source>git will use the token '%1' for https://%2 (user name %3).</source>
            <translation>git 将对 https://%2 使用令牌“%1”（用户名 %3）。</translation>
        </message>
        <message>
            <source>If git does not ask TokenDesk for this host yet, run this once (TokenDesk does not change your git configuration):
%1</source>
            <translation>如果 git 尚未向 TokenDesk 请求此主机的凭据，请运行一次以下命令（TokenDesk 不会更改您的 git 配置）：
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
            <translation>未提供令牌。</translation>
        </message>
        <message>
            <source>GitLab does not accept this token: it is invalid, expired or revoked.</source>
            <translation>GitLab 不接受此令牌：它无效、已过期或已撤销。</translation>
        </message>
        <message>
            <source>GitLab does not let a regular user create a token with the scopes %1 over its API (only administrators can, or for the k8s_proxy and self_rotate scopes). Create it on GitLab's own page instead, then paste the new token into TokenDesk.</source>
            <translation>GitLab 不允许普通用户通过其 API 创建具有范围 %1 的令牌（只有管理员可以，或仅限 k8s_proxy 和 self_rotate 范围）。请改为在 GitLab 自己的页面上创建，然后将新令牌粘贴到 TokenDesk 中。</translation>
        </message>
        <message>
            <source>There is no user %1.</source>
            <translation>没有用户 %1。</translation>
        </message>
        <message>
            <source>Name a group or project by its id or full path.</source>
            <translation>请用 ID 或完整路径指定群组或项目。</translation>
        </message>
        <message>
            <source>There is no group "%1", or this account cannot see it.</source>
            <translation>没有群组“%1”，或者此账户无法看到它。</translation>
        </message>
        <message>
            <source>There is no project "%1", or this account cannot see it.</source>
            <translation>没有项目“%1”，或者此账户无法看到它。</translation>
        </message>
        <message>
            <source>Only administrators can list every user's tokens; %1 is not an administrator of this instance.</source>
            <translation>只有管理员才能列出所有用户的令牌；%1 不是此实例的管理员。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::GitLabInventory</name>
        <message>
            <source>There is no user "%1" on this instance.</source>
            <translation>此实例上没有用户“%1”。</translation>
        </message>
        <message>
            <source>Asked for page %1 of the token list, the server answered page %2; TokenDesk stopped reading the listing.</source>
            <translation>请求令牌列表的第 %1 页，服务器却返回了第 %2 页；TokenDesk 已停止读取列表。</translation>
        </message>
        <message numerus="yes">
            <source>The listing is longer than %n page(s); TokenDesk stopped reading.</source>
            <translation>
                <numerusform>列表超过 %n 页；TokenDesk 已停止读取。</numerusform>
            </translation>
        </message>
        <message>
            <source>The server sent the same tokens again on page %1 of the token list; TokenDesk stopped reading the listing.</source>
            <translation>服务器在令牌列表的第 %1 页再次发送了相同的令牌；TokenDesk 已停止读取列表。</translation>
        </message>
        <message>
            <source>The server named page %1 as the next page after page %2 of the token list; TokenDesk stopped reading the listing.</source>
            <translation>服务器将第 %1 页指定为令牌列表第 %2 页的下一页；TokenDesk 已停止读取列表。</translation>
        </message>
        <message>
            <source>The server's next-page link points to another address (%1); TokenDesk does not follow it.</source>
            <translation>服务器的下一页链接指向另一个地址（%1）；TokenDesk 不会跟随。</translation>
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
            <translation>账户的连接已关闭。</translation>
        </message>
        <message>
            <source>the group %1</source>
            <translation>群组 %1</translation>
        </message>
        <message>
            <source>the project %1</source>
            <translation>项目 %1</translation>
        </message>
        <message>
            <source>There is no token %1 on %2.</source>
            <translation>%2 上没有令牌 %1。</translation>
        </message>
        <message>
            <source>No token was given.</source>
            <translation>未提供令牌。</translation>
        </message>
        <message>
            <source>GitLab does not accept this token: it is invalid, expired or revoked.</source>
            <translation>GitLab 不接受此令牌：它无效、已过期或已撤销。</translation>
        </message>
        <message>
            <source>This token is not one of the access tokens of %1.</source>
            <translation>此令牌不是 %1 的访问令牌。</translation>
        </message>
        <message>
            <source>The role is above your own role on %1 (GitLab says: %2)</source>
            <translation>该角色高于您在 %1 中的角色（GitLab 提示：%2）</translation>
        </message>
        <message>
            <source>You need the %1 role on %2 to see its access tokens.</source>
            <translation>您需要在 %2 中拥有 %1 角色才能查看其访问令牌。</translation>
        </message>
        <message>
            <source>You need the %1 role on %2 to manage its access tokens.</source>
            <translation>您需要在 %2 中拥有 %1 角色才能管理其访问令牌。</translation>
        </message>
        <message>
            <source>(GitLab says: %1)</source>
            <translation>（GitLab 提示：%1）</translation>
        </message>
        <message>
            <source>GitLab at %1 does not offer group access tokens (HTTP %2): this instance or its subscription tier does not have them.</source>
            <translation>%1 上的 GitLab 不提供群组访问令牌（HTTP %2）：此实例或其订阅层级不支持。</translation>
        </message>
        <message>
            <source>GitLab at %1 does not offer project access tokens (HTTP %2): this instance or its subscription tier does not have them.</source>
            <translation>%1 上的 GitLab 不提供项目访问令牌（HTTP %2）：此实例或其订阅层级不支持。</translation>
        </message>
        <message>
            <source>There is no group %1, or this account cannot see it.</source>
            <translation>没有群组 %1，或者此账户无法看到它。</translation>
        </message>
        <message>
            <source>There is no project %1, or this account cannot see it.</source>
            <translation>没有项目 %1，或者此账户无法看到它。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::GitLabTokenChanges</name>
        <message>
            <source>GitLab answered the request to create "%1", but the reply could not be read, so its secret is lost. If the token now exists, revoke it and create a new one.</source>
            <translation>GitLab 响应了创建“%1”的请求，但无法读取回复，因此其密钥已丢失。如果该令牌现在存在，请撤销它并创建一个新令牌。</translation>
        </message>
        <message>
            <source>GitLab answered the rotation, but the reply could not be read, so the new secret is lost. Rotate the new token to get a secret.</source>
            <translation>GitLab 响应了轮换请求，但无法读取回复，因此新密钥已丢失。请轮换新令牌以获取密钥。</translation>
        </message>
        <message>
            <source>Token %1 does not exist or belongs to another user.</source>
            <translation>令牌 %1 不存在或属于另一个用户。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::GitLabTokenListing</name>
        <message>
            <source>Asked for page %1 of the token list, the server answered page %2; TokenDesk stopped reading the listing.</source>
            <translation>请求令牌列表的第 %1 页，服务器却返回了第 %2 页；TokenDesk 已停止读取列表。</translation>
        </message>
        <message>
            <source>The token list is larger than %1; TokenDesk stopped reading it.</source>
            <translation>令牌列表超过 %1 个；TokenDesk 已停止读取。</translation>
        </message>
        <message>
            <source>The server sent the same tokens again on page %1 of the token list; TokenDesk stopped reading the listing.</source>
            <translation>服务器在令牌列表的第 %1 页再次发送了相同的令牌；TokenDesk 已停止读取列表。</translation>
        </message>
        <message numerus="yes">
            <source>The listing is longer than %n page(s); TokenDesk stopped reading.</source>
            <translation>
                <numerusform>列表超过 %n 页；TokenDesk 已停止读取。</numerusform>
            </translation>
        </message>
        <message>
            <source>The server named page %1 as the next page after page %2 of the token list; TokenDesk stopped reading the listing.</source>
            <translation>服务器将第 %1 页指定为令牌列表第 %2 页的下一页；TokenDesk 已停止读取列表。</translation>
        </message>
        <message>
            <source>The server's next-page link points to another address (%1); TokenDesk does not follow it.</source>
            <translation>服务器的下一页链接指向另一个地址（%1）；TokenDesk 不会跟随。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::GitLabTransport</name>
        <message>
            <source>The CA file cannot be used: %1</source>
            <translation>无法使用该 CA 文件：%1</translation>
        </message>
        <message>
            <source>it holds no PEM certificate.</source>
            <translation>其中没有 PEM 证书。</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <source>The connection to %1 was closed.</source>
            <translation>与 %1 的连接已关闭。</translation>
        </message>
        <message>
            <source>The reply from %1 is larger than %2, more than any GitLab answer TokenDesk asks for; it stopped reading it.</source>
            <translation>来自 %1 的回复大于 %2，超过了 TokenDesk 请求的任何 GitLab 响应；已停止读取。</translation>
        </message>
        <message numerus="yes">
            <source>%1 did not answer within %n second(s).</source>
            <translation>
                <numerusform>%1 未在 %n 秒内响应。</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not connect to %1 (connection refused).</source>
            <translation>无法连接到 %1（连接被拒绝）。</translation>
        </message>
        <message>
            <source>The host %1 was not found.</source>
            <translation>找不到主机 %1。</translation>
        </message>
        <message>
            <source>The secure connection to %1 failed: its certificate is not trusted or does not match the host. If the instance uses a private certificate authority, give its CA file.</source>
            <translation>与 %1 的安全连接失败：其证书不受信任或与主机不匹配。如果实例使用私有证书颁发机构，请提供其 CA 文件。</translation>
        </message>
        <message>
            <source>The reply from %1 was cut off before it was complete.</source>
            <translation>来自 %1 的回复在完整接收前被截断。</translation>
        </message>
        <message>
            <source>The connection to %1 broke before the reply came.</source>
            <translation>与 %1 的连接在收到回复前中断。</translation>
        </message>
        <message>
            <source>Network error talking to %1: %2.</source>
            <translation>与 %1 通信时发生网络错误：%2。</translation>
        </message>
        <message>
            <source>The server redirected the request to %1. TokenDesk does not follow redirects to another address, so the access token was not sent there. Check the instance URL (https://, the final host name).</source>
            <translation>服务器将请求重定向到 %1。TokenDesk 不会跟随到其他地址的重定向，因此访问令牌未被发送到那里。请检查实例 URL（https://、最终的主机名）。</translation>
        </message>
        <message>
            <source>an unknown address</source>
            <translation>未知地址</translation>
        </message>
        <message numerus="yes">
            <source>GitLab is limiting requests (429 Too Many Requests) longer than TokenDesk waits. Try again in %n second(s).</source>
            <translation>
                <numerusform>GitLab 限制请求（429 Too Many Requests）的时间超过了 TokenDesk 的等待时间。请在 %n 秒后重试。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>GitLab is limiting requests (429 Too Many Requests); nothing was changed. Try again in %n second(s).</source>
            <translation>
                <numerusform>GitLab 正在限制请求（429 Too Many Requests）；未做任何更改。请在 %n 秒后重试。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::InventoryModel</name>
        <message>
            <source>Revoked</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>已过期</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>有效</translation>
        </message>
        <message>
            <source>user %1</source>
            <translation>用户 %1</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>从不</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>所有者</translation>
        </message>
        <message>
            <source>Token name</source>
            <translation>令牌名称</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>范围</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>上次使用</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>到期</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::InventoryWindow</name>
        <message>
            <source>All users' tokens - TokenDesk</source>
            <translation>所有用户的令牌 - TokenDesk</translation>
        </message>
        <message>
            <source>any, or for example: api, sudo</source>
            <translation>任意，或例如：api, sudo</translation>
        </message>
        <message>
            <source>every user, or a username or user id</source>
            <translation>所有用户，或用户名或用户 ID</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>有效</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>无效</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>进度</translation>
        </message>
        <message>
            <source>Choose the filters, then Show tokens.</source>
            <translation>选择筛选条件，然后点击“显示令牌”。</translation>
        </message>
        <message>
            <source>Listing every user's tokens…</source>
            <translation>正在列出所有用户的令牌…</translation>
        </message>
        <message>
            <source>Listing cancelled.</source>
            <translation>已取消列出。</translation>
        </message>
        <message>
            <source>Could not list the tokens: %1</source>
            <translation>无法列出令牌：%1</translation>
        </message>
        <message numerus="yes">
            <source>%n token(s)</source>
            <translation>
                <numerusform>%n 个令牌</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>of %n user(s).</source>
            <translation>
                <numerusform>（属于 %n 个用户）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Revoke %n token(s)</source>
            <translation>
                <numerusform>撤销 %n 个令牌</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>of %n user(s)?</source>
            <translation>
                <numerusform>（属于 %n 个用户）？</numerusform>
            </translation>
        </message>
        <message>
            <source>Revoke selected tokens</source>
            <translation>撤销所选令牌</translation>
        </message>
        <message>
            <source>Everything that uses them stops working. This cannot be undone.</source>
            <translation>使用它们的一切都将停止工作。此操作无法撤消。</translation>
        </message>
        <message>
            <source>TokenDesk signs in with one of them: that one is left active.</source>
            <translation>TokenDesk 使用其中一个登录：该令牌将保留为有效。</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>撤销</translation>
        </message>
        <message numerus="yes">
            <source>Revoking %n token(s)…</source>
            <translation>
                <numerusform>正在撤销 %n 个令牌…</numerusform>
            </translation>
        </message>
        <message>
            <source>Answered %1 of %2…</source>
            <translation>已响应 %1/%2…</translation>
        </message>
        <message>
            <source>Revoking failed: %1</source>
            <translation>撤销失败：%1</translation>
        </message>
        <message>
            <source>token %1</source>
            <translation>令牌 %1</translation>
        </message>
        <message>
            <source>"%1" of %2</source>
            <translation>%2 的“%1”</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message numerus="yes">
            <source>%n token(s) revoked</source>
            <translation>
                <numerusform>已撤销 %n 个令牌</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not revoked.</source>
            <translation>
                <numerusform>%n 个未撤销。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::LeakResponse</name>
        <message>
            <source>It could not be opened.</source>
            <translation>无法打开。</translation>
        </message>
        <message>
            <source>There is no identified token to revoke.</source>
            <translation>没有已识别的令牌可撤销。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::LeakedTokenDialog</name>
        <message>
            <source>What the token is</source>
            <translation>令牌信息</translation>
        </message>
        <message>
            <source>This is not a GitLab token. A token starts with its kind, such as "glpat-", followed by letters, digits, "-" and "_".</source>
            <translation>这不是 GitLab 令牌。令牌以其类型开头，例如“glpat-”，后跟字母、数字、“-”和“_”。</translation>
        </message>
        <message>
            <source>Not known to %1, or already revoked or expired.</source>
            <translation>%1 不认识该令牌，或它已被撤销或已过期。</translation>
        </message>
        <message>
            <source>Not found, but not every place could be asked:</source>
            <translation>未找到，但并非所有位置都能询问：</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Owner: %1</source>
            <translation>所有者：%1</translation>
        </message>
        <message>
            <source>user %1</source>
            <translation>用户 %1</translation>
        </message>
        <message>
            <source>%1 (user %2)</source>
            <translation>%1（用户 %2）</translation>
        </message>
        <message>
            <source>Name: %1</source>
            <translation>名称：%1</translation>
        </message>
        <message>
            <source>Scopes: %1</source>
            <translation>范围：%1</translation>
        </message>
        <message>
            <source>Last used: %1</source>
            <translation>上次使用：%1</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>从不</translation>
        </message>
        <message>
            <source>Last used from: %1</source>
            <translation>上次使用来源：%1</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>未记录</translation>
        </message>
        <message>
            <source>Where: %1</source>
            <translation>位置：%1</translation>
        </message>
        <message>
            <source>It is revoked.</source>
            <translation>它已被撤销。</translation>
        </message>
        <message>
            <source>Revoke the leaked token</source>
            <translation>撤销泄露的令牌</translation>
        </message>
        <message>
            <source>Revoke the token "%1"? Everything that uses it stops working.</source>
            <translation>撤销令牌“%1”？使用它的一切都将停止工作。</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>The token is already revoked or expired.</source>
            <translation>该令牌已被撤销或已过期。</translation>
        </message>
        <message>
            <source>Not revoked: %1</source>
            <translation>未撤销：%1</translation>
        </message>
        <message>
            <source>Revoked.</source>
            <translation>已撤销。</translation>
        </message>
        <message>
            <source>Its secret is saved in the keychain.</source>
            <translation>其密钥保存在钥匙串中。</translation>
        </message>
        <message>
            <source>git uses it for %1.</source>
            <translation>git 对 %1 使用它。</translation>
        </message>
        <message>
            <source>Not forgotten: %1</source>
            <translation>未删除：%1</translation>
        </message>
        <message>
            <source>Forgotten: the keychain and git no longer hold it.</source>
            <translation>已删除：钥匙串和 git 不再保存它。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::LoadingIndicator</name>
        <message>
            <source>Cancel loading</source>
            <translation>取消加载</translation>
        </message>
        <message>
            <source>Loading tokens</source>
            <translation>正在加载令牌</translation>
        </message>
        <message>
            <source>Loading cancelled. Press F5 to try again.</source>
            <translation>已取消加载。按 F5 重试。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::LocalBackend</name>
        <message>
            <source>Offline demo · %1</source>
            <translation>离线演示 · %1</translation>
        </message>
        <message>
            <source>Offline store · %1</source>
            <translation>离线存储 · %1</translation>
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
            <translation>个人访问令牌</translation>
        </message>
        <message>
            <source>Personal access tokens let scripts and applications use the GitLab API, and git over HTTPS, in your name. Give each one only the scopes it needs and an expiration date. A new token's secret is shown once.</source>
            <translation>个人访问令牌让脚本和应用程序以您的名义使用 GitLab API 和通过 HTTPS 使用 git。请只为每个令牌授予所需的范围，并设置到期日期。新令牌的密钥仅显示一次。</translation>
        </message>
        <message>
            <source>&amp;Reconnect…</source>
            <translation>重新连接(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Search by name</source>
            <translation>按名称搜索(&amp;S)</translation>
        </message>
        <message>
            <source>S&amp;ort active tokens by</source>
            <translation>有效令牌排序方式(&amp;O)</translation>
        </message>
        <message>
            <source>Add new token</source>
            <translation>添加新令牌</translation>
        </message>
        <message>
            <source>&amp;Tokens</source>
            <translation>令牌(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>设置(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;New token…</source>
            <translation>新建令牌(&amp;N)…</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>搜索(&amp;S)…</translation>
        </message>
        <message>
            <source>Ctrl+F</source>
            <translation>Ctrl+F</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <source>F5</source>
            <translation>F5</translation>
        </message>
        <message>
            <source>Revoke a &amp;leaked token…</source>
            <translation>撤销泄露的令牌(&amp;L)…</translation>
        </message>
        <message>
            <source>&amp;All users' tokens…</source>
            <translation>所有用户的令牌(&amp;A)…</translation>
        </message>
        <message>
            <source>Export &amp;calendar…</source>
            <translation>导出日历(&amp;C)…</translation>
        </message>
        <message>
            <source>Save the expiry dates of your tokens as an iCalendar file, with reminders</source>
            <translation>将令牌的到期日期保存为 iCalendar 文件，并附带提醒</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>首选项(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <source>&amp;About TokenDesk</source>
            <translation>关于 TokenDesk(&amp;A)</translation>
        </message>
        <message>
            <source>Token name</source>
            <translation>令牌名称</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <source>Rotate</source>
            <translation>轮换</translation>
        </message>
        <message>
            <source>Rotate %1</source>
            <translation>轮换 %1</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Revoke %1</source>
            <translation>撤销 %1</translation>
        </message>
        <message>
            <source>Copy from keychain</source>
            <translation>从钥匙串复制</translation>
        </message>
        <message>
            <source>Copy from keychain %1</source>
            <translation>从钥匙串复制 %1</translation>
        </message>
        <message>
            <source>Create similar</source>
            <translation>创建类似令牌</translation>
        </message>
        <message>
            <source>Create similar %1</source>
            <translation>创建类似于 %1 的令牌</translation>
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
            <translation>任意</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::PasteTokenDialog</name>
        <message>
            <source>Create the token on GitLab</source>
            <translation>在 GitLab 上创建令牌</translation>
        </message>
        <message>
            <source>Open GitLab's page (the name, description and scopes are filled in), create the token there, then paste it below.</source>
            <translation>打开 GitLab 页面（已填好名称、描述和范围），在那里创建令牌，然后将其粘贴到下方。</translation>
        </message>
        <message>
            <source>Paste the token you created on GitLab's page.</source>
            <translation>粘贴您在 GitLab 页面上创建的令牌。</translation>
        </message>
        <message>
            <source>GitLab does not know this token, or it is revoked or expired. Copy it again from GitLab's page.</source>
            <translation>GitLab 不认识此令牌，或它已被撤销或已过期。请从 GitLab 页面重新复制。</translation>
        </message>
        <message>
            <source>Added "%1" (scopes: %2; expires: %3).</source>
            <translation>已添加“%1”（范围：%2；到期：%3）。</translation>
        </message>
        <message>
            <source>never</source>
            <translation>从不</translation>
        </message>
        <message>
            <source>Not saved to the keychain: %1</source>
            <translation>未保存到钥匙串：%1</translation>
        </message>
        <message>
            <source>Saved in the keychain.</source>
            <translation>已保存在钥匙串中。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::PreferencesDialog</name>
        <message>
            <source> s</source>
            <extracomment>Unit after the number of seconds in a spin box</extracomment>
            <translation> 秒</translation>
        </message>
        <message>
            <source>Enter whole numbers of days separated by commas.</source>
            <translation>请输入以逗号分隔的整数天数。</translation>
        </message>
        <message>
            <source>TokenDesk checks daily and at login, even when this window is closed (a systemd user timer).</source>
            <translation>即使此窗口已关闭，TokenDesk 也会每天和登录时检查（通过 systemd 用户定时器）。</translation>
        </message>
        <message>
            <source>TokenDesk checks each time you log in, even when this window is closed (an autostart entry).</source>
            <translation>即使此窗口已关闭，TokenDesk 也会在每次登录时检查（通过自动启动项）。</translation>
        </message>
        <message>
            <source>Desktop notifications when a token is about to expire, even when this window is closed.</source>
            <translation>令牌即将到期时显示桌面通知，即使此窗口已关闭。</translation>
        </message>
        <message>
            <source>Turning reminders off…</source>
            <translation>正在关闭提醒…</translation>
        </message>
        <message>
            <source>Turning reminders on…</source>
            <translation>正在开启提醒…</translation>
        </message>
        <message>
            <source>Could not change the reminders: %1</source>
            <translation>无法更改提醒：%1</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>提醒</translation>
        </message>
        <message>
            <source>Remind you each time you log in instead?</source>
            <translation>改为在每次登录时提醒您？</translation>
        </message>
        <message>
            <source>Use &amp;Autostart</source>
            <translation>使用自动启动(&amp;A)</translation>
        </message>
        <message>
            <source>Reminders stay off: they run by themselves only through a systemd timer or an autostart entry.</source>
            <translation>提醒保持关闭：它们只能通过 systemd 定时器或自动启动项自行运行。</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>系统默认</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::ReminderSchedule</name>
        <message>
            <source>could not create the folder %1</source>
            <translation>无法创建文件夹 %1</translation>
        </message>
        <message>
            <source>could not write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>could not remove %1</source>
            <translation>无法删除 %1</translation>
        </message>
        <message>
            <source>tokendesk-cli was found neither beside TokenDesk nor on PATH</source>
            <translation>在 TokenDesk 旁边和 PATH 中都找不到 tokendesk-cli</translation>
        </message>
        <message>
            <source>%1 is not a program that can run</source>
            <translation>%1 不是可运行的程序</translation>
        </message>
        <message>
            <source>the path of tokendesk-cli holds a control character</source>
            <translation>tokendesk-cli 的路径含有控制字符</translation>
        </message>
        <message>
            <source>systemd is not available here (no systemctl), so no timer can be installed. An autostart entry can remind you at each login instead.</source>
            <translation>此处没有 systemd（没有 systemctl），因此无法安装定时器。可以改用自动启动项在每次登录时提醒您。</translation>
        </message>
        <message>
            <source>could not enable the timer: could not create %1</source>
            <translation>无法启用定时器：无法创建 %1</translation>
        </message>
        <message>
            <source>Reminders are on: a systemd user timer (%1) will check daily and at login, starting at your next login (the systemd user manager could not be reached now: %2).</source>
            <translation>提醒已开启：systemd 用户定时器（%1）将每天和登录时检查，从您下次登录开始（目前无法连接 systemd 用户管理器：%2）。</translation>
        </message>
        <message>
            <source>the timer is installed but systemd could not start it: %1</source>
            <translation>定时器已安装，但 systemd 无法启动它：%1</translation>
        </message>
        <message>
            <source>Reminders are on: a systemd user timer (%1) checks daily and at login.</source>
            <translation>提醒已开启：systemd 用户定时器（%1）每天和登录时检查。</translation>
        </message>
        <message>
            <source>Reminders are on: TokenDesk checks at each login (%1).</source>
            <translation>提醒已开启：TokenDesk 在每次登录时检查（%1）。</translation>
        </message>
        <message>
            <source>Reminders are off.</source>
            <translation>提醒已关闭。</translation>
        </message>
        <message>
            <source>Reminders were already off.</source>
            <translation>提醒原本就已关闭。</translation>
        </message>
        <message>
            <source>systemctl did not answer</source>
            <translation>systemctl 没有响应</translation>
        </message>
        <message>
            <source>systemctl ended with code %1</source>
            <translation>systemctl 以代码 %1 结束</translation>
        </message>
        <message>
            <source>the reminder schedule is already being changed</source>
            <translation>提醒计划正在更改中</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::ResourceChooser</name>
        <message>
            <source>Tok&amp;ens of</source>
            <translation>令牌所属(&amp;E)</translation>
        </message>
        <message>
            <source>Sho&amp;w</source>
            <translation>显示(&amp;W)</translation>
        </message>
        <message>
            <source>Type any part of a group's or project's path to find it.</source>
            <translation>输入群组或项目路径的任意部分来查找它。</translation>
        </message>
        <message>
            <source>Group or project path</source>
            <translation>群组或项目路径</translation>
        </message>
        <message>
            <source>Reading your groups and projects…</source>
            <translation>正在读取您的群组和项目…</translation>
        </message>
        <message>
            <source>Could not read the groups and projects whose tokens you may manage.</source>
            <translation>无法读取您可管理其令牌的群组和项目。</translation>
        </message>
        <message>
            <source>Personal</source>
            <translation>个人</translation>
        </message>
        <message>
            <source>All my resources</source>
            <translation>我的所有资源</translation>
        </message>
        <message>
            <source>%1 (group)</source>
            <translation>%1（群组）</translation>
        </message>
        <message>
            <source>%1 (project)</source>
            <translation>%1（项目）</translation>
        </message>
        <message>
            <source>No group or project matches "%1".</source>
            <translation>没有与“%1”匹配的群组或项目。</translation>
        </message>
        <message numerus="yes">
            <source>%n group(s) and project(s) match "%1": choose one from the list.</source>
            <translation>
                <numerusform>有 %n 个群组和项目与“%1”匹配：请从列表中选择一个。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::ResourceNavigation</name>
        <message>
            <source>Could not show the tokens of %1.</source>
            <translation>无法显示 %1 的令牌。</translation>
        </message>
        <message>
            <source>This account has no group or project access tokens.</source>
            <translation>此账户没有群组或项目访问令牌。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::ResourceOverviewModel</name>
        <message>
            <source>Group %1</source>
            <translation>群组 %1</translation>
        </message>
        <message>
            <source>Project %1</source>
            <translation>项目 %1</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>资源</translation>
        </message>
        <message>
            <source>Token name</source>
            <translation>令牌名称</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>范围</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>到期</translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <translation>%2 中的 %1</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::ResourceOverviewPage</name>
        <message>
            <source>7 days</source>
            <translation>7 天</translation>
        </message>
        <message>
            <source>14 days</source>
            <translation>14 天</translation>
        </message>
        <message>
            <source>30 days</source>
            <translation>30 天</translation>
        </message>
        <message>
            <source>90 days</source>
            <translation>90 天</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>任何时间</translation>
        </message>
        <message>
            <source>Open resource</source>
            <translation>打开资源</translation>
        </message>
        <message>
            <source>Open resource %1</source>
            <translation>打开资源 %1</translation>
        </message>
        <message>
            <source>Reading your groups and projects…</source>
            <translation>正在读取您的群组和项目…</translation>
        </message>
        <message>
            <source>Reading the tokens of your groups and projects (%1 of %2)…</source>
            <translation>正在读取您的群组和项目的令牌（%1/%2）…</translation>
        </message>
        <message numerus="yes">
            <source>%n group(s) and project(s) read.</source>
            <translation>
                <numerusform>已读取 %n 个群组和项目。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Could not read the tokens of %n group(s) or project(s):</source>
            <translation>
                <numerusform>无法读取 %n 个群组或项目的令牌：</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Could not read your groups and projects: %1</source>
            <translation>无法读取您的群组和项目：%1</translation>
        </message>
        <message>
            <source>Group and project access tokens</source>
            <translation>群组和项目访问令牌</translation>
        </message>
        <message>
            <source>Group and project access tokens (%1)</source>
            <translation>群组和项目访问令牌（%1）</translation>
        </message>
        <message numerus="yes">
            <source>No group or project token expires within %n day(s).</source>
            <translation>
                <numerusform>没有在 %n 天内到期的群组或项目令牌。</numerusform>
            </translation>
        </message>
        <message>
            <source>No active group or project token.</source>
            <translation>没有有效的群组或项目令牌。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::SecretDialog</name>
        <message>
            <source>It expires on %1 at 00:00 UTC.</source>
            <translation>它将于 %1 00:00 UTC 到期。</translation>
        </message>
        <message>
            <source>It does not expire.</source>
            <translation>它永不过期。</translation>
        </message>
        <message>
            <source>Token "%1" was created.</source>
            <translation>令牌“%1”已创建。</translation>
        </message>
        <message>
            <source>Your new group or project access token</source>
            <translation>您的新群组或项目访问令牌</translation>
        </message>
        <message>
            <source>&amp;Your new group or project access token</source>
            <translation>您的新群组或项目访问令牌(&amp;Y)</translation>
        </message>
        <message>
            <source>Saving to the keychain…</source>
            <translation>正在保存到钥匙串…</translation>
        </message>
        <message>
            <source>Saved to the keychain.</source>
            <translation>已保存到钥匙串。</translation>
        </message>
        <message numerus="yes">
            <source>Copied. The clipboard will be cleared in %n second(s).</source>
            <translation>
                <numerusform>已复制。剪贴板将在 %n 秒后清除。</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied.</source>
            <translation>已复制。</translation>
        </message>
        <message>
            <source>Close without copying or saving?</source>
            <translation>不复制也不保存就关闭？</translation>
        </message>
        <message>
            <source>Close without copying?</source>
            <translation>不复制就关闭？</translation>
        </message>
        <message>
            <source>You have neither copied nor saved your new token.</source>
            <translation>您既没有复制也没有保存新令牌。</translation>
        </message>
        <message>
            <source>You have not copied your new token.</source>
            <translation>您还没有复制新令牌。</translation>
        </message>
        <message>
            <source>Once this dialog is closed, the token can't be shown again.</source>
            <translation>此对话框关闭后，令牌将无法再次显示。</translation>
        </message>
        <message>
            <source>Close without copying</source>
            <translation>不复制直接关闭</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>返回</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::SecretVault</name>
        <message>
            <source>No keychain service is running. Start GNOME Keyring or KWallet (any Secret Service provider) in your desktop session and try again.</source>
            <translation>没有正在运行的钥匙串服务。请在桌面会话中启动 GNOME Keyring 或 KWallet（任何 Secret Service 提供程序），然后重试。</translation>
        </message>
        <message>
            <source>The keychain refused access: it is locked or the request was denied. Unlock your keyring (for example in "Passwords and Keys") and try again.</source>
            <translation>钥匙串拒绝访问：它已锁定或请求被拒绝。请解锁您的密钥环（例如在“密码和密钥”中），然后重试。</translation>
        </message>
        <message>
            <source>%1 The keychain said: %2</source>
            <translation>%1 钥匙串提示：%2</translation>
        </message>
        <message>
            <source>There is no secret to save.</source>
            <translation>没有要保存的密钥。</translation>
        </message>
        <message>
            <source>Could not save the secret to the keychain.</source>
            <translation>无法将密钥保存到钥匙串。</translation>
        </message>
        <message>
            <source>The keychain did not return the secret of token %1. If your keyring is locked, unlock it and try again; if the entry was deleted in your keyring manager, forget the token's secret in TokenDesk.</source>
            <translation>钥匙串未返回令牌 %1 的密钥。如果您的密钥环已锁定，请解锁后重试；如果该条目已在密钥环管理器中删除，请在 TokenDesk 中删除该令牌的密钥。</translation>
        </message>
        <message>
            <source>No secret is saved in the keychain for token %1.</source>
            <translation>钥匙串中没有为令牌 %1 保存密钥。</translation>
        </message>
        <message>
            <source>Could not read the secret from the keychain.</source>
            <translation>无法从钥匙串读取密钥。</translation>
        </message>
        <message>
            <source>Could not delete the secret from the keychain.</source>
            <translation>无法从钥匙串删除密钥。</translation>
        </message>
        <message>
            <source>Could not save the account's access token to the keychain.</source>
            <translation>无法将账户的访问令牌保存到钥匙串。</translation>
        </message>
        <message>
            <source>No access token is saved in the keychain for the account %1.</source>
            <translation>钥匙串中没有为账户 %1 保存访问令牌。</translation>
        </message>
        <message>
            <source>Could not read the account's access token from the keychain.</source>
            <translation>无法从钥匙串读取账户的访问令牌。</translation>
        </message>
        <message>
            <source>Could not delete the account's access token from the keychain.</source>
            <translation>无法从钥匙串删除账户的访问令牌。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenActionsController</name>
        <message>
            <source>Could not revoke the token '%1': GitLab refused the account's access token, so the token was not revoked.</source>
            <translation>无法撤销令牌“%1”：GitLab 拒绝了账户的访问令牌，因此令牌未被撤销。</translation>
        </message>
        <message>
            <source>Could not revoke the token '%1'.</source>
            <translation>无法撤销令牌“%1”。</translation>
        </message>
        <message>
            <source>The token '%1' was revoked, but its saved secret could not be deleted from the keychain.</source>
            <translation>令牌“%1”已撤销，但无法从钥匙串中删除其已保存的密钥。</translation>
        </message>
        <message>
            <source>Revoked the token '%1' and deleted its saved secret.</source>
            <translation>已撤销令牌“%1”并删除了其已保存的密钥。</translation>
        </message>
        <message>
            <source>Revoked the token '%1'.</source>
            <translation>已撤销令牌“%1”。</translation>
        </message>
        <message>
            <source>Could not rotate the token '%1': GitLab refused the account's access token, so the token was not rotated and is unchanged.</source>
            <translation>无法轮换令牌“%1”：GitLab 拒绝了账户的访问令牌，因此令牌未被轮换，保持不变。</translation>
        </message>
        <message>
            <source>Could not rotate the token '%1'.</source>
            <translation>无法轮换令牌“%1”。</translation>
        </message>
        <message>
            <source>Rotated the token '%1'.</source>
            <translation>已轮换令牌“%1”。</translation>
        </message>
        <message>
            <source>Could not create the token '%1': GitLab refused the account's access token, so nothing was created. The form keeps what you entered.</source>
            <translation>无法创建令牌“%1”：GitLab 拒绝了账户的访问令牌，因此未创建任何内容。表单保留了您输入的内容。</translation>
        </message>
        <message>
            <source>Could not create the token.</source>
            <translation>无法创建令牌。</translation>
        </message>
        <message>
            <source>Created the token '%1'.</source>
            <translation>已创建令牌“%1”。</translation>
        </message>
        <message>
            <source>Added the token '%1'.</source>
            <translation>已添加令牌“%1”。</translation>
        </message>
        <message>
            <source>Not saved to the keychain: %1</source>
            <translation>未保存到钥匙串：%1</translation>
        </message>
        <message>
            <source>Could not copy the token '%1' from the keychain.</source>
            <translation>无法从钥匙串复制令牌“%1”。</translation>
        </message>
        <message numerus="yes">
            <source>Copied the token '%1' from the keychain. The clipboard will be cleared in %n second(s).</source>
            <translation>
                <numerusform>已从钥匙串复制令牌“%1”。剪贴板将在 %n 秒后清除。</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied the token '%1' from the keychain.</source>
            <translation>已从钥匙串复制令牌“%1”。</translation>
        </message>
        <message>
            <source>Could not delete the saved secret of '%1' from the keychain.</source>
            <translation>无法从钥匙串删除“%1”的已保存密钥。</translation>
        </message>
        <message>
            <source>Deleted the saved secret of '%1' from the keychain.</source>
            <translation>已从钥匙串删除“%1”的已保存密钥。</translation>
        </message>
        <message>
            <source>'%1' is not a host name.</source>
            <translation>“%1”不是主机名。</translation>
        </message>
        <message>
            <source>Enter a host name such as gitlab.com.</source>
            <translation>请输入主机名，例如 gitlab.com。</translation>
        </message>
        <message>
            <source>Could not set up git for %1.</source>
            <translation>无法为 %1 设置 git。</translation>
        </message>
        <message>
            <source>git will use the token '%1' for %2.</source>
            <translation>git 将对 %2 使用令牌“%1”。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenBackend</name>
        <message>
            <source>This backend creates tokens only for you.</source>
            <translation>此后端只为您自己创建令牌。</translation>
        </message>
        <message>
            <source>This backend has no group or project access tokens.</source>
            <translation>此后端没有群组或项目访问令牌。</translation>
        </message>
        <message>
            <source>Only administrators can list every user's tokens.</source>
            <translation>只有管理员才能列出所有用户的令牌。</translation>
        </message>
        <message>
            <source>This backend cannot look up users.</source>
            <translation>此后端无法查找用户。</translation>
        </message>
        <message>
            <source>This backend cannot revoke a token by its secret.</source>
            <translation>此后端无法通过密钥撤销令牌。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenDetailsPane</name>
        <message>
            <source>Select a token to see its details.</source>
            <translation>选择一个令牌以查看其详细信息。</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>群组</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Scopes:</source>
            <translation>范围：</translation>
        </message>
        <message>
            <source>  None</source>
            <translation>  无</translation>
        </message>
        <message>
            <source>  %1: %2</source>
            <translation>  %1：%2</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>上次使用</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>从不</translation>
        </message>
        <message>
            <source>Last used from</source>
            <translation>上次使用来源</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>未记录</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>到期</translation>
        </message>
        <message>
            <source>%1 (00:00 UTC)</source>
            <translation>%1（00:00 UTC）</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>已过期</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>有效</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenForm</name>
        <message>
            <source>The token expires at 00:00 UTC on this date.</source>
            <translation>令牌在此日期的 00:00 UTC 到期。</translation>
        </message>
        <message>
            <source>Alt+Down opens a calendar.</source>
            <translation>Alt+Down 打开日历。</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>上个月</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>下个月</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年</translation>
        </message>
        <message>
            <source>Only administrators can grant this scope.</source>
            <translation>只有管理员才能授予此范围。</translation>
        </message>
        <message>
            <source>Add a personal access token</source>
            <translation>添加个人访问令牌</translation>
        </message>
        <message>
            <source>&amp;Create personal access token</source>
            <translation>创建个人访问令牌(&amp;C)</translation>
        </message>
        <message>
            <source>Add a group access token</source>
            <translation>添加群组访问令牌</translation>
        </message>
        <message>
            <source>&amp;Create group access token</source>
            <translation>创建群组访问令牌(&amp;C)</translation>
        </message>
        <message>
            <source>Add a project access token</source>
            <translation>添加项目访问令牌</translation>
        </message>
        <message>
            <source>&amp;Create project access token</source>
            <translation>创建项目访问令牌(&amp;C)</translation>
        </message>
        <message>
            <source>The token acts as a bot member of the group or project with this role.</source>
            <translation>令牌以具有此角色的群组或项目机器人成员身份执行操作。</translation>
        </message>
        <message>
            <source>The token acts as a bot member with this role; your own role there is %1.</source>
            <translation>令牌以具有此角色的机器人成员身份执行操作；您自己在那里的角色是 %1。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenOperations</name>
        <message>
            <source>No keychain is available.</source>
            <translation>没有可用的钥匙串。</translation>
        </message>
        <message>
            <source>'%1' is not a host name. Enter a host name such as gitlab.com.</source>
            <translation>“%1”不是主机名。请输入主机名，例如 gitlab.com。</translation>
        </message>
        <message>
            <source>This token belongs to another GitLab user, not to %1.</source>
            <translation>此令牌属于另一个 GitLab 用户，而不是 %1。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenQueryControls</name>
        <message>
            <source>Expiration date, soonest first</source>
            <translation>到期日期，最早的在前</translation>
        </message>
        <message>
            <source>Expiration date, latest first</source>
            <translation>到期日期，最晚的在前</translation>
        </message>
        <message>
            <source>Created, newest first</source>
            <translation>创建时间，最新的在前</translation>
        </message>
        <message>
            <source>Created, oldest first</source>
            <translation>创建时间，最早的在前</translation>
        </message>
        <message>
            <source>Last used, most recent first</source>
            <translation>上次使用，最近的在前</translation>
        </message>
        <message>
            <source>Last used, least recent first</source>
            <translation>上次使用，最久的在前</translation>
        </message>
        <message>
            <source>Name, A to Z</source>
            <translation>名称，A 到 Z</translation>
        </message>
        <message>
            <source>Name, Z to A</source>
            <translation>名称，Z 到 A</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenTableModel</name>
        <message>
            <source>Token name</source>
            <translation>令牌名称</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>范围</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>上次使用</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>到期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Revoked or expired on</source>
            <translation>撤销或到期日期</translation>
        </message>
        <message>
            <source>In keychain</source>
            <translation>在钥匙串中</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenTableView</name>
        <message>
            <source>Token actions</source>
            <translation>令牌操作</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Active group access tokens (%1)</source>
            <translation>有效的群组访问令牌（%1）</translation>
        </message>
        <message>
            <source>Active group access tokens</source>
            <translation>有效的群组访问令牌</translation>
        </message>
        <message>
            <source>Inactive group access tokens (%1)</source>
            <translation>无效的群组访问令牌（%1）</translation>
        </message>
        <message>
            <source>Inactive group access tokens</source>
            <translation>无效的群组访问令牌</translation>
        </message>
        <message>
            <source>Active project access tokens (%1)</source>
            <translation>有效的项目访问令牌（%1）</translation>
        </message>
        <message>
            <source>Active project access tokens</source>
            <translation>有效的项目访问令牌</translation>
        </message>
        <message>
            <source>Inactive project access tokens (%1)</source>
            <translation>无效的项目访问令牌（%1）</translation>
        </message>
        <message>
            <source>Inactive project access tokens</source>
            <translation>无效的项目访问令牌</translation>
        </message>
        <message>
            <source>Active personal access tokens (%1)</source>
            <translation>有效的个人访问令牌（%1）</translation>
        </message>
        <message>
            <source>Active personal access tokens</source>
            <translation>有效的个人访问令牌</translation>
        </message>
        <message>
            <source>Inactive personal access tokens (%1)</source>
            <translation>无效的个人访问令牌（%1）</translation>
        </message>
        <message>
            <source>Inactive personal access tokens</source>
            <translation>无效的个人访问令牌</translation>
        </message>
        <message>
            <source>No active token matches the search.</source>
            <translation>没有与搜索匹配的有效令牌。</translation>
        </message>
        <message>
            <source>No inactive token matches the search.</source>
            <translation>没有与搜索匹配的无效令牌。</translation>
        </message>
        <message>
            <source>This group has no active group access tokens.</source>
            <translation>此群组没有有效的群组访问令牌。</translation>
        </message>
        <message>
            <source>This group has no inactive group access tokens.</source>
            <translation>此群组没有无效的群组访问令牌。</translation>
        </message>
        <message>
            <source>This project has no active project access tokens.</source>
            <translation>此项目没有有效的项目访问令牌。</translation>
        </message>
        <message>
            <source>This project has no inactive project access tokens.</source>
            <translation>此项目没有无效的项目访问令牌。</translation>
        </message>
        <message>
            <source>This user has no active personal access tokens.</source>
            <translation>此用户没有有效的个人访问令牌。</translation>
        </message>
        <message>
            <source>This user has no inactive personal access tokens.</source>
            <translation>此用户没有无效的个人访问令牌。</translation>
        </message>
        <message>
            <source>%1+</source>
            <translation>%1+</translation>
        </message>
        <message>
            <source>Rotate %1</source>
            <translation>轮换 %1</translation>
        </message>
        <message>
            <source>Revoke %1</source>
            <translation>撤销 %1</translation>
        </message>
        <message>
            <source>Copy from keychain %1</source>
            <translation>从钥匙串复制 %1</translation>
        </message>
        <message>
            <source>Use %1 for git on a host…</source>
            <translation>在某个主机上将 %1 用于 git…</translation>
        </message>
        <message>
            <source>Create similar %1</source>
            <translation>创建类似于 %1 的令牌</translation>
        </message>
        <message>
            <source>Delete the saved secret of %1</source>
            <translation>删除 %1 的已保存密钥</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::WindowLauncher</name>
        <message>
            <source>TokenDesk has no account %1. It may have been removed; connect to it again to manage its tokens.</source>
            <translation>TokenDesk 没有账户 %1。它可能已被删除；请重新连接以管理其令牌。</translation>
        </message>
        <message>
            <source>This window shows the token store %1, not %2.</source>
            <translation>此窗口显示的是令牌存储 %1，而不是 %2。</translation>
        </message>
        <message>
            <source>%1 has no group or project access tokens, so it has no token of %2.</source>
            <translation>%1 没有群组或项目访问令牌，因此没有 %2 的令牌。</translation>
        </message>
        <message>
            <source>%1 is not among the groups and projects whose tokens %2 manages.</source>
            <translation>%1 不在 %2 可管理其令牌的群组和项目之中。</translation>
        </message>
        <message>
            <source>There is no token with ID %1 in %2. It may have been deleted, or it belongs to another account.</source>
            <translation>%2 中没有 ID 为 %1 的令牌。它可能已被删除，或属于另一个账户。</translation>
        </message>
        <message>
            <source>Could not read the token with ID %1 from %2: %3</source>
            <translation>无法从 %2 读取 ID 为 %1 的令牌：%3</translation>
        </message>
        <message>
            <source>The token '%1' is revoked already: there is nothing to rotate.</source>
            <translation>令牌“%1”已被撤销：没有可轮换的内容。</translation>
        </message>
        <message>
            <source>Cannot show the token</source>
            <translation>无法显示该令牌</translation>
        </message>
    </context>
    <context>
        <name>TokenDetailsPane</name>
        <message>
            <source>Det&amp;ails</source>
            <translation>详细信息(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>TokenFilterBar</name>
        <message>
            <source>Created &amp;before</source>
            <translation>创建时间早于(&amp;B)</translation>
        </message>
        <message>
            <source>Created a&amp;fter</source>
            <translation>创建时间晚于(&amp;F)</translation>
        </message>
        <message>
            <source>Ex&amp;pires before</source>
            <translation>到期时间早于(&amp;P)</translation>
        </message>
        <message>
            <source>Expires after</source>
            <translation>到期时间晚于</translation>
        </message>
        <message>
            <source>&amp;Last used before</source>
            <translation>上次使用早于(&amp;L)</translation>
        </message>
        <message>
            <source>Last &amp;used after</source>
            <translation>上次使用晚于(&amp;U)</translation>
        </message>
        <message>
            <source>Clear f&amp;ilters</source>
            <translation>清除筛选条件(&amp;I)</translation>
        </message>
    </context>
    <context>
        <name>TokenForm</name>
        <message>
            <source>Add a personal access token</source>
            <translation>添加个人访问令牌</translation>
        </message>
        <message>
            <source>Token &amp;name</source>
            <translation>令牌名称(&amp;N)</translation>
        </message>
        <message>
            <source>For example, the application using the token or the purpose of the token.</source>
            <translation>例如，使用该令牌的应用程序或令牌的用途。</translation>
        </message>
        <message>
            <source>Token &amp;description</source>
            <translation>令牌描述(&amp;D)</translation>
        </message>
        <message>
            <source>Optional; at most 255 characters.</source>
            <translation>可选；最多 255 个字符。</translation>
        </message>
        <message>
            <source>E&amp;xpiration date</source>
            <translation>到期日期(&amp;X)</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>角色(&amp;R)</translation>
        </message>
        <message>
            <source>The token acts as a bot member of the group or project with this role.</source>
            <translation>令牌以具有此角色的群组或项目机器人成员身份执行操作。</translation>
        </message>
        <message>
            <source>Select &amp;scopes</source>
            <translation>选择范围(&amp;S)</translation>
        </message>
        <message>
            <source>Scopes set the permission levels granted to the token.</source>
            <translation>范围设置授予令牌的权限级别。</translation>
        </message>
        <message>
            <source>&amp;Create personal access token</source>
            <translation>创建个人访问令牌(&amp;C)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>TokenListPrinter</name>
        <message>
            <source>revoked</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>已过期</translation>
        </message>
        <message>
            <source>active</source>
            <translation>有效</translation>
        </message>
        <message>
            <source>never</source>
            <translation>从不</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>ROLE</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>SCOPES</source>
            <translation>范围</translation>
        </message>
        <message>
            <source>EXPIRES</source>
            <translation>到期</translation>
        </message>
        <message>
            <source>LAST USED</source>
            <translation>上次使用</translation>
        </message>
        <message>
            <source>STATUS</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>KEYCHAIN</source>
            <translation>钥匙串</translation>
        </message>
        <message>
            <source>No tokens.</source>
            <translation>没有令牌。</translation>
        </message>
    </context>
    <context>
        <name>TokenRows</name>
        <message>
            <source>The token store is busy: another program kept it locked for more than %1 seconds. Try again.</source>
            <translation>令牌存储繁忙：另一个程序将其锁定超过 %1 秒。请重试。</translation>
        </message>
        <message>
            <source>The token store failed: %1</source>
            <translation>令牌存储出错：%1</translation>
        </message>
        <message>
            <source>There is no token with id %1.</source>
            <translation>没有 id 为 %1 的令牌。</translation>
        </message>
    </context>
    <context>
        <name>TokenStore</name>
        <message>
            <source>%1 is not a TokenDesk database; it was left untouched.</source>
            <translation>%1 不是 TokenDesk 数据库；未对其做任何更改。</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>The folder %1 cannot be created.</source>
            <translation>无法创建文件夹 %1。</translation>
        </message>
        <message>
            <source>%1 cannot be opened: %2</source>
            <translation>无法打开 %1：%2</translation>
        </message>
        <message>
            <source>Only administrators can create tokens with the scope "%1".</source>
            <translation>只有管理员才能创建具有范围“%1”的令牌。</translation>
        </message>
        <message>
            <source>The token "%1" is already revoked.</source>
            <translation>令牌“%1”已被撤销。</translation>
        </message>
        <message>
            <source>The token "%1" is already revoked. Rotating it again looks like token reuse, so every token of its rotation family has been revoked.</source>
            <translation>令牌“%1”已被撤销。再次轮换它看起来像是令牌重用，因此其轮换系列中的所有令牌都已被撤销。</translation>
        </message>
        <message>
            <source>This token (id %1) is not one of this group's or project's access tokens.</source>
            <translation>此令牌（id %1）不是此群组或项目的访问令牌。</translation>
        </message>
        <message>
            <source>This token is not valid for this store.</source>
            <translation>此令牌对此存储无效。</translation>
        </message>
        <message>
            <source>This token ("%1") has been revoked.</source>
            <translation>此令牌（“%1”）已被撤销。</translation>
        </message>
        <message>
            <source>This token ("%1") expired on %2.</source>
            <translation>此令牌（“%1”）已于 %2 到期。</translation>
        </message>
        <message>
            <source>There is no user %1.</source>
            <translation>没有用户 %1。</translation>
        </message>
        <message>
            <source>The username "%1" cannot be used.</source>
            <translation>用户名“%1”不可用。</translation>
        </message>
        <message>
            <source>The username "%1" or the id is taken.</source>
            <translation>用户名“%1”或该 id 已被占用。</translation>
        </message>
        <message>
            <source>There is no user with id %1.</source>
            <translation>没有 id 为 %1 的用户。</translation>
        </message>
        <message>
            <source>Only administrators can create tokens for other users.</source>
            <translation>只有管理员才能为其他用户创建令牌。</translation>
        </message>
        <message>
            <source>Only administrators can list every user's tokens.</source>
            <translation>只有管理员才能列出所有用户的令牌。</translation>
        </message>
        <message>
            <source>You need the %1 role on the group "%2" to manage its access tokens; you are not a member there.</source>
            <translation>您需要在群组“%2”中拥有 %1 角色才能管理其访问令牌；您不是该群组的成员。</translation>
        </message>
        <message>
            <source>You need the %1 role on the project "%2" to manage its access tokens; you are not a member there.</source>
            <translation>您需要在项目“%2”中拥有 %1 角色才能管理其访问令牌；您不是该项目的成员。</translation>
        </message>
        <message>
            <source>You need the %1 role on the group "%2" to manage its access tokens; your role there is %3.</source>
            <translation>您需要在群组“%2”中拥有 %1 角色才能管理其访问令牌；您在那里的角色是 %3。</translation>
        </message>
        <message>
            <source>You need the %1 role on the project "%2" to manage its access tokens; your role there is %3.</source>
            <translation>您需要在项目“%2”中拥有 %1 角色才能管理其访问令牌；您在那里的角色是 %3。</translation>
        </message>
        <message>
            <source>The group "%1" has no access token with id %2.</source>
            <translation>群组“%1”没有 id 为 %2 的访问令牌。</translation>
        </message>
        <message>
            <source>The project "%1" has no access token with id %2.</source>
            <translation>项目“%1”没有 id 为 %2 的访问令牌。</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>Token name is required.</source>
            <translation>令牌名称为必填项。</translation>
        </message>
        <message>
            <source>Token name is too long (at most %1 characters).</source>
            <translation>令牌名称太长（最多 %1 个字符）。</translation>
        </message>
        <message>
            <source>Token name must not contain control characters.</source>
            <translation>令牌名称不能包含控制字符。</translation>
        </message>
        <message>
            <source>Token description is too long (at most %1 characters).</source>
            <translation>令牌描述太长（最多 %1 个字符）。</translation>
        </message>
        <message>
            <source>Select at least one scope.</source>
            <translation>请至少选择一个范围。</translation>
        </message>
        <message>
            <source>Unknown scope "%1".</source>
            <translation>未知范围“%1”。</translation>
        </message>
        <message>
            <source>Expiration date is required.</source>
            <translation>到期日期为必填项。</translation>
        </message>
        <message>
            <source>Expiration date must be %1 or later (dates are in UTC).</source>
            <translation>到期日期必须是 %1 或之后（日期为 UTC）。</translation>
        </message>
        <message numerus="yes">
            <source>Expiration date must be %1 or earlier (at most %n day(s) ahead).</source>
            <translation>
                <numerusform>到期日期必须是 %1 或之前（最多 %n 天后）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Unknown role %1: choose guest, planner, reporter, developer, maintainer or owner.</source>
            <translation>未知角色 %1：请选择 guest、planner、reporter、developer、maintainer 或 owner。</translation>
        </message>
        <message>
            <source>The role %1 is above your own role (%2) there.</source>
            <translation>角色 %1 高于您自己在那里的角色（%2）。</translation>
        </message>
        <message>
            <source>Group and project access tokens cannot have the scope "%1".</source>
            <translation>群组和项目访问令牌不能拥有范围“%1”。</translation>
        </message>
    </context>
    <context>
        <name>VerifyCommand</name>
        <message>
            <source>Read one secret from standard input and show the token it belongs to.</source>
            <translation>从标准输入读取一个密钥，并显示它所属的令牌。</translation>
        </message>
        <message>
            <source>The secret is read from standard input (one line; a trailing newline is ignored). It is never accepted as an argument.</source>
            <translation>密钥从标准输入读取（一行；末尾的换行符会被忽略）。它绝不作为参数接受。</translation>
        </message>
        <message>
            <source>verify takes no arguments: it reads the secret from standard input, so that the secret never appears on a command line.</source>
            <translation>verify 不接受参数：它从标准输入读取密钥，以免密钥出现在命令行中。</translation>
        </message>
        <message>
            <source>Paste the token and press Enter (input is hidden): </source>
            <translation>粘贴令牌并按 Enter（输入内容已隐藏）：</translation>
        </message>
        <message>
            <source>standard input is too long to be a token.</source>
            <translation>标准输入太长，不可能是令牌。</translation>
        </message>
        <message>
            <source>no token on standard input; verify reads one token from standard input.</source>
            <translation>标准输入中没有令牌；verify 从标准输入读取一个令牌。</translation>
        </message>
        <message>
            <source>standard input must hold exactly one token, on one line.</source>
            <translation>标准输入必须只包含一个令牌，且位于一行中。</translation>
        </message>
    </context>
    <context>
        <name>WhoamiCommand</name>
        <message>
            <source>Show who the GitLab access token signs in as, and the access token itself.</source>
            <translation>显示 GitLab 访问令牌以谁的身份登录，以及访问令牌本身的信息。</translation>
        </message>
        <message>
            <source>whoami needs --gitlab URL (or $GITLAB_HOST).</source>
            <translation>whoami 需要 --gitlab URL（或 $GITLAB_HOST）。</translation>
        </message>
        <message>
            <source>the access token lacks the api scope, so it cannot create, rotate or revoke tokens (it has: %1).</source>
            <translation>访问令牌缺少 api 范围，因此无法创建、轮换或撤销令牌（它具有：%1）。</translation>
        </message>
        <message>
            <source>the access token expires on %1 (at 00:00 UTC); rotate it with '%2 rotate self'.</source>
            <translation>访问令牌将于 %1（00:00 UTC）到期；请使用 '%2 rotate self' 轮换它。</translation>
        </message>
        <message>
            <source>GitLab did not show the access token itself (GET /personal_access_tokens/self failed), so its scopes and expiry are unknown.</source>
            <translation>GitLab 没有显示访问令牌本身的信息（GET /personal_access_tokens/self 失败），因此其范围和到期时间未知。</translation>
        </message>
        <message>
            <source>Instance</source>
            <translation>实例</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>User ID</source>
            <translation>用户 ID</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>GitLab version</source>
            <translation>GitLab 版本</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>Access token</source>
            <translation>访问令牌</translation>
        </message>
        <message>
            <source>%1 (ID %2)</source>
            <translation>%1（ID %2）</translation>
        </message>
        <message>
            <source>Its scopes</source>
            <translation>其范围</translation>
        </message>
        <message>
            <source>It expires</source>
            <translation>到期时间</translation>
        </message>
        <message>
            <source>never</source>
            <translation>从不</translation>
        </message>
        <message>
            <source>%1 (at 00:00 UTC)</source>
            <translation>%1（00:00 UTC）</translation>
        </message>
    </context>
    <context>
        <name>WindowDialogs</name>
        <message>
            <source>About TokenDesk</source>
            <translation>关于 TokenDesk</translation>
        </message>
        <message>
            <source>TokenDesk %1</source>
            <translation>TokenDesk %1</translation>
        </message>
        <message>
            <source>Manages GitLab personal access tokens, on a GitLab server or in an offline store on this computer.</source>
            <translation>管理 GitLab 个人访问令牌，可在 GitLab 服务器上，也可在本机的离线存储中。</translation>
        </message>
    </context>
    <context>
        <name>WindowProcess</name>
        <message>
            <source>The TokenDesk window (%1) is not installed next to this program or on PATH.</source>
            <translation>TokenDesk 窗口程序（%1）没有安装在此程序旁边或 PATH 中。</translation>
        </message>
        <message>
            <source>Cannot start %1: %2</source>
            <translation>无法启动 %1：%2</translation>
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
            <translation>管理 GitLab 个人访问令牌。</translation>
        </message>
        <message>
            <source>Open the offline demo store, filled with sample tokens once.</source>
            <translation>打开离线演示存储（首次会填入示例令牌）。</translation>
        </message>
        <message>
            <source>Use the token store at &lt;path&gt; (default: $TOKENDESK_STORE, else tokens.sqlite in the application data folder).</source>
            <translation>使用 &lt;path&gt; 处的令牌存储（默认：$TOKENDESK_STORE，否则为应用程序数据文件夹中的 tokens.sqlite）。</translation>
        </message>
        <message>
            <source>path</source>
            <translation>path</translation>
        </message>
        <message>
            <source>Print the milliseconds from start until the token table was first painted, then quit (for benchmarks).</source>
            <translation>输出从启动到令牌表格首次绘制所用的毫秒数，然后退出（用于基准测试）。</translation>
        </message>
        <message>
            <source>With --rotate or --select: the account of the token ("offline" for the token store, or store:&lt;path&gt;).</source>
            <translation>与 --rotate 或 --select 一起使用：令牌所属的账户（令牌存储为 "offline"，或 store:&lt;path&gt;）。</translation>
        </message>
        <message>
            <source>key</source>
            <translation>键</translation>
        </message>
        <message>
            <source>Open the rotate confirmation of the token with this ID.</source>
            <translation>打开此 ID 令牌的轮换确认对话框。</translation>
        </message>
        <message>
            <source>id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Show the token with this ID, selected.</source>
            <translation>显示并选中此 ID 的令牌。</translation>
        </message>
        <message>
            <source>With --rotate or --select: the token is a group's or project's (group:ID or project:ID).</source>
            <translation>与 --rotate 或 --select 一起使用：令牌属于某个群组或项目（group:ID 或 project:ID）。</translation>
        </message>
        <message>
            <source>resource</source>
            <translation>资源</translation>
        </message>
        <message>
            <source>--demo and --store cannot be combined.</source>
            <translation>--demo 和 --store 不能同时使用。</translation>
        </message>
        <message>
            <source>Give either --rotate or --select.</source>
            <translation>请指定 --rotate 或 --select 之一。</translation>
        </message>
        <message>
            <source>--rotate and --select need --account.</source>
            <translation>--rotate 和 --select 需要 --account。</translation>
        </message>
        <message>
            <source>The token ID must be a positive number.</source>
            <translation>令牌 ID 必须是正数。</translation>
        </message>
        <message>
            <source>Could not open the token store %1: %2</source>
            <translation>无法打开令牌存储 %1：%2</translation>
        </message>
        <message>
            <source>usage: git-credential-tokendesk get|store|erase
A git credential helper: git runs it, e.g. after
  git config --global credential.https://HOST.helper tokendesk
</source>
            <translation>用法：git-credential-tokendesk get|store|erase
一个 git 凭据助手：由 git 运行，例如在执行以下命令之后
  git config --global credential.https://HOST.helper tokendesk
</translation>
        </message>
        <message>
            <source>A git credential helper: git runs it to get the access token of a GitLab host that tokendesk-cli git-use (or the window) mapped to a token saved in the keychain. Set it up with tokendesk-cli git-setup, or: git config --global credential.https://HOST.helper tokendesk</source>
            <translation>一个 git 凭据助手：git 运行它来获取某个 GitLab 主机的访问令牌，该主机已由 tokendesk-cli git-use（或窗口）映射到保存在钥匙串中的令牌。可用 tokendesk-cli git-setup 设置，或：git config --global credential.https://HOST.helper tokendesk</translation>
        </message>
        <message>
            <source>get: print the mapped host's username and token for git. store: save nothing. erase: forget the host's mapping (not the secret).</source>
            <translation>get：为 git 输出所映射主机的用户名和令牌。store：不保存任何内容。erase：忘记该主机的映射（不删除密钥）。</translation>
        </message>
    </context>
</TS>
