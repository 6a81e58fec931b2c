<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
    <context>
        <name>AccessLevels</name>
        <message>
            <source>Guest</source>
            <translation>ゲスト</translation>
        </message>
        <message>
            <source>Planner</source>
            <translation>プランナー</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>レポーター</translation>
        </message>
        <message>
            <source>Developer</source>
            <translation>デベロッパー</translation>
        </message>
        <message>
            <source>Maintainer</source>
            <translation>メンテナー</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>オーナー</translation>
        </message>
        <message>
            <source>Role %1</source>
            <translation>ロール %1</translation>
        </message>
    </context>
    <context>
        <name>AllResourcesListing</name>
        <message>
            <source>group</source>
            <translation>グループ</translation>
        </message>
        <message>
            <source>project</source>
            <translation>プロジェクト</translation>
        </message>
        <message>
            <source>Reading access tokens: %1 of %2 groups and projects</source>
            <translation>アクセストークンを読み込み中: %2 件のグループとプロジェクトのうち %1 件</translation>
        </message>
        <message>
            <source>interrupted; nothing was listed.</source>
            <translation>中断しました。何も一覧表示されていません。</translation>
        </message>
        <message>
            <source>could not read the access tokens of %1 %2: %3</source>
            <translation>%1 %2 のアクセストークンを読み込めませんでした: %3</translation>
        </message>
        <message numerus="yes">
            <source>the listing is incomplete: %n of %1 groups and projects could not be read.</source>
            <translation>
                <numerusform>一覧は不完全です: %1 件のグループとプロジェクトのうち %n 件を読み込めませんでした。</numerusform>
            </translation>
        </message>
        <message>
            <source>No group or project access tokens expire before %1.</source>
            <translation>%1 より前に有効期限が切れるグループまたはプロジェクトのアクセストークンはありません。</translation>
        </message>
        <message>
            <source>No active group or project access tokens.</source>
            <translation>有効なグループまたはプロジェクトのアクセストークンはありません。</translation>
        </message>
        <message>
            <source>never</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>あり</translation>
        </message>
        <message>
            <source>KIND</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>RESOURCE</source>
            <translation>リソース</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>ROLE</source>
            <translation>ロール</translation>
        </message>
        <message>
            <source>SCOPES</source>
            <translation>スコープ</translation>
        </message>
        <message>
            <source>EXPIRES</source>
            <translation>有効期限</translation>
        </message>
        <message>
            <source>LAST USED</source>
            <translation>最終使用</translation>
        </message>
        <message>
            <source>KEYCHAIN</source>
            <translation>キーチェーン</translation>
        </message>
    </context>
    <context>
        <name>CalendarCommand</name>
        <message>
            <source>Write the calendar to FILE (replaced whole, or left as it was when writing fails) instead of standard output.</source>
            <translation>カレンダーを標準出力ではなく FILE に書き込みます（ファイル全体を置き換えます。書き込みに失敗した場合は元のまま残します）。</translation>
        </message>
        <message>
            <source>Write the expiry date of every active token as an iCalendar (.ics) file, with reminders.</source>
            <translation>有効なすべてのトークンの有効期限を、リマインダー付きの iCalendar (.ics) ファイルとして書き出します。</translation>
        </message>
        <message>
            <source>Reads the local store and every connected GitLab account, or only the place --store, --demo or --gitlab names. Each token that expires gets an all-day event on its expiry date (it stops working at 00:00 UTC that day) with an alarm at each reminder threshold (Preferences, or reminders.conf); revoked and expired tokens are left out. An event keeps its UID across exports, so importing a newer file updates the events instead of adding copies.
Exit status: 0 when every place was read; 1 when one could not be (each is named on standard error): the calendar is still written, with the tokens of the places that were read; when no place could be read nothing is written.
</source>
            <translation>ローカルストアと接続済みのすべての GitLab アカウント、または --store, --demo, --gitlab で指定した場所だけを読み込みます。有効期限のある各トークンには、有効期限日の終日イベント（その日の 00:00 UTC に使えなくなります）が作成され、各リマインダーのしきい値（設定または reminders.conf）でアラームが鳴ります。取り消し済みおよび期限切れのトークンは含まれません。イベントはエクスポートをまたいで同じ UID を保つため、新しいファイルをインポートすると、コピーが追加されずにイベントが更新されます。
