// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/notebook.h"
#include "document/plannerdocument.h"
#include "document/roadmaptreemodel.h"
#include "storage/database.h"
#include "storage/textnormalizer.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Masar;

class TestNotes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PlannerDocument> m_doc;

    NoteBook *notes() const { return m_doc->noteBook(); }

    void reopen()
    {
        m_doc.reset();
        m_db.reset();
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("n.sqlite")));
        QVERIFY(m_db->open().ok());
        m_doc = std::make_unique<PlannerDocument>(*m_db, nullptr);
        QVERIFY(m_doc->openInitialRoadmap().ok());
    }

    QList<qint64> found(const QString &query) const
    {
        QList<qint64> ids;
        auto hits = notes()->search(query);
        if (hits.ok()) {
            for (const auto &hit : hits.value())
                ids.append(hit.id);
        }
        return ids;
    }

private slots:
    void init()
    {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(m_dir.filePath(QStringLiteral("n.sqlite")) + QLatin1String(suffix));
        reopen();
    }

    void cleanup()
    {
        m_doc.reset();
        m_db.reset();
    }

    void normalizesArabicAndLatin_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("alef forms") << QStringLiteral("أإآٱا") << QStringLiteral("ااااا");
        QTest::newRow("hamza carriers")
            << QStringLiteral("سؤال مسائل") << QStringLiteral("سوال مسايل");
        QTest::newRow("ta marbuta") << QStringLiteral("مدرسة") << QStringLiteral("مدرسه");
        QTest::newRow("alef maqsura") << QStringLiteral("على") << QStringLiteral("علي");
        QTest::newRow("tatweel") << QStringLiteral("عـــلم") << QStringLiteral("علم");
        QTest::newRow("harakat") << QStringLiteral("عِلْمٌ") << QStringLiteral("علم");
        QTest::newRow("digits") << QStringLiteral("٣ أسابيع") << QStringLiteral("3 اسابيع");
        QTest::newRow("latin case and accents")
            << QStringLiteral("Café NumPy") << QStringLiteral("cafe numpy");
    }

    void normalizesArabicAndLatin()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalized);
        QCOMPARE(TextNormalizer::normalize(text), normalized);
    }

    void asciiIsFoldedAtEveryPosition()
    {
        // ASCII is folded several characters at a time: every character, at every place in
        // such a group and next to non-ASCII that ends one, must fold as alone.
        for (char16_t u = 1; u < 0x80; ++u) {
            const QChar c(u);
            const QChar folded = u >= u'A' && u <= u'Z' ? QChar(char16_t(u + 32)) : c;
            for (int at = 0; at < 9; ++at) {
                QString text = QStringLiteral("abcdéfghi");
                QString expected = QStringLiteral("abcdefghi");
                text[at] = c;
                expected[at] = folded;
                QCOMPARE(TextNormalizer::normalize(text), expected);
                std::vector<int> origin;
                QCOMPARE(TextNormalizer::normalize(text, origin), expected);
                QCOMPARE(origin.size(), std::size_t(9));
                for (int i = 0; i < 9; ++i)
                    QCOMPARE(origin[std::size_t(i)], i);
            }
        }
        std::vector<int> origin; // a dropped character (tatweel) shifts the origins after it
        QCOMPARE(TextNormalizer::normalize(QStringLiteral("Aـ BCDEF"), origin),
                 QStringLiteral("a bcdef"));
        QCOMPARE(origin, (std::vector<int>{0, 2, 3, 4, 5, 6, 7}));

        // Folding into a string: a copy that shares it keeps what it held.
        QString into = QStringLiteral("a string held elsewhere too");
        const QString held = into;
        TextNormalizer::normalize(QStringLiteral("Café NumPy"), into);
        QCOMPARE(into, QStringLiteral("cafe numpy"));
        QCOMPARE(held, QStringLiteral("a string held elsewhere too"));
        TextNormalizer::normalize(QStringLiteral("عِلْمٌ and a LONGER text than before"), into);
        QCOMPARE(into, QStringLiteral("علم and a longer text than before"));
    }

    void searchFindsSpellingVariants()
    {
        const qint64 arabic = notes()->create(0, QStringLiteral("ملاحظات الجبر"),
                                              QStringLiteral("المصفوفات مُهِمَّة جدًا في تعلّم الآلة، "
                                                             "سأقرأ عنها إلى آخر الأسبوع."));
        const qint64 english = notes()->create(
            0, QStringLiteral("NumPy tips"), QStringLiteral("Broadcasting rules in NumPy arrays."));
        QVERIFY(arabic && english);
        // Without harakat, ta marbuta as ha, alef maqsura as ya, hamza variants.
        QCOMPARE(found(QStringLiteral("مهمه")), QList<qint64>{arabic});
        QCOMPARE(found(QStringLiteral("الي")), QList<qint64>{arabic});
        QCOMPARE(found(QStringLiteral("اخر")), QList<qint64>{arabic});
        QCOMPARE(found(QStringLiteral("ساقرا")), QList<qint64>{arabic});
        QCOMPARE(found(QStringLiteral("تعلم")), QList<qint64>{arabic});
        // English: case-insensitive, by prefix, every word must match.
        QCOMPARE(found(QStringLiteral("numpy")), QList<qint64>{english});
        QCOMPARE(found(QStringLiteral("broad arr")), QList<qint64>{english});
        QVERIFY(found(QStringLiteral("broad zebra")).isEmpty());
        // Punctuation is not syntax.
        QVERIFY(found(QStringLiteral("\"NEAR(\" * -")).isEmpty());
        QVERIFY(found(QString()).isEmpty());
    }

    void snippetsHighlightTheOriginalText()
    {
        const qint64 id = notes()->create(0, QStringLiteral("Week 3"),
                                          QStringLiteral("Some intro text. Then: الْمَصْفُوفَة "
                                                         "transpose and more."));
        auto hits = notes()->search(QStringLiteral("مصفوفه"));
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->constFirst().id, id);
        // The snippet shows the text as written, harakat included, with the match in bold.
        QVERIFY2(hits->constFirst().snippet.contains(QStringLiteral("<b>الْمَصْفُوفَة</b>")),
                 qPrintable(hits->constFirst().snippet));
        QCOMPARE(hits->constFirst().bodyOffset, 23);
    }

    void rankingPrefersTitles()
    {
        const qint64 body =
            notes()->create(0, QStringLiteral("Misc"), QStringLiteral("gradient descent"));
        const qint64 title =
            notes()->create(0, QStringLiteral("Gradient notes"), QStringLiteral("misc"));
        QCOMPARE(found(QStringLiteral("gradient")), (QList<qint64>{title, body}));
    }

    void createRenameLinkDeleteUndo()
    {
        qint64 calculus = 0;
        for (const RoadmapNode &n : m_doc->treeModel()->nodes()) {
            if (n.title == QStringLiteral("Calculus"))
                calculus = n.id;
        }
        const qint64 id =
            notes()->create(calculus, QStringLiteral("Limits"), QStringLiteral("ε-δ"));
        QVERIFY(id);
        QCOMPARE(notes()->notesOf(calculus).size(), 1);
        QVERIFY(notes()->rename(id, QStringLiteral("Limits and continuity")));
        QVERIFY(notes()->link(id, 0));
        QVERIFY(notes()->notesOf(calculus).isEmpty());
        m_doc->undoStack()->undo(); // link
        m_doc->undoStack()->undo(); // rename
        QCOMPARE(notes()->note(id)->title, QStringLiteral("Limits"));
        QCOMPARE(notes()->note(id)->nodeId, calculus);
        // Typing is saved directly, and an undone rename does not undo the typing.
        QVERIFY(notes()->saveBody(id, QStringLiteral("ε-δ definition")).ok());
        m_doc->undoStack()->redo();
        QCOMPARE(notes()->note(id)->body, QStringLiteral("ε-δ definition"));
        QVERIFY(notes()->remove(id));
        QVERIFY(!notes()->note(id).ok());
        QVERIFY(found(QStringLiteral("definition")).isEmpty());
        m_doc->undoStack()->undo();
        QCOMPARE(notes()->note(id)->body, QStringLiteral("ε-δ definition"));
        QCOMPARE(found(QStringLiteral("definition")), QList<qint64>{id});
        m_doc->undoStack()->undo(); // the rename again, then creation
        m_doc->undoStack()->undo();
        QVERIFY(!notes()->note(id).ok());
        m_doc->undoStack()->redo();
        QVERIFY(notes()->note(id).ok()); // same id back
    }

    void undoingANewNoteKeepsWhatWasTypedForRedo()
    {
        const qint64 id = notes()->create(0, QStringLiteral("Backpropagation"));
        QVERIFY(id);
        const QString typed = QStringLiteral("Chain rule, layer by layer. قاعدة السلسلة");
        QVERIFY(notes()->saveBody(id, typed).ok());
        QVERIFY(notes()->rename(id, QStringLiteral("Backprop")));
        m_doc->undoStack()->undo(); // the rename
        m_doc->undoStack()->undo(); // the creation: the note goes
        QVERIFY(!notes()->note(id).ok());
        m_doc->undoStack()->redo(); // and comes back with everything typed into it
        QVERIFY(notes()->note(id).ok());
        QCOMPARE(notes()->note(id)->body, typed);
        QCOMPARE(found(QStringLiteral("layer")), QList<qint64>{id});
        m_doc->undoStack()->redo();
        QCOMPARE(notes()->note(id)->title, QStringLiteral("Backprop"));
        QCOMPARE(notes()->note(id)->body, typed);
        // The same through a reopened file: what redo brings back was stored, not only kept.
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        m_doc->undoStack()->redo();
        reopen();
        QCOMPARE(notes()->note(id)->body, typed);
    }

    void aNoteOutlivesItsNode()
    {
        qint64 spark = 0;
        for (const RoadmapNode &n : m_doc->treeModel()->nodes()) {
            if (n.title == QStringLiteral("Spark"))
                spark = n.id;
        }
        const qint64 id = notes()->create(spark, QStringLiteral("RDDs"), QStringLiteral("lazy"));
        QVERIFY(m_doc->removeNodes({spark}));
        QVERIFY(notes()->note(id).ok());                               // kept
        QVERIFY(!m_doc->treeModel()->node(notes()->note(id)->nodeId)); // and now unlinked
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->treeModel()->node(notes()->note(id)->nodeId));
    }

    void notesPersistWithTheirIndex()
    {
        const qint64 id =
            notes()->create(0, QStringLiteral("Persisted"), QStringLiteral("kept across runs"));
        QVERIFY(notes()->saveBody(id, QStringLiteral("edited after creation")).ok());
        reopen();
        QCOMPARE(notes()->notes().size(), 1);
        QCOMPARE(notes()->note(id)->body, QStringLiteral("edited after creation"));
        QCOMPARE(found(QStringLiteral("edited")), QList<qint64>{id});
        QVERIFY(found(QStringLiteral("runs")).isEmpty()); // the old text left the index
    }

    void hugeAndBinaryTextIsKept()
    {
        QString huge;
        huge.reserve(5 * 1024 * 1024);
        while (huge.size() < 5 * 1024 * 1024)
            huge += QStringLiteral("line of pasted text with a word zanzibar in it\n");
        QString binary;
        for (int i = 0; i < 4096; ++i)
            binary += QChar(char16_t(i % 0xD000 == 0 ? 1 : (i * 7919) % 0xD000));
        const qint64 big = notes()->create(0, QStringLiteral("Big"), huge);
        const qint64 garbage = notes()->create(0, QStringLiteral("Garbage"), binary);
        QVERIFY(big && garbage);
        QCOMPARE(notes()->note(big)->body.size(), huge.size());
        QCOMPARE(notes()->note(garbage)->body, binary);
        QCOMPARE(found(QStringLiteral("zanzibar")), QList<qint64>{big});
    }

    void aRefusedSaveSaysSoAndKeepsTheOldText()
    {
        const qint64 id = notes()->create(0, QStringLiteral("Safe"), QStringLiteral("first"));
        // The disk refuses: the database is limited to the pages it has now.
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
        const int pages = query.value(0).toInt();
        query.finish();
        QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        const Status saved = notes()->saveBody(id, QString(200000, QLatin1Char('x')));
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(QStringLiteral("stays in the editor")),
                 qPrintable(saved.error()));
        QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
        QCOMPARE(notes()->note(id)->body, QStringLiteral("first"));
    }
};

QTEST_GUILESS_MAIN(TestNotes)
#include "tst_notes.moc"
