<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BackupCommand</name>
    <message>
        <source>There are no backups of %1 in %2 yet (one is made each day Masar is used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of %1, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no good backup of %1 to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is healthy, and the backup is older than it. Nothing was changed; add --force to restore the backup anyway (the database is kept beside it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file that was there is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuiltinRoadmaps</name>
    <message>
        <source>There is no built-in roadmap &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in roadmap &quot;%1&quot; could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Masar — a study planner for AI/ML-engineering roadmaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the database file PATH instead of the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roadmap to use (its number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good backup is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases: %1, courses: %2, topics: %3, resources: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total planned effort: %1 (at %2 h/week that is about %3 weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command. Try &quot;masar --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmaps in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in roadmaps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--roadmap needs the number of a roadmap (see &quot;masar roadmaps&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan from DATE (YYYY-MM-DD) instead of today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from needs a date such as 2026-09-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output of &quot;plan&quot;: table, csv or json; of &quot;import&quot;: text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;import&quot;: show what the file holds, add nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;import&quot; needs one file: masar import FILE [--dry-run] [--format text|json].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;export-ics&quot;: only the next N weeks (0: the whole plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;export-ics&quot; needs one file: masar export-ics FILE [--weeks N] [--roadmap ID].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--weeks needs a number of weeks (0: the whole plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;restore&quot;: replace the database even when it is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roadmaps: list the roadmaps; summary: summarize a roadmap; plan: print the study plan; import FILE: add a Markdown or JSON roadmap; export-ics FILE: write the study plan as a calendar file; backups: list the automatic backups; restore [BACKUP]: put the newest good backup (or BACKUP) in place of the database. Without a command the window opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;restore&quot; takes at most one file: masar restore [BACKUP] [--force].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Did you mean &quot;%2&quot;? Try &quot;masar --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompetencyArea</name>
    <message>
        <source>Mathematics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLOps &amp; Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLMs &amp; Generative AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software Engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no roadmap with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Masar database (it is not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the database %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is read-only. Masar needs to write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be created: the folder is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another program, not a Masar database. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Masar (schema %2; this version knows up to %3). It was not changed; please update Masar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be prepared: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be upgraded to schema %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be moved aside; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be copied to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item &quot;%1&quot; is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the change failed, so none of it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the database %1 is read-only. Masar needs to write beside the database (its journal and backups). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is locked by another program. Close that program and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Masar database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using the database and holds it locked, so nothing was changed. Close that program and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so nothing was changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database can only be read (its file or folder is read-only), so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk could not be read or written (%1), so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged (%1), so nothing was changed. Restart Masar to restore the newest good backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GanttExporter</name>
    <message>
        <source>The picture would be %1 × %2 pixels, too large for an image. Zoom out, export the visible part, or export to PDF, which splits the plan into pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file or printer could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GanttScene</name>
    <message>
        <source>Q%1</source>
        <extracomment>Quarter of the year in the calendar header, e.g. &quot;Q3&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>Masar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roadmaps in %1 could not be read. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcsCommand</name>
    <message numerus="yes">
        <source>Wrote %Ln event(s) to %1.</source>
        <translation>
            <numerusform>Wrote %Ln event to %1.</numerusform>
            <numerusform>Wrote %Ln events to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IcsReader</name>
    <message>
        <source>%1 is too large for a calendar file (more than %2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an iCalendar file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is incomplete: it ends before END:VCALENDAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read as an iCalendar file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the event “%2” has no valid start (DTSTART).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcsWriter</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>from “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of a section above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default for a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>states %1 in “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace: %1 h a week (the document states none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace: %1 h a week, from “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items, %2 with a duration from the text; total planned effort %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Masar roadmap file with %1 study sessions and %2 notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added as roadmap %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownImporter</name>
    <message numerus="yes">
        <source>%Ln list item(s) nested deeper than %1 levels were kept at level %1.</source>
        <translation>
            <numerusform>%Ln list item nested deeper than %1 levels was kept at level %1.</numerusform>
            <numerusform>%Ln list items nested deeper than %1 levels were kept at level %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No roadmap was found in %1: it has no headings, lists or course tables to turn into phases and courses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It describes the role, the career or the document rather than something to study.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It comes before the first section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code blocks are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML is not imported; write tables and lists in Markdown to import them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table has no rows under its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table has no column of titles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A detail that is neither a title, a duration nor a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a roadmap file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; roadmap files larger than %3 MB are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines such as “##Month 1” were read as headings, although Markdown needs a space after the #.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link within the document (a table of contents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The front matter (metadata at the top, between “---” lines) is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Masar::AboutDialog</name>
    <message>
        <source>About Masar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KDE KSyntaxHighlighting %1: code in notes is highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1 (running on Qt %2), with Qt Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QtKeychain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>md4c %1 (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libical %1 (calendars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Masar %1&lt;/h2&gt;&lt;p&gt;A study planner for AI/ML-engineering roadmaps.&lt;/p&gt;&lt;p&gt;License: GNU General Public License, version 3 or later. Masar comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masar icon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Masar::CalDavReply</name>
    <message>
        <source>The server %1 did not accept the user name or the password. Check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 does not allow this account to do this. Check that the calendar belongs to this account, or ask the server&apos;s administrator for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 has nothing at this address. Check the address; the calendar or event may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 refused the change because it conflicts with what is there (for example, the calendar exists already or the folder for it does not). Check the address and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item on the server %1 is not the version Masar expected: it was changed, created or deleted elsewhere. Sync again to get the current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 failed with an internal error (%2). Try again later; if it keeps happening, tell the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server %1 did not answer within %Ln second(s). Check your network connection, or try again later.</source>
        <translation>
            <numerusform>The server %1 did not answer within %Ln second. Check your network connection, or try again later.</numerusform>
            <numerusform>The server %1 did not answer within %Ln seconds. Check your network connection, or try again later.</numerusform>
        </translation>
    </message>
    <message>
        <source>Masar could not set up a secure connection to the server %1 (%2). Check the address and that the server&apos;s certificate is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masar could not reach the server %1 (%2). Check the address and your network connection, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 sent an answer Masar does not understand (%2). Check that the address is the one of a CalDAV server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to the server %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an address Masar can use for a calendar server. Enter an address that starts with https:// or http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 answered from another address (%2). Enter that address instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Masar::CalendarAccountDialog</name>
    <message>
        <source>Calendar Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masar puts each planned study block in a calendar on your CalDAV server (Nextcloud, Radicale, Fastmail, iCloud …), where your phone can show it. Only Masar&apos;s own events are ever changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection first: the new calendar is made on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weeks ahead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;automatically when the plan changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was removed from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The password is asked for in each session and never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. The account has no calendar for events yet: make one with New Calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: %Ln calendar(s) found.</source>
        <translation>
            <numerusform>Connected: %Ln calendar found.</numerusform>
            <numerusform>Connected: %Ln calendars found.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new calendar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar “%1” was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, such as https://dav.example.org/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a calendar: Test Connection lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The password is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> week(s)</source>
        <translation>
            <numerusform> week</numerusform>
            <numerusform> weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::CalendarSyncController</name>
    <message>
        <source>No calendar account is set up: Settings → Calendar Account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar was not synced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar was not synced: its password is needed (Settings → Calendar Account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for %1 is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed, %4 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Calendar sync cancelled: %1; %Ln change(s) not made.</source>
        <translation>
            <numerusform>Calendar sync cancelled: %1; %Ln change not made.</numerusform>
            <numerusform>Calendar sync cancelled: %1; %Ln changes not made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calendar sync stopped: %1 (%2; %Ln change(s) not made)</source>
        <translation>
            <numerusform>Calendar sync stopped: %1 (%2; %Ln change not made)</numerusform>
            <numerusform>Calendar sync stopped: %1 (%2; %Ln changes not made)</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar sync stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Calendar synced: %1; %Ln event(s) changed on the server meanwhile were put back as planned.</source>
        <translation>
            <numerusform>Calendar synced: %1; %Ln event changed on the server meanwhile was put back as planned.</numerusform>
            <numerusform>Calendar synced: %1; %Ln events changed on the server meanwhile were put back as planned.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar synced: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Masar::CalendarSyncStatus</name>
    <message>
        <source>Cancel the calendar sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar sync progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Masar::CredentialStore</name>
    <message>
        <source>The system keychain cannot be used (%1). Masar does not keep the password anywhere else, so it will ask for it when it needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %Ln second(s); it may be locked or waiting to be unlocked. Masar does not keep the password anywhere else, so it will ask for it when it needs it.</source>
        <translation>
            <numerusform>The system keychain did not answer within %Ln second; it may be locked or waiting to be unlocked. Masar does not keep the password anywhere else, so it will ask for it when it needs it.</numerusform>
            <numerusform>The system keychain did not answer within %Ln seconds; it may be locked or waiting to be unlocked. Masar does not keep the password anywhere else, so it will ask for it when it needs it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::DatabaseErrorDialog</name>
    <message>
        <source>Masar cannot open your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic backup of this database was found. You can open another database file, or quit and check the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good automatic backup is %1 (from %2). Restoring it keeps the current file beside it, renamed, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Another File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or Create a Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masar databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Masar::GanttPage</name>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom (Ctrl+wheel over the calendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-plan from Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the current plan; the calendar then shows drift against it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Study Time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan can be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) later than the accepted plan</source>
        <translation>
            <numerusform>%Ln day later than the accepted plan</numerusform>
            <numerusform>%Ln days later than the accepted plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) earlier than the accepted plan</source>
        <translation>
            <numerusform>%Ln day earlier than the accepted plan</numerusform>
            <numerusform>%Ln days earlier than the accepted plan</numerusform>
        </translation>
    </message>
    <message>
        <source>the target date %1 is met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target date %1 is missed: about %2 h a week would meet it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target date %1 cannot be met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole Plan as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible Part as P&amp;NG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole Plan as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible Part as PD&amp;F…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Calendar as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Calendar as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to plan yet: this roadmap has no items. Add them on the Roadmap page, or import a roadmap from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Masar::GanttTimeline</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 – %3&lt;br&gt;Effort: %4&lt;br&gt;Still to study: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start pinned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gregorian: %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrow keys move a week at a time, Home goes back to today, and Enter opens the current item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Masar::HeatmapWidget</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Masar::ImportPreviewDialog</name>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what was found in %1. Check the kinds, durations and areas; double-click a value to correct it, untick what you do not want. Nothing is stored until you import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours per week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly study time the document&apos;s durations assume: “3 weeks” means 3 × this many hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per week the durations assume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap found in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the file that were left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document states no weekly pace; 10 h is assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: “%2” — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick to import this section after all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a section you chose to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: every part of the file was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration read from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A range: %1 to %2; %3 is planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duration of its own: a share of what a section above states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort set by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duration found: the default for a %1 is planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area from the words: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of several alternatives; not planned unless you choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alternative that is planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s), %1 with a duration from the text; %2 planned, about %3 weeks at %4 h a week.</source>
        <translation>
            <numerusform>%Ln item, %1 with a duration from the text; %2 planned, about %3 weeks at %4 h a week.</numerusform>
            <numerusform>%Ln items, %1 with a duration from the text; %2 planned, about %3 weeks at %4 h a week.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Masar::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New from Built-in Roadmap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Masar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 phases · %L2 courses · %L3 topics · %4 planned · %5 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the roadmap &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Study Time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A focus timer on &quot;%1&quot; was still running when Masar last closed. It started at %2 and was last seen at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Roadmap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Roadmap as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arabic-Indic (٠١٢٣)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Latin (0123)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gregorian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hijri (Islamic civil)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study &amp;Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notification at your preferred time of day with the day&apos;s plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders need a system tray, and this desktop has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Plan as iCalendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync Calendar Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note you are writing could not be saved, so closing Masar now would lose what you typed since it was last saved.

Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;alendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Masar::NewRoadmapDialog</name>
    <message>
        <source>New from Built-in Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a roadmap to add. Your other roadmaps stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in roadmaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

%2 phases, %3 courses, %4 topics; about %5 of study.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Masar::NodeDetailPanel</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competency &amp;area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated &amp;duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the link in the web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item of the roadmap to see and edit its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the sum of its parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roadmap states &quot;%1&quot; (%2) for this item, but its parts add up to %3. Planning uses the parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Prerequisite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item starts only after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prerequisites:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item that must be finished before this one starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effo&amp;rt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An optional item is not planned unless you include it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Masar::NoteBook</name>
    <message>
        <source>Untitled note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note could not be saved; its text stays in the editor. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Masar::NoteEditor</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the rendered note beside the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write in Markdown: # headings, - lists, ``` code blocks ```</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Masar::NoteExport</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Masar::NotesPage</name>
    <message>
        <source>Search notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach to Item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Note (Markdown, HTML or PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Notes to a Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its item was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet. Create one with New Note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a note on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item this note was attached to has been removed; the note is kept as a free note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A free note, not attached to an item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No item: a free note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach this note to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md);;HTML (*.html);;PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export All Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) written.</source>
        <translation>
            <numerusform>%Ln file written.</numerusform>
            <numerusform>%Ln files written.</numerusform>
        </translation>
    </message>
    <message>
        <source>No notes yet. Write down what you learn as you go: a note can belong to an item of the roadmap or stand on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note contains “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Masar::PageNavigation</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Masar::PlannerDocument</name>
    <message>
        <source>The value &quot;%1&quot; is not valid here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change status of %Ln item(s)</source>
        <translation>
            <numerusform>Change status of %Ln item</numerusform>
            <numerusform>Change status of %Ln items</numerusform>
        </translation>
    </message>
    <message>
        <source>Change effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Edit %Ln item(s)</source>
        <translation>
            <numerusform>Edit %Ln item</numerusform>
            <numerusform>Edit %Ln items</numerusform>
        </translation>
    </message>
    <message>
        <source>Add &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln item(s)</source>
        <translation>
            <numerusform>Remove %Ln item</numerusform>
            <numerusform>Remove %Ln items</numerusform>
        </translation>
    </message>
    <message>
        <source>An item cannot be moved into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln item(s)</source>
        <translation>
            <numerusform>Move %Ln item</numerusform>
            <numerusform>Move %Ln items</numerusform>
        </translation>
    </message>
    <message>
        <source>Pin start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blocked period must end on or after the day it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day has between 0 and 24 hours of study time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one course must be allowed to run at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot wait for &quot;%2&quot;: one contains the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change prerequisites of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roadmap is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of “%1” is not undone: study sessions or notes were added to it since. Remove the roadmap itself if it is no longer wanted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change study time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Masar::ProgressPage</name>
    <message>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studied %1 in all; %2 of planned work is done, %3 skipped, %4 to go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At your pace of the last four weeks (%1 a day) you finish on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log some study to see when you will finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %Ln day(s)</source>
        <translation>
            <numerusform>Current streak: %Ln day</numerusform>
            <numerusform>Current streak: %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Longest streak: %Ln day(s)</source>
        <translation>
            <numerusform>Longest streak: %Ln day</numerusform>
            <numerusform>Longest streak: %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Study days: %Ln</source>
        <translation>
            <numerusform>Study days: %Ln</numerusform>
            <numerusform>Study days: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>A study day has at least (minutes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day ends at (hour, for late-night study):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study days of the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion per competency area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3 of %4 planned (%5 done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours: planned, studied and forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1 — %2: %3 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competency radar (% done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hours per week, the last %Ln week(s)</source>
        <translation>
            <numerusform>Hours per week, the last %Ln week</numerusform>
            <numerusform>Hours per week, the last %Ln weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 (%3): %4 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done · %2 to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing studied yet. The charts fill in as you log study, and the finish date follows your pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log Study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save “%1” as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Masar::RoadmapFiles</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a JSON file, but not a roadmap written by Masar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmaps (*.md *.markdown *.txt *.json);;Markdown (*.md *.markdown *.txt);;Masar roadmap (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB and was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import “%1” from %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It brings %1 study session(s) and %2 note(s) with it. It is added beside your roadmaps; nothing is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “%1”. Undo removes it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masar roadmap (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Include your %Ln note(s) in the file?</source>
        <translation>
            <numerusform>Include your %Ln note in the file?</numerusform>
            <numerusform>Include your %Ln notes in the file?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The next %Ln week(s)</source>
        <translation>
            <numerusform>The next %Ln week</numerusform>
            <numerusform>The next %Ln weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Plan as iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study blocks to export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar file (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln study block(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln study block to %1.</numerusform>
            <numerusform>Exported %Ln study blocks to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Masar::RoadmapPage</name>
    <message>
        <source>Add &amp;Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item inside the selected one (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item after the selected one (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic-language courses first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic-language courses only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the courses taught in Arabic first, or only those (the plan is not changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This roadmap is empty. Add its first phase here, or import a roadmap from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected items (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move U&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up among its siblings (Ctrl+Shift+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down among its siblings (Ctrl+Shift+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it a part of the item above (Ctrl+])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move it out of its parent (Ctrl+[)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Masar::SessionDialog</name>
    <message>
        <source>Edit Study Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Started at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Masar::StudyLog</name>
    <message>
        <source>A study session must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A study session cannot be longer than 24 hours. Log longer study as several sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A study session cannot end in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the roadmap item this session was spent on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log %1 on &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This session overlaps %Ln other session(s); the shared time is counted once.</source>
        <translation>
            <numerusform>This session overlaps %Ln other session; the shared time is counted once.</numerusform>
            <numerusform>This session overlaps %Ln other sessions; the shared time is counted once.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit study session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete study session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the roadmap item to study first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Masar::StudyReminder</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to study</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Masar::StudyTimeDialog</name>
    <message>
        <source>Study Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of study on each day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred &amp;time of day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days off (holidays, exams, travel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Days Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from Calendar File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the days of an .ics file&apos;s events (a school calendar, public holidays, exams) as days off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Days Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar file (*.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no days from the start date on that are not listed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a calendar of days off (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses at the sa&amp;me time:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Masar::TodayPage</name>
    <message>
        <source>&amp;Re-plan from Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark In &amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark S&amp;kipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item to study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pomodoro: 25 min focus, 5 min break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long focus: 50 min, 10 min break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free: no set length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top and Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan can be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are on plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You are %1 ahead of plan (about %Ln day(s)).</source>
        <translation>
            <numerusform>You are %1 ahead of plan (about %Ln day).</numerusform>
            <numerusform>You are %1 ahead of plan (about %Ln days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You are %1 behind plan (about %Ln day(s)).</source>
        <translation>
            <numerusform>You are %1 behind plan (about %Ln day).</numerusform>
            <numerusform>You are %1 behind plan (about %Ln days).</numerusform>
        </translation>
    </message>
    <message>
        <source>Next in your roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You pinned it to start on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its prerequisites are finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are in the middle of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus time is over: take a break, then stop to log the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log Study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No study logged yet. Start the focus timer above, or log time you studied away from the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is planned for today. The next study day is %1. Study done anyway still counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be planned until the plan&apos;s problem above is solved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left to plan: everything in this roadmap is done or skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Masar::WelcomeDialog</name>
    <message>
        <source>Welcome to Masar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masar turns a learning roadmap into a study calendar that fits your week. Choose a roadmap and say how much time you can study; you can change all of it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roadmap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of study on each day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan My Studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln phase(s), %1 courses, %2 topics; about %3 of study.</source>
        <translation>
            <numerusform>%Ln phase, %1 courses, %2 topics; about %3 of study.</numerusform>
            <numerusform>%Ln phases, %1 courses, %2 topics; about %3 of study.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give at least one day some minutes to see when you would finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At %1 a week you would finish on %2 (about %Ln week(s)).</source>
        <translation>
            <numerusform>At %1 a week you would finish on %2 (about %Ln week).</numerusform>
            <numerusform>At %1 a week you would finish on %2 (about %Ln weeks).</numerusform>
        </translation>
    </message>
    <message>
        <source>Roadmaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a Roadmap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a roadmap of your own instead: a Markdown file, or one exported from Masar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPrinter</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted plan finished on %1 (%2 days of drift).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target date is missed; about %1 h a week would meet it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoadmapJson</name>
    <message>
        <source>%1 is not valid JSON: %2 (at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not contain a roadmap object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Masar roadmap file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses roadmap format version %2; this version of Masar reads up to version %3. Please update Masar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no valid format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the roadmap has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: hours per week must be between 0 and 168.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the roadmap has no nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nodes are nested deeper than %2 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: node %2 is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: node %2 has children that are not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: node %2 (&quot;%3&quot;) has no effort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: node %2 has an unknown kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: node %2 has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: node %2 (&quot;%3&quot;) has a link that is not an http(s) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: node %2 has an unknown content language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: node %2 has an unknown competency area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: node %2 (&quot;%3&quot;) has an invalid effort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: node %2 has an unknown status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: node %2 repeats the reference &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: node %2 has an invalid start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 refers to a node &quot;%3&quot; that the file does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>study session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 has an invalid start or end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prerequisite %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not between two nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the study time must list 7 weekdays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the study time of a weekday is not between 0 and 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a blocked range has invalid dates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoadmapNode</name>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoadmapShGraph</name>
    <message>
        <source>%1 is not valid JSON (%2 at character %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a roadmap.sh roadmap: it has no list of nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two nodes have the id %1; the second is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the topic with the id %2 has no label, so it cannot be named in the plan. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the subtopic with the id %2 has no label, so it cannot be named in the plan. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no topics to study.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An edge leads from %1 to %2, but there is no node %3; the edge is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the solid edges go round in a circle (%2), so the topics have no order. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoadmapShImporter</name>
    <message>
        <source>The content file %1 is not named SLUG@ID.md, so it belongs to no node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content file %1 is for the id %2, which is no topic of the roadmap; it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are both for the id %3; the first is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content file %1 is larger than %2 KB; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not a roadmap.sh roadmap: it has no %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: it is not a roadmap graph, and nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no content folder, which holds the topics&apos; descriptions and links; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content folder holds more than %1 files: it is not a roadmap&apos;s, and nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (id %2) has no content file: content/…@%2.md is missing, so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoadmapTreeModel</name>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roadmap states &quot;%1&quot; (%2) for this item, but its parts add up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: not planned unless you include it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competency area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>There is no study time in the week. Give at least one weekday some minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one course must be allowed to run at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is pinned to %2, before the plan starts on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These items are each other&apos;s prerequisites, so none can start: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day from %1 on is blocked or has no study time, so nothing can be planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this pace the plan would take more than %1 years. Add study time or remove work from the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These items wait for each other and can never start: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan ends on %1, after the target date %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyEvents</name>
    <message>
        <source>%1: %2</source>
        <comment>a label and its value, e.g. Course: Linear Algebra</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>%1 is %2 MB; files of up to %3 MB can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encoded as UTF-32, which cannot be imported. Save it as UTF-8 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1256 (Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not in UTF-8, so it was read as %1. If letters look wrong, save the file as UTF-8 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not look like a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid byte sequence(s) could not be decoded and were replaced with the replacement character U+FFFD.</source>
        <translation>
            <numerusform>%Ln invalid byte sequence could not be decoded and was replaced with the replacement character U+FFFD.</numerusform>
            <numerusform>%Ln invalid byte sequences could not be decoded and were replaced with the replacement character U+FFFD.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) where the text had once been decoded with the wrong encoding were repaired.</source>
        <translation>
            <numerusform>%Ln place where the text had once been decoded with the wrong encoding was repaired.</numerusform>
            <numerusform>%Ln places where the text had once been decoded with the wrong encoding were repaired.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>No display is available (DISPLAY and WAYLAND_DISPLAY are not set), so the window was not opened. Run Masar in a desktop session to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
