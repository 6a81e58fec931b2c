<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>AccessLevels</name>
        <message>
            <source>Guest</source>
            <translation>ضيف</translation>
        </message>
        <message>
            <source>Planner</source>
            <translation>مخطِّط</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>مُبلِّغ</translation>
        </message>
        <message>
            <source>Developer</source>
            <translation>مطوِّر</translation>
        </message>
        <message>
            <source>Maintainer</source>
            <translation>مشرف</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>مالك</translation>
        </message>
        <message>
            <source>Role %1</source>
            <translation>الدور %1</translation>
        </message>
    </context>
    <context>
        <name>AllResourcesListing</name>
        <message>
            <source>group</source>
            <translation>مجموعة</translation>
        </message>
        <message>
            <source>project</source>
            <translation>مشروع</translation>
        </message>
        <message>
            <source>Reading access tokens: %1 of %2 groups and projects</source>
            <translation>قراءة رموز الوصول: %1 من %2 من المجموعات والمشاريع</translation>
        </message>
        <message>
            <source>interrupted; nothing was listed.</source>
            <translation>تمت المقاطعة؛ لم يُعرض شيء.</translation>
        </message>
        <message>
            <source>could not read the access tokens of %1 %2: %3</source>
            <translation>تعذّرت قراءة رموز وصول %1 %2: %3</translation>
        </message>
        <message numerus="yes">
            <source>the listing is incomplete: %n of %1 groups and projects could not be read.</source>
            <translation>
                <numerusform>القائمة كاملة: لم تتعذّر قراءة أي من %1 من المجموعات والمشاريع.</numerusform>
                <numerusform>القائمة غير كاملة: تعذّرت قراءة مجموعة أو مشروع واحد من %1.</numerusform>
                <numerusform>القائمة غير كاملة: تعذّرت قراءة اثنين من %1 من المجموعات والمشاريع.</numerusform>
                <numerusform>القائمة غير كاملة: تعذّرت قراءة %n من %1 من المجموعات والمشاريع.</numerusform>
                <numerusform>القائمة غير كاملة: تعذّرت قراءة %n من %1 من المجموعات والمشاريع.</numerusform>
                <numerusform>القائمة غير كاملة: تعذّرت قراءة %n من %1 من المجموعات والمشاريع.</numerusform>
            </translation>
        </message>
        <message>
            <source>No group or project access tokens expire before %1.</source>
            <translation>لا توجد رموز وصول لمجموعات أو مشاريع تنتهي قبل %1.</translation>
        </message>
        <message>
            <source>No active group or project access tokens.</source>
            <translation>لا توجد رموز وصول نشطة لمجموعات أو مشاريع.</translation>
        </message>
        <message>
            <source>never</source>
            <translation>أبدًا</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>KIND</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>RESOURCE</source>
            <translation>المورد</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>المعرّف</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>ROLE</source>
            <translation>الدور</translation>
        </message>
        <message>
            <source>SCOPES</source>
            <translation>النطاقات</translation>
        </message>
        <message>
            <source>EXPIRES</source>
            <translation>الانتهاء</translation>
        </message>
        <message>
            <source>LAST USED</source>
            <translation>آخر استخدام</translation>
        </message>
        <message>
            <source>KEYCHAIN</source>
            <translation>سلسلة المفاتيح</translation>
        </message>
    </context>
    <context>
        <name>CalendarCommand</name>
        <message>
            <source>Write the calendar to FILE (replaced whole, or left as it was when writing fails) instead of standard output.</source>
            <translation>اكتب التقويم في FILE (يُستبدل بالكامل، أو يبقى كما كان إذا فشلت الكتابة) بدلًا من المخرج القياسي.</translation>
        </message>
        <message>
            <source>Write the expiry date of every active token as an iCalendar (.ics) file, with reminders.</source>
            <translation>اكتب تاريخ انتهاء كل رمز نشط في ملف iCalendar (.ics) مع تذكيرات.</translation>
        </message>
        <message>
            <source>Reads the local store and every connected GitLab account, or only the place --store, --demo or --gitlab names. Each token that expires gets an all-day event on its expiry date (it stops working at 00:00 UTC that day) with an alarm at each reminder threshold (Preferences, or reminders.conf); revoked and expired tokens are left out. An event keeps its UID across exports, so importing a newer file updates the events instead of adding copies.
Exit status: 0 when every place was read; 1 when one could not be (each is named on standard error): the calendar is still written, with the tokens of the places that were read; when no place could be read nothing is written.
</source>
            <translation>يقرأ المخزن المحلي وكل حساب GitLab متصل، أو المكان الذي يحدده --store أو --demo أو --gitlab فقط. يحصل كل رمز له تاريخ انتهاء على حدث يستغرق اليوم كله في تاريخ انتهائه (يتوقف عن العمل عند الساعة 00:00 بالتوقيت العالمي من ذلك اليوم) مع تنبيه عند كل عتبة تذكير (التفضيلات، أو reminders.conf)؛ وتُستبعد الرموز المُبطَلة والمنتهية. يحتفظ كل حدث بمعرّف UID نفسه عبر عمليات التصدير، لذا يؤدي استيراد ملف أحدث إلى تحديث الأحداث بدلًا من إضافة نسخ منها.
