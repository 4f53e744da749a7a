// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/builtinroadmaps.h"
#include "import/charclass.h"
#include "import/importdraft.h"
#include "import/importvocabulary.h"
#include "import/markdownimporter.h"
#include "import/markdownoutline.h"
#include "import/roadmapjson.h"
#include "import/textdecoder.h"
#include "importednodes.h"
#include "storage/textnormalizer.h"

#include "requiredservice.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <functional>
#include <numeric>

using namespace Masar;

using ImportedNodes::find;
using ImportedNodes::titles;

namespace {

ImportResult import(const QString &markdown)
{
    auto result = MarkdownImporter::importText(markdown, QStringLiteral("test.md"));
    if (!result)
        qWarning("%s", qPrintable(result.error()));
    return result ? result.value() : ImportResult{};
}

void flatten(const QVector<ImportedNode> &nodes, QList<const ImportedNode *> &out)
{
    for (const ImportedNode &node : nodes) {
        out.append(&node);
        flatten(node.children, out);
    }
}

void flatten(const QList<RoadmapNodeTree> &trees, QList<const RoadmapNode *> &out)
{
    for (const RoadmapNodeTree &tree : trees) {
        out.append(&tree.node);
        flatten(tree.children, out);
    }
}

QString key(const QString &title)
{
    QString folded = TextNormalizer::normalize(title);
    folded.remove(QLatin1Char('"')).remove(QLatin1Char('*')).remove(QLatin1Char('_'));
    return folded.simplified();
}

/// Every block of an outline, depth first, as one line each: what comparing two readings needs.
void describe(const std::vector<std::unique_ptr<OutlineBlock>> &blocks, QStringList &out,
              int depth = 0)
{
    for (const auto &block : blocks) {
        QString line = QStringLiteral("%1%2 l%3 d%4 t%5 s%6 o%7 [%8]")
                           .arg(QString(depth, u' '))
                           .arg(int(block->type))
                           .arg(block->line)
                           .arg(block->level)
                           .arg(int(block->task))
                           .arg(block->strongLength)
                           .arg(block->ordered)
                           .arg(block->text);
        for (const OutlineLink &link : block->links)
            line += QStringLiteral(" <%1 %2+%3>").arg(link.url).arg(link.start).arg(link.length);
        for (const auto &row : block->rows) {
            line += QStringLiteral(" |");
            for (const OutlineBlock &cell : row)
                line += QStringLiteral(" %1@%2 |").arg(cell.text).arg(cell.line);
        }
        out.append(line);
        describe(block->children, out, depth + 1);
    }
}

QStringList describe(const Outline &outline)
{
    QStringList out;
    describe(outline.blocks, out);
    out.append(QStringLiteral("deepest %1 flattened %2 tight %3")
                   .arg(outline.deepestNesting)
                   .arg(outline.flattenedItems)
                   .arg(outline.tightHeadings));
    return out;
}

} // namespace

class TestMarkdownImporter : public QObject
{
    Q_OBJECT

private slots:
    void sharesComeInWholeDisplayUnits()
    {
        // A stated total shared among leaves that do not state their own: equal when the shares
        // come out in whole five minutes, else in whole hours (quarter hours, five minutes,
        // minutes for smaller shares) that still add up to the total.
        const ImportResult r =
            import(QStringLiteral("# Shares\n\n## Three (80 hours)\n- a\n- b\n- c\n\n"
                                  "## Seven (80 hours)\n- a\n- b\n- c\n- d\n- e\n- f\n- g\n\n"
                                  "## Quarters (20 hours)\n- a\n- b\n- c\n- d\n- e\n- f\n- g\n\n"
                                  "## Fives (5 hours)\n- a\n- b\n- c\n- d\n- e\n- f\n- g\n\n"
                                  "## Minutes (50 minutes)\n- a\n- b\n- c\n"));
        QCOMPARE(r.nodes.size(), 5);
        const auto shares = [&r](int phase) {
            QList<int> minutes;
            for (const ImportedNode &leaf : r.nodes.at(phase).children)
                minutes.append(leaf.node.effortMinutes);
            return minutes;
        };
        QCOMPARE(shares(0), QList<int>({1600, 1600, 1600}));
        QCOMPARE(shares(1), QList<int>({720, 720, 720, 660, 660, 660, 660}));
        QCOMPARE(shares(2), QList<int>({180, 180, 180, 165, 165, 165, 165}));
        QCOMPARE(shares(3), QList<int>({45, 45, 45, 45, 40, 40, 40}));
        QCOMPARE(shares(4), QList<int>({17, 17, 16}));
        for (int phase = 0; phase < r.nodes.size(); ++phase) {
            const QList<int> parts = shares(phase);
            QCOMPARE(std::accumulate(parts.cbegin(), parts.cend(), 0),
                     r.nodes.at(phase).statedMinutes);
        }
    }

