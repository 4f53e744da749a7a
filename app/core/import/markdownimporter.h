// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importresult.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <optional>

namespace Masar {

/**
 * Turns a Markdown roadmap into a roadmap tree: headings and nested lists become phases,
 * courses, topics, resources and milestones; "Label: value" lines give durations and links; course
 * tables give a node per row; task lists give statuses. Durations are read by DurationParser,
 * competency areas by AreaClassifier, and efforts derived by EffortDistribution. What is left out
 * is listed with the reason, so the preview can show it.
 *
 * The rules are written down in resources/roadmaps/README.md ("Importing Markdown").
 */
class MarkdownImporter
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownImporter)

public:
    struct Options
    {
        /// Lines of sections left out as off-topic that the learner wants imported anyway.
        QSet<int> includeSections;
        /// The weekly pace the durations assume, instead of the one the document implies.
        std::optional<double> hoursPerWeek;
    };

    /// Reads and decodes the file, then imports it.
    static Result<ImportResult> importFile(const QString &path, const Options &options);
    static Result<ImportResult> importFile(const QString &path) { return importFile(path, {}); }
    static Result<ImportResult> importBytes(const QByteArray &bytes, const QString &fileName,
                                            const Options &options = {});
    /// `origin` names the document in messages and becomes the roadmap's source.
    static Result<ImportResult> importText(const QString &markdown, const QString &origin,
                                           const Options &options = {});
};

} // namespace Masar
