#!/bin/sh
# Runs one libFuzzer target briefly on its seed corpus: a smoke test that
# each parser survives random input. FUZZ_SECONDS sets how long (default
# FUZZ_DEFAULT_SECONDS, which the tests set, or 10);
# the dictionary fuzz/NAME.dict is used when there is one (NAME the corpus's).
# New inputs go to work, what crashes to work.crashes.
set -eu
target=$1 corpus=$2 work=$3
mkdir -p "$work" "$work.crashes"
dict=$(dirname "$(dirname "$corpus")")/$(basename "$corpus").dict
if [ -f "$dict" ]; then
	set -- -dict="$dict"
else
	set --
fi
# Fontconfig's caches live as long as the process: see lsan.supp.
: "${LSAN_OPTIONS=suppressions=$(dirname "$0")/lsan.supp:print_suppressions=0}"
export LSAN_OPTIONS
exec "$target" "$@" -max_total_time="${FUZZ_SECONDS:-${FUZZ_DEFAULT_SECONDS:-10}}" -rss_limit_mb=2048 \
	-print_final_stats=1 -artifact_prefix="$work.crashes/" "$work" "$corpus"
