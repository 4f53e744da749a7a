<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>BackupCommand</name>
    <message>
        <source>There are no backups of %1 in %2 yet (one is made each day Masar is used).</source>
        <translation>لا توجد نسخ احتياطية من %1 في %2 بعد (تُنشأ نسخة كل يوم يُستخدم فيه مسار).</translation>
    </message>
    <message>
        <source>Backups of %1, newest first:</source>
        <translation>النسخ الاحتياطية من %1، الأحدث أولًا:</translation>
    </message>
    <message>
        <source>good</source>
        <translation>سليمة</translation>
    </message>
    <message>
        <source>not usable: %1</source>
        <translation>غير صالحة: %1</translation>
    </message>
    <message>
        <source>There is no good backup of %1 to restore.</source>
        <translation>لا توجد نسخة احتياطية سليمة من %1 لاستعادتها.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>لا يمكن استعادة %1: %2</translation>
    </message>
    <message>
        <source>The database %1 is healthy, and the backup is older than it. Nothing was changed; add --force to restore the backup anyway (the database is kept beside it).</source>
        <translation>قاعدة البيانات %1 سليمة، والنسخة الاحتياطية أقدم منها. لم يتغيّر شيء؛ أضِف ‎--force‎ لاستعادة النسخة الاحتياطية مع ذلك (تُحفَظ قاعدة البيانات بجانبها).</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>استُعيدت %1 من %2.</translation>
    </message>
    <message>
        <source>The file that was there is kept as %1.</source>
        <translation>حُفظ الملف الذي كان هناك باسم %1.</translation>
    </message>
</context>
<context>
    <name>BuiltinRoadmaps</name>
    <message>
        <source>There is no built-in roadmap &quot;%1&quot;.</source>
        <translation>لا توجد خارطة طريق مدمجة باسم «%1».</translation>
    </message>
    <message>
        <source>The built-in roadmap &quot;%1&quot; could not be read.</source>
        <translation>تعذّرت قراءة خارطة الطريق المدمجة «%1».</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Masar — a study planner for AI/ML-engineering roadmaps.</source>
        <translation>مسار — مخطِّط دراسة لخرائط طريق هندسة الذكاء الاصطناعي وتعلّم الآلة.</translation>
    </message>
    <message>
        <source>Use the database file PATH instead of the default one.</source>
        <translation>استخدم ملف قاعدة البيانات PATH بدلًا من الملف الافتراضي.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>The roadmap to use (its number).</source>
        <translation>خارطة الطريق المراد استخدامها (رقمها).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The newest good backup is %1.</source>
        <translation>أحدث نسخة احتياطية سليمة هي %1.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>Phases: %1, courses: %2, topics: %3, resources: %4</source>
        <translation>المراحل: %1، الدورات: %2، الموضوعات: %3، المصادر: %4</translation>
    </message>
    <message>
        <source>Total planned effort: %1 (at %2 h/week that is about %3 weeks)</source>
        <translation>إجمالي الجهد المخطط: %1 (بمعدل %2 ساعة أسبوعيًا، أي نحو %3 أسبوعًا)</translation>
    </message>
    <message>
        <source>optional, %1</source>
        <translation>اختياري، %1</translation>
    </message>
    <message>
        <source>Unknown command. Try &quot;masar --help&quot;.</source>
        <translation>أمر غير معروف. جرّب «masar --help».</translation>
    </message>
    <message>
        <source>Roadmaps in %1:</source>
        <translation>خرائط الطريق في %1:</translation>
    </message>
    <message>
        <source>%1 items, %2</source>
        <translation>عدد العناصر %1، %2</translation>
    </message>
    <message>
        <source>Built-in roadmaps:</source>
        <translation>خرائط الطريق المدمجة:</translation>
    </message>
    <message>
        <source>--roadmap needs the number of a roadmap (see &quot;masar roadmaps&quot;).</source>
        <translation>يحتاج ‎--roadmap‎ إلى رقم خارطة طريق (انظر «masar roadmaps»).</translation>
    </message>
    <message>
        <source>Plan from DATE (YYYY-MM-DD) instead of today.</source>
        <translation>خطّط ابتداءً من DATE (YYYY-MM-DD) بدلًا من اليوم.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table, csv or json.</source>
        <translation>صيغة غير معروفة «%1»: استخدم table أو csv أو json.</translation>
    </message>
    <message>
        <source>--from needs a date such as 2026-09-01.</source>
        <translation>يحتاج ‎--from‎ إلى تاريخ مثل 2026-09-01.</translation>
    </message>
    <message>
        <source>Output of &quot;plan&quot;: table, csv or json; of &quot;import&quot;: text or json.</source>
        <translation>مخرجات «plan»: table أو csv أو json؛ ومخرجات «import»: text أو json.</translation>
    </message>
    <message>
        <source>&quot;import&quot;: show what the file holds, add nothing.</source>
        <translation>«import»: اعرض ما يحويه الملف دون إضافة شيء.</translation>
    </message>
    <message>
        <source>&quot;import&quot; needs one file: masar import FILE [--dry-run] [--format text|json].</source>
        <translation>يحتاج «import» إلى ملف واحد: masar import FILE [--dry-run] [--format text|json].</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use text or json.</source>
        <translation>صيغة غير معروفة «%1»: استخدم text أو json.</translation>
    </message>
    <message>
        <source>&quot;export-ics&quot;: only the next N weeks (0: the whole plan).</source>
        <translation>‏&quot;export-ics&quot;: الأسابيع N القادمة فقط (0: الخطة كلها).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>&quot;export-ics&quot; needs one file: masar export-ics FILE [--weeks N] [--roadmap ID].</source>
        <translation>يحتاج ‎&quot;export-ics&quot;‎ ملفًا واحدًا: masar export-ics FILE [--weeks N] [--roadmap ID].</translation>
    </message>
    <message>
        <source>--weeks needs a number of weeks (0: the whole plan).</source>
        <translation>يحتاج ‎--weeks‎ عددًا من الأسابيع (0: الخطة كلها).</translation>
    </message>
    <message>
        <source>&quot;restore&quot;: replace the database even when it is healthy.</source>
        <translation>&quot;restore&quot;: استبدال قاعدة البيانات حتى لو كانت سليمة.</translation>
    </message>
    <message>
        <source>roadmaps: list the roadmaps; summary: summarize a roadmap; plan: print the study plan; import FILE: add a Markdown or JSON roadmap; export-ics FILE: write the study plan as a calendar file; backups: list the automatic backups; restore [BACKUP]: put the newest good backup (or BACKUP) in place of the database. Without a command the window opens.</source>
        <translation>roadmaps: يسرد خرائط الطريق؛ summary: يلخّص خريطة طريق؛ plan: يطبع خطة الدراسة؛ import FILE: يضيف خريطة طريق بصيغة Markdown أو JSON؛ export-ics FILE: يكتب خطة الدراسة ملفَّ تقويم؛ backups: يسرد النسخ الاحتياطية التلقائية؛ restore [BACKUP]: يضع أحدث نسخة احتياطية سليمة (أو BACKUP) مكان قاعدة البيانات. دون أمر تُفتح النافذة.</translation>
    </message>
    <message>
        <source>&quot;restore&quot; takes at most one file: masar restore [BACKUP] [--force].</source>
        <translation>يقبل &quot;restore&quot; ملفًا واحدًا على الأكثر: masar restore [BACKUP] [--force].</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Did you mean &quot;%2&quot;? Try &quot;masar --help&quot;.</source>
        <translation>أمر غير معروف «%1». هل تقصد «%2»؟ جرّب «masar --help».</translation>
    </message>
</context>
<context>
    <name>CompetencyArea</name>
    <message>
        <source>Mathematics</source>
        <translation>الرياضيات</translation>
    </message>
    <message>
        <source>Programming</source>
        <translation>البرمجة</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <source>Machine Learning</source>
        <translation>تعلّم الآلة</translation>
    </message>
    <message>
        <source>Deep Learning</source>
        <translation>التعلّم العميق</translation>
    </message>
    <message>
        <source>MLOps &amp; Deployment</source>
        <translation>عمليات تعلّم الآلة والنشر</translation>
    </message>
    <message>
        <source>LLMs &amp; Generative AI</source>
        <translation>النماذج اللغوية الكبيرة والذكاء التوليدي</translation>
    </message>
    <message>
        <source>Software Engineering</source>
        <translation>هندسة البرمجيات</translation>
    </message>
    <message>
        <source>Professional Skills</source>
        <translation>المهارات المهنية</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>غير مصنّف</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database refused the change: %1</source>
        <translation>رفضت قاعدة البيانات التغيير: %1</translation>
    </message>
    <message>
        <source>There is no roadmap with id %1.</source>
        <translation>لا توجد خارطة طريق بالرقم %1.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>تتعذّر قراءة الملف %1.</translation>
    </message>
    <message>
        <source>The file %1 is not a Masar database (it is not an SQLite file).</source>
        <translation>الملف %1 ليس قاعدة بيانات لمسار (ليس ملف SQLite).</translation>
    </message>
    <message>
        <source>The folder for the database %1 cannot be created.</source>
        <translation>يتعذّر إنشاء مجلد قاعدة البيانات %1.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ليس ملفًا.</translation>
    </message>
    <message>
        <source>The database %1 is read-only. Masar needs to write to it.</source>
        <translation>قاعدة البيانات %1 للقراءة فقط، ومسار يحتاج إلى الكتابة فيها.</translation>
    </message>
    <message>
        <source>The database %1 cannot be created: the folder is not writable.</source>
        <translation>يتعذّر إنشاء قاعدة البيانات %1: لا يمكن الكتابة في المجلد.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>يتعذّر فتح قاعدة البيانات %1: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation>تتعذّر قراءة قاعدة البيانات %1: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). It was not changed.</source>
        <translation>قاعدة البيانات %1 تالفة (%2). لم يُغيَّر فيها شيء.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another program, not a Masar database. It was not changed.</source>
        <translation>الملف %1 قاعدة بيانات SQLite لبرنامج آخر، وليس قاعدة بيانات لمسار. لم يُغيَّر فيه شيء.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Masar (schema %2; this version knows up to %3). It was not changed; please update Masar.</source>
        <translation>كُتبت قاعدة البيانات %1 بإصدار أحدث من مسار (المخطط %2، وهذا الإصدار يعرف حتى %3). لم يُغيَّر فيها شيء؛ يُرجى تحديث مسار.</translation>
    </message>
    <message>
        <source>The database %1 cannot be prepared: %2</source>
        <translation>تتعذّر تهيئة قاعدة البيانات %1: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be written: %2</source>
        <translation>تتعذّر الكتابة في قاعدة البيانات %1: %2</translation>
    </message>
    <message>
        <source>The database %1 could not be upgraded to schema %2: %3</source>
        <translation>تعذّرت ترقية قاعدة البيانات %1 إلى المخطط %2: %3</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>تعذّر حفظ الإعداد: %1</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية %1: %2</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>يتعذّر إنشاء مجلد النسخ الاحتياطية %1.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written.</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية %1.</translation>
    </message>
    <message>
        <source>The database %1 could not be moved aside; nothing was restored.</source>
        <translation>تعذّر نقل قاعدة البيانات %1 جانبًا؛ لم يُستعَد شيء.</translation>
    </message>
    <message>
        <source>The backup %1 could not be copied to %2.</source>
        <translation>تعذّر نسخ النسخة الاحتياطية %1 إلى %2.</translation>
    </message>
    <message>
        <source>The item &quot;%1&quot; is no longer in the database.</source>
        <translation>العنصر «%1» لم يعد موجودًا في قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The note is no longer in the database.</source>
        <translation>لم تعد الملاحظة موجودة في قاعدة البيانات.</translation>
    </message>
    <message>
        <source>A part of the change failed, so none of it was saved.</source>
        <translation>أخفق جزء من التغيير، فلم يُحفظ منه شيء.</translation>
    </message>
    <message>
        <source>The folder of the database %1 is read-only. Masar needs to write beside the database (its journal and backups). Nothing was changed.</source>
        <translation>مجلد قاعدة البيانات %1 للقراءة فقط. يحتاج مسار إلى الكتابة بجانب قاعدة البيانات (سجلّها ونسخها الاحتياطية). لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program. Close that program and try again; nothing was changed.</source>
        <translation>قاعدة البيانات %1 مقفلة من برنامج آخر. أغلِق ذلك البرنامج وحاول مجددًا؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <source>it is not an SQLite file</source>
        <translation>ليس ملف SQLite</translation>
    </message>
    <message>
        <source>it cannot be opened: %1</source>
        <translation>لا يمكن فتحه: %1</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>تالف (%1)</translation>
    </message>
    <message>
        <source>it is not a Masar database</source>
        <translation>ليس قاعدة بيانات لمسار</translation>
    </message>
    <message>
        <source>Another program is using the database and holds it locked, so nothing was changed. Close that program and try again.</source>
        <translation>برنامج آخر يستخدم قاعدة البيانات ويقفلها، لذا لم يتغيّر شيء. أغلِق ذلك البرنامج وحاول مجددًا.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was changed. Free some space and try again.</source>
        <translation>القرص ممتلئ، لذا لم يتغيّر شيء. أفرِغ بعض المساحة وحاول مجددًا.</translation>
    </message>
    <message>
        <source>The database can only be read (its file or folder is read-only), so nothing was changed.</source>
        <translation>قاعدة البيانات للقراءة فقط (ملفها أو مجلدها للقراءة فقط)، لذا لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The disk could not be read or written (%1), so nothing was changed.</source>
        <translation>تعذّرت القراءة من القرص أو الكتابة عليه (%1)، لذا لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The database is damaged (%1), so nothing was changed. Restart Masar to restore the newest good backup.</source>
        <translation>قاعدة البيانات تالفة (%1)، لذا لم يتغيّر شيء. أعِد تشغيل مسار لاستعادة أحدث نسخة احتياطية سليمة.</translation>
    </message>
    <message>
        <source>The database %1 is not open.</source>
        <translation>قاعدة البيانات %1 ليست مفتوحة.</translation>
    </message>
