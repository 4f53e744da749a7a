// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/aboutdialog.h"
#include "icons.h"
#include "pagenavigation.h"
#include "pagestack.h"
#include "uitestfixture.h"

#include <QAction>
#include <QCheckBox>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace Masar;

/// Icons the desktop way: the theme's icons, mirrored where they point, and the app's own icon.
class TestIcons : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;

    static QImage image(const QIcon &icon)
    {
        return icon.pixmap(QSize(22, 22)).toImage().convertToFormat(QImage::Format_ARGB32);
    }

private slots:
    void initTestCase()
    {
        UiTestFixture::isolateSettings(m_settings.path());
        GuiApplication::configure(*qApp);
    }

    void cleanup() { QGuiApplication::setLayoutDirection(Qt::LeftToRight); }

    void theApplicationIconIsInTheWindowAndInAbout()
    {
        QVERIFY(!qApp->windowIcon().isNull());
        QVERIFY(!qApp->windowIcon().pixmap(48, 48).isNull());
        UiTestFixture f;
        QVERIFY(f.open());
        QVERIFY(!f.window->windowIcon().isNull());
        AboutDialog about(nullptr);
        auto *icon = about.findChild<QLabel *>(QStringLiteral("applicationIcon"));
        QVERIFY(icon);
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
        QVERIFY(!icon->pixmap().isNull());
#else
        QVERIFY(!icon->pixmap(Qt::ReturnByValue).isNull());
#endif
    }

    void directionalIconsAreMirroredRightToLeft()
    {
        const QIcon indent = Icons::directional({QStringLiteral("format-indent-more")});
        const QIcon up = Icons::themed({QStringLiteral("go-up")});
        QVERIFY2(!indent.isNull(), "the Breeze theme is missing");
        const QImage leftToRight = image(indent);
        const QImage upLeftToRight = image(up);
        QVERIFY(leftToRight != leftToRight.mirrored(true, false)); // an icon that points
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        QCOMPARE(image(indent), leftToRight.mirrored(true, false));
        QCOMPARE(image(up), upLeftToRight); // one that does not point stays as it is
        // Painted, not only as a pixmap.
        const auto painted = [&indent] {
            QImage canvas(22, 22, QImage::Format_ARGB32);
            canvas.fill(Qt::transparent);
            QPainter painter(&canvas);
            indent.paint(&painter, QRect(0, 0, 22, 22));
            return canvas;
        };
        const QImage paintedRightToLeft = painted();
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
        QCOMPARE(paintedRightToLeft, painted().mirrored(true, false));
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
        QCOMPARE(image(indent), leftToRight);
    }

    void everyToolBarActionAndPageHasAnIcon()
    {
        UiTestFixture f;
        QVERIFY(f.open());
        for (int page = 0; page <= int(PageStack::Page::Notes); ++page)
            f.window->showPage(PageStack::Page(page));
        auto *navigation = f.window->findChild<PageNavigation *>();
        QVERIFY(navigation);
        QCOMPARE(navigation->count(), 5);
        for (int row = 0; row < navigation->count(); ++row)
            QVERIFY2(!navigation->item(row)->icon().isNull(),
                     qPrintable(navigation->item(row)->text()));
        QStringList missing;
        const QList<QToolBar *> toolBars = f.window->findChildren<QToolBar *>();
        QVERIFY(toolBars.size() >= 2);
        for (QToolBar *toolBar : toolBars) {
            for (QAction *action : toolBar->actions()) {
                if (action->isSeparator() || toolBar->widgetForAction(action) == nullptr ||
                    !qobject_cast<QToolButton *>(toolBar->widgetForAction(action)))
                    continue;
                if (action->icon().isNull())
                    missing.append(action->text());
            }
        }
        for (QAbstractButton *button : f.window->findChildren<QAbstractButton *>()) {
            if (qobject_cast<QCheckBox *>(button) || qobject_cast<QRadioButton *>(button))
                continue;
            if (button->icon().isNull() && !button->text().isEmpty())
                missing.append(button->objectName() + QLatin1Char('/') + button->text());
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }

    void theSelectedPageKeepsItsHighlightWhenTheFocusLeaves()
    {
        UiTestFixture f;
        QVERIFY(f.open());
        auto *navigation = f.window->findChild<PageNavigation *>();
        QVERIFY(navigation);
        for (const Theme::Mode mode : {Theme::Mode::Light, Theme::Mode::Dark}) {
            f.theme->setMode(mode);
            QCoreApplication::processEvents();
            const QPalette colours = navigation->palette();
            QCOMPARE(colours.color(QPalette::Inactive, QPalette::Highlight),
                     colours.color(QPalette::Active, QPalette::Highlight));
            QCOMPARE(colours.color(QPalette::Inactive, QPalette::Highlight),
                     qApp->palette().color(QPalette::Active, QPalette::Highlight));
            QCOMPARE(colours.color(QPalette::Active, QPalette::Base),
                     qApp->palette().color(QPalette::Active, QPalette::Window));
        }
        f.theme->setMode(Theme::Mode::System);
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
