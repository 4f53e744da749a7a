// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one place where Qt 5 and Qt 6 differ for Masar. Nothing else tests QT_VERSION, except
// calendar/keychaincompat.h (the QtKeychain header's folder), kept apart so that only the
// credential store includes QtKeychain.

#include <QDateTime>
#include <QLibraryInfo>
#include <QString>
#include <QTimeZone>
#include <QtGlobal>

// QUndoStack/QUndoCommand live in QtGui in Qt 6 and in QtWidgets in Qt 5. They are not widgets:
// the core uses them through these headers only, and on Qt 5 links QtWidgets for them alone.
#include <QUndoCommand>
#include <QUndoStack>

namespace Masar::Compat {

/// Folder holding Qt's own translation catalogues (qtbase_ar.qm …).
inline QString qtTranslationsPath()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
#else
    return QLibraryInfo::location(QLibraryInfo::TranslationsPath);
#endif
}

/// The moment at \a time on \a date in UTC. (Qt 6.8 deprecates passing a Qt::TimeSpec; Qt 5
/// has no lightweight UTC QTimeZone, and its QTimeZone::utc() prints offsets rather than "Z".)
inline QDateTime utcDateTime(QDate date, QTime time)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone::UTC);
#else
    return QDateTime(date, time, Qt::UTC);
#endif
}

/// The moment \a seconds after the epoch, expressed in UTC.
inline QDateTime utcFromSecsSinceEpoch(qint64 seconds)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::UTC);
#else
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
#endif
}

/// The moment at \a time on \a date at a fixed offset of \a seconds ahead of UTC.
inline QDateTime offsetDateTime(QDate date, QTime time, int seconds)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone::fromSecondsAheadOfUtc(seconds));
#else
    return QDateTime(date, time, Qt::OffsetFromUTC, seconds);
#endif
}

/// Qt major version this build uses.
constexpr int qtMajorVersion()
{
    return QT_VERSION_MAJOR;
}

} // namespace Masar::Compat
