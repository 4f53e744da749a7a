// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one place where Qt 5 and Qt 6 differ for Masar. Nothing else tests QT_VERSION, except
// calendar/keychaincompat.h (the QtKeychain header's folder), kept apart so that only the
// credential store includes QtKeychain.

#include <QLibraryInfo>
#include <QString>
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

/// Qt major version this build uses.
constexpr int qtMajorVersion()
{
    return QT_VERSION_MAJOR;
}

} // namespace Masar::Compat
