// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

namespace Masar::Schema {

QStringList migration(int version)
{
    switch (version) {
    case 1:
        return {
            QStringLiteral("CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral(R"(CREATE TABLE roadmap (
                id INTEGER PRIMARY KEY,
                builtin_id TEXT NOT NULL DEFAULT '',
                title_en TEXT NOT NULL,
                title_ar TEXT NOT NULL DEFAULT '',
                description_en TEXT NOT NULL DEFAULT '',
                description_ar TEXT NOT NULL DEFAULT '',
                source TEXT NOT NULL DEFAULT '',
                hours_per_week REAL NOT NULL DEFAULT 10 CHECK (hours_per_week > 0),
                created_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE node (
                id INTEGER PRIMARY KEY,
                roadmap_id INTEGER NOT NULL REFERENCES roadmap(id) ON DELETE CASCADE,
                parent_id INTEGER REFERENCES node(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                kind TEXT NOT NULL,
                title TEXT NOT NULL,
                title_ar TEXT NOT NULL DEFAULT '',
                url TEXT NOT NULL DEFAULT '',
                language TEXT NOT NULL DEFAULT 'en',
                area TEXT NOT NULL DEFAULT '',
                effort_minutes INTEGER NOT NULL DEFAULT 0 CHECK (effort_minutes >= 0),
                effort_low_minutes INTEGER NOT NULL DEFAULT 0,
                effort_high_minutes INTEGER NOT NULL DEFAULT 0,
                effort_source TEXT NOT NULL DEFAULT 'default',
                duration_text TEXT NOT NULL DEFAULT '',
                stated_minutes INTEGER NOT NULL DEFAULT 0,
                optional INTEGER NOT NULL DEFAULT 0,
                status TEXT NOT NULL DEFAULT 'not_started'))"),
            QStringLiteral("CREATE INDEX node_tree ON node (roadmap_id, parent_id, position)"),
            // Prerequisites beyond the roadmap's order (used by the scheduler).
            QStringLiteral(R"(CREATE TABLE node_prerequisite (
                node_id INTEGER NOT NULL REFERENCES node(id) ON DELETE CASCADE,
                prerequisite_id INTEGER NOT NULL REFERENCES node(id) ON DELETE CASCADE,
                PRIMARY KEY (node_id, prerequisite_id)))"),
        };
    case 2:
        return {
            QStringLiteral("ALTER TABLE node ADD COLUMN pinned_start TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(R"(CREATE TABLE availability (
                roadmap_id INTEGER PRIMARY KEY REFERENCES roadmap(id) ON DELETE CASCADE,
                start_date TEXT NOT NULL,
                weekday_minutes TEXT NOT NULL,
                parallel_courses INTEGER NOT NULL DEFAULT 1 CHECK (parallel_courses >= 1),
                target_date TEXT NOT NULL DEFAULT '',
                preferred_time TEXT NOT NULL DEFAULT '19:00'))"),
            QStringLiteral(R"(CREATE TABLE blocked_range (
                id INTEGER PRIMARY KEY,
                roadmap_id INTEGER NOT NULL REFERENCES roadmap(id) ON DELETE CASCADE,
                date_from TEXT NOT NULL,
                date_to TEXT NOT NULL,
                reason TEXT NOT NULL DEFAULT ''))"),
            // The plan the learner last accepted, kept to show drift against the current one.
            QStringLiteral(R"(CREATE TABLE plan_baseline (
                roadmap_id INTEGER NOT NULL REFERENCES roadmap(id) ON DELETE CASCADE,
                node_id INTEGER NOT NULL REFERENCES node(id) ON DELETE CASCADE,
                start_date TEXT NOT NULL,
                end_date TEXT NOT NULL,
                PRIMARY KEY (roadmap_id, node_id)))"),
        };
    case 3:
        return {
            // node_id has no foreign key on purpose: a removed node (which undo may bring back
            // with the same id) leaves its sessions in place, unlinked, instead of losing them.
            QStringLiteral(R"(CREATE TABLE study_session (
                id INTEGER PRIMARY KEY,
                roadmap_id INTEGER NOT NULL REFERENCES roadmap(id) ON DELETE CASCADE,
                node_id INTEGER NOT NULL,
                start_utc TEXT NOT NULL,
                end_utc TEXT NOT NULL,
                source TEXT NOT NULL DEFAULT 'manual',
                note TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral("CREATE INDEX study_session_time ON study_session (roadmap_id, "
                           "start_utc)"),
            QStringLiteral(R"(CREATE TABLE running_timer (
                roadmap_id INTEGER PRIMARY KEY REFERENCES roadmap(id) ON DELETE CASCADE,
                node_id INTEGER NOT NULL,
                started_utc TEXT NOT NULL,
                paused_seconds INTEGER NOT NULL DEFAULT 0,
                paused_at_utc TEXT NOT NULL DEFAULT '',
                alive_utc TEXT NOT NULL DEFAULT '',
                focus_minutes INTEGER NOT NULL DEFAULT 25))"),
            QStringLiteral("ALTER TABLE plan_baseline ADD COLUMN minutes INTEGER NOT NULL "
                           "DEFAULT 0"),
        };
    case 4:
        return {
            // node_id without a foreign key, as for sessions: a removed node leaves its notes.
            QStringLiteral(R"(CREATE TABLE note (
                id INTEGER PRIMARY KEY,
                roadmap_id INTEGER NOT NULL REFERENCES roadmap(id) ON DELETE CASCADE,
                node_id INTEGER NOT NULL DEFAULT 0,
                title TEXT NOT NULL,
                body TEXT NOT NULL DEFAULT '',
                created_utc TEXT NOT NULL,
                modified_utc TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX note_node ON note (roadmap_id, node_id)"),
            // Full-text index over the normalized title and body (TextNormalizer); rowid = note.id.
            // The roadmap is kept in the index itself, so a search needs no join before ranking.
            QStringLiteral("CREATE VIRTUAL TABLE note_fts USING fts5(title, body, "
                           "roadmap UNINDEXED, tokenize = 'unicode61 remove_diacritics 0')"),
        };
    case 5:
        return {
            // What was last put on the learner's CalDAV calendar, per study block: where, its
            // ETag, and a hash of what was sent, so a sync sends only what changed.
            QStringLiteral(R"(CREATE TABLE calendar_event (
                roadmap_id INTEGER NOT NULL REFERENCES roadmap(id) ON DELETE CASCADE,
                uid TEXT NOT NULL,
                href TEXT NOT NULL,
                etag TEXT NOT NULL DEFAULT '',
                hash TEXT NOT NULL,
                PRIMARY KEY (roadmap_id, uid)))"),
        };
    default:
        return {};
    }
}

} // namespace Masar::Schema
