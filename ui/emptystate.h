// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QAbstractItemView;
class QLabel;
class QPushButton;

namespace Masar {

/**
 * What a list with nothing in it says: one sentence of what to do, and the button that does it,
 * shown over the view's empty area (its header stays). By default the view counts as empty when
 * its model has no rows; setEmptyWhen() gives another rule. The owner sets the sentence and the
 * button's text on each language change, and connects the button.
 */
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QAbstractItemView *view);

    void setText(const QString &text);
    QString text() const;
    /// The button; hidden while it has no text.
    QPushButton *button() const { return m_button; }
    void setEmptyWhen(std::function<bool()> isEmpty);

    /// Shows or hides the state after a change the model does not signal.
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watchModel();
    void updateColours();

    QAbstractItemView *m_view;
    QLabel *m_text;
    QPushButton *m_button;
    std::function<bool()> m_isEmpty;
};

} // namespace Masar