    void headingsAndListsMakeTheTree()
    {
        const ImportResult r = import(QStringLiteral(
            "# My Roadmap\n\nA plan at ~12 h/week.\n\n## Phase 1: Basics (3 weeks)\n\n"
            "### Python\n- Syntax\n- Functions\n\n### Math\n- Linear algebra\n\n"
            "## Phase 2: Models\n- [Fast.ai course](https://course.fast.ai/)\n"));
        QCOMPARE(r.roadmap.titleEn, QStringLiteral("My Roadmap"));
        QCOMPARE(r.roadmap.hoursPerWeek, 12.0);
        QCOMPARE(r.paceText, QStringLiteral("A plan at ~12 h/week."));
        QCOMPARE(titles(r.nodes), QStringList({QStringLiteral("Phase 1: Basics"),
                                               QStringLiteral("Phase 2: Models")}));
        const ImportedNode &basics = r.nodes.at(0);
        QCOMPARE(basics.node.kind, RoadmapNode::Kind::Phase);
        QCOMPARE(basics.node.durationText, QStringLiteral("(3 weeks)"));
        QCOMPARE(basics.statedMinutes, 3 * 12 * 60);
        QCOMPARE(titles(basics.children),
                 QStringList({QStringLiteral("Python"), QStringLiteral("Math")}));
        // 36 h over three topics.
        for (const QString &topic : {QStringLiteral("Syntax"), QStringLiteral("Functions"),
                                     QStringLiteral("Linear algebra")}) {
            const ImportedNode *n = find(r.nodes, topic);
            QVERIFY2(n, qPrintable(topic));
            QCOMPARE(n->node.kind, RoadmapNode::Kind::Topic);
            QCOMPARE(n->node.effortMinutes, 12 * 60);
            QCOMPARE(n->node.effortSource, RoadmapNode::EffortSource::Share);
        }
        const ImportedNode *fastai = find(r.nodes, QStringLiteral("Fast.ai course"));
        QVERIFY(fastai);
        QCOMPARE(fastai->node.kind, RoadmapNode::Kind::Course);
        QCOMPARE(fastai->node.url, QStringLiteral("https://course.fast.ai/"));
        QCOMPARE(fastai->node.effortSource, RoadmapNode::EffortSource::Default);
        QCOMPARE(fastai->node.effortMinutes, 20 * 60);
        QCOMPARE(find(r.nodes, QStringLiteral("Syntax"))->line, 8);
    }

    void labelsGiveDurationsLinksAndGroups()
    {
        const ImportResult r = import(QStringLiteral(
            "# R\n\n## Learning\n\n#### Intro to ML\n"
            "- **Platform**: [Coursera](https://www.coursera.org/learn/x)\n"
            "- **Duration**: 4 weeks\n- **Key Outcomes**:\n  - Basics\n  - Lifecycle\n"
            "- Projects:\n  - Build a classifier\n"));
        const ImportedNode *course = find(r.nodes, QStringLiteral("Intro to ML"));
        QVERIFY(course);
        QCOMPARE(course->node.kind, RoadmapNode::Kind::Course);
        QCOMPARE(course->node.url, QStringLiteral("https://www.coursera.org/learn/x"));
        QCOMPARE(course->node.durationText, QStringLiteral("Duration: 4 weeks"));
        QCOMPARE(titles(course->children),
                 QStringList({QStringLiteral("Basics"), QStringLiteral("Lifecycle"),
                              QStringLiteral("Build a classifier")}));
        QCOMPARE(course->children.at(2).node.kind, RoadmapNode::Kind::Milestone);
        // 40 h shared by the three: 800 min each.
        QCOMPARE(course->children.at(0).node.effortMinutes, 800);
        QCOMPARE(course->children.at(2).node.effortMinutes, 800);
    }

    void sharesGiveTheRemainderToTheFirstLeaves()
    {
        const ImportResult r = import(QStringLiteral(
            "# R\n\n## Week 1: Start\n- a\n- b\n- c\n\n## Part (2 hours)\n- d\n- e (around 50 "
            "minutes)\n- f\n- g\n"));
        // Week 1 = 10 h = 600 min over 3 leaves: 200 each.
        QCOMPARE(find(r.nodes, QStringLiteral("a"))->node.effortMinutes, 200);
        // 120 min less e's 50 = 70 over three: 24, 23, 23.
        QCOMPARE(find(r.nodes, QStringLiteral("e"))->node.effortMinutes, 50);
        QCOMPARE(find(r.nodes, QStringLiteral("e"))->node.effortSource,
                 RoadmapNode::EffortSource::Stated);
        QCOMPARE(find(r.nodes, QStringLiteral("d"))->node.effortMinutes, 24);
        QCOMPARE(find(r.nodes, QStringLiteral("f"))->node.effortMinutes, 23);
        QCOMPARE(find(r.nodes, QStringLiteral("g"))->node.effortMinutes, 23);
        QCOMPARE(r.totalMinutes(), 600 + 120);
    }

    void courseTablesGiveARowEach()
    {
        const ImportResult r = import(QStringLiteral(
            "# CS\n\n## Core\n\nCourses | Duration | Effort | Prerequisites\n:-- | :--: | :--: | "
            ":--:\n[Intro to CS](https://example.org/cs) | 10 weeks | 8-10 hours/week | none\n"
            "Systems | 6 weeks | - | Intro\nBroken row\n"));
        const ImportedNode *cs = find(r.nodes, QStringLiteral("Intro to CS"));
        QVERIFY(cs);
        QCOMPARE(cs->node.url, QStringLiteral("https://example.org/cs"));
        QCOMPARE(cs->node.kind, RoadmapNode::Kind::Course);
        QCOMPARE(cs->node.effortMinutes, 10 * 9 * 60);
        QCOMPARE(cs->node.effortLowMinutes, 10 * 8 * 60);
        QCOMPARE(cs->node.effortHighMinutes, 10 * 10 * 60);
        const ImportedNode *systems = find(r.nodes, QStringLiteral("Systems"));
        QVERIFY(systems);
        QCOMPARE(systems->node.effortMinutes, 6 * 10 * 60);
    }

    void checklistsGiveStatuses()
    {
        const ImportResult r =
            import(QStringLiteral("# R\n\n## Week 1\n- [x] Vectors\n- [ ] Matrices\n"));
        QCOMPARE(find(r.nodes, QStringLiteral("Vectors"))->node.status, RoadmapNode::Status::Done);
        QCOMPARE(find(r.nodes, QStringLiteral("Matrices"))->node.status,
                 RoadmapNode::Status::NotStarted);
    }