</context>
<context>
    <name>GanttExporter</name>
    <message>
        <source>The picture would be %1 × %2 pixels, too large for an image. Zoom out, export the visible part, or export to PDF, which splits the plan into pages.</source>
        <translation>ستكون الصورة %1 × %2 بكسل، وهذا أكبر مما تحتمله صورة. صغّر العرض، أو صدّر الجزء الظاهر، أو صدّر إلى PDF الذي يقسم الخطة إلى صفحات.</translation>
    </message>
    <message>
        <source>The file or printer could not be written.</source>
        <translation>تعذّرت الكتابة إلى الملف أو الطابعة.</translation>
    </message>
</context>
<context>
    <name>GanttScene</name>
    <message>
        <source>Q%1</source>
        <extracomment>Quarter of the year in the calendar header, e.g. &quot;Q3&quot;</extracomment>
        <translation>الربع %1</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>Masar</source>
        <translation>مسار</translation>
    </message>
    <message>
        <source>The roadmaps in %1 could not be read. %2</source>
        <translation>تعذّرت قراءة خرائط الطريق في %1. %2</translation>
    </message>
</context>
<context>
    <name>IcsCommand</name>
    <message numerus="yes">
        <source>Wrote %Ln event(s) to %1.</source>
        <translation>
            <numerusform>لم يُكتب أي حدث في %1.</numerusform>
            <numerusform>كُتب حدث واحد في %1.</numerusform>
            <numerusform>كُتب حدثان في %1.</numerusform>
            <numerusform>كُتبت %Ln أحداث في %1.</numerusform>
            <numerusform>كُتب %Ln حدثًا في %1.</numerusform>
            <numerusform>كُتب %Ln حدث في %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IcsReader</name>
    <message>
        <source>%1 is too large for a calendar file (more than %2 MB).</source>
        <translation>‏%1 أكبر من أن يكون ملف تقويم (أكثر من %2 ميغابايت).</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>‏%1 فارغ.</translation>
    </message>
    <message>
        <source>%1 is not an iCalendar file.</source>
        <translation>‏%1 ليس ملف iCalendar.</translation>
    </message>
    <message>
        <source>%1 is incomplete: it ends before END:VCALENDAR.</source>
        <translation>‏%1 ناقص: ينتهي قبل END:VCALENDAR.</translation>
    </message>
    <message>
        <source>%1 could not be read as an iCalendar file.</source>
        <translation>تعذّرت قراءة %1 ملفَّ iCalendar.</translation>
    </message>
    <message>
        <source>%1: the event “%2” has no valid start (DTSTART).</source>
        <translation>‏%1: الحدث «%2» بلا بداية صالحة (DTSTART).</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>مشغول</translation>
    </message>
</context>
<context>
    <name>IcsWriter</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>from “%1”</source>
        <translation>من «%1»</translation>
    </message>
    <message>
        <source>share of a section above</source>
        <translation>حصة من قسم أعلى</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>محدَّد يدويًا</translation>
    </message>
    <message>
        <source>default for a %1</source>
        <translation>القيمة الافتراضية لـ%1</translation>
    </message>
    <message>
        <source>states %1 in “%2”</source>
        <translation>يذكر %1 في «%2»</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>Arabic content</source>
        <translation>محتوى عربي</translation>
    </message>
    <message>
        <source>Roadmap: %1</source>
        <translation>خارطة الطريق: %1</translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>الملف: %1 (%2)</translation>
    </message>
    <message>
        <source>Pace: %1 h a week (the document states none)</source>
        <translation>الوتيرة: %1 ساعة أسبوعيًا (لا يذكر المستند وتيرة)</translation>
    </message>
    <message>
        <source>Pace: %1 h a week, from “%2”</source>
        <translation>الوتيرة: %1 ساعة أسبوعيًا، من «%2»</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>ما تُرك:</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>السطر %1: </translation>
    </message>
    <message>
        <source>%1 items, %2 with a duration from the text; total planned effort %3.</source>
        <translation>عدد العناصر %1، منها %2 بمدة مأخوذة من النص؛ إجمالي الجهد المخطط %3.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>الملف %1 غير موجود.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>تعذّرت قراءة %1.</translation>
    </message>
    <message>
        <source>A Masar roadmap file with %1 study sessions and %2 notes.</source>
        <translation>ملف خارطة طريق لمسار، عدد جلسات الدراسة فيه %1 وعدد الملاحظات %2.</translation>
    </message>
    <message>
        <source>Added as roadmap %1 to %2.</source>
        <translation>أُضيفت بوصفها خارطة الطريق رقم %1 إلى %2.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>ملاحظة: %1</translation>
    </message>
</context>
<context>
    <name>MarkdownImporter</name>
    <message numerus="yes">
        <source>%Ln list item(s) nested deeper than %1 levels were kept at level %1.</source>
        <translation>
            <numerusform>لم يتداخل أي عنصر لأكثر من %1 مستوى.</numerusform>
            <numerusform>عنصر قائمة واحد متداخل لأكثر من %1 مستوى أُبقي في المستوى %1.</numerusform>
            <numerusform>عنصرا قائمة متداخلان لأكثر من %1 مستوى أُبقيا في المستوى %1.</numerusform>
            <numerusform>%Ln عناصر قائمة متداخلة لأكثر من %1 مستوى أُبقيت في المستوى %1.</numerusform>
            <numerusform>%Ln عنصرًا متداخلًا لأكثر من %1 مستوى أُبقي في المستوى %1.</numerusform>
            <numerusform>%Ln عنصر متداخل لأكثر من %1 مستوى أُبقي في المستوى %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No roadmap was found in %1: it has no headings, lists or course tables to turn into phases and courses.</source>
        <translation>لم يُعثر على خارطة طريق في %1: ليس فيه عناوين أو قوائم أو جداول دورات تتحوّل إلى مراحل ودورات.</translation>
    </message>
    <message>
        <source>It describes the role, the career or the document rather than something to study.</source>
        <translation>يصف الدور الوظيفي أو المسار المهني أو المستند نفسه، لا شيئًا يُدرس.</translation>
    </message>
    <message>
        <source>It comes before the first section.</source>
        <translation>يسبق القسم الأول.</translation>
    </message>
    <message>
        <source>Code blocks are not imported.</source>
        <translation>لا تُستورد كتل الشيفرة.</translation>
    </message>
    <message>
        <source>HTML is not imported; write tables and lists in Markdown to import them.</source>
        <translation>لا يُستورد HTML؛ اكتب الجداول والقوائم بصيغة Markdown لاستيرادها.</translation>
    </message>
    <message>
        <source>It has no title.</source>
        <translation>ليس له عنوان.</translation>
    </message>
    <message>
        <source>The table has no rows under its header.</source>
        <translation>ليس في الجدول صفوف تحت ترويسته.</translation>
    </message>
    <message>
        <source>The table has no column of titles.</source>
        <translation>ليس في الجدول عمود للعناوين.</translation>
    </message>
    <message>
        <source>A detail that is neither a title, a duration nor a link.</source>
        <translation>تفصيل ليس عنوانًا ولا مدة ولا رابطًا.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>الملف %1 غير موجود.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a roadmap file.</source>
        <translation>%1 مجلد، وليس ملف خارطة طريق.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; roadmap files larger than %3 MB are not imported.</source>
        <translation>حجم %1 هو %2 ميغابايت؛ ولا تُستورد ملفات خرائط الطريق الأكبر من %3 ميغابايت.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>Lines such as “##Month 1” were read as headings, although Markdown needs a space after the #.</source>
        <translation>قُرئت أسطر مثل «##Month 1» عناوينَ، مع أن Markdown يشترط مسافة بعد #.</translation>
    </message>
    <message>
        <source>A link within the document (a table of contents).</source>
        <translation>رابط داخل المستند نفسه (جدول محتويات).</translation>
    </message>
    <message>
        <source>The front matter (metadata at the top, between “---” lines) is not imported.</source>
        <translation>لا تُستورد البيانات الوصفية في أعلى الملف (بين سطري «---»).</translation>
    </message>
</context>
<context>
    <name>Masar::AboutDialog</name>
    <message>
        <source>About Masar</source>
        <translation>عن مسار</translation>
    </message>
    <message>
        <source>KDE KSyntaxHighlighting %1: code in notes is highlighted</source>
        <translation>KDE KSyntaxHighlighting %1: تُلوَّن الشيفرة في الملاحظات</translation>
    </message>
    <message>
        <source>Qt %1 (running on Qt %2), with Qt Charts</source>
        <translation>Qt %1 (ويعمل على Qt %2)، مع Qt Charts</translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <source>QtKeychain %1</source>
        <translation>QtKeychain %1</translation>
    </message>
    <message>
        <source>md4c %1 (Markdown)</source>
        <translation>md4c %1 (Markdown)</translation>
    </message>
    <message>
        <source>libical %1 (calendars)</source>
        <translation>libical %1 (التقويمات)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Masar %1&lt;/h2&gt;&lt;p&gt;A study planner for AI/ML-engineering roadmaps.&lt;/p&gt;&lt;p&gt;License: GNU General Public License, version 3 or later. Masar comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;مسار %1&lt;/h2&gt;&lt;p&gt;مخطِّط دراسة لخرائط طريق هندسة الذكاء الاصطناعي وتعلّم الآلة.&lt;/p&gt;&lt;p&gt;الترخيص: رخصة غنو العمومية، الإصدار 3 أو أحدث. يأتي مسار دون أي ضمان.&lt;/p&gt;&lt;p&gt;بُني باستخدام:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Masar icon</source>
        <translation>أيقونة مسار</translation>
    </message>
</context>
<context>
    <name>Masar::CalDavReply</name>
    <message>
        <source>The server %1 did not accept the user name or the password. Check both and try again.</source>
        <translation>لم يقبل الخادم %1 اسم المستخدم أو كلمة المرور. تحقّق منهما وحاول مجددًا.</translation>
    </message>
    <message>
        <source>The server %1 does not allow this account to do this. Check that the calendar belongs to this account, or ask the server&apos;s administrator for access.</source>
        <translation>لا يسمح الخادم %1 لهذا الحساب بذلك. تحقّق من أن التقويم يخص هذا الحساب، أو اطلب الإذن من مدير الخادم.</translation>
    </message>
    <message>
        <source>The server %1 has nothing at this address. Check the address; the calendar or event may have been deleted.</source>
        <translation>لا يوجد شيء على الخادم %1 في هذا العنوان. تحقّق من العنوان؛ فربما حُذف التقويم أو الحدث.</translation>
    </message>
    <message>
        <source>The server %1 refused the change because it conflicts with what is there (for example, the calendar exists already or the folder for it does not). Check the address and try again.</source>
        <translation>رفض الخادم %1 التغيير لأنه يتعارض مع الموجود (مثلًا: التقويم موجود من قبل، أو المجلد الذي يحويه غير موجود). تحقّق من العنوان وحاول مجددًا.</translation>
    </message>
    <message>
        <source>The item on the server %1 is not the version Masar expected: it was changed, created or deleted elsewhere. Sync again to get the current version.</source>
        <translation>العنصر على الخادم %1 ليس النسخة التي توقّعها مسار: فقد غُيّر أو أُنشئ أو حُذف في مكان آخر. زامن مجددًا للحصول على النسخة الحالية.</translation>
    </message>
    <message>
        <source>The server %1 failed with an internal error (%2). Try again later; if it keeps happening, tell the server&apos;s administrator.</source>
        <translation>أخفق الخادم %1 بخطأ داخلي (%2). حاول لاحقًا؛ وإن تكرّر فأخبر مدير الخادم.</translation>
    </message>
    <message numerus="yes">
        <source>The server %1 did not answer within %Ln second(s). Check your network connection, or try again later.</source>
        <translation>
            <numerusform>لم يُجب الخادم %1 خلال أقل من ثانية. تحقّق من اتصال الشبكة، أو حاول لاحقًا.</numerusform>
            <numerusform>لم يُجب الخادم %1 خلال ثانية واحدة. تحقّق من اتصال الشبكة، أو حاول لاحقًا.</numerusform>
            <numerusform>لم يُجب الخادم %1 خلال ثانيتين. تحقّق من اتصال الشبكة، أو حاول لاحقًا.</numerusform>
            <numerusform>لم يُجب الخادم %1 خلال %Ln ثوانٍ. تحقّق من اتصال الشبكة، أو حاول لاحقًا.</numerusform>
            <numerusform>لم يُجب الخادم %1 خلال %Ln ثانية. تحقّق من اتصال الشبكة، أو حاول لاحقًا.</numerusform>
            <numerusform>لم يُجب الخادم %1 خلال %Ln ثانية. تحقّق من اتصال الشبكة، أو حاول لاحقًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Masar could not set up a secure connection to the server %1 (%2). Check the address and that the server&apos;s certificate is valid.</source>
        <translation>تعذّر على مسار إنشاء اتصال آمن بالخادم %1 (%2). تحقّق من العنوان ومن صلاحية شهادة الخادم.</translation>
    </message>
    <message>
        <source>Masar could not reach the server %1 (%2). Check the address and your network connection, or try again later.</source>
        <translation>تعذّر على مسار الوصول إلى الخادم %1 (%2). تحقّق من العنوان ومن اتصال الشبكة، أو حاول لاحقًا.</translation>
    </message>
    <message>
        <source>The server %1 sent an answer Masar does not understand (%2). Check that the address is the one of a CalDAV server.</source>
        <translation>أرسل الخادم %1 ردًّا لا يفهمه مسار (%2). تحقّق من أن العنوان عنوان خادم CalDAV.</translation>
    </message>
    <message>
        <source>The request to the server %1 was cancelled.</source>
        <translation>أُلغي الطلب إلى الخادم %1.</translation>
    </message>
    <message>
        <source>“%1” is not an address Masar can use for a calendar server. Enter an address that starts with https:// or http://.</source>
        <translation>‏«%1» ليس عنوانًا يستطيع مسار استعماله لخادم تقويم. أدخل عنوانًا يبدأ بـ https://‎ أو http://‎.</translation>
    </message>
    <message>
        <source>The server %1 answered from another address (%2). Enter that address instead.</source>
        <translation>أجاب الخادم %1 من عنوان آخر (%2). أدخل ذلك العنوان بدلًا منه.</translation>
    </message>
