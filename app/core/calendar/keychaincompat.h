// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// QtKeychain installs its header under a folder named after the Qt generation it was built for;
// this is the only difference between the two. Include this instead of the keychain header.

#include <QtGlobal>

#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
#include <qt6keychain/keychain.h>
#else
#include <qt5keychain/keychain.h>
#endif
