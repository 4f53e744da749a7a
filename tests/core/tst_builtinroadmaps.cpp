// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/builtinroadmaps.h"
#include "import/roadmapjson.h"
#include "model/roadmapsummary.h"

#include "requiredservice.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Masar;

namespace {

struct Flat
{
    QList<RoadmapNode> nodes;
    QHash<qint64, bool> hasChildren;
};

void flatten(const QList<RoadmapNodeTree> &trees, qint64 parentId, qint64 &next, Flat &out)
{
    for (const RoadmapNodeTree &tree : trees) {
        RoadmapNode node = tree.node;
        node.id = ++next;
        node.parentId = parentId;
        out.nodes.append(node);
        out.hasChildren.insert(node.id, !tree.children.isEmpty());
        flatten(tree.children, node.id, next, out);
    }
}

QJsonObject expectations()
{
    QFile file(QStringLiteral(MASAR_SOURCE_DIR "/tests/data/seed_expectations.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString simplified(QString text)
{
    // Markdown emphasis and line breaks do not change the words the document uses.
    text.remove(QStringLiteral("__")).remove(QStringLiteral("**"));
    return text.simplified();
}

} // namespace

class TestBuiltinRoadmaps : public QObject
{
    Q_OBJECT

private slots:
    void everyRoadmapLoads_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : BuiltinRoadmaps::ids())
            QTest::newRow(qPrintable(id)) << id;
    }

    void everyRoadmapLoads()
    {
        QFETCH(QString, id);
        auto data = BuiltinRoadmaps::load(id);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        QCOMPARE(data->roadmap.builtinId, id);
        QVERIFY(!data->roadmap.titleAr.isEmpty());
        QVERIFY(!data->roadmap.descriptionEn.isEmpty());
        QVERIFY(!data->roadmap.descriptionAr.isEmpty());
    }

    void matchesTheSourceDocuments_data()
    {
        QTest::addColumn<QString>("id");
        const QJsonObject all = expectations();
        QVERIFY2(!all.isEmpty(), "tests/data/seed_expectations.json is missing or invalid");
        QCOMPARE(all.size(), BuiltinRoadmaps::ids().size());
        for (const QString &id : BuiltinRoadmaps::ids())
            QTest::newRow(qPrintable(id)) << id;
    }

    void matchesTheSourceDocuments()
    {
        QFETCH(QString, id);
        const QJsonObject expected = expectations().value(id).toObject();
        QVERIFY2(!expected.isEmpty(), "no expectations written down for this roadmap");
        auto data = BuiltinRoadmaps::load(id);
        QVERIFY(data.ok());
        Flat flat;
        qint64 next = 0;
        flatten(data->nodes, 0, next, flat);

        QCOMPARE(data->roadmap.hoursPerWeek,
                 expected.value(QLatin1String("hoursPerWeek")).toDouble());

        // Counts of each kind.
        const QJsonObject counts = expected.value(QLatin1String("counts")).toObject();
        for (RoadmapNode::Kind kind : RoadmapNode::allKinds()) {
            const int actual =
                int(std::count_if(flat.nodes.cbegin(), flat.nodes.cend(),
                                  [kind](const RoadmapNode &n) { return n.kind == kind; }));
            QCOMPARE(actual, counts.value(RoadmapNode::kindKey(kind)).toInt());
        }

        // Every stated duration, with the effort derived from it.
        const QJsonArray durations = expected.value(QLatin1String("durations")).toArray();
        int withDuration = 0;
        for (const RoadmapNode &n : std::as_const(flat.nodes))
            withDuration += n.durationText.isEmpty() ? 0 : 1;
        QCOMPARE(withDuration, int(durations.size()));
        for (const QJsonValue &value : durations) {
            const QJsonObject d = value.toObject();
            const QString title = d.value(QLatin1String("title")).toString();
            const QString text = d.value(QLatin1String("duration")).toString();
            const auto it =
                std::find_if(flat.nodes.cbegin(), flat.nodes.cend(), [&](const RoadmapNode &n) {
                    return n.title == title && n.durationText == text;
                });
            QVERIFY2(it != flat.nodes.cend(),
                     qPrintable(QStringLiteral("missing: %1 [%2]").arg(title, text)));
            const bool parent = flat.hasChildren.value(it->id);
            const int minutes = parent ? it->statedMinutes : it->effortMinutes;
            QVERIFY2(minutes == d.value(QLatin1String("minutes")).toInt(),
                     qPrintable(QStringLiteral("%1: %2 min, expected %3")
                                    .arg(title)
                                    .arg(minutes)
                                    .arg(d.value(QLatin1String("minutes")).toInt())));
            if (d.contains(QLatin1String("low"))) {
                QCOMPARE(it->effortLowMinutes, d.value(QLatin1String("low")).toInt());
                QCOMPARE(it->effortHighMinutes, d.value(QLatin1String("high")).toInt());
            }
            if (!parent)
                QCOMPARE(it->effortSource, RoadmapNode::EffortSource::Stated);
        }

        // Parents whose stated duration contradicts their children.
        const RoadmapSummary summary = RoadmapSummary::compute(flat.nodes);
        QStringList mismatched;
        for (const RoadmapNode &n : std::as_const(flat.nodes)) {
            int childrenTotal = 0;
            for (const RoadmapNode &c : std::as_const(flat.nodes)) {
                if (c.parentId == n.id && !c.optional)
                    childrenTotal += summary.totals.value(c.id);
            }
            if (RoadmapSummary::hasMismatch(n, childrenTotal, flat.hasChildren.value(n.id)))
                mismatched.append(n.title);
        }
        QStringList expectedMismatches;
        for (const QJsonValue &v : expected.value(QLatin1String("mismatches")).toArray())
            expectedMismatches.append(v.toString());
        QCOMPARE(mismatched, expectedMismatches);
        QCOMPARE(summary.mismatches, int(expectedMismatches.size()));

        // Every leaf is plannable: it has an effort and a source for it.
        for (const RoadmapNode &n : std::as_const(flat.nodes)) {
            if (flat.hasChildren.value(n.id))
                continue;
            QVERIFY2(n.effortMinutes >= 0, qPrintable(n.title));
            if (n.kind != RoadmapNode::Kind::Milestone && !n.optional)
                QVERIFY2(n.effortMinutes > 0, qPrintable(n.title));
        }
        // Phases carry an Arabic title.
        for (const RoadmapNode &n : std::as_const(flat.nodes)) {
            if (n.kind == RoadmapNode::Kind::Phase)
                QVERIFY2(!n.titleAr.isEmpty(), qPrintable(n.title));
        }
        // Courses the document labels as Arabic content are marked as Arabic-language.
        static const QRegularExpression arabicContent(QStringLiteral("Arabic [Cc]ontent"));
        for (const RoadmapNode &n : std::as_const(flat.nodes)) {
            if (n.title.contains(arabicContent))
                QVERIFY2(n.language == QLatin1String("ar"), qPrintable(n.title));
        }
    }

    void factsComeFromTheDocuments_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : BuiltinRoadmaps::ids())
            QTest::newRow(qPrintable(id)) << id;
    }

    void factsComeFromTheDocuments()
    {
        QFETCH(QString, id);
        const QString seed =
            expectations().value(id).toObject().value(QLatin1String("seed")).toString();
        QFile file(QDir(QStringLiteral(MASAR_SEEDS_DIR)).filePath(seed));
        MASAR_REQUIRE(file.open(QIODevice::ReadOnly),
                      QStringLiteral("The source documents are not beside this checkout."));
        const QString document = simplified(QString::fromUtf8(file.readAll()));
        auto data = BuiltinRoadmaps::load(id);
        QVERIFY(data.ok());
        Flat flat;
        qint64 next = 0;
        flatten(data->nodes, 0, next, flat);
        for (const RoadmapNode &n : std::as_const(flat.nodes)) {
            if (!n.url.isEmpty())
                QVERIFY2(document.contains(n.url), qPrintable(n.url));
            if (!n.durationText.isEmpty())
                QVERIFY2(document.contains(simplified(n.durationText)), qPrintable(n.durationText));
        }
    }

    void damagedJsonIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{ nope") << QStringLiteral("not valid JSON");
        QTest::newRow("other format")
            << QByteArray(R"({"format":"x","version":1})") << QStringLiteral("not a Masar roadmap");
        QTest::newRow("newer") << QByteArray(R"({"format":"masar-roadmap","version":99})")
                               << QStringLiteral("version 99");
        QTest::newRow("no nodes")
            << QByteArray(R"({"format":"masar-roadmap","version":1,"title":{"en":"T"},"nodes":[]})")
            << QStringLiteral("no nodes");
        QTest::newRow("bad kind")
            << QByteArray(R"({"format":"masar-roadmap","version":1,"title":{"en":"T"},
            "nodes":[{"kind":"chapter","title":"A","effortMinutes":1}]})")
            << QStringLiteral("unknown kind");
        QTest::newRow("leaf without effort") << QByteArray(R"({"format":"masar-roadmap","version":1,
            "title":{"en":"T"},"nodes":[{"kind":"topic","title":"A"}]})")
                                             << QStringLiteral("has no effort");
        QTest::newRow("javascript link") << QByteArray(R"J({"format":"masar-roadmap","version":1,
            "title":{"en":"T"},"nodes":[{"kind":"topic","title":"A","effortMinutes":5,"url":"javascript:alert(1)"}]})J")
                                         << QStringLiteral("not an http(s) address");
        QTest::newRow("negative effort") << QByteArray(R"({"format":"masar-roadmap","version":1,
            "title":{"en":"T"},"nodes":[{"kind":"topic","title":"A","effortMinutes":-5}]})")
                                         << QStringLiteral("invalid effort");
        QByteArray deep = R"({"format":"masar-roadmap","version":1,"title":{"en":"T"},"nodes":)";
        for (int i = 0; i < 100; ++i)
            deep += R"([{"kind":"topic","title":"A","effortMinutes":1,"children":)";
        deep += "[]";
        for (int i = 0; i < 100; ++i)
            deep += "}]";
        deep += "}";
        QTest::newRow("too deep") << deep << QStringLiteral("nested deeper");
    }

    void damagedJsonIsRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        auto result = RoadmapJson::parse(json, QStringLiteral("test.json"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(message), qPrintable(result.error()));
        QVERIFY(result.error().contains(QStringLiteral("test.json")));
    }

    void unknownBuiltinIdIsAnError()
    {
        auto result = BuiltinRoadmaps::load(QStringLiteral("no-such-roadmap"));
        QVERIFY(!result.ok());
        QVERIFY(result.error().contains(QStringLiteral("no-such-roadmap")));
    }
};

QTEST_GUILESS_MAIN(TestBuiltinRoadmaps)
#include "tst_builtinroadmaps.moc"