</context>
<context>
    <name>Masar::CalendarAccountDialog</name>
    <message>
        <source>Calendar Account</source>
        <translation>حساب التقويم</translation>
    </message>
    <message>
        <source>Masar puts each planned study block in a calendar on your CalDAV server (Nextcloud, Radicale, Fastmail, iCloud …), where your phone can show it. Only Masar&apos;s own events are ever changed.</source>
        <translation>يضع مسار كل فترة دراسة مخطّطة في تقويم على خادم CalDAV الخاص بك (Nextcloud أو Radicale أو Fastmail أو iCloud …) حيث يعرضها هاتفك. لا يغيّر مسار إلا أحداثه هو.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>عنوان &amp;الخادم:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;اسم المستخدم:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة &amp;المرور:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>ت&amp;ذكّر كلمة المرور في سلسلة مفاتيح النظام</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>ا&amp;ختبر الاتصال</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>&amp;New Calendar…</source>
        <translation>تقويم &amp;جديد…</translation>
    </message>
    <message>
        <source>Test the connection first: the new calendar is made on the server.</source>
        <translation>اختبر الاتصال أولًا: يُنشأ التقويم الجديد على الخادم.</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;التقويم:</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>الخطة كلها</translation>
    </message>
    <message>
        <source>Weeks ahead</source>
        <translation>الأسابيع القادمة</translation>
    </message>
    <message>
        <source>&amp;Weeks ahead:</source>
        <translation>&amp;الأسابيع القادمة:</translation>
    </message>
    <message>
        <source>Sync &amp;automatically when the plan changes</source>
        <translation>زامن &amp;تلقائيًا عند تغيّر الخطة</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>تقدّم المزامنة</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>&amp;زامن الآن</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>أ&amp;لغِ المزامنة</translation>
    </message>
    <message>
        <source>&amp;Forget Password</source>
        <translation>ا&amp;نسَ كلمة المرور</translation>
    </message>
    <message>
        <source>The password was removed from the system keychain.</source>
        <translation>أُزيلت كلمة المرور من سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Reading the system keychain…</source>
        <translation>تجري قراءة سلسلة مفاتيح النظام…</translation>
    </message>
    <message>
        <source>%1 The password is asked for in each session and never stored.</source>
        <translation>%1 تُطلب كلمة المرور في كل جلسة ولا تُحفظ أبدًا.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>يجري الاتصال بـ %1…</translation>
    </message>
    <message>
        <source>Connected. The account has no calendar for events yet: make one with New Calendar.</source>
        <translation>تم الاتصال. ليس في الحساب تقويم للأحداث بعد: أنشئ واحدًا بزر «تقويم جديد».</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %Ln calendar(s) found.</source>
        <translation>
            <numerusform>تم الاتصال: لم يوجد أي تقويم.</numerusform>
            <numerusform>تم الاتصال: وُجد تقويم واحد.</numerusform>
            <numerusform>تم الاتصال: وُجد تقويمان.</numerusform>
            <numerusform>تم الاتصال: وُجدت %Ln تقويمات.</numerusform>
            <numerusform>تم الاتصال: وُجد %Ln تقويمًا.</numerusform>
            <numerusform>تم الاتصال: وُجد %Ln تقويم.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Calendar</source>
        <translation>تقويم جديد</translation>
    </message>
    <message>
        <source>Name of the new calendar:</source>
        <translation>اسم التقويم الجديد:</translation>
    </message>
    <message>
        <source>Study plan</source>
        <translation>خطة الدراسة</translation>
    </message>
    <message>
        <source>The calendar “%1” was made.</source>
        <translation>أُنشئ التقويم «%1».</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, such as https://dav.example.org/.</source>
        <translation>أدخل عنوان الخادم، مثل https://dav.example.org/‎.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>أدخل اسم المستخدم.</translation>
    </message>
    <message>
        <source>Choose a calendar: Test Connection lists them.</source>
        <translation>اختر تقويمًا: يسردها زر «اختبر الاتصال».</translation>
    </message>
    <message>
        <source>%1 The password is kept for this session only.</source>
        <translation>%1 تُحفظ كلمة المرور لهذه الجلسة فقط.</translation>
    </message>
    <message numerus="yes">
        <source> week(s)</source>
        <translation>
            <numerusform> أسبوع</numerusform>
            <numerusform> أسبوع</numerusform>
            <numerusform> أسبوع</numerusform>
            <numerusform> أسابيع</numerusform>
            <numerusform> أسبوعًا</numerusform>
            <numerusform> أسبوع</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::CalendarSyncController</name>
    <message>
        <source>No calendar account is set up: Settings → Calendar Account.</source>
        <translation>لم يُعدّ حساب تقويم: الإعدادات ← حساب التقويم.</translation>
    </message>
    <message>
        <source>The calendar was not synced: %1</source>
        <translation>لم يُزامَن التقويم: %1</translation>
    </message>
    <message>
        <source>The calendar was not synced: its password is needed (Settings → Calendar Account).</source>
        <translation>لم يُزامَن التقويم: تلزم كلمة مروره (الإعدادات ← حساب التقويم).</translation>
    </message>
    <message>
        <source>No password for %1 is stored in the system keychain.</source>
        <translation>لا كلمة مرور لـ %1 محفوظة في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed, %4 unchanged</source>
        <translation>أُضيف %1، وغُيّر %2، وأُزيل %3، وبقي %4 دون تغيير</translation>
    </message>
    <message numerus="yes">
        <source>Calendar sync cancelled: %1; %Ln change(s) not made.</source>
        <translation>
            <numerusform>أُلغيت مزامنة التقويم: %1؛ لم يبقَ تغيير.</numerusform>
            <numerusform>أُلغيت مزامنة التقويم: %1؛ لم يُجرَ تغيير واحد.</numerusform>
            <numerusform>أُلغيت مزامنة التقويم: %1؛ لم يُجرَ تغييران.</numerusform>
            <numerusform>أُلغيت مزامنة التقويم: %1؛ لم تُجرَ %Ln تغييرات.</numerusform>
            <numerusform>أُلغيت مزامنة التقويم: %1؛ لم يُجرَ %Ln تغييرًا.</numerusform>
            <numerusform>أُلغيت مزامنة التقويم: %1؛ لم يُجرَ %Ln تغيير.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calendar sync stopped: %1 (%2; %Ln change(s) not made)</source>
        <translation>
            <numerusform>توقّفت مزامنة التقويم: %1 (%2؛ لم يبقَ تغيير)</numerusform>
            <numerusform>توقّفت مزامنة التقويم: %1 (%2؛ لم يُجرَ تغيير واحد)</numerusform>
            <numerusform>توقّفت مزامنة التقويم: %1 (%2؛ لم يُجرَ تغييران)</numerusform>
            <numerusform>توقّفت مزامنة التقويم: %1 (%2؛ لم تُجرَ %Ln تغييرات)</numerusform>
            <numerusform>توقّفت مزامنة التقويم: %1 (%2؛ لم يُجرَ %Ln تغييرًا)</numerusform>
            <numerusform>توقّفت مزامنة التقويم: %1 (%2؛ لم يُجرَ %Ln تغيير)</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar sync stopped: %1</source>
        <translation>توقّفت مزامنة التقويم: %1</translation>
    </message>
    <message numerus="yes">
        <source>Calendar synced: %1; %Ln event(s) changed on the server meanwhile were put back as planned.</source>
        <translation>
            <numerusform>زُومن التقويم: %1.</numerusform>
            <numerusform>زُومن التقويم: %1؛ وأُعيد حدث واحد غُيّر على الخادم في الأثناء إلى ما في الخطة.</numerusform>
            <numerusform>زُومن التقويم: %1؛ وأُعيد حدثان غُيّرا على الخادم في الأثناء إلى ما في الخطة.</numerusform>
            <numerusform>زُومن التقويم: %1؛ وأُعيدت %Ln أحداث غُيّرت على الخادم في الأثناء إلى ما في الخطة.</numerusform>
            <numerusform>زُومن التقويم: %1؛ وأُعيد %Ln حدثًا غُيّرت على الخادم في الأثناء إلى ما في الخطة.</numerusform>
            <numerusform>زُومن التقويم: %1؛ وأُعيد %Ln حدث غُيّرت على الخادم في الأثناء إلى ما في الخطة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar synced: %1.</source>
        <translation>زُومن التقويم: %1.</translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation>لم تجرِ مزامنة بعد.</translation>
    </message>
    <message>
        <source>Last sync %1: %2</source>
        <translation>آخر مزامنة %1: %2</translation>
    </message>
</context>
<context>
    <name>Masar::CalendarSyncStatus</name>
    <message>
        <source>Cancel the calendar sync</source>
        <translation>ألغِ مزامنة التقويم</translation>
    </message>
    <message>
        <source>Calendar sync progress</source>
        <translation>تقدّم مزامنة التقويم</translation>
    </message>
</context>
<context>
    <name>Masar::CredentialStore</name>
    <message>
        <source>The system keychain cannot be used (%1). Masar does not keep the password anywhere else, so it will ask for it when it needs it.</source>
        <translation>لا يمكن استعمال سلسلة مفاتيح النظام (%1). لا يحفظ مسار كلمة المرور في أي مكان آخر، لذا سيطلبها حين يحتاج إليها.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>دون سبب مذكور</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %Ln second(s); it may be locked or waiting to be unlocked. Masar does not keep the password anywhere else, so it will ask for it when it needs it.</source>
        <translation>
            <numerusform>لم تُجب سلسلة مفاتيح النظام خلال أقل من ثانية؛ ربما هي مقفلة أو تنتظر فتحها. لا يحفظ مسار كلمة المرور في أي مكان آخر، لذا سيطلبها حين يحتاج إليها.</numerusform>
            <numerusform>لم تُجب سلسلة مفاتيح النظام خلال ثانية واحدة؛ ربما هي مقفلة أو تنتظر فتحها. لا يحفظ مسار كلمة المرور في أي مكان آخر، لذا سيطلبها حين يحتاج إليها.</numerusform>
            <numerusform>لم تُجب سلسلة مفاتيح النظام خلال ثانيتين؛ ربما هي مقفلة أو تنتظر فتحها. لا يحفظ مسار كلمة المرور في أي مكان آخر، لذا سيطلبها حين يحتاج إليها.</numerusform>
            <numerusform>لم تُجب سلسلة مفاتيح النظام خلال %Ln ثوانٍ؛ ربما هي مقفلة أو تنتظر فتحها. لا يحفظ مسار كلمة المرور في أي مكان آخر، لذا سيطلبها حين يحتاج إليها.</numerusform>
            <numerusform>لم تُجب سلسلة مفاتيح النظام خلال %Ln ثانية؛ ربما هي مقفلة أو تنتظر فتحها. لا يحفظ مسار كلمة المرور في أي مكان آخر، لذا سيطلبها حين يحتاج إليها.</numerusform>
            <numerusform>لم تُجب سلسلة مفاتيح النظام خلال %Ln ثانية؛ ربما هي مقفلة أو تنتظر فتحها. لا يحفظ مسار كلمة المرور في أي مكان آخر، لذا سيطلبها حين يحتاج إليها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::DatabaseErrorDialog</name>
    <message>
        <source>Masar cannot open your data</source>
        <translation>يتعذّر على مسار فتح بياناتك</translation>
    </message>
    <message>
        <source>No automatic backup of this database was found. You can open another database file, or quit and check the file.</source>
        <translation>لم يُعثر على نسخة احتياطية تلقائية لقاعدة البيانات هذه. يمكنك فتح ملف قاعدة بيانات آخر، أو الخروج وفحص الملف.</translation>
    </message>
    <message>
        <source>The newest good automatic backup is %1 (from %2). Restoring it keeps the current file beside it, renamed, so nothing is lost.</source>
        <translation>أحدث نسخة احتياطية تلقائية سليمة هي %1 (من %2). استعادتها تُبقي الملف الحالي بجانبها باسم جديد، فلا يضيع شيء.</translation>
    </message>
    <message>
        <source>&amp;Restore Backup</source>
        <translation>&amp;استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>&amp;Open Another File…</source>
        <translation>&amp;فتح ملف آخر…</translation>
    </message>
    <message>
        <source>Open or Create a Database</source>
        <translation>فتح قاعدة بيانات أو إنشاؤها</translation>
    </message>
    <message>
        <source>Masar databases (*.sqlite)</source>
        <translation>قواعد بيانات مسار (*.sqlite)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
