// SPDX-License-Identifier: GPL-3.0-or-later
#include "roadmapjson.h"

#include "storage/utctime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

#include <algorithm>

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
        if (version >= 2 && !readProgress(root, data))
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
            ++m_place;
            const QString ref = value.toObject().value(QLatin1String("ref")).toString();
            if (!ref.isEmpty()) {
                if (m_refs.contains(ref))
                    return fail(
                        tr("%1: node %2 repeats the reference \"%3\".").arg(m_origin, where, ref));
                m_refs.insert(ref, m_place);
            }
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
        const QString pinned = o.value(QLatin1String("pinnedStart")).toString();
        if (!pinned.isEmpty()) {
            n.pinnedStart = QDate::fromString(pinned, Qt::ISODate);
            if (!n.pinnedStart.isValid())
                return fail(tr("%1: node %2 has an invalid start date.").arg(m_origin, where));
        }
        const QString status = o.value(QLatin1String("status")).toString();
        if (!status.isEmpty()) {
            const auto parsed = RoadmapNode::statusFromKey(status);
            if (!parsed)
                return fail(tr("%1: node %2 has an unknown status.").arg(m_origin, where));
            n.status = *parsed;
        }
        return true;
    }

    /// The depth-first place of the node `value` refers to; 0 for null.
    bool place(const QJsonValue &value, const QString &what, int &out)
    {
        out = 0;
        if (value.isNull() || value.isUndefined())
            return true;
        const QString ref = value.toString();
        if (!m_refs.contains(ref))
            return fail(tr("%1: %2 refers to a node \"%3\" that the file does not have.")
                            .arg(m_origin, what, ref));
        out = m_refs.value(ref);
        return true;
    }

    /// Masar writes storage's form (UtcTime); other ISO 8601 moments are read too, in UTC.
    static QDateTime timestamp(const QJsonValue &value)
    {
        return UtcTime::fromText(value.toString());
    }

    bool readProgress(const QJsonObject &root, RoadmapDocumentData &data)
    {
        const QJsonArray sessions = root.value(QLatin1String("sessions")).toArray();
        for (int i = 0; i < sessions.size(); ++i) {
            const QJsonObject o = sessions.at(i).toObject();
            const QString what = tr("study session %1").arg(i + 1);
            StudySession session;
            int node = 0;
            if (!place(o.value(QLatin1String("node")), what, node))
                return false;
            session.nodeId = node;
            session.start = timestamp(o.value(QLatin1String("start")));
            session.end = timestamp(o.value(QLatin1String("end")));
            if (!session.start.isValid() || !session.end.isValid() ||
                session.end <= session.start ||
                session.start.secsTo(session.end) > StudySession::kMaxSeconds)
                return fail(tr("%1: %2 has an invalid start or end.").arg(m_origin, what));
            session.source = o.value(QLatin1String("source")).toString() == QLatin1String("timer")
                                 ? StudySession::Source::Timer
                                 : StudySession::Source::Manual;
            session.note = o.value(QLatin1String("note")).toString();
            data.sessions.append(session);
        }
        const QJsonArray notes = root.value(QLatin1String("notes")).toArray();
        for (int i = 0; i < notes.size(); ++i) {
            const QJsonObject o = notes.at(i).toObject();
            const QString what = tr("note %1").arg(i + 1);
            Note note;
            int node = 0;
            if (!place(o.value(QLatin1String("node")), what, node))
                return false;
            note.nodeId = node;
            note.title = o.value(QLatin1String("title")).toString();
            note.body = o.value(QLatin1String("body")).toString();
            note.created = timestamp(o.value(QLatin1String("created")));
            note.modified = timestamp(o.value(QLatin1String("modified")));
            data.notes.append(note);
        }
        const QJsonArray prerequisites = root.value(QLatin1String("prerequisites")).toArray();
        for (int i = 0; i < prerequisites.size(); ++i) {
            const QJsonObject o = prerequisites.at(i).toObject();
            const QString what = tr("prerequisite %1").arg(i + 1);
            int node = 0;
            if (!place(o.value(QLatin1String("node")), what, node))
                return false;
            const QJsonArray after = o.value(QLatin1String("after")).toArray();
            for (const QJsonValue &value : after) {
                int before = 0;
                if (!place(value, what, before))
                    return false;
                if (node == 0 || before == 0 || node == before)
                    return fail(tr("%1: %2 is not between two nodes.").arg(m_origin, what));
                data.prerequisites.append({node, before});
            }
        }
        if (root.contains(QLatin1String("plan")))
            return readPlan(root.value(QLatin1String("plan")).toObject(), data);
        return true;
    }

    bool readPlan(const QJsonObject &o, RoadmapDocumentData &data)
    {
        Availability a;
        a.startDate =
            QDate::fromString(o.value(QLatin1String("startDate")).toString(), Qt::ISODate);
        const QJsonArray week = o.value(QLatin1String("minutesPerWeekday")).toArray();
        if (week.size() != 7)
            return fail(tr("%1: the study time must list 7 weekdays.").arg(m_origin));
        for (int day = 0; day < 7; ++day) {
            const int minutes = week.at(day).toInt(-1);
            if (minutes < 0 || minutes > 24 * 60)
                return fail(tr("%1: the study time of a weekday is not between 0 and 24 hours.")
                                .arg(m_origin));
            a.minutesPerWeekday[std::size_t(day)] = minutes;
        }
        for (const QJsonValue &value : o.value(QLatin1String("blocked")).toArray()) {
            const QJsonObject range = value.toObject();
            BlockedRange blocked;
            blocked.from =
                QDate::fromString(range.value(QLatin1String("from")).toString(), Qt::ISODate);
            blocked.to =
                QDate::fromString(range.value(QLatin1String("to")).toString(), Qt::ISODate);
            blocked.reason = range.value(QLatin1String("reason")).toString();
            if (!blocked.from.isValid() || !blocked.to.isValid() || blocked.to < blocked.from)
                return fail(tr("%1: a blocked range has invalid dates.").arg(m_origin));
            a.blocked.append(blocked);
        }
        a.parallelCourses = std::clamp(o.value(QLatin1String("parallelCourses")).toInt(1), 1, 10);
        a.targetDate =
            QDate::fromString(o.value(QLatin1String("targetDate")).toString(), Qt::ISODate);
        const QTime preferred = QTime::fromString(
            o.value(QLatin1String("preferredTime")).toString(), QStringLiteral("HH:mm"));
        if (preferred.isValid())
            a.preferredTime = preferred;
        data.availability = a;
        return true;
    }

    QString m_origin;
    QString m_error;
    int m_place = 0;            // depth-first place of the node read last
    QHash<QString, int> m_refs; // reference → depth-first place
};

