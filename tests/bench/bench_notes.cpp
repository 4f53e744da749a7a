// SPDX-License-Identifier: GPL-3.0-or-later
// Notes: highlighting a 20,000-line Markdown note with 691 fenced code blocks, and search over
// 10,000 notes of about 2 KB. Baselines measured in the same run:
//   - the text alone loaded into a QPlainTextEdit and painted (no highlighting);
//   - KSyntaxHighlighting's own SyntaxHighlighter on the same text (it highlights everything at
//     once, blocking the UI for all of it), then painted;
//   - a raw FTS5 query with snippet() over the same notes, unnormalized, for the same query text
//     (its statement prepared once, as the app's is): the ratio is what normalising the query
//     and the index costs on the same search.
// Every figure that says "screen" or "highlighted" ends with the text edit's viewport painted
// (its window shown and exposed beforehand); a run where it drew nothing says so.
#include "benchpaint.h"
#include "benchutil.h"
#include "document/notebook.h"
#include "document/plannerdocument.h"
#include "notes/codehighlighting.h"
#include "notes/noteeditor.h"
#include "storage/database.h"
#include "storage/noterepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <algorithm>
#include <cstdio>

using namespace Masar;

namespace {

QString bigNote()
{
    const QStringList languages{QStringLiteral("python"), QStringLiteral("cpp"),
                                QStringLiteral("sql")};
    QString text;
    int lines = 0;
    int blocks = 0;
    while (lines < 20000) {
        if (blocks < 691 && lines % 29 == 0) {
            const QString language = languages.at(blocks % 3);
            text += QStringLiteral("```%1\n").arg(language);
            for (int i = 0; i < 4; ++i)
                text += language == QLatin1String("sql")
                            ? QStringLiteral("SELECT id, title FROM note WHERE id = %1;\n").arg(i)
                            : QStringLiteral("value = compute(%1) + 2 * x  # step\n").arg(i);
            text += QStringLiteral("```\n");
            lines += 6;
            ++blocks;
        } else {
            text += QStringLiteral("Some *emphasis* and **strong** text with `code` on line %1.\n")
                        .arg(lines);
            ++lines;
        }
    }
    return text;
}

/// Measures the longest time the event loop was kept from running a 1 ms timer.
struct BlockWatch
{
    QTimer timer;
    QElapsedTimer since;
    qint64 longest = 0;

