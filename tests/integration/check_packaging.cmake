# SPDX-License-Identifier: GPL-3.0-or-later
# The packaging files agree with the tree: the Flatpak manifest's CMake options exist, its
# modules are the libraries the build looks for, and one application id is used everywhere.
set(failed FALSE)
# expect(<message> <condition...>): fails the check when the condition is false.
macro(expect message)
  if(NOT (${ARGN}))
    message(SEND_ERROR "${message}")
    set(failed TRUE)
  endif()
endmacro()

file(READ "${SOURCE_DIR}/packaging/io.github.masar.Masar.yml" manifest)
file(READ "${SOURCE_DIR}/CMakeLists.txt" top)
file(READ "${SOURCE_DIR}/cmake/MasarDependencies.cmake" dependencies)
file(READ "${SOURCE_DIR}/packaging/io.github.masar.Masar.desktop" desktop)
file(READ "${SOURCE_DIR}/packaging/io.github.masar.Masar.metainfo.xml" metainfo)
file(READ "${SOURCE_DIR}/app/CMakeLists.txt" app)

# Every -D option the manifest passes to Masar is one the tree defines.
string(REGEX MATCH "- name: masar.*" masarModule "${manifest}")
string(REGEX MATCHALL "-D([A-Z_]+)=" options "${masarModule}")
foreach(option IN LISTS options)
  string(REGEX REPLACE "-D([A-Z_]+)=" "\\1" name "${option}")
  if(name MATCHES "^CMAKE_")
    continue()
  endif()
  string(FIND "${top}${dependencies}" "${name}" at)
  expect("The Flatpak manifest sets ${name}, which the CMake files do not define." at GREATER -1)
endforeach()
string(FIND "${masarModule}" "-DQT_MAJOR_VERSION=6" qt6)
expect("The Flatpak manifest must build the Qt 6 variant." qt6 GREATER -1)

# A KDE runtime with Qt 6.10 or newer (KF6 needs Qt 6.5; Qt Charts is still there in 6.10).
string(REGEX MATCH "runtime: org\\.kde\\.Platform\nruntime-version: '6\\.([0-9]+)'" runtime "${manifest}")
expect("The Flatpak manifest must use the KDE runtime (org.kde.Platform)." runtime)
if(runtime)
  expect("The Flatpak manifest's KDE runtime is older than 6.10." CMAKE_MATCH_1 GREATER_EQUAL 10)
endif()
string(FIND "${manifest}" "sdk: org.kde.Sdk" sdk)
expect("The Flatpak manifest must build with the KDE SDK." sdk GREATER -1)

# QtKeychain reaches the Secret Service only through libsecret, which the runtime lacks; it is
# built before QtKeychain.
string(FIND "${manifest}" "- name: libsecret" libsecret)
string(FIND "${manifest}" "- name: qtkeychain" keychain)
expect("The Flatpak manifest must build libsecret before qtkeychain." libsecret GREATER -1
       AND keychain GREATER libsecret)
string(FIND "${manifest}" "--talk-name=org.freedesktop.secrets" secrets)
expect("The Flatpak sandbox must reach the Secret Service." secrets GREATER -1)

# The modules it builds are the libraries the build needs and the KDE runtime lacks.
foreach(module md4c libical qtkeychain)
  string(FIND "${manifest}" "- name: ${module}" found)
  expect("The Flatpak manifest has no ${module} module." found GREATER -1)
  string(TOLOWER "${dependencies}" lowerDependencies)
  string(REPLACE "qtkeychain" "keychain" key "${module}") # found as Qt5Keychain / Qt6Keychain
  string(FIND "${lowerDependencies}" "${key}" needed)
  expect("The Flatpak manifest builds ${module}, which the build does not use." needed GREATER -1)
endforeach()

# One application id; the command is the executable.
foreach(text IN ITEMS "${manifest}" "${metainfo}")
  string(FIND "${text}" "io.github.masar.Masar" id)
  expect("The application id is missing from a packaging file." id GREATER -1)
endforeach()
string(FIND "${desktop}" "Icon=io.github.masar.Masar" icon)
expect("The desktop file names another icon." icon GREATER -1)
string(FIND "${manifest}" "command: masar" command)
string(FIND "${app}" "add_executable(masar " executable)
expect("The Flatpak command is not masar." command GREATER -1)
expect("The executable is not called masar." executable GREATER -1)

# The metainfo's screenshots are the ones the screenshot test took, kept in packaging/screenshots.
string(REGEX MATCHALL "packaging/screenshots/[a-z0-9-]+\\.png" shots "${metainfo}")
list(LENGTH shots shotCount)
expect("The metainfo shows no screenshots from packaging/screenshots." shotCount GREATER 0)
foreach(shot IN LISTS shots)
  if(NOT EXISTS "${SOURCE_DIR}/${shot}")
    expect("The metainfo shows ${shot}, which is not in the tree." FALSE)
  endif()
endforeach()

if(failed)
  message(FATAL_ERROR "Packaging files disagree with the tree.")
endif()
message(STATUS "Packaging files agree with the tree.")