</context>
<context>
    <name>Masar::GanttPage</name>
    <message>
        <source>Days</source>
        <translation>أيام</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>أسابيع</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>أشهر</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>أرباع السنة</translation>
    </message>
    <message>
        <source>Zoom (Ctrl+wheel over the calendar)</source>
        <translation>التكبير (Ctrl مع عجلة الفأرة فوق التقويم)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>التكبير</translation>
    </message>
    <message>
        <source>Go to &amp;Today</source>
        <translation>الانتقال إلى &amp;اليوم</translation>
    </message>
    <message>
        <source>&amp;Re-plan from Today</source>
        <translation>إعادة التخطي&amp;ط من اليوم</translation>
    </message>
    <message>
        <source>Accept the current plan; the calendar then shows drift against it</source>
        <translation>اعتمد الخطة الحالية؛ ثم يُظهر التقويم الانحراف عنها</translation>
    </message>
    <message>
        <source>&amp;Study Time…</source>
        <translation>&amp;وقت الدراسة…</translation>
    </message>
    <message>
        <source>Roadmap items</source>
        <translation>عناصر خارطة الطريق</translation>
    </message>
    <message>
        <source>Study calendar</source>
        <translation>تقويم الدراسة</translation>
    </message>
    <message>
        <source>No plan can be made: %1</source>
        <translation>تتعذّر الخطة: %1</translation>
    </message>
    <message>
        <source>Finish: %1</source>
        <translation>الانتهاء: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) later than the accepted plan</source>
        <translation>
            <numerusform>في موعد الخطة المعتمدة</numerusform>
            <numerusform>متأخرة يومًا واحدًا عن الخطة المعتمدة</numerusform>
            <numerusform>متأخرة يومين عن الخطة المعتمدة</numerusform>
            <numerusform>متأخرة %Ln أيام عن الخطة المعتمدة</numerusform>
            <numerusform>متأخرة %Ln يومًا عن الخطة المعتمدة</numerusform>
            <numerusform>متأخرة %Ln يوم عن الخطة المعتمدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) earlier than the accepted plan</source>
        <translation>
            <numerusform>في موعد الخطة المعتمدة</numerusform>
            <numerusform>متقدمة يومًا واحدًا على الخطة المعتمدة</numerusform>
            <numerusform>متقدمة يومين على الخطة المعتمدة</numerusform>
            <numerusform>متقدمة %Ln أيام على الخطة المعتمدة</numerusform>
            <numerusform>متقدمة %Ln يومًا على الخطة المعتمدة</numerusform>
            <numerusform>متقدمة %Ln يوم على الخطة المعتمدة</numerusform>
        </translation>
    </message>
    <message>
        <source>the target date %1 is met</source>
        <translation>يُدرك التاريخ المستهدف %1</translation>
    </message>
    <message>
        <source>the target date %1 is missed: about %2 h a week would meet it</source>
        <translation>لن يُدرك التاريخ المستهدف %1: نحو %2 ساعة أسبوعيًا تكفي لإدراكه</translation>
    </message>
    <message>
        <source>the target date %1 cannot be met</source>
        <translation>لا يمكن إدراك التاريخ المستهدف %1</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>ت&amp;صدير</translation>
    </message>
    <message>
        <source>Whole Plan as &amp;PNG…</source>
        <translation>الخطة كاملة بصيغة &amp;PNG…</translation>
    </message>
    <message>
        <source>Visible Part as P&amp;NG…</source>
        <translation>الجزء الظاهر بصيغة P&amp;NG…</translation>
    </message>
    <message>
        <source>Whole Plan as P&amp;DF…</source>
        <translation>الخطة كاملة بصيغة P&amp;DF…</translation>
    </message>
    <message>
        <source>Visible Part as PD&amp;F…</source>
        <translation>الجزء الظاهر بصيغة PD&amp;F…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>ط&amp;باعة…</translation>
    </message>
    <message>
        <source>Export the Calendar as PNG</source>
        <translation>تصدير التقويم بصيغة PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation>تعذّرت كتابة الصورة إلى %1.</translation>
    </message>
    <message>
        <source>Export the Calendar as PDF</source>
        <translation>تصدير التقويم بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Nothing to plan yet: this roadmap has no items. Add them on the Roadmap page, or import a roadmap from the File menu.</source>
        <translation>لا شيء لتخطيطه بعد: خارطة الطريق هذه بلا عناصر. أضِفها في صفحة خارطة الطريق، أو استورد خارطة طريق من قائمة «ملف».</translation>
    </message>
    <message>
        <source>Open the Roadmap</source>
        <translation>افتح خارطة الطريق</translation>
    </message>
</context>
<context>
    <name>Masar::GanttTimeline</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 – %3&lt;br&gt;Effort: %4&lt;br&gt;Still to study: %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 – %3&lt;br&gt;الجهد: %4&lt;br&gt;المتبقي للدراسة: %5</translation>
    </message>
    <message>
        <source>Start pinned to %1</source>
        <translation>البداية مثبّتة على %1</translation>
    </message>
    <message>
        <source>Gregorian: %1 – %2</source>
        <translation>بالميلادي: %1 – %2</translation>
    </message>
    <message>
        <source>The arrow keys move a week at a time, Home goes back to today, and Enter opens the current item.</source>
        <translation>تنقل مفاتيح الأسهم أسبوعًا في كل مرة، ويعود مفتاح Home إلى اليوم، ويفتح مفتاح Enter العنصر الحالي.</translation>
    </message>
</context>
<context>
    <name>Masar::HeatmapWidget</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Masar::ImportPreviewDialog</name>
    <message>
        <source> h</source>
        <translation> ساعة</translation>
    </message>
    <message>
        <source>Import Roadmap</source>
        <translation>استيراد خارطة طريق</translation>
    </message>
    <message>
        <source>This is what was found in %1. Check the kinds, durations and areas; double-click a value to correct it, untick what you do not want. Nothing is stored until you import.</source>
        <translation>هذا ما وُجد في %1. راجع الأنواع والمدد والمجالات؛ انقر نقرًا مزدوجًا على أي قيمة لتصحيحها، وأزل العلامة عمّا لا تريده. لا يُحفظ شيء حتى تضغط «استيراد».</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <source>&amp;Hours per week:</source>
        <translation>&amp;الساعات أسبوعيًا:</translation>
    </message>
    <message>
        <source>The weekly study time the document&apos;s durations assume: “3 weeks” means 3 × this many hours.</source>
        <translation>وقت الدراسة الأسبوعي الذي تفترضه مدد المستند: «3 أسابيع» تعني 3 × هذا العدد من الساعات.</translation>
    </message>
    <message>
        <source>Hours per week the durations assume</source>
        <translation>الساعات الأسبوعية التي تفترضها المدد</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Duration in the text</source>
        <translation>المدة في النص</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>الجهد</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>المجال</translation>
    </message>
    <message>
        <source>Roadmap found in the file</source>
        <translation>خارطة الطريق الموجودة في الملف</translation>
    </message>
    <message>
        <source>&amp;Left out:</source>
        <translation>&amp;المتروك:</translation>
    </message>
    <message>
        <source>Parts of the file that were left out</source>
        <translation>أجزاء الملف التي تُركت</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;استيراد</translation>
    </message>
    <message>
        <source>The document states no weekly pace; 10 h is assumed.</source>
        <translation>لا يذكر المستند وتيرة أسبوعية؛ يُفترض 10 ساعات.</translation>
    </message>
    <message>
        <source>From “%1”.</source>
        <translation>من «%1».</translation>
    </message>
    <message>
        <source>Line %1: “%2” — %3</source>
        <translation>السطر %1: «%2» — %3</translation>
    </message>
    <message>
        <source>“%1” — %2</source>
        <translation>«%1» — %2</translation>
    </message>
    <message>
        <source>Tick to import this section after all.</source>
        <translation>ضع علامة لاستيراد هذا القسم رغم ذلك.</translation>
    </message>
    <message>
        <source>Line %1: a section you chose to import</source>
        <translation>السطر %1: قسم اخترت استيراده</translation>
    </message>
    <message>
        <source>Nothing: every part of the file was read.</source>
        <translation>لا شيء: قُرئ كل جزء من الملف.</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (اختياري)</translation>
    </message>
    <message>
        <source>Line %1 of the file.</source>
        <translation>السطر %1 من الملف.</translation>
    </message>
    <message>
        <source>Duration read from: %1</source>
        <translation>قُرئت المدة من: %1</translation>
    </message>
    <message>
        <source>A range: %1 to %2; %3 is planned.</source>
        <translation>نطاق: من %1 إلى %2؛ والمخطط %3.</translation>
    </message>
    <message>
        <source>No duration of its own: a share of what a section above states.</source>
        <translation>لا مدة خاصة به: حصة مما يذكره قسم أعلى.</translation>
    </message>
    <message>
        <source>Effort set by you.</source>
        <translation>جهد حدّدته بنفسك.</translation>
    </message>
    <message>
        <source>No duration found: the default for a %1 is planned.</source>
        <translation>لم تُذكر مدة: خُطِّطت القيمة الافتراضية لـ%1.</translation>
    </message>
    <message>
        <source>Area from the words: %1</source>
        <translation>المجال مأخوذ من الكلمات: %1</translation>
    </message>
    <message>
        <source>One of several alternatives; not planned unless you choose it.</source>
        <translation>أحد عدة بدائل؛ لا يُخطَّط له ما لم تختره.</translation>
    </message>
    <message>
        <source>The alternative that is planned.</source>
        <translation>البديل المخطط له.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s), %1 with a duration from the text; %2 planned, about %3 weeks at %4 h a week.</source>
        <translation>
            <numerusform>لا عناصر؛ %2 مخطط، نحو %3 أسبوع بمعدل %4 ساعة أسبوعيًا.</numerusform>
            <numerusform>عنصر واحد، %1 منها بمدة من النص؛ %2 مخطط، نحو %3 أسبوع بمعدل %4 ساعة أسبوعيًا.</numerusform>
            <numerusform>عنصران، %1 منهما بمدة من النص؛ %2 مخطط، نحو %3 أسبوع بمعدل %4 ساعة أسبوعيًا.</numerusform>
            <numerusform>%Ln عناصر، %1 منها بمدة من النص؛ %2 مخطط، نحو %3 أسبوع بمعدل %4 ساعة أسبوعيًا.</numerusform>
            <numerusform>%Ln عنصرًا، %1 منها بمدة من النص؛ %2 مخطط، نحو %3 أسبوع بمعدل %4 ساعة أسبوعيًا.</numerusform>
            <numerusform>%Ln عنصر، %1 منها بمدة من النص؛ %2 مخطط، نحو %3 أسبوع بمعدل %4 ساعة أسبوعيًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 again…</source>
        <translation>جارٍ قراءة %1 من جديد…</translation>
    </message>
</context>
<context>
    <name>Masar::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Open Roadmap</source>
        <translation>&amp;فتح خارطة طريق</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>الأ&amp;لوان</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;New from Built-in Roadmap…</source>
        <translation>&amp;جديد من خارطة طريق مدمجة…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خ&amp;روج</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>اتّباع &amp;النظام</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;فاتح</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;داكن</translation>
    </message>
    <message>
        <source>&amp;About Masar</source>
        <translation>&amp;عن مسار</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>عن &amp;Qt</translation>
    </message>
    <message>
        <source>Roadmap summary</source>
        <translation>ملخص خارطة الطريق</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;تراجع: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>إ&amp;عادة: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>%L1 phases · %L2 courses · %L3 topics · %4 planned · %5 done</source>
        <translation>المراحل %L1 · الدورات %L2 · الموضوعات %L3 · المخطط %4 · المنجز %5</translation>
    </message>
    <message>
        <source>Added the roadmap &quot;%1&quot;.</source>
        <translation>أُضيفت خارطة الطريق «%1».</translation>
    </message>
    <message>
        <source>Masar</source>
        <translation>مسار</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>الإعدا&amp;دات</translation>
    </message>
    <message>
        <source>&amp;Study Time…</source>
        <translation>&amp;وقت الدراسة…</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;الترحيب…</translation>
    </message>
    <message>
        <source>Focus timer</source>
        <translation>مؤقّت التركيز</translation>
    </message>
    <message>
        <source>A focus timer on &quot;%1&quot; was still running when Masar last closed. It started at %2 and was last seen at %3.</source>
        <translation>كان مؤقّت تركيز على «%1» لا يزال يعمل عندما أُغلق مسار آخر مرة. بدأ في %2 وشوهد آخر مرة في %3.</translation>
    </message>
    <message>
        <source>(removed item)</source>
        <translation>(عنصر محذوف)</translation>
    </message>
    <message>
        <source>&amp;Keep the Time</source>
        <translation>&amp;احتفظ بالوقت</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;تجاهل</translation>
    </message>
    <message>
        <source>&amp;Import Roadmap…</source>
        <translation>ا&amp;ستيراد خارطة طريق…</translation>
    </message>
    <message>
        <source>&amp;Export Roadmap as JSON…</source>
        <translation>ت&amp;صدير خارطة الطريق بصيغة JSON…</translation>
    </message>
    <message>
        <source>&amp;Digits</source>
        <translation>&amp;أرقام</translation>
    </message>
    <message>
        <source>&amp;Arabic-Indic (٠١٢٣)</source>
        <translation>&amp;هندية (٠١٢٣)</translation>
    </message>
    <message>
        <source>&amp;Latin (0123)</source>
        <translation>&amp;لاتينية (0123)</translation>
    </message>
    <message>
        <source>&amp;Gregorian</source>
        <translation>&amp;ميلادي</translation>
    </message>
    <message>
        <source>&amp;Hijri (Islamic civil)</source>
        <translation>&amp;هجري (الحساب المدني)</translation>
    </message>
    <message>
        <source>&amp;Calendar Account…</source>
        <translation>حساب ال&amp;تقويم…</translation>
    </message>
    <message>
        <source>Study &amp;Reminders</source>
        <translation>تذكيرات ال&amp;دراسة</translation>
    </message>
    <message>
        <source>A notification at your preferred time of day with the day&apos;s plan.</source>
        <translation>إشعار في وقتك المفضّل من اليوم بخطة ذلك اليوم.</translation>
    </message>
    <message>
        <source>Reminders need a system tray, and this desktop has none.</source>
        <translation>تحتاج التذكيرات إلى علبة نظام، وهذا السطح بلا علبة.</translation>
    </message>
    <message>
        <source>Export &amp;Plan as iCalendar…</source>
        <translation>صدّر ال&amp;خطة بصيغة iCalendar…</translation>
    </message>
    <message>
        <source>S&amp;ync Calendar Now</source>
        <translation>&amp;زامن التقويم الآن</translation>
    </message>
    <message>
        <source>The note you are writing could not be saved, so closing Masar now would lose what you typed since it was last saved.

