// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/notebook.h"
#include "notes/codehighlighting.h"
#include "notes/markdownrenderer.h"
#include "notes/noteeditor.h"
#include "notes/noteexport.h"
#include "notes/notespage.h"
#include "notes/safebrowser.h"
#include "uitestfixture.h"

#include <QDesktopServices>
#include <QDir>
#include <QFontInfo>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

using namespace Masar;

class TestNoteEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    QList<QUrl> m_opened; ///< what was handed to the desktop

public slots:
    void recordOpened(const QUrl &url) { m_opened.append(url); }

private slots:
    void initTestCase() { UiTestFixture::isolateSettings(m_settings.path()); }

    void typingIsSavedWithinASecond()
    {
        UiTestFixture f;
        QVERIFY(f.open());
        const qint64 id = f.document->noteBook()->create(0, QStringLiteral("Typing"));
        NoteEditor editor(f.document.get(), nullptr);
        editor.setNote(id);
        editor.show();
        QTest::keyClicks(editor.textEdit(), QStringLiteral("hello"));
        QVERIFY(editor.hasUnsavedText());
        QCOMPARE(f.document->noteBook()->note(id)->body, QString());
        QTRY_COMPARE_WITH_TIMEOUT(f.document->noteBook()->note(id)->body, QStringLiteral("hello"),
                                  NoteEditor::kSaveDelayMs + 400);
        QVERIFY(!editor.hasUnsavedText());
        // Opening another note saves the open one at once.
        QTest::keyClicks(editor.textEdit(), QStringLiteral(" world"));
        const qint64 other = f.document->noteBook()->create(0, QStringLiteral("Other"));
        editor.setNote(other);
        QCOMPARE(f.document->noteBook()->note(id)->body, QStringLiteral("hello world"));
    }

    void aRefusedSaveKeepsTheText()
    {
        UiTestFixture f;
        QVERIFY(f.open());
        const qint64 id = f.document->noteBook()->create(0, QStringLiteral("Full disk"));
        NoteEditor editor(f.document.get(), nullptr);
        editor.setNote(id);
        QSqlQuery query(f.database->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
        const int pages = query.value(0).toInt();
        query.finish();
        QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        QSignalSpy failed(&editor, &NoteEditor::saveFailed);
        editor.textEdit()->setPlainText(QString(300000, QLatin1Char('y')));
        QVERIFY(!editor.flush());
        QCOMPARE(failed.count(), 1);
        QVERIFY(editor.hasUnsavedText());
        QCOMPARE(editor.textEdit()->toPlainText().size(), 300000);
        QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
        QVERIFY(editor.flush()); // the disk has room again: saved
        QCOMPARE(f.document->noteBook()->note(id)->body.size(), 300000);
    }

    void switchingAfterARefusedSaveKeepsTheText()
    {
        UiTestFixture f;
        QVERIFY(f.open());
        const qint64 id = f.document->noteBook()->create(0, QStringLiteral("Full disk"));
        const qint64 other = f.document->noteBook()->create(0, QStringLiteral("Other"));
        QVERIFY(f.document->noteBook()->saveBody(other, QStringLiteral("other text")).ok());
        NotesPage page(f.document.get(), nullptr);
        page.openNote(id);
        QSqlQuery query(f.database->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
        const int pages = query.value(0).toInt();
        query.finish();
        QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        const QString typed(300000, QLatin1Char('y'));
        page.editor()->textEdit()->setPlainText(typed);
        // Another note is chosen while the disk is full: the typed text stays on screen, with
        // the note it belongs to, and the list still shows that note as the open one.
        QSignalSpy message(&page, &NotesPage::message);
        page.openNote(other);
        QCOMPARE(message.count(), 1);
        QCOMPARE(page.editor()->noteId(), id);
        QCOMPARE(page.editor()->textEdit()->toPlainText(), typed);
        QVERIFY(page.editor()->hasUnsavedText());
        QVERIFY(page.list()->currentItem());
        QCOMPARE(page.list()->currentItem()->data(Qt::UserRole + 1).toLongLong(), id); // its id
        // A new note is not opened over it either.
        page.newNote(0);
        QCOMPARE(page.editor()->noteId(), id);
        QCOMPARE(page.editor()->textEdit()->toPlainText(), typed);
        // Room again: switching saves the text and opens the other note.
        QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
        page.openNote(other);
        QCOMPARE(page.editor()->noteId(), other);
        QCOMPARE(f.document->noteBook()->note(id)->body, typed);
        QCOMPARE(page.editor()->textEdit()->toPlainText(), QStringLiteral("other text"));
    }

    void previewMakesNoNetworkRequest()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            ++connections;
            delete server.nextPendingConnection();
        });
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
        UiTestFixture f;
        QVERIFY(f.open());
        const qint64 id = f.document->noteBook()->create(
            0, QStringLiteral("Remote"),
            QStringLiteral(
                "![diagram](%1/diagram.png)\n\n[a link](%1/page) and <img src=\"%1/raw.png\">\n\n"
                "<iframe src=\"%1/frame\"></iframe>")
                .arg(base));
        NoteEditor editor(f.document.get(), nullptr);
        editor.setNote(id);
        editor.show();
        editor.setPreviewVisible(true);
        QTest::qWait(500);
        const QString html = editor.preview()->toHtml();
        QVERIFY(html.contains(QStringLiteral("diagram"))); // the alt text stands in
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(editor.preview()->toPlainText().contains(QStringLiteral("<iframe"))); // as text

        // What protects the learner should HTML with resources reach the preview anyway: every
        // resource it is asked for is refused, remote or local, and counted.
        auto *preview = qobject_cast<SafeBrowser *>(editor.preview());
        QVERIFY(preview);
        QTemporaryDir local;
        const QString picture = local.filePath(QStringLiteral("picture.png"));
        QVERIFY(QImage(4, 4, QImage::Format_RGB32).save(picture));
        const QUrl localPicture = QUrl::fromLocalFile(picture);
        const QUrl remotePicture(base + QStringLiteral("/tracker.png"));
        const int before = preview->refusedRequests();
        preview->setHtml(QStringLiteral("<p>x <img src=\"%1\"> <img src=\"%2\"></p>")
                             .arg(localPicture.toString(), remotePicture.toString()));
        preview->grab(); // lays it out and paints it: the images are asked for here
        QTest::qWait(300);
        QVERIFY2(preview->refusedRequests() >= before + 2,
                 qPrintable(QString::number(preview->refusedRequests() - before)));
        QVERIFY(preview->document()->resource(QTextDocument::ImageResource, localPicture).isNull());
        QVERIFY(
            preview->document()->resource(QTextDocument::ImageResource, remotePicture).isNull());
        // The second guard: no connection reached the local server at any point.
        QCOMPARE(connections, 0);
    }

    void linksOpenOnlyOnClickAndOnlyWebAndMail()
    {
        // Every scheme tried is caught here, so nothing reaches a real browser or file manager.
        const QStringList schemes{QStringLiteral("http"),       QStringLiteral("https"),
                                  QStringLiteral("mailto"),     QStringLiteral("file"),
                                  QStringLiteral("ftp"),        QStringLiteral("smb"),
                                  QStringLiteral("javascript"), QStringLiteral("data")};
        for (const QString &scheme : schemes)
            QDesktopServices::setUrlHandler(scheme, this, "recordOpened");
        m_opened.clear();
        UiTestFixture f;
        QVERIFY(f.open());
        const QStringList links{
            QStringLiteral("https://example.org/course"), QStringLiteral("http://127.0.0.1:9/page"),
            QStringLiteral("mailto:learner@example.org"), QStringLiteral("file:///etc/passwd"),
            QStringLiteral("ftp://example.org/file"),     QStringLiteral("smb://server/share"),
            QStringLiteral("javascript:alert(1)"),        QStringLiteral("data:text/html,<b>x</b>"),
            QStringLiteral("../../.ssh/id_rsa"),
        };
        QString body;
        for (const QString &link : links)
            body += QStringLiteral("- [link](%1)\n").arg(link);
        const qint64 id = f.document->noteBook()->create(0, QStringLiteral("Links"), body);
        NoteEditor editor(f.document.get(), nullptr);
        editor.setNote(id);
        editor.show();
        editor.setPreviewVisible(true);
        QTest::qWait(300);
        QVERIFY(m_opened.isEmpty()); // showing links opens none

        for (const QString &link : links)
            emit editor.preview()->anchorClicked(QUrl(link));
        for (const QString &scheme : schemes)
            QDesktopServices::unsetUrlHandler(scheme);
        QCOMPARE(m_opened, (QList<QUrl>{QUrl(links.at(0)), QUrl(links.at(1)), QUrl(links.at(2))}));
    }

    void editorAlignsEachParagraphByItsOwnDirection_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("ui");
        QTest::newRow("English UI") << Qt::LeftToRight;
        QTest::newRow("Arabic UI") << Qt::RightToLeft;
    }

    void editorAlignsEachParagraphByItsOwnDirection()
    {
        QFETCH(Qt::LayoutDirection, ui);
        const Qt::LayoutDirection other = ui == Qt::LeftToRight ? Qt::RightToLeft : Qt::LeftToRight;
        UiTestFixture f;
        QVERIFY(f.open());
        const QString body = QStringLiteral("English paragraph first.\n"
                                            "فقرة عربية عن المصفوفات.\n"
                                            "\n"
                                            "```python\n"
                                            "# تعليق بالعربية\n"
                                            "print(\"مرحبا\")\n"
                                            "```\n"
                                            "Another English one, then Arabic: نعم.\n"
                                            "٣ أسابيع للجبر الخطي.");
        const qint64 id = f.document->noteBook()->create(0, QStringLiteral("Both"));
        QVERIFY(f.document->noteBook()->saveBody(id, body));
        NoteEditor editor(f.document.get(), nullptr);
        editor.setLayoutDirection(ui);
        editor.resize(700, 500);
        editor.setNote(id);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTextDocument *text = editor.textEdit()->document();

        // Which half of the editor a block's first line sits in, after a paint.
        auto sides = [&] {
            editor.textEdit()->viewport()->grab();
            QString result;
            for (QTextBlock b = text->begin(); b.isValid(); b = b.next()) {
                const QTextLine line = b.layout()->lineAt(0);
                const qreal middle = line.x() + line.width() / 2;
                result += line.naturalTextRect().center().x() < middle ? QLatin1Char('L')
                                                                       : QLatin1Char('R');
            }
            return result;
        };
        const QChar empty = ui == Qt::LeftToRight ? QLatin1Char('L') : QLatin1Char('R');
        QCOMPARE(sides(), QStringLiteral("LR%1LLLLLR").arg(empty));
        // Reading order inside a line: the Arabic paragraph right to left, the code line that
        // starts with an Arabic comment still left to right ('#' at its left end).
        auto firstIsLeftOfLast = [&](int number) {
            const QTextBlock b = text->findBlockByNumber(number);
            const QTextLine line = b.layout()->lineAt(0);
            return line.cursorToX(0) < line.cursorToX(b.length() - 1);
        };
        QVERIFY(firstIsLeftOfLast(0));
        QVERIFY(!firstIsLeftOfLast(1));
        QVERIFY(firstIsLeftOfLast(4));

        // Opening a fence above the Arabic paragraph makes it code; closing it again undoes that.
        QTextCursor c(text->findBlockByNumber(1));
        c.insertText(QStringLiteral("```\n"));
        // Now the old fence closes the new one, and the lines after it change sides.
        QCOMPARE(sides(), QStringLiteral("LLLLLRLLLL"));
        c.movePosition(QTextCursor::Start);
        c.movePosition(QTextCursor::NextBlock);
        c.movePosition(QTextCursor::NextBlock, QTextCursor::KeepAnchor);
        c.removeSelectedText();
        QCOMPARE(sides(), QStringLiteral("LR%1LLLLLR").arg(empty));

        // Typing an Arabic paragraph at the end, and the UI switching direction: only the
        // paragraph without a strong letter follows the UI.
        editor.textEdit()->moveCursor(QTextCursor::End);
        QTest::keyClick(editor.textEdit(), Qt::Key_Return);
        for (const QChar c : QStringLiteral("سطر جديد")) // keyClicks() takes Latin-1 only
            QTest::sendKeyEvent(QTest::Click, editor.textEdit(), Qt::Key_unknown, QString(c),
                                Qt::NoModifier);
        QCOMPARE(sides(), QStringLiteral("LR%1LLLLLRR").arg(empty));
        editor.setLayoutDirection(other);
        const QChar flipped = empty == QLatin1Char('L') ? QLatin1Char('R') : QLatin1Char('L');
        QCOMPARE(sides(), QStringLiteral("LR%1LLLLLRR").arg(flipped));
    }

    void previewHighlightsCodeAndSetsDirections()
    {
        const QString markdown =
            QStringLiteral("English paragraph.\n\nفقرة عربية عن المصفوفات.\n\n"
                           "```python\ndef f(x):\n    return x  # تعليق\n```\n");
        const QString html = MarkdownRenderer::toHtml(markdown, false);
        QVERIFY(html.contains(QStringLiteral("<pre dir=\"ltr\" class=\"code\" style=")));
        // Highlighted in its own language by KSyntaxHighlighting: coloured spans, "def" bold.
        QVERIFY2(html.contains(QStringLiteral("<span style=\"color:")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("font-weight:bold\">def</span>")));
        QTextDocument document;
        document.setHtml(html);
        MarkdownRenderer::applyParagraphDirections(&document);
        QList<Qt::LayoutDirection> directions;
        for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
            if (!b.text().trimmed().isEmpty())
                directions.append(b.blockFormat().layoutDirection());
        }
        QVERIFY(directions.size() >= 4);
        QCOMPARE(directions.at(0), Qt::LeftToRight);
        QCOMPARE(directions.at(1), Qt::RightToLeft);
        QCOMPARE(directions.at(2), Qt::LeftToRight); // code, even with an Arabic comment
        QCOMPARE(directions.at(3), Qt::LeftToRight);
        // Code blocks stand out on a background of their own; prose does not.
        for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
            if (b.text().trimmed().isEmpty())
                continue;
            const bool code = b.text().contains(QLatin1String("return")) ||
                              b.text().startsWith(QLatin1String("def"));
            QCOMPARE(b.blockFormat().background().style() != Qt::NoBrush, code);
            if (code) {
                QCOMPARE(b.blockFormat().background().color(),
                         QColor(MarkdownRenderer::codeBackground(false)));
            }
        }
    }

    void codeIsFixedPitchProseIsNot()
    {
        // Fenced code (fences, keywords and plain words alike) and inline code in the system's
        // fixed-pitch font; prose keeps the editor's font.
        QTextDocument document;
        document.setPlainText(QStringLiteral("Some prose with `inline` code.\n```python\n"
                                             "total = count + 1\n```\nMore prose.\n"));
        QObject *highlighter = CodeHighlighting::attachMarkdown(&document, false);
        QTRY_VERIFY_WITH_TIMEOUT(!CodeHighlighting::isBusy(highlighter), 60000);
        const QString fixed = CodeHighlighting::fixedPitchFamily();
        QVERIFY2(QFontInfo(QFont(fixed)).fixedPitch(), qPrintable(fixed));
        const auto fixedAt = [&](int blockNumber, int column) {
            const QTextBlock block = document.findBlockByNumber(blockNumber);
            for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
                if (column >= range.start && column < range.start + range.length)
                    return range.format.fontFixedPitch() &&
                           range.format.fontFamilies().toStringList().value(0) == fixed;
            }
            return false;
        };
        QVERIFY(fixedAt(0, 17)); // `inline`
        QVERIFY(!fixedAt(0, 2)); // prose
        QVERIFY(fixedAt(1, 0));  // the opening fence
        QVERIFY(fixedAt(2, 0));  // "total": a plain word of the code
        QVERIFY(fixedAt(2, 14)); // "+"
        QVERIFY(!fixedAt(4, 2)); // prose after the block
    }

    void highlightingFollowsEditsIncrementally()
    {
        QTextDocument document;
        QString text;
        for (int i = 0; i < 3000; ++i)
            text += QStringLiteral("Paragraph %1 with **bold** words.\n").arg(i);
        document.setPlainText(text);
        QObject *highlighter = CodeHighlighting::attachMarkdown(&document, false);
        // The first blocks at once; the rest in slices while the event loop runs.
        const auto formatsOf = [&](int blockNumber) {
            return document.findBlockByNumber(blockNumber).layout()->formats();
        };
        QVERIFY(!formatsOf(0).isEmpty());
        QVERIFY(CodeHighlighting::isBusy(highlighter));
        QTRY_VERIFY_WITH_TIMEOUT(!CodeHighlighting::isBusy(highlighter), 60000); // also under ASan
        QVERIFY(!formatsOf(2999).isEmpty());
        const auto boldOnly = formatsOf(2999);

        // Opening an HTML comment at the top turns everything after it into a comment...
        QTextCursor cursor(&document);
        cursor.insertText(QStringLiteral("<!--\n"));
        QTRY_VERIFY_WITH_TIMEOUT(!CodeHighlighting::isBusy(highlighter), 60000);
        QVERIFY(formatsOf(3000) != boldOnly);
        // ...and closing it again brings the old formats back, to the last line.
        cursor.movePosition(QTextCursor::Start);
        cursor.movePosition(QTextCursor::NextBlock, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        QTRY_VERIFY_WITH_TIMEOUT(!CodeHighlighting::isBusy(highlighter), 60000);
        QCOMPARE(formatsOf(2999).size(), boldOnly.size());

        // A keystroke in the middle settles at once: the states after it do not change.
        cursor.setPosition(document.findBlockByNumber(1500).position() + 3);
        cursor.insertText(QStringLiteral("x"));
        QVERIFY(!CodeHighlighting::isBusy(highlighter));
    }

    void exportsMarkdownHtmlAndPdf()
    {
        QTemporaryDir out;
        Note note;
        note.id = 7;
        note.title = QStringLiteral("مراجعة: Linear algebra");
        note.body = QStringLiteral("فقرة عربية.\n\n```python\nx = 1\n```\n");
        const QString md = out.filePath(QStringLiteral("n.md"));
        const QString html = out.filePath(QStringLiteral("n.html"));
        const QString pdf = out.filePath(QStringLiteral("n.pdf"));
        QVERIFY(NoteExport::write(note, md).ok());
        QVERIFY(NoteExport::write(note, html).ok());
        QVERIFY(NoteExport::write(note, pdf).ok());
        QFile mdFile(md);
        QVERIFY(mdFile.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(mdFile.readAll()),
                 QStringLiteral("# مراجعة: Linear algebra\n\n") + note.body);
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(htmlFile.readAll());
        QVERIFY(page.contains(QStringLiteral("<meta charset=\"utf-8\"/>")));
        QVERIFY(page.contains(QStringLiteral("<p dir=\"auto\">فقرة عربية.</p>")));
        QVERIFY(page.contains(QStringLiteral("<pre dir=\"ltr\" class=\"code\" style=")));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.readAll().startsWith("%PDF"));

        // All notes of a roadmap: one Markdown file each, plus one HTML and one PDF.
        Note second = note;
        second.id = 8;
        second.title = QStringLiteral("Second / with: odd? characters");
        auto written = NoteExport::writeAll({note, second}, out.filePath(QStringLiteral("all")),
                                            QStringLiteral("Roadmap"));
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QCOMPARE(written.value(), 4);
        const QStringList files = QDir(out.filePath(QStringLiteral("all"))).entryList(QDir::Files);
        QCOMPARE(files.size(), 4);
        QVERIFY(files.contains(QStringLiteral("notes.pdf")));
        QVERIFY(files.contains(QStringLiteral("Second with odd characters-8.md")));
        // A folder that cannot be made is an error with its name, not a crash.
        QFile blocker(out.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto refused = NoteExport::writeAll({note}, out.filePath(QStringLiteral("file/sub")),
                                            QStringLiteral("R"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QStringLiteral("file")));
    }

    void searchOpensTheNoteAtTheMatch()
    {
        UiTestFixture f;
        QVERIFY(f.open());
        f.window->show();
        f.window->showPage(MainWindow::Page::Notes);
        const QString body =
            QStringLiteral("Intro line.\nThe backpropagation step updates weights.");
        const qint64 id = f.document->noteBook()->create(0, QStringLiteral("Training"), body);
        NotesPage *page = f.window->notesPage();
        QTest::keyClicks(page->searchField(), QStringLiteral("backprop"));
        QCOMPARE(page->list()->count(), 1);
        page->list()->setCurrentRow(0);
        QCOMPARE(page->editor()->noteId(), id);
        QCOMPARE(page->editor()->textEdit()->textCursor().position(),
                 int(body.indexOf(QStringLiteral("backprop"))));
        page->searchField()->clear();
        QCOMPARE(page->list()->count(), 1); // back to all notes
    }
};

QTEST_MAIN(TestNoteEditor)
#include "tst_noteeditor.moc"
