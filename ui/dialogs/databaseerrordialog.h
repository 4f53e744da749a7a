// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace Masar {

/**
 * Says why the database cannot be opened and what the learner can do: restore the newest good
 * backup (the unreadable file is kept beside it), open another file, or quit. Nothing is
 * overwritten without this choice.
 */
class DatabaseErrorDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        Quit,
        RestoreBackup,
        OtherFile
    };

    DatabaseErrorDialog(const QString &message, const QString &path, const QString &backupPath,
                        QWidget *parent);

    Choice choice() const { return m_choice; }
    QString backupPath() const { return m_backupPath; }
    QString otherPath() const { return m_otherPath; }

private:
    Choice m_choice = Choice::Quit;
    QString m_backupPath;
    QString m_otherPath;
};

} // namespace Masar
