# SPDX-License-Identifier: GPL-3.0-or-later
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
set(CMAKE_AUTOMOC ON)

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
  set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

add_compile_options(-Wall -Wextra)
if(MASAR_WERROR)
  add_compile_options(-Werror)
endif()

add_compile_definitions(
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_FOREACH
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_DISABLE_DEPRECATED_BEFORE=0x050F00
  MASAR_VERSION="${PROJECT_VERSION}")

# Fuzzing: everything is instrumented for coverage and checked by AddressSanitizer; only the
# fuzz targets link libFuzzer's main (tests/fuzz).
if(MASAR_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "MASAR_FUZZ needs clang (the fuzz preset chooses it)")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()

# AddressSanitizer + UndefinedBehaviorSanitizer over the whole tree (the "asan" preset). Any
# report aborts the process, so a test that triggers one fails.
if(MASAR_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined
                      -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()

# ThreadSanitizer over Masar's own code and tests (the "tsan" preset; Qt and the other system
# libraries stay uninstrumented, see packaging/dev tsan). A report aborts the process.
if(MASAR_TSAN)
  if(MASAR_SANITIZE OR MASAR_FUZZ)
    message(FATAL_ERROR "MASAR_TSAN cannot be combined with MASAR_SANITIZE or MASAR_FUZZ")
  endif()
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "MASAR_TSAN needs clang (the tsan preset chooses it)")
  endif()
  add_compile_options(-fsanitize=thread -fno-omit-frame-pointer)
  add_link_options(-fsanitize=thread)
endif()