    void linksAloneAreResources()
    {
        const ImportResult r = import(QStringLiteral(
            "# R\n\n## Websites\n- [PyTorch](https://pytorch.org/)\n\n## Online Courses\n"
            "- [Fast.ai](https://course.fast.ai/)\n\n## Books\n- Deep Learning by Goodfellow\n"));
        QCOMPARE(find(r.nodes, QStringLiteral("PyTorch"))->node.kind, RoadmapNode::Kind::Resource);
        QCOMPARE(find(r.nodes, QStringLiteral("PyTorch"))->node.effortMinutes, 120);
        QCOMPARE(find(r.nodes, QStringLiteral("Fast.ai"))->node.kind, RoadmapNode::Kind::Course);
        const ImportedNode *book = find(r.nodes, QStringLiteral("Deep Learning by Goodfellow"));
        QCOMPARE(book->node.kind, RoadmapNode::Kind::Resource);
        QVERIFY(book->node.optional); // reference reading is not planned by default
        QCOMPARE(r.totalMinutes(), 120 + 20 * 60);
    }

    void alternativesPlanTheRecommendedOne()
    {
        const ImportResult r = import(QStringLiteral(
            "# R\n\n## Deep Learning\nYou can choose one of the following courses:\n"
            "- [A](https://a.example/) - a short one.\n"
            "- [B](https://b.example/) - would take around a month (I recommend this course).\n"
            "- [C](https://c.example/)\n"));
        const ImportedNode *a = find(r.nodes, QStringLiteral("A"));
        const ImportedNode *b = find(r.nodes, QStringLiteral("B"));
        const ImportedNode *c = find(r.nodes, QStringLiteral("C"));
        QVERIFY(a && b && c);
        QVERIFY(a->node.optional);
        QVERIFY(!b->node.optional);
        QVERIFY(c->node.optional);
        QCOMPARE(b->node.effortMinutes, 4 * 10 * 60);
        // Each alternative carries the planned option's effort.
        QCOMPARE(a->node.effortMinutes, b->node.effortMinutes);
        QCOMPARE(c->node.effortMinutes, b->node.effortMinutes);
        QCOMPARE(r.totalMinutes(), 4 * 10 * 60);
    }

    void offTopicSectionsAreLeftOutAndCanBeIncluded()
    {
        const QString text = QStringLiteral(
            "# R\n\n## Career Tips\n- Network a lot\n\n## Machine Learning\n- Regression\n");
        const ImportResult r = import(text);
        QCOMPARE(titles(r.nodes), QStringList({QStringLiteral("Machine Learning")}));
        QCOMPARE(r.notices.size(), 1);
        QCOMPARE(r.notices.at(0).kind, ImportNotice::Kind::Section);
        QCOMPARE(r.notices.at(0).line, 3);
        MarkdownImporter::Options options;
        options.includeSections.insert(3);
        auto again = MarkdownImporter::importText(text, QStringLiteral("t.md"), options);
        QVERIFY(again);
        QCOMPARE(titles(again->nodes),
                 QStringList({QStringLiteral("Career Tips"), QStringLiteral("Machine Learning")}));
    }

    void numbersThatAreNotDurationsStayTitles()
    {
        const ImportResult r = import(QStringLiteral(
            "# R\n\n## Top 10 Python Libraries\n- Python 3.11 in 2024\n- Port 8080 setup\n\n"
            "## ML in a Week\n- GPT-4 basics\n"));
        QList<const ImportedNode *> all;
        flatten(r.nodes, all);
        for (const ImportedNode *node : std::as_const(all))
            QVERIFY2(!node->stated, qPrintable(node->node.title));
        QVERIFY(find(r.nodes, QStringLiteral("ML in a Week")));
        QVERIFY(find(r.nodes, QStringLiteral("Top 10 Python Libraries")));
    }

    void arabicRoadmap()
    {
        const ImportResult r = import(QStringLiteral(
            "# خارطة تعلم الذكاء الاصطناعي\n\n## الرياضيات (أسبوعان)\n- الجبر الخطي\n- "
            "الاحتمالات\n\n## بايثون\n- [دورة بايثون](https://example.org/py) - تستغرق حوالي ٣ "
            "أسابيع\n"));
        QCOMPARE(r.roadmap.titleAr, QStringLiteral("خارطة تعلم الذكاء الاصطناعي"));
        const ImportedNode *math = find(r.nodes, QStringLiteral("الرياضيات"));
        QVERIFY(math);
        QCOMPARE(math->statedMinutes, 2 * 10 * 60);
        QCOMPARE(math->node.language, QStringLiteral("ar"));
        QCOMPARE(math->node.area, CompetencyArea::Mathematics);
        const ImportedNode *course = find(r.nodes, QStringLiteral("دورة بايثون"));
        QVERIFY(course);
        QCOMPARE(course->node.kind, RoadmapNode::Kind::Course);
        QCOMPARE(course->node.effortMinutes, 3 * 10 * 60);
        QCOMPARE(course->node.area, CompetencyArea::Programming);
    }

    void headingsWithoutSpaceAreReadWhenThereAreNoOthers()
    {
        const ImportResult r = import(QStringLiteral("#ML notes\n\n##Month 1 (Basics)\n- a\n"));
        QCOMPARE(titles(r.nodes), QStringList({QStringLiteral("Month 1 (Basics)")}));
        QCOMPARE(r.nodes.at(0).statedMinutes, 4 * 10 * 60);
        QVERIFY(std::any_of(r.notices.cbegin(), r.notices.cend(), [](const ImportNotice &n) {
            return n.kind == ImportNotice::Kind::Document;
        }));
        // With real headings, "#hashtag" lines stay text.
        const ImportResult tagged =
            import(QStringLiteral("# Log\n\n## Day 1\n- started\n\n#100DaysOfCode\n"));
        QCOMPARE(titles(tagged.nodes), QStringList({QStringLiteral("Day 1")}));
    }

