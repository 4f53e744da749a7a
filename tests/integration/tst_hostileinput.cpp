// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile text and files: titles written to look like SQL stay data, searches with query syntax
// in them are just searches, an imported file cannot make Masar open anything but itself, and
// exported notes stay inside the folder the learner chose, whatever their titles say.
#include "compat.h"
#include "document/notebook.h"
#include "document/plannerdocument.h"
#include "document/roadmaptreemodel.h"
#include "document/studylog.h"
#include "import/markdownimporter.h"
#include "import/roadmapjson.h"
#include "notes/noteexport.h"
#include "storage/database.h"
#include "storage/noderepository.h"

#include <QDirIterator>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/inotify.h>
#include <unistd.h>

using namespace Masar;

namespace {

const QStringList kHostile{
    QStringLiteral("'); DROP TABLE node;--"),
    QStringLiteral("Robert'); DROP TABLE roadmap; --"),
    QStringLiteral("\" OR 1=1 --"),
    QStringLiteral("x' UNION SELECT value FROM setting --"),
    QStringLiteral("100% _done_ \\ ; ' \""),
    QStringLiteral("title:secret NEAR(a b) \"unbalanced AND OR NOT * ^"),
    QStringLiteral("‮gnp.exe‬ حساب ' ; --"),
    QStringLiteral("../../../../etc/passwd"),
};

QStringList schemaNames(const Database &db)
{
    QSqlQuery query(db.connection());
    QStringList names;
    if (query.exec(QStringLiteral("SELECT type || ':' || name FROM sqlite_master ORDER BY 1"))) {
        while (query.next())
            names.append(query.value(0).toString());
    }
    return names;
}

/// Names of the files opened, created or written in `folder` since the watch began.
class FolderWatch
{
public:
    explicit FolderWatch(const QString &folder)
    {
        m_fd = inotify_init1(IN_NONBLOCK);
        if (m_fd >= 0)
            inotify_add_watch(m_fd, folder.toLocal8Bit().constData(),
                              IN_OPEN | IN_CREATE | IN_MODIFY | IN_MOVED_TO);
    }
    ~FolderWatch()
    {
        if (m_fd >= 0)
            close(m_fd);
    }
    bool isValid() const { return m_fd >= 0; }

