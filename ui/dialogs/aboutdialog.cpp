// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "icons.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Masar {

QString AboutDialog::text()
{
    const QString sqlite = Database::sqliteVersion();

    const QString highlighting = tr("KDE KSyntaxHighlighting %1: code in notes is highlighted")
                                     .arg(QStringLiteral(MASAR_SYNTAX_VERSION));
    const QStringList libraries{
        tr("Qt %1 (running on Qt %2), with Qt Charts")
            .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
        tr("SQLite %1").arg(sqlite),
        highlighting,
        tr("QtKeychain %1").arg(QStringLiteral(MASAR_KEYCHAIN_VERSION)),
        tr("md4c %1 (Markdown)").arg(QStringLiteral(MASAR_MD4C_VERSION)),
        tr("libical %1 (calendars)").arg(QStringLiteral(MASAR_LIBICAL_VERSION)),
    };
    // Each item in the interface's direction: an Arabic line that starts with a library's Latin
    // name would otherwise be laid out left to right, its bullet on the left.
    const QString item = QGuiApplication::layoutDirection() == Qt::RightToLeft
                             ? QStringLiteral("<li dir=\"rtl\">")
                             : QStringLiteral("<li>");
    QString list;
    for (const QString &library : libraries)
        list += item + library.toHtmlEscaped() + QStringLiteral("</li>");
    return tr("<h2>Masar %1</h2>"
              "<p>A study planner for AI/ML-engineering roadmaps.</p>"
              "<p>License: GNU General Public License, version 3 or later. Masar comes with "
              "no warranty.</p>"
              "<p>Built with:</p><ul>%2</ul>")
        .arg(QStringLiteral(MASAR_VERSION), list);
}

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Masar"));
    setObjectName(QStringLiteral("AboutDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("applicationIcon"));
    icon->setPixmap(Icons::application().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    icon->setAccessibleName(tr("Masar icon"));
    row->addWidget(icon);
    auto *label = new QLabel(text(), this);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A wrapped label beside another widget is not given the height of its lines by the
    // layout; reserve it, so that no library falls off the bottom.
    const int width = qMax(420, 60 * label->fontMetrics().averageCharWidth());
    label->setMinimumSize(width, label->heightForWidth(width));
    row->addWidget(label, 1);
    layout->addLayout(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace Masar