    void tablesOfContentsAreLeftOut()
    {
        const ImportResult r = import(QStringLiteral(
            "# R\n\n## Contents\n- [Intro](#intro)\n\n## Intro\n- [Python](https://p.example)\n"
            "- [Local](./notes.md)\n- [Bad](javascript:alert(1))\n"));
        QCOMPARE(titles(r.nodes), QStringList({QStringLiteral("Intro")}));
        QCOMPARE(find(r.nodes, QStringLiteral("Python"))->node.url,
                 QStringLiteral("https://p.example"));
        // Links that are not web addresses are not kept as links.
        QVERIFY(find(r.nodes, QStringLiteral("Local"))->node.url.isEmpty());
        QVERIFY(find(r.nodes, QStringLiteral("Bad"))->node.url.isEmpty());
        const ImportResult toc = import(QStringLiteral(
            "# R\n\n## Start\n- [Intro](#intro)\n- [Setup](#setup)\n- Real topic\n"));
        QCOMPARE(titles(toc.nodes.at(0).children), QStringList({QStringLiteral("Real topic")}));
    }

    void labelledLinksAreNamedByTheLink()
    {
        const ImportResult r = import(QStringLiteral(
            "# R\n\n## Week 1\n- Monday: Python\n  - Video: [Learn Python](https://v.example)\n"
            "  - Book: [Think Python](https://b.example)\n"));
        const ImportedNode *video = find(r.nodes, QStringLiteral("Learn Python"));
        QVERIFY(video);
        QCOMPARE(video->node.url, QStringLiteral("https://v.example"));
        QCOMPARE(find(r.nodes, QStringLiteral("Think Python"))->node.kind,
                 RoadmapNode::Kind::Resource);
    }

    void aListUnderTheTitleIsTheRoadmap()
    {
        const ImportResult r = import(QStringLiteral(
            "# Pandas\n\nLearn more:\n\n- [@official@Pandas](https://pandas.example)\n- "
            "[@video@Pandas in an hour](https://v.example)\n"));
        QCOMPARE(titles(r.nodes),
                 QStringList({QStringLiteral("Pandas"), QStringLiteral("Pandas in an hour")}));
        QVERIFY(r.notices.isEmpty());
        // With sections after it, such a list is left out and said so.
        const ImportResult sections =
            import(QStringLiteral("# R\n\n- intro item\n\n## Part\n- topic\n"));
        QCOMPARE(titles(sections.nodes), QStringList({QStringLiteral("Part")}));
        QCOMPARE(sections.notices.size(), 1);
        QCOMPARE(sections.notices.at(0).line, 3);
    }

    void crumbsOfAStatedDurationAreNotShared()
    {
        // The days state the whole week; the two projects would get a minute each.
        const ImportResult r = import(QStringLiteral(
            "# R\n\n## Week 1\n- Day 1-3: a\n- Day 4-7: b\n- Project one\n- Project two\n"));
        QCOMPARE(find(r.nodes, QStringLiteral("Project one"))->node.effortSource,
                 RoadmapNode::EffortSource::Default);
        QCOMPARE(find(r.nodes, QStringLiteral("Project one"))->node.effortMinutes, 240);
    }

    void frontMatterIsLeftOut()
    {
        const ImportResult r = import(QStringLiteral(
            "---\ntitle: Site\ntags:\n  - ml\n  - roadmap\n---\n# R\n\n## A (2 weeks)\n- b\n"));
        QCOMPARE(titles(r.nodes), QStringList({QStringLiteral("A")}));
        QCOMPARE(r.nodes.at(0).line, 9); // line numbers still those of the file
        QCOMPARE(r.notices.size(), 1);
        // Front matter alone is no roadmap.
        auto only = MarkdownImporter::importText(
            QStringLiteral("---\ntitle: x\nkeywords:\n  - a\n---\n"), QStringLiteral("f.md"));
        QVERIFY(!only);
    }

    void largeDocumentsAreReadAlikeInEveryPart()
    {
        // Past a few thousand items the top-level sections are read on two threads: every copy
        // of one section must come out as it does in a small document, read on one.
        const QString part = QStringLiteral(
            "### Linear Algebra (2 weeks)\n- [x] Vectors\n- [ ] Eigenvalues\n\n"
            "### Python\n| Course | Duration |\n|---|---|\n"
            "| [Python Basics](https://example.org/py) | 3 weeks |\n\n"
            "### Classic ML\nChoose one of the following:\n"
            "- [ML Specialization](https://example.org/ml) - about 6 weeks (I recommend it)\n"
            "- [Statistical Learning](https://example.org/sl) - about 8 weeks\n\n"
            "### الشبكات العصبية (٣ أسابيع)\n- التعلم العميق\n- Docker basics\n\n"
            "```\nprint('not imported')\n```\n");
        const auto document = [&part](int parts) {
            QString text = QStringLiteral("# Big\n\nA plan at about 10 h/week.\n");
            for (int k = 1; k <= parts; ++k)
                text += QStringLiteral("\n## Part %1\n").arg(k) + part;
            return text;
        };
        const ImportResult small = import(document(2));
        const ImportResult large = import(document(600));
        QCOMPARE(small.nodes.size(), 2);
        QCOMPARE(large.nodes.size(), 600);
        QVERIFY2(large.nodeCount() > 6000, "large enough to be read on two threads");
        QList<const ImportedNode *> expected;
        flatten(small.nodes.first().children, expected);
        QCOMPARE(expected.size(), 11);
        for (int k = 0; k < large.nodes.size(); ++k) {
            const ImportedNode &root = large.nodes.at(k);
            QCOMPARE(root.node.title, QStringLiteral("Part %1").arg(k + 1));
            QCOMPARE(root.node.effortMinutes, small.nodes.first().node.effortMinutes);
            QList<const ImportedNode *> actual;
            flatten(root.children, actual);
            QCOMPARE(actual.size(), expected.size());
            for (int i = 0; i < actual.size(); ++i) {
                QCOMPARE(actual.at(i)->node, expected.at(i)->node);
                QCOMPARE(actual.at(i)->statedMinutes, expected.at(i)->statedMinutes);
                QCOMPARE(actual.at(i)->alternativeGroup > 0, expected.at(i)->alternativeGroup > 0);
            }
        }
        // Read in two halves, as one: each part's alternatives form a group of their own, and
        // what was left out is reported once per part, in the document's order.
        QSet<int> groups;
        for (const ImportedNode &root : large.nodes) {
            QList<const ImportedNode *> nodes;
            flatten(root.children, nodes);
            QSet<int> own;
            for (const ImportedNode *node : nodes) {
                if (node->alternativeGroup > 0)
                    own.insert(node->alternativeGroup);
            }
            QCOMPARE(own.size(), 1);
            QVERIFY(!groups.contains(*own.cbegin()));
            groups.insert(*own.cbegin());
        }
        QList<int> codeLines;
        for (const ImportNotice &notice : large.notices) {
            if (notice.text.contains(QStringLiteral("not imported")))
                codeLines.append(notice.line);
        }
        QCOMPARE(codeLines.size(), 600);
        QVERIFY(std::is_sorted(codeLines.cbegin(), codeLines.cend()));
        QCOMPARE(QSet<int>(codeLines.cbegin(), codeLines.cend()).size(), 600);
    }

