// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Masar::Schema {

/// SQL statements that take a database from version `n - 1` to version `n` (1-based).
QStringList migration(int version);

} // namespace Masar::Schema
