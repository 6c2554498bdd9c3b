# Every third-party library kenes links, found the way ../shared/STACK.md says works on Debian 12.
find_package(PkgConfig REQUIRED)
find_package(nlohmann_json REQUIRED)
find_package(CLI11 REQUIRED)
find_package(fmt REQUIRED)
find_package(spdlog REQUIRED)
find_package(SQLite3 REQUIRED)
find_package(ICU REQUIRED COMPONENTS uc i18n)
find_package(Threads REQUIRED)

# cpp-httplib on Debian is a compiled library; its pkg-config flags (OpenSSL, zlib, brotli) must
# match the library or the program crashes at run time.
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
pkg_check_modules(PQXX REQUIRED IMPORTED_TARGET libpqxx)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)
# Workbooks are zip archives of XML: imports read them (exchange), the report tests read back what
# the report wrote.
pkg_check_modules(MINIZIP REQUIRED IMPORTED_TARGET minizip)
pkg_check_modules(LIBXML REQUIRED IMPORTED_TARGET libxml-2.0)

find_path(STEMMER_INCLUDE_DIR libstemmer.h REQUIRED)
find_library(STEMMER_LIBRARY stemmer REQUIRED)
add_library(kenes_stemmer INTERFACE)
target_include_directories(kenes_stemmer INTERFACE ${STEMMER_INCLUDE_DIR})
target_link_libraries(kenes_stemmer INTERFACE ${STEMMER_LIBRARY})

if(KENES_BUILD_TESTS)
  find_package(GTest REQUIRED)
  include(GoogleTest)
endif()
if(KENES_BUILD_BENCH)
  find_package(benchmark REQUIRED)
endif()

# kenes_module(NAME DEPS...) declares src/NAME as a library of every .cc file in its folder tree.
# Files are globbed so that adding a concept is adding a .h/.cc pair, nothing else.
function(kenes_module name)
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/*.cc")
  add_library(kenes_${name} STATIC ${sources})
  target_include_directories(kenes_${name} PUBLIC "${PROJECT_SOURCE_DIR}/src")
  target_link_libraries(kenes_${name} PUBLIC ${ARGN})
endfunction()

# kenes_test(MODULE LIBS...) builds tests/MODULE/*_test.cc into one GoogleTest program.
function(kenes_test module)
  file(GLOB sources CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/*.cc")
  add_executable(${module}_tests ${sources})
  target_link_libraries(${module}_tests PRIVATE ${ARGN} GTest::gtest_main GTest::gmock)
  target_include_directories(${module}_tests PRIVATE "${PROJECT_SOURCE_DIR}/tests")
  target_compile_definitions(${module}_tests PRIVATE
    KENES_DATA_DIR="${KENES_DATA_DIR}" KENES_TEST_DIR="${PROJECT_SOURCE_DIR}/tests")
  gtest_discover_tests(${module}_tests DISCOVERY_TIMEOUT 60 PROPERTIES LABELS ${module})
endfunction()