/// Writes format version 2.
class Writer
{
public:
    Writer(const RoadmapDocumentData &data, const RoadmapJson::WriteOptions &options)
        : m_data(data), m_options(options)
    {
        // Only nodes something refers to get a reference.
        if (options.progress) {
            for (const StudySession &session : data.sessions)
                m_referenced.insert(int(session.nodeId));
            for (const auto &pair : data.prerequisites) {
                m_referenced.insert(pair.first);
                m_referenced.insert(pair.second);
            }
        }
        if (options.notes) {
            for (const Note &note : data.notes)
                m_referenced.insert(int(note.nodeId));
        }
        m_referenced.remove(0);
    }

    QByteArray write()
    {
        QJsonObject root;
        const Roadmap &r = m_data.roadmap;
        root.insert(QStringLiteral("format"), QStringLiteral("masar-roadmap"));
        root.insert(QStringLiteral("version"), RoadmapJson::kFormatVersion);
        if (!r.builtinId.isEmpty())
            root.insert(QStringLiteral("id"), r.builtinId);
        root.insert(QStringLiteral("title"), bilingual(r.titleEn, r.titleAr));
        if (!r.descriptionEn.isEmpty() || !r.descriptionAr.isEmpty())
            root.insert(QStringLiteral("description"), bilingual(r.descriptionEn, r.descriptionAr));
        if (!r.source.isEmpty())
            root.insert(QStringLiteral("source"), r.source);
        root.insert(QStringLiteral("hoursPerWeek"), r.hoursPerWeek);
        root.insert(QStringLiteral("nodes"), nodes(m_data.nodes));
        if (m_options.progress) {
            QJsonArray sessions;
            for (const StudySession &session : m_data.sessions) {
                QJsonObject o;
                o.insert(QStringLiteral("node"), ref(int(session.nodeId)));
                o.insert(QStringLiteral("start"), utc(session.start));
                o.insert(QStringLiteral("end"), utc(session.end));
                o.insert(QStringLiteral("source"), session.source == StudySession::Source::Timer
                                                       ? QStringLiteral("timer")
                                                       : QStringLiteral("manual"));
                if (!session.note.isEmpty())
                    o.insert(QStringLiteral("note"), session.note);
                sessions.append(o);
            }
            root.insert(QStringLiteral("sessions"), sessions);
            QHash<int, QJsonArray> after;
            QList<int> order;
            for (const auto &pair : m_data.prerequisites) {
                if (!after.contains(pair.first))
                    order.append(pair.first);
                after[pair.first].append(ref(pair.second));
            }
            QJsonArray prerequisites;
            for (int node : std::as_const(order)) {
                prerequisites.append(QJsonObject{{QStringLiteral("node"), ref(node)},
                                                 {QStringLiteral("after"), after.value(node)}});
            }
            root.insert(QStringLiteral("prerequisites"), prerequisites);
            if (m_data.availability)
                root.insert(QStringLiteral("plan"), plan(*m_data.availability));
        }
        if (m_options.notes) {
            QJsonArray notes;
            for (const Note &note : m_data.notes) {
                QJsonObject o;
                o.insert(QStringLiteral("node"), ref(int(note.nodeId)));
                o.insert(QStringLiteral("title"), note.title);
                o.insert(QStringLiteral("body"), note.body);
                o.insert(QStringLiteral("created"), utc(note.created));
                o.insert(QStringLiteral("modified"), utc(note.modified));
                notes.append(o);
            }
            root.insert(QStringLiteral("notes"), notes);
        }
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    }

private:
    static QJsonObject bilingual(const QString &en, const QString &ar)
    {
        QJsonObject o{{QStringLiteral("en"), en}};
        if (!ar.isEmpty())
            o.insert(QStringLiteral("ar"), ar);
        return o;
    }

