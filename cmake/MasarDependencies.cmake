# SPDX-License-Identifier: GPL-3.0-or-later
# One switch chooses the Qt generation; everything else follows from it.
if(NOT QT_MAJOR_VERSION MATCHES "^(5|6)$")
  message(FATAL_ERROR "QT_MAJOR_VERSION must be 5 or 6, not '${QT_MAJOR_VERSION}'")
endif()
set(QT_DEFAULT_MAJOR_VERSION ${QT_MAJOR_VERSION})

# KDE's syntax highlighting is required in both: KF6 needs Qt 6.5 or newer, so a system whose
# Qt 6 is older (Debian 12, Ubuntu 24.04) builds the Qt 5 variant with KF5.
if(QT_MAJOR_VERSION EQUAL 6)
  find_package(Qt6 6.5 REQUIRED COMPONENTS Core Gui Widgets PrintSupport Sql Network DBus Charts LinguistTools Test)
  find_package(Qt6Keychain REQUIRED)
  set(MASAR_KEYCHAIN_TARGET qt6keychain)
  find_package(KF6SyntaxHighlighting REQUIRED)
  set(MASAR_SYNTAX_TARGET KF6::SyntaxHighlighting)
else()
  find_package(Qt5 5.15 REQUIRED COMPONENTS Core Gui Widgets PrintSupport Sql Network DBus Charts LinguistTools Test)
  find_package(Qt5Keychain REQUIRED)
  set(MASAR_KEYCHAIN_TARGET qt5keychain)
  find_package(KF5SyntaxHighlighting REQUIRED)
  set(MASAR_SYNTAX_TARGET KF5::SyntaxHighlighting)
endif()

find_package(PkgConfig REQUIRED)
pkg_check_modules(MD4C REQUIRED IMPORTED_TARGET md4c)
pkg_check_modules(LIBICAL REQUIRED IMPORTED_TARGET libical)

# The versions the About dialog names, as this build found them.
if(QT_MAJOR_VERSION EQUAL 6)
  set(MASAR_KEYCHAIN_VERSION "${Qt6Keychain_VERSION}")
  set(MASAR_SYNTAX_VERSION "${KF6SyntaxHighlighting_VERSION}")
else()
  set(MASAR_KEYCHAIN_VERSION "${Qt5Keychain_VERSION}")
  set(MASAR_SYNTAX_VERSION "${KF5SyntaxHighlighting_VERSION}")
endif()