    BlockWatch()
    {
        timer.setInterval(1);
        QObject::connect(&timer, &QTimer::timeout,
                         [this] { longest = std::max(longest, since.restart()); });
    }
    void start()
    {
        longest = 0;
        since.start();
        timer.start();
    }
};

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

void waitIdle(QObject *highlighter)
{
    while (CodeHighlighting::isBusy(highlighter))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

/// Whether the last line the edit shows has formats: the first screen is highlighted.
bool lastVisibleLineHighlighted(QPlainTextEdit *edit)
{
    const QTextBlock last =
        edit->cursorForPosition(QPoint(1, edit->viewport()->height() - 1)).block();
    return last.isValid() && !last.layout()->formats().isEmpty();
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString note = bigNote();
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    std::printf("note: %d lines, %lld characters\n", int(note.count(QLatin1Char('\n'))),
                qint64(note.size()));

    KSyntaxHighlighting::Repository repository;
    const auto definition = repository.definitionForName(QStringLiteral("Markdown"));
    bool painted = true; // every timed paint drew a frame
    // Library: everything at once, then painted.
    double libraryOpen = 0;
    double libraryComment = 0;
    {
        QPlainTextEdit edit;
        edit.resize(1200, 900);
        painted &= Bench::showUntilPainted(edit, edit.viewport());
        edit.setPlainText(note);
        QCoreApplication::processEvents();
        QElapsedTimer t;
        t.start();
        auto *h = new KSyntaxHighlighting::SyntaxHighlighter(edit.document());
        h->setTheme(repository.defaultTheme());
        h->setDefinition(definition); // highlights the whole document here
        painted &= Bench::repaintNow(edit.viewport());
        libraryOpen = ms(t);
        // Its bare re-highlight after the comment opens: the whole document, synchronously.
        QTextCursor(edit.document()).insertText(QStringLiteral("<!--\n"));
        QCoreApplication::processEvents();
        t.restart();
        h->rehighlight();
        painted &= Bench::repaintNow(edit.viewport());
        libraryComment = ms(t);
    }
    // Ours, in a real editor.
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!db.open())
        return 1;
    PlannerDocument document(db, nullptr);
    if (!document.openInitialRoadmap())
        return 1;
    const qint64 id = document.noteBook()->create(0, QStringLiteral("Big"), note);
    NoteEditor editor(&document, nullptr);
    editor.resize(1200, 900);
    QWidget *viewport = editor.textEdit()->viewport();
    painted &= Bench::showUntilPainted(editor, viewport);
    CodeHighlighting::warmUp(); // as the app does once its window is up
    // What showing the text alone costs, with no highlighting at all: loaded and painted.
    double plainLoad = 0;
    {
        QPlainTextEdit plain;
        plain.resize(1200, 900);
        painted &= Bench::showUntilPainted(plain, plain.viewport());
        QElapsedTimer load;
        load.start();
        plain.setPlainText(note);
        painted &= Bench::repaintNow(plain.viewport());
        plainLoad = ms(load);
    }
    QCoreApplication::processEvents();
    BlockWatch watch;
    QElapsedTimer t;
    t.start();
    editor.setNote(id); // loads the text and highlights the first blocks
    painted &= Bench::repaintNow(viewport);
    const double firstScreen = ms(t);
    const bool firstScreenHighlighted = lastVisibleLineHighlighted(editor.textEdit());
    QObject *highlighter = editor.highlighter();
    watch.start();
    waitIdle(highlighter);
    painted &= Bench::repaintNow(viewport);
    const double total = ms(t);
    const qint64 longestOpen = watch.longest;

    QTextCursor cursor(editor.textEdit()->document());
    const double keystroke = Bench::medianMs(15, [&] {
        cursor.setPosition(editor.textEdit()->document()->findBlockByNumber(10000).position() + 5);
        cursor.insertText(QStringLiteral("x"));
        waitIdle(highlighter);
    });
    watch.start();
    t.restart();
    QTextCursor top(editor.textEdit()->document());
    top.insertText(QStringLiteral("<!--\n"));
    waitIdle(highlighter);
    painted &= Bench::repaintNow(viewport);
    const double comment = ms(t);
    const qint64 longestComment = watch.longest;

    if (!painted)
        std::printf("a timed paint drew nothing: the figures below are wrong\n");
    std::printf("open: the text alone loaded into a plain text edit and painted (no "
                "highlighting) %6.1f ms\n",
                plainLoad);
    std::printf("open: first screen highlighted and painted %6.1f ms (x%.2f the text alone)%s; "
                "all highlighted and painted %7.1f ms vs library %7.1f ms (ratio %.2f); longest "
                "UI block %lld ms (library blocks for all of it)\n",
                firstScreen, firstScreen / plainLoad,
                firstScreenHighlighted ? "" : " [its last line NOT highlighted]", total,
                libraryOpen, total / libraryOpen, longestOpen);
    std::printf("keystroke in the middle: settled in %5.2f ms\n", keystroke);
    std::printf("typing <!-- at the top: settled and painted in %7.1f ms vs library %7.1f ms "
                "(ratio %.2f); "
                "longest UI block %lld ms\n",
                comment, libraryComment, comment / libraryComment, longestComment);

    // ---- Search over 10,000 notes --------------------------------------------------------------
    QTemporaryDir searchDir;
    Database sdb(searchDir.filePath(QStringLiteral("search.sqlite")));
    if (!sdb.open())
        return 1;
    PlannerDocument sdoc(sdb, nullptr);
    if (!sdoc.openInitialRoadmap())
        return 1;
    const QStringList words{QStringLiteral("gradient"), QStringLiteral("matrix"),
                            QStringLiteral("المصفوفة"), QStringLiteral("تعلّم"),
                            QStringLiteral("network"),  QStringLiteral("الآلة"),
                            QStringLiteral("tensor"),   QStringLiteral("بيانات")};
    QSqlQuery raw(sdb.connection());
    raw.exec(QStringLiteral("CREATE VIRTUAL TABLE raw_fts USING fts5(title, body)"));
    sdb.connection().transaction();
    QList<Note> notesToAdd;
    QSqlQuery insertRaw(sdb.connection());
    insertRaw.prepare(QStringLiteral("INSERT INTO raw_fts (rowid, title, body) VALUES (?, ?, ?)"));
    for (int i = 0; i < 10000; ++i) {
        QString body;
        while (body.size() < 2000)
            body += words.at((i * 7 + int(body.size())) % words.size()) + QLatin1Char(' ');
        if (i == 4242)
            body += QStringLiteral("zanzibar");
        const QString title = QStringLiteral("Note %1").arg(i);
        insertRaw.addBindValue(i + 1);
        insertRaw.addBindValue(title);
        insertRaw.addBindValue(body);
        insertRaw.exec();
        Note n;
        n.title = title;
        n.body = body;
        notesToAdd.append(n);
    }
    sdb.connection().commit();
    // The notes themselves go through the repository, indexed as the app indexes them.
    NoteRepository notesRepository(sdb);
    for (const Note &n : std::as_const(notesToAdd)) {
        if (!notesRepository.add(sdoc.currentRoadmap().id, n))
            return 1;
    }
    (void)sdoc.noteBook()->load(sdoc.currentRoadmap().id);
    // Each side is given the same query text: the learner's words as typed (the Arabic one with
    // its article and its final ta marbuta, as it stands in the notes).
    QSqlQuery rawSearch(sdb.connection());
    rawSearch.prepare(QStringLiteral("SELECT rowid, title, snippet(raw_fts, 1, '<b>', '</b>', "
                                     "'…', 12) FROM raw_fts WHERE raw_fts MATCH ? ORDER BY "
                                     "bm25(raw_fts) LIMIT 20"));
    for (const auto &[label, query] :
         {std::pair{"rare term", QStringLiteral("zanzibar")},
          std::pair{"term in every note", QStringLiteral("gradient")},
          std::pair{"Arabic term in every note", QStringLiteral("المصفوفة")}}) {
        const QString rawQuery = QStringLiteral("\"%1\"*").arg(query);
        const double rawMs = Bench::medianMs(15, [&] {
            rawSearch.addBindValue(rawQuery);
            rawSearch.exec();
            while (rawSearch.next()) {
            }
            rawSearch.finish();
        });
        int hits = 0;
        const double oursMs = Bench::medianMs(15, [&] {
            auto result = sdoc.noteBook()->search(query);
            hits = result.ok() ? int(result->size()) : -1;
        });
        // How many notes each side matched in all (the ranking reads every one of them).
        QSqlQuery count(sdb.connection());
        count.prepare(QStringLiteral("SELECT count(*) FROM raw_fts WHERE raw_fts MATCH ?"));
        count.addBindValue(rawQuery);
        count.exec();
        count.next();
        const int rawMatches = count.value(0).toInt();
        count.finish();
        count.prepare(QStringLiteral("SELECT count(*) FROM note_fts WHERE note_fts MATCH ?"));
        count.addBindValue(NoteRepository::matchExpression(query));
        count.exec();
        count.next();
        const int ourMatches = count.value(0).toInt();
        std::printf("search, %s (\"%s\"): %6.2f ms vs raw FTS5 %6.2f ms (ratio %.2f); top %d of "
                    "%d matching notes (raw: %d)\n",
                    label, qPrintable(query), oursMs, rawMs, oursMs / rawMs, hits, ourMatches,
                    rawMatches);
    }
    return 0;
}
