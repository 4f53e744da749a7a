// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <memory>
#include <optional>
#include <utility>

namespace Masar::BackgroundWork {

/// How long work may run before its progress dialog shows.
constexpr int kShowAfterMs = 250;

/// Whether the learner may stop waiting: not for work whose result must be taken in (a
/// roadmap being stored is there whether or not anyone waits for it).
enum class Cancel
{
    Allowed,
    NotAllowed
};

/**
 * Runs `work` (a callable returning a value) on a thread of its own while the window stays
 * painted and its timers run, and returns what the work returned.
 *
 * Input to the window waits while the work runs (nothing can start a second import meanwhile).
 * Work that lasts longer than kShowAfterMs gets a window-modal dialog over `parent` with `label`
 * and, where `cancel` allows it, a Cancel button: Cancel stops the waiting and returns
 * std::nullopt (the work ends unseen and its result is dropped). The work must not touch widgets or
 * the document's database connection: it reads and computes, the caller applies the result.
 */
template <typename Work>
auto run(QWidget *parent, const QString &label, Work work, Cancel cancel = Cancel::Allowed)
    -> std::optional<decltype(work())>
{
    using Value = decltype(work());
    // Shared with the thread, which may outlive this call after a Cancel.
    auto result = std::make_shared<std::optional<Value>>();
    QThread *thread =
        QThread::create([result, work = std::move(work)]() mutable { result->emplace(work()); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);

    QEventLoop loop;
    bool done = false;
    QObject::connect(thread, &QThread::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    thread->start();

    QTimer patience;
    patience.setSingleShot(true);
    QObject::connect(&patience, &QTimer::timeout, &loop, &QEventLoop::quit);
    patience.start(kShowAfterMs);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!done) {
        QProgressDialog progress(parent); // Qt's own catalogue words its Cancel button
        progress.setWindowTitle(parent ? parent->window()->windowTitle() : QString());
        progress.setLabelText(label);
        progress.setRange(0, 0); // busy: the work does not say how far it is
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(0);
        bool cancelled = false;
        if (cancel == Cancel::Allowed) {
            auto stop = [&] {
                cancelled = true;
                loop.quit();
            };
            QObject::connect(&progress, &QProgressDialog::canceled, &loop, stop);
            QObject::connect(&progress, &QDialog::rejected, &loop, stop); // Escape
        } else {
            progress.setCancelButton(nullptr);
        }
        progress.show();
        loop.exec();
        if (cancelled && !done)
            return std::nullopt;
    }
    return std::move(*result);
}

} // namespace Masar::BackgroundWork
