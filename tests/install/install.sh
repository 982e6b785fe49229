# SPDX-License-Identifier: BSD-2-Clause
# install.sh - installs libprecis into temporary prefixes and builds a small
# program against it, through CMake (find_package(precis), precis::precis)
# and through pkg-config, with the library static and shared.
#
# The build under test (BUILD) is installed whole, then moved, to check
# that the CMake package and precis.pc are relocatable; the other kind of
# library (static or shared) is built from SOURCE with the same compiler
# and installed by components (lib, dev).
#
# Environment: BUILD, SOURCE, SHARED (ON/OFF, the kind BUILD makes), CC,
# PRECIS_VERSION; and PRECIS, PRECIS_TEST_DATA for lib.sh.

. "$(dirname "$0")/../cli/lib.sh"

: "${BUILD:?}" "${SOURCE:?}" "${SHARED:?}" "${CC:?}" "${PRECIS_VERSION:?}"
consumer_src=$SOURCE/tests/install/consumer
want="libprecis $PRECIS_VERSION, header $PRECIS_VERSION: 4 sentences, 2 selected, english"

# check_consumer EXE KIND HOW: the program runs, prints the expected
# counts and two sentences of its article, and links libprecis as KIND.
check_consumer() {
	run "$1"
	expect_status 0 "$3 ($2): consumer runs"
	checks=$((checks + 1))
	[ "$(head -n 1 out)" = "$want" ] ||
		fail "$3 ($2): first line '$(head -n 1 out)', want '$want'"
	expect_lines 3 out "$3 ($2): two sentences"
	checks=$((checks + 1))
	tail -n 2 out | while IFS= read -r line; do
		grep -qF -- "$line" "$consumer_src/consumer.c" || exit 1
	done || fail "$3 ($2): a printed line is not a sentence of the article"
	echo "-- $3, $2 library:"
	sed 's/^/   /' out
	checks=$((checks + 1))
	if [ "$2" = shared ]; then
		readelf -d "$1" | grep -q 'NEEDED.*libprecis\.so\.0' ||
			fail "$3 ($2): libprecis.so.0 is not a dependency"
	else
		! readelf -d "$1" | grep -q 'libprecis' ||
			fail "$3 ($2): linked libprecis dynamically"
	fi
}

# consumers PREFIX KIND: builds and checks the program both ways.
consumers() {
	prefix=$1
	kind=$2
	echo "== $kind library in $prefix"
	run cmake -S "$consumer_src" -B "cmake-$kind" -DCMAKE_C_COMPILER="$CC" \
		-DCMAKE_PREFIX_PATH="$prefix"
	expect_status 0 "cmake ($kind): configure"
	run cmake --build "cmake-$kind"
	expect_status 0 "cmake ($kind): build"
	check_consumer "cmake-$kind/consumer" "$kind" "find_package(precis)"

	pc=$(find "$prefix" -name precis.pc)
	checks=$((checks + 1))
	[ -n "$pc" ] || fail "pkg-config ($kind): no precis.pc in $prefix"
	static=""
	[ "$kind" = static ] && static=--static
	# shellcheck disable=SC2046
	run env PKG_CONFIG_PATH="$(dirname "$pc")" sh -c \
		"$CC -o pc-$kind $consumer_src/consumer.c \
		\$(pkg-config --cflags precis) \$(pkg-config --libs $static precis)"
	expect_status 0 "pkg-config ($kind): compile and link"
	libdir=$(PKG_CONFIG_PATH=$(dirname "$pc") pkg-config --variable=libdir precis)
	LD_LIBRARY_PATH=$libdir check_consumer "./pc-$kind" "$kind" "pkg-config"
}

if [ "$SHARED" = ON ]; then
	kind=shared other=static other_shared=OFF
else
	kind=static other=shared other_shared=ON
fi

# The build under test, installed whole, then moved elsewhere.
run cmake --install "$BUILD" --prefix "$SCRATCH/installed"
expect_status 0 "cmake --install"
mv "$SCRATCH/installed" "$SCRATCH/moved"
for f in bin/precis include/precis.h include/precis_export.h \
	include/precis_version.h share/man/man1/precis.1 \
	share/man/man3/libprecis.3 \
	share/bash-completion/completions/precis; do
	checks=$((checks + 1))
	[ -f "$SCRATCH/moved/$f" ] || fail "cmake --install: no $f"
done
checks=$((checks + 1))
[ ! -e "$SCRATCH/moved/include/precis_eval.h" ] &&
	! find "$SCRATCH/moved" -name 'libprecis-eval*' | grep -q . ||
	fail "cmake --install: libprecis-eval is installed"
consumers "$SCRATCH/moved" "$kind"

# The other kind of library, built here: the library target only.
run cmake -S "$SOURCE" -B "$SCRATCH/other" -DCMAKE_C_COMPILER="$CC" \
	-DCMAKE_BUILD_TYPE=Debug -DBUILD_SHARED_LIBS="$other_shared" \
	-DBUILD_TESTING=OFF -DPRECIS_LTO=OFF
expect_status 0 "cmake ($other library): configure"
run cmake --build "$SCRATCH/other" --target precis -j 2
expect_status 0 "cmake ($other library): build"
for component in lib dev; do
	run cmake --install "$SCRATCH/other" --prefix "$SCRATCH/other-prefix" \
		--component "$component"
	expect_status 0 "cmake --install --component $component"
done
checks=$((checks + 1))
[ ! -e "$SCRATCH/other-prefix/bin/precis" ] ||
	fail "the lib and dev components hold the program"
consumers "$SCRATCH/other-prefix" "$other"

finish
