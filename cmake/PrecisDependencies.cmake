# SPDX-License-Identifier: BSD-2-Clause
# Finds the libraries precis builds on, all Debian packages (see README.md),
# and exposes each as an imported target.

find_package(PkgConfig REQUIRED)
find_package(ZLIB REQUIRED)
find_package(Threads REQUIRED)

pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET libutf8proc)
pkg_check_modules(JANSSON REQUIRED IMPORTED_TARGET jansson)
pkg_check_modules(YAJL REQUIRED IMPORTED_TARGET yajl)
pkg_check_modules(LIBXML2 REQUIRED IMPORTED_TARGET libxml-2.0)
pkg_check_modules(LIBARCHIVE REQUIRED IMPORTED_TARGET libarchive)

# The program opens libarchive at run time by the name of its SONAME
# (libarchive.so.13 on Debian 12): the real file's name up to the major.
find_library(PRECIS_LIBARCHIVE_FILE archive HINTS ${LIBARCHIVE_LIBRARY_DIRS})
get_filename_component(PRECIS_LIBARCHIVE_REAL "${PRECIS_LIBARCHIVE_FILE}"
	REALPATH)
get_filename_component(PRECIS_LIBARCHIVE_REAL "${PRECIS_LIBARCHIVE_REAL}"
	NAME)
if(PRECIS_LIBARCHIVE_REAL MATCHES "^(libarchive\\.so\\.[0-9]+)")
	set(PRECIS_LIBARCHIVE_SONAME "${CMAKE_MATCH_1}")
else()
	set(PRECIS_LIBARCHIVE_SONAME "libarchive.so.13")
endif()
message(STATUS "libarchive, opened at run time as ${PRECIS_LIBARCHIVE_SONAME}")

# libstemmer ships no pkg-config file or CMake package.
find_path(STEMMER_INCLUDE_DIR libstemmer.h)
find_library(STEMMER_LIBRARY stemmer)
if(NOT STEMMER_INCLUDE_DIR OR NOT STEMMER_LIBRARY)
	message(FATAL_ERROR "libstemmer not found (Debian: libstemmer-dev)")
endif()
# libstemmer has no version call: the version of the Debian package it came
# from, if there is one, is what `precis --version` reports.
set(PRECIS_SNOWBALL_VERSION "unknown")
find_program(PRECIS_DPKG_QUERY dpkg-query)
if(PRECIS_DPKG_QUERY)
	execute_process(COMMAND ${PRECIS_DPKG_QUERY} -W -f=\${Version}
			libstemmer-dev
		OUTPUT_VARIABLE precis_stemmer_pkg ERROR_QUIET
		RESULT_VARIABLE precis_stemmer_rc)
	if(precis_stemmer_rc EQUAL 0 AND
			precis_stemmer_pkg MATCHES "^([0-9]+:)?([0-9][0-9.]*)")
		set(PRECIS_SNOWBALL_VERSION "${CMAKE_MATCH_2}")
	endif()
endif()
message(STATUS "Snowball (libstemmer) ${PRECIS_SNOWBALL_VERSION}")
add_library(precis_stemmer INTERFACE)
target_include_directories(precis_stemmer INTERFACE ${STEMMER_INCLUDE_DIR})
target_link_libraries(precis_stemmer INTERFACE ${STEMMER_LIBRARY})

# uthash is header only.
find_path(UTHASH_INCLUDE_DIR uthash.h)
if(NOT UTHASH_INCLUDE_DIR)
	message(FATAL_ERROR "uthash.h not found (Debian: uthash-dev)")
endif()
add_library(precis_uthash INTERFACE)
target_include_directories(precis_uthash INTERFACE ${UTHASH_INCLUDE_DIR})

if(BUILD_TESTING)
	pkg_check_modules(CMOCKA REQUIRED IMPORTED_TARGET cmocka)
endif()
