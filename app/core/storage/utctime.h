// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

namespace Masar::UtcTime {

/// How storage writes a moment: ISO 8601 in UTC with milliseconds ("2026-01-05T18:00:00.000Z");
/// "" for an invalid time.
QString toText(const QDateTime &time);

/**
 * Reads what toText() wrote, as a UTC QDateTime — directly, without QDateTime's general parser
 * (the start-up reads tens of thousands of these). Anything else ISO 8601 falls back to that
 * parser; what it cannot read gives an invalid QDateTime.
 */
QDateTime fromText(QStringView text);

} // namespace Masar::UtcTime
