// SPDX-License-Identifier: GPL-3.0-or-later
#include "roadmapjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace Masar {

namespace {

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(RoadmapJson)

public:
    explicit Reader(QString origin) : m_origin(std::move(origin)) {}

    Result<RoadmapDocumentData> read(const QByteArray &json)
    {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            return Error{tr("%1 is not valid JSON: %2 (at byte %3).")
                             .arg(m_origin, parseError.errorString())
                             .arg(parseError.offset)};
        }
        if (!doc.isObject())
            return Error{tr("%1 does not contain a roadmap object.").arg(m_origin)};
        const QJsonObject root = doc.object();
        if (root.value(QLatin1String("format")).toString() != QLatin1String("masar-roadmap"))
            return Error{tr("%1 is not a Masar roadmap file.").arg(m_origin)};
        const int version = root.value(QLatin1String("version")).toInt(0);
        if (version > RoadmapJson::kFormatVersion) {
            return Error{tr("%1 uses roadmap format version %2; this version of Masar reads up "
                            "to version %3. Please update Masar.")
                             .arg(m_origin)
                             .arg(version)
                             .arg(RoadmapJson::kFormatVersion)};
        }
        if (version < 1)
            return Error{tr("%1 has no valid format version.").arg(m_origin)};

        RoadmapDocumentData data;
        Roadmap &r = data.roadmap;
        r.builtinId = root.value(QLatin1String("id")).toString();
        const QJsonObject title = root.value(QLatin1String("title")).toObject();
        r.titleEn = title.value(QLatin1String("en")).toString().trimmed();
        r.titleAr = title.value(QLatin1String("ar")).toString().trimmed();
        const QJsonObject description = root.value(QLatin1String("description")).toObject();
        r.descriptionEn = description.value(QLatin1String("en")).toString();
        r.descriptionAr = description.value(QLatin1String("ar")).toString();
        r.source = root.value(QLatin1String("source")).toString();
        r.hoursPerWeek = root.value(QLatin1String("hoursPerWeek")).toDouble(10.0);
        if (r.titleEn.isEmpty())
            return Error{tr("%1: the roadmap has no title.").arg(m_origin)};
        if (!(r.hoursPerWeek > 0.0 && r.hoursPerWeek <= 168.0))
            return Error{tr("%1: hours per week must be between 0 and 168.").arg(m_origin)};

        const QJsonValue nodes = root.value(QLatin1String("nodes"));
        if (!nodes.isArray() || nodes.toArray().isEmpty())
            return Error{tr("%1: the roadmap has no nodes.").arg(m_origin)};
        if (!readChildren(nodes.toArray(), data.nodes, 1, QString()))
            return Error{m_error};
        return data;
    }

private:
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    bool readChildren(const QJsonArray &array, QList<RoadmapNodeTree> &out, int depth,
                      const QString &path)
    {
        if (depth > RoadmapJson::kMaxDepth) {
            return fail(tr("%1: nodes are nested deeper than %2 levels.")
                            .arg(m_origin)
                            .arg(RoadmapJson::kMaxDepth));
        }
        int index = 0;
        for (const QJsonValue &value : array) {
            ++index;
            const QString where = path.isEmpty() ? QString::number(index)
                                                 : path + QLatin1Char('.') + QString::number(index);
            if (!value.isObject())
                return fail(tr("%1: node %2 is not an object.").arg(m_origin, where));
            RoadmapNodeTree tree;
            if (!readNode(value.toObject(), tree.node, where))
                return false;
            tree.node.position = index - 1;
            const QJsonValue children = value.toObject().value(QLatin1String("children"));
            if (!children.isUndefined() && !children.isArray())
                return fail(
                    tr("%1: node %2 has children that are not a list.").arg(m_origin, where));
            if (!readChildren(children.toArray(), tree.children, depth + 1, where))
                return false;
            const bool leaf = tree.children.isEmpty();
            if (leaf && !value.toObject().contains(QLatin1String("effortMinutes"))) {
                return fail(tr("%1: node %2 (\"%3\") has no effort.")
                                .arg(m_origin, where, tree.node.title));
            }
            out.append(std::move(tree));
        }
        return true;
    }

    bool readNode(const QJsonObject &o, RoadmapNode &n, const QString &where)
    {
        const auto kind = RoadmapNode::kindFromKey(o.value(QLatin1String("kind")).toString());
        if (!kind)
            return fail(tr("%1: node %2 has an unknown kind.").arg(m_origin, where));
        n.kind = *kind;
        n.title = o.value(QLatin1String("title")).toString().trimmed();
        if (n.title.isEmpty())
            return fail(tr("%1: node %2 has no title.").arg(m_origin, where));
        n.titleAr = o.value(QLatin1String("titleAr")).toString().trimmed();
        n.url = o.value(QLatin1String("url")).toString().trimmed();
        if (!n.url.isEmpty()) {
            const QUrl url(n.url, QUrl::StrictMode);
            const QString scheme = url.scheme();
            if (!url.isValid() ||
                (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
                return fail(tr("%1: node %2 (\"%3\") has a link that is not an http(s) address.")
                                .arg(m_origin, where, n.title));
            }
        }
        n.language = o.value(QLatin1String("language")).toString(QStringLiteral("en"));
        if (n.language != QLatin1String("en") && n.language != QLatin1String("ar"))
            return fail(tr("%1: node %2 has an unknown content language.").arg(m_origin, where));
        bool areaOk = false;
        n.area = CompetencyAreas::fromKey(o.value(QLatin1String("area")).toString(), &areaOk);
        if (!areaOk)
            return fail(tr("%1: node %2 has an unknown competency area.").arg(m_origin, where));
        n.durationText = o.value(QLatin1String("duration")).toString();
        n.effortMinutes = o.value(QLatin1String("effortMinutes")).toInt(0);
        n.effortLowMinutes = o.value(QLatin1String("effortLowMinutes")).toInt(0);
        n.effortHighMinutes = o.value(QLatin1String("effortHighMinutes")).toInt(0);
        n.statedMinutes = o.value(QLatin1String("statedMinutes")).toInt(0);
        if (n.effortMinutes < 0 || n.effortLowMinutes < 0 || n.effortHighMinutes < 0 ||
            n.statedMinutes < 0 || n.effortLowMinutes > n.effortHighMinutes) {
            return fail(
                tr("%1: node %2 (\"%3\") has an invalid effort.").arg(m_origin, where, n.title));
        }
        n.effortSource =
            RoadmapNode::effortSourceFromKey(o.value(QLatin1String("effortSource")).toString());
        n.optional = o.value(QLatin1String("optional")).toBool(false);
        const QString status = o.value(QLatin1String("status")).toString();
        if (!status.isEmpty()) {
            const auto parsed = RoadmapNode::statusFromKey(status);
            if (!parsed)
                return fail(tr("%1: node %2 has an unknown status.").arg(m_origin, where));
            n.status = *parsed;
        }
        return true;
    }

    QString m_origin;
    QString m_error;
};

} // namespace

Result<RoadmapDocumentData> RoadmapJson::parse(const QByteArray &json, const QString &origin)
{
    return Reader(origin).read(json);
}

} // namespace Masar
