// SPDX-License-Identifier: GPL-3.0-or-later
#include "emptystate.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Masar {

EmptyState::EmptyState(QAbstractItemView *view) : QWidget(view->viewport()), m_view(view)
{
    setObjectName(view->objectName() + QStringLiteral("Empty"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setTextFormat(Qt::PlainText);
    updateColours();
    layout->addWidget(m_text);
    m_button = new QPushButton(this);
    m_button->hide();
    // Drawn in the list: next after it in Tab order, also when made after the controls below it.
    QWidget::setTabOrder(view, m_button);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    view->viewport()->installEventFilter(this);
    watchModel();
    hide();
    // Once its owner has set it up.
    QTimer::singleShot(0, this, &EmptyState::refresh);
}

void EmptyState::setText(const QString &text)
{
    m_text->setText(text);
    m_text->setAccessibleName(text);
}

QString EmptyState::text() const
{
    return m_text->text();
}

void EmptyState::setEmptyWhen(std::function<bool()> isEmpty)
{
    m_isEmpty = std::move(isEmpty);
    refresh();
}

void EmptyState::refresh()
{
    const QAbstractItemModel *model = m_view->model();
    const bool empty = m_isEmpty ? m_isEmpty() : (!model || model->rowCount() == 0);
    m_button->setVisible(!m_button->text().isEmpty());
    if (empty) {
        setGeometry(m_view->viewport()->rect());
        raise();
    }
    setVisible(empty);
}

void EmptyState::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateColours();
    QWidget::changeEvent(event);
}

void EmptyState::updateColours()
{
    // Quieter than the data a list shows: the theme's colour for disabled text.
    QPalette colours = m_text->palette();
    const QColor quiet = palette().color(QPalette::Disabled, QPalette::WindowText);
    if (colours.color(QPalette::Active, QPalette::WindowText) == quiet)
        return;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive})
        colours.setColor(group, QPalette::WindowText, quiet);
    m_text->setPalette(colours);
}

bool EmptyState::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect());
    if (watched == m_view->viewport() && event->type() == QEvent::Show)
        refresh();
    return QWidget::eventFilter(watched, event);
}

void EmptyState::watchModel()
{
    QAbstractItemModel *model = m_view->model();
    if (!model)
        return;
    // After the model's change is complete, not in the middle of it.
    const auto later = [this] { QTimer::singleShot(0, this, &EmptyState::refresh); };
    connect(model, &QAbstractItemModel::rowsInserted, this, later);
    connect(model, &QAbstractItemModel::rowsRemoved, this, later);
    connect(model, &QAbstractItemModel::modelReset, this, later);
    connect(model, &QAbstractItemModel::layoutChanged, this, later);
}

} // namespace Masar