    void largeDocumentsAreParsedInTwoPartsAsInOne_data()
    {
        QTest::addColumn<QString>("middle"); // what stands halfway through the document
        QTest::addColumn<int>("parts");      // how the reading may be done
        // Plain sections, and sections ending in a closed code block: read in two parts.
        QTest::newRow("sections") << QString() << 2;
        QTest::newRow("closed code before a heading")
            << QStringLiteral("```python\nprint(1)\n```\n") << 2;
        QTest::newRow("closed comment before a heading")
            << QStringLiteral("<!-- a note -->\n") << 2;
        QTest::newRow("html div ends at the blank line")
            << QStringLiteral("<div>\n<b>x</b>\n</div>\n") << 2;
        // A code block or comment open across the middle takes in the headings after it.
        QTest::newRow("open code block")
            << QStringLiteral("```\ncode\n\n## Not a heading\n\n- not an item\n") << 1;
        // (In a list, the heading ends it: read whole all the same, as that takes a full parse
        // to tell.)
        QTest::newRow("open tilde fence in a list")
            << QStringLiteral("- item\n\n  ~~~~\n  code\n\n## Heading: the list ends\n") << 1;
        QTest::newRow("open comment")
            << QStringLiteral("<!--\n\n## Hidden section\n\n- hidden\n") << 1;
        QTest::newRow("open pre") << QStringLiteral("<pre>\n\n# Preformatted\n") << 1;
        // Reference links are resolved across the whole document: read in one go.
        QTest::newRow("reference links")
            << QStringLiteral("- [Course][ref]\n\n[ref]: https://example.org/ref\n") << 1;
    }

    void textIsReadWithSingleSpacesWhereverTheOddCharacterIs()
    {
        // Text is looked at eight bytes at a time: two spaces, a tab or a non-ASCII letter at
        // any place in such a group, or across two, must be read as one character at a time.
        const QString base = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
        for (const QString &odd : {QStringLiteral("  "), QStringLiteral("\t"), QStringLiteral("é"),
                                   QStringLiteral(" \t "), QStringLiteral("\x01")}) {
            for (int at = 1; at < base.size(); ++at) {
                const QString item = base.left(at) + odd + base.mid(at);
                const Outline outline = MarkdownOutline::parse(QStringLiteral("- ") + item);
                QCOMPARE(outline.blocks.size(), std::size_t(1));
                QCOMPARE(outline.blocks.front()->text, item.simplified());
            }
        }
    }

    void largeDocumentsAreParsedInTwoPartsAsInOne()
    {
        QFETCH(QString, middle);
        QFETCH(int, parts);
        const QString section = QStringLiteral(
            "## Section\n\n- [ ] **Duration**: 2 weeks\n- [x] [Course](https://example.org/c) - "
            "about 6 weeks\n  1. nested *item* &amp; more\n     - deeper\n\n"
            "| Course | Hours |\n|---|---|\n| [A](https://a.example) | 10 |\n\n"
            "> quoted\n> - list in a quote\n\nA paragraph\nwith a soft break.\n\n");
        QString document = QStringLiteral("# Big roadmap\n\n");
        while (document.size() < 200 * 1000)
            document += section;
        document += middle + QStringLiteral("\n");
        while (document.size() < 400 * 1000)
            document += section;
        // A closing fence and comment end, should the middle have left one open.
        document += QStringLiteral("```\n-->\n</pre>\n\n## Last\n- item\n");
        const Outline whole = MarkdownOutline::parse(document, MarkdownOutline::Reading::Whole);
        const Outline automatic = MarkdownOutline::parse(document);
        QCOMPARE(whole.parts, 1);
        QCOMPARE(automatic.parts, parts);
        const QStringList expected = describe(whole);
        const QStringList actual = describe(automatic);
        QCOMPARE(actual.size(), expected.size());
        for (int i = 0; i < actual.size(); ++i)
            QCOMPARE(actual.at(i), expected.at(i));
        QVERIFY(expected.size() > 3000);
    }

