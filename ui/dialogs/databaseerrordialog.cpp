// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseerrordialog.h"

#include "bidi.h"
#include "displaycalendar.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Masar {

DatabaseErrorDialog::DatabaseErrorDialog(const QString &message, const QString &path,
                                         const QString &backupPath, QWidget *parent)
    : QDialog(parent), m_backupPath(backupPath)
{
    setWindowTitle(tr("Masar cannot open your data"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(message, this);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text);
    auto *advice = new QLabel(this);
    advice->setWordWrap(true);
    if (backupPath.isEmpty()) {
        advice->setText(tr("No automatic backup of this database was found. You can open "
                           "another database file, or quit and check the file."));
    } else {
        advice->setText(
            tr("The newest good automatic backup is %1 (from %2). Restoring it keeps the "
               "current file beside it, renamed, so nothing is lost.")
                .arg(Bidi::embedded(QDir::toNativeSeparators(backupPath)),
                     DisplayCalendar::dateTime(QFileInfo(backupPath).lastModified())));
    }
    layout->addWidget(advice);
    auto *buttons = new QDialogButtonBox(this);
    if (!backupPath.isEmpty()) {
        QPushButton *restore =
            buttons->addButton(tr("&Restore Backup"), QDialogButtonBox::AcceptRole);
        connect(restore, &QPushButton::clicked, this, [this] {
            m_choice = Choice::RestoreBackup;
            accept();
        });
    }
    QPushButton *other =
        buttons->addButton(tr("&Open Another File…"), QDialogButtonBox::ActionRole);
    connect(other, &QPushButton::clicked, this, [this, path] {
        const QString chosen = QFileDialog::getSaveFileName(
            this, tr("Open or Create a Database"), QFileInfo(path).absolutePath(),
            tr("Masar databases (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (chosen.isEmpty())
            return;
        m_otherPath = chosen;
        m_choice = Choice::OtherFile;
        accept();
    });
    QPushButton *quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

} // namespace Masar
