// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QListWidget;

namespace Masar {

/// Picks one of the built-in roadmaps to add to the database.
class NewRoadmapDialog : public QDialog
{
    Q_OBJECT

public:
    NewRoadmapDialog(const QString &language, QWidget *parent);
    QString selectedId() const;

private:
    void showDescription();

    QString m_language;
    QListWidget *m_list;
    QLabel *m_description;
};

} // namespace Masar
