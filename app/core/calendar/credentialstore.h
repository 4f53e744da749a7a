// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <functional>

namespace QKeychain {
class Job;
}

namespace Masar {

struct CalDavAccount;

/**
 * Keeps CalDAV passwords in the system keychain (Secret Service or KWallet through QtKeychain)
 * under the service "io.github.masar.Masar" and the key "caldav:<user>@<host>". There is no
 * fallback: without a usable keychain the answer is Unavailable with a translated message, and
 * the password is never written anywhere else (QtKeychain's plain-text fallback stays off).
 *
 * Every call answers once, later, through its callback (not called when `context` is gone).
 * A keychain that does not answer within timeout() (it may be waiting for the user to unlock
 * it, or hang) counts as Unavailable. There is no cheap and honest way to know beforehand
 * whether a keychain is usable, so the first answer tells.
 */
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        Ok,          ///< done; for a read, password holds the secret
        NotFound,    ///< read: nothing stored for this account
        Unavailable, ///< no usable keychain, it refused, or it did not answer in time
    };
    Q_ENUM(Status)

    struct Outcome
    {
        Status status = Status::Unavailable;
        /// The password read (readPassword() with Status::Ok only).
        QString password;
        /// Translated explanation for Status::Unavailable, empty otherwise.
        QString message;
    };
    using Callback = std::function<void(const Outcome &)>;

    static constexpr std::chrono::milliseconds defaultTimeout{10000};

    explicit CredentialStore(QObject *parent);
    ~CredentialStore() override;

    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    /// The keychain service name all entries are stored under.
    static QString serviceName();
    /// The keychain key for an account: "caldav:<user>@<host>" (the password is not used).
    static QString keyFor(const CalDavAccount &account);

    void readPassword(const CalDavAccount &account, QObject *context, Callback callback);
    /// Stores `password` for the account, replacing any earlier one.
    void writePassword(const CalDavAccount &account, const QString &password, QObject *context,
                       Callback callback);
    /// Removes the account's password; removing one that is not there is Ok.
    void deletePassword(const CalDavAccount &account, QObject *context, Callback callback);

private:
    using Interpret = std::function<Outcome(QKeychain::Job *)>;
    void run(QKeychain::Job *job, const CalDavAccount &account, QObject *context, Callback callback,
             Interpret interpret);
    static Outcome unavailable(const QString &reason);
    Outcome timedOut() const;

    std::chrono::milliseconds m_timeout = defaultTimeout;
};

} // namespace Masar
