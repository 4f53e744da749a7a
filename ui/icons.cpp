// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>

static void initIconResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace Masar::Icons {

namespace {

/// Draws another icon, mirrored left to right while the layout direction is right to left.
class DirectionalIconEngine final : public QIconEngine
{
public:
    explicit DirectionalIconEngine(QIcon icon) : m_icon(std::move(icon)) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        if (!mirrored()) {
            m_icon.paint(painter, rect, Qt::AlignCenter, mode, state);
            return;
        }
        painter->save();
        painter->translate(rect.x() * 2 + rect.width(), 0);
        painter->scale(-1, 1);
        m_icon.paint(painter, rect, Qt::AlignCenter, mode, state);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        const QPixmap plain = m_icon.pixmap(size, mode, state);
        if (!mirrored() || plain.isNull())
            return plain;
        QPixmap flipped = QPixmap::fromImage(plain.toImage().mirrored(true, false));
        flipped.setDevicePixelRatio(plain.devicePixelRatio());
        return flipped;
    }

    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return m_icon.actualSize(size, mode, state);
    }

    QString key() const override { return QStringLiteral("masar-directional"); }
    QIconEngine *clone() const override { return new DirectionalIconEngine(m_icon); }

private:
    static bool mirrored() { return QGuiApplication::layoutDirection() == Qt::RightToLeft; }

    QIcon m_icon;
};

} // namespace

QIcon themed(const QStringList &names)
{
    for (const QString &name : names) {
        if (QIcon::hasThemeIcon(name))
            return QIcon::fromTheme(name);
    }
    return {};
}

QIcon directional(const QStringList &names)
{
    QIcon icon = themed(names);
    if (icon.isNull())
        return icon;
    return QIcon(new DirectionalIconEngine(std::move(icon)));
}

QIcon status(RoadmapNode::Status status)
{
    switch (status) {
    case RoadmapNode::Status::NotStarted:
        return themed({QStringLiteral("draw-circle")});
    case RoadmapNode::Status::InProgress:
        return themed({QStringLiteral("media-playback-start")});
    case RoadmapNode::Status::Done:
        return themed({QStringLiteral("task-complete"), QStringLiteral("checkmark")});
    case RoadmapNode::Status::Skipped:
        return themed({QStringLiteral("media-skip-forward")});
    }
    return {};
}

QIcon application()
{
    static const bool initialised = (initIconResources(), true);
    Q_UNUSED(initialised);
    const QString name = QStringLiteral("io.github.masar.Masar");
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    QIcon builtIn(QStringLiteral(":/icons/%1.svg").arg(name));
    for (const int size : {48, 256})
        builtIn.addFile(QStringLiteral(":/icons/%1-%2.png").arg(name).arg(size), QSize(size, size));
    return builtIn;
}

} // namespace Masar::Icons
