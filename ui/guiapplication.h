// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QApplication;

namespace Masar {

/// Application-wide setup shared by the executable and the UI tests.
namespace GuiApplication {

/// Organisation/application names (settings and data folders), version, the pinned UI fonts.
void configure(QApplication &app);

/// The UI font families, in order: Latin first, then a face that shapes and wraps Arabic well.
QStringList uiFontFamilies();

/**
 * Opens the database (offering the newest good backup when it cannot be opened) and shows the
 * main window; returns the event loop's exit code. `databasePath` empty: the default path.
 * When a window is already open on that database, `files` are handed to it and it is raised
 * instead (returns 0 at once).
 */
int run(QApplication &app, const QString &databasePath, const QStringList &files = {});

} // namespace GuiApplication

} // namespace Masar