Close anyway?</source>
        <translation>تعذّر حفظ الملاحظة التي تكتبها، فإغلاق مسار الآن يُضيع ما كتبته منذ آخر حفظ.

أتغلقه على أي حال؟</translation>
    </message>
    <message>
        <source>C&amp;alendar</source>
        <translation>ال&amp;تقويم</translation>
    </message>
</context>
<context>
    <name>Masar::NewRoadmapDialog</name>
    <message>
        <source>New from Built-in Roadmap</source>
        <translation>جديد من خارطة طريق مدمجة</translation>
    </message>
    <message>
        <source>Choose a roadmap to add. Your other roadmaps stay as they are.</source>
        <translation>اختر خارطة طريق لإضافتها. تبقى خرائطك الأخرى كما هي.</translation>
    </message>
    <message>
        <source>Built-in roadmaps</source>
        <translation>خرائط الطريق المدمجة</translation>
    </message>
    <message>
        <source>&amp;Add Roadmap</source>
        <translation>&amp;إضافة خارطة الطريق</translation>
    </message>
    <message>
        <source>%1

%2 phases, %3 courses, %4 topics; about %5 of study.</source>
        <translation>%1

المراحل: %2، الدورات: %3، الموضوعات: %4؛ نحو %5 من الدراسة.</translation>
    </message>
</context>
<context>
    <name>Masar::NodeDetailPanel</name>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <source>Arabic title:</source>
        <translation>العنوان بالعربية:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Competency &amp;area:</source>
        <translation>مجال الكفاءة:</translation>
    </message>
    <message>
        <source>Stated &amp;duration:</source>
        <translation>المدة المذكورة:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>الرابط:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open the link in the web browser</source>
        <translation>فتح الرابط في متصفح الويب</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ساعة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Arabic title</source>
        <translation>العنوان بالعربية</translation>
    </message>
    <message>
        <source>Effort in hours</source>
        <translation>الجهد بالساعات</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>Stated duration</source>
        <translation>المدة المذكورة</translation>
    </message>
    <message>
        <source>Select an item of the roadmap to see and edit its details.</source>
        <translation>اختر عنصرًا من خارطة الطريق لعرض تفاصيله وتحريرها.</translation>
    </message>
    <message>
        <source>range %1 – %2</source>
        <translation>المدى %1 – %2</translation>
    </message>
    <message>
        <source>%1, the sum of its parts</source>
        <translation>%1، مجموع أجزائه</translation>
    </message>
    <message>
        <source>The roadmap states &quot;%1&quot; (%2) for this item, but its parts add up to %3. Planning uses the parts.</source>
        <translation>تذكر خارطة الطريق «%1» (%2) لهذا العنصر، لكن مجموع أجزائه %3. يعتمد التخطيط على الأجزاء.</translation>
    </message>
    <message>
        <source>Add a Prerequisite</source>
        <translation>إضافة متطلب سابق</translation>
    </message>
    <message>
        <source>This item starts only after:</source>
        <translation>لا يبدأ هذا العنصر إلا بعد:</translation>
    </message>
    <message>
        <source>&amp;Prerequisites:</source>
        <translation>المتطلبات السابقة:</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Choose an item that must be finished before this one starts</source>
        <translation>اختر عنصرًا يجب إنهاؤه قبل أن يبدأ هذا العنصر</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>المتطلبات السابقة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Add a &amp;Note</source>
        <translation>إضافة ملاحظ&amp;ة</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Effo&amp;rt:</source>
        <translation>الجهد:</translation>
    </message>
    <message>
        <source>Content lan&amp;guage:</source>
        <translation>لغة المحتوى:</translation>
    </message>
    <message>
        <source>&amp;Optional</source>
        <translation>ا&amp;ختياري</translation>
    </message>
    <message>
        <source>An optional item is not planned unless you include it</source>
        <translation>لا يُخطَّط للعنصر الاختياري ما لم تُضمِّنه</translation>
    </message>
</context>
<context>
    <name>Masar::NoteBook</name>
    <message>
        <source>Untitled note</source>
        <translation>ملاحظة بلا عنوان</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>ملاحظة جديدة</translation>
    </message>
    <message>
        <source>Rename note</source>
        <translation>إعادة تسمية الملاحظة</translation>
    </message>
    <message>
        <source>Attach note</source>
        <translation>ربط الملاحظة</translation>
    </message>
    <message>
        <source>Detach note</source>
        <translation>فصل الملاحظة</translation>
    </message>
    <message>
        <source>Delete note &quot;%1&quot;</source>
        <translation>حذف الملاحظة «%1»</translation>
    </message>
    <message>
        <source>The note could not be saved; its text stays in the editor. %1</source>
        <translation>تعذّر حفظ الملاحظة؛ يبقى نصها في المحرر. %1</translation>
    </message>
</context>
<context>
    <name>Masar::NoteEditor</name>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Show the rendered note beside the text</source>
        <translation>اعرض الملاحظة منسّقة بجانب النص</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>نص الملاحظة</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>معاينة الملاحظة</translation>
    </message>
    <message>
        <source>Write in Markdown: # headings, - lists, ``` code blocks ```</source>
        <translation>اكتب بصيغة Markdown: ‎# للعناوين، ‎- للقوائم، ‎``` لكتل الشيفرة ```</translation>
    </message>
</context>
<context>
    <name>Masar::NoteExport</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>تعذّرت كتابة الملف %1: %2</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>تعذّرت كتابة الملف %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>يتعذّر إنشاء المجلد %1.</translation>
    </message>
</context>
<context>
    <name>Masar::NotesPage</name>
    <message>
        <source>Search notes</source>
        <translation>ابحث في الملاحظات</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>&amp;New Note</source>
        <translation>ملاحظة &amp;جديدة</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Note title</source>
        <translation>عنوان الملاحظة</translation>
    </message>
    <message>
        <source>&amp;Attach to Item…</source>
        <translation>&amp;ربط بعنصر…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>ت&amp;صدير</translation>
    </message>
    <message>
        <source>This Note (Markdown, HTML or PDF)…</source>
        <translation>هذه الملاحظة (Markdown أو HTML أو PDF)…</translation>
    </message>
    <message>
        <source>All Notes to a Folder…</source>
        <translation>كل الملاحظات إلى مجلد…</translation>
    </message>
    <message>
        <source>Free note</source>
        <translation>ملاحظة حرة</translation>
    </message>
    <message>
        <source>Its item was removed</source>
        <translation>حُذف عنصرها</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>ملاحظة بلا عنوان</translation>
    </message>
    <message>
        <source>No notes yet. Create one with New Note.</source>
        <translation>لا ملاحظات بعد. أنشئ واحدة بزر «ملاحظة جديدة».</translation>
    </message>
    <message>
        <source>Choose a note on the left.</source>
        <translation>اختر ملاحظة من القائمة.</translation>
    </message>
    <message>
        <source>Attached to: %1</source>
        <translation>مرتبطة بـ: %1</translation>
    </message>
    <message>
        <source>The item this note was attached to has been removed; the note is kept as a free note.</source>
        <translation>حُذف العنصر الذي كانت هذه الملاحظة مرتبطة به؛ وتبقى الملاحظة ملاحظةً حرة.</translation>
    </message>
    <message>
        <source>A free note, not attached to an item.</source>
        <translation>ملاحظة حرة غير مرتبطة بعنصر.</translation>
    </message>
    <message>
        <source>(No item: a free note)</source>
        <translation>(بلا عنصر: ملاحظة حرة)</translation>
    </message>
    <message>
        <source>Attach the Note</source>
        <translation>ربط الملاحظة</translation>
    </message>
    <message>
        <source>Attach this note to:</source>
        <translation>اربط هذه الملاحظة بـ:</translation>
    </message>
    <message>
        <source>Export the Note</source>
        <translation>تصدير الملاحظة</translation>
    </message>
    <message>
        <source>Markdown (*.md);;HTML (*.html);;PDF (*.pdf)</source>
        <translation>Markdown (*.md);;HTML (*.html);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export All Notes</source>
        <translation>تصدير كل الملاحظات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) written.</source>
        <translation>
            <numerusform>لم يُكتب أي ملف.</numerusform>
            <numerusform>كُتب ملف واحد.</numerusform>
            <numerusform>كُتب ملفان.</numerusform>
            <numerusform>كُتبت %Ln ملفات.</numerusform>
            <numerusform>كُتب %Ln ملفًا.</numerusform>
            <numerusform>كُتب %Ln ملف.</numerusform>
        </translation>
    </message>
    <message>
        <source>No notes yet. Write down what you learn as you go: a note can belong to an item of the roadmap or stand on its own.</source>
        <translation>لا ملاحظات بعد. دوِّن ما تتعلمه أولًا بأول: قد تتبع الملاحظة عنصرًا من خارطة الطريق، وقد تكون مستقلة.</translation>
    </message>
    <message>
        <source>New Note</source>
        <translation>ملاحظة جديدة</translation>
    </message>
    <message>
        <source>No note contains “%1”.</source>
        <translation>لا ملاحظة تحتوي «%1».</translation>
    </message>
</context>
<context>
    <name>Masar::PageNavigation</name>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>خارطة الطريق</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
</context>
<context>
    <name>Masar::PlannerDocument</name>
    <message>
        <source>The value &quot;%1&quot; is not valid here.</source>
        <translation>القيمة «%1» غير صالحة هنا.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة التسمية</translation>
    </message>
    <message numerus="yes">
        <source>Change status of %Ln item(s)</source>
        <translation>
            <numerusform>تغيير حالة لا شيء</numerusform>
            <numerusform>تغيير حالة عنصر واحد</numerusform>
            <numerusform>تغيير حالة عنصرين</numerusform>
            <numerusform>تغيير حالة %Ln عناصر</numerusform>
            <numerusform>تغيير حالة %Ln عنصرًا</numerusform>
            <numerusform>تغيير حالة %Ln عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>Change effort</source>
        <translation>تغيير الجهد</translation>
    </message>
    <message numerus="yes">
        <source>Edit %Ln item(s)</source>
        <translation>
            <numerusform>تحرير لا شيء</numerusform>
            <numerusform>تحرير عنصر واحد</numerusform>
            <numerusform>تحرير عنصرين</numerusform>
            <numerusform>تحرير %Ln عناصر</numerusform>
            <numerusform>تحرير %Ln عنصرًا</numerusform>
            <numerusform>تحرير %Ln عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>Add &quot;%1&quot;</source>
        <translation>إضافة «%1»</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation>حذف «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln item(s)</source>
        <translation>
            <numerusform>حذف لا شيء</numerusform>
            <numerusform>حذف عنصر واحد</numerusform>
            <numerusform>حذف عنصرين</numerusform>
            <numerusform>حذف %Ln عناصر</numerusform>
            <numerusform>حذف %Ln عنصرًا</numerusform>
            <numerusform>حذف %Ln عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>An item cannot be moved into itself.</source>
        <translation>لا يمكن نقل عنصر إلى داخل نفسه.</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot;</source>
        <translation>نقل «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln item(s)</source>
        <translation>
            <numerusform>نقل لا شيء</numerusform>
            <numerusform>نقل عنصر واحد</numerusform>
            <numerusform>نقل عنصرين</numerusform>
            <numerusform>نقل %Ln عناصر</numerusform>
            <numerusform>نقل %Ln عنصرًا</numerusform>
            <numerusform>نقل %Ln عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>Pin start</source>
        <translation>تثبيت البداية</translation>
    </message>
    <message>
        <source>Unpin start</source>
        <translation>إلغاء تثبيت البداية</translation>
    </message>
    <message>
        <source>A blocked period must end on or after the day it starts.</source>
        <translation>يجب أن تنتهي الفترة المحجوبة في يوم بدئها أو بعده.</translation>
    </message>
    <message>
        <source>A day has between 0 and 24 hours of study time.</source>
        <translation>لليوم وقت دراسة بين 0 و24 ساعة.</translation>
    </message>
    <message>
        <source>At least one course must be allowed to run at a time.</source>
        <translation>يجب السماح بدورة واحدة على الأقل في الوقت نفسه.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot wait for &quot;%2&quot;: one contains the other.</source>
        <translation>لا يمكن أن ينتظر «%1» العنصر «%2»: أحدهما يحتوي الآخر.</translation>
    </message>
    <message>
        <source>Change prerequisites of &quot;%1&quot;</source>
        <translation>تغيير المتطلبات السابقة لـ«%1»</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>استيراد «%1»</translation>
    </message>
    <message>
        <source>No roadmap is open.</source>
        <translation>لا توجد خارطة طريق مفتوحة.</translation>
    </message>
    <message>
        <source>The import of “%1” is not undone: study sessions or notes were added to it since. Remove the roadmap itself if it is no longer wanted.</source>
        <translation>لم يُتراجع عن استيراد «%1»: أُضيفت إليها جلسات دراسة أو ملاحظات منذ ذلك الحين. احذف خارطة الطريق نفسها إن لم تعد تريدها.</translation>
    </message>
    <message>
        <source>Change study time</source>
        <translation>تغيير وقت الدراسة</translation>
    </message>