    QStringList touched()
    {
        QStringList names;
        alignas(inotify_event) char buffer[8192];
        for (;;) {
            const ssize_t length = read(m_fd, buffer, sizeof buffer);
            if (length <= 0)
                break;
            for (ssize_t offset = 0; offset < length;) {
                const auto *event = reinterpret_cast<const inotify_event *>(buffer + offset);
                if (event->len > 0)
                    names.append(QString::fromLocal8Bit(event->name));
                offset += ssize_t(sizeof(inotify_event) + event->len);
            }
        }
        names.removeDuplicates();
        return names;
    }

private:
    int m_fd = -1;
};

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private slots:
    void sqlInTitlesStaysData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("masar.sqlite"));
        QStringList schema;
        QList<qint64> nodeIds;
        {
            Database db(path);
            QVERIFY(db.open().ok());
            PlannerDocument document(db, nullptr);
            QVERIFY(document.openInitialRoadmap().ok());
            schema = schemaNames(db);
            QVERIFY(schema.contains(QStringLiteral("table:node")));
            for (const QString &title : kHostile) {
                const qint64 id = document.addNode(0, 0, RoadmapNode::Kind::Topic, title);
                QVERIFY2(id > 0, qPrintable(title));
                nodeIds.append(id);
                QVERIFY(document.setNodeField({id}, PlannerDocument::Field::TitleAr, title));
                QVERIFY(
                    document.setNodeField({id}, PlannerDocument::Field::Url,
                                          QStringLiteral("https://example.org/?q=") +
                                              QString::fromLatin1(QUrl::toPercentEncoding(title))));
                QVERIFY(document.noteBook()->create(id, title, title + QStringLiteral(" body")));
                StudySession session;
                session.nodeId = id;
                session.start = Compat::utcDateTime(QDate(2026, 11, 2), QTime(18, 0));
                session.end = session.start.addSecs(3600);
                session.note = title;
                QVERIFY(document.studyLog()->add(session));
                QVERIFY(db.setSetting(title, title).ok());
            }
            // Query syntax typed into the search box is searched for, never run.
            for (const QString &query : kHostile) {
                auto hits = document.noteBook()->search(query);
                QVERIFY2(hits.ok(), qPrintable(query + QStringLiteral(": ") + hits.error()));
            }
            auto hits = document.noteBook()->search(QStringLiteral("DROP TABLE"));
            QVERIFY(hits.ok());
            QCOMPARE(hits->size(), 2);
        }
        // Read back from the file: every title exactly as typed, the schema untouched.
        Database db(path);
        QVERIFY(db.open().ok());
        QCOMPARE(schemaNames(db), schema);
        PlannerDocument document(db, nullptr);
        QVERIFY(document.openInitialRoadmap().ok());
        for (int i = 0; i < kHostile.size(); ++i) {
            const RoadmapNode *node = document.treeModel()->node(nodeIds.at(i));
            QVERIFY(node);
            QCOMPARE(node->title, kHostile.at(i));
            QCOMPARE(node->titleAr, kHostile.at(i));
            QCOMPARE(db.setting(kHostile.at(i)), kHostile.at(i));
        }
        QStringList sessionNotes;
        for (const StudySession &session : document.studyLog()->sessions())
            sessionNotes.append(session.note);
        for (const QString &title : kHostile)
            QVERIFY(sessionNotes.contains(title));
        QStringList noteTitles;
        for (const Note &note : document.noteBook()->notes())
            noteTitles.append(note.title);
        for (const QString &title : kHostile)
            QVERIFY(noteTitles.contains(title));
    }

    void importOpensOnlyTheChosenFile()
    {
        // A roadmap that points at files beside it, in every way Markdown and HTML can.
        QTemporaryDir dir;
        const QString secret = dir.filePath(QStringLiteral("secret.md"));
        const QByteArray marker = "SECRET-7f3a-not-for-import";
        for (const QString &name : {QStringLiteral("secret.md"), QStringLiteral("secret.png")}) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(marker);
        }
        const QString roadmap = dir.filePath(QStringLiteral("roadmap.md"));
        {
            QFile file(roadmap);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("# Hostile roadmap\n\n## Phase one (2 weeks)\n\n"
                                      "- [Local course](secret.md) (3 days)\n"
                                      "- [Absolute course](file://%1) (3 days)\n"
                                      "- ![picture](secret.png)\n"
                                      "- <img src=\"secret.png\"> raw HTML\n"
                                      "- [Included](../../../../etc/passwd)\n"
                                      "- {%% include secret.md %%}\n"
                                      "- [Web course](https://example.org/course) (1 week)\n\n"
                                      "[ref]: secret.md\n")
                           .arg(secret)
                           .toUtf8());
        }
        FolderWatch watch(dir.path());
        QVERIFY(watch.isValid());

        auto imported = MarkdownImporter::importFile(roadmap);
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error()));
        const RoadmapDocumentData data = imported->toDocument();
        QTemporaryDir databaseDir;
        Database db(databaseDir.filePath(QStringLiteral("masar.sqlite")));
        QVERIFY(db.open().ok());
        PlannerDocument document(db, nullptr);
        QVERIFY(document.importRoadmap(data));

        QCOMPARE(watch.touched(), QStringList{QStringLiteral("roadmap.md")});
        // Only web links are kept as links; the file's contents are nowhere.
        for (const RoadmapNode &node : document.treeModel()->nodes()) {
            QVERIFY2(node.url.isEmpty() || node.url.startsWith(QLatin1String("https://")),
                     qPrintable(node.url));
        }
        const QByteArray json = RoadmapJson::write(document.exportCurrentRoadmap().value());
        QVERIFY(!json.contains(marker));
        QVERIFY(json.contains("https://example.org/course"));
    }

    void roadmapJsonRefusesLocalLinks()
    {
        const QByteArray json =
            "{\"format\": \"masar-roadmap\", \"version\": 2, \"id\": \"x\", "
            "\"title\": {\"en\": \"Links\"}, \"hoursPerWeek\": 10, \"nodes\": [{\"kind\": "
            "\"course\", \"title\": \"Local\", \"url\": \"file:///etc/passwd\", "
            "\"effortMinutes\": 60, \"effortSource\": \"stated\"}]}";
        auto parsed = RoadmapJson::parse(json, QStringLiteral("links.json"));
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().contains(QStringLiteral("links.json")), qPrintable(parsed.error()));
    }

    void exportedNotesStayInTheChosenFolder()
    {
        QTemporaryDir dir;
        const QString chosen = dir.filePath(QStringLiteral("chosen"));
        QList<Note> notes;
        const QStringList titles = kHostile + QStringList{QStringLiteral(".."), QStringLiteral("/"),
                                                          QStringLiteral("a/b\\c"), QString()};
        for (int i = 0; i < titles.size(); ++i) {
            Note note;
            note.id = i + 1;
            note.title = titles.at(i);
            note.body = QStringLiteral("body %1").arg(i);
            notes.append(note);
        }
        auto written = NoteExport::writeAll(notes, chosen, QStringLiteral("Notes"));
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error()));
        QCOMPARE(written.value(), notes.size() + 2);
        // Everything under the temporary folder is inside "chosen", one file per note.
        QStringList outside, inside;
        QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            (file.startsWith(chosen + QLatin1Char('/')) ? inside : outside).append(file);
        }
        QVERIFY2(outside.isEmpty(), qPrintable(outside.join(QLatin1Char(' '))));
        QCOMPARE(inside.size(), notes.size() + 2);
        for (const QString &file : std::as_const(inside))
            QCOMPARE(QFileInfo(file).absolutePath(), chosen);
    }
};

QTEST_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
