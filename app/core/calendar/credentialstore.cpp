// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/credentialstore.h"

#include "calendar/caldavaccount.h"
#include "calendar/keychaincompat.h"

#include <QCoreApplication>
#include <QTimer>

#include <memory>

namespace Masar {

CredentialStore::CredentialStore(QObject *parent) : QObject(parent) {}

CredentialStore::~CredentialStore()
{
    // A job still waiting for the keychain must outlive this store: QtKeychain's backends call
    // back into it through a raw pointer when the answer comes, so deleting it now could crash
    // later. It deletes itself when it finishes.
    const auto jobs = findChildren<QKeychain::Job *>(QString(), Qt::FindDirectChildrenOnly);
    for (QKeychain::Job *job : jobs) {
        job->disconnect(this);
        job->setParent(QCoreApplication::instance());
    }
}

QString CredentialStore::serviceName()
{
    return QStringLiteral("io.github.masar.Masar");
}

QString CredentialStore::keyFor(const CalDavAccount &account)
{
    return QStringLiteral("caldav:%1@%2").arg(account.userName, account.baseUrl.host());
}

void CredentialStore::readPassword(const CalDavAccount &account, QObject *context,
                                   Callback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    run(job, account, context, std::move(callback), [](QKeychain::Job *finished) {
        switch (finished->error()) {
        case QKeychain::NoError:
            return Outcome{
                Status::Ok, static_cast<QKeychain::ReadPasswordJob *>(finished)->textData(), {}};
        case QKeychain::EntryNotFound:
            return Outcome{Status::NotFound, {}, {}};
        default:
            return unavailable(finished->errorString());
        }
    });
}

void CredentialStore::writePassword(const CalDavAccount &account, const QString &password,
                                    QObject *context, Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setTextData(password);
    run(job, account, context, std::move(callback), [](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError)
            return Outcome{Status::Ok, {}, {}};
        return unavailable(finished->errorString());
    });
}

void CredentialStore::deletePassword(const CalDavAccount &account, QObject *context,
                                     Callback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    run(job, account, context, std::move(callback), [](QKeychain::Job *finished) {
        const QKeychain::Error error = finished->error();
        if (error == QKeychain::NoError || error == QKeychain::EntryNotFound)
            return Outcome{Status::Ok, {}, {}};
        return unavailable(finished->errorString());
    });
}

void CredentialStore::run(QKeychain::Job *job, const CalDavAccount &account, QObject *context,
                          Callback callback, Interpret interpret)
{
    job->setKey(keyFor(account));
    job->setAutoDelete(true);
    // Never: it would write the password to a world-readable settings file.
    job->setInsecureFallback(false);

    // Whichever comes first, the job's answer or the timeout, is the one delivered.
    auto done = std::make_shared<bool>(false);
    const bool hasContext = context != nullptr;
    const auto deliver = [done, hasContext, guard = QPointer<QObject>(context),
                          callback = std::move(callback)](const Outcome &outcome) {
        if (*done)
            return;
        *done = true;
        if (!hasContext || guard)
            callback(outcome);
    };

    connect(job, &QKeychain::Job::finished, this,
            [deliver, interpret = std::move(interpret)](QKeychain::Job *finished) {
                deliver(interpret(finished));
            });
    // The timer dies with the job; a job that never answers is left to itself (see the
    // destructor) rather than deleted under the backend's feet.
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, job, deliver] {
        job->disconnect(this);
        deliver(timedOut());
    });
    timer->start(m_timeout);
    job->start();
}

CredentialStore::Outcome CredentialStore::unavailable(const QString &reason)
{
    return {Status::Unavailable,
            {},
            tr("The system keychain cannot be used (%1). Masar does not keep the password "
               "anywhere else, so it will ask for it when it needs it.")
                .arg(reason.trimmed().isEmpty() ? tr("no reason given") : reason.trimmed())};
}

CredentialStore::Outcome CredentialStore::timedOut() const
{
    const int seconds = int(std::max<qint64>(1, (m_timeout.count() + 999) / 1000));
    return {Status::Unavailable,
            {},
            tr("The system keychain did not answer within %Ln second(s); it may be locked or "
               "waiting to be unlocked. Masar does not keep the password anywhere else, so it "
               "will ask for it when it needs it.",
               nullptr, seconds)};
}

} // namespace Masar
