#!/bin/sh
# t0900-golden.sh: the demo förbund's statements, annual report, interim
# report and plan in text, Markdown, CSV, JSON and HTML, byte for byte
# as kept in tests/golden/ (built by scripts/golden.sh as `make run`
# builds the demo, with FINSAM_TODAY and TZ fixed there).
#
# After a deliberate change of a layout or a figure, write the files anew
# with one command and commit them with the change (read the diff first):
#
#   sh scripts/golden.sh --update          # or: sh scripts/golden.sh --update build/finsam
#
# A failure prints the first differences; `sh scripts/golden.sh --check`
# shows the same outside the test suite.
. "$SRC/tests/cli/lib.sh"

G=$SRC/tests/golden
if ! sh "$SRC/scripts/golden.sh" --out "$T/new" "$FINSAM" > "$T/golden.log" 2>&1; then
	fail "scripts/golden.sh failed: $(tail -c 600 "$T/golden.log")"
	finish
fi

# Every kept file is written again, unchanged.
n=0
for f in "$G"/*; do
	name=$(basename "$f")
	n=$((n + 1))
	checks=$((checks + 1))
	if [ ! -f "$T/new/$name" ]; then
		fail "$name: no longer written"
	elif ! cmp -s "$f" "$T/new/$name"; then
		fail "$name differs from tests/golden/$name (after a deliberate change: sh scripts/golden.sh --update):
$(diff -u "$f" "$T/new/$name" | head -40)"
	fi
done
# Four documents in five formats, and nothing written that is not kept.
checks=$((checks + 1))
[ "$n" -eq 20 ] || fail "tests/golden/ holds $n files, expected 20"
for f in "$T/new"/*; do
	checks=$((checks + 1))
	[ -f "$G/$(basename "$f")" ] || fail "$(basename "$f") is written but not kept in tests/golden/"
done

# The files are what they claim: the demo year's figures in each format.
checks=$((checks + 1))
grep -q "Årets resultat  *-300 106" "$G/statements-2025.txt" || fail "statements-2025.txt lacks the year's result"
checks=$((checks + 1))
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if d["year"] == 2025 else 1)' \
	"$G/annual-2025.json" || fail "annual-2025.json is not the annual report 2025"

finish
