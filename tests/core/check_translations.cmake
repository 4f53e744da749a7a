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
  if(lang STREQUAL "en")
    # English needs its singular and plural forms for every %n message.
    string(REGEX MATCHALL "numerus=\"yes\">[^<]*<source>[^<]*</source>[^<]*<translation type=\"unfinished\"" plural "${content}")
    list(LENGTH plural pluralCount)
    if(pluralCount GREATER 0)
      message(SEND_ERROR "masar_en.ts has ${pluralCount} plural messages without their English forms.")
      set(failed TRUE)
    endif()
  endif()
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
    # Qt draws a QLabel's Arabic text clipped at its end when the mnemonic sits on a letter that
    # joins the next one (seen with Qt 5.15 and 6.4): a label's mnemonic goes on an alef that
    # starts a word ("&الاسم:"), or the label has none.
    # (";" separates CMake list items: "&amp;" is renamed first.)
    string(REPLACE "&amp;" "&amp!" safe "${content}")
    string(REPLACE ";" "!" safe "${safe}")
    string(REGEX MATCHALL "<source>[^<]*&amp![^<]*:</source>[^<]*<translation>[^<]*</translation>"
           labels "${safe}")
    foreach(entry IN LISTS labels)
      string(REGEX REPLACE ".*<translation>([^<]*)</translation>" "\\1" translated "${entry}")
      if(translated MATCHES "&amp!" AND NOT translated MATCHES "(^| )&amp!(ا|أ|إ|آ)")
        message(SEND_ERROR "masar_ar.ts: a label's mnemonic not on a word-initial alef: ${translated}")
        set(failed TRUE)
      endif()
    endforeach()
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
