# SPDX-License-Identifier: GPL-3.0-or-later
# Runs lupdate over the sources into a copy of each .ts file and fails when a message is missing
# its translation (unfinished) or no longer exists in the code (vanished/obsolete). A string added
# to the code but not to the .ts file shows up as unfinished here.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(failed FALSE)
foreach(lang en ar)
  set(original "${SOURCE_DIR}/translations/masar_${lang}.ts")
  set(copy "${WORK_DIR}/masar_${lang}.ts")
  file(COPY_FILE "${original}" "${copy}")
  execute_process(
    COMMAND "${LUPDATE}" -silent -locations none -extensions cpp,h
            "${SOURCE_DIR}/app" "${SOURCE_DIR}/ui" -ts "${copy}"
    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT result EQUAL 0)
    message(SEND_ERROR "lupdate failed for ${lang}: ${out}${err}")
    set(failed TRUE)
    continue()
  endif()
  file(READ "${copy}" content)
  if(lang STREQUAL "ar")
    string(REGEX MATCHALL "<source>[^<]*</source>[^<]*<translation type=\"(unfinished|vanished|obsolete)\"" bad "${content}")
    list(LENGTH bad count)
    if(count GREATER 0)
      message(SEND_ERROR "masar_ar.ts has ${count} unfinished, vanished or obsolete entries "
                         "(run 'packaging/dev translations', then translate):")
      foreach(entry IN LISTS bad)
        message("  ${entry}")
      endforeach()
      set(failed TRUE)
    endif()
    string(REGEX MATCHALL "type=\"(unfinished|vanished|obsolete)\"" any "${content}")
    list(LENGTH any anyCount)
    if(anyCount GREATER 0 AND count EQUAL 0)
      message(SEND_ERROR "masar_ar.ts has ${anyCount} unfinished, vanished or obsolete entries.")
      set(failed TRUE)
    endif()
  endif()
endforeach()
if(failed)
  message(FATAL_ERROR "Translation check failed.")
endif()
message(STATUS "Translations complete and up to date.")
