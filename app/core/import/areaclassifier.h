// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/competencyarea.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Masar {

/**
 * Guesses the competency area of an imported roadmap node from the words of its title, and the
 * language its content is written in.
 *
 * Titles are matched against English and Arabic keyword lists on whole words, ignoring case,
 * accents and Arabic spelling variants (alef forms, ta marbuta, alef maqsura, harakat); Arabic
 * words also match with the article "ال" and the prefixes و ب ل لل in front. Where keywords
 * overlap, the longest phrase wins ("deep learning" is not also "learning"); phrases weigh more
 * than single words, and a few general words ("AI") weigh too little to decide alone. In a title
 * of the form "X for Y" (also "X with Y", "X using Y", Arabic "X لـY", "X في Y"), X names the
 * subject and Y the purpose, so words in X count three times as much as words in Y.
 *
 * When no area scores at least one ordinary word, or two areas tie, the node stays Unassigned:
 * an unknown area is better left for the learner to set than guessed.
 */
class AreaClassifier
{
public:
    /// The competency area the words point to, or Unassigned when they do not clearly point to one.
    static CompetencyArea classify(const QString &text);

    /**
     * Scores per area, for the import preview to explain its choice (area → matched words).
     * Only areas with a match are listed, the highest score first; the words are quoted from
     * `text` as written, each once.
     */
    static QList<QPair<CompetencyArea, QStringList>> evidence(const QString &text);

    /// "ar" when the text's letters are mostly Arabic script, "en" otherwise (Latin, or no
    /// letters).
    static QString contentLanguage(const QString &text);
};

} // namespace Masar
