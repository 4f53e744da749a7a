// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTest>

/**
 * For a test that needs something outside the program: a service (Radicale, a session bus with an
 * unlocked keyring), a private HOME, the source documents beside the checkout. Where a developer
 * runs one test by hand without it, the test is skipped and says what is missing. Under the test
 * command (packaging/dev test sets MASAR_REQUIRE_SERVICES) and in CI, everything is provided, so
 * the same absence fails the test: a skip there would count as a pass and hide a broken set-up.
 */
inline bool masarServicesRequired()
{
    return qEnvironmentVariableIsSet("MASAR_REQUIRE_SERVICES") ||
           qEnvironmentVariable("CI") == QLatin1String("true");
}

#define MASAR_REQUIRE(condition, reason)                                                           \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            if (masarServicesRequired())                                                           \
                QFAIL(qPrintable(                                                                  \
                    QStringLiteral("required by the test command: %1").arg(QString(reason))));     \
            QSKIP(qPrintable(QString(reason)));                                                    \
        }                                                                                          \
    } while (false)
