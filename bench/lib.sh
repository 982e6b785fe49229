# SPDX-License-Identifier: BSD-2-Clause
# lib.sh - what the benchmark scripts share, sourced by bench/python.sh,
# bench/speed.sh and bench/report.sh after they set `root` (the
# repository) and `bench_name` (the script's name for messages).
#
# Defaults of the options every benchmark takes: the build directory and
# the output directory.
build=$root/build-bench
out=$root/bench/results
quick=0

# bench_option ARG...: reads the option every benchmark takes at the head
# of ARG (--quick, --build DIR, --out DIR, -h/--help) into quick, build and
# out, and sets bench_used to the number of arguments it took; returns 1
# when ARG is not such an option.
bench_option() {
	bench_used=1
	case $1 in
	--quick) quick=1 ;;
	--build) build=$2; bench_used=2 ;;
	--build=*) build=${1#*=} ;;
	--out) out=$2; bench_used=2 ;;
	--out=*) out=${1#*=} ;;
	-h|--help) sed -n '2,/^set /p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
	*) return 1 ;;
	esac
}

# bench_args ARG...: the arguments of a benchmark that takes the common
# options and data sets: the options into quick, build and out, the data
# sets to measure into the array data (by default the dev sets beside the
# repository).  Exits on an unknown option or a data set it cannot read.
bench_args() {
	data=()
	while [ $# -gt 0 ]; do
		if bench_option "$@"; then
			shift "$bench_used"
			continue
		fi
		case $1 in
		-*) echo "$bench_name: unknown option $1" >&2; exit 2 ;;
		*) data+=("$1") ;;
		esac
		shift
	done
	if [ ${#data[@]} -eq 0 ]; then
		data=("$root/../shared/data/cnndm-dev.jsonl.gz"
		      "$root/../shared/data/bbc-dev.jsonl.gz")
	fi
	local d
	for d in "${data[@]}"; do
		[ -r "$d" ] || { echo "$bench_name: cannot read $d" >&2; exit 1; }
	done
}

# bench_build TARGET...: configures the Release build in $build and builds
# TARGET...
bench_build() {
	cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release \
		-DBUILD_TESTING=OFF >/dev/null
	cmake --build "$build" -j2 --target "$@" >/dev/null
}