    void linksAreKeptWhenQUrlAcceptsThem()
    {
        // Plain addresses are accepted without parsing them; the answer must be QUrl's.
        const QStringList addresses{
            QStringLiteral("https://example.org"),
            QStringLiteral("https://example.org/"),
            QStringLiteral("http://a.b-c.example/path/to_page~x?q=1&r=a+b;c=d#part"),
            QStringLiteral("https://example.org/a%20b%2F"),
            QStringLiteral("https://example.org/a%2"),
            QStringLiteral("https://example.org/a%zz"),
            QStringLiteral("https://example.org/it's(1)*!$,:@="),
            QStringLiteral("https://example.org/a#b#c"),
            QStringLiteral("https://example.org/a b"),
            QStringLiteral("https://example.org/a\"b"),
            QStringLiteral("https://example.org/a<b>"),
            QStringLiteral("https://example.org/a{b}|c^d`e"),
            QStringLiteral("https://example.org/a[1]x"),
            QStringLiteral("https://exa_mple.org/"),
            QStringLiteral("https://-example.org/"),
            QStringLiteral("https://example-.org/"),
            QStringLiteral("https://a..b/"),
            QStringLiteral("https://.example.org/"),
            QStringLiteral("https://example.org./"),
            QStringLiteral("https://example.org:8080/x"),
            QStringLiteral("https://user:secret@example.org/"),
            QStringLiteral("https://[::1]/x"),
            QStringLiteral("https://127.0.0.1/x"),
            QStringLiteral("https://1.2.3/"),
            QStringLiteral("https://999.1.1.1/"),
            QStringLiteral("https://example.123/"),
            QStringLiteral("https://") + QString(64, u'a') + QStringLiteral(".example/"),
            QStringLiteral("https://") + QString(63, u'a') + QStringLiteral(".example/"),
            QStringLiteral("http://a.b.c.d.e.f.g.example?q"),
            QStringLiteral("https://bücher.example/"),
            QStringLiteral("https://example.org/كتاب"),
            QStringLiteral("https:///path"),
            QStringLiteral("https://"),
            QStringLiteral("http://?x"),
            QStringLiteral("HTTPS://EXAMPLE.ORG/A"),
            QStringLiteral("ftp://example.org/"),
            QStringLiteral("javascript:alert(1)"),
            QStringLiteral("#anchor"),
            QStringLiteral("docs/page.md"),
        };
        for (const QString &address : addresses) {
            const QUrl url(address, QUrl::StrictMode);
            const QString scheme = url.scheme().toLower();
            const bool web = url.isValid() && !url.host().isEmpty() &&
                             (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
            QCOMPARE(ImportDraft::webAddress(address), web ? address : QString());
        }
        QCOMPARE(ImportDraft::webAddress(QStringLiteral(" www.example.org/x).")),
                 QStringLiteral("https://www.example.org/x"));
    }

    void asciiDecorationIsWhatUnicodeSays()
    {
        // ASCII is answered from a list: it must be the symbols and spaces Unicode names.
        for (char16_t u = 0; u < 0x80; ++u) {
            const QChar c(u);
            QCOMPARE(ImportDraft::isDecoration(c), c.isSymbol() || c.isMark() || c.isSpace());
        }
        QVERIFY(ImportDraft::isDecoration(QChar(0x2728))); // ✨
        QVERIFY(!ImportDraft::isDecoration(QChar(u'ل')));
    }

    void characterClassesAreWhatUnicodeSays()
    {
        // Answered from a table below U+0700, by QChar above: the same answers everywhere.
        for (int u = 0; u <= 0xFFFF; ++u) {
            const QChar c{char16_t(u)};
            const bool same =
                CharClass::isLetterNumberOrMark(c) == (c.isLetterOrNumber() || c.isMark()) &&
                CharClass::isLetterOrMark(c) == (c.isLetter() || c.isMark()) &&
                CharClass::isMark(c) == c.isMark() && CharClass::isSpace(c) == c.isSpace() &&
                CharClass::isLetter(c) == c.isLetter() &&
                CharClass::isArabicLetter(c) ==
                    (c.isLetter() && c.script() == QChar::Script_Arabic);
            if (!same)
                QFAIL(qPrintable(QStringLiteral("U+%1").arg(u, 4, 16, QLatin1Char('0'))));
        }
        QVERIFY(CharClass::isArabicLetter(QChar(u'ب')));
        QVERIFY(!CharClass::isArabicLetter(QChar(u'\u0640'))); // tatweel: a letter of no script
        QVERIFY(CharClass::isMark(QChar(u'\u064E')));          // fatha
    }

    void vocabularyFindsArabicWordsHoweverSpelled()
    {
        // Word starts are compared before anything is folded: Arabic written with another
        // hamza, harakat, tanween or tatweel must still be found, and other words not.
        QVERIFY(ImportVocabulary::marksOptional(QStringLiteral("مشروع إختياري")));
        QVERIFY(ImportVocabulary::marksOptional(QStringLiteral("كتاب (اختيـــاري)")));
        QVERIFY(ImportVocabulary::marksOptional(QStringLiteral("اخْتِيَارِيّ")));
        QVERIFY(ImportVocabulary::marksOptional(QStringLiteral("Deep Learning (اختيارية)")));
        QVERIFY(ImportVocabulary::marksOptional(QStringLiteral("Café (optional)")));
        QVERIFY(ImportVocabulary::marksOptional(QStringLiteral("بعد الإنتهاء من الدورة")));
        QVERIFY(!ImportVocabulary::marksOptional(QStringLiteral("الشبكات العصبية")));
        QVERIFY(!ImportVocabulary::marksOptional(QStringLiteral("تعلّم الآلة ٣ أسابيع")));
        QVERIFY(ImportVocabulary::offersChoice(QStringLiteral("إختر واحداً من الدورات")));
        QVERIFY(ImportVocabulary::recommends(QStringLiteral("هذه هي الافضل")));
        QVERIFY(!ImportVocabulary::recommends(QStringLiteral("هذه دورة جيدة")));
    }

    void visibleTrimmingIsWhatUnicodeSays()
    {
        // The ASCII and below-U+1680 shortcuts must agree with QChar on every character: at the
        // ends, inside a word, doubled between words, and alone (nothing visible: blank).
        const auto invisible = [](QChar c) {
            return c.isSpace() || c.category() == QChar::Other_Format ||
                   c.category() == QChar::Other_Control;
        };
        const auto expected = [&](const QString &text) {
            const QString simple = text.simplified();
            qsizetype begin = 0, end = simple.size();
            while (begin < end && invisible(simple.at(begin)))
                ++begin;
            while (end > begin && invisible(simple.at(end - 1)))
                --end;
            return simple.mid(begin, end - begin);
        };
        for (int u = 1; u <= 0xFFFF; ++u) {
            const QString c{QChar(char16_t(u))};
            for (const QString &text : {c + QLatin1String("ab"), QLatin1String("ab") + c,
                                        QLatin1String("a") + c + QLatin1String("b"),
                                        QLatin1String("a ") + c + c + QLatin1String(" b")}) {
                if (ImportDraft::visibleTrimmed(text) != expected(text))
                    QFAIL(qPrintable(
                        QStringLiteral("U+%1 in “%2”").arg(u, 4, 16, QLatin1Char('0')).arg(text)));
            }
            const QString alone = c + QLatin1Char(' ') + c;
            if (ImportDraft::isBlank(alone) != expected(alone).isEmpty())
                QFAIL(qPrintable(QStringLiteral("U+%1 alone").arg(u, 4, 16, QLatin1Char('0'))));
        }
    }

    void badInputGetsAClearMessage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("blank") << QByteArray(" \n\n\t\n") << QStringLiteral("empty");
        QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        png.append(QByteArray(4000, '\x01'));
        QTest::newRow("binary") << png << QStringLiteral("text file");
        QTest::newRow("prose only") << QByteArray("Just a paragraph of text, no structure.\n")
                                    << QStringLiteral("No roadmap was found");
        QTest::newRow("code only") << QByteArray("```\n# not a heading\n- nor a list\n```\n")
                                   << QStringLiteral("No roadmap was found");
    }