</context>
<context>
    <name>Masar::ProgressPage</name>
    <message>
        <source>Save as PNG…</source>
        <translation>حفظ بصيغة PNG…</translation>
    </message>
    <message>
        <source>Studied %1 in all; %2 of planned work is done, %3 skipped, %4 to go.</source>
        <translation>درست %1 في المجمل؛ أُنجز %2 من العمل المخطط، وتُجووز %3، وبقي %4.</translation>
    </message>
    <message>
        <source>At your pace of the last four weeks (%1 a day) you finish on %2.</source>
        <translation>بوتيرتك في الأسابيع الأربعة الأخيرة (%1 يوميًا) تنتهي في %2.</translation>
    </message>
    <message>
        <source>Log some study to see when you will finish.</source>
        <translation>سجّل بعض الدراسة لترى متى ستنتهي.</translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %Ln day(s)</source>
        <translation>
            <numerusform>السلسلة الحالية: لا أيام</numerusform>
            <numerusform>السلسلة الحالية: يوم واحد</numerusform>
            <numerusform>السلسلة الحالية: يومان</numerusform>
            <numerusform>السلسلة الحالية: %Ln أيام</numerusform>
            <numerusform>السلسلة الحالية: %Ln يومًا</numerusform>
            <numerusform>السلسلة الحالية: %Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Longest streak: %Ln day(s)</source>
        <translation>
            <numerusform>أطول سلسلة: لا أيام</numerusform>
            <numerusform>أطول سلسلة: يوم واحد</numerusform>
            <numerusform>أطول سلسلة: يومان</numerusform>
            <numerusform>أطول سلسلة: %Ln أيام</numerusform>
            <numerusform>أطول سلسلة: %Ln يومًا</numerusform>
            <numerusform>أطول سلسلة: %Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Study days: %Ln</source>
        <translation>
            <numerusform>أيام الدراسة: لا أيام</numerusform>
            <numerusform>أيام الدراسة: يوم واحد</numerusform>
            <numerusform>أيام الدراسة: يومان</numerusform>
            <numerusform>أيام الدراسة: %Ln أيام</numerusform>
            <numerusform>أيام الدراسة: %Ln يومًا</numerusform>
            <numerusform>أيام الدراسة: %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>A study day has at least (minutes):</source>
        <translation>يوم الدراسة فيه على الأقل (دقائق):</translation>
    </message>
    <message>
        <source>A day ends at (hour, for late-night study):</source>
        <translation>ينتهي اليوم عند الساعة (للدراسة في آخر الليل):</translation>
    </message>
    <message>
        <source>Study days of the last year</source>
        <translation>أيام الدراسة في السنة الأخيرة</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>متجاوَز</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>متبقٍّ</translation>
    </message>
    <message>
        <source>Completion per competency area</source>
        <translation>الإنجاز حسب مجال الكفاءة</translation>
    </message>
    <message>
        <source>%</source>
        <translation>٪</translation>
    </message>
    <message>
        <source>%1 — %2: %3 of %4 planned (%5 done)</source>
        <translation>%1 — %2: %3 من %4 مخطط (أُنجز %5)</translation>
    </message>
    <message>
        <source>Hours: planned, studied and forecast</source>
        <translation>الساعات: المخطط والمدروس والمتوقع</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <source>Studied</source>
        <translation>المدروس</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ساعات</translation>
    </message>
    <message>
        <source>%1, %2: %3 h</source>
        <translation>%1، %2: %3 س</translation>
    </message>
    <message>
        <source>Week of %1 — %2: %3 h</source>
        <translation>أسبوع %1 — %2: %3 س</translation>
    </message>
    <message>
        <source>Competency radar (% done)</source>
        <translation>رادار الكفاءات (٪ المنجز)</translation>
    </message>
    <message>
        <source>Save the Chart as PNG</source>
        <translation>حفظ الرسم بصيغة PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation>تعذّرت كتابة الصورة إلى %1.</translation>
    </message>
    <message numerus="yes">
        <source>Hours per week, the last %Ln week(s)</source>
        <translation>
            <numerusform>الساعات في الأسبوع، آخر %Ln أسبوع</numerusform>
            <numerusform>الساعات في الأسبوع، آخر أسبوع</numerusform>
            <numerusform>الساعات في الأسبوع، آخر أسبوعين</numerusform>
            <numerusform>الساعات في الأسبوع، آخر %Ln أسابيع</numerusform>
            <numerusform>الساعات في الأسبوع، آخر %Ln أسبوعًا</numerusform>
            <numerusform>الساعات في الأسبوع، آخر %Ln أسبوع</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 (%3): %4 h</source>
        <translation>%1، %2 (%3): %4 س</translation>
    </message>
    <message>
        <source>%1 done · %2 to go</source>
        <translation>أُنجز %1 · يبقى %2</translation>
    </message>
    <message>
        <source>Nothing studied yet. The charts fill in as you log study, and the finish date follows your pace.</source>
        <translation>لم تُسجَّل أي دراسة بعد. تمتلئ المخططات كلما سجّلت دراستك، ويتبع تاريخ الانتهاء وتيرتك.</translation>
    </message>
    <message>
        <source>Log Study…</source>
        <translation>سجّل دراسة…</translation>
    </message>
    <message>
        <source>Save “%1” as PNG…</source>
        <translation>حفظ «%1» بصيغة PNG…</translation>
    </message>
