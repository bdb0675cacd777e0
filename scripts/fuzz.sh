#!/bin/sh
# `make fuzz`: a fuzzing campaign. Builds the libFuzzer targets (clang,
# ASan + UBSan, the libraries instrumented too), runs each FUZZ_SECONDS
# (default 60) on its seeds in fuzz/corpus and what earlier campaigns kept
# in build-san/fuzz-campaign/NAME (never the repository), and prints per
# target the executions, the coverage (cov: edges, ft: features, from
# libFuzzer's final stats) and the findings (crash files, kept in
# build-san/fuzz-campaign/NAME.crashes). The figures go to the section
# bench:fuzz of docs/benchmarks.md. FUZZ_ONLY="sie csv" runs only those.
set -eu
SECONDS_EACH=${FUZZ_SECONDS:-60}
BUILD_SAN=${BUILD_SAN:-build-san}
JOBS=$(nproc 2>/dev/null || echo 2)

CC=clang cmake -S . -B "$BUILD_SAN" -DCMAKE_BUILD_TYPE=Debug -DFINSAM_SANITIZE=ON -DFINSAM_FUZZ=ON >/dev/null
targets=${FUZZ_ONLY:-$(ls fuzz/fuzz_*.c | sed 's|fuzz/fuzz_||; s|\.c$||')}
for t in $targets; do
	cmake --build "$BUILD_SAN" -j "$JOBS" --target "fuzz_$t" >/dev/null
done

work=$BUILD_SAN/fuzz-campaign
mkdir -p "$work"
rows=""
found=0
printf '%-10s %12s %8s %8s %8s %s\n' target executions cov ft corpus crashes
for t in $targets; do
	log=$work/$t.log
	FUZZ_SECONDS=$SECONDS_EACH sh scripts/run_fuzz.sh "$BUILD_SAN/fuzz/fuzz_$t" "fuzz/corpus/$t" "$work/$t" \
		> "$log" 2>&1 || true
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
	last=$(grep -E '^#[0-9]+' "$log" | tail -1)
	cov=$(echo "$last" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
	ft=$(echo "$last" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
	corp=$(ls "$work/$t" | wc -l)
	crashes=$(ls "$work/$t.crashes" | wc -l)
	found=$((found + crashes))
	printf '%-10s %12s %8s %8s %8s %s\n' "$t" "${execs:-?}" "${cov:-?}" "${ft:-?}" "$corp" "$crashes"
	rows="$rows
| fuzz_$t | ${execs:-?} | ${cov:-?} | ${ft:-?} | $corp | $crashes |"
done

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
text="<!-- bench:fuzz -->
## Fuzzing: the libFuzzer targets

Measured $(date +%Y-%m-%d) by \`make fuzz\` (scripts/fuzz.sh) on one core of $cpu:
each target ran $SECONDS_EACH s (FUZZ_SECONDS) with ASan and UBSan, the
libraries instrumented for coverage, starting from fuzz/corpus and what
earlier campaigns on this machine kept. cov is the edges reached, ft the
features (libFuzzer's final figures); kept is the campaign's corpus
afterwards; crashes the inputs that failed.

| target | executions | cov | ft | kept | crashes |
|---|---|---|---|---|---|$rows
<!-- /bench:fuzz -->"
if [ -z "${FUZZ_ONLY:-}" ]; then
	out=docs/benchmarks.md
	. scripts/bench_section.sh
	put_section fuzz "$text"
fi
if [ "$found" -gt 0 ]; then
	echo "fuzz: $found crash files in $work/*.crashes" >&2
	exit 1
fi
