#!/bin/sh
# Runs one libFuzzer target briefly on its seed corpus: a smoke test that
# each parser survives random input. FUZZ_SECONDS sets how long (default 10).
set -eu
target=$1 corpus=$2 work=$3
mkdir -p "$work"
exec "$target" -max_total_time="${FUZZ_SECONDS:-10}" -rss_limit_mb=2048 \
	-print_final_stats=1 "$work" "$corpus"
