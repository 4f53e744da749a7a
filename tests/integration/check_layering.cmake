# SPDX-License-Identifier: GPL-3.0-or-later
# The layers of DESIGN.md: widgets get their services from the document, never from storage.
# Only the start-up code, which opens the database and hands it to the document, and the About
# dialog, which shows SQLite's version, may include a storage header.
# Run: cmake -DSOURCE_DIR=<repo> -P check_layering.cmake
cmake_minimum_required(VERSION 3.16)
set(allowed "ui/guiapplication.cpp" "ui/dialogs/aboutdialog.cpp")
file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h")
list(LENGTH sources count)
if(count LESS 20)
  message(FATAL_ERROR "only ${count} sources found under ${SOURCE_DIR}/ui")
endif()
set(failures "")
foreach(source IN LISTS sources)
  if(source IN_LIST allowed)
    continue()
  endif()
  file(STRINGS "${SOURCE_DIR}/${source}" lines REGEX "#include [\"<](storage/|Q[Ss]ql)")
  foreach(line IN LISTS lines)
    string(APPEND failures "\n  ${source}: ${line}")
  endforeach()
endforeach()
if(failures)
  message(FATAL_ERROR "widgets reach storage directly:${failures}")
endif()
message(STATUS "layering: ${count} sources under ui/, none includes storage or Qt SQL")