    void badInputGetsAClearMessage()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        auto result = MarkdownImporter::importBytes(bytes, QStringLiteral("bad.md"));
        QVERIFY(!result);
        QVERIFY2(result.error().contains(message), qPrintable(result.error()));
    }

    void hugeFileIsRefusedWithoutReadingIt()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("huge.md")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(50LL * 1024 * 1024)); // sparse: 50 MB without writing them
        file.close();
        QElapsedTimer timer;
        timer.start();
        auto result = MarkdownImporter::importFile(file.fileName());
        QVERIFY(!result);
        QVERIFY2(result.error().contains(QStringLiteral("50.0 MB")), qPrintable(result.error()));
        QVERIFY(timer.elapsed() < 5000);
    }

    void invisibleTitlesAreNotNodes()
    {
        // Byte-order marks, zero-width spaces and direction marks where a title should be (as
        // a file pasted together from pieces has): nothing invisible becomes a node, and what
        // is visible keeps no invisible edges. The roadmap written as JSON reads back.
        const QString markdown = QStringLiteral(
            "# Roadmap\n\n## Basics\uFEFF\n\n- \u200B\n- \u200FPython basics\uFEFF (2 hours)\n\n"
            "## \u200E\u200B\n\n- Statistics (3 hours)\n");
        auto result = MarkdownImporter::importText(markdown, QStringLiteral("invisible.md"));
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error()));
        QStringList titles;
        std::function<void(const QVector<ImportedNode> &)> collect =
            [&](const QVector<ImportedNode> &nodes) {
                for (const ImportedNode &node : nodes) {
                    titles.append(node.node.title);
                    collect(node.children);
                }
            };
        collect(result->nodes);
        // The invisible heading starts no section: what follows stays in the one above.
        QCOMPARE(titles, (QStringList{QStringLiteral("Basics"), QStringLiteral("Python basics"),
                                      QStringLiteral("Statistics")}));
        const QByteArray json = RoadmapJson::write(result->toDocument());
        auto back = RoadmapJson::parse(json, QStringLiteral("invisible.json"));
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error()));
    }

    void deepNestingIsKeptAndReported()
    {
        QString text = QStringLiteral("# Deep\n\n## Section\n");
        const int depth = 10000;
        for (int i = 0; i < depth; ++i)
            text += QString(i * 2, QLatin1Char(' ')) + QStringLiteral("- item %1\n").arg(i);
        QElapsedTimer timer;
        timer.start();
        const ImportResult r = import(text);
        qInfo("10,000-deep nesting imported in %lld ms", timer.elapsed());
        QList<const ImportedNode *> all;
        flatten(r.nodes, all);
        QCOMPARE(all.size(), depth + 1); // every item kept, none lost
        const bool reported =
            std::any_of(r.notices.cbegin(), r.notices.cend(), [](const ImportNotice &n) {
                return n.kind == ImportNotice::Kind::Document &&
                       n.reason.contains(QStringLiteral("deeper"));
            });
        QVERIFY(reported);
    }

    void htmlTablesAreReportedNotGuessed()
    {
        const ImportResult r = import(QStringLiteral(
            "# R\n\n## Lessons\n<table><tr><td>Intro<td><a href=x>PyTorch</td>\n</table>\n\n"
            "- Real item\n"));
        QCOMPARE(titles(r.nodes.at(0).children), QStringList({QStringLiteral("Real item")}));
        const bool reported =
            std::any_of(r.notices.cbegin(), r.notices.cend(), [](const ImportNotice &n) {
                return n.kind == ImportNotice::Kind::Block && n.line == 4;
            });
        QVERIFY(reported);
    }

    void encodingsAreDetected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString text = QStringLiteral("# خارطة\n\n## الرياضيات\n- الجبر الخطي\n");
        QTest::newRow("utf-8") << text.toUtf8() << QStringLiteral("UTF-8");
        QTest::newRow("utf-8 bom")
            << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << QStringLiteral("UTF-8 (BOM)");
        QByteArray utf16("\xFF\xFE");
        for (QChar c : text) {
            utf16.append(char(c.unicode() & 0xFF));
            utf16.append(char(c.unicode() >> 8));
        }
        QTest::newRow("utf-16le") << utf16 << QStringLiteral("UTF-16LE");
        // The same text in Windows-1256 (Arabic letters are single bytes there).
        QByteArray legacy("# \xCE\xC7\xD1\xD8\xC9\n\n## \xC7\xE1\xD1\xED\xC7\xD6\xED\xC7\xCA\n- "
                          "\xC7\xE1\xCC\xC8\xD1 \xC7\xE1\xCE\xD8\xED\n");
        QTest::newRow("windows-1256") << legacy << QStringLiteral("Windows-1256");
    }

    void encodingsAreDetected()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        auto result = MarkdownImporter::importBytes(bytes, QStringLiteral("ar.md"));
        QVERIFY2(result, qPrintable(result.error()));
        QCOMPARE(result->encoding, encoding);
        QVERIFY(find(result->nodes, QStringLiteral("الرياضيات")));
        QVERIFY(find(result->nodes, QStringLiteral("الجبر الخطي")));
    }

    /// The importer, run on the documents the built-in roadmaps were transcribed from, finds
    /// their structure and durations. Differences are printed; the stated durations must match.
    void reproducesTheBuiltinRoadmaps_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : BuiltinRoadmaps::ids())
            QTest::newRow(qPrintable(id)) << id;
    }

    void reproducesTheBuiltinRoadmaps()
    {
        QFETCH(QString, id);
        QFile expectationsFile(
            QStringLiteral(MASAR_SOURCE_DIR "/tests/data/seed_expectations.json"));
        QVERIFY(expectationsFile.open(QIODevice::ReadOnly));
        const QJsonObject expectation =
            QJsonDocument::fromJson(expectationsFile.readAll()).object().value(id).toObject();
        const QString seed = expectation.value(QLatin1String("seed")).toString();
        const QString path = QDir(QStringLiteral(MASAR_SEEDS_DIR)).filePath(seed);
        MASAR_REQUIRE(QFile::exists(path),
                      QStringLiteral("The source documents are not beside this checkout."));
        auto imported = MarkdownImporter::importFile(path);
        QVERIFY2(imported, qPrintable(imported.error()));
        auto builtin = BuiltinRoadmaps::load(id);
        QVERIFY(builtin);
        QCOMPARE(imported->roadmap.hoursPerWeek, builtin->roadmap.hoursPerWeek);

        QList<const ImportedNode *> found;
        flatten(imported->nodes, found);
        QList<const RoadmapNode *> expected;
        flatten(builtin->nodes, expected);
        // Titles repeat ("Machine Learning" the section and the course in it): a node that
        // states a duration is preferred, then the first.
        QHash<QString, const ImportedNode *> byTitle;
        for (const ImportedNode *n : std::as_const(found)) {
            const QString k = key(n->node.title);
            if (!byTitle.contains(k) || (n->stated && !byTitle.value(k)->stated))
                byTitle.insert(k, n);
        }
        int matched = 0;
        int sameKind = 0;
        QStringList missing;
        for (const RoadmapNode *n : std::as_const(expected)) {
            const ImportedNode *match = byTitle.value(key(n->title));
            if (!match) {
                missing.append(n->title);
                continue;
            }
            ++matched;
            sameKind += match->node.kind == n->kind ? 1 : 0;
        }
        qInfo("%s: %d of %d built-in nodes found by title (%d%%), %d of those of the same kind; "
              "the import has %d nodes",
              qPrintable(id), matched, int(expected.size()), 100 * matched / int(expected.size()),
              sameKind, int(found.size()));
        if (!missing.isEmpty())
            qInfo("  not found: %s", qPrintable(missing.mid(0, 12).join(QStringLiteral(" | "))));

        // Every duration the source states is read, with the same effort.
        const QJsonArray durations = expectation.value(QLatin1String("durations")).toArray();
        for (const QJsonValue &value : durations) {
            const QJsonObject d = value.toObject();
            const QString title = d.value(QLatin1String("title")).toString();
            const int minutes = d.value(QLatin1String("minutes")).toInt();
            const QString phrase = d.value(QLatin1String("duration")).toString();
            // Titles the document does not spell out were named by hand: find by phrase.
            const ImportedNode *match = byTitle.value(key(title));
            if (!match) {
                for (const ImportedNode *n : std::as_const(found)) {
                    if (n->stated && phrase.contains(n->node.durationText.simplified()))
                        match = n;
                }
            }
            QVERIFY2(match, qPrintable(QStringLiteral("no node for \"%1\"").arg(title)));
            QVERIFY2(match->stated, qPrintable(title));
            QCOMPARE(match->statedMinutes, minutes);
            QCOMPARE(match->statedLowMinutes, d.value(QLatin1String("low")).toInt());
            QCOMPARE(match->statedHighMinutes, d.value(QLatin1String("high")).toInt());
        }
        // The structure: at least four in five of the hand-made nodes are found by title.
        QVERIFY2(matched * 5 >= int(expected.size()) * 4,
                 qPrintable(QStringLiteral("%1 of %2").arg(matched).arg(expected.size())));
    }
};

QTEST_GUILESS_MAIN(TestMarkdownImporter)
#include "tst_markdownimporter.moc"