終了ステータス: すべての場所を読み込めた場合は 0、読み込めなかった場所がある場合は 1（それぞれ標準エラー出力に表示されます）。その場合も、読み込めた場所のトークンでカレンダーは書き出されます。どの場所も読み込めなかった場合は何も書き出されません。
</translation>
        </message>
        <message>
            <source>--output needs a file name.</source>
            <translation>--output にはファイル名が必要です。</translation>
        </message>
        <message>
            <source>could not read %1</source>
            <translation>%1 を読み込めませんでした</translation>
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
            <translation>%1 に書き込めませんでした: %2</translation>
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
            <translation>取り消し済み</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>期限切れ</translation>
        </message>
        <message>
            <source>active</source>
            <translation>有効</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>説明</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>グループ</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>プロジェクト</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>ロール</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>スコープ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>作成日</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>最終使用</translation>
        </message>
        <message>
            <source>never</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>有効期限</translation>
        </message>
        <message>
            <source>%1 (at 00:00 UTC)</source>
            <translation>%1(00:00 UTC)</translation>
        </message>
        <message>
            <source>Bot user ID</source>
            <translation>ボットユーザー ID</translation>
        </message>
        <message>
            <source>User ID</source>
            <translation>ユーザー ID</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>所有者</translation>
        </message>
        <message>
            <source>Used from</source>
            <translation>使用元</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>不明</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>取り消し済み</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <source>no</source>
            <translation>いいえ</translation>
        </message>
        <message>
            <source>What the scopes allow:</source>
            <translation>スコープで許可される操作:</translation>
        </message>
    </context>
    <context>
        <name>Command</name>
        <message>
            <source>The token's ID, a positive whole number.</source>
            <translation>トークンの ID（正の整数）。</translation>
        </message>
        <message>
            <source>%1 takes no arguments.</source>
            <translation>%1 は引数を取りません。</translation>
        </message>
        <message>
            <source>%1 needs exactly one token ID.</source>
            <translation>%1 にはトークン ID をちょうど 1 つ指定してください。</translation>
        </message>
        <message>
            <source>the token ID must be a positive whole number, or 'self'.</source>
            <translation>トークン ID は正の整数か 'self' でなければなりません。</translation>
        </message>
        <message>
            <source>the token ID must be a positive whole number.</source>
            <translation>トークン ID は正の整数でなければなりません。</translation>
        </message>
        <message>
            <source>'self' names the GitLab access token in use; it needs --gitlab URL.</source>
            <translation>'self' は使用中の GitLab アクセストークンを指します。--gitlab URL が必要です。</translation>
        </message>
        <message>
            <source>'self' names your own access token in use, not one of a group or project; leave out --group and --project.</source>
            <translation>'self' はグループやプロジェクトのトークンではなく、使用中のあなた自身のアクセストークンを指します。--group と --project は省いてください。</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>Use the store database at PATH (default: $TOKENDESK_STORE, else the default store).</source>
            <translation>PATH にあるストアデータベースを使用します（既定: $TOKENDESK_STORE、なければ既定のストア）。</translation>
        </message>
        <message>
            <source>Use the separate offline demo store.</source>
            <translation>独立したオフラインのデモ用ストアを使用します。</translation>
        </message>
        <message>
            <source>Work on the GitLab instance at URL (default: $GITLAB_HOST; https:// unless given). The access token comes from $GITLAB_TOKEN, --token-file, or the keychain of a connected account.</source>
            <translation>URL の GitLab インスタンスを操作します（既定: $GITLAB_HOST。指定がなければ https://）。アクセストークンは $GITLAB_TOKEN、--token-file、または接続済みアカウントのキーチェーンから取得します。</translation>
        </message>
        <message>
            <source>Read the GitLab access token from the first line of FILE.</source>
            <translation>GitLab アクセストークンを FILE の 1 行目から読み込みます。</translation>
        </message>
        <message>
            <source>The connected GitLab account whose access token the keychain holds, when there are several.</source>
            <translation>接続済みアカウントが複数ある場合に、キーチェーンにアクセストークンが保存されている GitLab アカウント。</translation>
        </message>
        <message>
            <source>Also trust the certificate authorities in this PEM file.</source>
            <translation>この PEM ファイルの認証局も信頼します。</translation>
        </message>
        <message>
            <source>Give up on a GitLab request that stalls this long (default: 30).</source>
            <translation>GitLab へのリクエストがこの秒数だけ停滞したら中止します（既定: 30）。</translation>
        </message>
        <message>
            <source>Work on the access tokens of this group (its numeric ID or full path, such as acme/platform) instead of your own.</source>
            <translation>自分のトークンではなく、このグループ（数値 ID または acme/platform のようなフルパス）のアクセストークンを操作します。</translation>
        </message>
        <message>
            <source>Work on the access tokens of this project (its numeric ID or full path, such as acme/web) instead of your own.</source>
            <translation>自分のトークンではなく、このプロジェクト（数値 ID または acme/web のようなフルパス）のアクセストークンを操作します。</translation>
        </message>
        <message>
            <source>Print one JSON document with GitLab's field names.</source>
            <translation>GitLab のフィールド名で JSON ドキュメントを 1 つ出力します。</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>このヘルプを表示します。</translation>
        </message>
        <message>
            <source>Show the version.</source>
            <translation>バージョンを表示します。</translation>
        </message>
        <message>
            <source>[hidden]</source>
            <translation>[非表示]</translation>
        </message>
        <message>
            <source>Manage GitLab personal, group and project access tokens from scripts and the terminal.</source>
            <translation>GitLab のパーソナル、グループ、プロジェクトのアクセストークンをスクリプトや端末から管理します。</translation>
        </message>
        <message>
            <source>The command to run (see below).</source>
            <translation>実行するコマンド（下記参照）。</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>コマンド:</translation>
        </message>
        <message>
            <source>Run '%1 COMMAND --help' for a command's options. With --group or --project the token commands work on that group's or project's access tokens. Exit codes: 0 done, 1 failure (store, server, network), 2 usage or validation error (nothing changed), 3 authentication or permission refused (also: you lack the role on the group or project), 4 not found (also: no such group or project), 5 secret not printed (control characters), 6 listing incomplete (some groups or projects could not be read), 130 interrupted.</source>
            <translation>コマンドのオプションは '%1 COMMAND --help' で確認できます。--group または --project を指定すると、トークン関連のコマンドはそのグループまたはプロジェクトのアクセストークンを操作します。終了コード: 0 完了、1 失敗（ストア、サーバー、ネットワーク）、2 使い方または検証のエラー（何も変更されていません）、3 認証または権限の拒否（グループやプロジェクトでのロールが足りない場合も含む）、4 見つからない（該当するグループやプロジェクトがない場合も含む）、5 シークレットを出力しなかった（制御文字を含む）、6 一覧が不完全（一部のグループやプロジェクトを読み込めなかった）、130 中断。</translation>
        </message>
        <message>
            <source>no command given; run '%1 --help' for the list of commands.</source>
            <translation>コマンドが指定されていません。コマンドの一覧は '%1 --help' で確認できます。</translation>
        </message>
        <message>
            <source>unknown command '%1'; run '%2 --help' for the list of commands.</source>
            <translation>不明なコマンド '%1' です。コマンドの一覧は '%2 --help' で確認できます。</translation>
        </message>
        <message>
            <source>--%1 given more than once.</source>
            <translation>--%1 が複数回指定されています。</translation>
        </message>
        <message>
            <source>--store needs a file path.</source>
            <translation>--store にはファイルパスが必要です。</translation>
        </message>
        <message>
            <source>--store and --demo cannot be used together.</source>
            <translation>--store と --demo は同時に使用できません。</translation>
        </message>
        <message>
            <source>--gitlab cannot be used with --store or --demo.</source>
            <translation>--gitlab は --store や --demo と同時に使用できません。</translation>
        </message>
        <message>
            <source>--gitlab needs the instance URL, such as https://gitlab.example.com.</source>
            <translation>--gitlab には https://gitlab.example.com のようなインスタンスの URL が必要です。</translation>
        </message>
        <message>
            <source>--timeout must be a number of seconds between 0 and 3600, such as 30.</source>
            <translation>--timeout には 0 から 3600 までの秒数（30 など）を指定してください。</translation>
        </message>
        <message>
            <source>--token-file, --user, --ca-file and --timeout need --gitlab URL (or $GITLAB_HOST).</source>
            <translation>--token-file, --user, --ca-file, --timeout には --gitlab URL（または $GITLAB_HOST）が必要です。</translation>
        </message>
        <message>
            <source>--group and --project cannot be used together.</source>
            <translation>--group と --project は同時に使用できません。</translation>
        </message>
        <message>
            <source>--%1 needs the numeric ID or the full path, such as 42 or acme/web.</source>
            <translation>--%1 には 42 や acme/web のような数値 ID またはフルパスが必要です。</translation>
        </message>
        <message>
            <source>%1 does not work on a group's or project's tokens; leave out --%2.</source>
            <translation>%1 はグループやプロジェクトのトークンには使用できません。--%2 は省いてください。</translation>
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
            <translation>コマンド</translation>
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
            <translation>はい</translation>
        </message>
    </context>
    <context>
        <name>Confirmations</name>
        <message>
            <source>Revoke token</source>
            <translation>トークンを取り消す</translation>
        </message>
        <message>
            <source>Revoke the token '%1'?</source>
            <translation>トークン「%1」を取り消しますか?</translation>
        </message>
        <message>
            <source>Scripts and applications that use it lose access at once. This cannot be undone.</source>
            <translation>このトークンを使うスクリプトやアプリケーションは直ちにアクセスできなくなります。この操作は元に戻せません。</translation>
        </message>
        <message>
            <source>This is the token TokenDesk signs in with to %1. Revoking it disconnects TokenDesk from this account; to come back, connect again with another token. This cannot be undone.</source>
            <translation>これは TokenDesk が %1 へのサインインに使っているトークンです。取り消すと TokenDesk はこのアカウントから切断されます。再び使うには、別のトークンで接続し直してください。この操作は元に戻せません。</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>取り消す</translation>
        </message>
        <message>
            <source>Also delete the saved secret from the keychain</source>
            <translation>保存したシークレットもキーチェーンから削除する</translation>
        </message>
        <message>
            <source>Rotate token</source>
            <translation>トークンをローテーション</translation>
        </message>
        <message>
            <source>Rotate the token '%1'?</source>
            <translation>トークン「%1」をローテーションしますか?</translation>
        </message>
        <message>
            <source>Its secret stops working at once. A new token with the same name and scopes replaces it, expiring on %1; its secret is shown once.</source>
            <translation>現在のシークレットは直ちに使えなくなります。同じ名前とスコープを持つ新しいトークン（有効期限 %1）に置き換えられ、そのシークレットは一度だけ表示されます。</translation>
        </message>
        <message>
            <source>Rotate</source>
            <translation>ローテーション</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <source>Connect to GitLab</source>
            <translation>GitLab に接続</translation>
        </message>
        <message>
            <source>TokenDesk signs in to GitLab with a personal access token of yours. It keeps that token in the system keychain only.</source>
            <translation>TokenDesk はあなたのパーソナルアクセストークンで GitLab にサインインします。そのトークンはシステムのキーチェーンにのみ保存されます。</translation>
        </message>
        <message>
            <source>&amp;Instance URL</source>
            <translation>インスタンス URL(&amp;I)</translation>
        </message>
        <message>
            <source>Instance URL</source>
            <translation>インスタンス URL</translation>
        </message>
        <message>
            <source>Access &amp;token</source>
            <translation>アクセストークン(&amp;T)</translation>
        </message>
        <message>
            <source>Access token</source>
            <translation>アクセストークン</translation>
        </message>
        <message>
            <source>A&amp;dd as a new account</source>
            <translation>新しいアカウントとして追加(&amp;D)</translation>
        </message>
        <message>
            <source>Create a token for TokenDesk</source>
            <translation>TokenDesk 用のトークンを作成</translation>
        </message>
        <message>
            <source>&amp;Advanced</source>
            <translation>詳細設定(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;CA certificate file</source>
            <translation>CA 証明書ファイル(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>参照(&amp;B)…</translation>
        </message>
        <message>
            <source>T&amp;imeout</source>
            <translation>タイムアウト(&amp;I)</translation>
        </message>
        <message>
            <source>Connected account</source>
            <translation>接続済みアカウント</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>ユーザー名</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>管理者</translation>
        </message>
        <message>
            <source>Token scopes</source>
            <translation>トークンのスコープ</translation>
        </message>
        <message>
            <source>Token expires</source>
            <translation>トークンの有効期限</translation>
        </message>
        <message>
            <source>GitLab version</source>
            <translation>GitLab のバージョン</translation>
        </message>
    </context>
    <context>
        <name>CreateCommand</name>
        <message>
            <source>The token's name (required).</source>
            <translation>トークンの名前（必須）。</translation>
        </message>
        <message>
            <source>What the token is for.</source>
            <translation>トークンの用途。</translation>
        </message>
        <message>
            <source>Expiration date in UTC, from tomorrow to a year ahead (default: 30 days ahead).</source>
            <translation>UTC での有効期限日。明日から 1 年後まで（既定: 30 日後）。</translation>
        </message>
        <message>
            <source>A scope to grant; repeat for several (see 'scopes').</source>
            <translation>付与するスコープ。複数指定するには繰り返します（'scopes' を参照）。</translation>
        </message>
        <message>
            <source>GitLab administrators: create the token for the user with this ID.</source>
            <translation>GitLab 管理者向け: この ID のユーザーのトークンを作成します。</translation>
        </message>
        <message>
            <source>With --group or --project: the token's role, one of guest, planner, reporter, developer, maintainer, owner, or its number (default: maintainer).</source>
            <translation>--group または --project と併用: トークンのロール。guest, planner, reporter, developer, maintainer, owner のいずれか、またはその数値（既定: maintainer）。</translation>
        </message>
        <message>
            <source>Save the new secret in the system keychain.</source>
            <translation>新しいシークレットをシステムのキーチェーンに保存します。</translation>
        </message>
        <message>
            <source>With --keychain: do not print the secret (it is printed anyway when saving fails).</source>
            <translation>--keychain と併用: シークレットを出力しません（保存に失敗した場合は出力されます）。</translation>
        </message>
        <message>
            <source>Create a token and print its secret once.</source>
            <translation>トークンを作成し、そのシークレットを一度だけ出力します。</translation>
        </message>
        <message>
            <source>create needs --name NAME.</source>
            <translation>create には --name NAME が必要です。</translation>
        </message>
        <message>
            <source>create needs at least one --scope SCOPE (see '%1 scopes').</source>
            <translation>create には少なくとも 1 つの --scope SCOPE が必要です（'%1 scopes' を参照）。</translation>
        </message>
        <message>
            <source>unknown scope '%1'; run '%2 scopes' for the list.</source>
            <translation>不明なスコープ '%1' です。一覧は '%2 scopes' で確認できます。</translation>
        </message>
        <message>
            <source>group and project access tokens cannot have the scope '%1'; run '%2 --%3 %4 scopes' for those they can have.</source>
            <translation>グループとプロジェクトのアクセストークンにはスコープ '%1' を付与できません。付与できるスコープは '%2 --%3 %4 scopes' で確認できます。</translation>
        </message>
        <message>
            <source>--access-level is the role of a group or project access token; it needs --group or --project.</source>
            <translation>--access-level はグループまたはプロジェクトのアクセストークンのロールです。--group または --project が必要です。</translation>
        </message>
        <message>
            <source>unknown role '%1' for --access-level; use guest, planner, reporter, developer, maintainer, owner, or 10, 15, 20, 30, 40, 50.</source>
            <translation>--access-level のロール '%1' は不明です。guest, planner, reporter, developer, maintainer, owner、または 10, 15, 20, 30, 40, 50 を使用してください。</translation>
        </message>
        <message>
            <source>--user-id must be a positive whole number.</source>
            <translation>--user-id は正の整数でなければなりません。</translation>
        </message>
        <message>
            <source>--user-id needs --gitlab URL.</source>
            <translation>--user-id には --gitlab URL が必要です。</translation>
        </message>
        <message>
            <source>--user-id creates a personal token for another user; it cannot be used with --group or --project.</source>
            <translation>--user-id は別のユーザーのパーソナルトークンを作成します。--group や --project とは同時に使用できません。</translation>
        </message>
        <message>
            <source>--expires must be a date written YYYY-MM-DD, such as 2026-12-31.</source>
            <translation>--expires には 2026-12-31 のように YYYY-MM-DD 形式の日付を指定してください。</translation>
        </message>
        <message>
            <source>--quiet needs --keychain: without it the secret would be lost.</source>
            <translation>--quiet には --keychain が必要です。これがないとシークレットが失われます。</translation>
        </message>
        <message>
            <source>Created token %1 "%2".</source>
            <translation>トークン %1「%2」を作成しました。</translation>
        </message>
        <message>
            <source>Created access token %1 "%2" of the group %3.</source>
            <translation>グループ %3 のアクセストークン %1「%2」を作成しました。</translation>
        </message>
        <message>
            <source>Created access token %1 "%2" of the project %3.</source>
            <translation>プロジェクト %3 のアクセストークン %1「%2」を作成しました。</translation>
        </message>
        <message>
            <source>Nothing was created.</source>
            <translation>何も作成されていません。</translation>
        </message>
        <message>
            <source>Create it on GitLab's own page, prefilled: %1</source>
            <translation>入力済みの GitLab のページで作成してください: %1</translation>
        </message>
        <message>
            <source>Then check the new token with: %1 --gitlab %2 verify &lt; FILE</source>
            <translation>その後、新しいトークンを次のコマンドで確認してください: %1 --gitlab %2 verify &lt; FILE</translation>
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
            <translation>トークンが表示されるのは今回だけです。今すぐ安全な場所に保管してください。</translation>
        </message>
        <message>
            <source>the secret of token %1 could not be saved in the keychain either: %2</source>
            <translation>トークン %1 のシークレットはキーチェーンにも保存できませんでした: %2</translation>
        </message>
        <message>
            <source>token %1 has a new secret (printed above; store it safely now), but it could not be saved in the keychain: %2</source>
            <translation>トークン %1 に新しいシークレットが発行されました（上に表示されています。今すぐ安全な場所に保管してください）が、キーチェーンに保存できませんでした: %2</translation>
        </message>
        <message>
            <source>%1: the secret of token %2 is saved in the keychain; '%1 secret %2' prints it.</source>
            <translation>%1: トークン %2 のシークレットはキーチェーンに保存されています。'%1 secret %2' で表示できます。</translation>
        </message>
    </context>
    <context>
        <name>DateFilterOptions</name>
        <message>
            <source>Only tokens created before this day (UTC).</source>
            <translation>この日（UTC）より前に作成されたトークンのみ。</translation>
        </message>
        <message>
            <source>Only tokens created on or after this day (UTC).</source>
            <translation>この日（UTC）以降に作成されたトークンのみ。</translation>
        </message>
        <message>
            <source>Only tokens that expire before this date.</source>
            <translation>この日付より前に有効期限が切れるトークンのみ。</translation>
        </message>
        <message>
            <source>Only tokens that expire on or after this date.</source>
            <translation>この日付以降に有効期限が切れるトークンのみ。</translation>
        </message>
        <message>
            <source>Only tokens last used before this day (UTC).</source>
            <translation>この日（UTC）より前に最後に使用されたトークンのみ。</translation>
        </message>
        <message>
            <source>Only tokens last used on or after this day (UTC).</source>
            <translation>この日（UTC）以降に最後に使用されたトークンのみ。</translation>
        </message>
        <message>
            <source>--%1 must be a date written YYYY-MM-DD, such as 2026-12-31.</source>
            <translation>--%1 には 2026-12-31 のように YYYY-MM-DD 形式の日付を指定してください。</translation>
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
            <translation>CI デプロイ</translation>
        </message>
        <message>
            <source>Deploys main to staging from the CI pipeline.</source>
            <translation>CI パイプラインから main をステージングにデプロイします。</translation>
        </message>
        <message>
            <source>Release bot</source>
            <translation>リリースボット</translation>
        </message>
        <message>
            <source>Tags releases and uploads packages.</source>
            <translation>リリースにタグを付け、パッケージをアップロードします。</translation>
        </message>
        <message>
            <source>Old laptop</source>
            <translation>古いノート PC</translation>
        </message>
        <message>
            <source>Git over HTTPS from the laptop that was replaced.</source>
            <translation>買い替え前のノート PC から HTTPS 経由で git を使用。</translation>
        </message>
        <message>
            <source>Container registry</source>
            <translation>コンテナレジストリ</translation>
        </message>
        <message>
            <source>Pushes images from the build server.</source>
            <translation>ビルドサーバーからイメージをプッシュします。</translation>
        </message>
        <message>
            <source>Grafana dashboards</source>
            <translation>Grafana ダッシュボード</translation>
        </message>
        <message>
            <source>Reads pipeline and issue statistics.</source>
            <translation>パイプラインとイシューの統計を読み取ります。</translation>
        </message>
        <message>
            <source>Kubernetes agent</source>
            <translation>Kubernetes エージェント</translation>
        </message>
        <message>
            <source>Cluster access for the deploy jobs.</source>
            <translation>デプロイジョブ用のクラスターアクセス。</translation>
        </message>
        <message>
            <source>Backup script</source>
            <translation>バックアップスクリプト</translation>
        </message>
        <message>
            <source>Nightly mirror of every repository.</source>
            <translation>全リポジトリの夜間ミラー。</translation>
        </message>
        <message>
            <source>Editor assistant</source>
            <translation>エディターアシスタント</translation>
        </message>
        <message>
            <source>GitLab Duo in the code editor.</source>
            <translation>コードエディターの GitLab Duo。</translation>
        </message>
        <message>
            <source>Laptop git</source>
            <translation>ノート PC の git</translation>
        </message>
        <message>
            <source>Issue importer</source>
            <translation>イシューインポーター</translation>
        </message>
        <message>
            <source>Old sudo script</source>
            <translation>古い sudo スクリプト</translation>
        </message>
        <message>
            <source>Metrics exporter</source>
            <translation>メトリクスエクスポーター</translation>
        </message>
        <message>
            <source>Deploy script</source>
            <translation>デプロイスクリプト</translation>
        </message>
        <message>
            <source>Never used</source>
            <translation>未使用</translation>
        </message>
        <message>
            <source>Registry push</source>
            <translation>レジストリへのプッシュ</translation>
        </message>
        <message>
            <source>Duo in the editor</source>
            <translation>エディターの Duo</translation>
        </message>
        <message>
            <source>Acme</source>
            <translation>Acme</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>プラットフォーム</translation>
        </message>
        <message>
            <source>API</source>
            <translation>API</translation>
        </message>
        <message>
            <source>Web shop</source>
            <translation>Web ショップ</translation>
        </message>
        <message>
            <source>Infrastructure</source>
            <translation>インフラストラクチャ</translation>
        </message>
        <message>
            <source>Terraform</source>
            <translation>Terraform</translation>
        </message>
        <message>
            <source>Handbook</source>
            <translation>ハンドブック</translation>
        </message>
        <message>
            <source>Design guild</source>
            <translation>デザインギルド</translation>
        </message>
        <message>
            <source>Icons</source>
            <translation>アイコン</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>コミュニティ</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Web サイト</translation>
        </message>
        <message>
            <source>Runner fleet</source>
            <translation>Runner 群</translation>
        </message>
        <message>
            <source>Registers the shared CI runners.</source>
            <translation>共有 CI Runner を登録します。</translation>
        </message>
        <message>
            <source>Dependency updates</source>
            <translation>依存関係の更新</translation>
        </message>
        <message>
            <source>Opens merge requests for outdated dependencies.</source>
            <translation>古くなった依存関係のマージリクエストを作成します。</translation>
        </message>
        <message>
            <source>Platform audit</source>
            <translation>プラットフォーム監査</translation>
        </message>
        <message>
            <source>Reads every project's settings each night.</source>
            <translation>毎晩すべてのプロジェクトの設定を読み取ります。</translation>
        </message>
        <message>
            <source>Release pipeline</source>
            <translation>リリースパイプライン</translation>
        </message>
        <message>
            <source>Tags releases and pushes the changelog.</source>
            <translation>リリースにタグを付け、変更履歴をプッシュします。</translation>
        </message>
        <message>
            <source>Staging deploy</source>
            <translation>ステージングデプロイ</translation>
        </message>
        <message>
            <source>Deploys every merge to staging.</source>
            <translation>すべてのマージをステージングにデプロイします。</translation>
        </message>
        <message>
            <source>Preview environments</source>
            <translation>プレビュー環境</translation>
        </message>
        <message>
            <source>Builds a preview of every merge request.</source>
            <translation>マージリクエストごとにプレビューをビルドします。</translation>
        </message>
        <message>
            <source>Image registry</source>
            <translation>イメージレジストリ</translation>
        </message>
        <message>
            <source>Pushes the shop's container images.</source>
            <translation>ショップのコンテナイメージをプッシュします。</translation>
        </message>
        <message>
            <source>Terraform state</source>
            <translation>Terraform ステート</translation>
        </message>
        <message>
            <source>Keeps the Terraform state in the project.</source>
            <translation>Terraform のステートをプロジェクト内に保持します。</translation>
        </message>
        <message>
            <source>Docs publisher</source>
            <translation>ドキュメント公開</translation>
        </message>
        <message>
            <source>Publishes the handbook to the intranet.</source>
            <translation>ハンドブックをイントラネットに公開します。</translation>
        </message>
        <message>
            <source>Spell checker</source>
            <translation>スペルチェッカー</translation>
        </message>
        <message>
            <source>Comments on spelling in merge requests.</source>
            <translation>マージリクエストのスペルミスにコメントします。</translation>
        </message>
        <message>
            <source>Icon export</source>
            <translation>アイコンのエクスポート</translation>
        </message>
        <message>
            <source>Exports the icon set for the apps.</source>
            <translation>アプリ用のアイコンセットをエクスポートします。</translation>
        </message>
        <message>
            <source>Guild automation</source>
            <translation>ギルドの自動化</translation>
        </message>
        <message>
            <source>Only an owner of the guild can see this one.</source>
            <translation>これはギルドのオーナーだけが見られます。</translation>
        </message>
        <message>
            <source>Site deploy</source>
            <translation>サイトのデプロイ</translation>
        </message>
        <message>
            <source>Only a maintainer of the website can see this one.</source>
            <translation>これは Web サイトのメンテナーだけが見られます。</translation>
        </message>
    </context>
    <context>
        <name>ExpiryCalendar</name>
        <message>
            <source>GitLab token “%1” stopped working today at 00:00 UTC.</source>
            <translation>GitLab トークン「%1」は今日の 00:00 UTC に使えなくなりました。</translation>
        </message>
        <message>
            <source>GitLab token “%1” stops working tomorrow at 00:00 UTC: today is its last day.</source>
            <translation>GitLab トークン「%1」は明日の 00:00 UTC に使えなくなります。今日が最終日です。</translation>
        </message>
        <message numerus="yes">
            <source>GitLab token “%1” stops working in %n day(s).</source>
            <translation>
                <numerusform>GitLab トークン「%1」は %n 日後に使えなくなります。</numerusform>
            </translation>
        </message>
        <message>
            <source>GitLab token expiry</source>
            <translation>GitLab トークンの有効期限</translation>
        </message>
        <message>
            <source>GitLab token “%1” expires</source>
            <translation>GitLab トークン「%1」の有効期限</translation>
        </message>
        <message>
            <source>GitLab token “%1” of %2 expires</source>
            <translation>%2 の GitLab トークン「%1」の有効期限</translation>
        </message>
        <message>
            <source>Account: %1</source>
            <translation>アカウント: %1</translation>
        </message>
        <message>
            <source>Group: %1</source>
            <translation>グループ: %1</translation>
        </message>
        <message>
            <source>Project: %1</source>
            <translation>プロジェクト: %1</translation>
        </message>
        <message>
            <source>Token: %1 (ID %2)</source>
            <translation>トークン: %1(ID %2)</translation>
        </message>
        <message>
            <source>Scopes: %1</source>
            <translation>スコープ: %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>It stops working on %1 at 00:00 UTC. Rotate it in TokenDesk before then.</source>
            <translation>%1 の 00:00 UTC に使えなくなります。それまでに TokenDesk でローテーションしてください。</translation>
        </message>
    </context>
    <context>
        <name>ExpiryCheck</name>
        <message>
            <source>The groups and projects could not be listed: %1</source>
            <translation>グループとプロジェクトを一覧表示できませんでした: %1</translation>
        </message>
        <message>
            <source>The access tokens of the group %1 could not be read: %2</source>
            <translation>グループ %1 のアクセストークンを読み込めませんでした: %2</translation>
        </message>
        <message>
            <source>The access tokens of the project %1 could not be read: %2</source>
            <translation>プロジェクト %1 のアクセストークンを読み込めませんでした: %2</translation>
        </message>
        <message>
            <source>There is nothing to read at %1.</source>
            <translation>%1 には読み込むものがありません。</translation>
        </message>
        <message>
            <source>Offline store · %1</source>
            <translation>オフラインストア · %1</translation>
        </message>
    </context>
    <context>
        <name>ForgetCommand</name>
        <message>
            <source>Delete the token's secret from the keychain (the token stays valid).</source>
            <translation>トークンのシークレットをキーチェーンから削除します（トークン自体は有効なままです）。</translation>
        </message>
        <message>
            <source>no secret was left in the keychain for token %1 (it was deleted elsewhere); TokenDesk no longer lists it as saved.</source>
            <translation>トークン %1 のシークレットはキーチェーンに残っていませんでした（別の場所で削除されています）。TokenDesk では保存済みとして表示しなくなりました。</translation>
        </message>
        <message>
            <source>Deleted the secret of token %1 from the keychain.</source>
            <translation>トークン %1 のシークレットをキーチェーンから削除しました。</translation>
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
            <translation>git が保存済みトークンを使用できるホストを一覧表示します。</translation>
        </message>
        <message>
            <source>git uses no saved token for any host.</source>
            <translation>git が保存済みトークンを使用するホストはありません。</translation>
        </message>
        <message>
            <source>HOST</source>
            <translation>ホスト</translation>
        </message>
        <message>
            <source>TOKEN</source>
            <translation>トークン</translation>
        </message>
        <message>
            <source>USER NAME</source>
            <translation>ユーザー名</translation>
        </message>
        <message>
            <source>BACKEND</source>
            <translation>バックエンド</translation>
        </message>
    </context>
    <context>
        <name>GitLabLostReplies</name>
        <message>
            <source>The server did not answer the request to create "%1", and TokenDesk did not send it again.</source>
            <translation>「%1」の作成リクエストにサーバーが応答しませんでした。TokenDesk はリクエストを再送していません。</translation>
        </message>
        <message>
            <source>Re-reading the token list failed too (%1), so it is unknown whether the token was created. Check the list before trying again.</source>
            <translation>トークン一覧の再読み込みにも失敗したため（%1）、トークンが作成されたかどうかは不明です。再試行する前に一覧を確認してください。</translation>
        </message>
        <message>
            <source>It is unknown whether the token was created; check the list before trying again.</source>
            <translation>トークンが作成されたかどうかは不明です。再試行する前に一覧を確認してください。</translation>
        </message>
        <message>
            <source>The token list was re-read: the token was not created. You can try again.</source>
            <translation>トークン一覧を再読み込みしました: トークンは作成されていません。再試行できます。</translation>
        </message>
        <message>
            <source>The token list was re-read: a token named "%1" now exists (id %2), but its secret never arrived. Revoke it and create a new one if you need the secret.</source>
            <translation>トークン一覧を再読み込みしました: 「%1」という名前のトークンが作成されています（id %2）が、そのシークレットは届きませんでした。シークレットが必要な場合は、このトークンを取り消して新しく作成してください。</translation>
        </message>
        <message>
            <source>The server did not answer the request to rotate token %1, and TokenDesk did not send it again (a repeated rotation would make GitLab revoke the whole token family).</source>
            <translation>トークン %1 のローテーションのリクエストにサーバーが応答しませんでした。TokenDesk はリクエストを再送していません（ローテーションを繰り返すと、GitLab はトークンファミリー全体を取り消します）。</translation>
        </message>
        <message>
            <source>The access token no longer works: it was probably rotated and the new secret was lost. Connect again with a new access token.</source>
            <translation>このアクセストークンはもう使えません。おそらくローテーションされ、新しいシークレットが失われました。新しいアクセストークンで接続し直してください。</translation>
        </message>
        <message>
            <source>Re-reading the token failed too (%1); check the token list before doing anything else.</source>
            <translation>トークンの再読み込みにも失敗しました（%1）。ほかの操作をする前にトークン一覧を確認してください。</translation>
        </message>
        <message>
            <source>Check the token list.</source>
            <translation>トークン一覧を確認してください。</translation>
        </message>
        <message>
            <source>The token list was re-read: the token was not rotated and still works. You can rotate it again.</source>
            <translation>トークン一覧を再読み込みしました: トークンはローテーションされておらず、まだ使えます。もう一度ローテーションできます。</translation>
        </message>
        <message>
            <source>The token list was re-read: the token was rotated (the old one is revoked), but the new secret never arrived. Rotate the new token "%1" to get a secret; do not rotate the old one again.</source>
            <translation>トークン一覧を再読み込みしました: トークンはローテーションされました（古いトークンは取り消し済み）が、新しいシークレットは届きませんでした。シークレットを取得するには新しいトークン「%1」をローテーションしてください。古いトークンを再度ローテーションしないでください。</translation>
        </message>
        <message>
            <source>The server did not answer the request to revoke token %1, and TokenDesk did not send it again.</source>
            <translation>トークン %1 の取り消しのリクエストにサーバーが応答しませんでした。TokenDesk はリクエストを再送していません。</translation>
        </message>
        <message>
            <source>The access token no longer works, so it was revoked.</source>
            <translation>このアクセストークンはもう使えないため、取り消されています。</translation>
        </message>
        <message>
            <source>Re-reading the token failed too (%1); check the token list.</source>
            <translation>トークンの再読み込みにも失敗しました（%1）。トークン一覧を確認してください。</translation>
        </message>
        <message>
            <source>The token list was re-read: the token is now revoked.</source>
            <translation>トークン一覧を再読み込みしました: トークンは取り消されています。</translation>
        </message>
        <message>
            <source>The token list was re-read: the token was not revoked and still works. You can revoke it again.</source>
            <translation>トークン一覧を再読み込みしました: トークンは取り消されておらず、まだ使えます。もう一度取り消すことができます。</translation>
        </message>
    </context>
    <context>
        <name>GitLabParser</name>
        <message>
            <source>The server sent a reply that is not what GitLab sends (not the expected JSON). Check the instance URL, or try again later.</source>
            <translation>サーバーから GitLab のものではない応答（想定した JSON ではない）が返されました。インスタンス URL を確認するか、後でもう一度お試しください。</translation>
        </message>
        <message>
            <source>Token name</source>
            <translation>トークン名</translation>
        </message>
        <message>
            <source>Token description</source>
            <translation>トークンの説明</translation>
        </message>
        <message>
            <source>Expiration date</source>
            <translation>有効期限日</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>スコープ</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>ロール</translation>
        </message>
        <message>
            <source>GitLab refused the access token: it is invalid, expired or revoked. Reconnect with a valid token.</source>
            <translation>GitLab がアクセストークンを拒否しました: 無効、期限切れ、または取り消し済みです。有効なトークンで接続し直してください。</translation>
        </message>
        <message>
            <source>(GitLab says: %1)</source>
            <translation>（GitLab のメッセージ: %1）</translation>
        </message>
        <message>
            <source>The access token lacks a scope this action needs.</source>
            <translation>このアクセストークンには、この操作に必要なスコープがありません。</translation>
        </message>
        <message>
            <source>The access token lacks the scope this action needs: %1.</source>
            <translation>このアクセストークンには、この操作に必要なスコープがありません: %1。</translation>
        </message>
        <message>
            <source> or </source>
            <translation> または </translation>
        </message>
        <message>
            <source>GitLab does not allow this account to do that (403 Forbidden).</source>
            <translation>GitLab はこのアカウントにその操作を許可していません（403 Forbidden）。</translation>
        </message>
        <message>
            <source>Not found: the token or resource does not exist, or this account cannot see it.</source>
            <translation>見つかりません: トークンまたはリソースが存在しないか、このアカウントからは見えません。</translation>
        </message>
        <message>
            <source>The server does not support this request (405 Method Not Allowed); it may be an older GitLab version.</source>
            <translation>サーバーはこのリクエストに対応していません（405 Method Not Allowed）。古いバージョンの GitLab の可能性があります。</translation>
        </message>
        <message>
            <source>GitLab is limiting requests (429 Too Many Requests). Try again later.</source>
            <translation>GitLab がリクエストを制限しています（429 Too Many Requests）。後でもう一度お試しください。</translation>
        </message>
        <message>
            <source>GitLab could not process the request (422 Unprocessable Entity)</source>
            <translation>GitLab はリクエストを処理できませんでした（422 Unprocessable Entity）</translation>
        </message>
        <message>
            <source>GitLab rejected the request (400 Bad Request)</source>
            <translation>GitLab がリクエストを拒否しました（400 Bad Request）</translation>
        </message>
        <message>
            <source>The server failed (HTTP %1). Try again later.</source>
            <translation>サーバーでエラーが発生しました（HTTP %1）。後でもう一度お試しください。</translation>
        </message>
        <message>
            <source>The server answered with HTTP %1.</source>
            <translation>サーバーが HTTP %1 を返しました。</translation>
        </message>
        <message>
            <source>The server answered with HTTP %1: %2</source>
            <translation>サーバーが HTTP %1 を返しました: %2</translation>
        </message>
    </context>
    <context>
        <name>GitLabResourceListing</name>
        <message>
            <source>The list of groups and projects is larger than %1; TokenDesk stopped reading it.</source>
            <translation>グループとプロジェクトの一覧が %1 件を超えているため、TokenDesk は読み込みを中止しました。</translation>
        </message>
        <message>
            <source>The server sent the same groups or projects again on page %1; TokenDesk stopped reading the list.</source>
            <translation>サーバーが %1 ページ目で同じグループまたはプロジェクトを再び送ってきたため、TokenDesk は一覧の読み込みを中止しました。</translation>
        </message>
        <message numerus="yes">
            <source>The list of groups and projects is longer than %n page(s); TokenDesk stopped reading.</source>
            <translation>
                <numerusform>グループとプロジェクトの一覧が %n ページを超えているため、TokenDesk は読み込みを中止しました。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GitLabSecretRevocation</name>
        <message>
            <source>GitLab does not accept this token: it is unknown to this instance, expired or already revoked.</source>
            <translation>GitLab はこのトークンを受け付けません: このインスタンスでは不明なトークンか、期限切れまたは取り消し済みです。</translation>
        </message>
        <message>
            <source>No token was given.</source>
            <translation>トークンが指定されていません。</translation>
        </message>
        <message>
            <source>The connection to GitLab is closed.</source>
            <translation>GitLab への接続は閉じられています。</translation>
        </message>
        <message>
            <source>GitLab did not answer the request to revoke token %1 ("%2"), and TokenDesk did not send it again.</source>
            <translation>トークン %1（「%2」）の取り消しのリクエストに GitLab が応答しませんでした。TokenDesk はリクエストを再送していません。</translation>
        </message>
        <message>
            <source>Asking GitLab about the token failed too (%1); try revoking it again.</source>
            <translation>GitLab へのトークンの問い合わせにも失敗しました（%1）。もう一度取り消してみてください。</translation>
        </message>
        <message>
            <source>The token still works: revoke it again.</source>
            <translation>トークンはまだ使えます。もう一度取り消してください。</translation>
        </message>
    </context>
    <context>
        <name>GitLabUrls</name>
        <message>
            <source>The instance URL is not valid; it should look like https://gitlab.example.com.</source>
            <translation>インスタンス URL が無効です。https://gitlab.example.com のような形式にしてください。</translation>
        </message>
        <message>
            <source>The instance URL must not contain a user name or password.</source>
            <translation>インスタンス URL にユーザー名やパスワードを含めることはできません。</translation>
        </message>
        <message>
            <source>TokenDesk refuses to send an access token over unencrypted http:// to %1; use https:// (http:// is only allowed for this computer: localhost, 127.0.0.1, ::1).</source>
            <translation>TokenDesk は暗号化されていない http:// で %1 にアクセストークンを送信しません。https:// を使用してください（http:// はこのコンピューター（localhost, 127.0.0.1、::1）に対してのみ使用できます）。</translation>
        </message>
        <message>
            <source>The instance URL must start with https://.</source>
            <translation>インスタンス URL は https:// で始まる必要があります。</translation>
        </message>
        <message>
            <source>There is no file %1.</source>
            <translation>ファイル %1 は存在しません。</translation>
        </message>
        <message>
            <source>The file %1 cannot be read.</source>
            <translation>ファイル %1 を読み込めません。</translation>
        </message>
        <message>
            <source>The file %1 holds no PEM certificate.</source>
            <translation>ファイル %1 に PEM 証明書が含まれていません。</translation>
        </message>
    </context>
    <context>
        <name>GitSetupCommand</name>
        <message>
            <source>Run the git config command (without it, nothing is changed).</source>
            <translation>git config コマンドを実行します（指定しない場合は何も変更しません）。</translation>
        </message>
        <message>
            <source>Show (or with --apply run) the git config command that makes git ask TokenDesk for HOST.</source>
            <translation>git が HOST について TokenDesk に問い合わせるようにする git config コマンドを表示します（--apply を指定すると実行します）。</translation>
        </message>
        <message>
            <source>Without --apply your git configuration is not changed. Then choose the token git uses for HOST with '%1 git-use ID --host HOST'.</source>
            <translation>--apply を指定しない場合、git の設定は変更されません。その後、git が HOST で使用するトークンを '%1 git-use ID --host HOST' で選択してください。</translation>
        </message>
        <message>
            <source>cannot find %1 on PATH or beside %2; install it with TokenDesk.</source>
            <translation>%1 が PATH にも %2 と同じ場所にも見つかりません。TokenDesk と一緒にインストールしてください。</translation>
        </message>
        <message>
            <source>git config failed (exit %1): %2</source>
            <translation>git config に失敗しました（終了コード %1）: %2</translation>
        </message>
        <message>
            <source>git already uses another credential helper for https://%1 (%2 = %3); nothing changed. Remove it with 'git config --global --unset-all %2' and run this again.</source>
            <translation>git は https://%1 に対してすでに別の認証情報ヘルパーを使用しています（%2 = %3）。何も変更していません。'git config --global --unset-all %2' で削除してから、もう一度実行してください。</translation>
        </message>
        <message>
            <source>Ran: %1</source>
            <translation>実行しました: %1</translation>
        </message>
        <message>
            <source>git already asks TokenDesk for https://%1; nothing changed.</source>
            <translation>git はすでに https://%1 について TokenDesk に問い合わせます。何も変更していません。</translation>
        </message>
        <message>
            <source>cannot run git; is it installed?</source>
            <translation>git を実行できません。インストールされていますか?</translation>
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
            <translation>git が HOST で保存済みトークンを使用しないようにします。</translation>
        </message>
        <message>
            <source>The HTTPS host git connects to, such as gitlab.example.com or gitlab.example.com:8443.</source>
            <translation>git が接続する HTTPS ホスト（gitlab.example.com や gitlab.example.com:8443 など）。</translation>
        </message>
        <message>
            <source>%1 needs --host HOST.</source>
            <translation>%1 には --host HOST が必要です。</translation>
        </message>
        <message>
            <source>'%1' is not a host name; write it as gitlab.example.com, optionally with :PORT.</source>
            <translation>'%1' はホスト名ではありません。gitlab.example.com のように（必要に応じて :PORT を付けて）指定してください。</translation>
        </message>
        <message>
            <source>Let git use the token's saved secret for HOST over HTTPS (or stop it with --remove).</source>
            <translation>git が HTTPS で HOST に接続するときに、トークンの保存済みシークレットを使用できるようにします（--remove で停止します）。</translation>
        </message>
        <message>
            <source>git-use --remove takes no token ID, only --host HOST.</source>
            <translation>git-use --remove はトークン ID を取らず、--host HOST だけを取ります。</translation>
        </message>
        <message>
            <source>token %1 is %2, so git could not sign in with it; choose an active token.</source>
            <translation>トークン %1 は%2のため、git はこのトークンでサインインできません。有効なトークンを選択してください。</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>取り消し済み</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>期限切れ</translation>
        </message>
        <message>
            <source>token %1 has no secret saved in the keychain; save one with 'create --keychain' or 'rotate %1 --keychain' first.</source>
            <translation>トークン %1 のシークレットはキーチェーンに保存されていません。先に 'create --keychain' または 'rotate %1 --keychain' で保存してください。</translation>
        </message>
        <message>
            <source>git will use token %1 for https://%2 (user name %3).</source>
            <translation>git は https://%2 でトークン %1 を使用します（ユーザー名 %3）。</translation>
        </message>
        <message>
            <source>If git does not ask TokenDesk for this host yet, run: %1 git-setup --host %2</source>
            <translation>git がまだこのホストについて TokenDesk に問い合わせない場合は、次を実行してください: %1 git-setup --host %2</translation>
        </message>
        <message>
            <source>git does not use a saved token for %1.</source>
            <translation>git は %1 で保存済みトークンを使用していません。</translation>
        </message>
        <message>
            <source>git no longer uses a saved token for https://%1.</source>
            <translation>git は https://%1 で保存済みトークンを使用しなくなりました。</translation>
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
            <translation>このユーザー（数値 ID またはユーザー名）のトークンのみ。</translation>
        </message>
        <message>
            <source>Only tokens with this scope; repeat it for any of several.</source>
            <translation>このスコープを持つトークンのみ。繰り返すと、いずれかを持つトークンが対象になります。</translation>
        </message>
        <message>
            <source>Which tokens: active (default), inactive or all.</source>
            <translation>対象のトークン: active（既定）, inactive, all のいずれか。</translation>
        </message>
        <message>
            <source>Only tokens whose name contains TEXT.</source>
            <translation>名前に TEXT を含むトークンのみ。</translation>
        </message>
        <message>
            <source>Print CSV (RFC 4180) with GitLab's field names, for a spreadsheet.</source>
            <translation>表計算ソフト用に、GitLab のフィールド名で CSV（RFC 4180）を出力します。</translation>
        </message>
        <message>
            <source>Revoke every token listed (asks first on a terminal).</source>
            <translation>一覧にあるトークンをすべて取り消します（端末では先に確認します）。</translation>
        </message>
        <message>
            <source>With --revoke: revoke without asking (needed without a terminal).</source>
            <translation>--revoke と併用: 確認せずに取り消します（端末がない場合に必要）。</translation>
        </message>
        <message>
            <source>Administrators: every user's personal access tokens, with their owners; optionally revoke them.</source>
            <translation>管理者向け: 全ユーザーのパーソナルアクセストークンを所有者とともに表示し、必要に応じて取り消します。</translation>
        </message>
        <message>
            <source>Date filters: --created-before, --created-after, --expires-before, --expires-after, --last-used-before and --last-used-after, each a day written YYYY-MM-DD (UTC).</source>
            <translation>日付フィルター: --created-before, --created-after, --expires-before, --expires-after, --last-used-before, --last-used-after。いずれも YYYY-MM-DD 形式の日付（UTC）で指定します。</translation>
        </message>
        <message>
            <source>Exit codes: 3 when you are not an administrator, 4 when --owner names no user, 1 when any token could not be revoked (each is named on standard error), 2 for --revoke without a terminal and without --yes (nothing is asked of the server, nothing revoked).</source>
            <translation>終了コード: 管理者でない場合は 3、--owner に該当するユーザーがいない場合は 4、取り消せなかったトークンがある場合は 1（それぞれ標準エラー出力に表示されます）、端末がなく --yes もない状態で --revoke を指定した場合は 2（サーバーには何も問い合わせず、何も取り消しません）。</translation>
        </message>
        <message>
            <source>inventory lists personal access tokens; leave out --group and --project.</source>
            <translation>inventory はパーソナルアクセストークンを一覧表示します。--group と --project は省いてください。</translation>
        </message>
        <message>
            <source>unknown --state '%1'; use active, inactive or all.</source>
            <translation>--state '%1' は不明です。active, inactive, all のいずれかを使用してください。</translation>
        </message>
        <message>
            <source>--owner needs a user ID or username.</source>
            <translation>--owner にはユーザー ID またはユーザー名が必要です。</translation>
        </message>
        <message>
            <source>--scope needs a scope name, such as api.</source>
            <translation>--scope には api のようなスコープ名が必要です。</translation>
        </message>
        <message>
            <source>--yes goes with --revoke.</source>
            <translation>--yes は --revoke と一緒に使用します。</translation>
        </message>
        <message>
            <source>without a terminal to ask on, --revoke needs --yes; nothing was revoked.</source>
            <translation>確認できる端末がないため、--revoke には --yes が必要です。何も取り消していません。</translation>
        </message>
        <message>
            <source>choose one of --json and --csv.</source>
            <translation>--json と --csv のどちらか一方を選択してください。</translation>
        </message>
        <message>
            <source>Reading tokens: page %1 of %2</source>
            <translation>トークンを読み込み中: %1 / %2 ページ</translation>
        </message>
        <message>
            <source>Reading tokens: page %1</source>
            <translation>トークンを読み込み中: %1 ページ目</translation>
        </message>
        <message>
            <source>--owner %1: there is no such user on this instance.</source>
            <translation>--owner %1: このインスタンスにそのユーザーは存在しません。</translation>
        </message>
        <message>
            <source>No tokens to revoke.</source>
            <translation>取り消すトークンはありません。</translation>
        </message>
        <message numerus="yes">
            <source>Revoke %n token(s)</source>
            <translation>
                <numerusform>トークン %n 件を取り消します</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>of %n user(s)?</source>
            <translation>
                <numerusform>（ユーザー %n 人分）。よろしいですか?</numerusform>
            </translation>
        </message>
        <message>
            <source>This includes the token this command signs in with; it is revoked last.</source>
            <translation>このコマンドがサインインに使っているトークンも含まれます。このトークンは最後に取り消されます。</translation>
        </message>
        <message>
            <source>not confirmed; nothing was revoked.</source>
            <translation>確認されなかったため、何も取り消していません。</translation>
        </message>
        <message>
            <source>Revoking: %1 of %2</source>
            <translation>取り消し中: %1 / %2</translation>
        </message>
        <message>
            <source>token %1 of %2 was not revoked: %3</source>
            <translation>%2 のトークン %1 は取り消されませんでした: %3</translation>
        </message>
        <message>
            <source>token %1 is revoked, but its saved secret could not be deleted from the keychain: %2</source>
            <translation>トークン %1 は取り消されましたが、保存済みのシークレットをキーチェーンから削除できませんでした: %2</translation>
        </message>
        <message numerus="yes">
            <source>Revoked %1 of %n token(s).</source>
            <translation>
                <numerusform>%n 件中 %1 件のトークンを取り消しました。</numerusform>
            </translation>
        </message>
        <message>
            <source>the token this command signed in with was revoked last; it no longer signs in.</source>
            <translation>このコマンドがサインインに使ったトークンは最後に取り消されました。このトークンではもうサインインできません。</translation>
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
            <translation>[--owner ID_OR_USERNAME] [--scope SCOPE]... [--state STATE] [日付フィルター] [--search TEXT] [--csv] [--revoke [--yes]]</translation>
        </message>
    </context>
    <context>
        <name>InventoryPrinter</name>
        <message>
            <source>No tokens.</source>
            <translation>トークンはありません。</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>取り消し済み</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>期限切れ</translation>
        </message>
        <message>
            <source>active</source>
            <translation>有効</translation>
        </message>
        <message>
            <source>never</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>USER ID</source>
            <translation>ユーザー ID</translation>
        </message>
        <message>
            <source>USERNAME</source>
            <translation>ユーザー名</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>SCOPES</source>
            <translation>スコープ</translation>
        </message>
        <message>
            <source>CREATED</source>
            <translation>作成日</translation>
        </message>
        <message>
            <source>EXPIRES</source>
            <translation>有効期限</translation>
        </message>
        <message>
            <source>LAST USED</source>
            <translation>最終使用</translation>
        </message>
        <message>
            <source>STATUS</source>
            <translation>状態</translation>
        </message>
    </context>
    <context>
        <name>InventoryWindow</name>
        <message>
            <source>All users' tokens</source>
            <translation>全ユーザーのトークン</translation>
        </message>
        <message>
            <source>&amp;Owner</source>
            <translation>所有者(&amp;O)</translation>
        </message>
        <message>
            <source>S&amp;copes</source>
            <translation>スコープ(&amp;C)</translation>
        </message>
        <message>
            <source>S&amp;tate</source>
            <translation>状態(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Show tokens</source>
            <translation>トークンを表示(&amp;S)</translation>
        </message>
        <message>
            <source>Ca&amp;ncel</source>
            <translation>キャンセル(&amp;N)</translation>
        </message>
        <message>
            <source>To&amp;kens</source>
            <translation>トークン(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Revoke selected</source>
            <translation>選択したトークンを取り消す(&amp;R)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <source>Not re&amp;voked</source>
            <translation>取り消し済みを除く(&amp;V)</translation>
        </message>
    </context>
    <context>
        <name>LaunchRequest</name>
        <message>
            <source>The resource must be group:ID or project:ID, not %1.</source>
            <translation>リソースは %1 ではなく group:ID または project:ID の形式でなければなりません。</translation>
        </message>
    </context>
    <context>
        <name>LeakedTokenDialog</name>
        <message>
            <source>Revoke a leaked token</source>
            <translation>漏洩したトークンを取り消す</translation>
        </message>
        <message>
            <source>Paste a token that was exposed (in a chat, a log or a public repository). Check shows what it is; Revoke ends it at once, whoever owns it. The pasted text is not kept.</source>
            <translation>漏洩した（チャット、ログ、公開リポジトリなどに出てしまった）トークンを貼り付けてください。「確認」でトークンの内容を表示し、「取り消す」で所有者にかかわらず直ちに無効にします。貼り付けたテキストは保持されません。</translation>
        </message>
        <message>
            <source>&amp;Leaked token</source>
            <translation>漏洩したトークン(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>確認(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Revoke</source>
            <translation>取り消す(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Forget the saved secret</source>
            <translation>保存済みのシークレットを削除(&amp;F)</translation>
        </message>
    </context>
    <context>
        <name>ListCommand</name>
        <message>
            <source>Which tokens: active (default), inactive or all.</source>
            <translation>対象のトークン: active（既定）, inactive, all のいずれか。</translation>
        </message>
        <message>
            <source>Only tokens whose name contains TEXT.</source>
            <translation>名前に TEXT を含むトークンのみ。</translation>
        </message>
        <message>
            <source>Order: %1 (default: expires_asc).</source>
            <translation>並び順: %1（既定: expires_asc）。</translation>
        </message>
        <message>
            <source>Every active access token of the groups and projects whose tokens you may manage, each with its group or project.</source>
            <translation>あなたがトークンを管理できるグループとプロジェクトの有効なアクセストークンすべてを、それぞれのグループまたはプロジェクトとともに表示します。</translation>
        </message>
        <message>
            <source>List tokens (active ones unless --state says otherwise), or with --all-resources every group and project access token.</source>
            <translation>トークンを一覧表示します（--state で指定しない限り有効なもののみ）。--all-resources を指定すると、すべてのグループとプロジェクトのアクセストークンを表示します。</translation>
        </message>
        <message>
            <source>Date filters: --created-before, --created-after, --expires-before, --expires-after, --last-used-before and --last-used-after, each a day written YYYY-MM-DD (UTC), as GitLab means them: 'before' excludes the day itself, 'after' includes it; a token without that date (never used, no expiry) does not match.</source>
            <translation>日付フィルター: --created-before, --created-after, --expires-before, --expires-after, --last-used-before, --last-used-after。いずれも YYYY-MM-DD 形式の日付（UTC）で指定し、GitLab と同じ意味で扱います: 'before' はその日自体を含まず、'after' は含みます。その日付を持たないトークン（未使用、有効期限なし）は該当しません。</translation>
        </message>
        <message>
            <source>With --all-resources the groups and projects are read several at a time; those that could not be read are named on standard error and the exit code is 6, after the tokens of the others are printed. When none could be read, for one kind of reason (such as an instance without these tokens), that reason is the error and gives the exit code.</source>
            <translation>--all-resources では、グループとプロジェクトを複数同時に読み込みます。読み込めなかったものは、ほかのトークンを出力した後に標準エラー出力に表示され、終了コードは 6 になります。どれも同じ種類の理由（これらのトークンがないインスタンスなど）で読み込めなかった場合は、その理由がエラーとなり、それに応じた終了コードになります。</translation>
        </message>
        <message>
            <source>--all-resources lists every group and project; leave out --group and --project.</source>
            <translation>--all-resources はすべてのグループとプロジェクトを一覧表示します。--group と --project は省いてください。</translation>
        </message>
        <message>
            <source>--all-resources lists active tokens by expiry date; --state, --search and --sort do not apply.</source>
            <translation>--all-resources は有効なトークンを有効期限順に一覧表示します。--state, --search, --sort は適用されません。</translation>
        </message>
        <message>
            <source>--all-resources takes --expires-before as its only date filter.</source>
            <translation>--all-resources で使用できる日付フィルターは --expires-before だけです。</translation>
        </message>
        <message>
            <source>unknown --state '%1'; use active, inactive or all.</source>
            <translation>--state '%1' は不明です。active, inactive, all のいずれかを使用してください。</translation>
        </message>
        <message>
            <source>unknown --sort '%1'; use one of: %2.</source>
            <translation>--sort '%1' は不明です。次のいずれかを使用してください: %2。</translation>
        </message>
        <message>
            <source>Reading tokens: page %1 of %2</source>
            <translation>トークンを読み込み中: %1 / %2 ページ</translation>
        </message>
        <message>
            <source>Reading tokens: page %1</source>
            <translation>トークンを読み込み中: %1 ページ目</translation>
        </message>
        <message>
            <source>interrupted; the listing above is incomplete.</source>
            <translation>中断しました。上の一覧は不完全です。</translation>
        </message>
        <message>
            <source>interrupted; nothing was listed.</source>
            <translation>中断しました。何も一覧表示されていません。</translation>
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
            <translation>[--state STATE] [--search TEXT] [--sort ORDER] [日付フィルター] | --all-resources [--expires-before YYYY-MM-DD]</translation>
        </message>
    </context>
    <context>
        <name>PageTexts</name>
        <message>
            <source>Group and project access tokens</source>
            <translation>グループとプロジェクトのアクセストークン</translation>
        </message>
        <message>
            <source>Personal access tokens</source>
            <translation>パーソナルアクセストークン</translation>
        </message>
        <message>
            <source>Group access tokens: %1</source>
            <translation>グループアクセストークン: %1</translation>
        </message>
        <message>
            <source>Project access tokens: %1</source>
            <translation>プロジェクトアクセストークン: %1</translation>
        </message>
        <message>
            <source>Group access tokens let CI jobs and automation use the GitLab API, and git over HTTPS, as a bot member of the group with the role you give them. Only the scopes a group token may have are offered. A new token's secret is shown once.</source>
            <translation>グループアクセストークンを使うと、CI ジョブや自動化処理が、付与したロールを持つグループのボットメンバーとして GitLab API と HTTPS 経由の git を使用できます。グループトークンに付与できるスコープだけが表示されます。新しいトークンのシークレットは一度だけ表示されます。</translation>
        </message>
        <message>
            <source>Project access tokens let CI jobs and automation use the GitLab API, and git over HTTPS, as a bot member of the project with the role you give them. Only the scopes a project token may have are offered. A new token's secret is shown once.</source>
            <translation>プロジェクトアクセストークンを使うと、CI ジョブや自動化処理が、付与したロールを持つプロジェクトのボットメンバーとして GitLab API と HTTPS 経由の git を使用できます。プロジェクトトークンに付与できるスコープだけが表示されます。新しいトークンのシークレットは一度だけ表示されます。</translation>
        </message>
    </context>
    <context>
        <name>PasteTokenDialog</name>
        <message>
            <source>Create the token on GitLab</source>
            <translation>GitLab でトークンを作成</translation>
        </message>
        <message>
            <source>Open GitLab's page</source>
            <translation>GitLab のページを開く</translation>
        </message>
        <message>
            <source>&amp;Paste the new token</source>
            <translation>新しいトークンを貼り付け(&amp;P)</translation>
        </message>
        <message>
            <source>Paste the new token</source>
            <translation>新しいトークンを貼り付け</translation>
        </message>
        <message>
            <source>Add token</source>
            <translation>トークンを追加</translation>
        </message>
        <message>
            <source>Save to keychain</source>
            <translation>キーチェーンに保存</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>Clipboard clear &amp;delay</source>
            <translation>クリップボードを消去するまでの時間(&amp;D)</translation>
        </message>
        <message>
            <source>A copied token is removed from the clipboard after this many seconds, unless something else was copied since.</source>
            <translation>コピーしたトークンは、その後ほかのものがコピーされていなければ、この秒数が経過するとクリップボードから削除されます。</translation>
        </message>
        <message>
            <source>Save new tokens to the &amp;keychain automatically</source>
            <translation>新しいトークンを自動的にキーチェーンに保存(&amp;K)</translation>
        </message>
        <message>
            <source>Remind me about &amp;expiring tokens</source>
            <translation>有効期限が近いトークンを通知(&amp;E)</translation>
        </message>
        <message>
            <source>Remind me this many days &amp;before expiry</source>
            <translation>有効期限の何日前に通知するか(&amp;B)</translation>
        </message>
        <message>
            <source>Numbers of days separated by commas, for example 30, 7, 1, 0: one reminder each, and 0 on the day the token expires.</source>
            <translation>日数をカンマ区切りで指定します（例: 30, 7, 1, 0）。それぞれの日に 1 回通知し、0 は有効期限の当日です。</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>言語(&amp;L)</translation>
        </message>
        <message>
            <source>The window, tokendesk-cli and the git credential helper speak it from their next start.</source>
            <translation>ウィンドウ、tokendesk-cli、git 認証情報ヘルパーは次回の起動からこの言語を使います。</translation>
        </message>
    </context>
    <context>
        <name>PrivateFiles</name>
        <message>
            <source>%1 cannot be created: %2</source>
            <translation>%1 を作成できません: %2</translation>
        </message>
        <message>
            <source>%1 cannot be examined: %2</source>
            <translation>%1 を調べられません: %2</translation>
        </message>
        <message>
            <source>%1 was readable or writable by other users (permissions %2); it is now %3.</source>
            <translation>%1 はほかのユーザーが読み書きできる状態でした（アクセス権 %2）。%3 に変更しました。</translation>
        </message>
        <message>
            <source>%1 is readable or writable by other users (permissions %2) and cannot be changed.</source>
            <translation>%1 はほかのユーザーが読み書きできる状態で（アクセス権 %2）、変更できません。</translation>
        </message>
    </context>
    <context>
        <name>QCommandLineParser</name>
        <message>
            <source>[options]</source>
            <translation>[オプション]</translation>
        </message>
        <message>
            <source>Displays help on commandline options.</source>
            <translation>コマンドラインオプションのヘルプを表示します。</translation>
        </message>
        <message>
            <source>Displays help including Qt specific options.</source>
            <translation>Qt 固有のオプションを含むヘルプを表示します。</translation>
        </message>
        <message>
            <source>Displays version information.</source>
            <translation>バージョン情報を表示します。</translation>
        </message>
    </context>
    <context>
        <name>RemindCommand</name>
        <message>
            <source>Tokens that expire within DAYS days (default: the largest reminder threshold, 30 unless changed in Preferences).</source>
            <translation>DAYS 日以内に有効期限が切れるトークン（既定: リマインダーのしきい値の最大値。設定で変更しない限り 30）。</translation>
        </message>
        <message>
            <source>Tokens that expire soon, in every place TokenDesk knows, soonest first.</source>
            <translation>TokenDesk が把握しているすべての場所で、有効期限が近いトークンを期限の近い順に表示します。</translation>
        </message>
        <message>
            <source>Without --store, --demo or --gitlab every place TokenDesk knows is read: the local store (when it exists; it is never created) and every connected GitLab account, with its access token from the keychain. Personal, group and project access tokens are included.</source>
            <translation>--store, --demo, --gitlab を指定しない場合は、TokenDesk が把握しているすべての場所を読み込みます: ローカルストア（存在する場合。新たに作成はしません）と、キーチェーンのアクセストークンを使う接続済みのすべての GitLab アカウントです。パーソナル、グループ、プロジェクトのアクセストークンが含まれます。</translation>
        </message>
        <message>
            <source>--json prints an array of tokens with GitLab's field names, plus "account" (the place's key: the connected account's key, or "store:" and the store file's path), "resource" ({kind, id, full_path}, for group and project tokens; null otherwise) and "days_left" (1 on the token's last working day).</source>
            <translation>--json は、GitLab のフィールド名を持つトークンの配列を出力します。加えて "account"（場所のキー: 接続済みアカウントのキー、または "store:" とストアファイルのパス）、"resource"（グループとプロジェクトのトークンでは {kind, id, full_path}、それ以外は null）、"days_left"（トークンが使える最終日に 1）が含まれます。</translation>
        </message>
        <message>
            <source>Exit codes: 0 whether or not anything is due; 1 when a place could not be read (each is named on standard error; what the others answered is still printed); 2 usage.</source>
            <translation>終了コード: 期限が近いものの有無にかかわらず 0。読み込めなかった場所がある場合は 1（それぞれ標準エラー出力に表示され、ほかの場所の結果は出力されます）。使い方の誤りは 2。</translation>
        </message>
        <message>
            <source>remind reads personal, group and project tokens together; leave out --group and --project.</source>
            <translation>remind はパーソナル、グループ、プロジェクトのトークンをまとめて読み込みます。--group と --project は省いてください。</translation>
        </message>
        <message>
            <source>--within must be a whole number of days from 1 to %1, such as 30.</source>
            <translation>--within には 1 から %1 までの日数（30 など）を整数で指定してください。</translation>
        </message>
        <message>
            <source>could not read %1: %2</source>
            <translation>%1 を読み込めませんでした: %2</translation>
        </message>
        <message>
            <source>No token expires tomorrow.</source>
            <translation>明日有効期限が切れるトークンはありません。</translation>
        </message>
        <message>
            <source>No token expires within %1 days.</source>
            <translation>%1 日以内に有効期限が切れるトークンはありません。</translation>
        </message>
        <message>
            <source>ACCOUNT</source>
            <translation>アカウント</translation>
        </message>
        <message>
            <source>RESOURCE</source>
            <translation>リソース</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>EXPIRES</source>
            <translation>有効期限</translation>
        </message>
        <message>
            <source>DAYS LEFT</source>
            <translation>残り日数</translation>
        </message>
        <message>
            <source>store %1</source>
            <translation>ストア %1</translation>
        </message>
        <message>
            <source>group %1</source>
            <translation>グループ %1</translation>
        </message>
        <message>
            <source>project %1</source>
            <translation>プロジェクト %1</translation>
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
            <translation>デスクトップ通知も表示します: トークンとしきい値ごとに 1 回、同じ通知は二度表示しません（このヘルプの最後を参照）。</translation>
        </message>
        <message>
            <source>With --notify: stay up to SECONDS (default: %1) to answer the notifications' actions; 0 ends at once.</source>
            <translation>--notify と併用: 通知のアクションに応答するため、最大 SECONDS 秒（既定: %1）待機します。0 の場合は直ちに終了します。</translation>
        </message>
        <message>
            <source>--wait needs --notify.</source>
            <translation>--wait には --notify が必要です。</translation>
        </message>
        <message>
            <source>--wait must be a number of seconds from 0 to %1.</source>
            <translation>--wait には 0 から %1 までの秒数を指定してください。</translation>
        </message>
        <message>
            <source>With --notify, each token is told of once per reminder threshold (%1; Preferences or reminders.conf change them); a place that could not be read gets a notification too. What was told is kept in %2.
Where the notification service offers actions, "Rotate now" and "Open" open the TokenDesk window on the token and "Remind me tomorrow" tells of it again tomorrow. Only a running remind can answer them: it stays until each of its notifications is answered or closed, or --wait runs out. Once it has ended the notifications stay on screen, but their buttons do nothing; a longer --wait keeps them working at the cost of a process left waiting.
With no notification service on the session bus, remind --notify says so after the report and exits 1.
</source>
            <translation>--notify を指定すると、各トークンについてリマインダーのしきい値（%1。設定または reminders.conf で変更できます）ごとに 1 回通知します。読み込めなかった場所についても通知します。通知済みの内容は %2 に記録されます。
通知サービスがアクションに対応している場合、「今すぐローテーション」と「開く」は TokenDesk のウィンドウでそのトークンを開き、「明日もう一度通知」は翌日に再度通知します。これらに応答できるのは実行中の remind だけです: remind は、各通知が応答されるか閉じられるか、--wait の時間が切れるまで待機します。終了後も通知は画面に残りますが、ボタンは機能しません。--wait を長くするとボタンは機能し続けますが、その分プロセスが待機したまま残ります。
セッションバスに通知サービスがない場合、remind --notify はレポートの後にその旨を表示し、1 で終了します。
</translation>
        </message>
        <message numerus="yes">
            <source>Posted %n notification(s); answering their actions for a while (Ctrl+C ends this).
</source>
            <translation>
                <numerusform>%n 件の通知を送信しました。しばらくの間、通知のアクションに応答します（Ctrl+C で終了）。
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
            <translation>今後は自動的に通知します: 毎日とログイン時に 'remind --notify' を実行する systemd ユーザータイマーをインストールして開始します。</translation>
        </message>
        <message>
            <source>Stop reminding by itself: remove the timer or the autostart entry.</source>
            <translation>自動通知を停止します: タイマーまたは自動起動エントリーを削除します。</translation>
        </message>
        <message>
            <source>With --enable: where there is no systemd, remind at each login through an XDG autostart entry instead of a timer.</source>
            <translation>--enable と併用: systemd がない環境では、タイマーの代わりに XDG 自動起動エントリーを使ってログインごとに通知します。</translation>
        </message>
        <message>
            <source>--enable and --disable can be repeated safely. Exit codes for them: 0 done, 1 failed, 7 systemd is absent (use --enable --autostart).
</source>
            <translation>--enable と --disable は何度実行しても問題ありません。これらの終了コード: 0 完了、1 失敗、7 systemd がない（--enable --autostart を使用してください）。
</translation>
        </message>
        <message>
            <source>--enable and --disable cannot be used together.</source>
            <translation>--enable と --disable は同時に使用できません。</translation>
        </message>
        <message>
            <source>--autostart goes with --enable.</source>
            <translation>--autostart は --enable と一緒に使用します。</translation>
        </message>
        <message>
            <source>systemd is not available here (no systemctl), so no timer was installed. To be reminded at each login instead, run: %1 remind --enable --autostart</source>
            <translation>この環境では systemd を利用できない（systemctl がない）ため、タイマーはインストールされませんでした。代わりにログインごとに通知するには、次を実行してください: %1 remind --enable --autostart</translation>
        </message>
        <message>
            <source>could not turn reminders on: %1</source>
            <translation>リマインダーを有効にできませんでした: %1</translation>
        </message>
        <message>
            <source>could not turn reminders off: %1</source>
            <translation>リマインダーを無効にできませんでした: %1</translation>
        </message>
    </context>
    <context>
        <name>ReminderLedger</name>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1 を読み込めません: %2</translation>
        </message>
        <message>
            <source>%1 is not a reminder record TokenDesk can read.</source>
            <translation>%1 は TokenDesk が読み込めるリマインダーの記録ではありません。</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 に書き込めません: %2</translation>
        </message>
        <message>
            <source>its folder cannot be created.</source>
            <translation>フォルダーを作成できません。</translation>
        </message>
    </context>
    <context>
        <name>ReminderPlaces</name>
        <message>
            <source>there is no store at %1.</source>
            <translation>%1 にストアがありません。</translation>
        </message>
    </context>
    <context>
        <name>ReminderPlan</name>
        <message>
            <source>Token “%1” expired today</source>
            <translation>トークン「%1」は今日で期限切れになりました</translation>
        </message>
        <message>
            <source>Token “%1” expires tomorrow</source>
            <translation>トークン「%1」は明日で期限切れになります</translation>
        </message>
        <message numerus="yes">
            <source>Token “%1” expires in %n day(s)</source>
            <translation>
                <numerusform>トークン「%1」はあと %n 日で期限切れになります</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, group %2</source>
            <translation>%1、グループ %2</translation>
        </message>
        <message>
            <source>%1, project %2</source>
            <translation>%1、プロジェクト %2</translation>
        </message>
        <message>
            <source>%1
It stopped working on %2 (00:00 UTC): whatever uses it is refused now. Create a new token to replace it.</source>
            <translation>%1
%2（00:00 UTC）に使えなくなりました: このトークンを使うものはすべて拒否されます。代わりの新しいトークンを作成してください。</translation>
        </message>
        <message>
            <source>%1
It stops working on %2 (00:00 UTC).</source>
            <translation>%1
%2（00:00 UTC）に使えなくなります。</translation>
        </message>
        <message>
            <source>Rotate now</source>
            <translation>今すぐローテーション</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>開く</translation>
        </message>
        <message>
            <source>Remind me tomorrow</source>
            <translation>明日もう一度通知</translation>
        </message>
        <message numerus="yes">
            <source>%n token(s) expired or expire soon</source>
            <translation>
                <numerusform>%n 件のトークンが期限切れ、またはまもなく期限切れになります</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n token(s) expire soon</source>
            <translation>
                <numerusform>%n 件のトークンがまもなく期限切れになります</numerusform>
            </translation>
        </message>
        <message>
            <source>expired today</source>
            <translation>今日期限切れ</translation>
        </message>
        <message>
            <source>expires tomorrow</source>
            <translation>明日期限切れ</translation>
        </message>
        <message numerus="yes">
            <source>expires in %n day(s)</source>
            <translation>
                <numerusform>%n 日後に期限切れ</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1” (%2) %3</source>
            <translation>「%1」（%2） %3</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>ほか %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>TokenDesk could not check the tokens of %1</source>
            <translation>TokenDesk は %1 のトークンを確認できませんでした</translation>
        </message>
        <message numerus="yes">
            <source>TokenDesk could not check the tokens of %n place(s)</source>
            <translation>
                <numerusform>TokenDesk は %n か所のトークンを確認できませんでした</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Tokens there that are about to expire are not shown.</source>
            <translation>そこにある期限間近のトークンは表示されていません。</translation>
        </message>
    </context>
    <context>
        <name>ReminderThresholds</name>
        <message>
            <source>"%1" is not a number of days from 0 to %2.</source>
            <translation>「%1」は 0 から %2 までの日数ではありません。</translation>
        </message>
        <message>
            <source>Give at least one number of days, such as 30,7,1,0.</source>
            <translation>30,7,1,0 のように、日数を少なくとも 1 つ指定してください。</translation>
        </message>
    </context>
    <context>
        <name>ReminderUnits</name>
        <message>
            <source>systemd does not accept quotes, backslashes or control characters in the path of the program it runs (%1)</source>
            <translation>systemd は実行するプログラムのパスに引用符、バックスラッシュ、制御文字を受け付けません（%1）</translation>
        </message>
        <message>
            <source>Remind about TokenDesk access tokens that expire soon</source>
            <translation>期限間近の TokenDesk アクセストークンを通知する</translation>
        </message>
        <message>
            <source>Check daily and at login for TokenDesk access tokens that expire soon</source>
            <translation>期限間近の TokenDesk アクセストークンを毎日とログイン時に確認する</translation>
        </message>
        <message>
            <source>TokenDesk expiry reminders</source>
            <translation>TokenDesk 有効期限リマインダー</translation>
        </message>
        <message>
            <source>Tells you at login about access tokens that expire soon</source>
            <translation>期限間近のアクセストークンをログイン時に通知します</translation>
        </message>
    </context>
    <context>
        <name>ResourceDirectory</name>
        <message>
            <source>"%1" is not a valid path: use letters, digits, "_", "-" and ".", with "/" between a group and what it holds.</source>
            <translation>「%1」は有効なパスではありません: 英字、数字、"_"、"-"、"." を使用し、グループとその中身の間は "/" で区切ってください。</translation>
        </message>
        <message>
            <source>The group or project at "%1" needs a name.</source>
            <translation>「%1」のグループまたはプロジェクトには名前が必要です。</translation>
        </message>
        <message>
            <source>The path "%1" is already taken.</source>
            <translation>パス「%1」はすでに使われています。</translation>
        </message>
        <message>
            <source>There is no group "%1", or you cannot see it.</source>
            <translation>グループ「%1」は存在しないか、表示する権限がありません。</translation>
        </message>
        <message>
            <source>There is no project "%1", or you cannot see it.</source>
            <translation>プロジェクト「%1」は存在しないか、表示する権限がありません。</translation>
        </message>
        <message>
            <source>The subgroup "%1" needs its parent group "%2" first.</source>
            <translation>サブグループ「%1」を作成するには、先に親グループ「%2」が必要です。</translation>
        </message>
        <message>
            <source>The project "%1" needs a group: write its path as group/project.</source>
            <translation>プロジェクト「%1」にはグループが必要です: パスを group/project の形式で指定してください。</translation>
        </message>
        <message>
            <source>The project "%1" needs its group "%2" first.</source>
            <translation>プロジェクト「%1」を作成するには、先にグループ「%2」が必要です。</translation>
        </message>
        <message>
            <source>Memberships are of groups and projects.</source>
            <translation>メンバーシップはグループとプロジェクトに対するものです。</translation>
        </message>
        <message>
            <source>%1 is not a role.</source>
            <translation>%1 はロールではありません。</translation>
        </message>
        <message>
            <source>Personal tokens belong to no group or project.</source>
            <translation>パーソナルトークンはグループにもプロジェクトにも属しません。</translation>
        </message>
    </context>
    <context>
        <name>ResourceOverview</name>
        <message>
            <source>This backend has no access tokens for %1.</source>
            <translation>このバックエンドには %1 のアクセストークンがありません。</translation>
        </message>
        <message>
            <source>The account is not connected.</source>
            <translation>アカウントが接続されていません。</translation>
        </message>
    </context>
    <context>
        <name>ResourceOverviewPage</name>
        <message>
            <source>Every active group and project access token you may manage, soonest expiry first. Open a token's group or project to rotate or revoke it.</source>
            <translation>管理できる有効なグループとプロジェクトのアクセストークンすべてを、有効期限の近い順に表示します。ローテーションや取り消しを行うには、トークンのグループまたはプロジェクトを開いてください。</translation>
        </message>
        <message>
            <source>Expiring &amp;within</source>
            <translation>有効期限までの期間(&amp;W)</translation>
        </message>
    </context>
    <context>
        <name>ResourcesCommand</name>
        <message>
            <source>List the groups and projects whose access tokens you may manage (use one with --group or --project).</source>
            <translation>アクセストークンを管理できるグループとプロジェクトを一覧表示します（--group または --project で指定して使います）。</translation>
        </message>
        <message>
            <source>No groups or projects whose access tokens you may manage.</source>
            <translation>アクセストークンを管理できるグループやプロジェクトはありません。</translation>
        </message>
        <message>
            <source>KIND</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>PATH</source>
            <translation>パス</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>YOUR ROLE</source>
            <translation>あなたのロール</translation>
        </message>
        <message>
            <source>group</source>
            <translation>グループ</translation>
        </message>
        <message>
            <source>project</source>
            <translation>プロジェクト</translation>
        </message>
    </context>
    <context>
        <name>RevokeCommand</name>
        <message>
            <source>Keep the token's secret saved in the keychain.</source>
            <translation>キーチェーンに保存されたトークンのシークレットを残します。</translation>
        </message>
        <message>
            <source>Revoke a token (and delete its secret saved in the keychain).</source>
            <translation>トークンを取り消します（キーチェーンに保存されたシークレットも削除します）。</translation>
        </message>
        <message>
            <source>The token's ID, a positive whole number, or 'self' for the GitLab access token in use.</source>
            <translation>トークンの ID（正の整数）、または使用中の GitLab アクセストークンを表す 'self'。</translation>
        </message>
        <message>
            <source>Revoked token %1 "%2".</source>
            <translation>トークン %1「%2」を取り消しました。</translation>
        </message>
        <message>
            <source>Deleted its secret from the keychain.</source>
            <translation>シークレットをキーチェーンから削除しました。</translation>
        </message>
        <message>
            <source>this was the access token in use; it no longer signs in.</source>
            <translation>これは使用中のアクセストークンでした。このトークンではもうサインインできません。</translation>
        </message>
        <message>
            <source>token %1 is revoked, but its saved secret could not be deleted from the keychain: %2</source>
            <translation>トークン %1 は取り消されましたが、保存済みのシークレットをキーチェーンから削除できませんでした: %2</translation>
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
            <translation>確認せずに取り消し、TokenDesk が保持していたコピーを削除します。</translation>
        </message>
        <message>
            <source>Identify a leaked token read from standard input, and revoke it with its own secret.</source>
            <translation>標準入力から読み込んだ漏洩トークンを特定し、そのトークン自身のシークレットで取り消します。</translation>
        </message>
        <message>
            <source>The secret is read from standard input, never from an argument. Without --gitlab the instance of every connected account is asked, then the local store; the first that knows the token wins. On a terminal you are asked before it is revoked; without one, --yes is needed.</source>
            <translation>シークレットは引数からではなく、必ず標準入力から読み込みます。--gitlab を指定しない場合は、接続済みの各アカウントのインスタンス、次にローカルストアに問い合わせ、最初にトークンを認識した場所が使われます。端末では取り消す前に確認します。端末がない場合は --yes が必要です。</translation>
        </message>
        <message>
            <source>Exit codes: 0 revoked; 3 unknown to every place asked, or already revoked or expired; 1 a place could not answer or the revoke failed; 2 usage (nothing revoked).</source>
            <translation>終了コード: 0 取り消し完了、3 問い合わせたどの場所でも不明、または取り消し済みか期限切れ、1 応答できない場所があった、または取り消しに失敗した、2 使い方の誤り（何も取り消していません）。</translation>
        </message>
        <message>
            <source>revoke-leaked takes no arguments: it reads the secret from standard input, so that the secret never appears on a command line.</source>
            <translation>revoke-leaked は引数を取りません: シークレットがコマンドラインに現れないよう、標準入力から読み込みます。</translation>
        </message>
        <message>
            <source>revoke-leaked finds the token wherever it belongs; leave out --group and --project.</source>
            <translation>revoke-leaked はトークンの所属先を自動的に見つけます。--group と --project は省いてください。</translation>
        </message>
        <message>
            <source>without a terminal to ask on, revoke-leaked needs --yes; nothing was revoked.</source>
            <translation>確認できる端末がないため、revoke-leaked には --yes が必要です。何も取り消していません。</translation>
        </message>
        <message>
            <source>The CA file cannot be used: %1</source>
            <translation>CA ファイルを使用できません: %1</translation>
        </message>
        <message>
            <source>standard input does not hold a token (one word of letters, digits, '-', '_' and '.'); nothing was sent anywhere.</source>
            <translation>標準入力にトークン（英字、数字、'-', '_', '.' からなる 1 語）がありません。どこにも何も送信していません。</translation>
        </message>
        <message>
            <source>no place knows this token: TokenDesk has no connected account and no store to ask; give --gitlab URL to ask a GitLab instance.</source>
            <translation>このトークンを認識している場所がありません: TokenDesk には問い合わせる接続済みアカウントもストアもありません。GitLab インスタンスに問い合わせるには --gitlab URL を指定してください。</translation>
        </message>
        <message>
            <source>no place knows this token, or it is already revoked or expired (asked: %1).</source>
            <translation>このトークンを認識している場所がないか、すでに取り消し済みまたは期限切れです（問い合わせ先: %1）。</translation>
        </message>
        <message>
            <source>%1 could not answer: %2</source>
            <translation>%1 が応答できませんでした: %2</translation>
        </message>
        <message>
            <source>the token was not found where an answer came (asked: %1); nothing was revoked.</source>
            <translation>応答があった場所ではトークンが見つかりませんでした（問い合わせ先: %1）。何も取り消していません。</translation>
        </message>
        <message>
            <source>user %1</source>
            <translation>ユーザー %1</translation>
        </message>
        <message>
            <source>Found at %1:</source>
            <translation>%1 で見つかりました:</translation>
        </message>
        <message>
            <source>TokenDesk keeps its secret in the keychain (%1).</source>
            <translation>TokenDesk はこのシークレットをキーチェーンに保存しています（%1）。</translation>
        </message>
        <message>
            <source>git uses it for %1.</source>
            <translation>git は %1 でこのトークンを使用しています。</translation>
        </message>
        <message>
            <source>token %1 is already revoked or expired.</source>
            <translation>トークン %1 はすでに取り消し済みか期限切れです。</translation>
        </message>
        <message>
            <source>Revoke token %1 "%2" of %3 at %4?</source>
            <translation>%4 の %3 のトークン %1「%2」を取り消しますか?</translation>
        </message>
        <message>
            <source>not confirmed; nothing was revoked.</source>
            <translation>確認されなかったため、何も取り消していません。</translation>
        </message>
        <message>
            <source>the token was revoked or expired meanwhile: %1</source>
            <translation>その間にトークンが取り消されたか、期限切れになりました: %1</translation>
        </message>
        <message>
            <source>the token could not be revoked: %1</source>
            <translation>トークンを取り消せませんでした: %1</translation>
        </message>
        <message>
            <source>Revoked token %1 "%2".</source>
            <translation>トークン %1「%2」を取り消しました。</translation>
        </message>
        <message>
            <source>Forget the copies TokenDesk kept of it (keychain, git hosts)?</source>
            <translation>TokenDesk が保持しているこのトークンのコピー（キーチェーン、git ホスト）を削除しますか?</translation>
        </message>
        <message>
            <source>The copies TokenDesk kept were left; forget them with tokendesk-cli forget.</source>
            <translation>TokenDesk が保持しているコピーは残してあります。tokendesk-cli forget で削除してください。</translation>
        </message>
        <message>
            <source>the token is revoked, but its copies could not all be forgotten: %1</source>
            <translation>トークンは取り消されましたが、一部のコピーを削除できませんでした: %1</translation>
        </message>
        <message>
            <source>Deleted its secret from the keychain.</source>
            <translation>シークレットをキーチェーンから削除しました。</translation>
        </message>
        <message numerus="yes">
            <source>git no longer uses it for %n host(s).</source>
            <translation>
                <numerusform>git は %n 件のホストでこのトークンを使用しなくなりました。</numerusform>
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
            <translation>新しいトークンの UTC での有効期限日（既定: 7 日後）。</translation>
        </message>
        <message>
            <source>Save the new secret in the system keychain.</source>
            <translation>新しいシークレットをシステムのキーチェーンに保存します。</translation>
        </message>
        <message>
            <source>With --keychain: do not print the secret (it is printed anyway when saving fails).</source>
            <translation>--keychain と併用: シークレットを出力しません（保存に失敗した場合は出力されます）。</translation>
        </message>
        <message>
            <source>Revoke a token and issue a successor with a new secret (default expiry: 7 days).</source>
            <translation>トークンを取り消し、新しいシークレットを持つ後継トークンを発行します（既定の有効期限: 7 日）。</translation>
        </message>
        <message>
            <source>The token's ID, a positive whole number, or 'self' for the GitLab access token in use.</source>
            <translation>トークンの ID（正の整数）、または使用中の GitLab アクセストークンを表す 'self'。</translation>
        </message>
        <message>
            <source>--expires must be a date written YYYY-MM-DD, such as 2026-12-31.</source>
            <translation>--expires には 2026-12-31 のように YYYY-MM-DD 形式の日付を指定してください。</translation>
        </message>
        <message>
            <source>--quiet needs --keychain: without it the secret would be lost.</source>
            <translation>--quiet には --keychain が必要です。これがないとシークレットが失われます。</translation>
        </message>
        <message>
            <source>this was the access token given in %1; it is revoked now, so replace it with the new token %2.</source>
            <translation>これは %1 で指定されたアクセストークンでした。すでに取り消されているため、新しいトークン %2 に置き換えてください。</translation>
        </message>
        <message>
            <source>the account's access token was rotated, but the new one could not be saved in the keychain as the account's credential: %1</source>
            <translation>アカウントのアクセストークンはローテーションされましたが、新しいトークンをアカウントの認証情報としてキーチェーンに保存できませんでした: %1</translation>
        </message>
        <message>
            <source>%1: the account %2 now signs in with the new token (saved in the keychain).</source>
            <translation>%1: アカウント %2 は新しいトークン（キーチェーンに保存済み）でサインインするようになりました。</translation>
        </message>
        <message>
            <source>Rotated token %1: it is revoked, and token %2 replaces it.</source>
            <translation>トークン %1 をローテーションしました: このトークンは取り消され、トークン %2 に置き換えられました。</translation>
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
            <translation>レジストリや HTTP 経由の Git を含め、API で提供されるすべてを読み書きします。</translation>
        </message>
        <message>
            <source>Read-only access to the API, including registries.</source>
            <translation>レジストリを含む API への読み取り専用アクセス。</translation>
        </message>
        <message>
            <source>Read your own profile and the public user listings.</source>
            <translation>自分のプロフィールと公開ユーザー一覧を読み取ります。</translation>
        </message>
        <message>
            <source>Clone and pull private repositories over HTTP and read files through the API.</source>
            <translation>HTTP 経由でプライベートリポジトリをクローン・プルし、API でファイルを読み取ります。</translation>
        </message>
        <message>
            <source>Clone, pull and push repositories over HTTP (no API access).</source>
            <translation>HTTP 経由でリポジトリをクローン・プル・プッシュします（API へのアクセスなし）。</translation>
        </message>
        <message>
            <source>Pull container images from the container registry.</source>
            <translation>コンテナレジストリからコンテナイメージをプルします。</translation>
        </message>
        <message>
            <source>Push container images to the container registry.</source>
            <translation>コンテナレジストリにコンテナイメージをプッシュします。</translation>
        </message>
        <message>
            <source>Pull container images through the dependency proxy.</source>
            <translation>依存関係プロキシ経由でコンテナイメージをプルします。</translation>
        </message>
        <message>
            <source>Pull, push and delete container images through the dependency proxy.</source>
            <translation>依存関係プロキシ経由でコンテナイメージをプル・プッシュ・削除します。</translation>
        </message>
        <message>
            <source>Make API calls as any user of the instance.</source>
            <translation>インスタンスの任意のユーザーとして API を呼び出します。</translation>
        </message>
        <message>
            <source>Make administrator API calls while Admin Mode is on.</source>
            <translation>管理者モードがオンのときに管理者用の API を呼び出します。</translation>
        </message>
        <message>
            <source>Register new runners.</source>
            <translation>新しい Runner を登録します。</translation>
        </message>
        <message>
            <source>Change and remove existing runners.</source>
            <translation>既存の Runner を変更・削除します。</translation>
        </message>
        <message>
            <source>Use the GitLab Duo AI features through the API.</source>
            <translation>API 経由で GitLab Duo の AI 機能を使用します。</translation>
        </message>
        <message>
            <source>Talk to Kubernetes clusters through the GitLab agent.</source>
            <translation>GitLab エージェント経由で Kubernetes クラスターと通信します。</translation>
        </message>
        <message>
            <source>Download the instance's Service Ping data.</source>
            <translation>インスタンスの Service Ping データをダウンロードします。</translation>
        </message>
        <message>
            <source>Rotate this token itself, and nothing else.</source>
            <translation>このトークン自身のローテーションのみを行います。</translation>
        </message>
        <message>
            <source>A scope this version of TokenDesk does not know; kept as the server reports it.</source>
            <translation>このバージョンの TokenDesk が認識しないスコープです。サーバーが報告したとおりに保持します。</translation>
        </message>
    </context>
    <context>
        <name>ScopesCommand</name>
        <message>
            <source>SCOPE</source>
            <translation>スコープ</translation>
        </message>
        <message>
            <source>ADMIN ONLY</source>
            <translation>管理者専用</translation>
        </message>
        <message>
            <source>DESCRIPTION</source>
            <translation>説明</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <source>no</source>
            <translation>いいえ</translation>
        </message>
        <message>
            <source>List the scopes a token can have (with --group or --project: those their access tokens can have).</source>
            <translation>トークンに付与できるスコープを一覧表示します（--group または --project を指定すると、それらのアクセストークンに付与できるスコープ）。</translation>
        </message>
    </context>
    <context>
        <name>SecretCommand</name>
        <message>
            <source>Print the token's secret saved in the keychain.</source>
            <translation>キーチェーンに保存されたトークンのシークレットを出力します。</translation>
        </message>
        <message>
            <source>The secret goes to standard output followed by a newline, for scripts such as GITLAB_TOKEN=$(%1 secret 12). Exit code 4 when none is saved, 5 when it holds control or invisible characters (it is then not printed).</source>
            <translation>シークレットは改行付きで標準出力に出力されます。GITLAB_TOKEN=$(%1 secret 12) のようなスクリプトで使用できます。保存されていない場合は終了コード 4、制御文字や不可視文字を含む場合は 5 になります（その場合は出力しません）。</translation>
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
            <translation>新しいパーソナルアクセストークン</translation>
        </message>
        <message>
            <source>&amp;Your new personal access token</source>
            <translation>新しいパーソナルアクセストークン(&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;Show token</source>
            <translation>トークンを表示(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>コピー(&amp;C)</translation>
        </message>
        <message>
            <source>Save to &amp;keychain</source>
            <translation>キーチェーンに保存(&amp;K)</translation>
        </message>
        <message>
            <source>Make sure you save it - you won't be able to access it again.</source>
            <translation>必ず保存してください。二度と表示できません。</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>完了(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>SecretInput</name>
        <message>
            <source>Paste the token and press Enter (input is hidden): </source>
            <translation>トークンを貼り付けて Enter キーを押してください（入力は表示されません）: </translation>
        </message>
        <message>
            <source>standard input is too long to be a token.</source>
            <translation>標準入力が長すぎるため、トークンではありません。</translation>
        </message>
        <message>
            <source>no token on standard input; %1 reads one token from standard input.</source>
            <translation>標準入力にトークンがありません。%1 は標準入力からトークンを 1 つ読み込みます。</translation>
        </message>
        <message>
            <source>standard input must hold exactly one token, on one line.</source>
            <translation>標準入力には 1 行に 1 つのトークンだけを含めてください。</translation>
        </message>
    </context>
    <context>
        <name>SessionFactory</name>
        <message>
            <source>no GitLab access token: set GITLAB_TOKEN, give --token-file FILE, or connect an account for %1 in TokenDesk (its token is kept in the keychain).</source>
            <translation>GitLab アクセストークンがありません: GITLAB_TOKEN を設定するか、--token-file FILE を指定するか、TokenDesk で %1 のアカウントを接続してください（そのトークンはキーチェーンに保存されます）。</translation>
        </message>
        <message>
            <source>several accounts are connected to %1 (%2); choose one with --user USER.</source>
            <translation>%1 には複数のアカウントが接続されています（%2）。--user USER でいずれかを選択してください。</translation>
        </message>
        <message>
            <source>no GitLab access token: the keychain holds none for the account %1; set GITLAB_TOKEN or give --token-file FILE.</source>
            <translation>GitLab アクセストークンがありません: キーチェーンにアカウント %1 のトークンがありません。GITLAB_TOKEN を設定するか、--token-file FILE を指定してください。</translation>
        </message>
        <message>
            <source>there is no group %1, or you cannot see it.</source>
            <translation>グループ %1 は存在しないか、表示する権限がありません。</translation>
        </message>
        <message>
            <source>there is no project %1, or you cannot see it.</source>
            <translation>プロジェクト %1 は存在しないか、表示する権限がありません。</translation>
        </message>
        <message>
            <source>%1 has no group or project access tokens.</source>
            <translation>%1 にはグループやプロジェクトのアクセストークンがありません。</translation>
        </message>
        <message>
            <source>The instance URL must not contain a query or fragment.</source>
            <translation>インスタンス URL にクエリやフラグメントを含めることはできません。</translation>
        </message>
        <message>
            <source>The CA file cannot be used: %1</source>
            <translation>CA ファイルを使用できません: %1</translation>
        </message>
        <message>
            <source>The CA file of the account %1 cannot be used: %2 Give another with --ca-file FILE, or change it in TokenDesk's Connect dialog.</source>
            <translation>アカウント %1 の CA ファイルを使用できません: %2 --ca-file FILE で別のファイルを指定するか、TokenDesk の接続ダイアログで変更してください。</translation>
        </message>
        <message>
            <source>cannot read the token file %1: %2</source>
            <translation>トークンファイル %1 を読み込めません: %2</translation>
        </message>
        <message>
            <source>the token file %1 is not a regular file.</source>
            <translation>トークンファイル %1 は通常のファイルではありません。</translation>
        </message>
        <message>
            <source>the token file %1 is open to other users (permissions %2); make it private with chmod 600.</source>
            <translation>トークンファイル %1 はほかのユーザーからアクセスできます（アクセス権 %2）。chmod 600 で非公開にしてください。</translation>
        </message>
        <message>
            <source>the token file %1 holds no token on its first line.</source>
            <translation>トークンファイル %1 の 1 行目にトークンがありません。</translation>
        </message>
        <message>
            <source>your role in the group %1 is %2; managing its access tokens takes the %3 role.</source>
            <translation>グループ %1 でのあなたのロールは %2 です。アクセストークンの管理には %3 ロールが必要です。</translation>
        </message>
        <message>
            <source>your role in the project %1 is %2; managing its access tokens takes the %3 role.</source>
            <translation>プロジェクト %1 でのあなたのロールは %2 です。アクセストークンの管理には %3 ロールが必要です。</translation>
        </message>
    </context>
    <context>
        <name>ShowCommand</name>
        <message>
            <source>Show one token (self: the GitLab access token in use).</source>
            <translation>トークンを 1 つ表示します（self: 使用中の GitLab アクセストークン）。</translation>
        </message>
        <message>
            <source>The token's ID, a positive whole number, or 'self' for the GitLab access token in use.</source>
            <translation>トークンの ID（正の整数）、または使用中の GitLab アクセストークンを表す 'self'。</translation>
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
            <translation>%1 は TokenDesk のデータベースではありません。変更せずにそのままにしています。</translation>
        </message>
        <message>
            <source>%1 was written by a newer TokenDesk (schema version %2); this version understands up to %3.</source>
            <translation>%1 は新しいバージョンの TokenDesk で書き込まれています（スキーマバージョン %2）。このバージョンが対応しているのは %3 までです。</translation>
        </message>
        <message>
            <source>The token store could not be updated: %1</source>
            <translation>トークンストアを更新できませんでした: %1</translation>
        </message>
    </context>
    <context>
        <name>SummaryLabels</name>
        <message>
            <source>Active: %1</source>
            <translation>有効: %1</translation>
        </message>
        <message>
            <source>Expiring within 2 weeks: %1</source>
            <translation>2 週間以内に期限切れ: %1</translation>
        </message>
        <message>
            <source>Revoked: %1</source>
            <translation>取り消し済み: %1</translation>
        </message>
        <message>
            <source>Expired: %1</source>
            <translation>期限切れ: %1</translation>
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
            <translation>なし</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>たった今</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>%n 分前</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>%n 時間前</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n 日前</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s) ago</source>
            <translation>
                <numerusform>%n か月前</numerusform>
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
            <translation>今日</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>%n 日後</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n month(s)</source>
            <translation>
                <numerusform>%n か月後</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n year(s)</source>
            <translation>
                <numerusform>%n 年後</numerusform>
            </translation>
        </message>
        <message>
            <source>Does not expire</source>
            <translation>有効期限なし</translation>
        </message>
        <message>
            <source>Expires on %1 at 00:00 UTC</source>
            <translation>%1 の 00:00 UTC に期限切れ</translation>
        </message>
    </context>
    <context>
        <name>TokenCells</name>
        <message>
            <source>Revoked</source>
            <translation>取り消し済み</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>期限切れ</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>有効</translation>
        </message>
        <message>
            <source>%1 (expires soon)</source>
            <translation>%1（まもなく期限切れ）</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>不明</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>保存済み</translation>
        </message>
        <message>
            <source>Never used</source>
            <translation>未使用</translation>
        </message>
        <message>
            <source>Revoked on %1</source>
            <translation>%1 に取り消し</translation>
        </message>
        <message>
            <source>Expired on %1 at 00:00 UTC</source>
            <translation>%1 の 00:00 UTC に期限切れ</translation>
        </message>
        <message>
            <source>The secret is saved in the keychain</source>
            <translation>シークレットはキーチェーンに保存されています</translation>
        </message>
        <message>
            <source>No secret saved in the keychain</source>
            <translation>キーチェーンにシークレットは保存されていません</translation>
        </message>
        <message>
            <source>The token acts with the role %1</source>
            <translation>このトークンはロール %1 で動作します</translation>
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
            <translation>アカウント(&amp;A)</translation>
        </message>
        <message>
            <source>Connect to GitLab…</source>
            <translation>GitLab に接続…</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>アカウントを削除</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>アカウント</translation>
        </message>
        <message>
            <source>&amp;Reconnect…</source>
            <translation>再接続(&amp;R)…</translation>
        </message>
        <message>
            <source>The account's access token was rotated, but the keychain still holds the old one: %1 Copy the new token from the dialog and connect again.</source>
            <translation>アカウントのアクセストークンはローテーションされましたが、キーチェーンには古いトークンが残っています: %1 ダイアログから新しいトークンをコピーし、接続し直してください。</translation>
        </message>
        <message>
            <source>The token TokenDesk signed in with to %1 was revoked, so the account is disconnected. Connect again with another token to manage its tokens.</source>
            <translation>TokenDesk が %1 へのサインインに使っていたトークンが取り消されたため、アカウントは切断されました。トークンを管理するには、別のトークンで接続し直してください。</translation>
        </message>
        <message>
            <source>Offline store</source>
            <translation>オフラインストア</translation>
        </message>
        <message>
            <source>There is no account %1.</source>
            <translation>アカウント %1 は存在しません。</translation>
        </message>
        <message>
            <source>Could not read the access token of %1 from the keychain: %2</source>
            <translation>%1 のアクセストークンをキーチェーンから読み込めませんでした: %2</translation>
        </message>
        <message>
            <source>GitLab refused the access token of %1: it is invalid, expired or revoked. Reconnect with a new access token of %2.</source>
            <translation>GitLab が %1 のアクセストークンを拒否しました: 無効、期限切れ、または取り消し済みです。%2 の新しいアクセストークンで接続し直してください。</translation>
        </message>
        <message>
            <source>Could not sign in to %1: %2</source>
            <translation>%1 にサインインできませんでした: %2</translation>
        </message>
        <message>
            <source>Remove the account %1? Its access token is deleted from the keychain. The tokens on GitLab stay as they are.</source>
            <translation>アカウント %1 を削除しますか? そのアクセストークンはキーチェーンから削除されます。GitLab 上のトークンはそのまま残ります。</translation>
        </message>
        <message>
            <source>The account was not removed: %1</source>
            <translation>アカウントは削除されませんでした: %1</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::AccountSession</name>
        <message>
            <source>No keychain is available.</source>
            <translation>利用できるキーチェーンがありません。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::BulkRevocation</name>
        <message>
            <source>Not connected.</source>
            <translation>接続されていません。</translation>
        </message>
        <message>
            <source>This is the token %1 signs in with; it was left active so the others could be revoked. Revoke it on its own.</source>
            <translation>これは %1 がサインインに使っているトークンです。ほかのトークンを取り消せるよう、有効なまま残しました。このトークンは個別に取り消してください。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::CalendarExportController</name>
        <message>
            <source>Export calendar</source>
            <translation>カレンダーをエクスポート</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics);;All files (*)</source>
            <translation>iCalendar ファイル (*.ics);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Reading the expiry dates of your tokens…</source>
            <translation>トークンの有効期限を読み込み中…</translation>
        </message>
        <message>
            <source>No calendar was saved: your tokens could not be read.</source>
            <translation>カレンダーは保存されていません: トークンを読み込めませんでした。</translation>
        </message>
        <message>
            <source>The calendar could not be saved.</source>
            <translation>カレンダーを保存できませんでした。</translation>
        </message>
        <message numerus="yes">
            <source>Saved the expiry dates of %n token(s) to %1.</source>
            <translation>
                <numerusform>%n 件のトークンの有効期限を %1 に保存しました。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The tokens of %n place(s) are missing: they could not be read.</source>
            <translation>
                <numerusform>%n か所のトークンが含まれていません: 読み込めませんでした。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::CliContext</name>
        <message>
            <source>%1: error: %2</source>
            <translation>%1: エラー: %2</translation>
        </message>
        <message>
            <source>the secret of token %1 holds control or invisible characters; it is not printed, as it could drive the terminal. Revoke or rotate the token.</source>
            <translation>トークン %1 のシークレットに制御文字または不可視文字が含まれています。端末を操作されるおそれがあるため出力しません。トークンを取り消すか、ローテーションしてください。</translation>
        </message>
        <message>
            <source>%1: warning: %2</source>
            <translation>%1: 警告: %2</translation>
        </message>
        <message>
            <source>the operation failed.</source>
            <translation>操作に失敗しました。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::ConnectDialog</name>
        <message>
            <source>Connect to GitLab</source>
            <translation>GitLab に接続</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>接続</translation>
        </message>
        <message>
            <source>The system's certificate authorities</source>
            <translation>システムの認証局</translation>
        </message>
        <message>
            <source>A PEM file with the certificate authority of a GitLab instance whose certificate the system does not trust.</source>
            <translation>システムが証明書を信頼していない GitLab インスタンスの認証局を含む PEM ファイル。</translation>
        </message>
        <message>
            <source> seconds</source>
            <translation> 秒</translation>
        </message>
        <message>
            <source>A request that receives nothing for this long fails.</source>
            <translation>この時間、何も受信しなかったリクエストは失敗になります。</translation>
        </message>
        <message>
            <source>Opens GitLab's page for a new personal access token, filled in with the name TokenDesk and the api scope.</source>
            <translation>新しいパーソナルアクセストークンを作成する GitLab のページを、名前 TokenDesk と api スコープを入力した状態で開きます。</translation>
        </message>
        <message>
            <source>Reconnect to GitLab</source>
            <translation>GitLab に再接続</translation>
        </message>
        <message>
            <source>GitLab refused the access token of %1: it is invalid, expired or revoked. Paste a new access token of %2. It replaces the old one in the keychain; nothing else changes.</source>
            <translation>GitLab が %1 のアクセストークンを拒否しました: 無効、期限切れ、または取り消し済みです。%2 の新しいアクセストークンを貼り付けてください。キーチェーン内の古いトークンが置き換えられます。それ以外は何も変わりません。</translation>
        </message>
        <message>
            <source>Reconnect</source>
            <translation>再接続</translation>
        </message>
        <message>
            <source>Choose a CA certificate file</source>
            <translation>CA 証明書ファイルを選択</translation>
        </message>
        <message>
            <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>PEM 証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Used by TokenDesk to manage your access tokens</source>
            <translation>TokenDesk がアクセストークンの管理に使用</translation>
        </message>
        <message>
            <source>Enter the instance URL first, for example https://gitlab.com.</source>
            <translation>まずインスタンス URL を入力してください（例: https://gitlab.com）。</translation>
        </message>
        <message>
            <source>GitLab's page for a new token was opened in your browser. Create the token there, then paste it into Access token.</source>
            <translation>新しいトークンを作成する GitLab のページをブラウザーで開きました。そこでトークンを作成し、「アクセストークン」に貼り付けてください。</translation>
        </message>
        <message>
            <source>Enter the instance URL, for example https://gitlab.com.</source>
            <translation>インスタンス URL を入力してください（例: https://gitlab.com）。</translation>
        </message>
        <message>
            <source>Enter an access token, or create one for TokenDesk first.</source>
            <translation>アクセストークンを入力するか、先に TokenDesk 用のトークンを作成してください。</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>%1 に接続中…</translation>
        </message>
        <message>
            <source>GitLab refused this access token: it is invalid, expired or revoked. Check it, or create a new one.</source>
            <translation>GitLab がこのアクセストークンを拒否しました: 無効、期限切れ、または取り消し済みです。確認するか、新しいトークンを作成してください。</translation>
        </message>
        <message>
            <source>This access token may not read your profile: %1</source>
            <translation>このアクセストークンではプロフィールを読み取れない可能性があります: %1</translation>
        </message>
        <message>
            <source>Saving the access token to the keychain…</source>
            <translation>アクセストークンをキーチェーンに保存中…</translation>
        </message>
        <message>
            <source>Connected, but the account was not saved: %1</source>
            <translation>接続しましたが、アカウントは保存されませんでした: %1</translation>
        </message>
        <message>
            <source>Connected as %1. The access token is saved in the keychain.</source>
            <translation>%1 として接続しました。アクセストークンはキーチェーンに保存されています。</translation>
        </message>
        <message>
            <source>This access token belongs to %1, not to %2. Nothing was replaced: the account %3 keeps its old access token. Paste an access token of %2, or add %1 as a new account.</source>
            <translation>このアクセストークンは %2 ではなく %1 のものです。何も置き換えていません: アカウント %3 は古いアクセストークンのままです。%2 のアクセストークンを貼り付けるか、%1 を新しいアカウントとして追加してください。</translation>
        </message>
        <message>
            <source>Replacing the access token in the keychain…</source>
            <translation>キーチェーン内のアクセストークンを置き換え中…</translation>
        </message>
        <message>
            <source>The new access token works, but the keychain still holds the old one: %1</source>
            <translation>新しいアクセストークンは使えますが、キーチェーンには古いトークンが残っています: %1</translation>
        </message>
        <message>
            <source>Reconnected as %1. The new access token replaced the old one in the keychain.</source>
            <translation>%1 として再接続しました。キーチェーン内の古いアクセストークンは新しいものに置き換えられました。</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1(%2)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <source>No</source>
            <translation>いいえ</translation>
        </message>
        <message>
            <source>Not reported</source>
            <translation>報告なし</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>This access token expires %1. Create a new one for TokenDesk before then, or TokenDesk can no longer sign in.</source>
            <translation>このアクセストークンの有効期限は %1 です。それまでに TokenDesk 用の新しいトークンを作成しないと、TokenDesk はサインインできなくなります。</translation>
        </message>
        <message>
            <source>This access token lacks the api scope: TokenDesk can show your tokens but cannot create, rotate or revoke them with it.</source>
            <translation>このアクセストークンには api スコープがありません: TokenDesk はトークンを表示できますが、作成、ローテーション、取り消しはできません。</translation>
        </message>
        <message>
            <source>Not readable</source>
            <translation>読み取れません</translation>
        </message>
        <message>
            <source>GitLab did not describe this access token, so its scopes and expiry are unknown.</source>
            <translation>GitLab がこのアクセストークンの情報を返さなかったため、スコープと有効期限は不明です。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::CredentialHelper</name>
        <message>
            <source>token %1</source>
            <translation>トークン %1</translation>
        </message>
        <message>
            <source>token “%1” (ID %2)</source>
            <translation>トークン「%1」（ID %2）</translation>
        </message>
        <message>
            <source>warning: the %1 that git uses for %2 expired on %3 (at 00:00 UTC); rotate it in TokenDesk.</source>
            <translation>警告: git が %2 で使用している%1は %3（00:00 UTC）に期限切れになりました。TokenDesk でローテーションしてください。</translation>
        </message>
        <message numerus="yes">
            <source>warning: the %1 that git uses for %2 expires on %3 (at 00:00 UTC), in %n day(s); rotate it in TokenDesk.</source>
            <translation>
                <numerusform>警告: git が %2 で使用している%1は %3（00:00 UTC）、%n 日後に期限切れになります。TokenDesk でローテーションしてください。</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot answer for %1 with token %2: %3</source>
            <translation>%1 にトークン %2 で応答できません: %3</translation>
        </message>
        <message>
            <source>not answering for %1: the user name or the secret of token %2 holds a line break or a NUL, which git would misread.</source>
            <translation>%1 には応答しません: トークン %2 のユーザー名またはシークレットに改行または NUL が含まれており、git が誤って解釈するためです。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::DesktopNotifier</name>
        <message>
            <source>There is no D-Bus session bus, so no desktop notification can be shown.</source>
            <translation>D-Bus セッションバスがないため、デスクトップ通知を表示できません。</translation>
        </message>
        <message>
            <source>No desktop notification service answers on the session bus (%1): %2</source>
            <translation>セッションバス上で応答するデスクトップ通知サービスがありません（%1）: %2</translation>
        </message>
        <message>
            <source>The desktop notification service refused the notification: %1</source>
            <translation>デスクトップ通知サービスが通知を拒否しました: %1</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::DueTokensMenu</name>
        <message>
            <source>&amp;Show TokenDesk</source>
            <translation>TokenDesk を表示(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>TokenDesk</source>
            <translation>TokenDesk</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1(%2)</translation>
        </message>
        <message>
            <source>expired today</source>
            <translation>今日期限切れ</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) left</source>
            <translation>
                <numerusform>残り %n 日</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message numerus="yes">
            <source>No token expires within %n day(s)</source>
            <translation>
                <numerusform>%n 日以内に期限切れになるトークンはありません</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not read %1</source>
            <translation>%1 を読み込めませんでした</translation>
        </message>
        <message numerus="yes">
            <source>TokenDesk: no token expires within %n day(s)</source>
            <translation>
                <numerusform>TokenDesk: %n 日以内に期限切れになるトークンはありません</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>TokenDesk: %n token(s) due within %1</source>
            <translation>
                <numerusform>TokenDesk: %1 以内に期限を迎えるトークン %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n 日</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n place(s) could not be read</source>
            <translation>
                <numerusform>%n か所を読み込めませんでした</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::ErrorMessages</name>
        <message>
            <source>Connect this account again with a new access token.</source>
            <translation>新しいアクセストークンでこのアカウントに接続し直してください。</translation>
        </message>
        <message>
            <source>TokenDesk</source>
            <translation>TokenDesk</translation>
        </message>
        <message>
            <source>&amp;Reconnect…</source>
            <translation>再接続(&amp;R)…</translation>
        </message>
        <message>
            <source>Could not read the tokens: %1</source>
            <translation>トークンを読み込めませんでした: %1</translation>
        </message>
        <message>
            <source>Could not read the tokens: %1 Press F5 to try again.</source>
            <translation>トークンを読み込めませんでした: %1 F5 キーを押すと再試行します。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::GitHostDialog</name>
        <message>
            <source>Use the token '%1' for git</source>
            <translation>トークン「%1」を git で使用</translation>
        </message>
        <message>
            <source>Host name</source>
            <translation>ホスト名</translation>
        </message>
        <message>
            <source>git over HTTPS to this host (e.g. gitlab.com) may sign in with the token '%1'.</source>
            <translation>このホスト（gitlab.com など）への HTTPS 経由の git で、トークン「%1」を使ってサインインできるようにします。</translation>
        </message>
        <message>
            <source>gitlab.com</source>
            <translation>gitlab.com</translation>
        </message>
        <message>
            <source>Use for git</source>
            <translation>git で使用</translation>
        </message>
        <message>
            <source>git will use the token '%1' for https://%2 (user name %3).</source>
            <translation>git は https://%2 でトークン「%1」を使用します（ユーザー名 %3）。</translation>
        </message>
        <message>
            <source>If git does not ask TokenDesk for this host yet, run this once (TokenDesk does not change your git configuration):
%1</source>
            <translation>git がまだこのホストについて TokenDesk に問い合わせない場合は、次のコマンドを一度実行してください（TokenDesk は git の設定を変更しません）:
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
            <translation>トークンが指定されていません。</translation>
        </message>
        <message>
            <source>GitLab does not accept this token: it is invalid, expired or revoked.</source>
            <translation>GitLab はこのトークンを受け付けません: 無効、期限切れ、または取り消し済みです。</translation>
        </message>
        <message>
            <source>GitLab does not let a regular user create a token with the scopes %1 over its API (only administrators can, or for the k8s_proxy and self_rotate scopes). Create it on GitLab's own page instead, then paste the new token into TokenDesk.</source>
            <translation>GitLab では、一般ユーザーが API でスコープ %1 を持つトークンを作成することはできません（作成できるのは管理者のみ、または k8s_proxy と self_rotate スコープの場合のみです）。代わりに GitLab のページで作成し、新しいトークンを TokenDesk に貼り付けてください。</translation>
        </message>
        <message>
            <source>There is no user %1.</source>
            <translation>ユーザー %1 は存在しません。</translation>
        </message>
        <message>
            <source>Name a group or project by its id or full path.</source>
            <translation>グループまたはプロジェクトは ID またはフルパスで指定してください。</translation>
        </message>
        <message>
            <source>There is no group "%1", or this account cannot see it.</source>
            <translation>グループ「%1」は存在しないか、このアカウントからは見えません。</translation>
        </message>
        <message>
            <source>There is no project "%1", or this account cannot see it.</source>
            <translation>プロジェクト「%1」は存在しないか、このアカウントからは見えません。</translation>
        </message>
        <message>
            <source>Only administrators can list every user's tokens; %1 is not an administrator of this instance.</source>
            <translation>全ユーザーのトークンを一覧表示できるのは管理者だけです。%1 はこのインスタンスの管理者ではありません。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::GitLabInventory</name>
        <message>
            <source>There is no user "%1" on this instance.</source>
            <translation>このインスタンスにユーザー「%1」は存在しません。</translation>
        </message>
        <message>
            <source>Asked for page %1 of the token list, the server answered page %2; TokenDesk stopped reading the listing.</source>
            <translation>トークン一覧の %1 ページ目を要求したところ、サーバーは %2 ページ目を返しました。TokenDesk は一覧の読み込みを中止しました。</translation>
        </message>
        <message numerus="yes">
            <source>The listing is longer than %n page(s); TokenDesk stopped reading.</source>
            <translation>
                <numerusform>一覧が %n ページを超えているため、TokenDesk は読み込みを中止しました。</numerusform>
            </translation>
        </message>
        <message>
            <source>The server sent the same tokens again on page %1 of the token list; TokenDesk stopped reading the listing.</source>
            <translation>サーバーがトークン一覧の %1 ページ目で同じトークンを再び送ってきたため、TokenDesk は一覧の読み込みを中止しました。</translation>
        </message>
        <message>
            <source>The server named page %1 as the next page after page %2 of the token list; TokenDesk stopped reading the listing.</source>
            <translation>サーバーがトークン一覧の %2 ページ目の次のページとして %1 ページ目を示したため、TokenDesk は一覧の読み込みを中止しました。</translation>
        </message>
        <message>
            <source>The server's next-page link points to another address (%1); TokenDesk does not follow it.</source>
            <translation>サーバーの次ページへのリンクが別のアドレス（%1）を指しています。TokenDesk はこのリンクをたどりません。</translation>
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
            <translation>アカウントの接続は閉じられました。</translation>
        </message>
        <message>
            <source>the group %1</source>
            <translation>グループ %1</translation>
        </message>
        <message>
            <source>the project %1</source>
            <translation>プロジェクト %1</translation>
        </message>
        <message>
            <source>There is no token %1 on %2.</source>
            <translation>%2 にトークン %1 はありません。</translation>
        </message>
        <message>
            <source>No token was given.</source>
            <translation>トークンが指定されていません。</translation>
        </message>
        <message>
            <source>GitLab does not accept this token: it is invalid, expired or revoked.</source>
            <translation>GitLab はこのトークンを受け付けません: 無効、期限切れ、または取り消し済みです。</translation>
        </message>
        <message>
            <source>This token is not one of the access tokens of %1.</source>
            <translation>このトークンは %1 のアクセストークンではありません。</translation>
        </message>
        <message>
            <source>The role is above your own role on %1 (GitLab says: %2)</source>
            <translation>このロールは %1 でのあなた自身のロールより上です（GitLab のメッセージ: %2）</translation>
        </message>
        <message>
            <source>You need the %1 role on %2 to see its access tokens.</source>
            <translation>%2 のアクセストークンを表示するには、%2 で %1 ロールが必要です。</translation>
        </message>
        <message>
            <source>You need the %1 role on %2 to manage its access tokens.</source>
            <translation>%2 のアクセストークンを管理するには、%2 で %1 ロールが必要です。</translation>
        </message>
        <message>
            <source>(GitLab says: %1)</source>
            <translation>（GitLab のメッセージ: %1）</translation>
        </message>
        <message>
            <source>GitLab at %1 does not offer group access tokens (HTTP %2): this instance or its subscription tier does not have them.</source>
            <translation>%1 の GitLab はグループアクセストークンを提供していません（HTTP %2）: このインスタンスまたはサブスクリプションのプランでは利用できません。</translation>
        </message>
        <message>
            <source>GitLab at %1 does not offer project access tokens (HTTP %2): this instance or its subscription tier does not have them.</source>
            <translation>%1 の GitLab はプロジェクトアクセストークンを提供していません（HTTP %2）: このインスタンスまたはサブスクリプションのプランでは利用できません。</translation>
        </message>
        <message>
            <source>There is no group %1, or this account cannot see it.</source>
            <translation>グループ %1 は存在しないか、このアカウントからは見えません。</translation>
        </message>
        <message>
            <source>There is no project %1, or this account cannot see it.</source>
            <translation>プロジェクト %1 は存在しないか、このアカウントからは見えません。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::GitLabTokenChanges</name>
        <message>
            <source>GitLab answered the request to create "%1", but the reply could not be read, so its secret is lost. If the token now exists, revoke it and create a new one.</source>
            <translation>GitLab は「%1」の作成リクエストに応答しましたが、応答を読み取れなかったため、シークレットは失われました。トークンが作成されている場合は、取り消して新しく作成してください。</translation>
        </message>
        <message>
            <source>GitLab answered the rotation, but the reply could not be read, so the new secret is lost. Rotate the new token to get a secret.</source>
            <translation>GitLab はローテーションに応答しましたが、応答を読み取れなかったため、新しいシークレットは失われました。シークレットを取得するには、新しいトークンをローテーションしてください。</translation>
        </message>
        <message>
            <source>Token %1 does not exist or belongs to another user.</source>
            <translation>トークン %1 は存在しないか、別のユーザーのものです。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::GitLabTokenListing</name>
        <message>
            <source>Asked for page %1 of the token list, the server answered page %2; TokenDesk stopped reading the listing.</source>
            <translation>トークン一覧の %1 ページ目を要求したところ、サーバーは %2 ページ目を返しました。TokenDesk は一覧の読み込みを中止しました。</translation>
        </message>
        <message>
            <source>The token list is larger than %1; TokenDesk stopped reading it.</source>
            <translation>トークン一覧が %1 件を超えているため、TokenDesk は読み込みを中止しました。</translation>
        </message>
        <message>
            <source>The server sent the same tokens again on page %1 of the token list; TokenDesk stopped reading the listing.</source>
            <translation>サーバーがトークン一覧の %1 ページ目で同じトークンを再び送ってきたため、TokenDesk は一覧の読み込みを中止しました。</translation>
        </message>
        <message numerus="yes">
            <source>The listing is longer than %n page(s); TokenDesk stopped reading.</source>
            <translation>
                <numerusform>一覧が %n ページを超えているため、TokenDesk は読み込みを中止しました。</numerusform>
            </translation>
        </message>
        <message>
            <source>The server named page %1 as the next page after page %2 of the token list; TokenDesk stopped reading the listing.</source>
            <translation>サーバーがトークン一覧の %2 ページ目の次のページとして %1 ページ目を示したため、TokenDesk は一覧の読み込みを中止しました。</translation>
        </message>
        <message>
            <source>The server's next-page link points to another address (%1); TokenDesk does not follow it.</source>
            <translation>サーバーの次ページへのリンクが別のアドレス（%1）を指しています。TokenDesk はこのリンクをたどりません。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::GitLabTransport</name>
        <message>
            <source>The CA file cannot be used: %1</source>
            <translation>CA ファイルを使用できません: %1</translation>
        </message>
        <message>
            <source>it holds no PEM certificate.</source>
            <translation>PEM 証明書が含まれていません。</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>キャンセルしました。</translation>
        </message>
        <message>
            <source>The connection to %1 was closed.</source>
            <translation>%1 への接続は閉じられました。</translation>
        </message>
        <message>
            <source>The reply from %1 is larger than %2, more than any GitLab answer TokenDesk asks for; it stopped reading it.</source>
            <translation>%1 からの応答が %2 を超えており、TokenDesk が要求する GitLab の応答としては大きすぎるため、読み込みを中止しました。</translation>
        </message>
        <message numerus="yes">
            <source>%1 did not answer within %n second(s).</source>
            <translation>
                <numerusform>%1 は %n 秒以内に応答しませんでした。</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not connect to %1 (connection refused).</source>
            <translation>%1 に接続できませんでした（接続が拒否されました）。</translation>
        </message>
        <message>
            <source>The host %1 was not found.</source>
            <translation>ホスト %1 が見つかりませんでした。</translation>
        </message>
        <message>
            <source>The secure connection to %1 failed: its certificate is not trusted or does not match the host. If the instance uses a private certificate authority, give its CA file.</source>
            <translation>%1 への安全な接続に失敗しました: 証明書が信頼されていないか、ホストと一致しません。インスタンスがプライベート認証局を使用している場合は、その CA ファイルを指定してください。</translation>
        </message>
        <message>
            <source>The reply from %1 was cut off before it was complete.</source>
            <translation>%1 からの応答が途中で途切れました。</translation>
        </message>
        <message>
            <source>The connection to %1 broke before the reply came.</source>
            <translation>応答を受け取る前に %1 への接続が切断されました。</translation>
        </message>
        <message>
            <source>Network error talking to %1: %2.</source>
            <translation>%1 との通信中にネットワークエラーが発生しました: %2。</translation>
        </message>
        <message>
            <source>The server redirected the request to %1. TokenDesk does not follow redirects to another address, so the access token was not sent there. Check the instance URL (https://, the final host name).</source>
            <translation>サーバーがリクエストを %1 にリダイレクトしました。TokenDesk は別のアドレスへのリダイレクトをたどらないため、アクセストークンはそこへ送信されていません。インスタンス URL（https://、最終的なホスト名）を確認してください。</translation>
        </message>
        <message>
            <source>an unknown address</source>
            <translation>不明なアドレス</translation>
        </message>
        <message numerus="yes">
            <source>GitLab is limiting requests (429 Too Many Requests) longer than TokenDesk waits. Try again in %n second(s).</source>
            <translation>
                <numerusform>GitLab が TokenDesk の待機時間より長くリクエストを制限しています（429 Too Many Requests）。%n 秒後にもう一度お試しください。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>GitLab is limiting requests (429 Too Many Requests); nothing was changed. Try again in %n second(s).</source>
            <translation>
                <numerusform>GitLab がリクエストを制限しています（429 Too Many Requests）。何も変更されていません。%n 秒後にもう一度お試しください。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::InventoryModel</name>
        <message>
            <source>Revoked</source>
            <translation>取り消し済み</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>期限切れ</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>有効</translation>
        </message>
        <message>
            <source>user %1</source>
            <translation>ユーザー %1</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>所有者</translation>
        </message>
        <message>
            <source>Token name</source>
            <translation>トークン名</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>スコープ</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>作成日</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>最終使用</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>有効期限</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状態</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::InventoryWindow</name>
        <message>
            <source>All users' tokens - TokenDesk</source>
            <translation>全ユーザーのトークン - TokenDesk</translation>
        </message>
        <message>
            <source>any, or for example: api, sudo</source>
            <translation>すべて、または例: api, sudo</translation>
        </message>
        <message>
            <source>every user, or a username or user id</source>
            <translation>全ユーザー、またはユーザー名かユーザー ID</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>有効</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>無効</translation>
        </message>
        <message>
            <source>All</source>
            <translation>すべて</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>進行状況</translation>
        </message>
        <message>
            <source>Choose the filters, then Show tokens.</source>
            <translation>フィルターを選択してから「トークンを表示」を押してください。</translation>
        </message>
        <message>
            <source>Listing every user's tokens…</source>
            <translation>全ユーザーのトークンを一覧表示中…</translation>
        </message>
        <message>
            <source>Listing cancelled.</source>
            <translation>一覧表示をキャンセルしました。</translation>
        </message>
        <message>
            <source>Could not list the tokens: %1</source>
            <translation>トークンを一覧表示できませんでした: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n token(s)</source>
            <translation>
                <numerusform>トークン %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>of %n user(s).</source>
            <translation>
                <numerusform>（ユーザー %n 人分）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Revoke %n token(s)</source>
            <translation>
                <numerusform>トークン %n 件を取り消します</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>of %n user(s)?</source>
            <translation>
                <numerusform>（ユーザー %n 人分）。よろしいですか?</numerusform>
            </translation>
        </message>
        <message>
            <source>Revoke selected tokens</source>
            <translation>選択したトークンを取り消す</translation>
        </message>
        <message>
            <source>Everything that uses them stops working. This cannot be undone.</source>
            <translation>これらを使用しているものはすべて動作しなくなります。この操作は元に戻せません。</translation>
        </message>
        <message>
            <source>TokenDesk signs in with one of them: that one is left active.</source>
            <translation>TokenDesk はこのうちの 1 つでサインインしています。そのトークンは有効なまま残します。</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>取り消す</translation>
        </message>
        <message numerus="yes">
            <source>Revoking %n token(s)…</source>
            <translation>
                <numerusform>%n 件のトークンを取り消し中…</numerusform>
            </translation>
        </message>
        <message>
            <source>Answered %1 of %2…</source>
            <translation>%2 件中 %1 件が応答済み…</translation>
        </message>
        <message>
            <source>Revoking failed: %1</source>
            <translation>取り消しに失敗しました: %1</translation>
        </message>
        <message>
            <source>token %1</source>
            <translation>トークン %1</translation>
        </message>
        <message>
            <source>"%1" of %2</source>
            <translation>%2 の「%1」</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n token(s) revoked</source>
            <translation>
                <numerusform>%n 件のトークンを取り消しました</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not revoked.</source>
            <translation>
                <numerusform>%n 件は取り消されませんでした。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::LeakResponse</name>
        <message>
            <source>It could not be opened.</source>
            <translation>開けませんでした。</translation>
        </message>
        <message>
            <source>There is no identified token to revoke.</source>
            <translation>取り消す対象として特定されたトークンがありません。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::LeakedTokenDialog</name>
        <message>
            <source>What the token is</source>
            <translation>トークンの内容</translation>
        </message>
        <message>
            <source>This is not a GitLab token. A token starts with its kind, such as "glpat-", followed by letters, digits, "-" and "_".</source>
            <translation>これは GitLab のトークンではありません。トークンは "glpat-" のような種類を表す文字列で始まり、英字、数字、"-"、"_" が続きます。</translation>
        </message>
        <message>
            <source>Not known to %1, or already revoked or expired.</source>
            <translation>%1 では不明か、すでに取り消し済みまたは期限切れです。</translation>
        </message>
        <message>
            <source>Not found, but not every place could be asked:</source>
            <translation>見つかりませんでしたが、一部の場所には問い合わせられませんでした:</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Owner: %1</source>
            <translation>所有者: %1</translation>
        </message>
        <message>
            <source>user %1</source>
            <translation>ユーザー %1</translation>
        </message>
        <message>
            <source>%1 (user %2)</source>
            <translation>%1（ユーザー %2）</translation>
        </message>
        <message>
            <source>Name: %1</source>
            <translation>名前: %1</translation>
        </message>
        <message>
            <source>Scopes: %1</source>
            <translation>スコープ: %1</translation>
        </message>
        <message>
            <source>Last used: %1</source>
            <translation>最終使用: %1</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>Last used from: %1</source>
            <translation>最終使用元: %1</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>記録なし</translation>
        </message>
        <message>
            <source>Where: %1</source>
            <translation>場所: %1</translation>
        </message>
        <message>
            <source>It is revoked.</source>
            <translation>取り消し済みです。</translation>
        </message>
        <message>
            <source>Revoke the leaked token</source>
            <translation>漏洩したトークンを取り消す</translation>
        </message>
        <message>
            <source>Revoke the token "%1"? Everything that uses it stops working.</source>
            <translation>トークン「%1」を取り消しますか? このトークンを使用しているものはすべて動作しなくなります。</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>取り消す</translation>
        </message>
        <message>
            <source>The token is already revoked or expired.</source>
            <translation>このトークンはすでに取り消し済みか期限切れです。</translation>
        </message>
        <message>
            <source>Not revoked: %1</source>
            <translation>取り消されていません: %1</translation>
        </message>
        <message>
            <source>Revoked.</source>
            <translation>取り消しました。</translation>
        </message>
        <message>
            <source>Its secret is saved in the keychain.</source>
            <translation>このシークレットはキーチェーンに保存されています。</translation>
        </message>
        <message>
            <source>git uses it for %1.</source>
            <translation>git は %1 でこのトークンを使用しています。</translation>
        </message>
        <message>
            <source>Not forgotten: %1</source>
            <translation>削除されていません: %1</translation>
        </message>
        <message>
            <source>Forgotten: the keychain and git no longer hold it.</source>
            <translation>削除しました: キーチェーンと git にはもう保持されていません。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::LoadingIndicator</name>
        <message>
            <source>Cancel loading</source>
            <translation>読み込みをキャンセル</translation>
        </message>
        <message>
            <source>Loading tokens</source>
            <translation>トークンを読み込み中</translation>
        </message>
        <message>
            <source>Loading cancelled. Press F5 to try again.</source>
            <translation>読み込みをキャンセルしました。F5 キーを押すと再試行します。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::LocalBackend</name>
        <message>
            <source>Offline demo · %1</source>
            <translation>オフラインデモ · %1</translation>
        </message>
        <message>
            <source>Offline store · %1</source>
            <translation>オフラインストア · %1</translation>
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
            <translation>パーソナルアクセストークン</translation>
        </message>
        <message>
            <source>Personal access tokens let scripts and applications use the GitLab API, and git over HTTPS, in your name. Give each one only the scopes it needs and an expiration date. A new token's secret is shown once.</source>
            <translation>パーソナルアクセストークンを使うと、スクリプトやアプリケーションがあなたの名前で GitLab API と HTTPS 経由の git を使用できます。各トークンには必要なスコープと有効期限だけを設定してください。新しいトークンのシークレットは一度だけ表示されます。</translation>
        </message>
        <message>
            <source>&amp;Reconnect…</source>
            <translation>再接続(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Search by name</source>
            <translation>名前で検索(&amp;S)</translation>
        </message>
        <message>
            <source>S&amp;ort active tokens by</source>
            <translation>有効なトークンの並び順(&amp;O)</translation>
        </message>
        <message>
            <source>Add new token</source>
            <translation>新しいトークンを追加</translation>
        </message>
        <message>
            <source>&amp;Tokens</source>
            <translation>トークン(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>設定(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;New token…</source>
            <translation>新しいトークン(&amp;N)…</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>検索(&amp;S)…</translation>
        </message>
        <message>
            <source>Ctrl+F</source>
            <translation>Ctrl+F</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>再読み込み(&amp;R)</translation>
        </message>
        <message>
            <source>F5</source>
            <translation>F5</translation>
        </message>
        <message>
            <source>Revoke a &amp;leaked token…</source>
            <translation>漏洩したトークンを取り消す(&amp;L)…</translation>
        </message>
        <message>
            <source>&amp;All users' tokens…</source>
            <translation>全ユーザーのトークン(&amp;A)…</translation>
        </message>
        <message>
            <source>Export &amp;calendar…</source>
            <translation>カレンダーをエクスポート(&amp;C)…</translation>
        </message>
        <message>
            <source>Save the expiry dates of your tokens as an iCalendar file, with reminders</source>
            <translation>トークンの有効期限をリマインダー付きの iCalendar ファイルとして保存します</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>設定(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <source>&amp;About TokenDesk</source>
            <translation>TokenDesk について(&amp;A)</translation>
        </message>
        <message>
            <source>Token name</source>
            <translation>トークン名</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>メインツールバー</translation>
        </message>
        <message>
            <source>Rotate</source>
            <translation>ローテーション</translation>
        </message>
        <message>
            <source>Rotate %1</source>
            <translation>%1 をローテーション</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>取り消す</translation>
        </message>
        <message>
            <source>Revoke %1</source>
            <translation>%1 を取り消す</translation>
        </message>
        <message>
            <source>Copy from keychain</source>
            <translation>キーチェーンからコピー</translation>
        </message>
        <message>
            <source>Copy from keychain %1</source>
            <translation>%1 をキーチェーンからコピー</translation>
        </message>
        <message>
            <source>Create similar</source>
            <translation>同様のトークンを作成</translation>
        </message>
        <message>
            <source>Create similar %1</source>
            <translation>%1 と同様のトークンを作成</translation>
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
            <translation>指定なし</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::PasteTokenDialog</name>
        <message>
            <source>Create the token on GitLab</source>
            <translation>GitLab でトークンを作成</translation>
        </message>
        <message>
            <source>Open GitLab's page (the name, description and scopes are filled in), create the token there, then paste it below.</source>
            <translation>GitLab のページを開き（名前、説明、スコープは入力済みです）、そこでトークンを作成してから、下に貼り付けてください。</translation>
        </message>
        <message>
            <source>Paste the token you created on GitLab's page.</source>
            <translation>GitLab のページで作成したトークンを貼り付けてください。</translation>
        </message>
        <message>
            <source>GitLab does not know this token, or it is revoked or expired. Copy it again from GitLab's page.</source>
            <translation>GitLab はこのトークンを認識していないか、トークンが取り消し済みまたは期限切れです。GitLab のページからもう一度コピーしてください。</translation>
        </message>
        <message>
            <source>Added "%1" (scopes: %2; expires: %3).</source>
            <translation>「%1」を追加しました（スコープ: %2、有効期限: %3）。</translation>
        </message>
        <message>
            <source>never</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>Not saved to the keychain: %1</source>
            <translation>キーチェーンに保存されていません: %1</translation>
        </message>
        <message>
            <source>Saved in the keychain.</source>
            <translation>キーチェーンに保存しました。</translation>
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
            <translation>日数を整数でカンマ区切りで入力してください。</translation>
        </message>
        <message>
            <source>TokenDesk checks daily and at login, even when this window is closed (a systemd user timer).</source>
            <translation>このウィンドウを閉じていても、TokenDesk は毎日とログイン時に確認します（systemd ユーザータイマー）。</translation>
        </message>
        <message>
            <source>TokenDesk checks each time you log in, even when this window is closed (an autostart entry).</source>
            <translation>このウィンドウを閉じていても、TokenDesk はログインするたびに確認します（自動起動エントリー）。</translation>
        </message>
        <message>
            <source>Desktop notifications when a token is about to expire, even when this window is closed.</source>
            <translation>このウィンドウを閉じていても、トークンの有効期限が近づくとデスクトップに通知します。</translation>
        </message>
        <message>
            <source>Turning reminders off…</source>
            <translation>リマインダーを無効にしています…</translation>
        </message>
        <message>
            <source>Turning reminders on…</source>
            <translation>リマインダーを有効にしています…</translation>
        </message>
        <message>
            <source>Could not change the reminders: %1</source>
            <translation>リマインダーを変更できませんでした: %1</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>リマインダー</translation>
        </message>
        <message>
            <source>Remind you each time you log in instead?</source>
            <translation>代わりにログインするたびに通知しますか?</translation>
        </message>
        <message>
            <source>Use &amp;Autostart</source>
            <translation>自動起動を使用(&amp;A)</translation>
        </message>
        <message>
            <source>Reminders stay off: they run by themselves only through a systemd timer or an autostart entry.</source>
            <translation>リマインダーは無効のままです: 自動で実行されるのは systemd タイマーまたは自動起動エントリーによる場合だけです。</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>システムの既定</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::ReminderSchedule</name>
        <message>
            <source>could not create the folder %1</source>
            <translation>フォルダー %1 を作成できませんでした</translation>
        </message>
        <message>
            <source>could not write %1: %2</source>
            <translation>%1 に書き込めませんでした: %2</translation>
        </message>
        <message>
            <source>could not remove %1</source>
            <translation>%1 を削除できませんでした</translation>
        </message>
        <message>
            <source>tokendesk-cli was found neither beside TokenDesk nor on PATH</source>
            <translation>tokendesk-cli が TokenDesk と同じ場所にも PATH にも見つかりませんでした</translation>
        </message>
        <message>
            <source>%1 is not a program that can run</source>
            <translation>%1 は実行できるプログラムではありません</translation>
        </message>
        <message>
            <source>the path of tokendesk-cli holds a control character</source>
            <translation>tokendesk-cli のパスに制御文字が含まれています</translation>
        </message>
        <message>
            <source>systemd is not available here (no systemctl), so no timer can be installed. An autostart entry can remind you at each login instead.</source>
            <translation>この環境では systemd を利用できない（systemctl がない）ため、タイマーをインストールできません。代わりに自動起動エントリーを使えば、ログインごとに通知できます。</translation>
        </message>
        <message>
            <source>could not enable the timer: could not create %1</source>
            <translation>タイマーを有効にできませんでした: %1 を作成できませんでした</translation>
        </message>
        <message>
            <source>Reminders are on: a systemd user timer (%1) will check daily and at login, starting at your next login (the systemd user manager could not be reached now: %2).</source>
            <translation>リマインダーは有効です: 次回のログインから、systemd ユーザータイマー（%1）が毎日とログイン時に確認します（現在 systemd ユーザーマネージャーに接続できませんでした: %2）。</translation>
        </message>
        <message>
            <source>the timer is installed but systemd could not start it: %1</source>
            <translation>タイマーはインストールされましたが、systemd が開始できませんでした: %1</translation>
        </message>
        <message>
            <source>Reminders are on: a systemd user timer (%1) checks daily and at login.</source>
            <translation>リマインダーは有効です: systemd ユーザータイマー（%1）が毎日とログイン時に確認します。</translation>
        </message>
        <message>
            <source>Reminders are on: TokenDesk checks at each login (%1).</source>
            <translation>リマインダーは有効です: TokenDesk がログインのたびに確認します（%1）。</translation>
        </message>
        <message>
            <source>Reminders are off.</source>
            <translation>リマインダーは無効です。</translation>
        </message>
        <message>
            <source>Reminders were already off.</source>
            <translation>リマインダーはすでに無効でした。</translation>
        </message>
        <message>
            <source>systemctl did not answer</source>
            <translation>systemctl が応答しませんでした</translation>
        </message>
        <message>
            <source>systemctl ended with code %1</source>
            <translation>systemctl がコード %1 で終了しました</translation>
        </message>
        <message>
            <source>the reminder schedule is already being changed</source>
            <translation>リマインダーのスケジュールはすでに変更中です</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::ResourceChooser</name>
        <message>
            <source>Tok&amp;ens of</source>
            <translation>トークンの対象(&amp;E)</translation>
        </message>
        <message>
            <source>Sho&amp;w</source>
            <translation>表示(&amp;W)</translation>
        </message>
        <message>
            <source>Type any part of a group's or project's path to find it.</source>
            <translation>グループやプロジェクトのパスの一部を入力して検索します。</translation>
        </message>
        <message>
            <source>Group or project path</source>
            <translation>グループまたはプロジェクトのパス</translation>
        </message>
        <message>
            <source>Reading your groups and projects…</source>
            <translation>グループとプロジェクトを読み込み中…</translation>
        </message>
        <message>
            <source>Could not read the groups and projects whose tokens you may manage.</source>
            <translation>トークンを管理できるグループとプロジェクトを読み込めませんでした。</translation>
        </message>
        <message>
            <source>Personal</source>
            <translation>パーソナル</translation>
        </message>
        <message>
            <source>All my resources</source>
            <translation>自分のすべてのリソース</translation>
        </message>
        <message>
            <source>%1 (group)</source>
            <translation>%1（グループ）</translation>
        </message>
        <message>
            <source>%1 (project)</source>
            <translation>%1（プロジェクト）</translation>
        </message>
        <message>
            <source>No group or project matches "%1".</source>
            <translation>「%1」に一致するグループやプロジェクトはありません。</translation>
        </message>
        <message numerus="yes">
            <source>%n group(s) and project(s) match "%1": choose one from the list.</source>
            <translation>
                <numerusform>「%1」に一致するグループとプロジェクトが %n 件あります: 一覧から選択してください。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::ResourceNavigation</name>
        <message>
            <source>Could not show the tokens of %1.</source>
            <translation>%1 のトークンを表示できませんでした。</translation>
        </message>
        <message>
            <source>This account has no group or project access tokens.</source>
            <translation>このアカウントにはグループやプロジェクトのアクセストークンがありません。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::ResourceOverviewModel</name>
        <message>
            <source>Group %1</source>
            <translation>グループ %1</translation>
        </message>
        <message>
            <source>Project %1</source>
            <translation>プロジェクト %1</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>リソース</translation>
        </message>
        <message>
            <source>Token name</source>
            <translation>トークン名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>ロール</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>スコープ</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>有効期限</translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <translation>%2 の %1</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::ResourceOverviewPage</name>
        <message>
            <source>7 days</source>
            <translation>7 日</translation>
        </message>
        <message>
            <source>14 days</source>
            <translation>14 日</translation>
        </message>
        <message>
            <source>30 days</source>
            <translation>30 日</translation>
        </message>
        <message>
            <source>90 days</source>
            <translation>90 日</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>期間指定なし</translation>
        </message>
        <message>
            <source>Open resource</source>
            <translation>リソースを開く</translation>
        </message>
        <message>
            <source>Open resource %1</source>
            <translation>リソース %1 を開く</translation>
        </message>
        <message>
            <source>Reading your groups and projects…</source>
            <translation>グループとプロジェクトを読み込み中…</translation>
        </message>
        <message>
            <source>Reading the tokens of your groups and projects (%1 of %2)…</source>
            <translation>グループとプロジェクトのトークンを読み込み中（%1 / %2）…</translation>
        </message>
        <message numerus="yes">
            <source>%n group(s) and project(s) read.</source>
            <translation>
                <numerusform>%n 件のグループとプロジェクトを読み込みました。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Could not read the tokens of %n group(s) or project(s):</source>
            <translation>
                <numerusform>%n 件のグループまたはプロジェクトのトークンを読み込めませんでした:</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Could not read your groups and projects: %1</source>
            <translation>グループとプロジェクトを読み込めませんでした: %1</translation>
        </message>
        <message>
            <source>Group and project access tokens</source>
            <translation>グループとプロジェクトのアクセストークン</translation>
        </message>
        <message>
            <source>Group and project access tokens (%1)</source>
            <translation>グループとプロジェクトのアクセストークン（%1）</translation>
        </message>
        <message numerus="yes">
            <source>No group or project token expires within %n day(s).</source>
            <translation>
                <numerusform>%n 日以内に有効期限が切れるグループまたはプロジェクトのトークンはありません。</numerusform>
            </translation>
        </message>
        <message>
            <source>No active group or project token.</source>
            <translation>有効なグループまたはプロジェクトのトークンはありません。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::SecretDialog</name>
        <message>
            <source>It expires on %1 at 00:00 UTC.</source>
            <translation>有効期限は %1 の 00:00 UTC です。</translation>
        </message>
        <message>
            <source>It does not expire.</source>
            <translation>有効期限はありません。</translation>
        </message>
        <message>
            <source>Token "%1" was created.</source>
            <translation>トークン「%1」を作成しました。</translation>
        </message>
        <message>
            <source>Your new group or project access token</source>
            <translation>新しいグループまたはプロジェクトのアクセストークン</translation>
        </message>
        <message>
            <source>&amp;Your new group or project access token</source>
            <translation>新しいグループまたはプロジェクトのアクセストークン(&amp;Y)</translation>
        </message>
        <message>
            <source>Saving to the keychain…</source>
            <translation>キーチェーンに保存中…</translation>
        </message>
        <message>
            <source>Saved to the keychain.</source>
            <translation>キーチェーンに保存しました。</translation>
        </message>
        <message numerus="yes">
            <source>Copied. The clipboard will be cleared in %n second(s).</source>
            <translation>
                <numerusform>コピーしました。クリップボードは %n 秒後に消去されます。</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied.</source>
            <translation>コピーしました。</translation>
        </message>
        <message>
            <source>Close without copying or saving?</source>
            <translation>コピーも保存もせずに閉じますか?</translation>
        </message>
        <message>
            <source>Close without copying?</source>
            <translation>コピーせずに閉じますか?</translation>
        </message>
        <message>
            <source>You have neither copied nor saved your new token.</source>
            <translation>新しいトークンはまだコピーも保存もされていません。</translation>
        </message>
        <message>
            <source>You have not copied your new token.</source>
            <translation>新しいトークンはまだコピーされていません。</translation>
        </message>
        <message>
            <source>Once this dialog is closed, the token can't be shown again.</source>
            <translation>このダイアログを閉じると、トークンは二度と表示できません。</translation>
        </message>
        <message>
            <source>Close without copying</source>
            <translation>コピーせずに閉じる</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>戻る</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::SecretVault</name>
        <message>
            <source>No keychain service is running. Start GNOME Keyring or KWallet (any Secret Service provider) in your desktop session and try again.</source>
            <translation>キーチェーンサービスが実行されていません。デスクトップセッションで GNOME Keyring または KWallet（Secret Service に対応したもの）を起動してから、もう一度お試しください。</translation>
        </message>
        <message>
            <source>The keychain refused access: it is locked or the request was denied. Unlock your keyring (for example in "Passwords and Keys") and try again.</source>
            <translation>キーチェーンがアクセスを拒否しました: ロックされているか、要求が拒否されました。キーリングのロックを解除して（「パスワードと鍵」などで）、もう一度お試しください。</translation>
        </message>
        <message>
            <source>%1 The keychain said: %2</source>
            <translation>%1 キーチェーンのメッセージ: %2</translation>
        </message>
        <message>
            <source>There is no secret to save.</source>
            <translation>保存するシークレットがありません。</translation>
        </message>
        <message>
            <source>Could not save the secret to the keychain.</source>
            <translation>シークレットをキーチェーンに保存できませんでした。</translation>
        </message>
        <message>
            <source>The keychain did not return the secret of token %1. If your keyring is locked, unlock it and try again; if the entry was deleted in your keyring manager, forget the token's secret in TokenDesk.</source>
            <translation>キーチェーンからトークン %1 のシークレットが返されませんでした。キーリングがロックされている場合は、ロックを解除してもう一度お試しください。キーリングの管理ツールでエントリーを削除した場合は、TokenDesk でトークンのシークレットを削除してください。</translation>
        </message>
        <message>
            <source>No secret is saved in the keychain for token %1.</source>
            <translation>トークン %1 のシークレットはキーチェーンに保存されていません。</translation>
        </message>
        <message>
            <source>Could not read the secret from the keychain.</source>
            <translation>キーチェーンからシークレットを読み込めませんでした。</translation>
        </message>
        <message>
            <source>Could not delete the secret from the keychain.</source>
            <translation>キーチェーンからシークレットを削除できませんでした。</translation>
        </message>
        <message>
            <source>Could not save the account's access token to the keychain.</source>
            <translation>アカウントのアクセストークンをキーチェーンに保存できませんでした。</translation>
        </message>
        <message>
            <source>No access token is saved in the keychain for the account %1.</source>
            <translation>アカウント %1 のアクセストークンはキーチェーンに保存されていません。</translation>
        </message>
        <message>
            <source>Could not read the account's access token from the keychain.</source>
            <translation>アカウントのアクセストークンをキーチェーンから読み込めませんでした。</translation>
        </message>
        <message>
            <source>Could not delete the account's access token from the keychain.</source>
            <translation>アカウントのアクセストークンをキーチェーンから削除できませんでした。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenActionsController</name>
        <message>
            <source>Could not revoke the token '%1': GitLab refused the account's access token, so the token was not revoked.</source>
            <translation>トークン「%1」を取り消せませんでした: GitLab がアカウントのアクセストークンを拒否したため、トークンは取り消されていません。</translation>
        </message>
        <message>
            <source>Could not revoke the token '%1'.</source>
            <translation>トークン「%1」を取り消せませんでした。</translation>
        </message>
        <message>
            <source>The token '%1' was revoked, but its saved secret could not be deleted from the keychain.</source>
            <translation>トークン「%1」は取り消されましたが、保存済みのシークレットをキーチェーンから削除できませんでした。</translation>
        </message>
        <message>
            <source>Revoked the token '%1' and deleted its saved secret.</source>
            <translation>トークン「%1」を取り消し、保存済みのシークレットを削除しました。</translation>
        </message>
        <message>
            <source>Revoked the token '%1'.</source>
            <translation>トークン「%1」を取り消しました。</translation>
        </message>
        <message>
            <source>Could not rotate the token '%1': GitLab refused the account's access token, so the token was not rotated and is unchanged.</source>
            <translation>トークン「%1」をローテーションできませんでした: GitLab がアカウントのアクセストークンを拒否したため、トークンはローテーションされず、変更されていません。</translation>
        </message>
        <message>
            <source>Could not rotate the token '%1'.</source>
            <translation>トークン「%1」をローテーションできませんでした。</translation>
        </message>
        <message>
            <source>Rotated the token '%1'.</source>
            <translation>トークン「%1」をローテーションしました。</translation>
        </message>
        <message>
            <source>Could not create the token '%1': GitLab refused the account's access token, so nothing was created. The form keeps what you entered.</source>
            <translation>トークン「%1」を作成できませんでした: GitLab がアカウントのアクセストークンを拒否したため、何も作成されていません。入力した内容はフォームに残っています。</translation>
        </message>
        <message>
            <source>Could not create the token.</source>
            <translation>トークンを作成できませんでした。</translation>
        </message>
        <message>
            <source>Created the token '%1'.</source>
            <translation>トークン「%1」を作成しました。</translation>
        </message>
        <message>
            <source>Added the token '%1'.</source>
            <translation>トークン「%1」を追加しました。</translation>
        </message>
        <message>
            <source>Not saved to the keychain: %1</source>
            <translation>キーチェーンに保存されていません: %1</translation>
        </message>
        <message>
            <source>Could not copy the token '%1' from the keychain.</source>
            <translation>トークン「%1」をキーチェーンからコピーできませんでした。</translation>
        </message>
        <message numerus="yes">
            <source>Copied the token '%1' from the keychain. The clipboard will be cleared in %n second(s).</source>
            <translation>
                <numerusform>トークン「%1」をキーチェーンからコピーしました。クリップボードは %n 秒後に消去されます。</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied the token '%1' from the keychain.</source>
            <translation>トークン「%1」をキーチェーンからコピーしました。</translation>
        </message>
        <message>
            <source>Could not delete the saved secret of '%1' from the keychain.</source>
            <translation>「%1」の保存済みシークレットをキーチェーンから削除できませんでした。</translation>
        </message>
        <message>
            <source>Deleted the saved secret of '%1' from the keychain.</source>
            <translation>「%1」の保存済みシークレットをキーチェーンから削除しました。</translation>
        </message>
        <message>
            <source>'%1' is not a host name.</source>
            <translation>「%1」はホスト名ではありません。</translation>
        </message>
        <message>
            <source>Enter a host name such as gitlab.com.</source>
            <translation>gitlab.com のようなホスト名を入力してください。</translation>
        </message>
        <message>
            <source>Could not set up git for %1.</source>
            <translation>%1 用に git を設定できませんでした。</translation>
        </message>
        <message>
            <source>git will use the token '%1' for %2.</source>
            <translation>git は %2 でトークン「%1」を使用します。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenBackend</name>
        <message>
            <source>This backend creates tokens only for you.</source>
            <translation>このバックエンドでは自分用のトークンしか作成できません。</translation>
        </message>
        <message>
            <source>This backend has no group or project access tokens.</source>
            <translation>このバックエンドにはグループやプロジェクトのアクセストークンがありません。</translation>
        </message>
        <message>
            <source>Only administrators can list every user's tokens.</source>
            <translation>全ユーザーのトークンを一覧表示できるのは管理者だけです。</translation>
        </message>
        <message>
            <source>This backend cannot look up users.</source>
            <translation>このバックエンドではユーザーを検索できません。</translation>
        </message>
        <message>
            <source>This backend cannot revoke a token by its secret.</source>
            <translation>このバックエンドではシークレットによるトークンの取り消しはできません。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenDetailsPane</name>
        <message>
            <source>Select a token to see its details.</source>
            <translation>詳細を表示するにはトークンを選択してください。</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>説明</translation>
        </message>
        <message>
            <source>None</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>グループ</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>プロジェクト</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>ロール</translation>
        </message>
        <message>
            <source>Scopes:</source>
            <translation>スコープ:</translation>
        </message>
        <message>
            <source>  None</source>
            <translation>  なし</translation>
        </message>
        <message>
            <source>  %1: %2</source>
            <translation>  %1: %2</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>作成日</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>不明</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>最終使用</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>Last used from</source>
            <translation>最終使用元</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>記録なし</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>有効期限</translation>
        </message>
        <message>
            <source>%1 (00:00 UTC)</source>
            <translation>%1(00:00 UTC)</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>取り消し済み</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>期限切れ</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>有効</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <source>No</source>
            <translation>いいえ</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenForm</name>
        <message>
            <source>The token expires at 00:00 UTC on this date.</source>
            <translation>トークンはこの日の 00:00 UTC に期限切れになります。</translation>
        </message>
        <message>
            <source>Alt+Down opens a calendar.</source>
            <translation>Alt+Down でカレンダーを開きます。</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>前の月</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>次の月</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年</translation>
        </message>
        <message>
            <source>Only administrators can grant this scope.</source>
            <translation>このスコープを付与できるのは管理者だけです。</translation>
        </message>
        <message>
            <source>Add a personal access token</source>
            <translation>パーソナルアクセストークンを追加</translation>
        </message>
        <message>
            <source>&amp;Create personal access token</source>
            <translation>パーソナルアクセストークンを作成(&amp;C)</translation>
        </message>
        <message>
            <source>Add a group access token</source>
            <translation>グループアクセストークンを追加</translation>
        </message>
        <message>
            <source>&amp;Create group access token</source>
            <translation>グループアクセストークンを作成(&amp;C)</translation>
        </message>
        <message>
            <source>Add a project access token</source>
            <translation>プロジェクトアクセストークンを追加</translation>
        </message>
        <message>
            <source>&amp;Create project access token</source>
            <translation>プロジェクトアクセストークンを作成(&amp;C)</translation>
        </message>
        <message>
            <source>The token acts as a bot member of the group or project with this role.</source>
            <translation>トークンは、このロールを持つグループまたはプロジェクトのボットメンバーとして動作します。</translation>
        </message>
        <message>
            <source>The token acts as a bot member with this role; your own role there is %1.</source>
            <translation>トークンは、このロールを持つボットメンバーとして動作します。そこでのあなた自身のロールは %1 です。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenOperations</name>
        <message>
            <source>No keychain is available.</source>
            <translation>利用できるキーチェーンがありません。</translation>
        </message>
        <message>
            <source>'%1' is not a host name. Enter a host name such as gitlab.com.</source>
            <translation>「%1」はホスト名ではありません。gitlab.com のようなホスト名を入力してください。</translation>
        </message>
        <message>
            <source>This token belongs to another GitLab user, not to %1.</source>
            <translation>このトークンは %1 ではなく、別の GitLab ユーザーのものです。</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenQueryControls</name>
        <message>
            <source>Expiration date, soonest first</source>
            <translation>有効期限の近い順</translation>
        </message>
        <message>
            <source>Expiration date, latest first</source>
            <translation>有効期限の遠い順</translation>
        </message>
        <message>
            <source>Created, newest first</source>
            <translation>作成日の新しい順</translation>
        </message>
        <message>
            <source>Created, oldest first</source>
            <translation>作成日の古い順</translation>
        </message>
        <message>
            <source>Last used, most recent first</source>
            <translation>最終使用の新しい順</translation>
        </message>
        <message>
            <source>Last used, least recent first</source>
            <translation>最終使用の古い順</translation>
        </message>
        <message>
            <source>Name, A to Z</source>
            <translation>名前の昇順（A→Z）</translation>
        </message>
        <message>
            <source>Name, Z to A</source>
            <translation>名前の降順（Z→A）</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenTableModel</name>
        <message>
            <source>Token name</source>
            <translation>トークン名</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>説明</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>スコープ</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>作成日</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>最終使用</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>有効期限</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Revoked or expired on</source>
            <translation>取り消し日・期限切れ日</translation>
        </message>
        <message>
            <source>In keychain</source>
            <translation>キーチェーン</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>ロール</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenTableView</name>
        <message>
            <source>Token actions</source>
            <translation>トークンの操作</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>取り消す</translation>
        </message>
        <message>
            <source>Active group access tokens (%1)</source>
            <translation>有効なグループアクセストークン（%1）</translation>
        </message>
        <message>
            <source>Active group access tokens</source>
            <translation>有効なグループアクセストークン</translation>
        </message>
        <message>
            <source>Inactive group access tokens (%1)</source>
            <translation>無効なグループアクセストークン（%1）</translation>
        </message>
        <message>
            <source>Inactive group access tokens</source>
            <translation>無効なグループアクセストークン</translation>
        </message>
        <message>
            <source>Active project access tokens (%1)</source>
            <translation>有効なプロジェクトアクセストークン（%1）</translation>
        </message>
        <message>
            <source>Active project access tokens</source>
            <translation>有効なプロジェクトアクセストークン</translation>
        </message>
        <message>
            <source>Inactive project access tokens (%1)</source>
            <translation>無効なプロジェクトアクセストークン（%1）</translation>
        </message>
        <message>
            <source>Inactive project access tokens</source>
            <translation>無効なプロジェクトアクセストークン</translation>
        </message>
        <message>
            <source>Active personal access tokens (%1)</source>
            <translation>有効なパーソナルアクセストークン（%1）</translation>
        </message>
        <message>
            <source>Active personal access tokens</source>
            <translation>有効なパーソナルアクセストークン</translation>
        </message>
        <message>
            <source>Inactive personal access tokens (%1)</source>
            <translation>無効なパーソナルアクセストークン（%1）</translation>
        </message>
        <message>
            <source>Inactive personal access tokens</source>
            <translation>無効なパーソナルアクセストークン</translation>
        </message>
        <message>
            <source>No active token matches the search.</source>
            <translation>検索に一致する有効なトークンはありません。</translation>
        </message>
        <message>
            <source>No inactive token matches the search.</source>
            <translation>検索に一致する無効なトークンはありません。</translation>
        </message>
        <message>
            <source>This group has no active group access tokens.</source>
            <translation>このグループには有効なグループアクセストークンがありません。</translation>
        </message>
        <message>
            <source>This group has no inactive group access tokens.</source>
            <translation>このグループには無効なグループアクセストークンがありません。</translation>
        </message>
        <message>
            <source>This project has no active project access tokens.</source>
            <translation>このプロジェクトには有効なプロジェクトアクセストークンがありません。</translation>
        </message>
        <message>
            <source>This project has no inactive project access tokens.</source>
            <translation>このプロジェクトには無効なプロジェクトアクセストークンがありません。</translation>
        </message>
        <message>
            <source>This user has no active personal access tokens.</source>
            <translation>このユーザーには有効なパーソナルアクセストークンがありません。</translation>
        </message>
        <message>
            <source>This user has no inactive personal access tokens.</source>
            <translation>このユーザーには無効なパーソナルアクセストークンがありません。</translation>
        </message>
        <message>
            <source>%1+</source>
            <translation>%1+</translation>
        </message>
        <message>
            <source>Rotate %1</source>
            <translation>%1 をローテーション</translation>
        </message>
        <message>
            <source>Revoke %1</source>
            <translation>%1 を取り消す</translation>
        </message>
        <message>
            <source>Copy from keychain %1</source>
            <translation>%1 をキーチェーンからコピー</translation>
        </message>
        <message>
            <source>Use %1 for git on a host…</source>
            <translation>%1 を git で使用…</translation>
        </message>
        <message>
            <source>Create similar %1</source>
            <translation>%1 と同様のトークンを作成</translation>
        </message>
        <message>
            <source>Delete the saved secret of %1</source>
            <translation>%1 の保存済みシークレットを削除</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::WindowLauncher</name>
        <message>
            <source>TokenDesk has no account %1. It may have been removed; connect to it again to manage its tokens.</source>
            <translation>TokenDesk にアカウント %1 はありません。削除された可能性があります。トークンを管理するには、もう一度接続してください。</translation>
        </message>
        <message>
            <source>This window shows the token store %1, not %2.</source>
            <translation>このウィンドウに表示されているのは %2 ではなく、トークンストア %1 です。</translation>
        </message>
        <message>
            <source>%1 has no group or project access tokens, so it has no token of %2.</source>
            <translation>%1 にはグループやプロジェクトのアクセストークンがないため、%2 のトークンはありません。</translation>
        </message>
        <message>
            <source>%1 is not among the groups and projects whose tokens %2 manages.</source>
            <translation>%1 は、%2 がトークンを管理するグループとプロジェクトに含まれていません。</translation>
        </message>
        <message>
            <source>There is no token with ID %1 in %2. It may have been deleted, or it belongs to another account.</source>
            <translation>%2 に ID %1 のトークンはありません。削除されたか、別のアカウントのトークンです。</translation>
        </message>
        <message>
            <source>Could not read the token with ID %1 from %2: %3</source>
            <translation>%2 から ID %1 のトークンを読み込めませんでした: %3</translation>
        </message>
        <message>
            <source>The token '%1' is revoked already: there is nothing to rotate.</source>
            <translation>トークン「%1」はすでに取り消されているため、ローテーションできません。</translation>
        </message>
        <message>
            <source>Cannot show the token</source>
            <translation>トークンを表示できません</translation>
        </message>
    </context>
    <context>
        <name>TokenDetailsPane</name>
        <message>
            <source>Det&amp;ails</source>
            <translation>詳細(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>TokenFilterBar</name>
        <message>
            <source>Created &amp;before</source>
            <translation>作成日がこの日より前(&amp;B)</translation>
        </message>
        <message>
            <source>Created a&amp;fter</source>
            <translation>作成日がこの日以降(&amp;F)</translation>
        </message>
        <message>
            <source>Ex&amp;pires before</source>
            <translation>有効期限がこの日より前(&amp;P)</translation>
        </message>
        <message>
            <source>Expires after</source>
            <translation>有効期限がこの日以降</translation>
        </message>
        <message>
            <source>&amp;Last used before</source>
            <translation>最終使用がこの日より前(&amp;L)</translation>
        </message>
        <message>
            <source>Last &amp;used after</source>
            <translation>最終使用がこの日以降(&amp;U)</translation>
        </message>
        <message>
            <source>Clear f&amp;ilters</source>
            <translation>フィルターをクリア(&amp;I)</translation>
        </message>
    </context>
    <context>
        <name>TokenForm</name>
        <message>
            <source>Add a personal access token</source>
            <translation>パーソナルアクセストークンを追加</translation>
        </message>
        <message>
            <source>Token &amp;name</source>
            <translation>トークン名(&amp;N)</translation>
        </message>
        <message>
            <source>For example, the application using the token or the purpose of the token.</source>
            <translation>例: トークンを使用するアプリケーションや、トークンの用途。</translation>
        </message>
        <message>
            <source>Token &amp;description</source>
            <translation>トークンの説明(&amp;D)</translation>
        </message>
        <message>
            <source>Optional; at most 255 characters.</source>
            <translation>省略可。255 文字以内。</translation>
        </message>
        <message>
            <source>E&amp;xpiration date</source>
            <translation>有効期限日(&amp;X)</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>ロール(&amp;R)</translation>
        </message>
        <message>
            <source>The token acts as a bot member of the group or project with this role.</source>
            <translation>トークンは、このロールを持つグループまたはプロジェクトのボットメンバーとして動作します。</translation>
        </message>
        <message>
            <source>Select &amp;scopes</source>
            <translation>スコープを選択(&amp;S)</translation>
        </message>
        <message>
            <source>Scopes set the permission levels granted to the token.</source>
            <translation>スコープは、トークンに付与される権限レベルを設定します。</translation>
        </message>
        <message>
            <source>&amp;Create personal access token</source>
            <translation>パーソナルアクセストークンを作成(&amp;C)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
    </context>
    <context>
        <name>TokenListPrinter</name>
        <message>
            <source>revoked</source>
            <translation>取り消し済み</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>期限切れ</translation>
        </message>
        <message>
            <source>active</source>
            <translation>有効</translation>
        </message>
        <message>
            <source>never</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>あり</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>ROLE</source>
            <translation>ロール</translation>
        </message>
        <message>
            <source>SCOPES</source>
            <translation>スコープ</translation>
        </message>
        <message>
            <source>EXPIRES</source>
            <translation>有効期限</translation>
        </message>
        <message>
            <source>LAST USED</source>
            <translation>最終使用</translation>
        </message>
        <message>
            <source>STATUS</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>KEYCHAIN</source>
            <translation>キーチェーン</translation>
        </message>
        <message>
            <source>No tokens.</source>
            <translation>トークンはありません。</translation>
        </message>
    </context>
    <context>
        <name>TokenRows</name>
        <message>
            <source>The token store is busy: another program kept it locked for more than %1 seconds. Try again.</source>
            <translation>トークンストアが使用中です: 別のプログラムが %1 秒以上ロックしています。もう一度お試しください。</translation>
        </message>
        <message>
            <source>The token store failed: %1</source>
            <translation>トークンストアでエラーが発生しました: %1</translation>
        </message>
        <message>
            <source>There is no token with id %1.</source>
            <translation>ID %1 のトークンはありません。</translation>
        </message>
    </context>
    <context>
        <name>TokenStore</name>
        <message>
            <source>%1 is not a TokenDesk database; it was left untouched.</source>
            <translation>%1 は TokenDesk のデータベースではありません。変更せずにそのままにしています。</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>%1 を読み込めません: %2</translation>
        </message>
        <message>
            <source>The folder %1 cannot be created.</source>
            <translation>フォルダー %1 を作成できません。</translation>
        </message>
        <message>
            <source>%1 cannot be opened: %2</source>
            <translation>%1 を開けません: %2</translation>
        </message>
        <message>
            <source>Only administrators can create tokens with the scope "%1".</source>
            <translation>スコープ「%1」を持つトークンを作成できるのは管理者だけです。</translation>
        </message>
        <message>
            <source>The token "%1" is already revoked.</source>
            <translation>トークン「%1」はすでに取り消されています。</translation>
        </message>
        <message>
            <source>The token "%1" is already revoked. Rotating it again looks like token reuse, so every token of its rotation family has been revoked.</source>
            <translation>トークン「%1」はすでに取り消されています。再度ローテーションするとトークンの再利用とみなされるため、このトークンのローテーションファミリーに属するすべてのトークンが取り消されました。</translation>
        </message>
        <message>
            <source>This token (id %1) is not one of this group's or project's access tokens.</source>
            <translation>このトークン（id %1）は、このグループまたはプロジェクトのアクセストークンではありません。</translation>
        </message>
        <message>
            <source>This token is not valid for this store.</source>
            <translation>このトークンはこのストアでは有効ではありません。</translation>
        </message>
        <message>
            <source>This token ("%1") has been revoked.</source>
            <translation>このトークン（「%1」）は取り消されています。</translation>
        </message>
        <message>
            <source>This token ("%1") expired on %2.</source>
            <translation>このトークン（「%1」）は %2 に期限切れになりました。</translation>
        </message>
        <message>
            <source>There is no user %1.</source>
            <translation>ユーザー %1 は存在しません。</translation>
        </message>
        <message>
            <source>The username "%1" cannot be used.</source>
            <translation>ユーザー名「%1」は使用できません。</translation>
        </message>
        <message>
            <source>The username "%1" or the id is taken.</source>
            <translation>ユーザー名「%1」または ID はすでに使われています。</translation>
        </message>
        <message>
            <source>There is no user with id %1.</source>
            <translation>ID %1 のユーザーは存在しません。</translation>
        </message>
        <message>
            <source>Only administrators can create tokens for other users.</source>
            <translation>ほかのユーザーのトークンを作成できるのは管理者だけです。</translation>
        </message>
        <message>
            <source>Only administrators can list every user's tokens.</source>
            <translation>全ユーザーのトークンを一覧表示できるのは管理者だけです。</translation>
        </message>
        <message>
            <source>You need the %1 role on the group "%2" to manage its access tokens; you are not a member there.</source>
            <translation>グループ「%2」のアクセストークンを管理するには、そのグループで %1 ロールが必要です。あなたはそのグループのメンバーではありません。</translation>
        </message>
        <message>
            <source>You need the %1 role on the project "%2" to manage its access tokens; you are not a member there.</source>
            <translation>プロジェクト「%2」のアクセストークンを管理するには、そのプロジェクトで %1 ロールが必要です。あなたはそのプロジェクトのメンバーではありません。</translation>
        </message>
        <message>
            <source>You need the %1 role on the group "%2" to manage its access tokens; your role there is %3.</source>
            <translation>グループ「%2」のアクセストークンを管理するには、そのグループで %1 ロールが必要です。あなたのロールは %3 です。</translation>
        </message>
        <message>
            <source>You need the %1 role on the project "%2" to manage its access tokens; your role there is %3.</source>
            <translation>プロジェクト「%2」のアクセストークンを管理するには、そのプロジェクトで %1 ロールが必要です。あなたのロールは %3 です。</translation>
        </message>
        <message>
            <source>The group "%1" has no access token with id %2.</source>
            <translation>グループ「%1」に ID %2 のアクセストークンはありません。</translation>
        </message>
        <message>
            <source>The project "%1" has no access token with id %2.</source>
            <translation>プロジェクト「%1」に ID %2 のアクセストークンはありません。</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>Token name is required.</source>
            <translation>トークン名は必須です。</translation>
        </message>
        <message>
            <source>Token name is too long (at most %1 characters).</source>
            <translation>トークン名が長すぎます（%1 文字以内）。</translation>
        </message>
        <message>
            <source>Token name must not contain control characters.</source>
            <translation>トークン名に制御文字を含めることはできません。</translation>
        </message>
        <message>
            <source>Token description is too long (at most %1 characters).</source>
            <translation>トークンの説明が長すぎます（%1 文字以内）。</translation>
        </message>
        <message>
            <source>Select at least one scope.</source>
            <translation>スコープを少なくとも 1 つ選択してください。</translation>
        </message>
        <message>
            <source>Unknown scope "%1".</source>
            <translation>不明なスコープ「%1」です。</translation>
        </message>
        <message>
            <source>Expiration date is required.</source>
            <translation>有効期限日は必須です。</translation>
        </message>
        <message>
            <source>Expiration date must be %1 or later (dates are in UTC).</source>
            <translation>有効期限日は %1 以降にしてください（日付は UTC です）。</translation>
        </message>
        <message numerus="yes">
            <source>Expiration date must be %1 or earlier (at most %n day(s) ahead).</source>
            <translation>
                <numerusform>有効期限日は %1 以前にしてください（最長 %n 日後まで）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Unknown role %1: choose guest, planner, reporter, developer, maintainer or owner.</source>
            <translation>不明なロール %1 です: guest, planner, reporter, developer, maintainer, owner のいずれかを選択してください。</translation>
        </message>
        <message>
            <source>The role %1 is above your own role (%2) there.</source>
            <translation>ロール %1 は、そこでのあなた自身のロール（%2）より上です。</translation>
        </message>
        <message>
            <source>Group and project access tokens cannot have the scope "%1".</source>
            <translation>グループとプロジェクトのアクセストークンにはスコープ「%1」を付与できません。</translation>
        </message>
    </context>
    <context>
        <name>VerifyCommand</name>
        <message>
            <source>Read one secret from standard input and show the token it belongs to.</source>
            <translation>標準入力からシークレットを 1 つ読み込み、それが属するトークンを表示します。</translation>
        </message>
        <message>
            <source>The secret is read from standard input (one line; a trailing newline is ignored). It is never accepted as an argument.</source>
            <translation>シークレットは標準入力から読み込みます（1 行。末尾の改行は無視されます）。引数として受け付けることはありません。</translation>
        </message>
        <message>
            <source>verify takes no arguments: it reads the secret from standard input, so that the secret never appears on a command line.</source>
            <translation>verify は引数を取りません: シークレットがコマンドラインに現れないよう、標準入力から読み込みます。</translation>
        </message>
        <message>
            <source>Paste the token and press Enter (input is hidden): </source>
            <translation>トークンを貼り付けて Enter キーを押してください（入力は表示されません）: </translation>
        </message>
        <message>
            <source>standard input is too long to be a token.</source>
            <translation>標準入力が長すぎるため、トークンではありません。</translation>
        </message>
        <message>
            <source>no token on standard input; verify reads one token from standard input.</source>
            <translation>標準入力にトークンがありません。verify は標準入力からトークンを 1 つ読み込みます。</translation>
        </message>
        <message>
            <source>standard input must hold exactly one token, on one line.</source>
            <translation>標準入力には 1 行に 1 つのトークンだけを含めてください。</translation>
        </message>
    </context>
    <context>
        <name>WhoamiCommand</name>
        <message>
            <source>Show who the GitLab access token signs in as, and the access token itself.</source>
            <translation>GitLab アクセストークンがどのユーザーとしてサインインするか、およびアクセストークン自体の情報を表示します。</translation>
        </message>
        <message>
            <source>whoami needs --gitlab URL (or $GITLAB_HOST).</source>
            <translation>whoami には --gitlab URL（または $GITLAB_HOST）が必要です。</translation>
        </message>
        <message>
            <source>the access token lacks the api scope, so it cannot create, rotate or revoke tokens (it has: %1).</source>
            <translation>このアクセストークンには api スコープがないため、トークンの作成、ローテーション、取り消しはできません（付与されているスコープ: %1）。</translation>
        </message>
        <message>
            <source>the access token expires on %1 (at 00:00 UTC); rotate it with '%2 rotate self'.</source>
            <translation>このアクセストークンは %1（00:00 UTC）に期限切れになります。'%2 rotate self' でローテーションしてください。</translation>
        </message>
        <message>
            <source>GitLab did not show the access token itself (GET /personal_access_tokens/self failed), so its scopes and expiry are unknown.</source>
            <translation>GitLab がアクセストークン自体の情報を返さなかった（GET /personal_access_tokens/self が失敗した）ため、スコープと有効期限は不明です。</translation>
        </message>
        <message>
            <source>Instance</source>
            <translation>インスタンス</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>ユーザー名</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>User ID</source>
            <translation>ユーザー ID</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>管理者</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <source>no</source>
            <translation>いいえ</translation>
        </message>
        <message>
            <source>GitLab version</source>
            <translation>GitLab のバージョン</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>不明</translation>
        </message>
        <message>
            <source>Access token</source>
            <translation>アクセストークン</translation>
        </message>
        <message>
            <source>%1 (ID %2)</source>
            <translation>%1(ID %2)</translation>
        </message>
        <message>
            <source>Its scopes</source>
            <translation>スコープ</translation>
        </message>
        <message>
            <source>It expires</source>
            <translation>有効期限</translation>
        </message>
        <message>
            <source>never</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>%1 (at 00:00 UTC)</source>
            <translation>%1(00:00 UTC)</translation>
        </message>
    </context>
    <context>
        <name>WindowDialogs</name>
        <message>
            <source>About TokenDesk</source>
            <translation>TokenDesk について</translation>
        </message>
        <message>
            <source>TokenDesk %1</source>
            <translation>TokenDesk %1</translation>
        </message>
        <message>
            <source>Manages GitLab personal access tokens, on a GitLab server or in an offline store on this computer.</source>
            <translation>GitLab サーバー上、またはこのコンピューター上のオフラインストアで、GitLab のパーソナルアクセストークンを管理します。</translation>
        </message>
    </context>
    <context>
        <name>WindowProcess</name>
        <message>
            <source>The TokenDesk window (%1) is not installed next to this program or on PATH.</source>
            <translation>TokenDesk のウィンドウ（%1）が、このプログラムと同じ場所にも PATH にもインストールされていません。</translation>
        </message>
        <message>
            <source>Cannot start %1: %2</source>
            <translation>%1 を起動できません: %2</translation>
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
            <translation>GitLab のパーソナルアクセストークンを管理します。</translation>
        </message>
        <message>
            <source>Open the offline demo store, filled with sample tokens once.</source>
            <translation>オフラインのデモ用ストアを開きます（初回にサンプルトークンが入ります）。</translation>
        </message>
        <message>
            <source>Use the token store at &lt;path&gt; (default: $TOKENDESK_STORE, else tokens.sqlite in the application data folder).</source>
            <translation>&lt;path&gt; にあるトークンストアを使用します（既定: $TOKENDESK_STORE、なければアプリケーションデータフォルダーの tokens.sqlite）。</translation>
        </message>
        <message>
            <source>path</source>
            <translation>path</translation>
        </message>
        <message>
            <source>Print the milliseconds from start until the token table was first painted, then quit (for benchmarks).</source>
            <translation>起動からトークン表が最初に描画されるまでのミリ秒数を出力して終了します（ベンチマーク用）。</translation>
        </message>
        <message>
            <source>With --rotate or --select: the account of the token ("offline" for the token store, or store:&lt;path&gt;).</source>
            <translation>--rotate または --select と併用: トークンのアカウント（トークンストアの場合は "offline"、または store:&lt;path&gt;）。</translation>
        </message>
        <message>
            <source>key</source>
            <translation>キー</translation>
        </message>
        <message>
            <source>Open the rotate confirmation of the token with this ID.</source>
            <translation>この ID のトークンのローテーション確認を開きます。</translation>
        </message>
        <message>
            <source>id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Show the token with this ID, selected.</source>
            <translation>この ID のトークンを選択した状態で表示します。</translation>
        </message>
        <message>
            <source>With --rotate or --select: the token is a group's or project's (group:ID or project:ID).</source>
            <translation>--rotate または --select と併用: グループまたはプロジェクトのトークンです（group:ID または project:ID）。</translation>
        </message>
        <message>
            <source>resource</source>
            <translation>リソース</translation>
        </message>
        <message>
            <source>--demo and --store cannot be combined.</source>
            <translation>--demo と --store は同時に使用できません。</translation>
        </message>
        <message>
            <source>Give either --rotate or --select.</source>
            <translation>--rotate か --select のどちらかを指定してください。</translation>
        </message>
        <message>
            <source>--rotate and --select need --account.</source>
            <translation>--rotate と --select には --account が必要です。</translation>
        </message>
        <message>
            <source>The token ID must be a positive number.</source>
            <translation>トークン ID は正の数でなければなりません。</translation>
        </message>
        <message>
            <source>Could not open the token store %1: %2</source>
            <translation>トークンストア %1 を開けませんでした: %2</translation>
        </message>
        <message>
            <source>usage: git-credential-tokendesk get|store|erase
A git credential helper: git runs it, e.g. after
  git config --global credential.https://HOST.helper tokendesk
</source>
            <translation>使い方: git-credential-tokendesk get|store|erase
git の認証情報ヘルパーです。たとえば次の設定の後、git から実行されます:
  git config --global credential.https://HOST.helper tokendesk
</translation>
        </message>
        <message>
            <source>A git credential helper: git runs it to get the access token of a GitLab host that tokendesk-cli git-use (or the window) mapped to a token saved in the keychain. Set it up with tokendesk-cli git-setup, or: git config --global credential.https://HOST.helper tokendesk</source>
            <translation>git の認証情報ヘルパーです。tokendesk-cli git-use (またはウィンドウ) でキーチェーンに保存したトークンに対応付けた GitLab ホストのアクセストークンを、git がこれを実行して取得します。設定は tokendesk-cli git-setup か、次のコマンドで行います: git config --global credential.https://HOST.helper tokendesk</translation>
        </message>
        <message>
            <source>get: print the mapped host's username and token for git. store: save nothing. erase: forget the host's mapping (not the secret).</source>
            <translation>get: 対応付けたホストのユーザー名とトークンを git に出力します。store: 何も保存しません。erase: ホストの対応付けを削除します (シークレットは残ります)。</translation>
        </message>
    </context>
</TS>