حالة الخروج: 0 عند قراءة كل الأماكن؛ 1 عند تعذّر قراءة أحدها (يُذكر كل منها في الخطأ القياسي): يُكتب التقويم رغم ذلك بالرموز من الأماكن التي قُرئت؛ وإذا تعذّرت قراءة كل الأماكن فلا يُكتب شيء.
</translation>
        </message>
        <message>
            <source>--output needs a file name.</source>
            <translation>يحتاج --output إلى اسم ملف.</translation>
        </message>
        <message>
            <source>could not read %1</source>
            <translation>تعذّرت قراءة %1</translation>
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
            <translation>تعذّرت كتابة %1: %2</translation>
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
            <translation>مُبطَل</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>منتهي الصلاحية</translation>
        </message>
        <message>
            <source>active</source>
            <translation>نشط</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>المعرّف</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>المجموعة</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>المشروع</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>النطاقات</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>تاريخ الإنشاء</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>آخر استخدام</translation>
        </message>
        <message>
            <source>never</source>
            <translation>أبدًا</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>ينتهي</translation>
        </message>
        <message>
            <source>%1 (at 00:00 UTC)</source>
            <translation>%1 (عند 00:00 بالتوقيت العالمي)</translation>
        </message>
        <message>
            <source>Bot user ID</source>
            <translation>معرّف مستخدم البوت</translation>
        </message>
        <message>
            <source>User ID</source>
            <translation>معرّف المستخدم</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>المالك</translation>
        </message>
        <message>
            <source>Used from</source>
            <translation>استُخدم من</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>مُبطَل</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>no</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>What the scopes allow:</source>
            <translation>ما تسمح به النطاقات:</translation>
        </message>
    </context>
    <context>
        <name>Command</name>
        <message>
            <source>The token's ID, a positive whole number.</source>
            <translation>معرّف الرمز، عدد صحيح موجب.</translation>
        </message>
        <message>
            <source>%1 takes no arguments.</source>
            <translation>لا يقبل %1 أي وسائط.</translation>
        </message>
        <message>
            <source>%1 needs exactly one token ID.</source>
            <translation>يحتاج %1 إلى معرّف رمز واحد بالضبط.</translation>
        </message>
        <message>
            <source>the token ID must be a positive whole number, or 'self'.</source>
            <translation>يجب أن يكون معرّف الرمز عددًا صحيحًا موجبًا، أو 'self'.</translation>
        </message>
        <message>
            <source>the token ID must be a positive whole number.</source>
            <translation>يجب أن يكون معرّف الرمز عددًا صحيحًا موجبًا.</translation>
        </message>
        <message>
            <source>'self' names the GitLab access token in use; it needs --gitlab URL.</source>
            <translation>تشير 'self' إلى رمز وصول GitLab المستخدَم حاليًا؛ وتحتاج إلى --gitlab URL.</translation>
        </message>
        <message>
            <source>'self' names your own access token in use, not one of a group or project; leave out --group and --project.</source>
            <translation>تشير 'self' إلى رمز الوصول الخاص بك المستخدَم حاليًا، لا إلى رمز مجموعة أو مشروع؛ احذف --group و--project.</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>Use the store database at PATH (default: $TOKENDESK_STORE, else the default store).</source>
            <translation>استخدم قاعدة بيانات المخزن في PATH (الافتراضي: $TOKENDESK_STORE، وإلا فالمخزن الافتراضي).</translation>
        </message>
        <message>
            <source>Use the separate offline demo store.</source>
            <translation>استخدم مخزن العرض التجريبي المنفصل غير المتصل.</translation>
        </message>
        <message>
            <source>Work on the GitLab instance at URL (default: $GITLAB_HOST; https:// unless given). The access token comes from $GITLAB_TOKEN, --token-file, or the keychain of a connected account.</source>
            <translation>اعمل على مثيل GitLab في URL (الافتراضي: $GITLAB_HOST؛ ويُفترض https:// ما لم يُحدَّد غيره). يُؤخذ رمز الوصول من $GITLAB_TOKEN أو --token-file أو من سلسلة المفاتيح لحساب متصل.</translation>
        </message>
        <message>
            <source>Read the GitLab access token from the first line of FILE.</source>
            <translation>اقرأ رمز وصول GitLab من السطر الأول في FILE.</translation>
        </message>
        <message>
            <source>The connected GitLab account whose access token the keychain holds, when there are several.</source>
            <translation>حساب GitLab المتصل الذي تحفظ سلسلة المفاتيح رمز وصوله، عند وجود أكثر من حساب.</translation>
        </message>
        <message>
            <source>Also trust the certificate authorities in this PEM file.</source>
            <translation>ثِق أيضًا بجهات إصدار الشهادات الموجودة في ملف PEM هذا.</translation>
        </message>
        <message>
            <source>Give up on a GitLab request that stalls this long (default: 30).</source>
            <translation>تخلَّ عن طلب GitLab الذي يتوقف مدة أطول من هذه (الافتراضي: 30).</translation>
        </message>
        <message>
            <source>Work on the access tokens of this group (its numeric ID or full path, such as acme/platform) instead of your own.</source>
            <translation>اعمل على رموز وصول هذه المجموعة (معرّفها الرقمي أو مسارها الكامل، مثل acme/platform) بدلًا من رموزك.</translation>
        </message>
        <message>
            <source>Work on the access tokens of this project (its numeric ID or full path, such as acme/web) instead of your own.</source>
            <translation>اعمل على رموز وصول هذا المشروع (معرّفه الرقمي أو مساره الكامل، مثل acme/web) بدلًا من رموزك.</translation>
        </message>
        <message>
            <source>Print one JSON document with GitLab's field names.</source>
            <translation>اطبع مستند JSON واحدًا بأسماء حقول GitLab.</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>اعرض هذه المساعدة.</translation>
        </message>
        <message>
            <source>Show the version.</source>
            <translation>اعرض الإصدار.</translation>
        </message>
        <message>
            <source>[hidden]</source>
            <translation>[مخفي]</translation>
        </message>
        <message>
            <source>Manage GitLab personal, group and project access tokens from scripts and the terminal.</source>
            <translation>أدِر رموز الوصول الشخصية ورموز المجموعات والمشاريع في GitLab من النصوص البرمجية والطرفية.</translation>
        </message>
        <message>
            <source>The command to run (see below).</source>
            <translation>الأمر المراد تشغيله (انظر أدناه).</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>الأوامر:</translation>
        </message>
        <message>
            <source>Run '%1 COMMAND --help' for a command's options. With --group or --project the token commands work on that group's or project's access tokens. Exit codes: 0 done, 1 failure (store, server, network), 2 usage or validation error (nothing changed), 3 authentication or permission refused (also: you lack the role on the group or project), 4 not found (also: no such group or project), 5 secret not printed (control characters), 6 listing incomplete (some groups or projects could not be read), 130 interrupted.</source>
            <translation>شغّل '%1 COMMAND --help' لعرض خيارات أمر ما. مع --group أو --project تعمل أوامر الرموز على رموز وصول تلك المجموعة أو ذلك المشروع. رموز الخروج: 0 تم، 1 فشل (المخزن، الخادم، الشبكة)، 2 خطأ في الاستخدام أو التحقق (لم يتغير شيء)، 3 رُفضت المصادقة أو الإذن (وكذلك: ليس لديك الدور اللازم في المجموعة أو المشروع)، 4 غير موجود (وكذلك: لا توجد مجموعة أو مشروع بهذا الاسم)، 5 لم يُطبع السر (محارف تحكم)، 6 القائمة غير كاملة (تعذّرت قراءة بعض المجموعات أو المشاريع)، 130 تمت المقاطعة.</translation>
        </message>
        <message>
            <source>no command given; run '%1 --help' for the list of commands.</source>
            <translation>لم يُحدَّد أي أمر؛ شغّل '%1 --help' لعرض قائمة الأوامر.</translation>
        </message>
        <message>
            <source>unknown command '%1'; run '%2 --help' for the list of commands.</source>
            <translation>أمر غير معروف '%1'؛ شغّل '%2 --help' لعرض قائمة الأوامر.</translation>
        </message>
        <message>
            <source>--%1 given more than once.</source>
            <translation>حُدِّد --%1 أكثر من مرة.</translation>
        </message>
        <message>
            <source>--store needs a file path.</source>
            <translation>يحتاج --store إلى مسار ملف.</translation>
        </message>
        <message>
            <source>--store and --demo cannot be used together.</source>
            <translation>لا يمكن استخدام --store و--demo معًا.</translation>
        </message>
        <message>
            <source>--gitlab cannot be used with --store or --demo.</source>
            <translation>لا يمكن استخدام --gitlab مع --store أو --demo.</translation>
        </message>
        <message>
            <source>--gitlab needs the instance URL, such as https://gitlab.example.com.</source>
            <translation>يحتاج --gitlab إلى عنوان URL للمثيل، مثل https://gitlab.example.com.</translation>
        </message>
        <message>
            <source>--timeout must be a number of seconds between 0 and 3600, such as 30.</source>
            <translation>يجب أن يكون --timeout عددًا من الثواني بين 0 و3600، مثل 30.</translation>
        </message>
        <message>
            <source>--token-file, --user, --ca-file and --timeout need --gitlab URL (or $GITLAB_HOST).</source>
            <translation>تحتاج --token-file و--user و--ca-file و--timeout إلى --gitlab URL (أو $GITLAB_HOST).</translation>
        </message>
        <message>
            <source>--group and --project cannot be used together.</source>
            <translation>لا يمكن استخدام --group و--project معًا.</translation>
        </message>
        <message>
            <source>--%1 needs the numeric ID or the full path, such as 42 or acme/web.</source>
            <translation>يحتاج --%1 إلى المعرّف الرقمي أو المسار الكامل، مثل 42 أو acme/web.</translation>
        </message>
        <message>
            <source>%1 does not work on a group's or project's tokens; leave out --%2.</source>
            <translation>لا يعمل %1 على رموز مجموعة أو مشروع؛ احذف --%2.</translation>
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
            <translation>الأمر</translation>
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
            <translation>[نعم/لا]</translation>
        </message>
        <message>
            <source>y</source>
            <translation>ن</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>نعم</translation>
        </message>
    </context>
    <context>
        <name>Confirmations</name>
        <message>
            <source>Revoke token</source>
            <translation>إبطال الرمز</translation>
        </message>
        <message>
            <source>Revoke the token '%1'?</source>
            <translation>هل تريد إبطال الرمز «%1»؟</translation>
        </message>
        <message>
            <source>Scripts and applications that use it lose access at once. This cannot be undone.</source>
            <translation>ستفقد النصوص البرمجية والتطبيقات التي تستخدمه الوصول فورًا. لا يمكن التراجع عن هذا.</translation>
        </message>
        <message>
            <source>This is the token TokenDesk signs in with to %1. Revoking it disconnects TokenDesk from this account; to come back, connect again with another token. This cannot be undone.</source>
            <translation>هذا هو الرمز الذي يسجّل به TokenDesk الدخول إلى %1. إبطاله يفصل TokenDesk عن هذا الحساب؛ وللعودة، اتصل مجددًا برمز آخر. لا يمكن التراجع عن هذا.</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>إبطال</translation>
        </message>
        <message>
            <source>Also delete the saved secret from the keychain</source>
            <translation>احذف أيضًا السر المحفوظ من سلسلة المفاتيح</translation>
        </message>
        <message>
            <source>Rotate token</source>
            <translation>تدوير الرمز</translation>
        </message>
        <message>
            <source>Rotate the token '%1'?</source>
            <translation>هل تريد تدوير الرمز «%1»؟</translation>
        </message>
        <message>
            <source>Its secret stops working at once. A new token with the same name and scopes replaces it, expiring on %1; its secret is shown once.</source>
            <translation>يتوقف سره عن العمل فورًا. يحل محله رمز جديد بالاسم والنطاقات نفسها، ينتهي في %1؛ ويُعرض سره مرة واحدة.</translation>
        </message>
        <message>
            <source>Rotate</source>
            <translation>تدوير</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <source>Connect to GitLab</source>
            <translation>الاتصال بـGitLab</translation>
        </message>
        <message>
            <source>TokenDesk signs in to GitLab with a personal access token of yours. It keeps that token in the system keychain only.</source>
            <translation>يسجّل TokenDesk الدخول إلى GitLab برمز وصول شخصي خاص بك، ويحفظ هذا الرمز في سلسلة مفاتيح النظام فقط.</translation>
        </message>
        <message>
            <source>&amp;Instance URL</source>
            <translation>عنوان URL للمثيل (&amp;I)</translation>
        </message>
        <message>
            <source>Instance URL</source>
            <translation>عنوان URL للمثيل</translation>
        </message>
        <message>
            <source>Access &amp;token</source>
            <translation>رمز الوصول (&amp;T)</translation>
        </message>
        <message>
            <source>Access token</source>
            <translation>رمز الوصول</translation>
        </message>
        <message>
            <source>A&amp;dd as a new account</source>
            <translation>إضافة كحساب جديد (&amp;D)</translation>
        </message>
        <message>
            <source>Create a token for TokenDesk</source>
            <translation>إنشاء رمز لـTokenDesk</translation>
        </message>
        <message>
            <source>&amp;Advanced</source>
            <translation>متقدّم (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;CA certificate file</source>
            <translation>ملف شهادة CA (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>استعراض… (&amp;B)</translation>
        </message>
        <message>
            <source>T&amp;imeout</source>
            <translation>المهلة (&amp;I)</translation>
        </message>
        <message>
            <source>Connected account</source>
            <translation>الحساب المتصل</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>اسم المستخدم</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>مسؤول</translation>
        </message>
        <message>
            <source>Token scopes</source>
            <translation>نطاقات الرمز</translation>
        </message>
        <message>
            <source>Token expires</source>
            <translation>انتهاء الرمز</translation>
        </message>
        <message>
            <source>GitLab version</source>
            <translation>إصدار GitLab</translation>
        </message>
    </context>
    <context>
        <name>CreateCommand</name>
        <message>
            <source>The token's name (required).</source>
            <translation>اسم الرمز (مطلوب).</translation>
        </message>
        <message>
            <source>What the token is for.</source>
            <translation>الغرض من الرمز.</translation>
        </message>
        <message>
            <source>Expiration date in UTC, from tomorrow to a year ahead (default: 30 days ahead).</source>
            <translation>تاريخ الانتهاء بالتوقيت العالمي، من الغد حتى سنة قادمة (الافتراضي: بعد 30 يومًا).</translation>
        </message>
        <message>
            <source>A scope to grant; repeat for several (see 'scopes').</source>
            <translation>نطاق يُمنح؛ كرّره لعدة نطاقات (انظر 'scopes').</translation>
        </message>
        <message>
            <source>GitLab administrators: create the token for the user with this ID.</source>
            <translation>لمسؤولي GitLab: أنشئ الرمز للمستخدم صاحب هذا المعرّف.</translation>
        </message>
        <message>
            <source>With --group or --project: the token's role, one of guest, planner, reporter, developer, maintainer, owner, or its number (default: maintainer).</source>
            <translation>مع --group أو --project: دور الرمز، أحد guest أو planner أو reporter أو developer أو maintainer أو owner، أو رقمه (الافتراضي: maintainer).</translation>
        </message>
        <message>
            <source>Save the new secret in the system keychain.</source>
            <translation>احفظ السر الجديد في سلسلة مفاتيح النظام.</translation>
        </message>
        <message>
            <source>With --keychain: do not print the secret (it is printed anyway when saving fails).</source>
            <translation>مع --keychain: لا تطبع السر (يُطبع على أي حال إذا فشل الحفظ).</translation>
        </message>
        <message>
            <source>Create a token and print its secret once.</source>
            <translation>أنشئ رمزًا واطبع سره مرة واحدة.</translation>
        </message>
        <message>
            <source>create needs --name NAME.</source>
            <translation>يحتاج create إلى --name NAME.</translation>
        </message>
        <message>
            <source>create needs at least one --scope SCOPE (see '%1 scopes').</source>
            <translation>يحتاج create إلى --scope SCOPE واحد على الأقل (انظر '%1 scopes').</translation>
        </message>
        <message>
            <source>unknown scope '%1'; run '%2 scopes' for the list.</source>
            <translation>نطاق غير معروف '%1'؛ شغّل '%2 scopes' لعرض القائمة.</translation>
        </message>
        <message>
            <source>group and project access tokens cannot have the scope '%1'; run '%2 --%3 %4 scopes' for those they can have.</source>
            <translation>لا يمكن أن يكون لرموز وصول المجموعات والمشاريع النطاق '%1'؛ شغّل '%2 --%3 %4 scopes' لعرض النطاقات المسموح بها.</translation>
        </message>
        <message>
            <source>--access-level is the role of a group or project access token; it needs --group or --project.</source>
            <translation>الخيار --access-level هو دور رمز وصول مجموعة أو مشروع؛ ويحتاج إلى --group أو --project.</translation>
        </message>
        <message>
            <source>unknown role '%1' for --access-level; use guest, planner, reporter, developer, maintainer, owner, or 10, 15, 20, 30, 40, 50.</source>
            <translation>دور غير معروف '%1' للخيار --access-level؛ استخدم guest أو planner أو reporter أو developer أو maintainer أو owner، أو 10 أو 15 أو 20 أو 30 أو 40 أو 50.</translation>
        </message>
        <message>
            <source>--user-id must be a positive whole number.</source>
            <translation>يجب أن يكون --user-id عددًا صحيحًا موجبًا.</translation>
        </message>
        <message>
            <source>--user-id needs --gitlab URL.</source>
            <translation>يحتاج --user-id إلى --gitlab URL.</translation>
        </message>
        <message>
            <source>--user-id creates a personal token for another user; it cannot be used with --group or --project.</source>
            <translation>ينشئ --user-id رمزًا شخصيًا لمستخدم آخر؛ ولا يمكن استخدامه مع --group أو --project.</translation>
        </message>
        <message>
            <source>--expires must be a date written YYYY-MM-DD, such as 2026-12-31.</source>
            <translation>يجب أن يكون --expires تاريخًا بالصيغة YYYY-MM-DD، مثل 2026-12-31.</translation>
        </message>
        <message>
            <source>--quiet needs --keychain: without it the secret would be lost.</source>
            <translation>يحتاج --quiet إلى --keychain: فبدونه سيضيع السر.</translation>
        </message>
        <message>
            <source>Created token %1 "%2".</source>
            <translation>أُنشئ الرمز %1 «%2».</translation>
        </message>
        <message>
            <source>Created access token %1 "%2" of the group %3.</source>
            <translation>أُنشئ رمز الوصول %1 «%2» للمجموعة %3.</translation>
        </message>
        <message>
            <source>Created access token %1 "%2" of the project %3.</source>
            <translation>أُنشئ رمز الوصول %1 «%2» للمشروع %3.</translation>
        </message>
        <message>
            <source>Nothing was created.</source>
            <translation>لم يُنشأ شيء.</translation>
        </message>
        <message>
            <source>Create it on GitLab's own page, prefilled: %1</source>
            <translation>أنشئه في صفحة GitLab نفسها، معبّأة مسبقًا: %1</translation>
        </message>
        <message>
            <source>Then check the new token with: %1 --gitlab %2 verify &lt; FILE</source>
            <translation>ثم تحقّق من الرمز الجديد بالأمر: %1 --gitlab %2 verify &lt; FILE</translation>
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
            <translation>هذه هي المرة الوحيدة التي يُعرض فيها الرمز؛ احفظه في مكان آمن الآن.</translation>
        </message>
        <message>
            <source>the secret of token %1 could not be saved in the keychain either: %2</source>
            <translation>تعذّر أيضًا حفظ سر الرمز %1 في سلسلة المفاتيح: %2</translation>
        </message>
        <message>
            <source>token %1 has a new secret (printed above; store it safely now), but it could not be saved in the keychain: %2</source>
            <translation>للرمز %1 سر جديد (مطبوع أعلاه؛ احفظه في مكان آمن الآن)، لكن تعذّر حفظه في سلسلة المفاتيح: %2</translation>
        </message>
        <message>
            <source>%1: the secret of token %2 is saved in the keychain; '%1 secret %2' prints it.</source>
            <translation>%1: سر الرمز %2 محفوظ في سلسلة المفاتيح؛ والأمر '%1 secret %2' يطبعه.</translation>
        </message>
    </context>
    <context>
        <name>DateFilterOptions</name>
        <message>
            <source>Only tokens created before this day (UTC).</source>
            <translation>الرموز المُنشأة قبل هذا اليوم فقط (بالتوقيت العالمي).</translation>
        </message>
        <message>
            <source>Only tokens created on or after this day (UTC).</source>
            <translation>الرموز المُنشأة في هذا اليوم أو بعده فقط (بالتوقيت العالمي).</translation>
        </message>
        <message>
            <source>Only tokens that expire before this date.</source>
            <translation>الرموز التي تنتهي قبل هذا التاريخ فقط.</translation>
        </message>
        <message>
            <source>Only tokens that expire on or after this date.</source>
            <translation>الرموز التي تنتهي في هذا التاريخ أو بعده فقط.</translation>
        </message>
        <message>
            <source>Only tokens last used before this day (UTC).</source>
            <translation>الرموز التي استُخدمت آخر مرة قبل هذا اليوم فقط (بالتوقيت العالمي).</translation>
        </message>
        <message>
            <source>Only tokens last used on or after this day (UTC).</source>
            <translation>الرموز التي استُخدمت آخر مرة في هذا اليوم أو بعده فقط (بالتوقيت العالمي).</translation>
        </message>
        <message>
            <source>--%1 must be a date written YYYY-MM-DD, such as 2026-12-31.</source>
            <translation>يجب أن يكون --%1 تاريخًا بالصيغة YYYY-MM-DD، مثل 2026-12-31.</translation>
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
            <translation>نشر CI</translation>
        </message>
        <message>
            <source>Deploys main to staging from the CI pipeline.</source>
            <translation>ينشر الفرع main إلى بيئة staging من خط أنابيب CI.</translation>
        </message>
        <message>
            <source>Release bot</source>
            <translation>بوت الإصدارات</translation>
        </message>
        <message>
            <source>Tags releases and uploads packages.</source>
            <translation>يضع وسوم الإصدارات ويرفع الحزم.</translation>
        </message>
        <message>
            <source>Old laptop</source>
            <translation>الحاسوب المحمول القديم</translation>
        </message>
        <message>
            <source>Git over HTTPS from the laptop that was replaced.</source>
            <translation>git عبر HTTPS من الحاسوب المحمول الذي استُبدل.</translation>
        </message>
        <message>
            <source>Container registry</source>
            <translation>سجل الحاويات</translation>
        </message>
        <message>
            <source>Pushes images from the build server.</source>
            <translation>يدفع الصور من خادم البناء.</translation>
        </message>
        <message>
            <source>Grafana dashboards</source>
            <translation>لوحات Grafana</translation>
        </message>
        <message>
            <source>Reads pipeline and issue statistics.</source>
            <translation>يقرأ إحصاءات خطوط الأنابيب والمسائل.</translation>
        </message>
        <message>
            <source>Kubernetes agent</source>
            <translation>وكيل Kubernetes</translation>
        </message>
        <message>
            <source>Cluster access for the deploy jobs.</source>
            <translation>وصول إلى العنقود لمهام النشر.</translation>
        </message>
        <message>
            <source>Backup script</source>
            <translation>نص النسخ الاحتياطي</translation>
        </message>
        <message>
            <source>Nightly mirror of every repository.</source>
            <translation>نسخة مرآة ليلية لكل مستودع.</translation>
        </message>
        <message>
            <source>Editor assistant</source>
            <translation>مساعد المحرر</translation>
        </message>
        <message>
            <source>GitLab Duo in the code editor.</source>
            <translation>GitLab Duo في محرر الشيفرة.</translation>
        </message>
        <message>
            <source>Laptop git</source>
            <translation>git الحاسوب المحمول</translation>
        </message>
        <message>
            <source>Issue importer</source>
            <translation>مستورد المسائل</translation>
        </message>
        <message>
            <source>Old sudo script</source>
            <translation>نص sudo القديم</translation>
        </message>
        <message>
            <source>Metrics exporter</source>
            <translation>مصدّر المقاييس</translation>
        </message>
        <message>
            <source>Deploy script</source>
            <translation>نص النشر</translation>
        </message>
        <message>
            <source>Never used</source>
            <translation>لم يُستخدم قط</translation>
        </message>
        <message>
            <source>Registry push</source>
            <translation>دفع السجل</translation>
        </message>
        <message>
            <source>Duo in the editor</source>
            <translation>Duo في المحرر</translation>
        </message>
        <message>
            <source>Acme</source>
            <translation>Acme</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>المنصة</translation>
        </message>
        <message>
            <source>API</source>
            <translation>API</translation>
        </message>
        <message>
            <source>Web shop</source>
            <translation>المتجر الإلكتروني</translation>
        </message>
        <message>
            <source>Infrastructure</source>
            <translation>البنية التحتية</translation>
        </message>
        <message>
            <source>Terraform</source>
            <translation>Terraform</translation>
        </message>
        <message>
            <source>Handbook</source>
            <translation>الدليل</translation>
        </message>
        <message>
            <source>Design guild</source>
            <translation>نقابة التصميم</translation>
        </message>
        <message>
            <source>Icons</source>
            <translation>الأيقونات</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>المجتمع</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>الموقع الإلكتروني</translation>
        </message>
        <message>
            <source>Runner fleet</source>
            <translation>أسطول المشغّلات</translation>
        </message>
        <message>
            <source>Registers the shared CI runners.</source>
            <translation>يسجّل مشغّلات CI المشتركة.</translation>
        </message>
        <message>
            <source>Dependency updates</source>
            <translation>تحديثات الاعتماديات</translation>
        </message>
        <message>
            <source>Opens merge requests for outdated dependencies.</source>
            <translation>يفتح طلبات دمج للاعتماديات القديمة.</translation>
        </message>
        <message>
            <source>Platform audit</source>
            <translation>تدقيق المنصة</translation>
        </message>
        <message>
            <source>Reads every project's settings each night.</source>
            <translation>يقرأ إعدادات كل مشروع كل ليلة.</translation>
        </message>
        <message>
            <source>Release pipeline</source>
            <translation>خط أنابيب الإصدار</translation>
        </message>
        <message>
            <source>Tags releases and pushes the changelog.</source>
            <translation>يضع وسوم الإصدارات ويدفع سجل التغييرات.</translation>
        </message>
        <message>
            <source>Staging deploy</source>
            <translation>نشر staging</translation>
        </message>
        <message>
            <source>Deploys every merge to staging.</source>
            <translation>ينشر كل دمج إلى بيئة staging.</translation>
        </message>
        <message>
            <source>Preview environments</source>
            <translation>بيئات المعاينة</translation>
        </message>
        <message>
            <source>Builds a preview of every merge request.</source>
            <translation>يبني معاينة لكل طلب دمج.</translation>
        </message>
        <message>
            <source>Image registry</source>
            <translation>سجل الصور</translation>
        </message>
        <message>
            <source>Pushes the shop's container images.</source>
            <translation>يدفع صور حاويات المتجر.</translation>
        </message>
        <message>
            <source>Terraform state</source>
            <translation>حالة Terraform</translation>
        </message>
        <message>
            <source>Keeps the Terraform state in the project.</source>
            <translation>يحفظ حالة Terraform في المشروع.</translation>
        </message>
        <message>
            <source>Docs publisher</source>
            <translation>ناشر المستندات</translation>
        </message>
        <message>
            <source>Publishes the handbook to the intranet.</source>
            <translation>ينشر الدليل على الشبكة الداخلية.</translation>
        </message>
        <message>
            <source>Spell checker</source>
            <translation>المدقق الإملائي</translation>
        </message>
        <message>
            <source>Comments on spelling in merge requests.</source>
            <translation>يعلّق على الإملاء في طلبات الدمج.</translation>
        </message>
        <message>
            <source>Icon export</source>
            <translation>تصدير الأيقونات</translation>
        </message>
        <message>
            <source>Exports the icon set for the apps.</source>
            <translation>يصدّر مجموعة الأيقونات للتطبيقات.</translation>
        </message>
        <message>
            <source>Guild automation</source>
            <translation>أتمتة النقابة</translation>
        </message>
        <message>
            <source>Only an owner of the guild can see this one.</source>
            <translation>لا يرى هذا الرمز إلا مالك للنقابة.</translation>
        </message>
        <message>
            <source>Site deploy</source>
            <translation>نشر الموقع</translation>
        </message>
        <message>
            <source>Only a maintainer of the website can see this one.</source>
            <translation>لا يرى هذا الرمز إلا مشرف على الموقع.</translation>
        </message>
    </context>
    <context>
        <name>ExpiryCalendar</name>
        <message>
            <source>GitLab token “%1” stopped working today at 00:00 UTC.</source>
            <translation>توقف رمز GitLab «%1» عن العمل اليوم عند 00:00 بالتوقيت العالمي.</translation>
        </message>
        <message>
            <source>GitLab token “%1” stops working tomorrow at 00:00 UTC: today is its last day.</source>
            <translation>يتوقف رمز GitLab «%1» عن العمل غدًا عند 00:00 بالتوقيت العالمي: اليوم هو يومه الأخير.</translation>
        </message>
        <message numerus="yes">
            <source>GitLab token “%1” stops working in %n day(s).</source>
            <translation>
                <numerusform>يتوقف رمز GitLab «%1» عن العمل اليوم.</numerusform>
                <numerusform>يتوقف رمز GitLab «%1» عن العمل خلال يوم واحد.</numerusform>
                <numerusform>يتوقف رمز GitLab «%1» عن العمل خلال يومين.</numerusform>
                <numerusform>يتوقف رمز GitLab «%1» عن العمل خلال %n أيام.</numerusform>
                <numerusform>يتوقف رمز GitLab «%1» عن العمل خلال %n يومًا.</numerusform>
                <numerusform>يتوقف رمز GitLab «%1» عن العمل خلال %n يوم.</numerusform>
            </translation>
        </message>
        <message>
            <source>GitLab token expiry</source>
            <translation>انتهاء رمز GitLab</translation>
        </message>
        <message>
            <source>GitLab token “%1” expires</source>
            <translation>ينتهي رمز GitLab «%1»</translation>
        </message>
        <message>
            <source>GitLab token “%1” of %2 expires</source>
            <translation>ينتهي رمز GitLab «%1» الخاص بـ%2</translation>
        </message>
        <message>
            <source>Account: %1</source>
            <translation>الحساب: %1</translation>
        </message>
        <message>
            <source>Group: %1</source>
            <translation>المجموعة: %1</translation>
        </message>
        <message>
            <source>Project: %1</source>
            <translation>المشروع: %1</translation>
        </message>
        <message>
            <source>Token: %1 (ID %2)</source>
            <translation>الرمز: %1 (المعرّف %2)</translation>
        </message>
        <message>
            <source>Scopes: %1</source>
            <translation>النطاقات: %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <source>It stops working on %1 at 00:00 UTC. Rotate it in TokenDesk before then.</source>
            <translation>يتوقف عن العمل في %1 عند 00:00 بالتوقيت العالمي. دوّره في TokenDesk قبل ذلك.</translation>
        </message>
    </context>
    <context>
        <name>ExpiryCheck</name>
        <message>
            <source>The groups and projects could not be listed: %1</source>
            <translation>تعذّر سرد المجموعات والمشاريع: %1</translation>
        </message>
        <message>
            <source>The access tokens of the group %1 could not be read: %2</source>
            <translation>تعذّرت قراءة رموز وصول المجموعة %1: %2</translation>
        </message>
        <message>
            <source>The access tokens of the project %1 could not be read: %2</source>
            <translation>تعذّرت قراءة رموز وصول المشروع %1: %2</translation>
        </message>
        <message>
            <source>There is nothing to read at %1.</source>
            <translation>لا يوجد ما يُقرأ في %1.</translation>
        </message>
        <message>
            <source>Offline store · %1</source>
            <translation>المخزن غير المتصل · %1</translation>
        </message>
    </context>
    <context>
        <name>ForgetCommand</name>
        <message>
            <source>Delete the token's secret from the keychain (the token stays valid).</source>
            <translation>احذف سر الرمز من سلسلة المفاتيح (يبقى الرمز صالحًا).</translation>
        </message>
        <message>
            <source>no secret was left in the keychain for token %1 (it was deleted elsewhere); TokenDesk no longer lists it as saved.</source>
            <translation>لم يبقَ سر للرمز %1 في سلسلة المفاتيح (حُذف من مكان آخر)؛ لم يعد TokenDesk يعرضه على أنه محفوظ.</translation>
        </message>
        <message>
            <source>Deleted the secret of token %1 from the keychain.</source>
            <translation>حُذف سر الرمز %1 من سلسلة المفاتيح.</translation>
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
            <translation>اعرض المضيفين الذين قد يستخدم git رمزًا محفوظًا لهم.</translation>
        </message>
        <message>
            <source>git uses no saved token for any host.</source>
            <translation>لا يستخدم git أي رمز محفوظ لأي مضيف.</translation>
        </message>
        <message>
            <source>HOST</source>
            <translation>المضيف</translation>
        </message>
        <message>
            <source>TOKEN</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <source>USER NAME</source>
            <translation>اسم المستخدم</translation>
        </message>
        <message>
            <source>BACKEND</source>
            <translation>الواجهة الخلفية</translation>
        </message>
    </context>
    <context>
        <name>GitLabLostReplies</name>
        <message>
            <source>The server did not answer the request to create "%1", and TokenDesk did not send it again.</source>
            <translation>لم يُجب الخادم عن طلب إنشاء «%1»، ولم يُعِد TokenDesk إرساله.</translation>
        </message>
        <message>
            <source>Re-reading the token list failed too (%1), so it is unknown whether the token was created. Check the list before trying again.</source>
            <translation>فشلت أيضًا إعادة قراءة قائمة الرموز (%1)، لذا لا يُعرف إن كان الرمز قد أُنشئ. راجع القائمة قبل المحاولة مجددًا.</translation>
        </message>
        <message>
            <source>It is unknown whether the token was created; check the list before trying again.</source>
            <translation>لا يُعرف إن كان الرمز قد أُنشئ؛ راجع القائمة قبل المحاولة مجددًا.</translation>
        </message>
        <message>
            <source>The token list was re-read: the token was not created. You can try again.</source>
            <translation>أُعيدت قراءة قائمة الرموز: لم يُنشأ الرمز. يمكنك المحاولة مجددًا.</translation>
        </message>
        <message>
            <source>The token list was re-read: a token named "%1" now exists (id %2), but its secret never arrived. Revoke it and create a new one if you need the secret.</source>
            <translation>أُعيدت قراءة قائمة الرموز: يوجد الآن رمز باسم «%1» (المعرّف %2)، لكن سره لم يصل قط. أبطِله وأنشئ رمزًا جديدًا إن كنت تحتاج إلى السر.</translation>
        </message>
        <message>
            <source>The server did not answer the request to rotate token %1, and TokenDesk did not send it again (a repeated rotation would make GitLab revoke the whole token family).</source>
            <translation>لم يُجب الخادم عن طلب تدوير الرمز %1، ولم يُعِد TokenDesk إرساله (فتكرار التدوير يجعل GitLab يُبطل عائلة الرمز كلها).</translation>
        </message>
        <message>
            <source>The access token no longer works: it was probably rotated and the new secret was lost. Connect again with a new access token.</source>
            <translation>لم يعد رمز الوصول يعمل: ربما دُوِّر وضاع السر الجديد. اتصل مجددًا برمز وصول جديد.</translation>
        </message>
        <message>
            <source>Re-reading the token failed too (%1); check the token list before doing anything else.</source>
            <translation>فشلت أيضًا إعادة قراءة الرمز (%1)؛ راجع قائمة الرموز قبل أي إجراء آخر.</translation>
        </message>
        <message>
            <source>Check the token list.</source>
            <translation>راجع قائمة الرموز.</translation>
        </message>
        <message>
            <source>The token list was re-read: the token was not rotated and still works. You can rotate it again.</source>
            <translation>أُعيدت قراءة قائمة الرموز: لم يُدوَّر الرمز وما زال يعمل. يمكنك تدويره مجددًا.</translation>
        </message>
        <message>
            <source>The token list was re-read: the token was rotated (the old one is revoked), but the new secret never arrived. Rotate the new token "%1" to get a secret; do not rotate the old one again.</source>
            <translation>أُعيدت قراءة قائمة الرموز: دُوِّر الرمز (وأُبطل القديم)، لكن السر الجديد لم يصل قط. دوِّر الرمز الجديد «%1» للحصول على سر؛ ولا تدوِّر القديم مجددًا.</translation>
        </message>
        <message>
            <source>The server did not answer the request to revoke token %1, and TokenDesk did not send it again.</source>
            <translation>لم يُجب الخادم عن طلب إبطال الرمز %1، ولم يُعِد TokenDesk إرساله.</translation>
        </message>
        <message>
            <source>The access token no longer works, so it was revoked.</source>
            <translation>لم يعد رمز الوصول يعمل، إذن فقد أُبطل.</translation>
        </message>
        <message>
            <source>Re-reading the token failed too (%1); check the token list.</source>
            <translation>فشلت أيضًا إعادة قراءة الرمز (%1)؛ راجع قائمة الرموز.</translation>
        </message>
        <message>
            <source>The token list was re-read: the token is now revoked.</source>
            <translation>أُعيدت قراءة قائمة الرموز: الرمز مُبطَل الآن.</translation>
        </message>
        <message>
            <source>The token list was re-read: the token was not revoked and still works. You can revoke it again.</source>
            <translation>أُعيدت قراءة قائمة الرموز: لم يُبطَل الرمز وما زال يعمل. يمكنك إبطاله مجددًا.</translation>
        </message>
    </context>
    <context>
        <name>GitLabParser</name>
        <message>
            <source>The server sent a reply that is not what GitLab sends (not the expected JSON). Check the instance URL, or try again later.</source>
            <translation>أرسل الخادم ردًا ليس مما يرسله GitLab (ليس JSON المتوقع). تحقّق من عنوان URL للمثيل، أو حاول لاحقًا.</translation>
        </message>
        <message>
            <source>Token name</source>
            <translation>اسم الرمز</translation>
        </message>
        <message>
            <source>Token description</source>
            <translation>وصف الرمز</translation>
        </message>
        <message>
            <source>Expiration date</source>
            <translation>تاريخ الانتهاء</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>النطاقات</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <source>GitLab refused the access token: it is invalid, expired or revoked. Reconnect with a valid token.</source>
            <translation>رفض GitLab رمز الوصول: فهو غير صالح أو منتهٍ أو مُبطَل. أعد الاتصال برمز صالح.</translation>
        </message>
        <message>
            <source>(GitLab says: %1)</source>
            <translation>(يقول GitLab: %1)</translation>
        </message>
        <message>
            <source>The access token lacks a scope this action needs.</source>
            <translation>ينقص رمزَ الوصول نطاقٌ يحتاجه هذا الإجراء.</translation>
        </message>
        <message>
            <source>The access token lacks the scope this action needs: %1.</source>
            <translation>ينقص رمزَ الوصول النطاقُ الذي يحتاجه هذا الإجراء: %1.</translation>
        </message>
        <message>
            <source> or </source>
            <translation> أو </translation>
        </message>
        <message>
            <source>GitLab does not allow this account to do that (403 Forbidden).</source>
            <translation>لا يسمح GitLab لهذا الحساب بفعل ذلك (403 Forbidden).</translation>
        </message>
        <message>
            <source>Not found: the token or resource does not exist, or this account cannot see it.</source>
            <translation>غير موجود: الرمز أو المورد غير موجود، أو لا يستطيع هذا الحساب رؤيته.</translation>
        </message>
        <message>
            <source>The server does not support this request (405 Method Not Allowed); it may be an older GitLab version.</source>
            <translation>لا يدعم الخادم هذا الطلب (405 Method Not Allowed)؛ ربما يكون إصدار GitLab أقدم.</translation>
        </message>
        <message>
            <source>GitLab is limiting requests (429 Too Many Requests). Try again later.</source>
            <translation>يحدّ GitLab من الطلبات (429 Too Many Requests). حاول لاحقًا.</translation>
        </message>
        <message>
            <source>GitLab could not process the request (422 Unprocessable Entity)</source>
            <translation>تعذّر على GitLab معالجة الطلب (422 Unprocessable Entity)</translation>
        </message>
        <message>
            <source>GitLab rejected the request (400 Bad Request)</source>
            <translation>رفض GitLab الطلب (400 Bad Request)</translation>
        </message>
        <message>
            <source>The server failed (HTTP %1). Try again later.</source>
            <translation>فشل الخادم (HTTP %1). حاول لاحقًا.</translation>
        </message>
        <message>
            <source>The server answered with HTTP %1.</source>
            <translation>أجاب الخادم بـHTTP %1.</translation>
        </message>
        <message>
            <source>The server answered with HTTP %1: %2</source>
            <translation>أجاب الخادم بـHTTP %1: %2</translation>
        </message>
    </context>
    <context>
        <name>GitLabResourceListing</name>
        <message>
            <source>The list of groups and projects is larger than %1; TokenDesk stopped reading it.</source>
            <translation>قائمة المجموعات والمشاريع أكبر من %1؛ توقف TokenDesk عن قراءتها.</translation>
        </message>
        <message>
            <source>The server sent the same groups or projects again on page %1; TokenDesk stopped reading the list.</source>
            <translation>أرسل الخادم المجموعات أو المشاريع نفسها مجددًا في الصفحة %1؛ توقف TokenDesk عن قراءة القائمة.</translation>
        </message>
        <message numerus="yes">
            <source>The list of groups and projects is longer than %n page(s); TokenDesk stopped reading.</source>
            <translation>
                <numerusform>قائمة المجموعات والمشاريع أطول من %n صفحة؛ توقف TokenDesk عن القراءة.</numerusform>
                <numerusform>قائمة المجموعات والمشاريع أطول من صفحة واحدة؛ توقف TokenDesk عن القراءة.</numerusform>
                <numerusform>قائمة المجموعات والمشاريع أطول من صفحتين؛ توقف TokenDesk عن القراءة.</numerusform>
                <numerusform>قائمة المجموعات والمشاريع أطول من %n صفحات؛ توقف TokenDesk عن القراءة.</numerusform>
                <numerusform>قائمة المجموعات والمشاريع أطول من %n صفحة؛ توقف TokenDesk عن القراءة.</numerusform>
                <numerusform>قائمة المجموعات والمشاريع أطول من %n صفحة؛ توقف TokenDesk عن القراءة.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GitLabSecretRevocation</name>
        <message>
            <source>GitLab does not accept this token: it is unknown to this instance, expired or already revoked.</source>
            <translation>لا يقبل GitLab هذا الرمز: فهو غير معروف لهذا المثيل أو منتهٍ أو مُبطَل بالفعل.</translation>
        </message>
        <message>
            <source>No token was given.</source>
            <translation>لم يُعطَ أي رمز.</translation>
        </message>
        <message>
            <source>The connection to GitLab is closed.</source>
            <translation>الاتصال بـGitLab مغلق.</translation>
        </message>
        <message>
            <source>GitLab did not answer the request to revoke token %1 ("%2"), and TokenDesk did not send it again.</source>
            <translation>لم يُجب GitLab عن طلب إبطال الرمز %1 («%2»)، ولم يُعِد TokenDesk إرساله.</translation>
        </message>
        <message>
            <source>Asking GitLab about the token failed too (%1); try revoking it again.</source>
            <translation>فشل أيضًا سؤال GitLab عن الرمز (%1)؛ حاول إبطاله مجددًا.</translation>
        </message>
        <message>
            <source>The token still works: revoke it again.</source>
            <translation>ما زال الرمز يعمل: أبطِله مجددًا.</translation>
        </message>
    </context>
    <context>
        <name>GitLabUrls</name>
        <message>
            <source>The instance URL is not valid; it should look like https://gitlab.example.com.</source>
            <translation>عنوان URL للمثيل غير صالح؛ يجب أن يكون بشكل https://gitlab.example.com.</translation>
        </message>
        <message>
            <source>The instance URL must not contain a user name or password.</source>
            <translation>يجب ألا يحتوي عنوان URL للمثيل على اسم مستخدم أو كلمة مرور.</translation>
        </message>
        <message>
            <source>TokenDesk refuses to send an access token over unencrypted http:// to %1; use https:// (http:// is only allowed for this computer: localhost, 127.0.0.1, ::1).</source>
            <translation>يرفض TokenDesk إرسال رمز وصول عبر http:// غير المشفّر إلى %1؛ استخدم https:// (لا يُسمح بـhttp:// إلا لهذا الحاسوب: localhost و127.0.0.1 و::1).</translation>
        </message>
        <message>
            <source>The instance URL must start with https://.</source>
            <translation>يجب أن يبدأ عنوان URL للمثيل بـhttps://.</translation>
        </message>
        <message>
            <source>There is no file %1.</source>
            <translation>لا يوجد ملف %1.</translation>
        </message>
        <message>
            <source>The file %1 cannot be read.</source>
            <translation>تتعذّر قراءة الملف %1.</translation>
        </message>
        <message>
            <source>The file %1 holds no PEM certificate.</source>
            <translation>لا يحتوي الملف %1 على شهادة PEM.</translation>
        </message>
    </context>
    <context>
        <name>GitSetupCommand</name>
        <message>
            <source>Run the git config command (without it, nothing is changed).</source>
            <translation>شغّل أمر git config (بدونه لا يتغير شيء).</translation>
        </message>
        <message>
            <source>Show (or with --apply run) the git config command that makes git ask TokenDesk for HOST.</source>
            <translation>اعرض (أو شغّل مع --apply) أمر git config الذي يجعل git يطلب من TokenDesk بيانات HOST.</translation>
        </message>
        <message>
            <source>Without --apply your git configuration is not changed. Then choose the token git uses for HOST with '%1 git-use ID --host HOST'.</source>
            <translation>بدون --apply لا تتغير إعدادات git لديك. ثم اختر الرمز الذي يستخدمه git لـHOST بالأمر '%1 git-use ID --host HOST'.</translation>
        </message>
        <message>
            <source>cannot find %1 on PATH or beside %2; install it with TokenDesk.</source>
            <translation>تعذّر العثور على %1 في PATH أو بجوار %2؛ ثبّته مع TokenDesk.</translation>
        </message>
        <message>
            <source>git config failed (exit %1): %2</source>
            <translation>فشل git config (رمز الخروج %1): %2</translation>
        </message>
        <message>
            <source>git already uses another credential helper for https://%1 (%2 = %3); nothing changed. Remove it with 'git config --global --unset-all %2' and run this again.</source>
            <translation>يستخدم git بالفعل مساعد اعتماد آخر لـhttps://%1 (%2 = %3)؛ لم يتغير شيء. أزِله بالأمر 'git config --global --unset-all %2' ثم شغّل هذا الأمر مجددًا.</translation>
        </message>
        <message>
            <source>Ran: %1</source>
            <translation>شُغِّل: %1</translation>
        </message>
        <message>
            <source>git already asks TokenDesk for https://%1; nothing changed.</source>
            <translation>يطلب git بالفعل من TokenDesk بيانات https://%1؛ لم يتغير شيء.</translation>
        </message>
        <message>
            <source>cannot run git; is it installed?</source>
            <translation>تعذّر تشغيل git؛ هل هو مثبّت؟</translation>
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
            <translation>أوقِف استخدام git لرمز محفوظ مع HOST.</translation>
        </message>
        <message>
            <source>The HTTPS host git connects to, such as gitlab.example.com or gitlab.example.com:8443.</source>
            <translation>مضيف HTTPS الذي يتصل به git، مثل gitlab.example.com أو gitlab.example.com:8443.</translation>
        </message>
        <message>
            <source>%1 needs --host HOST.</source>
            <translation>يحتاج %1 إلى --host HOST.</translation>
        </message>
        <message>
            <source>'%1' is not a host name; write it as gitlab.example.com, optionally with :PORT.</source>
            <translation>'%1' ليس اسم مضيف؛ اكتبه بشكل gitlab.example.com، مع :PORT اختياريًا.</translation>
        </message>
        <message>
            <source>Let git use the token's saved secret for HOST over HTTPS (or stop it with --remove).</source>
            <translation>اسمح لـgit باستخدام السر المحفوظ للرمز مع HOST عبر HTTPS (أو أوقِف ذلك بـ--remove).</translation>
        </message>
        <message>
            <source>git-use --remove takes no token ID, only --host HOST.</source>
            <translation>لا يقبل git-use --remove معرّف رمز، بل --host HOST فقط.</translation>
        </message>
        <message>
            <source>token %1 is %2, so git could not sign in with it; choose an active token.</source>
            <translation>الرمز %1 %2، لذا لا يستطيع git تسجيل الدخول به؛ اختر رمزًا نشطًا.</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>مُبطَل</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>منتهي الصلاحية</translation>
        </message>
        <message>
            <source>token %1 has no secret saved in the keychain; save one with 'create --keychain' or 'rotate %1 --keychain' first.</source>
            <translation>ليس للرمز %1 سر محفوظ في سلسلة المفاتيح؛ احفظ سرًا أولًا بالأمر 'create --keychain' أو 'rotate %1 --keychain'.</translation>
        </message>
        <message>
            <source>git will use token %1 for https://%2 (user name %3).</source>
            <translation>سيستخدم git الرمز %1 مع https://%2 (اسم المستخدم %3).</translation>
        </message>
        <message>
            <source>If git does not ask TokenDesk for this host yet, run: %1 git-setup --host %2</source>
            <translation>إن لم يكن git يطلب من TokenDesk بيانات هذا المضيف بعد، فشغّل: %1 git-setup --host %2</translation>
        </message>
        <message>
            <source>git does not use a saved token for %1.</source>
            <translation>لا يستخدم git رمزًا محفوظًا مع %1.</translation>
        </message>
        <message>
            <source>git no longer uses a saved token for https://%1.</source>
            <translation>لم يعد git يستخدم رمزًا محفوظًا مع https://%1.</translation>
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
            <translation>رموز هذا المستخدم فقط (المعرّف الرقمي أو اسم المستخدم).</translation>
        </message>
        <message>
            <source>Only tokens with this scope; repeat it for any of several.</source>
            <translation>الرموز التي لها هذا النطاق فقط؛ كرّره لقبول أي من عدة نطاقات.</translation>
        </message>
        <message>
            <source>Which tokens: active (default), inactive or all.</source>
            <translation>أي الرموز: active (الافتراضي) أو inactive أو all.</translation>
        </message>
        <message>
            <source>Only tokens whose name contains TEXT.</source>
            <translation>الرموز التي يحتوي اسمها على TEXT فقط.</translation>
        </message>
        <message>
            <source>Print CSV (RFC 4180) with GitLab's field names, for a spreadsheet.</source>
            <translation>اطبع CSV (RFC 4180) بأسماء حقول GitLab، لجدول بيانات.</translation>
        </message>
        <message>
            <source>Revoke every token listed (asks first on a terminal).</source>
            <translation>أبطِل كل رمز مُدرج (يسأل أولًا في الطرفية).</translation>
        </message>
        <message>
            <source>With --revoke: revoke without asking (needed without a terminal).</source>
            <translation>مع --revoke: أبطِل دون سؤال (ضروري عند عدم وجود طرفية).</translation>
        </message>
        <message>
            <source>Administrators: every user's personal access tokens, with their owners; optionally revoke them.</source>
            <translation>للمسؤولين: رموز الوصول الشخصية لجميع المستخدمين مع مالكيها؛ مع إمكانية إبطالها.</translation>
        </message>
        <message>
            <source>Date filters: --created-before, --created-after, --expires-before, --expires-after, --last-used-before and --last-used-after, each a day written YYYY-MM-DD (UTC).</source>
            <translation>مرشّحات التاريخ: --created-before و--created-after و--expires-before و--expires-after و--last-used-before و--last-used-after، كلٌّ منها يوم بالصيغة YYYY-MM-DD (بالتوقيت العالمي).</translation>
        </message>
        <message>
            <source>Exit codes: 3 when you are not an administrator, 4 when --owner names no user, 1 when any token could not be revoked (each is named on standard error), 2 for --revoke without a terminal and without --yes (nothing is asked of the server, nothing revoked).</source>
            <translation>رموز الخروج: 3 إن لم تكن مسؤولًا، 4 إن لم يُشِر --owner إلى أي مستخدم، 1 إن تعذّر إبطال أي رمز (يُذكر كل منها في الخطأ القياسي)، 2 لـ--revoke دون طرفية ودون --yes (لا يُطلب شيء من الخادم، ولا يُبطَل شيء).</translation>
        </message>
        <message>
            <source>inventory lists personal access tokens; leave out --group and --project.</source>
            <translation>يسرد inventory رموز الوصول الشخصية؛ احذف --group و--project.</translation>
        </message>
        <message>
            <source>unknown --state '%1'; use active, inactive or all.</source>
            <translation>قيمة --state غير معروفة '%1'؛ استخدم active أو inactive أو all.</translation>
        </message>
        <message>
            <source>--owner needs a user ID or username.</source>
            <translation>يحتاج --owner إلى معرّف مستخدم أو اسم مستخدم.</translation>
        </message>
        <message>
            <source>--scope needs a scope name, such as api.</source>
            <translation>يحتاج --scope إلى اسم نطاق، مثل api.</translation>
        </message>
        <message>
            <source>--yes goes with --revoke.</source>
            <translation>يُستخدم --yes مع --revoke.</translation>
        </message>
        <message>
            <source>without a terminal to ask on, --revoke needs --yes; nothing was revoked.</source>
            <translation>بدون طرفية للسؤال فيها، يحتاج --revoke إلى --yes؛ لم يُبطَل شيء.</translation>
        </message>
        <message>
            <source>choose one of --json and --csv.</source>
            <translation>اختر أحد --json و--csv.</translation>
        </message>
        <message>
            <source>Reading tokens: page %1 of %2</source>
            <translation>قراءة الرموز: الصفحة %1 من %2</translation>
        </message>
        <message>
            <source>Reading tokens: page %1</source>
            <translation>قراءة الرموز: الصفحة %1</translation>
        </message>
        <message>
            <source>--owner %1: there is no such user on this instance.</source>
            <translation>لا يوجد مستخدم بهذا الاسم على هذا المثيل (--owner %1).</translation>
        </message>
        <message>
            <source>No tokens to revoke.</source>
            <translation>لا توجد رموز لإبطالها.</translation>
        </message>
        <message numerus="yes">
            <source>Revoke %n token(s)</source>
            <translation>
                <numerusform>هل تريد إبطال %n رمز</numerusform>
                <numerusform>هل تريد إبطال رمز واحد</numerusform>
                <numerusform>هل تريد إبطال رمزين</numerusform>
                <numerusform>هل تريد إبطال %n رموز</numerusform>
                <numerusform>هل تريد إبطال %n رمزًا</numerusform>
                <numerusform>هل تريد إبطال %n رمز</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>of %n user(s)?</source>
            <translation>
                <numerusform>لدى %n مستخدم؟</numerusform>
                <numerusform>لدى مستخدم واحد؟</numerusform>
                <numerusform>لدى مستخدمَين؟</numerusform>
                <numerusform>لدى %n مستخدمين؟</numerusform>
                <numerusform>لدى %n مستخدمًا؟</numerusform>
                <numerusform>لدى %n مستخدم؟</numerusform>
            </translation>
        </message>
        <message>
            <source>This includes the token this command signs in with; it is revoked last.</source>
            <translation>يشمل ذلك الرمز الذي يسجّل به هذا الأمر الدخول؛ وسيُبطَل أخيرًا.</translation>
        </message>
        <message>
            <source>not confirmed; nothing was revoked.</source>
            <translation>لم يُؤكَّد؛ لم يُبطَل شيء.</translation>
        </message>
        <message>
            <source>Revoking: %1 of %2</source>
            <translation>جارٍ الإبطال: %1 من %2</translation>
        </message>
        <message>
            <source>token %1 of %2 was not revoked: %3</source>
            <translation>لم يُبطَل الرمز %1 من %2: %3</translation>
        </message>
        <message>
            <source>token %1 is revoked, but its saved secret could not be deleted from the keychain: %2</source>
            <translation>أُبطل الرمز %1، لكن تعذّر حذف سره المحفوظ من سلسلة المفاتيح: %2</translation>
        </message>
        <message numerus="yes">
            <source>Revoked %1 of %n token(s).</source>
            <translation>
                <numerusform>أُبطل %1 من %n رمز.</numerusform>
                <numerusform>أُبطل %1 من رمز واحد.</numerusform>
                <numerusform>أُبطل %1 من رمزين.</numerusform>
                <numerusform>أُبطل %1 من %n رموز.</numerusform>
                <numerusform>أُبطل %1 من %n رمزًا.</numerusform>
                <numerusform>أُبطل %1 من %n رمز.</numerusform>
            </translation>
        </message>
        <message>
            <source>the token this command signed in with was revoked last; it no longer signs in.</source>
            <translation>أُبطل أخيرًا الرمز الذي سجّل به هذا الأمر الدخول؛ ولم يعد يصلح لتسجيل الدخول.</translation>
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
            <translation>[--owner ID_OR_USERNAME] [--scope SCOPE]... [--state STATE] [مرشحات التاريخ] [--search TEXT] [--csv] [--revoke [--yes]]</translation>
        </message>
    </context>
    <context>
        <name>InventoryPrinter</name>
        <message>
            <source>No tokens.</source>
            <translation>لا توجد رموز.</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>مُبطَل</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>منتهي الصلاحية</translation>
        </message>
        <message>
            <source>active</source>
            <translation>نشط</translation>
        </message>
        <message>
            <source>never</source>
            <translation>أبدًا</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>المعرّف</translation>
        </message>
        <message>
            <source>USER ID</source>
            <translation>معرّف المستخدم</translation>
        </message>
        <message>
            <source>USERNAME</source>
            <translation>اسم المستخدم</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>SCOPES</source>
            <translation>النطاقات</translation>
        </message>
        <message>
            <source>CREATED</source>
            <translation>الإنشاء</translation>
        </message>
        <message>
            <source>EXPIRES</source>
            <translation>الانتهاء</translation>
        </message>
        <message>
            <source>LAST USED</source>
            <translation>آخر استخدام</translation>
        </message>
        <message>
            <source>STATUS</source>
            <translation>الحالة</translation>
        </message>
    </context>
    <context>
        <name>InventoryWindow</name>
        <message>
            <source>All users' tokens</source>
            <translation>رموز جميع المستخدمين</translation>
        </message>
        <message>
            <source>&amp;Owner</source>
            <translation>المالك (&amp;O)</translation>
        </message>
        <message>
            <source>S&amp;copes</source>
            <translation>النطاقات (&amp;C)</translation>
        </message>
        <message>
            <source>S&amp;tate</source>
            <translation>الحالة (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Show tokens</source>
            <translation>عرض الرموز (&amp;S)</translation>
        </message>
        <message>
            <source>Ca&amp;ncel</source>
            <translation>إلغاء (&amp;N)</translation>
        </message>
        <message>
            <source>To&amp;kens</source>
            <translation>الرموز (&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Revoke selected</source>
            <translation>إبطال المحدد (&amp;R)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Not re&amp;voked</source>
            <translation>غير المُبطَلة (&amp;V)</translation>
        </message>
    </context>
    <context>
        <name>LaunchRequest</name>
        <message>
            <source>The resource must be group:ID or project:ID, not %1.</source>
            <translation>يجب أن يكون المورد بالشكل group:ID أو project:ID، لا %1.</translation>
        </message>
    </context>
    <context>
        <name>LeakedTokenDialog</name>
        <message>
            <source>Revoke a leaked token</source>
            <translation>إبطال رمز مُسرَّب</translation>
        </message>
        <message>
            <source>Paste a token that was exposed (in a chat, a log or a public repository). Check shows what it is; Revoke ends it at once, whoever owns it. The pasted text is not kept.</source>
            <translation>الصق رمزًا انكشف (في محادثة أو سجل أو مستودع عام). «تحقّق» يعرض ماهيته؛ و«إبطال» ينهيه فورًا أيًّا كان مالكه. لا يُحتفظ بالنص الملصق.</translation>
        </message>
        <message>
            <source>&amp;Leaked token</source>
            <translation>الرمز المُسرَّب (&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>تحقّق (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Revoke</source>
            <translation>إبطال (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Forget the saved secret</source>
            <translation>نسيان السر المحفوظ (&amp;F)</translation>
        </message>
    </context>
    <context>
        <name>ListCommand</name>
        <message>
            <source>Which tokens: active (default), inactive or all.</source>
            <translation>أي الرموز: active (الافتراضي) أو inactive أو all.</translation>
        </message>
        <message>
            <source>Only tokens whose name contains TEXT.</source>
            <translation>الرموز التي يحتوي اسمها على TEXT فقط.</translation>
        </message>
        <message>
            <source>Order: %1 (default: expires_asc).</source>
            <translation>الترتيب: %1 (الافتراضي: expires_asc).</translation>
        </message>
        <message>
            <source>Every active access token of the groups and projects whose tokens you may manage, each with its group or project.</source>
            <translation>كل رمز وصول نشط للمجموعات والمشاريع التي يمكنك إدارة رموزها، مع مجموعته أو مشروعه.</translation>
        </message>
        <message>
            <source>List tokens (active ones unless --state says otherwise), or with --all-resources every group and project access token.</source>
            <translation>اعرض الرموز (النشطة منها ما لم يحدد --state غير ذلك)، أو مع --all-resources كل رمز وصول لمجموعة أو مشروع.</translation>
        </message>
        <message>
            <source>Date filters: --created-before, --created-after, --expires-before, --expires-after, --last-used-before and --last-used-after, each a day written YYYY-MM-DD (UTC), as GitLab means them: 'before' excludes the day itself, 'after' includes it; a token without that date (never used, no expiry) does not match.</source>
            <translation>مرشّحات التاريخ: --created-before و--created-after و--expires-before و--expires-after و--last-used-before و--last-used-after، كلٌّ منها يوم بالصيغة YYYY-MM-DD (بالتوقيت العالمي)، بالمعنى الذي يقصده GitLab: 'before' يستثني اليوم نفسه، و'after' يشمله؛ والرمز الذي ليس له ذلك التاريخ (لم يُستخدم قط، أو بلا انتهاء) لا يطابق.</translation>
        </message>
        <message>
            <source>With --all-resources the groups and projects are read several at a time; those that could not be read are named on standard error and the exit code is 6, after the tokens of the others are printed. When none could be read, for one kind of reason (such as an instance without these tokens), that reason is the error and gives the exit code.</source>
            <translation>مع --all-resources تُقرأ المجموعات والمشاريع عدة منها في آن واحد؛ وتُذكر التي تعذّرت قراءتها في الخطأ القياسي ويكون رمز الخروج 6، بعد طباعة رموز البقية. وإذا تعذّرت قراءتها كلها لسبب واحد (مثل مثيل بلا هذه الرموز)، فذلك السبب هو الخطأ ومنه يُحدَّد رمز الخروج.</translation>
        </message>
        <message>
            <source>--all-resources lists every group and project; leave out --group and --project.</source>
            <translation>يسرد --all-resources كل مجموعة ومشروع؛ احذف --group و--project.</translation>
        </message>
        <message>
            <source>--all-resources lists active tokens by expiry date; --state, --search and --sort do not apply.</source>
            <translation>يسرد --all-resources الرموز النشطة حسب تاريخ الانتهاء؛ ولا تنطبق --state و--search و--sort.</translation>
        </message>
        <message>
            <source>--all-resources takes --expires-before as its only date filter.</source>
            <translation>لا يقبل --all-resources من مرشّحات التاريخ إلا --expires-before.</translation>
        </message>
        <message>
            <source>unknown --state '%1'; use active, inactive or all.</source>
            <translation>قيمة --state غير معروفة '%1'؛ استخدم active أو inactive أو all.</translation>
        </message>
        <message>
            <source>unknown --sort '%1'; use one of: %2.</source>
            <translation>قيمة --sort غير معروفة '%1'؛ استخدم إحدى القيم: %2.</translation>
        </message>
        <message>
            <source>Reading tokens: page %1 of %2</source>
            <translation>قراءة الرموز: الصفحة %1 من %2</translation>
        </message>
        <message>
            <source>Reading tokens: page %1</source>
            <translation>قراءة الرموز: الصفحة %1</translation>
        </message>
        <message>
            <source>interrupted; the listing above is incomplete.</source>
            <translation>تمت المقاطعة؛ القائمة أعلاه غير كاملة.</translation>
        </message>
        <message>
            <source>interrupted; nothing was listed.</source>
            <translation>تمت المقاطعة؛ لم يُعرض شيء.</translation>
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
            <translation>[--state STATE] [--search TEXT] [--sort ORDER] [مرشحات التاريخ] | --all-resources [--expires-before YYYY-MM-DD]</translation>
        </message>
    </context>
    <context>
        <name>PageTexts</name>
        <message>
            <source>Group and project access tokens</source>
            <translation>رموز وصول المجموعات والمشاريع</translation>
        </message>
        <message>
            <source>Personal access tokens</source>
            <translation>رموز الوصول الشخصية</translation>
        </message>
        <message>
            <source>Group access tokens: %1</source>
            <translation>رموز وصول المجموعة: %1</translation>
        </message>
        <message>
            <source>Project access tokens: %1</source>
            <translation>رموز وصول المشروع: %1</translation>
        </message>
        <message>
            <source>Group access tokens let CI jobs and automation use the GitLab API, and git over HTTPS, as a bot member of the group with the role you give them. Only the scopes a group token may have are offered. A new token's secret is shown once.</source>
            <translation>تتيح رموز وصول المجموعة لمهام CI والأتمتة استخدام واجهة GitLab البرمجية، وgit عبر HTTPS، بصفة عضو بوت في المجموعة بالدور الذي تمنحه له. لا تُعرض إلا النطاقات المسموح بها لرمز المجموعة. يُعرض سر الرمز الجديد مرة واحدة.</translation>
        </message>
        <message>
            <source>Project access tokens let CI jobs and automation use the GitLab API, and git over HTTPS, as a bot member of the project with the role you give them. Only the scopes a project token may have are offered. A new token's secret is shown once.</source>
            <translation>تتيح رموز وصول المشروع لمهام CI والأتمتة استخدام واجهة GitLab البرمجية، وgit عبر HTTPS، بصفة عضو بوت في المشروع بالدور الذي تمنحه له. لا تُعرض إلا النطاقات المسموح بها لرمز المشروع. يُعرض سر الرمز الجديد مرة واحدة.</translation>
        </message>
    </context>
    <context>
        <name>PasteTokenDialog</name>
        <message>
            <source>Create the token on GitLab</source>
            <translation>أنشئ الرمز في GitLab</translation>
        </message>
        <message>
            <source>Open GitLab's page</source>
            <translation>فتح صفحة GitLab</translation>
        </message>
        <message>
            <source>&amp;Paste the new token</source>
            <translation>الصق الرمز الجديد (&amp;P)</translation>
        </message>
        <message>
            <source>Paste the new token</source>
            <translation>الصق الرمز الجديد</translation>
        </message>
        <message>
            <source>Add token</source>
            <translation>إضافة الرمز</translation>
        </message>
        <message>
            <source>Save to keychain</source>
            <translation>الحفظ في سلسلة المفاتيح</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>التفضيلات</translation>
        </message>
        <message>
            <source>Clipboard clear &amp;delay</source>
            <translation>مهلة مسح الحافظة (&amp;D)</translation>
        </message>
        <message>
            <source>A copied token is removed from the clipboard after this many seconds, unless something else was copied since.</source>
            <translation>يُزال الرمز المنسوخ من الحافظة بعد هذا العدد من الثواني، ما لم يُنسخ شيء آخر بعده.</translation>
        </message>
        <message>
            <source>Save new tokens to the &amp;keychain automatically</source>
            <translation>حفظ الرموز الجديدة في سلسلة المفاتيح تلقائيًا (&amp;K)</translation>
        </message>
        <message>
            <source>Remind me about &amp;expiring tokens</source>
            <translation>ذكّرني بالرموز التي توشك على الانتهاء (&amp;E)</translation>
        </message>
        <message>
            <source>Remind me this many days &amp;before expiry</source>
            <translation>ذكّرني قبل الانتهاء بهذا العدد من الأيام (&amp;B)</translation>
        </message>
        <message>
            <source>Numbers of days separated by commas, for example 30, 7, 1, 0: one reminder each, and 0 on the day the token expires.</source>
            <translation>أعداد أيام مفصولة بفواصل، مثل 30, 7, 1, 0: تذكير واحد لكل منها، و0 في يوم انتهاء الرمز.</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>اللغة (&amp;L)</translation>
        </message>
        <message>
            <source>The window, tokendesk-cli and the git credential helper speak it from their next start.</source>
            <translation>تستخدمها النافذة وtokendesk-cli ومساعد اعتماد git بدءًا من تشغيلها التالي.</translation>
        </message>
    </context>
    <context>
        <name>PrivateFiles</name>
        <message>
            <source>%1 cannot be created: %2</source>
            <translation>يتعذّر إنشاء %1: %2</translation>
        </message>
        <message>
            <source>%1 cannot be examined: %2</source>
            <translation>يتعذّر فحص %1: %2</translation>
        </message>
        <message>
            <source>%1 was readable or writable by other users (permissions %2); it is now %3.</source>
            <translation>كان %1 قابلًا للقراءة أو الكتابة من مستخدمين آخرين (الأذونات %2)؛ وأصبحت الآن %3.</translation>
        </message>
        <message>
            <source>%1 is readable or writable by other users (permissions %2) and cannot be changed.</source>
            <translation>%1 قابل للقراءة أو الكتابة من مستخدمين آخرين (الأذونات %2) ولا يمكن تغييره.</translation>
        </message>
    </context>
    <context>
        <name>QCommandLineParser</name>
        <message>
            <source>[options]</source>
            <translation>[خيارات]</translation>
        </message>
        <message>
            <source>Displays help on commandline options.</source>
            <translation>يعرض المساعدة حول خيارات سطر الأوامر.</translation>
        </message>
        <message>
            <source>Displays help including Qt specific options.</source>
            <translation>يعرض المساعدة بما فيها الخيارات الخاصة بـQt.</translation>
        </message>
        <message>
            <source>Displays version information.</source>
            <translation>يعرض معلومات الإصدار.</translation>
        </message>
    </context>
    <context>
        <name>RemindCommand</name>
        <message>
            <source>Tokens that expire within DAYS days (default: the largest reminder threshold, 30 unless changed in Preferences).</source>
            <translation>الرموز التي تنتهي خلال DAYS يومًا (الافتراضي: أكبر عتبة تذكير، 30 ما لم تُغيَّر في التفضيلات).</translation>
        </message>
        <message>
            <source>Tokens that expire soon, in every place TokenDesk knows, soonest first.</source>
            <translation>الرموز التي تنتهي قريبًا، في كل مكان يعرفه TokenDesk، الأقرب أولًا.</translation>
        </message>
        <message>
            <source>Without --store, --demo or --gitlab every place TokenDesk knows is read: the local store (when it exists; it is never created) and every connected GitLab account, with its access token from the keychain. Personal, group and project access tokens are included.</source>
            <translation>بدون --store أو --demo أو --gitlab يُقرأ كل مكان يعرفه TokenDesk: المخزن المحلي (إن وُجد؛ ولا يُنشأ أبدًا) وكل حساب GitLab متصل، برمز وصوله من سلسلة المفاتيح. وتُشمل رموز الوصول الشخصية ورموز المجموعات والمشاريع.</translation>
        </message>
        <message>
            <source>--json prints an array of tokens with GitLab's field names, plus "account" (the place's key: the connected account's key, or "store:" and the store file's path), "resource" ({kind, id, full_path}, for group and project tokens; null otherwise) and "days_left" (1 on the token's last working day).</source>
            <translation>يطبع --json مصفوفة من الرموز بأسماء حقول GitLab، إضافة إلى "account" (مفتاح المكان: مفتاح الحساب المتصل، أو "store:" ومسار ملف المخزن)، و"resource" ({kind, id, full_path}، لرموز المجموعات والمشاريع؛ وإلا null) و"days_left" (1 في آخر يوم يعمل فيه الرمز).</translation>
        </message>
        <message>
            <source>Exit codes: 0 whether or not anything is due; 1 when a place could not be read (each is named on standard error; what the others answered is still printed); 2 usage.</source>
            <translation>رموز الخروج: 0 سواء استحق شيء أم لا؛ 1 عند تعذّر قراءة مكان ما (يُذكر كل منها في الخطأ القياسي؛ وتُطبع إجابات البقية رغم ذلك)؛ 2 خطأ في الاستخدام.</translation>
        </message>
        <message>
            <source>remind reads personal, group and project tokens together; leave out --group and --project.</source>
            <translation>يقرأ remind الرموز الشخصية ورموز المجموعات والمشاريع معًا؛ احذف --group و--project.</translation>
        </message>
        <message>
            <source>--within must be a whole number of days from 1 to %1, such as 30.</source>
            <translation>يجب أن يكون --within عددًا صحيحًا من الأيام بين 1 و%1، مثل 30.</translation>
        </message>
        <message>
            <source>could not read %1: %2</source>
            <translation>تعذّرت قراءة %1: %2</translation>
        </message>
        <message>
            <source>No token expires tomorrow.</source>
            <translation>لا ينتهي أي رمز غدًا.</translation>
        </message>
        <message>
            <source>No token expires within %1 days.</source>
            <translation>لا ينتهي أي رمز خلال %1 يومًا.</translation>
        </message>
        <message>
            <source>ACCOUNT</source>
            <translation>الحساب</translation>
        </message>
        <message>
            <source>RESOURCE</source>
            <translation>المورد</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>المعرّف</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>EXPIRES</source>
            <translation>الانتهاء</translation>
        </message>
        <message>
            <source>DAYS LEFT</source>
            <translation>الأيام المتبقية</translation>
        </message>
        <message>
            <source>store %1</source>
            <translation>المخزن %1</translation>
        </message>
        <message>
            <source>group %1</source>
            <translation>المجموعة %1</translation>
        </message>
        <message>
            <source>project %1</source>
            <translation>المشروع %1</translation>
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
            <translation>اعرض أيضًا إشعارات سطح المكتب: إشعار واحد لكل رمز وعتبة، دون تكرار أبدًا (انظر نهاية هذه المساعدة).</translation>
        </message>
        <message>
            <source>With --notify: stay up to SECONDS (default: %1) to answer the notifications' actions; 0 ends at once.</source>
            <translation>مع --notify: ابقَ قيد التشغيل حتى SECONDS ثانية (الافتراضي: %1) للاستجابة لإجراءات الإشعارات؛ 0 ينهي فورًا.</translation>
        </message>
        <message>
            <source>--wait needs --notify.</source>
            <translation>يحتاج --wait إلى --notify.</translation>
        </message>
        <message>
            <source>--wait must be a number of seconds from 0 to %1.</source>
            <translation>يجب أن يكون --wait عددًا من الثواني بين 0 و%1.</translation>
        </message>
        <message>
            <source>With --notify, each token is told of once per reminder threshold (%1; Preferences or reminders.conf change them); a place that could not be read gets a notification too. What was told is kept in %2.
Where the notification service offers actions, "Rotate now" and "Open" open the TokenDesk window on the token and "Remind me tomorrow" tells of it again tomorrow. Only a running remind can answer them: it stays until each of its notifications is answered or closed, or --wait runs out. Once it has ended the notifications stay on screen, but their buttons do nothing; a longer --wait keeps them working at the cost of a process left waiting.
With no notification service on the session bus, remind --notify says so after the report and exits 1.
</source>
            <translation>مع --notify، يُبلَّغ عن كل رمز مرة واحدة لكل عتبة تذكير (%1؛ تغيّرها التفضيلات أو reminders.conf)؛ ويحصل المكان الذي تعذّرت قراءته على إشعار أيضًا. يُحفظ ما أُبلغ عنه في %2.
حيث توفر خدمة الإشعارات إجراءات، يفتح «دوّر الآن» و«فتح» نافذة TokenDesk على الرمز، ويعيد «ذكّرني غدًا» الإبلاغ عنه غدًا. لا يستجيب لها إلا أمر remind قيد التشغيل: يبقى حتى يُستجاب لكل إشعار من إشعاراته أو يُغلق، أو تنقضي مهلة --wait. بعد انتهائه تبقى الإشعارات على الشاشة لكن أزرارها لا تفعل شيئًا؛ و--wait أطول يبقيها عاملة على حساب عملية تبقى منتظرة.
إذا لم توجد خدمة إشعارات على ناقل الجلسة، يذكر remind --notify ذلك بعد التقرير ويخرج بالرمز 1.
</translation>
        </message>
        <message numerus="yes">
            <source>Posted %n notification(s); answering their actions for a while (Ctrl+C ends this).
</source>
            <translation>
                <numerusform>لم يُنشر أي إشعار؛ في انتظار الاستجابة لإجراءاتها لبعض الوقت (Ctrl+C ينهي هذا).
</numerusform>
                <numerusform>نُشر إشعار واحد؛ في انتظار الاستجابة لإجراءاته لبعض الوقت (Ctrl+C ينهي هذا).
</numerusform>
                <numerusform>نُشر إشعاران؛ في انتظار الاستجابة لإجراءاتهما لبعض الوقت (Ctrl+C ينهي هذا).
</numerusform>
                <numerusform>نُشرت %n إشعارات؛ في انتظار الاستجابة لإجراءاتها لبعض الوقت (Ctrl+C ينهي هذا).
</numerusform>
                <numerusform>نُشر %n إشعارًا؛ في انتظار الاستجابة لإجراءاتها لبعض الوقت (Ctrl+C ينهي هذا).
</numerusform>
                <numerusform>نُشر %n إشعار؛ في انتظار الاستجابة لإجراءاتها لبعض الوقت (Ctrl+C ينهي هذا).
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
            <translation>ذكّر تلقائيًا من الآن فصاعدًا: ثبّت مؤقِّت systemd للمستخدم وشغّله، ليشغّل 'remind --notify' يوميًا وعند تسجيل الدخول.</translation>
        </message>
        <message>
            <source>Stop reminding by itself: remove the timer or the autostart entry.</source>
            <translation>أوقِف التذكير التلقائي: أزِل المؤقِّت أو مُدخل التشغيل التلقائي.</translation>
        </message>
        <message>
            <source>With --enable: where there is no systemd, remind at each login through an XDG autostart entry instead of a timer.</source>
            <translation>مع --enable: حيث لا يوجد systemd، ذكّر عند كل تسجيل دخول عبر مُدخل تشغيل تلقائي XDG بدلًا من مؤقِّت.</translation>
        </message>
        <message>
            <source>--enable and --disable can be repeated safely. Exit codes for them: 0 done, 1 failed, 7 systemd is absent (use --enable --autostart).
</source>
            <translation>يمكن تكرار --enable و--disable بأمان. رموز الخروج لهما: 0 تم، 1 فشل، 7 systemd غير موجود (استخدم --enable --autostart).
</translation>
        </message>
        <message>
            <source>--enable and --disable cannot be used together.</source>
            <translation>لا يمكن استخدام --enable و--disable معًا.</translation>
        </message>
        <message>
            <source>--autostart goes with --enable.</source>
            <translation>يُستخدم --autostart مع --enable.</translation>
        </message>
        <message>
            <source>systemd is not available here (no systemctl), so no timer was installed. To be reminded at each login instead, run: %1 remind --enable --autostart</source>
            <translation>systemd غير متاح هنا (لا يوجد systemctl)، لذا لم يُثبَّت أي مؤقِّت. لتلقّي التذكير عند كل تسجيل دخول بدلًا من ذلك، شغّل: %1 remind --enable --autostart</translation>
        </message>
        <message>
            <source>could not turn reminders on: %1</source>
            <translation>تعذّر تشغيل التذكيرات: %1</translation>
        </message>
        <message>
            <source>could not turn reminders off: %1</source>
            <translation>تعذّر إيقاف التذكيرات: %1</translation>
        </message>
    </context>
    <context>
        <name>ReminderLedger</name>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>تتعذّر قراءة %1: %2</translation>
        </message>
        <message>
            <source>%1 is not a reminder record TokenDesk can read.</source>
            <translation>%1 ليس سجل تذكيرات يستطيع TokenDesk قراءته.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>تتعذّر كتابة %1: %2</translation>
        </message>
        <message>
            <source>its folder cannot be created.</source>
            <translation>يتعذّر إنشاء مجلده.</translation>
        </message>
    </context>
    <context>
        <name>ReminderPlaces</name>
        <message>
            <source>there is no store at %1.</source>
            <translation>لا يوجد مخزن في %1.</translation>
        </message>
    </context>
    <context>
        <name>ReminderPlan</name>
        <message>
            <source>Token “%1” expired today</source>
            <translation>انتهى الرمز «%1» اليوم</translation>
        </message>
        <message>
            <source>Token “%1” expires tomorrow</source>
            <translation>ينتهي الرمز «%1» غدًا</translation>
        </message>
        <message numerus="yes">
            <source>Token “%1” expires in %n day(s)</source>
            <translation>
                <numerusform>ينتهي الرمز «%1» اليوم</numerusform>
                <numerusform>ينتهي الرمز «%1» خلال يوم واحد</numerusform>
                <numerusform>ينتهي الرمز «%1» خلال يومين</numerusform>
                <numerusform>ينتهي الرمز «%1» خلال %n أيام</numerusform>
                <numerusform>ينتهي الرمز «%1» خلال %n يومًا</numerusform>
                <numerusform>ينتهي الرمز «%1» خلال %n يوم</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, group %2</source>
            <translation>%1، المجموعة %2</translation>
        </message>
        <message>
            <source>%1, project %2</source>
            <translation>%1، المشروع %2</translation>
        </message>
        <message>
            <source>%1
It stopped working on %2 (00:00 UTC): whatever uses it is refused now. Create a new token to replace it.</source>
            <translation>%1
توقف عن العمل في %2 (00:00 بالتوقيت العالمي): يُرفض الآن كل ما يستخدمه. أنشئ رمزًا جديدًا ليحل محله.</translation>
        </message>
        <message>
            <source>%1
It stops working on %2 (00:00 UTC).</source>
            <translation>%1
يتوقف عن العمل في %2 (00:00 بالتوقيت العالمي).</translation>
        </message>
        <message>
            <source>Rotate now</source>
            <translation>دوّر الآن</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>فتح</translation>
        </message>
        <message>
            <source>Remind me tomorrow</source>
            <translation>ذكّرني غدًا</translation>
        </message>
        <message numerus="yes">
            <source>%n token(s) expired or expire soon</source>
            <translation>
                <numerusform>%n رمز انتهى أو ينتهي قريبًا</numerusform>
                <numerusform>رمز واحد انتهى أو ينتهي قريبًا</numerusform>
                <numerusform>رمزان انتهيا أو ينتهيان قريبًا</numerusform>
                <numerusform>%n رموز انتهت أو تنتهي قريبًا</numerusform>
                <numerusform>%n رمزًا انتهت أو تنتهي قريبًا</numerusform>
                <numerusform>%n رمز انتهت أو تنتهي قريبًا</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n token(s) expire soon</source>
            <translation>
                <numerusform>%n رمز ينتهي قريبًا</numerusform>
                <numerusform>رمز واحد ينتهي قريبًا</numerusform>
                <numerusform>رمزان ينتهيان قريبًا</numerusform>
                <numerusform>%n رموز تنتهي قريبًا</numerusform>
                <numerusform>%n رمزًا تنتهي قريبًا</numerusform>
                <numerusform>%n رمز تنتهي قريبًا</numerusform>
            </translation>
        </message>
        <message>
            <source>expired today</source>
            <translation>انتهى اليوم</translation>
        </message>
        <message>
            <source>expires tomorrow</source>
            <translation>ينتهي غدًا</translation>
        </message>
        <message numerus="yes">
            <source>expires in %n day(s)</source>
            <translation>
                <numerusform>ينتهي اليوم</numerusform>
                <numerusform>ينتهي خلال يوم واحد</numerusform>
                <numerusform>ينتهي خلال يومين</numerusform>
                <numerusform>ينتهي خلال %n أيام</numerusform>
                <numerusform>ينتهي خلال %n يومًا</numerusform>
                <numerusform>ينتهي خلال %n يوم</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1” (%2) %3</source>
            <translation>«%1» (%2) %3</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>ولا شيء غير ذلك</numerusform>
                <numerusform>وواحد آخر</numerusform>
                <numerusform>واثنان آخران</numerusform>
                <numerusform>و%n أخرى</numerusform>
                <numerusform>و%n أخرى</numerusform>
                <numerusform>و%n أخرى</numerusform>
            </translation>
        </message>
        <message>
            <source>TokenDesk could not check the tokens of %1</source>
            <translation>تعذّر على TokenDesk فحص رموز %1</translation>
        </message>
        <message numerus="yes">
            <source>TokenDesk could not check the tokens of %n place(s)</source>
            <translation>
                <numerusform>تعذّر على TokenDesk فحص رموز %n مكان</numerusform>
                <numerusform>تعذّر على TokenDesk فحص رموز مكان واحد</numerusform>
                <numerusform>تعذّر على TokenDesk فحص رموز مكانين</numerusform>
                <numerusform>تعذّر على TokenDesk فحص رموز %n أماكن</numerusform>
                <numerusform>تعذّر على TokenDesk فحص رموز %n مكانًا</numerusform>
                <numerusform>تعذّر على TokenDesk فحص رموز %n مكان</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Tokens there that are about to expire are not shown.</source>
            <translation>لا تُعرض الرموز التي توشك على الانتهاء هناك.</translation>
        </message>
    </context>
    <context>
        <name>ReminderThresholds</name>
        <message>
            <source>"%1" is not a number of days from 0 to %2.</source>
            <translation>«%1» ليس عددًا من الأيام بين 0 و%2.</translation>
        </message>
        <message>
            <source>Give at least one number of days, such as 30,7,1,0.</source>
            <translation>أدخل عددًا واحدًا من الأيام على الأقل، مثل 30,7,1,0.</translation>
        </message>
    </context>
    <context>
        <name>ReminderUnits</name>
        <message>
            <source>systemd does not accept quotes, backslashes or control characters in the path of the program it runs (%1)</source>
            <translation>لا يقبل systemd علامات الاقتباس أو الشرطات المائلة العكسية أو محارف التحكم في مسار البرنامج الذي يشغّله (%1)</translation>
        </message>
        <message>
            <source>Remind about TokenDesk access tokens that expire soon</source>
            <translation>التذكير برموز وصول TokenDesk التي تنتهي قريبًا</translation>
        </message>
        <message>
            <source>Check daily and at login for TokenDesk access tokens that expire soon</source>
            <translation>البحث يوميًا وعند تسجيل الدخول عن رموز وصول TokenDesk التي تنتهي قريبًا</translation>
        </message>
        <message>
            <source>TokenDesk expiry reminders</source>
            <translation>تذكيرات انتهاء TokenDesk</translation>
        </message>
        <message>
            <source>Tells you at login about access tokens that expire soon</source>
            <translation>يخبرك عند تسجيل الدخول برموز الوصول التي تنتهي قريبًا</translation>
        </message>
    </context>
    <context>
        <name>ResourceDirectory</name>
        <message>
            <source>"%1" is not a valid path: use letters, digits, "_", "-" and ".", with "/" between a group and what it holds.</source>
            <translation>«%1» ليس مسارًا صالحًا: استخدم الحروف والأرقام و"_" و"-" و"."، مع "/" بين المجموعة وما تحتويه.</translation>
        </message>
        <message>
            <source>The group or project at "%1" needs a name.</source>
            <translation>تحتاج المجموعة أو المشروع في «%1» إلى اسم.</translation>
        </message>
        <message>
            <source>The path "%1" is already taken.</source>
            <translation>المسار «%1» مستخدَم بالفعل.</translation>
        </message>
        <message>
            <source>There is no group "%1", or you cannot see it.</source>
            <translation>لا توجد مجموعة «%1»، أو لا يمكنك رؤيتها.</translation>
        </message>
        <message>
            <source>There is no project "%1", or you cannot see it.</source>
            <translation>لا يوجد مشروع «%1»، أو لا يمكنك رؤيته.</translation>
        </message>
        <message>
            <source>The subgroup "%1" needs its parent group "%2" first.</source>
            <translation>تحتاج المجموعة الفرعية «%1» إلى مجموعتها الأم «%2» أولًا.</translation>
        </message>
        <message>
            <source>The project "%1" needs a group: write its path as group/project.</source>
            <translation>يحتاج المشروع «%1» إلى مجموعة: اكتب مساره بالشكل group/project.</translation>
        </message>
        <message>
            <source>The project "%1" needs its group "%2" first.</source>
            <translation>يحتاج المشروع «%1» إلى مجموعته «%2» أولًا.</translation>
        </message>
        <message>
            <source>Memberships are of groups and projects.</source>
            <translation>العضويات تكون في المجموعات والمشاريع.</translation>
        </message>
        <message>
            <source>%1 is not a role.</source>
            <translation>%1 ليس دورًا.</translation>
        </message>
        <message>
            <source>Personal tokens belong to no group or project.</source>
            <translation>لا تنتمي الرموز الشخصية إلى أي مجموعة أو مشروع.</translation>
        </message>
    </context>
    <context>
        <name>ResourceOverview</name>
        <message>
            <source>This backend has no access tokens for %1.</source>
            <translation>ليس لهذه الواجهة الخلفية رموز وصول لـ%1.</translation>
        </message>
        <message>
            <source>The account is not connected.</source>
            <translation>الحساب غير متصل.</translation>
        </message>
    </context>
    <context>
        <name>ResourceOverviewPage</name>
        <message>
            <source>Every active group and project access token you may manage, soonest expiry first. Open a token's group or project to rotate or revoke it.</source>
            <translation>كل رمز وصول نشط لمجموعة أو مشروع يمكنك إدارته، الأقرب انتهاءً أولًا. افتح مجموعة الرمز أو مشروعه لتدويره أو إبطاله.</translation>
        </message>
        <message>
            <source>Expiring &amp;within</source>
            <translation>تنتهي خلال (&amp;W)</translation>
        </message>
    </context>
    <context>
        <name>ResourcesCommand</name>
        <message>
            <source>List the groups and projects whose access tokens you may manage (use one with --group or --project).</source>
            <translation>اعرض المجموعات والمشاريع التي يمكنك إدارة رموز وصولها (استخدم إحداها مع --group أو --project).</translation>
        </message>
        <message>
            <source>No groups or projects whose access tokens you may manage.</source>
            <translation>لا توجد مجموعات أو مشاريع يمكنك إدارة رموز وصولها.</translation>
        </message>
        <message>
            <source>KIND</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>المعرّف</translation>
        </message>
        <message>
            <source>PATH</source>
            <translation>المسار</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>YOUR ROLE</source>
            <translation>دورك</translation>
        </message>
        <message>
            <source>group</source>
            <translation>مجموعة</translation>
        </message>
        <message>
            <source>project</source>
            <translation>مشروع</translation>
        </message>
    </context>
    <context>
        <name>RevokeCommand</name>
        <message>
            <source>Keep the token's secret saved in the keychain.</source>
            <translation>أبقِ سر الرمز محفوظًا في سلسلة المفاتيح.</translation>
        </message>
        <message>
            <source>Revoke a token (and delete its secret saved in the keychain).</source>
            <translation>أبطِل رمزًا (واحذف سره المحفوظ في سلسلة المفاتيح).</translation>
        </message>
        <message>
            <source>The token's ID, a positive whole number, or 'self' for the GitLab access token in use.</source>
            <translation>معرّف الرمز، عدد صحيح موجب، أو 'self' لرمز وصول GitLab المستخدَم حاليًا.</translation>
        </message>
        <message>
            <source>Revoked token %1 "%2".</source>
            <translation>أُبطل الرمز %1 «%2».</translation>
        </message>
        <message>
            <source>Deleted its secret from the keychain.</source>
            <translation>حُذف سره من سلسلة المفاتيح.</translation>
        </message>
        <message>
            <source>this was the access token in use; it no longer signs in.</source>
            <translation>كان هذا رمز الوصول المستخدَم حاليًا؛ ولم يعد يصلح لتسجيل الدخول.</translation>
        </message>
        <message>
            <source>token %1 is revoked, but its saved secret could not be deleted from the keychain: %2</source>
            <translation>أُبطل الرمز %1، لكن تعذّر حذف سره المحفوظ من سلسلة المفاتيح: %2</translation>
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
            <translation>أبطِل دون سؤال، وانسَ النسخ التي احتفظ بها TokenDesk.</translation>
        </message>
        <message>
            <source>Identify a leaked token read from standard input, and revoke it with its own secret.</source>
            <translation>تعرّف على رمز مُسرَّب يُقرأ من الدخل القياسي، وأبطِله بسره نفسه.</translation>
        </message>
        <message>
            <source>The secret is read from standard input, never from an argument. Without --gitlab the instance of every connected account is asked, then the local store; the first that knows the token wins. On a terminal you are asked before it is revoked; without one, --yes is needed.</source>
            <translation>يُقرأ السر من الدخل القياسي، وليس من وسيط أبدًا. بدون --gitlab يُسأل مثيل كل حساب متصل، ثم المخزن المحلي؛ وأول من يعرف الرمز يُعتمد. في الطرفية تُسأل قبل إبطاله؛ وبدونها يلزم --yes.</translation>
        </message>
        <message>
            <source>Exit codes: 0 revoked; 3 unknown to every place asked, or already revoked or expired; 1 a place could not answer or the revoke failed; 2 usage (nothing revoked).</source>
            <translation>رموز الخروج: 0 أُبطل؛ 3 غير معروف لكل مكان سُئل، أو مُبطَل أو منتهٍ بالفعل؛ 1 تعذّر على مكان ما الإجابة أو فشل الإبطال؛ 2 خطأ في الاستخدام (لم يُبطَل شيء).</translation>
        </message>
        <message>
            <source>revoke-leaked takes no arguments: it reads the secret from standard input, so that the secret never appears on a command line.</source>
            <translation>لا يقبل revoke-leaked أي وسائط: يقرأ السر من الدخل القياسي، كي لا يظهر السر أبدًا في سطر أوامر.</translation>
        </message>
        <message>
            <source>revoke-leaked finds the token wherever it belongs; leave out --group and --project.</source>
            <translation>يعثر revoke-leaked على الرمز أينما كان؛ احذف --group و--project.</translation>
        </message>
        <message>
            <source>without a terminal to ask on, revoke-leaked needs --yes; nothing was revoked.</source>
            <translation>بدون طرفية للسؤال فيها، يحتاج revoke-leaked إلى --yes؛ لم يُبطَل شيء.</translation>
        </message>
        <message>
            <source>The CA file cannot be used: %1</source>
            <translation>لا يمكن استخدام ملف CA: %1</translation>
        </message>
        <message>
            <source>standard input does not hold a token (one word of letters, digits, '-', '_' and '.'); nothing was sent anywhere.</source>
            <translation>لا يحتوي الدخل القياسي على رمز (كلمة واحدة من الحروف والأرقام و'-' و'_' و'.')؛ لم يُرسَل شيء إلى أي مكان.</translation>
        </message>
        <message>
            <source>no place knows this token: TokenDesk has no connected account and no store to ask; give --gitlab URL to ask a GitLab instance.</source>
            <translation>لا يعرف أي مكان هذا الرمز: ليس لدى TokenDesk حساب متصل ولا مخزن ليسأله؛ حدّد --gitlab URL لسؤال مثيل GitLab.</translation>
        </message>
        <message>
            <source>no place knows this token, or it is already revoked or expired (asked: %1).</source>
            <translation>لا يعرف أي مكان هذا الرمز، أو أنه مُبطَل أو منتهٍ بالفعل (سُئل: %1).</translation>
        </message>
        <message>
            <source>%1 could not answer: %2</source>
            <translation>تعذّر على %1 الإجابة: %2</translation>
        </message>
        <message>
            <source>the token was not found where an answer came (asked: %1); nothing was revoked.</source>
            <translation>لم يُعثر على الرمز حيث جاءت إجابة (سُئل: %1)؛ لم يُبطَل شيء.</translation>
        </message>
        <message>
            <source>user %1</source>
            <translation>المستخدم %1</translation>
        </message>
        <message>
            <source>Found at %1:</source>
            <translation>عُثر عليه في %1:</translation>
        </message>
        <message>
            <source>TokenDesk keeps its secret in the keychain (%1).</source>
            <translation>يحتفظ TokenDesk بسره في سلسلة المفاتيح (%1).</translation>
        </message>
        <message>
            <source>git uses it for %1.</source>
            <translation>يستخدمه git لـ%1.</translation>
        </message>
        <message>
            <source>token %1 is already revoked or expired.</source>
            <translation>الرمز %1 مُبطَل أو منتهٍ بالفعل.</translation>
        </message>
        <message>
            <source>Revoke token %1 "%2" of %3 at %4?</source>
            <translation>هل تريد إبطال الرمز %1 «%2» الخاص بـ%3 في %4؟</translation>
        </message>
        <message>
            <source>not confirmed; nothing was revoked.</source>
            <translation>لم يُؤكَّد؛ لم يُبطَل شيء.</translation>
        </message>
        <message>
            <source>the token was revoked or expired meanwhile: %1</source>
            <translation>أُبطل الرمز أو انتهى في الأثناء: %1</translation>
        </message>
        <message>
            <source>the token could not be revoked: %1</source>
            <translation>تعذّر إبطال الرمز: %1</translation>
        </message>
        <message>
            <source>Revoked token %1 "%2".</source>
            <translation>أُبطل الرمز %1 «%2».</translation>
        </message>
        <message>
            <source>Forget the copies TokenDesk kept of it (keychain, git hosts)?</source>
            <translation>هل تريد نسيان النسخ التي احتفظ بها TokenDesk منه (سلسلة المفاتيح، مضيفو git)؟</translation>
        </message>
        <message>
            <source>The copies TokenDesk kept were left; forget them with tokendesk-cli forget.</source>
            <translation>تُركت النسخ التي احتفظ بها TokenDesk؛ انسَها بالأمر tokendesk-cli forget.</translation>
        </message>
        <message>
            <source>the token is revoked, but its copies could not all be forgotten: %1</source>
            <translation>أُبطل الرمز، لكن تعذّر نسيان كل نسخه: %1</translation>
        </message>
        <message>
            <source>Deleted its secret from the keychain.</source>
            <translation>حُذف سره من سلسلة المفاتيح.</translation>
        </message>
        <message numerus="yes">
            <source>git no longer uses it for %n host(s).</source>
            <translation>
                <numerusform>لم يعد git يستخدمه مع أي مضيف.</numerusform>
                <numerusform>لم يعد git يستخدمه مع مضيف واحد.</numerusform>
                <numerusform>لم يعد git يستخدمه مع مضيفَين.</numerusform>
                <numerusform>لم يعد git يستخدمه مع %n مضيفين.</numerusform>
                <numerusform>لم يعد git يستخدمه مع %n مضيفًا.</numerusform>
                <numerusform>لم يعد git يستخدمه مع %n مضيف.</numerusform>
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
            <translation>تاريخ انتهاء الرمز الجديد بالتوقيت العالمي (الافتراضي: بعد 7 أيام).</translation>
        </message>
        <message>
            <source>Save the new secret in the system keychain.</source>
            <translation>احفظ السر الجديد في سلسلة مفاتيح النظام.</translation>
        </message>
        <message>
            <source>With --keychain: do not print the secret (it is printed anyway when saving fails).</source>
            <translation>مع --keychain: لا تطبع السر (يُطبع على أي حال إذا فشل الحفظ).</translation>
        </message>
        <message>
            <source>Revoke a token and issue a successor with a new secret (default expiry: 7 days).</source>
            <translation>أبطِل رمزًا وأصدِر بديلًا له بسر جديد (الانتهاء الافتراضي: 7 أيام).</translation>
        </message>
        <message>
            <source>The token's ID, a positive whole number, or 'self' for the GitLab access token in use.</source>
            <translation>معرّف الرمز، عدد صحيح موجب، أو 'self' لرمز وصول GitLab المستخدَم حاليًا.</translation>
        </message>
        <message>
            <source>--expires must be a date written YYYY-MM-DD, such as 2026-12-31.</source>
            <translation>يجب أن يكون --expires تاريخًا بالصيغة YYYY-MM-DD، مثل 2026-12-31.</translation>
        </message>
        <message>
            <source>--quiet needs --keychain: without it the secret would be lost.</source>
            <translation>يحتاج --quiet إلى --keychain: فبدونه سيضيع السر.</translation>
        </message>
        <message>
            <source>this was the access token given in %1; it is revoked now, so replace it with the new token %2.</source>
            <translation>كان هذا رمز الوصول المحدَّد في %1؛ وهو مُبطَل الآن، فاستبدله بالرمز الجديد %2.</translation>
        </message>
        <message>
            <source>the account's access token was rotated, but the new one could not be saved in the keychain as the account's credential: %1</source>
            <translation>دُوِّر رمز وصول الحساب، لكن تعذّر حفظ الرمز الجديد في سلسلة المفاتيح بوصفه بيانات اعتماد الحساب: %1</translation>
        </message>
        <message>
            <source>%1: the account %2 now signs in with the new token (saved in the keychain).</source>
            <translation>%1: يسجّل الحساب %2 الدخول الآن بالرمز الجديد (المحفوظ في سلسلة المفاتيح).</translation>
        </message>
        <message>
            <source>Rotated token %1: it is revoked, and token %2 replaces it.</source>
            <translation>دُوِّر الرمز %1: أُبطل، ويحل محله الرمز %2.</translation>
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
            <translation>قراءة وكتابة كل ما تتيحه الواجهة البرمجية، بما في ذلك السجلات وGit عبر HTTP.</translation>
        </message>
        <message>
            <source>Read-only access to the API, including registries.</source>
            <translation>وصول للقراءة فقط إلى الواجهة البرمجية، بما في ذلك السجلات.</translation>
        </message>
        <message>
            <source>Read your own profile and the public user listings.</source>
            <translation>قراءة ملفك الشخصي وقوائم المستخدمين العامة.</translation>
        </message>
        <message>
            <source>Clone and pull private repositories over HTTP and read files through the API.</source>
            <translation>استنساخ المستودعات الخاصة وسحبها عبر HTTP وقراءة الملفات عبر الواجهة البرمجية.</translation>
        </message>
        <message>
            <source>Clone, pull and push repositories over HTTP (no API access).</source>
            <translation>استنساخ المستودعات وسحبها ودفعها عبر HTTP (بلا وصول إلى الواجهة البرمجية).</translation>
        </message>
        <message>
            <source>Pull container images from the container registry.</source>
            <translation>سحب صور الحاويات من سجل الحاويات.</translation>
        </message>
        <message>
            <source>Push container images to the container registry.</source>
            <translation>دفع صور الحاويات إلى سجل الحاويات.</translation>
        </message>
        <message>
            <source>Pull container images through the dependency proxy.</source>
            <translation>سحب صور الحاويات عبر وكيل الاعتماديات.</translation>
        </message>
        <message>
            <source>Pull, push and delete container images through the dependency proxy.</source>
            <translation>سحب صور الحاويات ودفعها وحذفها عبر وكيل الاعتماديات.</translation>
        </message>
        <message>
            <source>Make API calls as any user of the instance.</source>
            <translation>إجراء استدعاءات الواجهة البرمجية بصفة أي مستخدم في المثيل.</translation>
        </message>
        <message>
            <source>Make administrator API calls while Admin Mode is on.</source>
            <translation>إجراء استدعاءات الواجهة البرمجية الخاصة بالمسؤول أثناء تفعيل وضع المسؤول.</translation>
        </message>
        <message>
            <source>Register new runners.</source>
            <translation>تسجيل مشغّلات جديدة.</translation>
        </message>
        <message>
            <source>Change and remove existing runners.</source>
            <translation>تغيير المشغّلات الموجودة وإزالتها.</translation>
        </message>
        <message>
            <source>Use the GitLab Duo AI features through the API.</source>
            <translation>استخدام ميزات GitLab Duo للذكاء الاصطناعي عبر الواجهة البرمجية.</translation>
        </message>
        <message>
            <source>Talk to Kubernetes clusters through the GitLab agent.</source>
            <translation>التواصل مع عناقيد Kubernetes عبر وكيل GitLab.</translation>
        </message>
        <message>
            <source>Download the instance's Service Ping data.</source>
            <translation>تنزيل بيانات Service Ping للمثيل.</translation>
        </message>
        <message>
            <source>Rotate this token itself, and nothing else.</source>
            <translation>تدوير هذا الرمز نفسه، ولا شيء غير ذلك.</translation>
        </message>
        <message>
            <source>A scope this version of TokenDesk does not know; kept as the server reports it.</source>
            <translation>نطاق لا يعرفه هذا الإصدار من TokenDesk؛ يُحتفظ به كما يبلّغ عنه الخادم.</translation>
        </message>
    </context>
    <context>
        <name>ScopesCommand</name>
        <message>
            <source>SCOPE</source>
            <translation>النطاق</translation>
        </message>
        <message>
            <source>ADMIN ONLY</source>
            <translation>للمسؤول فقط</translation>
        </message>
        <message>
            <source>DESCRIPTION</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>no</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>List the scopes a token can have (with --group or --project: those their access tokens can have).</source>
            <translation>اعرض النطاقات التي يمكن أن تكون للرمز (مع --group أو --project: النطاقات التي يمكن أن تكون لرموز وصولها).</translation>
        </message>
    </context>
    <context>
        <name>SecretCommand</name>
        <message>
            <source>Print the token's secret saved in the keychain.</source>
            <translation>اطبع سر الرمز المحفوظ في سلسلة المفاتيح.</translation>
        </message>
        <message>
            <source>The secret goes to standard output followed by a newline, for scripts such as GITLAB_TOKEN=$(%1 secret 12). Exit code 4 when none is saved, 5 when it holds control or invisible characters (it is then not printed).</source>
            <translation>يُرسَل السر إلى المخرج القياسي متبوعًا بسطر جديد، للنصوص البرمجية مثل GITLAB_TOKEN=$(%1 secret 12). رمز الخروج 4 إن لم يكن هناك سر محفوظ، و5 إن احتوى على محارف تحكم أو محارف غير مرئية (وعندها لا يُطبع).</translation>
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
            <translation>رمز الوصول الشخصي الجديد</translation>
        </message>
        <message>
            <source>&amp;Your new personal access token</source>
            <translation>رمز الوصول الشخصي الجديد (&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;Show token</source>
            <translation>إظهار الرمز (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>نسخ (&amp;C)</translation>
        </message>
        <message>
            <source>Save to &amp;keychain</source>
            <translation>الحفظ في سلسلة المفاتيح (&amp;K)</translation>
        </message>
        <message>
            <source>Make sure you save it - you won't be able to access it again.</source>
            <translation>احرص على حفظه - فلن تتمكن من الوصول إليه مجددًا.</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>تم (&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>SecretInput</name>
        <message>
            <source>Paste the token and press Enter (input is hidden): </source>
            <translation>الصق الرمز واضغط Enter (الإدخال مخفي): </translation>
        </message>
        <message>
            <source>standard input is too long to be a token.</source>
            <translation>الدخل القياسي أطول من أن يكون رمزًا.</translation>
        </message>
        <message>
            <source>no token on standard input; %1 reads one token from standard input.</source>
            <translation>لا يوجد رمز في الدخل القياسي؛ يقرأ %1 رمزًا واحدًا من الدخل القياسي.</translation>
        </message>
        <message>
            <source>standard input must hold exactly one token, on one line.</source>
            <translation>يجب أن يحتوي الدخل القياسي على رمز واحد بالضبط، في سطر واحد.</translation>
        </message>
    </context>
    <context>
        <name>SessionFactory</name>
        <message>
            <source>no GitLab access token: set GITLAB_TOKEN, give --token-file FILE, or connect an account for %1 in TokenDesk (its token is kept in the keychain).</source>
            <translation>لا يوجد رمز وصول GitLab: عيّن GITLAB_TOKEN، أو حدّد --token-file FILE، أو اربط حسابًا لـ%1 في TokenDesk (يُحفظ رمزه في سلسلة المفاتيح).</translation>
        </message>
        <message>
            <source>several accounts are connected to %1 (%2); choose one with --user USER.</source>
            <translation>عدة حسابات متصلة بـ%1 (%2)؛ اختر أحدها بـ--user USER.</translation>
        </message>
        <message>
            <source>no GitLab access token: the keychain holds none for the account %1; set GITLAB_TOKEN or give --token-file FILE.</source>
            <translation>لا يوجد رمز وصول GitLab: لا تحفظ سلسلة المفاتيح أي رمز للحساب %1؛ عيّن GITLAB_TOKEN أو حدّد --token-file FILE.</translation>
        </message>
        <message>
            <source>there is no group %1, or you cannot see it.</source>
            <translation>لا توجد مجموعة %1، أو لا يمكنك رؤيتها.</translation>
        </message>
        <message>
            <source>there is no project %1, or you cannot see it.</source>
            <translation>لا يوجد مشروع %1، أو لا يمكنك رؤيته.</translation>
        </message>
        <message>
            <source>%1 has no group or project access tokens.</source>
            <translation>ليس لدى %1 رموز وصول لمجموعات أو مشاريع.</translation>
        </message>
        <message>
            <source>The instance URL must not contain a query or fragment.</source>
            <translation>يجب ألا يحتوي عنوان URL للمثيل على استعلام أو جزء (fragment).</translation>
        </message>
        <message>
            <source>The CA file cannot be used: %1</source>
            <translation>لا يمكن استخدام ملف CA: %1</translation>
        </message>
        <message>
            <source>The CA file of the account %1 cannot be used: %2 Give another with --ca-file FILE, or change it in TokenDesk's Connect dialog.</source>
            <translation>لا يمكن استخدام ملف CA للحساب %1: %2 حدّد ملفًا آخر بـ--ca-file FILE، أو غيّره في نافذة الاتصال في TokenDesk.</translation>
        </message>
        <message>
            <source>cannot read the token file %1: %2</source>
            <translation>تتعذّر قراءة ملف الرمز %1: %2</translation>
        </message>
        <message>
            <source>the token file %1 is not a regular file.</source>
            <translation>ملف الرمز %1 ليس ملفًا عاديًا.</translation>
        </message>
        <message>
            <source>the token file %1 is open to other users (permissions %2); make it private with chmod 600.</source>
            <translation>ملف الرمز %1 متاح لمستخدمين آخرين (الأذونات %2)؛ اجعله خاصًا بالأمر chmod 600.</translation>
        </message>
        <message>
            <source>the token file %1 holds no token on its first line.</source>
            <translation>لا يحتوي ملف الرمز %1 على رمز في سطره الأول.</translation>
        </message>
        <message>
            <source>your role in the group %1 is %2; managing its access tokens takes the %3 role.</source>
            <translation>دورك في المجموعة %1 هو %2؛ وإدارة رموز الوصول فيها تتطلب الدور %3.</translation>
        </message>
        <message>
            <source>your role in the project %1 is %2; managing its access tokens takes the %3 role.</source>
            <translation>دورك في المشروع %1 هو %2؛ وإدارة رموز الوصول فيه تتطلب الدور %3.</translation>
        </message>
    </context>
    <context>
        <name>ShowCommand</name>
        <message>
            <source>Show one token (self: the GitLab access token in use).</source>
            <translation>اعرض رمزًا واحدًا (self: رمز وصول GitLab المستخدَم حاليًا).</translation>
        </message>
        <message>
            <source>The token's ID, a positive whole number, or 'self' for the GitLab access token in use.</source>
            <translation>معرّف الرمز، عدد صحيح موجب، أو 'self' لرمز وصول GitLab المستخدَم حاليًا.</translation>
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
            <translation>%1 ليس قاعدة بيانات TokenDesk؛ تُرك دون تغيير.</translation>
        </message>
        <message>
            <source>%1 was written by a newer TokenDesk (schema version %2); this version understands up to %3.</source>
            <translation>كتب %1 إصدارٌ أحدث من TokenDesk (إصدار المخطط %2)؛ يفهم هذا الإصدار حتى %3.</translation>
        </message>
        <message>
            <source>The token store could not be updated: %1</source>
            <translation>تعذّر تحديث مخزن الرموز: %1</translation>
        </message>
    </context>
    <context>
        <name>SummaryLabels</name>
        <message>
            <source>Active: %1</source>
            <translation>نشطة: %1</translation>
        </message>
        <message>
            <source>Expiring within 2 weeks: %1</source>
            <translation>تنتهي خلال أسبوعين: %1</translation>
        </message>
        <message>
            <source>Revoked: %1</source>
            <translation>مُبطَلة: %1</translation>
        </message>
        <message>
            <source>Expired: %1</source>
            <translation>منتهية: %1</translation>
        </message>
    </context>
    <context>
        <name>TimeText</name>
        <message>
            <source>%1 UTC</source>
            <translation>%1 بالتوقيت العالمي</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>أبدًا</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>الآن</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>الآن</numerusform>
                <numerusform>منذ دقيقة واحدة</numerusform>
                <numerusform>منذ دقيقتين</numerusform>
                <numerusform>منذ %n دقائق</numerusform>
                <numerusform>منذ %n دقيقة</numerusform>
                <numerusform>منذ %n دقيقة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>منذ أقل من ساعة</numerusform>
                <numerusform>منذ ساعة واحدة</numerusform>
                <numerusform>منذ ساعتين</numerusform>
                <numerusform>منذ %n ساعات</numerusform>
                <numerusform>منذ %n ساعة</numerusform>
                <numerusform>منذ %n ساعة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>اليوم</numerusform>
                <numerusform>منذ يوم واحد</numerusform>
                <numerusform>منذ يومين</numerusform>
                <numerusform>منذ %n أيام</numerusform>
                <numerusform>منذ %n يومًا</numerusform>
                <numerusform>منذ %n يوم</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s) ago</source>
            <translation>
                <numerusform>هذا الشهر</numerusform>
                <numerusform>منذ شهر واحد</numerusform>
                <numerusform>منذ شهرين</numerusform>
                <numerusform>منذ %n أشهر</numerusform>
                <numerusform>منذ %n شهرًا</numerusform>
                <numerusform>منذ %n شهر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n year(s) ago</source>
            <translation>
                <numerusform>هذه السنة</numerusform>
                <numerusform>منذ سنة واحدة</numerusform>
                <numerusform>منذ سنتين</numerusform>
                <numerusform>منذ %n سنوات</numerusform>
                <numerusform>منذ %n سنة</numerusform>
                <numerusform>منذ %n سنة</numerusform>
            </translation>
        </message>
        <message>
            <source>today</source>
            <translation>اليوم</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>اليوم</numerusform>
                <numerusform>بعد يوم واحد</numerusform>
                <numerusform>بعد يومين</numerusform>
                <numerusform>بعد %n أيام</numerusform>
                <numerusform>بعد %n يومًا</numerusform>
                <numerusform>بعد %n يوم</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n month(s)</source>
            <translation>
                <numerusform>هذا الشهر</numerusform>
                <numerusform>بعد شهر واحد</numerusform>
                <numerusform>بعد شهرين</numerusform>
                <numerusform>بعد %n أشهر</numerusform>
                <numerusform>بعد %n شهرًا</numerusform>
                <numerusform>بعد %n شهر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n year(s)</source>
            <translation>
                <numerusform>هذه السنة</numerusform>
                <numerusform>بعد سنة واحدة</numerusform>
                <numerusform>بعد سنتين</numerusform>
                <numerusform>بعد %n سنوات</numerusform>
                <numerusform>بعد %n سنة</numerusform>
                <numerusform>بعد %n سنة</numerusform>
            </translation>
        </message>
        <message>
            <source>Does not expire</source>
            <translation>لا ينتهي</translation>
        </message>
        <message>
            <source>Expires on %1 at 00:00 UTC</source>
            <translation>ينتهي في %1 عند 00:00 بالتوقيت العالمي</translation>
        </message>
    </context>
    <context>
        <name>TokenCells</name>
        <message>
            <source>Revoked</source>
            <translation>مُبطَل</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>منتهٍ</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>نشط</translation>
        </message>
        <message>
            <source>%1 (expires soon)</source>
            <translation>%1 (ينتهي قريبًا)</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>محفوظ</translation>
        </message>
        <message>
            <source>Never used</source>
            <translation>لم يُستخدم قط</translation>
        </message>
        <message>
            <source>Revoked on %1</source>
            <translation>أُبطل في %1</translation>
        </message>
        <message>
            <source>Expired on %1 at 00:00 UTC</source>
            <translation>انتهى في %1 عند 00:00 بالتوقيت العالمي</translation>
        </message>
        <message>
            <source>The secret is saved in the keychain</source>
            <translation>السر محفوظ في سلسلة المفاتيح</translation>
        </message>
        <message>
            <source>No secret saved in the keychain</source>
            <translation>لا يوجد سر محفوظ في سلسلة المفاتيح</translation>
        </message>
        <message>
            <source>The token acts with the role %1</source>
            <translation>يعمل الرمز بالدور %1</translation>
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
            <translation>الحساب (&amp;A)</translation>
        </message>
        <message>
            <source>Connect to GitLab…</source>
            <translation>الاتصال بـGitLab…</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>إزالة الحساب</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>الحساب</translation>
        </message>
        <message>
            <source>&amp;Reconnect…</source>
            <translation>إعادة الاتصال… (&amp;R)</translation>
        </message>
        <message>
            <source>The account's access token was rotated, but the keychain still holds the old one: %1 Copy the new token from the dialog and connect again.</source>
            <translation>دُوِّر رمز وصول الحساب، لكن سلسلة المفاتيح ما زالت تحفظ الرمز القديم: %1 انسخ الرمز الجديد من النافذة واتصل مجددًا.</translation>
        </message>
        <message>
            <source>The token TokenDesk signed in with to %1 was revoked, so the account is disconnected. Connect again with another token to manage its tokens.</source>
            <translation>أُبطل الرمز الذي سجّل به TokenDesk الدخول إلى %1، لذا فُصل الحساب. اتصل مجددًا برمز آخر لإدارة رموزه.</translation>
        </message>
        <message>
            <source>Offline store</source>
            <translation>المخزن غير المتصل</translation>
        </message>
        <message>
            <source>There is no account %1.</source>
            <translation>لا يوجد حساب %1.</translation>
        </message>
        <message>
            <source>Could not read the access token of %1 from the keychain: %2</source>
            <translation>تعذّرت قراءة رمز وصول %1 من سلسلة المفاتيح: %2</translation>
        </message>
        <message>
            <source>GitLab refused the access token of %1: it is invalid, expired or revoked. Reconnect with a new access token of %2.</source>
            <translation>رفض GitLab رمز وصول %1: فهو غير صالح أو منتهٍ أو مُبطَل. أعد الاتصال برمز وصول جديد لـ%2.</translation>
        </message>
        <message>
            <source>Could not sign in to %1: %2</source>
            <translation>تعذّر تسجيل الدخول إلى %1: %2</translation>
        </message>
        <message>
            <source>Remove the account %1? Its access token is deleted from the keychain. The tokens on GitLab stay as they are.</source>
            <translation>هل تريد إزالة الحساب %1؟ سيُحذف رمز وصوله من سلسلة المفاتيح. وتبقى الرموز في GitLab كما هي.</translation>
        </message>
        <message>
            <source>The account was not removed: %1</source>
            <translation>لم يُزَل الحساب: %1</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::AccountSession</name>
        <message>
            <source>No keychain is available.</source>
            <translation>لا تتوفر سلسلة مفاتيح.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::BulkRevocation</name>
        <message>
            <source>Not connected.</source>
            <translation>غير متصل.</translation>
        </message>
        <message>
            <source>This is the token %1 signs in with; it was left active so the others could be revoked. Revoke it on its own.</source>
            <translation>هذا هو الرمز الذي يسجّل به %1 الدخول؛ تُرك نشطًا كي يمكن إبطال البقية. أبطِله وحده.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::CalendarExportController</name>
        <message>
            <source>Export calendar</source>
            <translation>تصدير التقويم</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics);;All files (*)</source>
            <translation>ملفات iCalendar (*.ics);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>Reading the expiry dates of your tokens…</source>
            <translation>جارٍ قراءة تواريخ انتهاء رموزك…</translation>
        </message>
        <message>
            <source>No calendar was saved: your tokens could not be read.</source>
            <translation>لم يُحفظ أي تقويم: تعذّرت قراءة رموزك.</translation>
        </message>
        <message>
            <source>The calendar could not be saved.</source>
            <translation>تعذّر حفظ التقويم.</translation>
        </message>
        <message numerus="yes">
            <source>Saved the expiry dates of %n token(s) to %1.</source>
            <translation>
                <numerusform>لم تُحفظ تواريخ انتهاء أي رمز في %1.</numerusform>
                <numerusform>حُفظ تاريخ انتهاء رمز واحد في %1.</numerusform>
                <numerusform>حُفظت تواريخ انتهاء رمزين في %1.</numerusform>
                <numerusform>حُفظت تواريخ انتهاء %n رموز في %1.</numerusform>
                <numerusform>حُفظت تواريخ انتهاء %n رمزًا في %1.</numerusform>
                <numerusform>حُفظت تواريخ انتهاء %n رمز في %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The tokens of %n place(s) are missing: they could not be read.</source>
            <translation>
                <numerusform>لا تنقص رموز أي مكان.</numerusform>
                <numerusform>رموز مكان واحد ناقصة: تعذّرت قراءتها.</numerusform>
                <numerusform>رموز مكانين ناقصة: تعذّرت قراءتها.</numerusform>
                <numerusform>رموز %n أماكن ناقصة: تعذّرت قراءتها.</numerusform>
                <numerusform>رموز %n مكانًا ناقصة: تعذّرت قراءتها.</numerusform>
                <numerusform>رموز %n مكان ناقصة: تعذّرت قراءتها.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::CliContext</name>
        <message>
            <source>%1: error: %2</source>
            <translation>%1: خطأ: %2</translation>
        </message>
        <message>
            <source>the secret of token %1 holds control or invisible characters; it is not printed, as it could drive the terminal. Revoke or rotate the token.</source>
            <translation>سر الرمز %1 يحتوي على محارف تحكم أو محارف غير مرئية؛ لا يُطبع لأنه قد يتحكم في الطرفية. أبطِل الرمز أو دوِّره.</translation>
        </message>
        <message>
            <source>%1: warning: %2</source>
            <translation>%1: تحذير: %2</translation>
        </message>
        <message>
            <source>the operation failed.</source>
            <translation>فشلت العملية.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::ConnectDialog</name>
        <message>
            <source>Connect to GitLab</source>
            <translation>الاتصال بـGitLab</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>اتصال</translation>
        </message>
        <message>
            <source>The system's certificate authorities</source>
            <translation>جهات إصدار الشهادات في النظام</translation>
        </message>
        <message>
            <source>A PEM file with the certificate authority of a GitLab instance whose certificate the system does not trust.</source>
            <translation>ملف PEM يحتوي على جهة إصدار شهادة مثيل GitLab لا يثق النظام بشهادته.</translation>
        </message>
        <message>
            <source> seconds</source>
            <translation> ثانية</translation>
        </message>
        <message>
            <source>A request that receives nothing for this long fails.</source>
            <translation>يفشل الطلب الذي لا يتلقى شيئًا طوال هذه المدة.</translation>
        </message>
        <message>
            <source>Opens GitLab's page for a new personal access token, filled in with the name TokenDesk and the api scope.</source>
            <translation>يفتح صفحة GitLab لإنشاء رمز وصول شخصي جديد، معبّأة بالاسم TokenDesk والنطاق api.</translation>
        </message>
        <message>
            <source>Reconnect to GitLab</source>
            <translation>إعادة الاتصال بـGitLab</translation>
        </message>
        <message>
            <source>GitLab refused the access token of %1: it is invalid, expired or revoked. Paste a new access token of %2. It replaces the old one in the keychain; nothing else changes.</source>
            <translation>رفض GitLab رمز وصول %1: فهو غير صالح أو منتهٍ أو مُبطَل. الصق رمز وصول جديدًا لـ%2. سيحل محل القديم في سلسلة المفاتيح؛ ولن يتغير شيء آخر.</translation>
        </message>
        <message>
            <source>Reconnect</source>
            <translation>إعادة الاتصال</translation>
        </message>
        <message>
            <source>Choose a CA certificate file</source>
            <translation>اختر ملف شهادة CA</translation>
        </message>
        <message>
            <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>شهادات PEM (*.pem *.crt *.cer);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>Used by TokenDesk to manage your access tokens</source>
            <translation>يستخدمه TokenDesk لإدارة رموز الوصول الخاصة بك</translation>
        </message>
        <message>
            <source>Enter the instance URL first, for example https://gitlab.com.</source>
            <translation>أدخل عنوان URL للمثيل أولًا، مثل https://gitlab.com.</translation>
        </message>
        <message>
            <source>GitLab's page for a new token was opened in your browser. Create the token there, then paste it into Access token.</source>
            <translation>فُتحت صفحة GitLab لإنشاء رمز جديد في متصفحك. أنشئ الرمز هناك، ثم الصقه في «رمز الوصول».</translation>
        </message>
        <message>
            <source>Enter the instance URL, for example https://gitlab.com.</source>
            <translation>أدخل عنوان URL للمثيل، مثل https://gitlab.com.</translation>
        </message>
        <message>
            <source>Enter an access token, or create one for TokenDesk first.</source>
            <translation>أدخل رمز وصول، أو أنشئ رمزًا لـTokenDesk أولًا.</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>جارٍ الاتصال بـ%1…</translation>
        </message>
        <message>
            <source>GitLab refused this access token: it is invalid, expired or revoked. Check it, or create a new one.</source>
            <translation>رفض GitLab رمز الوصول هذا: فهو غير صالح أو منتهٍ أو مُبطَل. تحقّق منه، أو أنشئ رمزًا جديدًا.</translation>
        </message>
        <message>
            <source>This access token may not read your profile: %1</source>
            <translation>قد لا يستطيع رمز الوصول هذا قراءة ملفك الشخصي: %1</translation>
        </message>
        <message>
            <source>Saving the access token to the keychain…</source>
            <translation>جارٍ حفظ رمز الوصول في سلسلة المفاتيح…</translation>
        </message>
        <message>
            <source>Connected, but the account was not saved: %1</source>
            <translation>تم الاتصال، لكن لم يُحفظ الحساب: %1</translation>
        </message>
        <message>
            <source>Connected as %1. The access token is saved in the keychain.</source>
            <translation>تم الاتصال باسم %1. رمز الوصول محفوظ في سلسلة المفاتيح.</translation>
        </message>
        <message>
            <source>This access token belongs to %1, not to %2. Nothing was replaced: the account %3 keeps its old access token. Paste an access token of %2, or add %1 as a new account.</source>
            <translation>رمز الوصول هذا يخص %1، لا %2. لم يُستبدل شيء: يحتفظ الحساب %3 برمز وصوله القديم. الصق رمز وصول لـ%2، أو أضف %1 كحساب جديد.</translation>
        </message>
        <message>
            <source>Replacing the access token in the keychain…</source>
            <translation>جارٍ استبدال رمز الوصول في سلسلة المفاتيح…</translation>
        </message>
        <message>
            <source>The new access token works, but the keychain still holds the old one: %1</source>
            <translation>رمز الوصول الجديد يعمل، لكن سلسلة المفاتيح ما زالت تحفظ القديم: %1</translation>
        </message>
        <message>
            <source>Reconnected as %1. The new access token replaced the old one in the keychain.</source>
            <translation>أُعيد الاتصال باسم %1. حل رمز الوصول الجديد محل القديم في سلسلة المفاتيح.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>Not reported</source>
            <translation>غير مُبلَّغ عنه</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>أبدًا</translation>
        </message>
        <message>
            <source>This access token expires %1. Create a new one for TokenDesk before then, or TokenDesk can no longer sign in.</source>
            <translation>ينتهي رمز الوصول هذا %1. أنشئ رمزًا جديدًا لـTokenDesk قبل ذلك، وإلا فلن يتمكن TokenDesk من تسجيل الدخول.</translation>
        </message>
        <message>
            <source>This access token lacks the api scope: TokenDesk can show your tokens but cannot create, rotate or revoke them with it.</source>
            <translation>ينقص رمزَ الوصول هذا النطاقُ api: يستطيع TokenDesk عرض رموزك لكنه لا يستطيع إنشاءها أو تدويرها أو إبطالها به.</translation>
        </message>
        <message>
            <source>Not readable</source>
            <translation>غير مقروء</translation>
        </message>
        <message>
            <source>GitLab did not describe this access token, so its scopes and expiry are unknown.</source>
            <translation>لم يصف GitLab رمز الوصول هذا، لذا فنطاقاته وتاريخ انتهائه غير معروفة.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::CredentialHelper</name>
        <message>
            <source>token %1</source>
            <translation>الرمز %1</translation>
        </message>
        <message>
            <source>token “%1” (ID %2)</source>
            <translation>الرمز «%1» (المعرّف %2)</translation>
        </message>
        <message>
            <source>warning: the %1 that git uses for %2 expired on %3 (at 00:00 UTC); rotate it in TokenDesk.</source>
            <translation>تحذير: %1 الذي يستخدمه git مع %2 انتهى في %3 (عند 00:00 بالتوقيت العالمي)؛ دوِّره في TokenDesk.</translation>
        </message>
        <message numerus="yes">
            <source>warning: the %1 that git uses for %2 expires on %3 (at 00:00 UTC), in %n day(s); rotate it in TokenDesk.</source>
            <translation>
                <numerusform>تحذير: %1 الذي يستخدمه git مع %2 ينتهي في %3 (عند 00:00 بالتوقيت العالمي)، اليوم؛ دوِّره في TokenDesk.</numerusform>
                <numerusform>تحذير: %1 الذي يستخدمه git مع %2 ينتهي في %3 (عند 00:00 بالتوقيت العالمي)، بعد يوم واحد؛ دوِّره في TokenDesk.</numerusform>
                <numerusform>تحذير: %1 الذي يستخدمه git مع %2 ينتهي في %3 (عند 00:00 بالتوقيت العالمي)، بعد يومين؛ دوِّره في TokenDesk.</numerusform>
                <numerusform>تحذير: %1 الذي يستخدمه git مع %2 ينتهي في %3 (عند 00:00 بالتوقيت العالمي)، بعد %n أيام؛ دوِّره في TokenDesk.</numerusform>
                <numerusform>تحذير: %1 الذي يستخدمه git مع %2 ينتهي في %3 (عند 00:00 بالتوقيت العالمي)، بعد %n يومًا؛ دوِّره في TokenDesk.</numerusform>
                <numerusform>تحذير: %1 الذي يستخدمه git مع %2 ينتهي في %3 (عند 00:00 بالتوقيت العالمي)، بعد %n يوم؛ دوِّره في TokenDesk.</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot answer for %1 with token %2: %3</source>
            <translation>تتعذّر الإجابة لـ%1 بالرمز %2: %3</translation>
        </message>
        <message>
            <source>not answering for %1: the user name or the secret of token %2 holds a line break or a NUL, which git would misread.</source>
            <translation>لا إجابة لـ%1: اسم المستخدم أو سر الرمز %2 يحتوي على فاصل أسطر أو NUL، وسيسيء git قراءته.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::DesktopNotifier</name>
        <message>
            <source>There is no D-Bus session bus, so no desktop notification can be shown.</source>
            <translation>لا يوجد ناقل جلسة D-Bus، لذا لا يمكن عرض أي إشعار على سطح المكتب.</translation>
        </message>
        <message>
            <source>No desktop notification service answers on the session bus (%1): %2</source>
            <translation>لا تستجيب أي خدمة إشعارات سطح المكتب على ناقل الجلسة (%1): %2</translation>
        </message>
        <message>
            <source>The desktop notification service refused the notification: %1</source>
            <translation>رفضت خدمة إشعارات سطح المكتب الإشعار: %1</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::DueTokensMenu</name>
        <message>
            <source>&amp;Show TokenDesk</source>
            <translation>إظهار TokenDesk (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>إنهاء (&amp;Q)</translation>
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
            <translation>انتهى اليوم</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) left</source>
            <translation>
                <numerusform>اليوم الأخير</numerusform>
                <numerusform>بقي يوم واحد</numerusform>
                <numerusform>بقي يومان</numerusform>
                <numerusform>بقيت %n أيام</numerusform>
                <numerusform>بقي %n يومًا</numerusform>
                <numerusform>بقي %n يوم</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message numerus="yes">
            <source>No token expires within %n day(s)</source>
            <translation>
                <numerusform>لا ينتهي أي رمز اليوم</numerusform>
                <numerusform>لا ينتهي أي رمز خلال يوم واحد</numerusform>
                <numerusform>لا ينتهي أي رمز خلال يومين</numerusform>
                <numerusform>لا ينتهي أي رمز خلال %n أيام</numerusform>
                <numerusform>لا ينتهي أي رمز خلال %n يومًا</numerusform>
                <numerusform>لا ينتهي أي رمز خلال %n يوم</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not read %1</source>
            <translation>تعذّرت قراءة %1</translation>
        </message>
        <message numerus="yes">
            <source>TokenDesk: no token expires within %n day(s)</source>
            <translation>
                <numerusform>TokenDesk: لا ينتهي أي رمز اليوم</numerusform>
                <numerusform>TokenDesk: لا ينتهي أي رمز خلال يوم واحد</numerusform>
                <numerusform>TokenDesk: لا ينتهي أي رمز خلال يومين</numerusform>
                <numerusform>TokenDesk: لا ينتهي أي رمز خلال %n أيام</numerusform>
                <numerusform>TokenDesk: لا ينتهي أي رمز خلال %n يومًا</numerusform>
                <numerusform>TokenDesk: لا ينتهي أي رمز خلال %n يوم</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>TokenDesk: %n token(s) due within %1</source>
            <translation>
                <numerusform>TokenDesk: لا رموز مستحقة خلال %1</numerusform>
                <numerusform>TokenDesk: رمز واحد مستحق خلال %1</numerusform>
                <numerusform>TokenDesk: رمزان مستحقان خلال %1</numerusform>
                <numerusform>TokenDesk: %n رموز مستحقة خلال %1</numerusform>
                <numerusform>TokenDesk: %n رمزًا مستحقًا خلال %1</numerusform>
                <numerusform>TokenDesk: %n رمز مستحق خلال %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>أقل من يوم</numerusform>
                <numerusform>يوم واحد</numerusform>
                <numerusform>يومين</numerusform>
                <numerusform>%n أيام</numerusform>
                <numerusform>%n يومًا</numerusform>
                <numerusform>%n يوم</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n place(s) could not be read</source>
            <translation>
                <numerusform>لم يتعذّر قراءة أي مكان</numerusform>
                <numerusform>تعذّرت قراءة مكان واحد</numerusform>
                <numerusform>تعذّرت قراءة مكانين</numerusform>
                <numerusform>تعذّرت قراءة %n أماكن</numerusform>
                <numerusform>تعذّرت قراءة %n مكانًا</numerusform>
                <numerusform>تعذّرت قراءة %n مكان</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::ErrorMessages</name>
        <message>
            <source>Connect this account again with a new access token.</source>
            <translation>اربط هذا الحساب مجددًا برمز وصول جديد.</translation>
        </message>
        <message>
            <source>TokenDesk</source>
            <translation>TokenDesk</translation>
        </message>
        <message>
            <source>&amp;Reconnect…</source>
            <translation>إعادة الاتصال… (&amp;R)</translation>
        </message>
        <message>
            <source>Could not read the tokens: %1</source>
            <translation>تعذّرت قراءة الرموز: %1</translation>
        </message>
        <message>
            <source>Could not read the tokens: %1 Press F5 to try again.</source>
            <translation>تعذّرت قراءة الرموز: %1 اضغط F5 للمحاولة مجددًا.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::GitHostDialog</name>
        <message>
            <source>Use the token '%1' for git</source>
            <translation>استخدام الرمز «%1» مع git</translation>
        </message>
        <message>
            <source>Host name</source>
            <translation>اسم المضيف</translation>
        </message>
        <message>
            <source>git over HTTPS to this host (e.g. gitlab.com) may sign in with the token '%1'.</source>
            <translation>يمكن لـgit عبر HTTPS إلى هذا المضيف (مثل gitlab.com) تسجيل الدخول بالرمز «%1».</translation>
        </message>
        <message>
            <source>gitlab.com</source>
            <translation>gitlab.com</translation>
        </message>
        <message>
            <source>Use for git</source>
            <translation>الاستخدام مع git</translation>
        </message>
        <message>
            <source>git will use the token '%1' for https://%2 (user name %3).</source>
            <translation>سيستخدم git الرمز «%1» مع https://%2 (اسم المستخدم %3).</translation>
        </message>
        <message>
            <source>If git does not ask TokenDesk for this host yet, run this once (TokenDesk does not change your git configuration):
%1</source>
            <translation>إن لم يكن git يطلب من TokenDesk بيانات هذا المضيف بعد، فشغّل هذا مرة واحدة (لا يغيّر TokenDesk إعدادات git لديك):
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
            <translation>لم يُعطَ أي رمز.</translation>
        </message>
        <message>
            <source>GitLab does not accept this token: it is invalid, expired or revoked.</source>
            <translation>لا يقبل GitLab هذا الرمز: فهو غير صالح أو منتهٍ أو مُبطَل.</translation>
        </message>
        <message>
            <source>GitLab does not let a regular user create a token with the scopes %1 over its API (only administrators can, or for the k8s_proxy and self_rotate scopes). Create it on GitLab's own page instead, then paste the new token into TokenDesk.</source>
            <translation>لا يسمح GitLab للمستخدم العادي بإنشاء رمز بالنطاقات %1 عبر واجهته البرمجية (لا يستطيع ذلك إلا المسؤولون، أو مع النطاقين k8s_proxy وself_rotate). أنشئه في صفحة GitLab نفسها بدلًا من ذلك، ثم الصق الرمز الجديد في TokenDesk.</translation>
        </message>
        <message>
            <source>There is no user %1.</source>
            <translation>لا يوجد مستخدم %1.</translation>
        </message>
        <message>
            <source>Name a group or project by its id or full path.</source>
            <translation>حدّد المجموعة أو المشروع بمعرّفه أو مساره الكامل.</translation>
        </message>
        <message>
            <source>There is no group "%1", or this account cannot see it.</source>
            <translation>لا توجد مجموعة «%1»، أو لا يستطيع هذا الحساب رؤيتها.</translation>
        </message>
        <message>
            <source>There is no project "%1", or this account cannot see it.</source>
            <translation>لا يوجد مشروع «%1»، أو لا يستطيع هذا الحساب رؤيته.</translation>
        </message>
        <message>
            <source>Only administrators can list every user's tokens; %1 is not an administrator of this instance.</source>
            <translation>لا يمكن إلا للمسؤولين عرض رموز جميع المستخدمين؛ و%1 ليس مسؤولًا في هذا المثيل.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::GitLabInventory</name>
        <message>
            <source>There is no user "%1" on this instance.</source>
            <translation>لا يوجد مستخدم «%1» في هذا المثيل.</translation>
        </message>
        <message>
            <source>Asked for page %1 of the token list, the server answered page %2; TokenDesk stopped reading the listing.</source>
            <translation>طُلبت الصفحة %1 من قائمة الرموز، فأجاب الخادم بالصفحة %2؛ توقف TokenDesk عن قراءة القائمة.</translation>
        </message>
        <message numerus="yes">
            <source>The listing is longer than %n page(s); TokenDesk stopped reading.</source>
            <translation>
                <numerusform>القائمة أطول من %n صفحة؛ توقف TokenDesk عن القراءة.</numerusform>
                <numerusform>القائمة أطول من صفحة واحدة؛ توقف TokenDesk عن القراءة.</numerusform>
                <numerusform>القائمة أطول من صفحتين؛ توقف TokenDesk عن القراءة.</numerusform>
                <numerusform>القائمة أطول من %n صفحات؛ توقف TokenDesk عن القراءة.</numerusform>
                <numerusform>القائمة أطول من %n صفحة؛ توقف TokenDesk عن القراءة.</numerusform>
                <numerusform>القائمة أطول من %n صفحة؛ توقف TokenDesk عن القراءة.</numerusform>
            </translation>
        </message>
        <message>
            <source>The server sent the same tokens again on page %1 of the token list; TokenDesk stopped reading the listing.</source>
            <translation>أرسل الخادم الرموز نفسها مجددًا في الصفحة %1 من قائمة الرموز؛ توقف TokenDesk عن قراءة القائمة.</translation>
        </message>
        <message>
            <source>The server named page %1 as the next page after page %2 of the token list; TokenDesk stopped reading the listing.</source>
            <translation>سمّى الخادم الصفحة %1 صفحةً تالية بعد الصفحة %2 من قائمة الرموز؛ توقف TokenDesk عن قراءة القائمة.</translation>
        </message>
        <message>
            <source>The server's next-page link points to another address (%1); TokenDesk does not follow it.</source>
            <translation>يشير رابط الصفحة التالية من الخادم إلى عنوان آخر (%1)؛ لا يتبعه TokenDesk.</translation>
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
            <translation>أُغلق اتصال الحساب.</translation>
        </message>
        <message>
            <source>the group %1</source>
            <translation>المجموعة %1</translation>
        </message>
        <message>
            <source>the project %1</source>
            <translation>المشروع %1</translation>
        </message>
        <message>
            <source>There is no token %1 on %2.</source>
            <translation>لا يوجد رمز %1 في %2.</translation>
        </message>
        <message>
            <source>No token was given.</source>
            <translation>لم يُعطَ أي رمز.</translation>
        </message>
        <message>
            <source>GitLab does not accept this token: it is invalid, expired or revoked.</source>
            <translation>لا يقبل GitLab هذا الرمز: فهو غير صالح أو منتهٍ أو مُبطَل.</translation>
        </message>
        <message>
            <source>This token is not one of the access tokens of %1.</source>
            <translation>هذا الرمز ليس من رموز وصول %1.</translation>
        </message>
        <message>
            <source>The role is above your own role on %1 (GitLab says: %2)</source>
            <translation>الدور أعلى من دورك في %1 (يقول GitLab: %2)</translation>
        </message>
        <message>
            <source>You need the %1 role on %2 to see its access tokens.</source>
            <translation>تحتاج إلى الدور %1 في %2 لرؤية رموز وصوله.</translation>
        </message>
        <message>
            <source>You need the %1 role on %2 to manage its access tokens.</source>
            <translation>تحتاج إلى الدور %1 في %2 لإدارة رموز وصوله.</translation>
        </message>
        <message>
            <source>(GitLab says: %1)</source>
            <translation>(يقول GitLab: %1)</translation>
        </message>
        <message>
            <source>GitLab at %1 does not offer group access tokens (HTTP %2): this instance or its subscription tier does not have them.</source>
            <translation>لا يوفر GitLab في %1 رموز وصول المجموعات (HTTP %2): هذا المثيل أو فئة اشتراكه لا يتضمنها.</translation>
        </message>
        <message>
            <source>GitLab at %1 does not offer project access tokens (HTTP %2): this instance or its subscription tier does not have them.</source>
            <translation>لا يوفر GitLab في %1 رموز وصول المشاريع (HTTP %2): هذا المثيل أو فئة اشتراكه لا يتضمنها.</translation>
        </message>
        <message>
            <source>There is no group %1, or this account cannot see it.</source>
            <translation>لا توجد مجموعة %1، أو لا يستطيع هذا الحساب رؤيتها.</translation>
        </message>
        <message>
            <source>There is no project %1, or this account cannot see it.</source>
            <translation>لا يوجد مشروع %1، أو لا يستطيع هذا الحساب رؤيته.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::GitLabTokenChanges</name>
        <message>
            <source>GitLab answered the request to create "%1", but the reply could not be read, so its secret is lost. If the token now exists, revoke it and create a new one.</source>
            <translation>أجاب GitLab عن طلب إنشاء «%1»، لكن تعذّرت قراءة الرد، لذا ضاع سره. إن كان الرمز موجودًا الآن، فأبطِله وأنشئ رمزًا جديدًا.</translation>
        </message>
        <message>
            <source>GitLab answered the rotation, but the reply could not be read, so the new secret is lost. Rotate the new token to get a secret.</source>
            <translation>أجاب GitLab عن التدوير، لكن تعذّرت قراءة الرد، لذا ضاع السر الجديد. دوِّر الرمز الجديد للحصول على سر.</translation>
        </message>
        <message>
            <source>Token %1 does not exist or belongs to another user.</source>
            <translation>الرمز %1 غير موجود أو يخص مستخدمًا آخر.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::GitLabTokenListing</name>
        <message>
            <source>Asked for page %1 of the token list, the server answered page %2; TokenDesk stopped reading the listing.</source>
            <translation>طُلبت الصفحة %1 من قائمة الرموز، فأجاب الخادم بالصفحة %2؛ توقف TokenDesk عن قراءة القائمة.</translation>
        </message>
        <message>
            <source>The token list is larger than %1; TokenDesk stopped reading it.</source>
            <translation>قائمة الرموز أكبر من %1؛ توقف TokenDesk عن قراءتها.</translation>
        </message>
        <message>
            <source>The server sent the same tokens again on page %1 of the token list; TokenDesk stopped reading the listing.</source>
            <translation>أرسل الخادم الرموز نفسها مجددًا في الصفحة %1 من قائمة الرموز؛ توقف TokenDesk عن قراءة القائمة.</translation>
        </message>
        <message numerus="yes">
            <source>The listing is longer than %n page(s); TokenDesk stopped reading.</source>
            <translation>
                <numerusform>القائمة أطول من %n صفحة؛ توقف TokenDesk عن القراءة.</numerusform>
                <numerusform>القائمة أطول من صفحة واحدة؛ توقف TokenDesk عن القراءة.</numerusform>
                <numerusform>القائمة أطول من صفحتين؛ توقف TokenDesk عن القراءة.</numerusform>
                <numerusform>القائمة أطول من %n صفحات؛ توقف TokenDesk عن القراءة.</numerusform>
                <numerusform>القائمة أطول من %n صفحة؛ توقف TokenDesk عن القراءة.</numerusform>
                <numerusform>القائمة أطول من %n صفحة؛ توقف TokenDesk عن القراءة.</numerusform>
            </translation>
        </message>
        <message>
            <source>The server named page %1 as the next page after page %2 of the token list; TokenDesk stopped reading the listing.</source>
            <translation>سمّى الخادم الصفحة %1 صفحةً تالية بعد الصفحة %2 من قائمة الرموز؛ توقف TokenDesk عن قراءة القائمة.</translation>
        </message>
        <message>
            <source>The server's next-page link points to another address (%1); TokenDesk does not follow it.</source>
            <translation>يشير رابط الصفحة التالية من الخادم إلى عنوان آخر (%1)؛ لا يتبعه TokenDesk.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::GitLabTransport</name>
        <message>
            <source>The CA file cannot be used: %1</source>
            <translation>لا يمكن استخدام ملف CA: %1</translation>
        </message>
        <message>
            <source>it holds no PEM certificate.</source>
            <translation>لا يحتوي على شهادة PEM.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>أُلغي.</translation>
        </message>
        <message>
            <source>The connection to %1 was closed.</source>
            <translation>أُغلق الاتصال بـ%1.</translation>
        </message>
        <message>
            <source>The reply from %1 is larger than %2, more than any GitLab answer TokenDesk asks for; it stopped reading it.</source>
            <translation>الرد من %1 أكبر من %2، أي أكبر من أي إجابة من GitLab يطلبها TokenDesk؛ فتوقف عن قراءته.</translation>
        </message>
        <message numerus="yes">
            <source>%1 did not answer within %n second(s).</source>
            <translation>
                <numerusform>لم يُجب %1 فورًا.</numerusform>
                <numerusform>لم يُجب %1 خلال ثانية واحدة.</numerusform>
                <numerusform>لم يُجب %1 خلال ثانيتين.</numerusform>
                <numerusform>لم يُجب %1 خلال %n ثوانٍ.</numerusform>
                <numerusform>لم يُجب %1 خلال %n ثانية.</numerusform>
                <numerusform>لم يُجب %1 خلال %n ثانية.</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not connect to %1 (connection refused).</source>
            <translation>تعذّر الاتصال بـ%1 (رُفض الاتصال).</translation>
        </message>
        <message>
            <source>The host %1 was not found.</source>
            <translation>لم يُعثر على المضيف %1.</translation>
        </message>
        <message>
            <source>The secure connection to %1 failed: its certificate is not trusted or does not match the host. If the instance uses a private certificate authority, give its CA file.</source>
            <translation>فشل الاتصال الآمن بـ%1: شهادته غير موثوقة أو لا تطابق المضيف. إن كان المثيل يستخدم جهة إصدار شهادات خاصة، فحدّد ملف CA الخاص بها.</translation>
        </message>
        <message>
            <source>The reply from %1 was cut off before it was complete.</source>
            <translation>انقطع الرد من %1 قبل أن يكتمل.</translation>
        </message>
        <message>
            <source>The connection to %1 broke before the reply came.</source>
            <translation>انقطع الاتصال بـ%1 قبل وصول الرد.</translation>
        </message>
        <message>
            <source>Network error talking to %1: %2.</source>
            <translation>خطأ في الشبكة أثناء التواصل مع %1: %2.</translation>
        </message>
        <message>
            <source>The server redirected the request to %1. TokenDesk does not follow redirects to another address, so the access token was not sent there. Check the instance URL (https://, the final host name).</source>
            <translation>أعاد الخادم توجيه الطلب إلى %1. لا يتبع TokenDesk عمليات إعادة التوجيه إلى عنوان آخر، لذا لم يُرسَل رمز الوصول إليه. تحقّق من عنوان URL للمثيل (https://، واسم المضيف النهائي).</translation>
        </message>
        <message>
            <source>an unknown address</source>
            <translation>عنوان غير معروف</translation>
        </message>
        <message numerus="yes">
            <source>GitLab is limiting requests (429 Too Many Requests) longer than TokenDesk waits. Try again in %n second(s).</source>
            <translation>
                <numerusform>يحدّ GitLab من الطلبات (429 Too Many Requests) مدة أطول مما ينتظره TokenDesk. حاول مجددًا الآن.</numerusform>
                <numerusform>يحدّ GitLab من الطلبات (429 Too Many Requests) مدة أطول مما ينتظره TokenDesk. حاول مجددًا بعد ثانية واحدة.</numerusform>
                <numerusform>يحدّ GitLab من الطلبات (429 Too Many Requests) مدة أطول مما ينتظره TokenDesk. حاول مجددًا بعد ثانيتين.</numerusform>
                <numerusform>يحدّ GitLab من الطلبات (429 Too Many Requests) مدة أطول مما ينتظره TokenDesk. حاول مجددًا بعد %n ثوانٍ.</numerusform>
                <numerusform>يحدّ GitLab من الطلبات (429 Too Many Requests) مدة أطول مما ينتظره TokenDesk. حاول مجددًا بعد %n ثانية.</numerusform>
                <numerusform>يحدّ GitLab من الطلبات (429 Too Many Requests) مدة أطول مما ينتظره TokenDesk. حاول مجددًا بعد %n ثانية.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>GitLab is limiting requests (429 Too Many Requests); nothing was changed. Try again in %n second(s).</source>
            <translation>
                <numerusform>يحدّ GitLab من الطلبات (429 Too Many Requests)؛ لم يتغير شيء. حاول مجددًا الآن.</numerusform>
                <numerusform>يحدّ GitLab من الطلبات (429 Too Many Requests)؛ لم يتغير شيء. حاول مجددًا بعد ثانية واحدة.</numerusform>
                <numerusform>يحدّ GitLab من الطلبات (429 Too Many Requests)؛ لم يتغير شيء. حاول مجددًا بعد ثانيتين.</numerusform>
                <numerusform>يحدّ GitLab من الطلبات (429 Too Many Requests)؛ لم يتغير شيء. حاول مجددًا بعد %n ثوانٍ.</numerusform>
                <numerusform>يحدّ GitLab من الطلبات (429 Too Many Requests)؛ لم يتغير شيء. حاول مجددًا بعد %n ثانية.</numerusform>
                <numerusform>يحدّ GitLab من الطلبات (429 Too Many Requests)؛ لم يتغير شيء. حاول مجددًا بعد %n ثانية.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::InventoryModel</name>
        <message>
            <source>Revoked</source>
            <translation>مُبطَل</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>منتهٍ</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>نشط</translation>
        </message>
        <message>
            <source>user %1</source>
            <translation>المستخدم %1</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>أبدًا</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>المالك</translation>
        </message>
        <message>
            <source>Token name</source>
            <translation>اسم الرمز</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>النطاقات</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>الإنشاء</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>آخر استخدام</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>الانتهاء</translation>
        </message>
        <message>
            <source>State</source>
            <translation>الحالة</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::InventoryWindow</name>
        <message>
            <source>All users' tokens - TokenDesk</source>
            <translation>رموز جميع المستخدمين - TokenDesk</translation>
        </message>
        <message>
            <source>any, or for example: api, sudo</source>
            <translation>أيٌّ منها، أو مثلًا: api, sudo</translation>
        </message>
        <message>
            <source>every user, or a username or user id</source>
            <translation>كل المستخدمين، أو اسم مستخدم أو معرّف مستخدم</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>النشطة</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>غير النشطة</translation>
        </message>
        <message>
            <source>All</source>
            <translation>الكل</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>التقدّم</translation>
        </message>
        <message>
            <source>Choose the filters, then Show tokens.</source>
            <translation>اختر المرشّحات، ثم «عرض الرموز».</translation>
        </message>
        <message>
            <source>Listing every user's tokens…</source>
            <translation>جارٍ سرد رموز جميع المستخدمين…</translation>
        </message>
        <message>
            <source>Listing cancelled.</source>
            <translation>أُلغي السرد.</translation>
        </message>
        <message>
            <source>Could not list the tokens: %1</source>
            <translation>تعذّر سرد الرموز: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n token(s)</source>
            <translation>
                <numerusform>لا رموز</numerusform>
                <numerusform>رمز واحد</numerusform>
                <numerusform>رمزان</numerusform>
                <numerusform>%n رموز</numerusform>
                <numerusform>%n رمزًا</numerusform>
                <numerusform>%n رمز</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>of %n user(s).</source>
            <translation>
                <numerusform>لدى %n مستخدم.</numerusform>
                <numerusform>لدى مستخدم واحد.</numerusform>
                <numerusform>لدى مستخدمَين.</numerusform>
                <numerusform>لدى %n مستخدمين.</numerusform>
                <numerusform>لدى %n مستخدمًا.</numerusform>
                <numerusform>لدى %n مستخدم.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Revoke %n token(s)</source>
            <translation>
                <numerusform>هل تريد إبطال %n رمز</numerusform>
                <numerusform>هل تريد إبطال رمز واحد</numerusform>
                <numerusform>هل تريد إبطال رمزين</numerusform>
                <numerusform>هل تريد إبطال %n رموز</numerusform>
                <numerusform>هل تريد إبطال %n رمزًا</numerusform>
                <numerusform>هل تريد إبطال %n رمز</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>of %n user(s)?</source>
            <translation>
                <numerusform>لدى %n مستخدم؟</numerusform>
                <numerusform>لدى مستخدم واحد؟</numerusform>
                <numerusform>لدى مستخدمَين؟</numerusform>
                <numerusform>لدى %n مستخدمين؟</numerusform>
                <numerusform>لدى %n مستخدمًا؟</numerusform>
                <numerusform>لدى %n مستخدم؟</numerusform>
            </translation>
        </message>
        <message>
            <source>Revoke selected tokens</source>
            <translation>إبطال الرموز المحددة</translation>
        </message>
        <message>
            <source>Everything that uses them stops working. This cannot be undone.</source>
            <translation>سيتوقف كل ما يستخدمها عن العمل. لا يمكن التراجع عن هذا.</translation>
        </message>
        <message>
            <source>TokenDesk signs in with one of them: that one is left active.</source>
            <translation>يسجّل TokenDesk الدخول بأحدها: سيبقى ذلك الرمز نشطًا.</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>إبطال</translation>
        </message>
        <message numerus="yes">
            <source>Revoking %n token(s)…</source>
            <translation>
                <numerusform>لا رموز قيد الإبطال…</numerusform>
                <numerusform>جارٍ إبطال رمز واحد…</numerusform>
                <numerusform>جارٍ إبطال رمزين…</numerusform>
                <numerusform>جارٍ إبطال %n رموز…</numerusform>
                <numerusform>جارٍ إبطال %n رمزًا…</numerusform>
                <numerusform>جارٍ إبطال %n رمز…</numerusform>
            </translation>
        </message>
        <message>
            <source>Answered %1 of %2…</source>
            <translation>أُجيب عن %1 من %2…</translation>
        </message>
        <message>
            <source>Revoking failed: %1</source>
            <translation>فشل الإبطال: %1</translation>
        </message>
        <message>
            <source>token %1</source>
            <translation>الرمز %1</translation>
        </message>
        <message>
            <source>"%1" of %2</source>
            <translation>«%1» الخاص بـ%2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n token(s) revoked</source>
            <translation>
                <numerusform>لم يُبطَل أي رمز</numerusform>
                <numerusform>أُبطل رمز واحد</numerusform>
                <numerusform>أُبطل رمزان</numerusform>
                <numerusform>أُبطلت %n رموز</numerusform>
                <numerusform>أُبطل %n رمزًا</numerusform>
                <numerusform>أُبطل %n رمز</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not revoked.</source>
            <translation>
                <numerusform>ولم يتعذّر إبطال أي رمز.</numerusform>
                <numerusform>وتعذّر إبطال رمز واحد.</numerusform>
                <numerusform>وتعذّر إبطال رمزين.</numerusform>
                <numerusform>وتعذّر إبطال %n رموز.</numerusform>
                <numerusform>وتعذّر إبطال %n رمزًا.</numerusform>
                <numerusform>وتعذّر إبطال %n رمز.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::LeakResponse</name>
        <message>
            <source>It could not be opened.</source>
            <translation>تعذّر فتحه.</translation>
        </message>
        <message>
            <source>There is no identified token to revoke.</source>
            <translation>لا يوجد رمز مُحدَّد الهوية لإبطاله.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::LeakedTokenDialog</name>
        <message>
            <source>What the token is</source>
            <translation>ما هو الرمز</translation>
        </message>
        <message>
            <source>This is not a GitLab token. A token starts with its kind, such as "glpat-", followed by letters, digits, "-" and "_".</source>
            <translation>هذا ليس رمز GitLab. يبدأ الرمز بنوعه، مثل "glpat-"، متبوعًا بحروف وأرقام و"-" و"_".</translation>
        </message>
        <message>
            <source>Not known to %1, or already revoked or expired.</source>
            <translation>غير معروف لـ%1، أو مُبطَل أو منتهٍ بالفعل.</translation>
        </message>
        <message>
            <source>Not found, but not every place could be asked:</source>
            <translation>لم يُعثر عليه، لكن تعذّر سؤال كل الأماكن:</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Owner: %1</source>
            <translation>المالك: %1</translation>
        </message>
        <message>
            <source>user %1</source>
            <translation>المستخدم %1</translation>
        </message>
        <message>
            <source>%1 (user %2)</source>
            <translation>%1 (المستخدم %2)</translation>
        </message>
        <message>
            <source>Name: %1</source>
            <translation>الاسم: %1</translation>
        </message>
        <message>
            <source>Scopes: %1</source>
            <translation>النطاقات: %1</translation>
        </message>
        <message>
            <source>Last used: %1</source>
            <translation>آخر استخدام: %1</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>أبدًا</translation>
        </message>
        <message>
            <source>Last used from: %1</source>
            <translation>آخر استخدام من: %1</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>غير مسجَّل</translation>
        </message>
        <message>
            <source>Where: %1</source>
            <translation>المكان: %1</translation>
        </message>
        <message>
            <source>It is revoked.</source>
            <translation>إنه مُبطَل.</translation>
        </message>
        <message>
            <source>Revoke the leaked token</source>
            <translation>إبطال الرمز المُسرَّب</translation>
        </message>
        <message>
            <source>Revoke the token "%1"? Everything that uses it stops working.</source>
            <translation>هل تريد إبطال الرمز «%1»؟ سيتوقف كل ما يستخدمه عن العمل.</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>إبطال</translation>
        </message>
        <message>
            <source>The token is already revoked or expired.</source>
            <translation>الرمز مُبطَل أو منتهٍ بالفعل.</translation>
        </message>
        <message>
            <source>Not revoked: %1</source>
            <translation>لم يُبطَل: %1</translation>
        </message>
        <message>
            <source>Revoked.</source>
            <translation>أُبطل.</translation>
        </message>
        <message>
            <source>Its secret is saved in the keychain.</source>
            <translation>سره محفوظ في سلسلة المفاتيح.</translation>
        </message>
        <message>
            <source>git uses it for %1.</source>
            <translation>يستخدمه git مع %1.</translation>
        </message>
        <message>
            <source>Not forgotten: %1</source>
            <translation>لم يُنسَ: %1</translation>
        </message>
        <message>
            <source>Forgotten: the keychain and git no longer hold it.</source>
            <translation>نُسي: لم يعد في سلسلة المفاتيح ولا لدى git.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::LoadingIndicator</name>
        <message>
            <source>Cancel loading</source>
            <translation>إلغاء التحميل</translation>
        </message>
        <message>
            <source>Loading tokens</source>
            <translation>جارٍ تحميل الرموز</translation>
        </message>
        <message>
            <source>Loading cancelled. Press F5 to try again.</source>
            <translation>أُلغي التحميل. اضغط F5 للمحاولة مجددًا.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::LocalBackend</name>
        <message>
            <source>Offline demo · %1</source>
            <translation>العرض التجريبي غير المتصل · %1</translation>
        </message>
        <message>
            <source>Offline store · %1</source>
            <translation>المخزن غير المتصل · %1</translation>
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
            <translation>رموز الوصول الشخصية</translation>
        </message>
        <message>
            <source>Personal access tokens let scripts and applications use the GitLab API, and git over HTTPS, in your name. Give each one only the scopes it needs and an expiration date. A new token's secret is shown once.</source>
            <translation>تتيح رموز الوصول الشخصية للنصوص البرمجية والتطبيقات استخدام واجهة GitLab البرمجية، وgit عبر HTTPS، باسمك. امنح كل رمز النطاقات التي يحتاجها فقط وتاريخ انتهاء. يُعرض سر الرمز الجديد مرة واحدة.</translation>
        </message>
        <message>
            <source>&amp;Reconnect…</source>
            <translation>إعادة الاتصال… (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Search by name</source>
            <translation>البحث بالاسم (&amp;S)</translation>
        </message>
        <message>
            <source>S&amp;ort active tokens by</source>
            <translation>ترتيب الرموز النشطة حسب (&amp;O)</translation>
        </message>
        <message>
            <source>Add new token</source>
            <translation>إضافة رمز جديد</translation>
        </message>
        <message>
            <source>&amp;Tokens</source>
            <translation>الرموز (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>الإعدادات (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>المساعدة (&amp;H)</translation>
        </message>
        <message>
            <source>&amp;New token…</source>
            <translation>رمز جديد… (&amp;N)</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>بحث… (&amp;S)</translation>
        </message>
        <message>
            <source>Ctrl+F</source>
            <translation>Ctrl+F</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>تحديث (&amp;R)</translation>
        </message>
        <message>
            <source>F5</source>
            <translation>F5</translation>
        </message>
        <message>
            <source>Revoke a &amp;leaked token…</source>
            <translation>إبطال رمز مُسرَّب… (&amp;L)</translation>
        </message>
        <message>
            <source>&amp;All users' tokens…</source>
            <translation>رموز جميع المستخدمين… (&amp;A)</translation>
        </message>
        <message>
            <source>Export &amp;calendar…</source>
            <translation>تصدير التقويم… (&amp;C)</translation>
        </message>
        <message>
            <source>Save the expiry dates of your tokens as an iCalendar file, with reminders</source>
            <translation>احفظ تواريخ انتهاء رموزك في ملف iCalendar، مع تذكيرات</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>التفضيلات… (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>إنهاء (&amp;Q)</translation>
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <source>&amp;About TokenDesk</source>
            <translation>حول TokenDesk (&amp;A)</translation>
        </message>
        <message>
            <source>Token name</source>
            <translation>اسم الرمز</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>شريط الأدوات الرئيسي</translation>
        </message>
        <message>
            <source>Rotate</source>
            <translation>تدوير</translation>
        </message>
        <message>
            <source>Rotate %1</source>
            <translation>تدوير %1</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>إبطال</translation>
        </message>
        <message>
            <source>Revoke %1</source>
            <translation>إبطال %1</translation>
        </message>
        <message>
            <source>Copy from keychain</source>
            <translation>النسخ من سلسلة المفاتيح</translation>
        </message>
        <message>
            <source>Copy from keychain %1</source>
            <translation>نسخ %1 من سلسلة المفاتيح</translation>
        </message>
        <message>
            <source>Create similar</source>
            <translation>إنشاء رمز مماثل</translation>
        </message>
        <message>
            <source>Create similar %1</source>
            <translation>إنشاء رمز مماثل لـ%1</translation>
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
            <translation>أي تاريخ</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::PasteTokenDialog</name>
        <message>
            <source>Create the token on GitLab</source>
            <translation>أنشئ الرمز في GitLab</translation>
        </message>
        <message>
            <source>Open GitLab's page (the name, description and scopes are filled in), create the token there, then paste it below.</source>
            <translation>افتح صفحة GitLab (الاسم والوصف والنطاقات معبّأة)، وأنشئ الرمز هناك، ثم الصقه أدناه.</translation>
        </message>
        <message>
            <source>Paste the token you created on GitLab's page.</source>
            <translation>الصق الرمز الذي أنشأته في صفحة GitLab.</translation>
        </message>
        <message>
            <source>GitLab does not know this token, or it is revoked or expired. Copy it again from GitLab's page.</source>
            <translation>لا يعرف GitLab هذا الرمز، أو أنه مُبطَل أو منتهٍ. انسخه مجددًا من صفحة GitLab.</translation>
        </message>
        <message>
            <source>Added "%1" (scopes: %2; expires: %3).</source>
            <translation>أُضيف «%1» (النطاقات: %2؛ ينتهي: %3).</translation>
        </message>
        <message>
            <source>never</source>
            <translation>أبدًا</translation>
        </message>
        <message>
            <source>Not saved to the keychain: %1</source>
            <translation>لم يُحفظ في سلسلة المفاتيح: %1</translation>
        </message>
        <message>
            <source>Saved in the keychain.</source>
            <translation>حُفظ في سلسلة المفاتيح.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::PreferencesDialog</name>
        <message>
            <source> s</source>
            <extracomment>Unit after the number of seconds in a spin box</extracomment>
            <translation> ث</translation>
        </message>
        <message>
            <source>Enter whole numbers of days separated by commas.</source>
            <translation>أدخل أعدادًا صحيحة من الأيام مفصولة بفواصل.</translation>
        </message>
        <message>
            <source>TokenDesk checks daily and at login, even when this window is closed (a systemd user timer).</source>
            <translation>يتحقق TokenDesk يوميًا وعند تسجيل الدخول، حتى عند إغلاق هذه النافذة (مؤقِّت systemd للمستخدم).</translation>
        </message>
        <message>
            <source>TokenDesk checks each time you log in, even when this window is closed (an autostart entry).</source>
            <translation>يتحقق TokenDesk في كل مرة تسجّل فيها الدخول، حتى عند إغلاق هذه النافذة (مُدخل تشغيل تلقائي).</translation>
        </message>
        <message>
            <source>Desktop notifications when a token is about to expire, even when this window is closed.</source>
            <translation>إشعارات على سطح المكتب عندما يوشك رمز على الانتهاء، حتى عند إغلاق هذه النافذة.</translation>
        </message>
        <message>
            <source>Turning reminders off…</source>
            <translation>جارٍ إيقاف التذكيرات…</translation>
        </message>
        <message>
            <source>Turning reminders on…</source>
            <translation>جارٍ تشغيل التذكيرات…</translation>
        </message>
        <message>
            <source>Could not change the reminders: %1</source>
            <translation>تعذّر تغيير التذكيرات: %1</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>التذكيرات</translation>
        </message>
        <message>
            <source>Remind you each time you log in instead?</source>
            <translation>هل تريد التذكير في كل مرة تسجّل فيها الدخول بدلًا من ذلك؟</translation>
        </message>
        <message>
            <source>Use &amp;Autostart</source>
            <translation>استخدام التشغيل التلقائي (&amp;A)</translation>
        </message>
        <message>
            <source>Reminders stay off: they run by themselves only through a systemd timer or an autostart entry.</source>
            <translation>تبقى التذكيرات متوقفة: فهي لا تعمل تلقائيًا إلا عبر مؤقِّت systemd أو مُدخل تشغيل تلقائي.</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>لغة النظام</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::ReminderSchedule</name>
        <message>
            <source>could not create the folder %1</source>
            <translation>تعذّر إنشاء المجلد %1</translation>
        </message>
        <message>
            <source>could not write %1: %2</source>
            <translation>تعذّرت كتابة %1: %2</translation>
        </message>
        <message>
            <source>could not remove %1</source>
            <translation>تعذّرت إزالة %1</translation>
        </message>
        <message>
            <source>tokendesk-cli was found neither beside TokenDesk nor on PATH</source>
            <translation>لم يُعثر على tokendesk-cli لا بجوار TokenDesk ولا في PATH</translation>
        </message>
        <message>
            <source>%1 is not a program that can run</source>
            <translation>%1 ليس برنامجًا قابلًا للتشغيل</translation>
        </message>
        <message>
            <source>the path of tokendesk-cli holds a control character</source>
            <translation>مسار tokendesk-cli يحتوي على محرف تحكم</translation>
        </message>
        <message>
            <source>systemd is not available here (no systemctl), so no timer can be installed. An autostart entry can remind you at each login instead.</source>
            <translation>systemd غير متاح هنا (لا يوجد systemctl)، لذا لا يمكن تثبيت مؤقِّت. يمكن لمُدخل تشغيل تلقائي تذكيرك عند كل تسجيل دخول بدلًا من ذلك.</translation>
        </message>
        <message>
            <source>could not enable the timer: could not create %1</source>
            <translation>تعذّر تفعيل المؤقِّت: تعذّر إنشاء %1</translation>
        </message>
        <message>
            <source>Reminders are on: a systemd user timer (%1) will check daily and at login, starting at your next login (the systemd user manager could not be reached now: %2).</source>
            <translation>التذكيرات مفعّلة: سيتحقق مؤقِّت systemd للمستخدم (%1) يوميًا وعند تسجيل الدخول، بدءًا من تسجيل دخولك القادم (تعذّر الوصول إلى مدير systemd للمستخدم الآن: %2).</translation>
        </message>
        <message>
            <source>the timer is installed but systemd could not start it: %1</source>
            <translation>المؤقِّت مثبّت لكن تعذّر على systemd تشغيله: %1</translation>
        </message>
        <message>
            <source>Reminders are on: a systemd user timer (%1) checks daily and at login.</source>
            <translation>التذكيرات مفعّلة: يتحقق مؤقِّت systemd للمستخدم (%1) يوميًا وعند تسجيل الدخول.</translation>
        </message>
        <message>
            <source>Reminders are on: TokenDesk checks at each login (%1).</source>
            <translation>التذكيرات مفعّلة: يتحقق TokenDesk عند كل تسجيل دخول (%1).</translation>
        </message>
        <message>
            <source>Reminders are off.</source>
            <translation>التذكيرات متوقفة.</translation>
        </message>
        <message>
            <source>Reminders were already off.</source>
            <translation>كانت التذكيرات متوقفة بالفعل.</translation>
        </message>
        <message>
            <source>systemctl did not answer</source>
            <translation>لم يُجب systemctl</translation>
        </message>
        <message>
            <source>systemctl ended with code %1</source>
            <translation>انتهى systemctl بالرمز %1</translation>
        </message>
        <message>
            <source>the reminder schedule is already being changed</source>
            <translation>جدول التذكيرات قيد التغيير بالفعل</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::ResourceChooser</name>
        <message>
            <source>Tok&amp;ens of</source>
            <translation>رموز (&amp;E)</translation>
        </message>
        <message>
            <source>Sho&amp;w</source>
            <translation>عرض (&amp;W)</translation>
        </message>
        <message>
            <source>Type any part of a group's or project's path to find it.</source>
            <translation>اكتب أي جزء من مسار مجموعة أو مشروع للعثور عليه.</translation>
        </message>
        <message>
            <source>Group or project path</source>
            <translation>مسار المجموعة أو المشروع</translation>
        </message>
        <message>
            <source>Reading your groups and projects…</source>
            <translation>جارٍ قراءة مجموعاتك ومشاريعك…</translation>
        </message>
        <message>
            <source>Could not read the groups and projects whose tokens you may manage.</source>
            <translation>تعذّرت قراءة المجموعات والمشاريع التي يمكنك إدارة رموزها.</translation>
        </message>
        <message>
            <source>Personal</source>
            <translation>الشخصية</translation>
        </message>
        <message>
            <source>All my resources</source>
            <translation>كل مواردي</translation>
        </message>
        <message>
            <source>%1 (group)</source>
            <translation>%1 (مجموعة)</translation>
        </message>
        <message>
            <source>%1 (project)</source>
            <translation>%1 (مشروع)</translation>
        </message>
        <message>
            <source>No group or project matches "%1".</source>
            <translation>لا توجد مجموعة أو مشروع يطابق «%1».</translation>
        </message>
        <message numerus="yes">
            <source>%n group(s) and project(s) match "%1": choose one from the list.</source>
            <translation>
                <numerusform>لا يطابق «%1» أي مجموعة أو مشروع.</numerusform>
                <numerusform>تطابق «%1» مجموعة أو مشروع واحد: اختره من القائمة.</numerusform>
                <numerusform>تطابق «%1» مجموعتان أو مشروعان: اختر أحدهما من القائمة.</numerusform>
                <numerusform>تطابق «%1» %n من المجموعات والمشاريع: اختر أحدها من القائمة.</numerusform>
                <numerusform>تطابق «%1» %n من المجموعات والمشاريع: اختر أحدها من القائمة.</numerusform>
                <numerusform>تطابق «%1» %n من المجموعات والمشاريع: اختر أحدها من القائمة.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::ResourceNavigation</name>
        <message>
            <source>Could not show the tokens of %1.</source>
            <translation>تعذّر عرض رموز %1.</translation>
        </message>
        <message>
            <source>This account has no group or project access tokens.</source>
            <translation>ليس لهذا الحساب رموز وصول لمجموعات أو مشاريع.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::ResourceOverviewModel</name>
        <message>
            <source>Group %1</source>
            <translation>المجموعة %1</translation>
        </message>
        <message>
            <source>Project %1</source>
            <translation>المشروع %1</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>المورد</translation>
        </message>
        <message>
            <source>Token name</source>
            <translation>اسم الرمز</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>النطاقات</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>الانتهاء</translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <translation>%1 في %2</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::ResourceOverviewPage</name>
        <message>
            <source>7 days</source>
            <translation>7 أيام</translation>
        </message>
        <message>
            <source>14 days</source>
            <translation>14 يومًا</translation>
        </message>
        <message>
            <source>30 days</source>
            <translation>30 يومًا</translation>
        </message>
        <message>
            <source>90 days</source>
            <translation>90 يومًا</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>أي وقت</translation>
        </message>
        <message>
            <source>Open resource</source>
            <translation>فتح المورد</translation>
        </message>
        <message>
            <source>Open resource %1</source>
            <translation>فتح المورد %1</translation>
        </message>
        <message>
            <source>Reading your groups and projects…</source>
            <translation>جارٍ قراءة مجموعاتك ومشاريعك…</translation>
        </message>
        <message>
            <source>Reading the tokens of your groups and projects (%1 of %2)…</source>
            <translation>جارٍ قراءة رموز مجموعاتك ومشاريعك (%1 من %2)…</translation>
        </message>
        <message numerus="yes">
            <source>%n group(s) and project(s) read.</source>
            <translation>
                <numerusform>لم تُقرأ أي مجموعة أو مشروع.</numerusform>
                <numerusform>قُرئت مجموعة أو مشروع واحد.</numerusform>
                <numerusform>قُرئت مجموعتان أو مشروعان.</numerusform>
                <numerusform>قُرئت %n من المجموعات والمشاريع.</numerusform>
                <numerusform>قُرئت %n من المجموعات والمشاريع.</numerusform>
                <numerusform>قُرئت %n من المجموعات والمشاريع.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Could not read the tokens of %n group(s) or project(s):</source>
            <translation>
                <numerusform>لم تتعذّر قراءة رموز أي مجموعة أو مشروع:</numerusform>
                <numerusform>تعذّرت قراءة رموز مجموعة أو مشروع واحد:</numerusform>
                <numerusform>تعذّرت قراءة رموز مجموعتين أو مشروعين:</numerusform>
                <numerusform>تعذّرت قراءة رموز %n من المجموعات أو المشاريع:</numerusform>
                <numerusform>تعذّرت قراءة رموز %n من المجموعات أو المشاريع:</numerusform>
                <numerusform>تعذّرت قراءة رموز %n من المجموعات أو المشاريع:</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Could not read your groups and projects: %1</source>
            <translation>تعذّرت قراءة مجموعاتك ومشاريعك: %1</translation>
        </message>
        <message>
            <source>Group and project access tokens</source>
            <translation>رموز وصول المجموعات والمشاريع</translation>
        </message>
        <message>
            <source>Group and project access tokens (%1)</source>
            <translation>رموز وصول المجموعات والمشاريع (%1)</translation>
        </message>
        <message numerus="yes">
            <source>No group or project token expires within %n day(s).</source>
            <translation>
                <numerusform>لا ينتهي أي رمز مجموعة أو مشروع اليوم.</numerusform>
                <numerusform>لا ينتهي أي رمز مجموعة أو مشروع خلال يوم واحد.</numerusform>
                <numerusform>لا ينتهي أي رمز مجموعة أو مشروع خلال يومين.</numerusform>
                <numerusform>لا ينتهي أي رمز مجموعة أو مشروع خلال %n أيام.</numerusform>
                <numerusform>لا ينتهي أي رمز مجموعة أو مشروع خلال %n يومًا.</numerusform>
                <numerusform>لا ينتهي أي رمز مجموعة أو مشروع خلال %n يوم.</numerusform>
            </translation>
        </message>
        <message>
            <source>No active group or project token.</source>
            <translation>لا يوجد رمز نشط لمجموعة أو مشروع.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::SecretDialog</name>
        <message>
            <source>It expires on %1 at 00:00 UTC.</source>
            <translation>ينتهي في %1 عند 00:00 بالتوقيت العالمي.</translation>
        </message>
        <message>
            <source>It does not expire.</source>
            <translation>لا ينتهي.</translation>
        </message>
        <message>
            <source>Token "%1" was created.</source>
            <translation>أُنشئ الرمز «%1».</translation>
        </message>
        <message>
            <source>Your new group or project access token</source>
            <translation>رمز وصول المجموعة أو المشروع الجديد</translation>
        </message>
        <message>
            <source>&amp;Your new group or project access token</source>
            <translation>رمز وصول المجموعة أو المشروع الجديد (&amp;Y)</translation>
        </message>
        <message>
            <source>Saving to the keychain…</source>
            <translation>جارٍ الحفظ في سلسلة المفاتيح…</translation>
        </message>
        <message>
            <source>Saved to the keychain.</source>
            <translation>حُفظ في سلسلة المفاتيح.</translation>
        </message>
        <message numerus="yes">
            <source>Copied. The clipboard will be cleared in %n second(s).</source>
            <translation>
                <numerusform>نُسخ. ستُمسح الحافظة الآن.</numerusform>
                <numerusform>نُسخ. ستُمسح الحافظة بعد ثانية واحدة.</numerusform>
                <numerusform>نُسخ. ستُمسح الحافظة بعد ثانيتين.</numerusform>
                <numerusform>نُسخ. ستُمسح الحافظة بعد %n ثوانٍ.</numerusform>
                <numerusform>نُسخ. ستُمسح الحافظة بعد %n ثانية.</numerusform>
                <numerusform>نُسخ. ستُمسح الحافظة بعد %n ثانية.</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied.</source>
            <translation>نُسخ.</translation>
        </message>
        <message>
            <source>Close without copying or saving?</source>
            <translation>هل تريد الإغلاق دون نسخ أو حفظ؟</translation>
        </message>
        <message>
            <source>Close without copying?</source>
            <translation>هل تريد الإغلاق دون نسخ؟</translation>
        </message>
        <message>
            <source>You have neither copied nor saved your new token.</source>
            <translation>لم تنسخ رمزك الجديد ولم تحفظه.</translation>
        </message>
        <message>
            <source>You have not copied your new token.</source>
            <translation>لم تنسخ رمزك الجديد.</translation>
        </message>
        <message>
            <source>Once this dialog is closed, the token can't be shown again.</source>
            <translation>بعد إغلاق هذه النافذة، لا يمكن عرض الرمز مجددًا.</translation>
        </message>
        <message>
            <source>Close without copying</source>
            <translation>الإغلاق دون نسخ</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>رجوع</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::SecretVault</name>
        <message>
            <source>No keychain service is running. Start GNOME Keyring or KWallet (any Secret Service provider) in your desktop session and try again.</source>
            <translation>لا تعمل أي خدمة لسلسلة المفاتيح. شغّل GNOME Keyring أو KWallet (أي موفّر لـSecret Service) في جلسة سطح المكتب وحاول مجددًا.</translation>
        </message>
        <message>
            <source>The keychain refused access: it is locked or the request was denied. Unlock your keyring (for example in "Passwords and Keys") and try again.</source>
            <translation>رفضت سلسلة المفاتيح الوصول: إنها مقفلة أو رُفض الطلب. افتح قفل حلقة المفاتيح (مثلًا في «كلمات السر والمفاتيح») وحاول مجددًا.</translation>
        </message>
        <message>
            <source>%1 The keychain said: %2</source>
            <translation>%1 قالت سلسلة المفاتيح: %2</translation>
        </message>
        <message>
            <source>There is no secret to save.</source>
            <translation>لا يوجد سر لحفظه.</translation>
        </message>
        <message>
            <source>Could not save the secret to the keychain.</source>
            <translation>تعذّر حفظ السر في سلسلة المفاتيح.</translation>
        </message>
        <message>
            <source>The keychain did not return the secret of token %1. If your keyring is locked, unlock it and try again; if the entry was deleted in your keyring manager, forget the token's secret in TokenDesk.</source>
            <translation>لم تُعِد سلسلة المفاتيح سر الرمز %1. إن كانت حلقة المفاتيح مقفلة، فافتح قفلها وحاول مجددًا؛ وإن كان المُدخل قد حُذف في مدير حلقة المفاتيح، فانسَ سر الرمز في TokenDesk.</translation>
        </message>
        <message>
            <source>No secret is saved in the keychain for token %1.</source>
            <translation>لا يوجد سر محفوظ في سلسلة المفاتيح للرمز %1.</translation>
        </message>
        <message>
            <source>Could not read the secret from the keychain.</source>
            <translation>تعذّرت قراءة السر من سلسلة المفاتيح.</translation>
        </message>
        <message>
            <source>Could not delete the secret from the keychain.</source>
            <translation>تعذّر حذف السر من سلسلة المفاتيح.</translation>
        </message>
        <message>
            <source>Could not save the account's access token to the keychain.</source>
            <translation>تعذّر حفظ رمز وصول الحساب في سلسلة المفاتيح.</translation>
        </message>
        <message>
            <source>No access token is saved in the keychain for the account %1.</source>
            <translation>لا يوجد رمز وصول محفوظ في سلسلة المفاتيح للحساب %1.</translation>
        </message>
        <message>
            <source>Could not read the account's access token from the keychain.</source>
            <translation>تعذّرت قراءة رمز وصول الحساب من سلسلة المفاتيح.</translation>
        </message>
        <message>
            <source>Could not delete the account's access token from the keychain.</source>
            <translation>تعذّر حذف رمز وصول الحساب من سلسلة المفاتيح.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenActionsController</name>
        <message>
            <source>Could not revoke the token '%1': GitLab refused the account's access token, so the token was not revoked.</source>
            <translation>تعذّر إبطال الرمز «%1»: رفض GitLab رمز وصول الحساب، لذا لم يُبطَل الرمز.</translation>
        </message>
        <message>
            <source>Could not revoke the token '%1'.</source>
            <translation>تعذّر إبطال الرمز «%1».</translation>
        </message>
        <message>
            <source>The token '%1' was revoked, but its saved secret could not be deleted from the keychain.</source>
            <translation>أُبطل الرمز «%1»، لكن تعذّر حذف سره المحفوظ من سلسلة المفاتيح.</translation>
        </message>
        <message>
            <source>Revoked the token '%1' and deleted its saved secret.</source>
            <translation>أُبطل الرمز «%1» وحُذف سره المحفوظ.</translation>
        </message>
        <message>
            <source>Revoked the token '%1'.</source>
            <translation>أُبطل الرمز «%1».</translation>
        </message>
        <message>
            <source>Could not rotate the token '%1': GitLab refused the account's access token, so the token was not rotated and is unchanged.</source>
            <translation>تعذّر تدوير الرمز «%1»: رفض GitLab رمز وصول الحساب، لذا لم يُدوَّر الرمز وبقي دون تغيير.</translation>
        </message>
        <message>
            <source>Could not rotate the token '%1'.</source>
            <translation>تعذّر تدوير الرمز «%1».</translation>
        </message>
        <message>
            <source>Rotated the token '%1'.</source>
            <translation>دُوِّر الرمز «%1».</translation>
        </message>
        <message>
            <source>Could not create the token '%1': GitLab refused the account's access token, so nothing was created. The form keeps what you entered.</source>
            <translation>تعذّر إنشاء الرمز «%1»: رفض GitLab رمز وصول الحساب، لذا لم يُنشأ شيء. يحتفظ النموذج بما أدخلته.</translation>
        </message>
        <message>
            <source>Could not create the token.</source>
            <translation>تعذّر إنشاء الرمز.</translation>
        </message>
        <message>
            <source>Created the token '%1'.</source>
            <translation>أُنشئ الرمز «%1».</translation>
        </message>
        <message>
            <source>Added the token '%1'.</source>
            <translation>أُضيف الرمز «%1».</translation>
        </message>
        <message>
            <source>Not saved to the keychain: %1</source>
            <translation>لم يُحفظ في سلسلة المفاتيح: %1</translation>
        </message>
        <message>
            <source>Could not copy the token '%1' from the keychain.</source>
            <translation>تعذّر نسخ الرمز «%1» من سلسلة المفاتيح.</translation>
        </message>
        <message numerus="yes">
            <source>Copied the token '%1' from the keychain. The clipboard will be cleared in %n second(s).</source>
            <translation>
                <numerusform>نُسخ الرمز «%1» من سلسلة المفاتيح. ستُمسح الحافظة الآن.</numerusform>
                <numerusform>نُسخ الرمز «%1» من سلسلة المفاتيح. ستُمسح الحافظة بعد ثانية واحدة.</numerusform>
                <numerusform>نُسخ الرمز «%1» من سلسلة المفاتيح. ستُمسح الحافظة بعد ثانيتين.</numerusform>
                <numerusform>نُسخ الرمز «%1» من سلسلة المفاتيح. ستُمسح الحافظة بعد %n ثوانٍ.</numerusform>
                <numerusform>نُسخ الرمز «%1» من سلسلة المفاتيح. ستُمسح الحافظة بعد %n ثانية.</numerusform>
                <numerusform>نُسخ الرمز «%1» من سلسلة المفاتيح. ستُمسح الحافظة بعد %n ثانية.</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied the token '%1' from the keychain.</source>
            <translation>نُسخ الرمز «%1» من سلسلة المفاتيح.</translation>
        </message>
        <message>
            <source>Could not delete the saved secret of '%1' from the keychain.</source>
            <translation>تعذّر حذف السر المحفوظ لـ«%1» من سلسلة المفاتيح.</translation>
        </message>
        <message>
            <source>Deleted the saved secret of '%1' from the keychain.</source>
            <translation>حُذف السر المحفوظ لـ«%1» من سلسلة المفاتيح.</translation>
        </message>
        <message>
            <source>'%1' is not a host name.</source>
            <translation>«%1» ليس اسم مضيف.</translation>
        </message>
        <message>
            <source>Enter a host name such as gitlab.com.</source>
            <translation>أدخل اسم مضيف مثل gitlab.com.</translation>
        </message>
        <message>
            <source>Could not set up git for %1.</source>
            <translation>تعذّر إعداد git لـ%1.</translation>
        </message>
        <message>
            <source>git will use the token '%1' for %2.</source>
            <translation>سيستخدم git الرمز «%1» مع %2.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenBackend</name>
        <message>
            <source>This backend creates tokens only for you.</source>
            <translation>لا تنشئ هذه الواجهة الخلفية رموزًا إلا لك.</translation>
        </message>
        <message>
            <source>This backend has no group or project access tokens.</source>
            <translation>ليس لهذه الواجهة الخلفية رموز وصول لمجموعات أو مشاريع.</translation>
        </message>
        <message>
            <source>Only administrators can list every user's tokens.</source>
            <translation>لا يمكن إلا للمسؤولين عرض رموز جميع المستخدمين.</translation>
        </message>
        <message>
            <source>This backend cannot look up users.</source>
            <translation>لا تستطيع هذه الواجهة الخلفية البحث عن المستخدمين.</translation>
        </message>
        <message>
            <source>This backend cannot revoke a token by its secret.</source>
            <translation>لا تستطيع هذه الواجهة الخلفية إبطال رمز بسره.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenDetailsPane</name>
        <message>
            <source>Select a token to see its details.</source>
            <translation>حدّد رمزًا لرؤية تفاصيله.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <source>None</source>
            <translation>لا يوجد</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>المجموعة</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>المشروع</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <source>Scopes:</source>
            <translation>النطاقات:</translation>
        </message>
        <message>
            <source>  None</source>
            <translation>  لا يوجد</translation>
        </message>
        <message>
            <source>  %1: %2</source>
            <translation>  %1: %2</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>تاريخ الإنشاء</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>آخر استخدام</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>أبدًا</translation>
        </message>
        <message>
            <source>Last used from</source>
            <translation>آخر استخدام من</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>غير مسجَّل</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>ينتهي</translation>
        </message>
        <message>
            <source>%1 (00:00 UTC)</source>
            <translation>%1 (00:00 بالتوقيت العالمي)</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>مُبطَل</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>منتهٍ</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>نشط</translation>
        </message>
        <message>
            <source>State</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>No</source>
            <translation>لا</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenForm</name>
        <message>
            <source>The token expires at 00:00 UTC on this date.</source>
            <translation>ينتهي الرمز عند 00:00 بالتوقيت العالمي في هذا التاريخ.</translation>
        </message>
        <message>
            <source>Alt+Down opens a calendar.</source>
            <translation>يفتح Alt+Down تقويمًا.</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>الشهر السابق</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>الشهر التالي</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>السنة</translation>
        </message>
        <message>
            <source>Only administrators can grant this scope.</source>
            <translation>لا يستطيع منح هذا النطاق إلا المسؤولون.</translation>
        </message>
        <message>
            <source>Add a personal access token</source>
            <translation>إضافة رمز وصول شخصي</translation>
        </message>
        <message>
            <source>&amp;Create personal access token</source>
            <translation>إنشاء رمز وصول شخصي (&amp;C)</translation>
        </message>
        <message>
            <source>Add a group access token</source>
            <translation>إضافة رمز وصول مجموعة</translation>
        </message>
        <message>
            <source>&amp;Create group access token</source>
            <translation>إنشاء رمز وصول مجموعة (&amp;C)</translation>
        </message>
        <message>
            <source>Add a project access token</source>
            <translation>إضافة رمز وصول مشروع</translation>
        </message>
        <message>
            <source>&amp;Create project access token</source>
            <translation>إنشاء رمز وصول مشروع (&amp;C)</translation>
        </message>
        <message>
            <source>The token acts as a bot member of the group or project with this role.</source>
            <translation>يعمل الرمز بصفة عضو بوت في المجموعة أو المشروع بهذا الدور.</translation>
        </message>
        <message>
            <source>The token acts as a bot member with this role; your own role there is %1.</source>
            <translation>يعمل الرمز بصفة عضو بوت بهذا الدور؛ ودورك أنت هناك %1.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenOperations</name>
        <message>
            <source>No keychain is available.</source>
            <translation>لا تتوفر سلسلة مفاتيح.</translation>
        </message>
        <message>
            <source>'%1' is not a host name. Enter a host name such as gitlab.com.</source>
            <translation>«%1» ليس اسم مضيف. أدخل اسم مضيف مثل gitlab.com.</translation>
        </message>
        <message>
            <source>This token belongs to another GitLab user, not to %1.</source>
            <translation>هذا الرمز يخص مستخدم GitLab آخر، لا %1.</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenQueryControls</name>
        <message>
            <source>Expiration date, soonest first</source>
            <translation>تاريخ الانتهاء، الأقرب أولًا</translation>
        </message>
        <message>
            <source>Expiration date, latest first</source>
            <translation>تاريخ الانتهاء، الأبعد أولًا</translation>
        </message>
        <message>
            <source>Created, newest first</source>
            <translation>تاريخ الإنشاء، الأحدث أولًا</translation>
        </message>
        <message>
            <source>Created, oldest first</source>
            <translation>تاريخ الإنشاء، الأقدم أولًا</translation>
        </message>
        <message>
            <source>Last used, most recent first</source>
            <translation>آخر استخدام، الأحدث أولًا</translation>
        </message>
        <message>
            <source>Last used, least recent first</source>
            <translation>آخر استخدام، الأقدم أولًا</translation>
        </message>
        <message>
            <source>Name, A to Z</source>
            <translation>الاسم، من A إلى Z</translation>
        </message>
        <message>
            <source>Name, Z to A</source>
            <translation>الاسم، من Z إلى A</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenTableModel</name>
        <message>
            <source>Token name</source>
            <translation>اسم الرمز</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>النطاقات</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>الإنشاء</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>آخر استخدام</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>الانتهاء</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Revoked or expired on</source>
            <translation>أُبطل أو انتهى في</translation>
        </message>
        <message>
            <source>In keychain</source>
            <translation>في سلسلة المفاتيح</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>الدور</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::TokenTableView</name>
        <message>
            <source>Token actions</source>
            <translation>إجراءات الرمز</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>إبطال</translation>
        </message>
        <message>
            <source>Active group access tokens (%1)</source>
            <translation>رموز وصول المجموعة النشطة (%1)</translation>
        </message>
        <message>
            <source>Active group access tokens</source>
            <translation>رموز وصول المجموعة النشطة</translation>
        </message>
        <message>
            <source>Inactive group access tokens (%1)</source>
            <translation>رموز وصول المجموعة غير النشطة (%1)</translation>
        </message>
        <message>
            <source>Inactive group access tokens</source>
            <translation>رموز وصول المجموعة غير النشطة</translation>
        </message>
        <message>
            <source>Active project access tokens (%1)</source>
            <translation>رموز وصول المشروع النشطة (%1)</translation>
        </message>
        <message>
            <source>Active project access tokens</source>
            <translation>رموز وصول المشروع النشطة</translation>
        </message>
        <message>
            <source>Inactive project access tokens (%1)</source>
            <translation>رموز وصول المشروع غير النشطة (%1)</translation>
        </message>
        <message>
            <source>Inactive project access tokens</source>
            <translation>رموز وصول المشروع غير النشطة</translation>
        </message>
        <message>
            <source>Active personal access tokens (%1)</source>
            <translation>رموز الوصول الشخصية النشطة (%1)</translation>
        </message>
        <message>
            <source>Active personal access tokens</source>
            <translation>رموز الوصول الشخصية النشطة</translation>
        </message>
        <message>
            <source>Inactive personal access tokens (%1)</source>
            <translation>رموز الوصول الشخصية غير النشطة (%1)</translation>
        </message>
        <message>
            <source>Inactive personal access tokens</source>
            <translation>رموز الوصول الشخصية غير النشطة</translation>
        </message>
        <message>
            <source>No active token matches the search.</source>
            <translation>لا يطابق البحثَ أي رمز نشط.</translation>
        </message>
        <message>
            <source>No inactive token matches the search.</source>
            <translation>لا يطابق البحثَ أي رمز غير نشط.</translation>
        </message>
        <message>
            <source>This group has no active group access tokens.</source>
            <translation>ليس لهذه المجموعة رموز وصول نشطة.</translation>
        </message>
        <message>
            <source>This group has no inactive group access tokens.</source>
            <translation>ليس لهذه المجموعة رموز وصول غير نشطة.</translation>
        </message>
        <message>
            <source>This project has no active project access tokens.</source>
            <translation>ليس لهذا المشروع رموز وصول نشطة.</translation>
        </message>
        <message>
            <source>This project has no inactive project access tokens.</source>
            <translation>ليس لهذا المشروع رموز وصول غير نشطة.</translation>
        </message>
        <message>
            <source>This user has no active personal access tokens.</source>
            <translation>ليس لهذا المستخدم رموز وصول شخصية نشطة.</translation>
        </message>
        <message>
            <source>This user has no inactive personal access tokens.</source>
            <translation>ليس لهذا المستخدم رموز وصول شخصية غير نشطة.</translation>
        </message>
        <message>
            <source>%1+</source>
            <translation>%1+</translation>
        </message>
        <message>
            <source>Rotate %1</source>
            <translation>تدوير %1</translation>
        </message>
        <message>
            <source>Revoke %1</source>
            <translation>إبطال %1</translation>
        </message>
        <message>
            <source>Copy from keychain %1</source>
            <translation>نسخ %1 من سلسلة المفاتيح</translation>
        </message>
        <message>
            <source>Use %1 for git on a host…</source>
            <translation>استخدام %1 مع git على مضيف…</translation>
        </message>
        <message>
            <source>Create similar %1</source>
            <translation>إنشاء رمز مماثل لـ%1</translation>
        </message>
        <message>
            <source>Delete the saved secret of %1</source>
            <translation>حذف السر المحفوظ لـ%1</translation>
        </message>
    </context>
    <context>
        <name>TokenDesk::WindowLauncher</name>
        <message>
            <source>TokenDesk has no account %1. It may have been removed; connect to it again to manage its tokens.</source>
            <translation>ليس لدى TokenDesk حساب %1. ربما أُزيل؛ اتصل به مجددًا لإدارة رموزه.</translation>
        </message>
        <message>
            <source>This window shows the token store %1, not %2.</source>
            <translation>تعرض هذه النافذة مخزن الرموز %1، لا %2.</translation>
        </message>
        <message>
            <source>%1 has no group or project access tokens, so it has no token of %2.</source>
            <translation>ليس لدى %1 رموز وصول لمجموعات أو مشاريع، لذا ليس لديه أي رمز لـ%2.</translation>
        </message>
        <message>
            <source>%1 is not among the groups and projects whose tokens %2 manages.</source>
            <translation>%1 ليس من المجموعات والمشاريع التي يدير %2 رموزها.</translation>
        </message>
        <message>
            <source>There is no token with ID %1 in %2. It may have been deleted, or it belongs to another account.</source>
            <translation>لا يوجد رمز بالمعرّف %1 في %2. ربما حُذف، أو أنه يخص حسابًا آخر.</translation>
        </message>
        <message>
            <source>Could not read the token with ID %1 from %2: %3</source>
            <translation>تعذّرت قراءة الرمز ذي المعرّف %1 من %2: %3</translation>
        </message>
        <message>
            <source>The token '%1' is revoked already: there is nothing to rotate.</source>
            <translation>الرمز «%1» مُبطَل بالفعل: لا يوجد ما يُدوَّر.</translation>
        </message>
        <message>
            <source>Cannot show the token</source>
            <translation>يتعذّر عرض الرمز</translation>
        </message>
    </context>
    <context>
        <name>TokenDetailsPane</name>
        <message>
            <source>Det&amp;ails</source>
            <translation>التفاصيل (&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>TokenFilterBar</name>
        <message>
            <source>Created &amp;before</source>
            <translation>أُنشئ قبل (&amp;B)</translation>
        </message>
        <message>
            <source>Created a&amp;fter</source>
            <translation>أُنشئ بعد (&amp;F)</translation>
        </message>
        <message>
            <source>Ex&amp;pires before</source>
            <translation>ينتهي قبل (&amp;P)</translation>
        </message>
        <message>
            <source>Expires after</source>
            <translation>ينتهي بعد</translation>
        </message>
        <message>
            <source>&amp;Last used before</source>
            <translation>آخر استخدام قبل (&amp;L)</translation>
        </message>
        <message>
            <source>Last &amp;used after</source>
            <translation>آخر استخدام بعد (&amp;U)</translation>
        </message>
        <message>
            <source>Clear f&amp;ilters</source>
            <translation>مسح المرشّحات (&amp;I)</translation>
        </message>
    </context>
    <context>
        <name>TokenForm</name>
        <message>
            <source>Add a personal access token</source>
            <translation>إضافة رمز وصول شخصي</translation>
        </message>
        <message>
            <source>Token &amp;name</source>
            <translation>اسم الرمز (&amp;N)</translation>
        </message>
        <message>
            <source>For example, the application using the token or the purpose of the token.</source>
            <translation>مثلًا: التطبيق الذي يستخدم الرمز أو الغرض منه.</translation>
        </message>
        <message>
            <source>Token &amp;description</source>
            <translation>وصف الرمز (&amp;D)</translation>
        </message>
        <message>
            <source>Optional; at most 255 characters.</source>
            <translation>اختياري؛ 255 حرفًا على الأكثر.</translation>
        </message>
        <message>
            <source>E&amp;xpiration date</source>
            <translation>تاريخ الانتهاء (&amp;X)</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>الدور (&amp;R)</translation>
        </message>
        <message>
            <source>The token acts as a bot member of the group or project with this role.</source>
            <translation>يعمل الرمز بصفة عضو بوت في المجموعة أو المشروع بهذا الدور.</translation>
        </message>
        <message>
            <source>Select &amp;scopes</source>
            <translation>اختيار النطاقات (&amp;S)</translation>
        </message>
        <message>
            <source>Scopes set the permission levels granted to the token.</source>
            <translation>تحدد النطاقات مستويات الأذونات الممنوحة للرمز.</translation>
        </message>
        <message>
            <source>&amp;Create personal access token</source>
            <translation>إنشاء رمز وصول شخصي (&amp;C)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
    </context>
    <context>
        <name>TokenListPrinter</name>
        <message>
            <source>revoked</source>
            <translation>مُبطَل</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>منتهٍ</translation>
        </message>
        <message>
            <source>active</source>
            <translation>نشط</translation>
        </message>
        <message>
            <source>never</source>
            <translation>أبدًا</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>المعرّف</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>ROLE</source>
            <translation>الدور</translation>
        </message>
        <message>
            <source>SCOPES</source>
            <translation>النطاقات</translation>
        </message>
        <message>
            <source>EXPIRES</source>
            <translation>الانتهاء</translation>
        </message>
        <message>
            <source>LAST USED</source>
            <translation>آخر استخدام</translation>
        </message>
        <message>
            <source>STATUS</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>KEYCHAIN</source>
            <translation>سلسلة المفاتيح</translation>
        </message>
        <message>
            <source>No tokens.</source>
            <translation>لا توجد رموز.</translation>
        </message>
    </context>
    <context>
        <name>TokenRows</name>
        <message>
            <source>The token store is busy: another program kept it locked for more than %1 seconds. Try again.</source>
            <translation>مخزن الرموز مشغول: أبقاه برنامج آخر مقفلًا أكثر من %1 ثانية. حاول مجددًا.</translation>
        </message>
        <message>
            <source>The token store failed: %1</source>
            <translation>فشل مخزن الرموز: %1</translation>
        </message>
        <message>
            <source>There is no token with id %1.</source>
            <translation>لا يوجد رمز بالمعرّف %1.</translation>
        </message>
    </context>
    <context>
        <name>TokenStore</name>
        <message>
            <source>%1 is not a TokenDesk database; it was left untouched.</source>
            <translation>%1 ليس قاعدة بيانات TokenDesk؛ تُرك دون تغيير.</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>تتعذّر قراءة %1: %2</translation>
        </message>
        <message>
            <source>The folder %1 cannot be created.</source>
            <translation>يتعذّر إنشاء المجلد %1.</translation>
        </message>
        <message>
            <source>%1 cannot be opened: %2</source>
            <translation>يتعذّر فتح %1: %2</translation>
        </message>
        <message>
            <source>Only administrators can create tokens with the scope "%1".</source>
            <translation>لا يستطيع إنشاء رموز بالنطاق «%1» إلا المسؤولون.</translation>
        </message>
        <message>
            <source>The token "%1" is already revoked.</source>
            <translation>الرمز «%1» مُبطَل بالفعل.</translation>
        </message>
        <message>
            <source>The token "%1" is already revoked. Rotating it again looks like token reuse, so every token of its rotation family has been revoked.</source>
            <translation>الرمز «%1» مُبطَل بالفعل. تدويره مجددًا يبدو كإعادة استخدام للرمز، لذا أُبطل كل رمز من عائلة تدويره.</translation>
        </message>
        <message>
            <source>This token (id %1) is not one of this group's or project's access tokens.</source>
            <translation>هذا الرمز (المعرّف %1) ليس من رموز وصول هذه المجموعة أو هذا المشروع.</translation>
        </message>
        <message>
            <source>This token is not valid for this store.</source>
            <translation>هذا الرمز غير صالح لهذا المخزن.</translation>
        </message>
        <message>
            <source>This token ("%1") has been revoked.</source>
            <translation>هذا الرمز («%1») مُبطَل.</translation>
        </message>
        <message>
            <source>This token ("%1") expired on %2.</source>
            <translation>هذا الرمز («%1») انتهى في %2.</translation>
        </message>
        <message>
            <source>There is no user %1.</source>
            <translation>لا يوجد مستخدم %1.</translation>
        </message>
        <message>
            <source>The username "%1" cannot be used.</source>
            <translation>لا يمكن استخدام اسم المستخدم «%1».</translation>
        </message>
        <message>
            <source>The username "%1" or the id is taken.</source>
            <translation>اسم المستخدم «%1» أو المعرّف مستخدَم بالفعل.</translation>
        </message>
        <message>
            <source>There is no user with id %1.</source>
            <translation>لا يوجد مستخدم بالمعرّف %1.</translation>
        </message>
        <message>
            <source>Only administrators can create tokens for other users.</source>
            <translation>لا يستطيع إنشاء رموز لمستخدمين آخرين إلا المسؤولون.</translation>
        </message>
        <message>
            <source>Only administrators can list every user's tokens.</source>
            <translation>لا يمكن إلا للمسؤولين عرض رموز جميع المستخدمين.</translation>
        </message>
        <message>
            <source>You need the %1 role on the group "%2" to manage its access tokens; you are not a member there.</source>
            <translation>تحتاج إلى الدور %1 في المجموعة «%2» لإدارة رموز وصولها؛ ولست عضوًا فيها.</translation>
        </message>
        <message>
            <source>You need the %1 role on the project "%2" to manage its access tokens; you are not a member there.</source>
            <translation>تحتاج إلى الدور %1 في المشروع «%2» لإدارة رموز وصوله؛ ولست عضوًا فيه.</translation>
        </message>
        <message>
            <source>You need the %1 role on the group "%2" to manage its access tokens; your role there is %3.</source>
            <translation>تحتاج إلى الدور %1 في المجموعة «%2» لإدارة رموز وصولها؛ ودورك فيها %3.</translation>
        </message>
        <message>
            <source>You need the %1 role on the project "%2" to manage its access tokens; your role there is %3.</source>
            <translation>تحتاج إلى الدور %1 في المشروع «%2» لإدارة رموز وصوله؛ ودورك فيه %3.</translation>
        </message>
        <message>
            <source>The group "%1" has no access token with id %2.</source>
            <translation>ليس للمجموعة «%1» رمز وصول بالمعرّف %2.</translation>
        </message>
        <message>
            <source>The project "%1" has no access token with id %2.</source>
            <translation>ليس للمشروع «%1» رمز وصول بالمعرّف %2.</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>Token name is required.</source>
            <translation>اسم الرمز مطلوب.</translation>
        </message>
        <message>
            <source>Token name is too long (at most %1 characters).</source>
            <translation>اسم الرمز طويل جدًا (%1 حرفًا على الأكثر).</translation>
        </message>
        <message>
            <source>Token name must not contain control characters.</source>
            <translation>يجب ألا يحتوي اسم الرمز على محارف تحكم.</translation>
        </message>
        <message>
            <source>Token description is too long (at most %1 characters).</source>
            <translation>وصف الرمز طويل جدًا (%1 حرفًا على الأكثر).</translation>
        </message>
        <message>
            <source>Select at least one scope.</source>
            <translation>حدّد نطاقًا واحدًا على الأقل.</translation>
        </message>
        <message>
            <source>Unknown scope "%1".</source>
            <translation>نطاق غير معروف «%1».</translation>
        </message>
        <message>
            <source>Expiration date is required.</source>
            <translation>تاريخ الانتهاء مطلوب.</translation>
        </message>
        <message>
            <source>Expiration date must be %1 or later (dates are in UTC).</source>
            <translation>يجب أن يكون تاريخ الانتهاء %1 أو بعده (التواريخ بالتوقيت العالمي).</translation>
        </message>
        <message numerus="yes">
            <source>Expiration date must be %1 or earlier (at most %n day(s) ahead).</source>
            <translation>
                <numerusform>يجب أن يكون تاريخ الانتهاء %1 أو قبله (اليوم على الأكثر).</numerusform>
                <numerusform>يجب أن يكون تاريخ الانتهاء %1 أو قبله (بعد يوم واحد على الأكثر).</numerusform>
                <numerusform>يجب أن يكون تاريخ الانتهاء %1 أو قبله (بعد يومين على الأكثر).</numerusform>
                <numerusform>يجب أن يكون تاريخ الانتهاء %1 أو قبله (بعد %n أيام على الأكثر).</numerusform>
                <numerusform>يجب أن يكون تاريخ الانتهاء %1 أو قبله (بعد %n يومًا على الأكثر).</numerusform>
                <numerusform>يجب أن يكون تاريخ الانتهاء %1 أو قبله (بعد %n يوم على الأكثر).</numerusform>
            </translation>
        </message>
        <message>
            <source>Unknown role %1: choose guest, planner, reporter, developer, maintainer or owner.</source>
            <translation>دور غير معروف %1: اختر guest أو planner أو reporter أو developer أو maintainer أو owner.</translation>
        </message>
        <message>
            <source>The role %1 is above your own role (%2) there.</source>
            <translation>الدور %1 أعلى من دورك أنت (%2) هناك.</translation>
        </message>
        <message>
            <source>Group and project access tokens cannot have the scope "%1".</source>
            <translation>لا يمكن أن يكون لرموز وصول المجموعات والمشاريع النطاق «%1».</translation>
        </message>
    </context>
    <context>
        <name>VerifyCommand</name>
        <message>
            <source>Read one secret from standard input and show the token it belongs to.</source>
            <translation>اقرأ سرًا واحدًا من الدخل القياسي واعرض الرمز الذي يخصه.</translation>
        </message>
        <message>
            <source>The secret is read from standard input (one line; a trailing newline is ignored). It is never accepted as an argument.</source>
            <translation>يُقرأ السر من الدخل القياسي (سطر واحد؛ ويُتجاهل السطر الجديد في آخره). ولا يُقبل أبدًا كوسيط.</translation>
        </message>
        <message>
            <source>verify takes no arguments: it reads the secret from standard input, so that the secret never appears on a command line.</source>
            <translation>لا يقبل verify أي وسائط: يقرأ السر من الدخل القياسي، كي لا يظهر السر أبدًا في سطر أوامر.</translation>
        </message>
        <message>
            <source>Paste the token and press Enter (input is hidden): </source>
            <translation>الصق الرمز واضغط Enter (الإدخال مخفي): </translation>
        </message>
        <message>
            <source>standard input is too long to be a token.</source>
            <translation>الدخل القياسي أطول من أن يكون رمزًا.</translation>
        </message>
        <message>
            <source>no token on standard input; verify reads one token from standard input.</source>
            <translation>لا يوجد رمز في الدخل القياسي؛ يقرأ verify رمزًا واحدًا من الدخل القياسي.</translation>
        </message>
        <message>
            <source>standard input must hold exactly one token, on one line.</source>
            <translation>يجب أن يحتوي الدخل القياسي على رمز واحد بالضبط، في سطر واحد.</translation>
        </message>
    </context>
    <context>
        <name>WhoamiCommand</name>
        <message>
            <source>Show who the GitLab access token signs in as, and the access token itself.</source>
            <translation>اعرض المستخدم الذي يسجّل رمز وصول GitLab الدخول باسمه، ورمز الوصول نفسه.</translation>
        </message>
        <message>
            <source>whoami needs --gitlab URL (or $GITLAB_HOST).</source>
            <translation>يحتاج whoami إلى --gitlab URL (أو $GITLAB_HOST).</translation>
        </message>
        <message>
            <source>the access token lacks the api scope, so it cannot create, rotate or revoke tokens (it has: %1).</source>
            <translation>ينقص رمزَ الوصول النطاقُ api، لذا لا يستطيع إنشاء الرموز أو تدويرها أو إبطالها (نطاقاته: %1).</translation>
        </message>
        <message>
            <source>the access token expires on %1 (at 00:00 UTC); rotate it with '%2 rotate self'.</source>
            <translation>ينتهي رمز الوصول في %1 (عند 00:00 بالتوقيت العالمي)؛ دوِّره بالأمر '%2 rotate self'.</translation>
        </message>
        <message>
            <source>GitLab did not show the access token itself (GET /personal_access_tokens/self failed), so its scopes and expiry are unknown.</source>
            <translation>لم يعرض GitLab رمز الوصول نفسه (فشل GET /personal_access_tokens/self)، لذا فنطاقاته وتاريخ انتهائه غير معروفة.</translation>
        </message>
        <message>
            <source>Instance</source>
            <translation>المثيل</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>اسم المستخدم</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>User ID</source>
            <translation>معرّف المستخدم</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>مسؤول</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>no</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>GitLab version</source>
            <translation>إصدار GitLab</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <source>Access token</source>
            <translation>رمز الوصول</translation>
        </message>
        <message>
            <source>%1 (ID %2)</source>
            <translation>%1 (المعرّف %2)</translation>
        </message>
        <message>
            <source>Its scopes</source>
            <translation>نطاقاته</translation>
        </message>
        <message>
            <source>It expires</source>
            <translation>ينتهي</translation>
        </message>
        <message>
            <source>never</source>
            <translation>أبدًا</translation>
        </message>
        <message>
            <source>%1 (at 00:00 UTC)</source>
            <translation>%1 (عند 00:00 بالتوقيت العالمي)</translation>
        </message>
    </context>
    <context>
        <name>WindowDialogs</name>
        <message>
            <source>About TokenDesk</source>
            <translation>حول TokenDesk</translation>
        </message>
        <message>
            <source>TokenDesk %1</source>
            <translation>TokenDesk %1</translation>
        </message>
        <message>
            <source>Manages GitLab personal access tokens, on a GitLab server or in an offline store on this computer.</source>
            <translation>يدير رموز الوصول الشخصية في GitLab، على خادم GitLab أو في مخزن غير متصل على هذا الحاسوب.</translation>
        </message>
    </context>
    <context>
        <name>WindowProcess</name>
        <message>
            <source>The TokenDesk window (%1) is not installed next to this program or on PATH.</source>
            <translation>نافذة TokenDesk (%1) غير مثبّتة بجوار هذا البرنامج ولا في PATH.</translation>
        </message>
        <message>
            <source>Cannot start %1: %2</source>
            <translation>يتعذّر تشغيل %1: %2</translation>
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
            <translation>إدارة رموز الوصول الشخصية في GitLab.</translation>
        </message>
        <message>
            <source>Open the offline demo store, filled with sample tokens once.</source>
            <translation>افتح مخزن العرض التجريبي غير المتصل، المعبّأ برموز نموذجية مرة واحدة.</translation>
        </message>
        <message>
            <source>Use the token store at &lt;path&gt; (default: $TOKENDESK_STORE, else tokens.sqlite in the application data folder).</source>
            <translation>استخدم مخزن الرموز في &lt;path&gt; (الافتراضي: $TOKENDESK_STORE، وإلا فالملف tokens.sqlite في مجلد بيانات التطبيق).</translation>
        </message>
        <message>
            <source>path</source>
            <translation>path</translation>
        </message>
        <message>
            <source>Print the milliseconds from start until the token table was first painted, then quit (for benchmarks).</source>
            <translation>اطبع عدد الميلي ثانية من البدء حتى أول رسم لجدول الرموز، ثم أنهِ (لقياس الأداء).</translation>
        </message>
        <message>
            <source>With --rotate or --select: the account of the token ("offline" for the token store, or store:&lt;path&gt;).</source>
            <translation>مع --rotate أو --select: حساب الرمز ("offline" لمخزن الرموز، أو store:&lt;path&gt;).</translation>
        </message>
        <message>
            <source>key</source>
            <translation>key</translation>
        </message>
        <message>
            <source>Open the rotate confirmation of the token with this ID.</source>
            <translation>افتح تأكيد التدوير للرمز ذي هذا المعرّف.</translation>
        </message>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>Show the token with this ID, selected.</source>
            <translation>اعرض الرمز ذا هذا المعرّف محدَّدًا.</translation>
        </message>
        <message>
            <source>With --rotate or --select: the token is a group's or project's (group:ID or project:ID).</source>
            <translation>مع --rotate أو --select: الرمز يخص مجموعة أو مشروعًا (group:ID أو project:ID).</translation>
        </message>
        <message>
            <source>resource</source>
            <translation>resource</translation>
        </message>
        <message>
            <source>--demo and --store cannot be combined.</source>
            <translation>لا يمكن الجمع بين --demo و--store.</translation>
        </message>
        <message>
            <source>Give either --rotate or --select.</source>
            <translation>حدّد إما --rotate أو --select.</translation>
        </message>
        <message>
            <source>--rotate and --select need --account.</source>
            <translation>يحتاج --rotate و--select إلى --account.</translation>
        </message>
        <message>
            <source>The token ID must be a positive number.</source>
            <translation>يجب أن يكون معرّف الرمز عددًا موجبًا.</translation>
        </message>
        <message>
            <source>Could not open the token store %1: %2</source>
            <translation>تعذّر فتح مخزن الرموز %1: %2</translation>
        </message>
        <message>
            <source>usage: git-credential-tokendesk get|store|erase
A git credential helper: git runs it, e.g. after
  git config --global credential.https://HOST.helper tokendesk
</source>
            <translation>الاستخدام: git-credential-tokendesk get|store|erase
مساعد اعتماد لـgit: يشغّله git، مثلًا بعد
  git config --global credential.https://HOST.helper tokendesk
</translation>
        </message>
        <message>
            <source>A git credential helper: git runs it to get the access token of a GitLab host that tokendesk-cli git-use (or the window) mapped to a token saved in the keychain. Set it up with tokendesk-cli git-setup, or: git config --global credential.https://HOST.helper tokendesk</source>
            <translation>مساعد اعتماد لـgit: يشغّله git ليحصل على رمز الوصول لمضيف GitLab ربطه tokendesk-cli git-use (أو النافذة) برمز محفوظ في سلسلة المفاتيح. اضبطه بالأمر tokendesk-cli git-setup، أو: git config --global credential.https://HOST.helper tokendesk</translation>
        </message>
        <message>
            <source>get: print the mapped host's username and token for git. store: save nothing. erase: forget the host's mapping (not the secret).</source>
            <translation>get: يطبع لـgit اسم المستخدم والرمز للمضيف المربوط. store: لا يحفظ شيئًا. erase: ينسى ربط المضيف (لا السر).</translation>
        </message>
    </context>
</TS>
