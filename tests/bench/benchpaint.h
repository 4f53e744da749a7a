// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Painting in the benchmarks: a figure that says "paint" or "first screen" ends once the widget
// has drawn a frame, not once it has been asked to. A widget shown offscreen draws nothing until
// the platform has exposed its window, so repaint() right after show() draws nothing at all.
// Header-only, Qt Widgets only, so that the KGantt peer program can use it without linking
// Masar.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QPointer>
#include <QWidget>
#include <QWindow>

namespace Masar::Bench {

/// Counts the paint events one widget receives while it lives.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) : m_widget(widget) { widget->installEventFilter(this); }
    ~PaintCounter() override
    {
        if (m_widget)
            m_widget->removeEventFilter(this);
    }
    int count() const { return m_count; }

    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++m_count;
        return false;
    }

private:
    QPointer<QWidget> m_widget;
    int m_count = 0;
};

/// Shows `window` and runs the event loop until `painted` (the window or a widget in it) has
/// drawn a frame: what opening a window costs until the user sees it. False after 10 s without
/// one.
inline bool showUntilPainted(QWidget &window, QWidget *painted)
{
    PaintCounter paints(painted);
    window.show();
    QElapsedTimer waited;
    waited.start();
    while (paints.count() == 0) {
        if (waited.elapsed() > 10000)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
    return true;
}

/// Repaints `widget` at once (its window shown and exposed); false when nothing was drawn.
inline bool repaintNow(QWidget *widget)
{
    PaintCounter paints(widget);
    widget->repaint();
    return paints.count() > 0;
}

} // namespace Masar::Bench