    static QString utc(const QDateTime &time) { return UtcTime::toText(time); }

    QJsonValue ref(int place) const
    {
        return place > 0 ? QJsonValue(QStringLiteral("n%1").arg(place)) : QJsonValue();
    }

    QJsonArray nodes(const QList<RoadmapNodeTree> &trees)
    {
        QJsonArray array;
        for (const RoadmapNodeTree &tree : trees) {
            const int place = ++m_place;
            const RoadmapNode &n = tree.node;
            QJsonObject o;
            if (m_referenced.contains(place))
                o.insert(QStringLiteral("ref"), QStringLiteral("n%1").arg(place));
            o.insert(QStringLiteral("kind"), RoadmapNode::kindKey(n.kind));
            o.insert(QStringLiteral("title"), n.title);
            if (!n.titleAr.isEmpty())
                o.insert(QStringLiteral("titleAr"), n.titleAr);
            if (!n.url.isEmpty())
                o.insert(QStringLiteral("url"), n.url);
            if (n.language != QLatin1String("en"))
                o.insert(QStringLiteral("language"), n.language);
            if (n.area != CompetencyArea::Unassigned)
                o.insert(QStringLiteral("area"), CompetencyAreas::key(n.area));
            if (!n.durationText.isEmpty())
                o.insert(QStringLiteral("duration"), n.durationText);
            if (tree.children.isEmpty()) {
                o.insert(QStringLiteral("effortMinutes"), n.effortMinutes);
                o.insert(QStringLiteral("effortSource"),
                         RoadmapNode::effortSourceKey(n.effortSource));
            }
            if (n.effortHighMinutes > 0) {
                o.insert(QStringLiteral("effortLowMinutes"), n.effortLowMinutes);
                o.insert(QStringLiteral("effortHighMinutes"), n.effortHighMinutes);
            }
            if (n.statedMinutes > 0)
                o.insert(QStringLiteral("statedMinutes"), n.statedMinutes);
            if (n.optional)
                o.insert(QStringLiteral("optional"), true);
            if (m_options.progress && n.status != RoadmapNode::Status::NotStarted)
                o.insert(QStringLiteral("status"), RoadmapNode::statusKey(n.status));
            if (m_options.progress && n.pinnedStart.isValid())
                o.insert(QStringLiteral("pinnedStart"), n.pinnedStart.toString(Qt::ISODate));
            if (!tree.children.isEmpty())
                o.insert(QStringLiteral("children"), nodes(tree.children));
            array.append(o);
        }
        return array;
    }

    static QJsonObject plan(const Availability &a)
    {
        QJsonObject o;
        if (a.startDate.isValid())
            o.insert(QStringLiteral("startDate"), a.startDate.toString(Qt::ISODate));
        QJsonArray week;
        for (int minutes : a.minutesPerWeekday)
            week.append(minutes);
        o.insert(QStringLiteral("minutesPerWeekday"), week);
        QJsonArray blocked;
        for (const BlockedRange &range : a.blocked) {
            blocked.append(QJsonObject{{QStringLiteral("from"), range.from.toString(Qt::ISODate)},
                                       {QStringLiteral("to"), range.to.toString(Qt::ISODate)},
                                       {QStringLiteral("reason"), range.reason}});
        }
        o.insert(QStringLiteral("blocked"), blocked);
        o.insert(QStringLiteral("parallelCourses"), a.parallelCourses);
        if (a.targetDate.isValid())
            o.insert(QStringLiteral("targetDate"), a.targetDate.toString(Qt::ISODate));
        o.insert(QStringLiteral("preferredTime"),
                 a.preferredTime.toString(QStringLiteral("HH:mm")));
        return o;
    }

    const RoadmapDocumentData &m_data;
    RoadmapJson::WriteOptions m_options;
    QSet<int> m_referenced;
    int m_place = 0;
};

} // namespace

Result<RoadmapDocumentData> RoadmapJson::parse(const QByteArray &json, const QString &origin)
{
    return Reader(origin).read(json);
}

QByteArray RoadmapJson::write(const RoadmapDocumentData &data, const WriteOptions &options)
{
    return Writer(data, options).write();
}

} // namespace Masar
