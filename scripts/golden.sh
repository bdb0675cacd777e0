#!/bin/sh
# golden.sh: the golden files of the demo förbund. Builds the demo förbund
# as `make run` does (`finsam demo`, then examples/norrdalen.sh) and writes
# its statements, annual report, interim report and plan in text,
# Markdown, CSV, JSON and HTML; tests/cli/t0900-golden.sh compares them
# byte for byte with the files kept in tests/golden/, so that a change of
# layout or figure cannot pass unseen.
#
#   sh scripts/golden.sh --update [FINSAM]   after a deliberate change: write
#                                            tests/golden/ anew (then read
#                                            `git diff tests/golden` and commit)
#   sh scripts/golden.sh --check [FINSAM]    compare with tests/golden/; exit 1
#                                            and show the differences if any
#   sh scripts/golden.sh --out DIR [FINSAM]  only write the files into DIR
#
# FINSAM is the binary (default build/finsam). GOLDEN_DB, when set, is an
# empty database to build the demo in instead of a new file (a PostgreSQL
# URI: the documents must be the same on either engine), with its key file
# GOLDEN_KEY_FILE; with GOLDEN_BUILT=1 it holds the demo förbund already
# (built so, then moved with 'finsam migrate' or restored from a dump) and
# only the documents are written. What would make the files
# depend on the day or the machine is fixed here and only here:
# FINSAM_TODAY (finsam's one "today", see src/base/date.h) is 2026-03-15,
# a day after the demo year 2025 when its annual report is written, and
# TZ is UTC. Nothing else in the documents depends on the day, the time,
# the machine or the user.
set -eu
cd "$(dirname "$0")/.."
ROOT=$PWD
mode=${1:-}
case "$mode" in
--update|--check) shift; out= ;;
--out) [ $# -ge 2 ] || { echo "golden.sh: --out needs a directory" >&2; exit 2; }
	out=$2; shift 2 ;;
*) echo "usage: sh scripts/golden.sh --update|--check|--out DIR [FINSAM]" >&2; exit 2 ;;
esac
FINSAM=${1:-$ROOT/build/finsam}
case "$FINSAM" in /*) ;; *) FINSAM=$ROOT/$FINSAM ;; esac
[ -x "$FINSAM" ] || { echo "golden.sh: no finsam at $FINSAM (build it first: make)" >&2; exit 2; }

FINSAM_TODAY=2026-03-15
TZ=UTC
export FINSAM_TODAY TZ
unset FINSAM_DB FINSAM_KEY_FILE

work=$(mktemp -d "${TMPDIR:-/tmp}/finsam-golden.XXXXXX")
trap 'rm -rf "$work"' EXIT
[ -n "$out" ] || out=$work/out
mkdir -p "$out"

db=${GOLDEN_DB:-$work/demo.db}
if [ -n "${GOLDEN_KEY_FILE:-}" ]; then
	FINSAM_KEY_FILE=$GOLDEN_KEY_FILE
	export FINSAM_KEY_FILE
fi
if [ "${GOLDEN_BUILT:-0}" != 1 ]; then
	"$FINSAM" --db "$db" demo >/dev/null
	sh "$ROOT/examples/norrdalen.sh" "$FINSAM" "$db"
fi

for fmt in text md csv json html; do
	ext=$fmt
	[ "$fmt" = text ] && ext=txt
	"$FINSAM" --db "$db" report statements --year 2025 --format "$fmt" -o "$out/statements-2025.$ext"
	"$FINSAM" --db "$db" report annual --year 2025 --format "$fmt" -o "$out/annual-2025.$ext"
	"$FINSAM" --db "$db" report interim --until 2025-08-31 --format "$fmt" -o "$out/interim-2025-08-31.$ext"
	"$FINSAM" --db "$db" report plan --year 2025 --format "$fmt" -o "$out/plan-2025.$ext"
done

case "$mode" in
--update)
	rm -rf "$ROOT/tests/golden"
	mkdir -p "$ROOT/tests/golden"
	cp "$out"/* "$ROOT/tests/golden/"
	echo "golden.sh: tests/golden/ written ($(ls "$ROOT/tests/golden" | wc -l) files); see 'git diff --stat tests/golden'"
	;;
--check)
	if diff -r -u "$ROOT/tests/golden" "$out" > "$work/diff"; then
		echo "golden.sh: all $(ls "$out" | wc -l) files equal tests/golden/"
	else
		head -c 20000 "$work/diff"
		echo "golden.sh: the documents differ from tests/golden/ (above). After a deliberate change:" >&2
		echo "  sh scripts/golden.sh --update" >&2
		exit 1
	fi
	;;
esac
