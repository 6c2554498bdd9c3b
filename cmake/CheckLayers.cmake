# Checks every include of SOURCES/MODULE/**.{h,cc} against TABLE (written by cmake/Layers.cmake):
# a quoted include names "MODULE/..." of a module the file's module may use; core's angled
# includes are standard library headers. Fails naming each include that breaks the rule.
#
#   cmake -DSOURCES=src -DTABLE=build/release/kenes_layers.cmake -P cmake/CheckLayers.cmake

cmake_minimum_required(VERSION 3.25)
include("${TABLE}")

# The C++20 standard library, C compatibility headers included: all core may include.
set(standard_headers
    algorithm any array atomic barrier bit bitset cassert cctype cerrno cfenv cfloat charconv
    chrono cinttypes climits clocale cmath codecvt compare complex concepts condition_variable
    coroutine csetjmp csignal cstdarg cstddef cstdint cstdio cstdlib cstring ctime cuchar cwchar
    cwctype deque exception execution expected filesystem format forward_list fstream functional
    future initializer_list iomanip ios iosfwd iostream istream iterator latch limits list locale
    map memory memory_resource mutex new numbers numeric optional ostream queue random ranges
    ratio regex scoped_allocator semaphore set shared_mutex source_location span sstream stack
    stdexcept stop_token streambuf string string_view syncstream system_error thread tuple
    type_traits typeindex typeinfo unordered_map unordered_set utility valarray variant vector
    version)

set(broken 0)
foreach(module ${KENES_LAYER_MODULES})
  set(allowed ${KENES_LAYER_${module}})
  list(JOIN allowed ", " shown_allowed)
  file(GLOB_RECURSE files "${SOURCES}/${module}/*.h" "${SOURCES}/${module}/*.cc")
  foreach(file ${files})
    file(RELATIVE_PATH shown "${SOURCES}/.." "${file}")
    file(STRINGS "${file}" includes REGEX "^[ \t]*#[ \t]*include")
    foreach(line ${includes})
      if(line MATCHES "include[ \t]*\"([^\"]*)\"")
        set(header "${CMAKE_MATCH_1}")
        string(FIND "${header}" "/" slash)
        set(used "")
        if(slash GREATER 0)
          string(SUBSTRING "${header}" 0 ${slash} used)
        endif()
        if(NOT used IN_LIST allowed)
          message(SEND_ERROR "${shown}: #include \"${header}\": ${module} may include only "
                             "\"MODULE/...\" of ${shown_allowed} (what its target links)")
          set(broken 1)
        endif()
      elseif(module STREQUAL "core" AND line MATCHES "include[ \t]*<([^>]*)>")
        if(NOT CMAKE_MATCH_1 IN_LIST standard_headers)
          message(SEND_ERROR "${shown}: #include <${CMAKE_MATCH_1}>: core includes nothing but "
                             "the standard library and its own headers")
          set(broken 1)
        endif()
      endif()
    endforeach()
  endforeach()
endforeach()
if(broken)
  message(FATAL_ERROR "an include points upward or sideways: see docs/design.md, Layers")
endif()
