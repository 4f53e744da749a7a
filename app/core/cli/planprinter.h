// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/roadmapnode.h"
#include "schedule/scheduler.h"

#include <QCoreApplication>
#include <QHash>

class QTextStream;

namespace Masar {

/// Writes a schedule as an aligned table, CSV or JSON (for `masar plan`).
class PlanPrinter
{
    Q_DECLARE_TR_FUNCTIONS(PlanPrinter)

public:
    enum class Format
    {
        Table,
        Csv,
        Json
    };
    static bool parseFormat(const QString &text, Format &format);

    /// `nodes` gives the titles; `baselineFinish` may be null.
    static void print(QTextStream &out, Format format, const Schedule &schedule,
                      const QHash<qint64, RoadmapNode> &nodes, const QDate &baselineFinish);
};

} // namespace Masar