</context>
<context>
    <name>Masar::RoadmapFiles</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>الملف %1 غير موجود.</translation>
    </message>
    <message>
        <source>%1 is a JSON file, but not a roadmap written by Masar.</source>
        <translation>%1 ملف JSON، لكنه ليس خارطة طريق كتبها مسار.</translation>
    </message>
    <message>
        <source>Import Roadmap</source>
        <translation>استيراد خارطة طريق</translation>
    </message>
    <message>
        <source>Roadmaps (*.md *.markdown *.txt *.json);;Markdown (*.md *.markdown *.txt);;Masar roadmap (*.json);;All files (*)</source>
        <translation>خرائط الطريق (*.md *.markdown *.txt *.json);;Markdown (*.md *.markdown *.txt);;خارطة طريق مسار (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB and was not imported.</source>
        <translation>حجم %1 أكبر من %2 ميغابايت، فلم يُستورد.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>Import “%1” from %2?</source>
        <translation>استيراد «%1» من %2؟</translation>
    </message>
    <message>
        <source>It brings %1 study session(s) and %2 note(s) with it. It is added beside your roadmaps; nothing is replaced.</source>
        <translation>عدد جلسات الدراسة فيها %1 وعدد الملاحظات %2. تُضاف إلى جانب خرائط طريقك دون أن يُستبدل شيء.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;استيراد</translation>
    </message>
    <message>
        <source>Imported “%1”. Undo removes it again.</source>
        <translation>استُوردت «%1». يزيلها التراجع مرة أخرى.</translation>
    </message>
    <message>
        <source>Export Roadmap</source>
        <translation>تصدير خارطة الطريق</translation>
    </message>
    <message>
        <source>Masar roadmap (*.json)</source>
        <translation>خارطة طريق مسار (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Include your %Ln note(s) in the file?</source>
        <translation>
            <numerusform>تضمين ملاحظاتك في الملف؟</numerusform>
            <numerusform>تضمين ملاحظتك في الملف؟</numerusform>
            <numerusform>تضمين ملاحظتيك في الملف؟</numerusform>
            <numerusform>تضمين ملاحظاتك الـ%Ln في الملف؟</numerusform>
            <numerusform>تضمين ملاحظاتك الـ%Ln في الملف؟</numerusform>
            <numerusform>تضمين ملاحظاتك الـ%Ln في الملف؟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>صُدِّرت إلى %1.</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>الخطة كلها</translation>
    </message>
    <message numerus="yes">
        <source>The next %Ln week(s)</source>
        <translation>
            <numerusform>لا أسابيع</numerusform>
            <numerusform>الأسبوع القادم</numerusform>
            <numerusform>الأسبوعان القادمان</numerusform>
            <numerusform>الأسابيع الـ%Ln القادمة</numerusform>
            <numerusform>الأسابيع الـ%Ln القادمة</numerusform>
            <numerusform>الأسابيع الـ%Ln القادمة</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Plan as iCalendar</source>
        <translation>تصدير الخطة بصيغة iCalendar</translation>
    </message>
    <message>
        <source>Study blocks to export:</source>
        <translation>فترات الدراسة المراد تصديرها:</translation>
    </message>
    <message>
        <source>iCalendar file (*.ics)</source>
        <translation>ملف iCalendar ‏(*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln study block(s) to %1.</source>
        <translation>
            <numerusform>لم تُصدَّر أي فترة دراسة إلى %1.</numerusform>
            <numerusform>صُدّرت فترة دراسة واحدة إلى %1.</numerusform>
            <numerusform>صُدّرت فترتا دراسة إلى %1.</numerusform>
            <numerusform>صُدّرت %Ln فترات دراسة إلى %1.</numerusform>
            <numerusform>صُدّرت %Ln فترة دراسة إلى %1.</numerusform>
            <numerusform>صُدّرت %Ln فترة دراسة إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message>
        <source>Adding “%1”…</source>
        <translation>جارٍ إضافة «%1»…</translation>
    </message>
</context>
<context>
    <name>Masar::RoadmapPage</name>
    <message>
        <source>Add &amp;Child</source>
        <translation>إضافة &amp;فرع</translation>
    </message>
    <message>
        <source>Add an item inside the selected one (Insert)</source>
        <translation>إضافة عنصر داخل العنصر المحدد (Insert)</translation>
    </message>
    <message>
        <source>Add &amp;Below</source>
        <translation>إضافة &amp;أسفله</translation>
    </message>
    <message>
        <source>Add an item after the selected one (Ctrl+Enter)</source>
        <translation>إضافة عنصر بعد العنصر المحدد (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>نقل لأسف&amp;ل</translation>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation>&amp;إزاحة للداخل</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>إ&amp;زاحة للخارج</translation>
    </message>
    <message>
        <source>&amp;Mark As</source>
        <translation>تعليم &amp;كـ</translation>
    </message>
    <message>
        <source>Roadmap tools</source>
        <translation>أدوات خارطة الطريق</translation>
    </message>
    <message>
        <source>Roadmap tree</source>
        <translation>شجرة خارطة الطريق</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>عنصر جديد</translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>كل الدورات</translation>
    </message>
    <message>
        <source>Arabic-language courses first</source>
        <translation>الدورات باللغة العربية أولًا</translation>
    </message>
    <message>
        <source>Arabic-language courses only</source>
        <translation>الدورات باللغة العربية فقط</translation>
    </message>
    <message>
        <source>Course language</source>
        <translation>لغة الدورات</translation>
    </message>
    <message>
        <source>Show the courses taught in Arabic first, or only those (the plan is not changed)</source>
        <translation>اعرض الدورات التي تُدرَّس بالعربية أولًا، أو هي وحدها (لا تتغيّر الخطة)</translation>
    </message>
    <message>
        <source>This roadmap is empty. Add its first phase here, or import a roadmap from the File menu.</source>
        <translation>خارطة الطريق هذه فارغة. أضِف مرحلتها الأولى هنا، أو استورد خارطة طريق من قائمة «ملف».</translation>
    </message>
    <message>
        <source>Add an Item</source>
        <translation>أضِف عنصرًا</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>ح&amp;ذف</translation>
    </message>
    <message>
        <source>Remove the selected items (Delete)</source>
        <translation>احذف العناصر المحدّدة (Delete)</translation>
    </message>
    <message>
        <source>Move U&amp;p</source>
        <translation>نقل لأعل&amp;ى</translation>
    </message>
    <message>
        <source>Move up among its siblings (Ctrl+Shift+Up)</source>
        <translation>انقله إلى أعلى بين أشقائه (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <source>Move down among its siblings (Ctrl+Shift+Down)</source>
        <translation>انقله إلى أسفل بين أشقائه (Ctrl+Shift+Down)</translation>
    </message>
    <message>
        <source>Make it a part of the item above (Ctrl+])</source>
        <translation>اجعله جزءًا من العنصر الذي فوقه (Ctrl+])</translation>
    </message>
    <message>
        <source>Move it out of its parent (Ctrl+[)</source>
        <translation>أخرجه من العنصر الذي يحويه (Ctrl+[)</translation>
    </message>
</context>
<context>
    <name>Masar::SessionDialog</name>
    <message>
        <source>Edit Study Session</source>
        <translation>تحرير جلسة الدراسة</translation>
    </message>
    <message>
        <source>Log Study</source>
        <translation>تسجيل دراسة</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;العنصر:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <source>&amp;Started at:</source>
        <translation>البداية في:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>المدة:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>الملاحظة:</translation>
    </message>
</context>
<context>
    <name>Masar::StudyLog</name>
    <message>
        <source>A study session must end after it starts.</source>
        <translation>يجب أن تنتهي جلسة الدراسة بعد أن تبدأ.</translation>
    </message>
    <message>
        <source>A study session cannot be longer than 24 hours. Log longer study as several sessions.</source>
        <translation>لا يمكن أن تزيد جلسة الدراسة على 24 ساعة. سجّل الدراسة الأطول في عدة جلسات.</translation>
    </message>
    <message>
        <source>A study session cannot end in the future.</source>
        <translation>لا يمكن أن تنتهي جلسة الدراسة في المستقبل.</translation>
    </message>
    <message>
        <source>Choose the roadmap item this session was spent on.</source>
        <translation>اختر عنصر خارطة الطريق الذي قضيت فيه هذه الجلسة.</translation>
    </message>
    <message>
        <source>Log %1 on &quot;%2&quot;</source>
        <translation>تسجيل %1 على «%2»</translation>
    </message>
    <message numerus="yes">
        <source>This session overlaps %Ln other session(s); the shared time is counted once.</source>
        <translation>
            <numerusform>هذه الجلسة لا تتداخل مع جلسات أخرى.</numerusform>
            <numerusform>تتداخل هذه الجلسة مع جلسة أخرى؛ يُحسب الوقت المشترك مرة واحدة.</numerusform>
            <numerusform>تتداخل هذه الجلسة مع جلستين أخريين؛ يُحسب الوقت المشترك مرة واحدة.</numerusform>
            <numerusform>تتداخل هذه الجلسة مع %Ln جلسات أخرى؛ يُحسب الوقت المشترك مرة واحدة.</numerusform>
            <numerusform>تتداخل هذه الجلسة مع %Ln جلسة أخرى؛ يُحسب الوقت المشترك مرة واحدة.</numerusform>
            <numerusform>تتداخل هذه الجلسة مع %Ln جلسة أخرى؛ يُحسب الوقت المشترك مرة واحدة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit study session</source>
        <translation>تحرير جلسة الدراسة</translation>
    </message>
    <message>
        <source>Delete study session</source>
        <translation>حذف جلسة الدراسة</translation>
    </message>
    <message>
        <source>Choose the roadmap item to study first.</source>
        <translation>اختر أولًا عنصر خارطة الطريق الذي ستدرسه.</translation>
    </message>
</context>
<context>
    <name>Masar::StudyReminder</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Time to study</source>
        <translation>حان وقت الدراسة</translation>
    </message>
</context>
<context>
    <name>Masar::StudyTimeDialog</name>
    <message>
        <source>Study Time</source>
        <translation>وقت الدراسة</translation>
    </message>
    <message>
        <source>Minutes of study on each day of the week</source>
        <translation>دقائق الدراسة في كل يوم من أيام الأسبوع</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>تاريخ &amp;البدء:</translation>
    </message>
    <message>
        <source>&amp;Finish by</source>
        <translation>الانتهاء &amp;قبل</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>الهدف:</translation>
    </message>
    <message>
        <source>Preferred &amp;time of day:</source>
        <translation>الوقت المفضّل من اليوم:</translation>
    </message>
    <message>
        <source>Days off (holidays, exams, travel)</source>
        <translation>أيام الانقطاع (عطلات، امتحانات، سفر)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>أيام الانقطاع</translation>
    </message>
    <message>
        <source>&amp;Add Days Off</source>
        <translation>&amp;إضافة أيام انقطاع</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>&amp;Import from Calendar File…</source>
        <translation>ا&amp;ستورد من ملف تقويم…</translation>
    </message>
    <message>
        <source>Adds the days of an .ics file&apos;s events (a school calendar, public holidays, exams) as days off.</source>
        <translation>يضيف أيام أحداث ملف ‎.ics‎ (تقويم مدرسي، عطل رسمية، امتحانات) أيامَ عطلة.</translation>
    </message>
    <message>
        <source>Import Days Off</source>
        <translation>استيراد أيام العطلة</translation>
    </message>
    <message>
        <source>iCalendar file (*.ics);;All files (*)</source>
        <translation>ملف iCalendar ‏(*.ics);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>%1 has no days from the start date on that are not listed already.</source>
        <translation>ليس في %1 أيام من تاريخ البدء فصاعدًا غير مدرجة من قبل.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a calendar of days off (%2).</source>
        <translation>‏%1 أكبر من أن يكون تقويم أيام عطلة (%2).</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>التاريخ المستهدف</translation>
    </message>
    <message>
        <source>Courses at the sa&amp;me time:</source>
        <translation>الدورات في الوقت نفسه:</translation>
    </message>
</context>
<context>
    <name>Masar::TodayPage</name>
    <message>
        <source>&amp;Re-plan from Today</source>
        <translation>إعادة التخطي&amp;ط من اليوم</translation>
    </message>
    <message>
        <source>Today&apos;s plan</source>
        <translation>خطة اليوم</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Why now</source>
        <translation>لماذا الآن</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>تعليمه م&amp;نجزًا</translation>
    </message>
    <message>
        <source>Mark In &amp;Progress</source>
        <translation>تعليمه &amp;قيد التقدم</translation>
    </message>
    <message>
        <source>Mark S&amp;kipped</source>
        <translation>تعليمه متجا&amp;وزًا</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Planned to end</source>
        <translation>الانتهاء المخطط</translation>
    </message>
    <message>
        <source>Overdue items</source>
        <translation>العناصر المتأخرة</translation>
    </message>
    <message>
        <source>Focus timer</source>
        <translation>مؤقّت التركيز</translation>
    </message>
    <message>
        <source>Item to study</source>
        <translation>العنصر المراد دراسته</translation>
    </message>
    <message>
        <source>Timer length</source>
        <translation>مدة المؤقّت</translation>
    </message>
    <message>
        <source>Pomodoro: 25 min focus, 5 min break</source>
        <translation>بومودورو: 25 دقيقة تركيز و5 دقائق راحة</translation>
    </message>
    <message>
        <source>Long focus: 50 min, 10 min break</source>
        <translation>تركيز طويل: 50 دقيقة و10 دقائق راحة</translation>
    </message>
    <message>
        <source>Free: no set length</source>
        <translation>حر: بلا مدة محددة</translation>
    </message>
    <message>
        <source>S&amp;top and Log</source>
        <translation>&amp;أوقف وسجّل</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Study log</source>
        <translation>سجل الدراسة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>&amp;Log Study…</source>
        <translation>سجّ&amp;ل دراسة…</translation>
    </message>
    <message>
        <source>No plan can be made: %1</source>
        <translation>تتعذّر الخطة: %1</translation>
    </message>
    <message>
        <source>You are on plan.</source>
        <translation>أنت على الخطة.</translation>
    </message>
    <message numerus="yes">
        <source>You are %1 ahead of plan (about %Ln day(s)).</source>
        <translation>
            <numerusform>أنت متقدم %1 على الخطة (أقل من يوم).</numerusform>
            <numerusform>أنت متقدم %1 على الخطة (نحو يوم واحد).</numerusform>
            <numerusform>أنت متقدم %1 على الخطة (نحو يومين).</numerusform>
            <numerusform>أنت متقدم %1 على الخطة (نحو %Ln أيام).</numerusform>
            <numerusform>أنت متقدم %1 على الخطة (نحو %Ln يومًا).</numerusform>
            <numerusform>أنت متقدم %1 على الخطة (نحو %Ln يوم).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You are %1 behind plan (about %Ln day(s)).</source>
        <translation>
            <numerusform>أنت متأخر %1 عن الخطة (أقل من يوم).</numerusform>
            <numerusform>أنت متأخر %1 عن الخطة (نحو يوم واحد).</numerusform>
            <numerusform>أنت متأخر %1 عن الخطة (نحو يومين).</numerusform>
            <numerusform>أنت متأخر %1 عن الخطة (نحو %Ln أيام).</numerusform>
            <numerusform>أنت متأخر %1 عن الخطة (نحو %Ln يومًا).</numerusform>
            <numerusform>أنت متأخر %1 عن الخطة (نحو %Ln يوم).</numerusform>
        </translation>
    </message>
    <message>
        <source>Next in your roadmap</source>
        <translation>التالي في خارطة طريقك</translation>
    </message>
    <message>
        <source>You pinned it to start on %1</source>
        <translation>ثبّتَّ بدايته على %1</translation>
    </message>
    <message>
        <source>Its prerequisites are finished</source>
        <translation>انتهت متطلباته السابقة</translation>
    </message>
    <message>
        <source>You are in the middle of it</source>
        <translation>أنت في منتصفه</translation>
    </message>
    <message>
        <source>(removed item)</source>
        <translation>(عنصر محذوف)</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>المؤقّت</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>يدويًا</translation>
    </message>
    <message>
        <source>Focus time is over: take a break, then stop to log the session.</source>
        <translation>انتهى وقت التركيز: خذ استراحة، ثم أوقف المؤقّت لتسجيل الجلسة.</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>&amp;ابدأ</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>تح&amp;رير…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Log Study…</source>
        <translation>سجّل دراسة…</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>لا شيء متأخر.</translation>
    </message>
    <message>
        <source>No study logged yet. Start the focus timer above, or log time you studied away from the computer.</source>
        <translation>لم تُسجَّل أي دراسة بعد. شغّل مؤقت التركيز أعلاه، أو سجّل وقتًا درسته بعيدًا عن الحاسوب.</translation>
    </message>
    <message>
        <source>Nothing is planned for today. The next study day is %1. Study done anyway still counts.</source>
        <translation>لا شيء مخطط لليوم. يوم الدراسة التالي هو %1. وما تدرسه اليوم يُحتسب مع ذلك.</translation>
    </message>
    <message>
        <source>Nothing can be planned until the plan&apos;s problem above is solved.</source>
        <translation>لا يمكن التخطيط حتى تُحلّ مشكلة الخطة المذكورة أعلاه.</translation>
    </message>
    <message>
        <source>Nothing is left to plan: everything in this roadmap is done or skipped.</source>
        <translation>لم يبقَ شيء للتخطيط: كل ما في خارطة الطريق هذه منجز أو متجاوز.</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>استئنا&amp;ف</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>إيقا&amp;ف مؤقت</translation>
    </message>
</context>
<context>
    <name>Masar::WelcomeDialog</name>
    <message>
        <source>Welcome to Masar</source>
        <translation>مرحبًا بك في مسار</translation>
    </message>
    <message>
        <source>Masar turns a learning roadmap into a study calendar that fits your week. Choose a roadmap and say how much time you can study; you can change all of it later.</source>
        <translation>يحوّل مسار خارطة طريق التعلّم إلى تقويم دراسة يناسب أسبوعك. اختر خارطة طريق وحدّد الوقت الذي تستطيع الدراسة فيه؛ ويمكنك تغيير ذلك كله لاحقًا.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <source>&amp;Start on:</source>
        <translation>البدء في:</translation>
    </message>
    <message>
        <source>&amp;Roadmap:</source>
        <translation>خارطة الطريق:</translation>
    </message>
    <message>
        <source>Minutes of study on each day:</source>
        <translation>دقائق الدراسة في كل يوم:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;تخطٍّ</translation>
    </message>
    <message>
        <source>&amp;Plan My Studies</source>
        <translation>&amp;خطّط دراستي</translation>
    </message>
    <message numerus="yes">
        <source>%Ln phase(s), %1 courses, %2 topics; about %3 of study.</source>
        <translation>
            <numerusform>لا مراحل، و%1 مقررات، و%2 موضوعات؛ نحو %3 من الدراسة.</numerusform>
            <numerusform>مرحلة واحدة، و%1 مقررات، و%2 موضوعات؛ نحو %3 من الدراسة.</numerusform>
            <numerusform>مرحلتان، و%1 مقررات، و%2 موضوعات؛ نحو %3 من الدراسة.</numerusform>
            <numerusform>%Ln مراحل، و%1 مقررات، و%2 موضوعات؛ نحو %3 من الدراسة.</numerusform>
            <numerusform>%Ln مرحلة، و%1 مقررات، و%2 موضوعات؛ نحو %3 من الدراسة.</numerusform>
            <numerusform>%Ln مرحلة، و%1 مقررات، و%2 موضوعات؛ نحو %3 من الدراسة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give at least one day some minutes to see when you would finish.</source>
        <translation>امنح يومًا واحدًا على الأقل بعض الدقائق لترى متى تنتهي.</translation>
    </message>
    <message numerus="yes">
        <source>At %1 a week you would finish on %2 (about %Ln week(s)).</source>
        <translation>
            <numerusform>بمعدل %1 في الأسبوع تنتهي في %2 (في أقل من أسبوع).</numerusform>
            <numerusform>بمعدل %1 في الأسبوع تنتهي في %2 (بعد نحو أسبوع).</numerusform>
            <numerusform>بمعدل %1 في الأسبوع تنتهي في %2 (بعد نحو أسبوعين).</numerusform>
            <numerusform>بمعدل %1 في الأسبوع تنتهي في %2 (بعد نحو %Ln أسابيع).</numerusform>
            <numerusform>بمعدل %1 في الأسبوع تنتهي في %2 (بعد نحو %Ln أسبوعًا).</numerusform>
            <numerusform>بمعدل %1 في الأسبوع تنتهي في %2 (بعد نحو %Ln أسبوع).</numerusform>
        </translation>
    </message>
    <message>
        <source>Roadmaps</source>
        <translation>خرائط الطريق</translation>
    </message>
    <message>
        <source>&amp;Import a Roadmap…</source>
        <translation>ا&amp;ستيراد خارطة طريق…</translation>
    </message>
    <message>
        <source>Plan a roadmap of your own instead: a Markdown file, or one exported from Masar</source>
        <translation>خطِّط لخارطة طريق من عندك بدلًا منها: ملف Markdown، أو خارطة صدّرتها من مسار</translation>
    </message>
</context>
<context>
    <name>PlanPrinter</name>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>الجهد</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>Finish: %1</source>
        <translation>الانتهاء: %1</translation>
    </message>
    <message>
        <source>Accepted plan finished on %1 (%2 days of drift).</source>
        <translation>كانت الخطة المعتمدة تنتهي في %1 (انحراف %2 يومًا).</translation>
    </message>
    <message>
        <source>The target date is missed; about %1 h a week would meet it.</source>
        <translation>لن يُدرك التاريخ المستهدف؛ نحو %1 ساعة أسبوعيًا تكفي لإدراكه.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>تنبيه: %1</translation>
    </message>
</context>
<context>
    <name>RoadmapJson</name>
    <message>
        <source>%1 is not valid JSON: %2 (at byte %3).</source>
        <translation>%1 ليس JSON صالحًا: %2 (عند البايت %3).</translation>
    </message>
    <message>
        <source>%1 does not contain a roadmap object.</source>
        <translation>لا يحتوي %1 على كائن خارطة طريق.</translation>
    </message>
    <message>
        <source>%1 is not a Masar roadmap file.</source>
        <translation>%1 ليس ملف خارطة طريق لمسار.</translation>
    </message>
    <message>
        <source>%1 uses roadmap format version %2; this version of Masar reads up to version %3. Please update Masar.</source>
        <translation>يستخدم %1 الإصدار %2 من صيغة خرائط الطريق، وهذا الإصدار من مسار يقرأ حتى الإصدار %3. يُرجى تحديث مسار.</translation>
    </message>
    <message>
        <source>%1 has no valid format version.</source>
        <translation>لا يحمل %1 رقم إصدار صالحًا للصيغة.</translation>
    </message>
    <message>
        <source>%1: the roadmap has no title.</source>
        <translation>%1: خارطة الطريق بلا عنوان.</translation>
    </message>
    <message>
        <source>%1: hours per week must be between 0 and 168.</source>
        <translation>%1: يجب أن تكون الساعات الأسبوعية بين 0 و168.</translation>
    </message>
    <message>
        <source>%1: the roadmap has no nodes.</source>
        <translation>%1: خارطة الطريق بلا عناصر.</translation>
    </message>
    <message>
        <source>%1: nodes are nested deeper than %2 levels.</source>
        <translation>%1: العناصر متداخلة لأكثر من %2 مستوى.</translation>
    </message>
    <message>
        <source>%1: node %2 is not an object.</source>
        <translation>%1: العنصر %2 ليس كائنًا.</translation>
    </message>
    <message>
        <source>%1: node %2 has children that are not a list.</source>
        <translation>%1: أبناء العنصر %2 ليسوا قائمة.</translation>
    </message>
    <message>
        <source>%1: node %2 (&quot;%3&quot;) has no effort.</source>
        <translation>%1: العنصر %2 («%3») بلا جهد.</translation>
    </message>
    <message>
        <source>%1: node %2 has an unknown kind.</source>
        <translation>%1: نوع العنصر %2 غير معروف.</translation>
    </message>
    <message>
        <source>%1: node %2 has no title.</source>
        <translation>%1: العنصر %2 بلا عنوان.</translation>
    </message>
    <message>
        <source>%1: node %2 (&quot;%3&quot;) has a link that is not an http(s) address.</source>
        <translation>%1: رابط العنصر %2 («%3») ليس عنوان http(s).</translation>
    </message>
    <message>
        <source>%1: node %2 has an unknown content language.</source>
        <translation>%1: لغة محتوى العنصر %2 غير معروفة.</translation>
    </message>
    <message>
        <source>%1: node %2 has an unknown competency area.</source>
        <translation>%1: مجال كفاءة العنصر %2 غير معروف.</translation>
    </message>
    <message>
        <source>%1: node %2 (&quot;%3&quot;) has an invalid effort.</source>
        <translation>%1: جهد العنصر %2 («%3») غير صالح.</translation>
    </message>
    <message>
        <source>%1: node %2 has an unknown status.</source>
        <translation>%1: حالة العنصر %2 غير معروفة.</translation>
    </message>
    <message>
        <source>%1: node %2 repeats the reference &quot;%3&quot;.</source>
        <translation>%1: العنصر %2 يكرر المرجع «%3».</translation>
    </message>
    <message>
        <source>%1: node %2 has an invalid start date.</source>
        <translation>%1: تاريخ بداية العنصر %2 غير صالح.</translation>
    </message>
    <message>
        <source>%1: %2 refers to a node &quot;%3&quot; that the file does not have.</source>
        <translation>%1: يشير %2 إلى عنصر «%3» غير موجود في الملف.</translation>
    </message>
    <message>
        <source>study session %1</source>
        <translation>جلسة الدراسة %1</translation>
    </message>
    <message>
        <source>%1: %2 has an invalid start or end.</source>
        <translation>%1: بداية %2 أو نهايتها غير صالحة.</translation>
    </message>
    <message>
        <source>note %1</source>
        <translation>الملاحظة %1</translation>
    </message>
    <message>
        <source>prerequisite %1</source>
        <translation>المتطلب السابق %1</translation>
    </message>
    <message>
        <source>%1: %2 is not between two nodes.</source>
        <translation>%1: %2 لا يربط بين عنصرين.</translation>
    </message>
    <message>
        <source>%1: the study time must list 7 weekdays.</source>
        <translation>%1: يجب أن يذكر وقت الدراسة أيام الأسبوع السبعة.</translation>
    </message>
    <message>
        <source>%1: the study time of a weekday is not between 0 and 24 hours.</source>
        <translation>%1: وقت الدراسة في أحد الأيام ليس بين 0 و24 ساعة.</translation>
    </message>
    <message>
        <source>%1: a blocked range has invalid dates.</source>
        <translation>%1: تواريخ إحدى الفترات المحجوبة غير صالحة.</translation>
    </message>
</context>
<context>
    <name>RoadmapNode</name>
    <message>
        <source>Phase</source>
        <translation>مرحلة</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>دورة</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>مصدر</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>معلم</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التقدم</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>متجاوَز</translation>
    </message>
</context>
<context>
    <name>RoadmapShGraph</name>
    <message>
        <source>%1 is not valid JSON (%2 at character %3).</source>
        <translation>الملف %1 ليس JSON صالحًا (%2 عند المحرف %3).</translation>
    </message>
    <message>
        <source>%1 is not a roadmap.sh roadmap: it has no list of nodes.</source>
        <translation>الملف %1 ليس خارطة طريق من roadmap.sh: لا قائمة عُقد فيه.</translation>
    </message>
    <message>
        <source>Two nodes have the id %1; the second is left out.</source>
        <translation>لعقدتين المعرّف %1 نفسه؛ تُركت الثانية.</translation>
    </message>
    <message>
        <source>%1: the topic with the id %2 has no label, so it cannot be named in the plan. Nothing was imported.</source>
        <translation>%1: الموضوع ذو المعرّف %2 بلا عنوان، فلا يمكن تسميته في الخطة. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>%1: the subtopic with the id %2 has no label, so it cannot be named in the plan. Nothing was imported.</source>
        <translation>%1: الموضوع الفرعي ذو المعرّف %2 بلا عنوان، فلا يمكن تسميته في الخطة. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>%1 has no topics to study.</source>
        <translation>لا موضوعات للدراسة في %1.</translation>
    </message>
    <message>
        <source>An edge leads from %1 to %2, but there is no node %3; the edge is left out.</source>
        <translation>يصل خطٌّ من %1 إلى %2، ولا عقدة %3؛ تُرك الخط.</translation>
    </message>
    <message>
        <source>%1: the solid edges go round in a circle (%2), so the topics have no order. Nothing was imported.</source>
        <translation>%1: تدور الخطوط المتصلة في حلقة (%2)، فلا ترتيب للموضوعات. لم يُستورد شيء.</translation>
    </message>
</context>
<context>
    <name>RoadmapShImporter</name>
    <message>
        <source>The content file %1 is not named SLUG@ID.md, so it belongs to no node.</source>
        <translation>ملف المحتوى %1 ليس مسمًّى SLUG@ID.md، فلا ينتمي إلى أي عقدة.</translation>
    </message>
    <message>
        <source>The content file %1 is for the id %2, which is no topic of the roadmap; it is left out.</source>
        <translation>ملف المحتوى %1 للمعرّف %2، وليس موضوعًا في خارطة الطريق؛ تُرك.</translation>
    </message>
    <message>
        <source>%1 and %2 are both for the id %3; the first is read.</source>
        <translation>الملفان %1 و%2 كلاهما للمعرّف %3؛ قُرئ الأول.</translation>
    </message>
    <message>
        <source>The content file %1 is larger than %2 KB; nothing was imported.</source>
        <translation>ملف المحتوى %1 أكبر من %2 كيلوبايت؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>The folder %1 is not a roadmap.sh roadmap: it has no %2.</source>
        <translation>المجلد %1 ليس خارطة طريق من roadmap.sh: لا يحتوي %2.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 غير موجود.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: it is not a roadmap graph, and nothing was imported.</source>
        <translation>حجم %1 أكبر من %2 ميغابايت: ليس مخطط خارطة طريق، ولم يُستورد شيء.</translation>
    </message>
    <message>
        <source>%1 has no content folder, which holds the topics&apos; descriptions and links; nothing was imported.</source>
        <translation>لا مجلد content في %1، وهو الذي يحوي أوصاف الموضوعات وروابطها؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The content folder holds more than %1 files: it is not a roadmap&apos;s, and nothing was imported.</source>
        <translation>في مجلد المحتوى أكثر من %1 ملف: ليس مجلد خارطة طريق، ولم يُستورد شيء.</translation>
    </message>
    <message>
        <source>“%1” (id %2) has no content file: content/…@%2.md is missing, so nothing was imported.</source>
        <translation>لا ملف محتوى لـ«%1» (المعرّف %2): الملف content/…@%2.md مفقود، فلم يُستورد شيء.</translation>
    </message>
</context>
<context>
    <name>RoadmapTreeModel</name>
    <message>
        <source>%1 h</source>
        <translation>%1 س</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <source>The roadmap states &quot;%1&quot; (%2) for this item, but its parts add up to %3.</source>
        <translation>تذكر خارطة الطريق «%1» (%2) لهذا العنصر، لكن مجموع أجزائه %3.</translation>
    </message>
    <message>
        <source>Optional: not planned unless you include it.</source>
        <translation>اختياري: لا يُخطَّط له ما لم تُضمّنه.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Competency area</source>
        <translation>مجال الكفاءة</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>الجهد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>There is no study time in the week. Give at least one weekday some minutes.</source>
        <translation>لا يوجد وقت للدراسة في الأسبوع. خصّص بعض الدقائق ليوم واحد على الأقل.</translation>
    </message>
    <message>
        <source>At least one course must be allowed to run at a time.</source>
        <translation>يجب السماح بدورة واحدة على الأقل في الوقت نفسه.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is pinned to %2, before the plan starts on %3.</source>
        <translation>«%1» مثبّت على %2، قبل بدء الخطة في %3.</translation>
    </message>
    <message>
        <source>These items are each other&apos;s prerequisites, so none can start: %1.</source>
        <translation>هذه العناصر متطلبات سابقة لبعضها، فلا يمكن أن يبدأ أيٌّ منها: %1.</translation>
    </message>
    <message>
        <source>Every day from %1 on is blocked or has no study time, so nothing can be planned.</source>
        <translation>كل يوم ابتداءً من %1 محجوب أو بلا وقت للدراسة، فلا يمكن تخطيط شيء.</translation>
    </message>
    <message>
        <source>At this pace the plan would take more than %1 years. Add study time or remove work from the plan.</source>
        <translation>بهذه الوتيرة ستستغرق الخطة أكثر من %1 سنة. أضف وقتًا للدراسة أو أزل عملًا من الخطة.</translation>
    </message>
    <message>
        <source>These items wait for each other and can never start: %1.</source>
        <translation>هذه العناصر ينتظر بعضها بعضًا ولا يمكن أن تبدأ أبدًا: %1.</translation>
    </message>
    <message>
        <source>The plan ends on %1, after the target date %2.</source>
        <translation>تنتهي الخطة في %1، بعد التاريخ المستهدف %2.</translation>
    </message>
</context>
<context>
    <name>StudyEvents</name>
    <message>
        <source>%1: %2</source>
        <comment>a label and its value, e.g. Course: Linear Algebra</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>الرابط: %1</translation>
    </message>
    <message>
        <source>Study: %1 — %2</source>
        <translation>دراسة: %1 — %2</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>%1 is %2 MB; files of up to %3 MB can be imported.</source>
        <translation>حجم الملف %1 يبلغ %2 ميغابايت، والحد الأقصى لحجم الملفات التي يمكن استيرادها %3 ميغابايت.</translation>
    </message>
    <message>
        <source>%1 is encoded as UTF-32, which cannot be imported. Save it as UTF-8 and import it again.</source>
        <translation>الملف %1 مُرمَّز بترميز UTF-32 الذي لا يمكن استيراده. احفظه بترميز UTF-8 ثم أعد استيراده.</translation>
    </message>
    <message>
        <source>Windows-1256 (Arabic)</source>
        <translation>Windows-1256 (العربية)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (لغات أوروبا الغربية)</translation>
    </message>
    <message>
        <source>The file is not in UTF-8, so it was read as %1. If letters look wrong, save the file as UTF-8 and import it again.</source>
        <translation>الملف ليس بترميز UTF-8، لذا قُرئ بترميز %1. إن بدت الحروف مشوّهة فاحفظ الملف بترميز UTF-8 ثم أعد استيراده.</translation>
    </message>
    <message>
        <source>%1 does not look like a text file.</source>
        <translation>الملف %1 لا يبدو ملفًا نصيًا.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>الملف %1 فارغ.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid byte sequence(s) could not be decoded and were replaced with the replacement character U+FFFD.</source>
        <translation>
            <numerusform>لم يتعذّر فك ترميز أي تسلسل من البايتات.</numerusform>
            <numerusform>تعذّر فك ترميز تسلسل بايتات واحد غير صالح، فوُضع مكانه محرف الاستبدال U+FFFD.</numerusform>
            <numerusform>تعذّر فك ترميز تسلسلَين غير صالحَين من البايتات، فوُضع مكانهما محرف الاستبدال U+FFFD.</numerusform>
            <numerusform>تعذّر فك ترميز %Ln تسلسلات غير صالحة من البايتات، فوُضع مكانها محرف الاستبدال U+FFFD.</numerusform>
            <numerusform>تعذّر فك ترميز %Ln تسلسلًا غير صالح من البايتات، فوُضع مكانها محرف الاستبدال U+FFFD.</numerusform>
            <numerusform>تعذّر فك ترميز %Ln تسلسل غير صالح من البايتات، فوُضع مكانها محرف الاستبدال U+FFFD.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) where the text had once been decoded with the wrong encoding were repaired.</source>
        <translation>
            <numerusform>لم يُصلَح أي موضع.</numerusform>
            <numerusform>أُصلح موضع واحد كان النص فيه قد فُكّ ترميزه بترميز خاطئ.</numerusform>
            <numerusform>أُصلح موضعان كان النص فيهما قد فُكّ ترميزه بترميز خاطئ.</numerusform>
            <numerusform>أُصلحت %Ln مواضع كان النص فيها قد فُكّ ترميزه بترميز خاطئ.</numerusform>
            <numerusform>أُصلح %Ln موضعًا كان النص فيها قد فُكّ ترميزه بترميز خاطئ.</numerusform>
            <numerusform>أُصلح %Ln موضع كان النص فيها قد فُكّ ترميزه بترميز خاطئ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>No display is available (DISPLAY and WAYLAND_DISPLAY are not set), so the window was not opened. Run Masar in a desktop session to open it.</source>
        <translation>لا تتوفر شاشة (المتغيران DISPLAY وWAYLAND_DISPLAY غير معرَّفين)، لذا لم تُفتح النافذة. شغّل مسار في جلسة سطح مكتب لفتحها.</translation>
    </message>
</context>
</TS>
