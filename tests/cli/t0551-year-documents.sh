#!/bin/sh
# The documents of a closed year: the annual report carries "Fastställd av
# förbundsstyrelsen DATE" under its title in every format that shows text
# (text, Markdown, HTML, PDF) and "adopted" in JSON; the interim report and
# the plan of the year say that the year is closed ("annual_report_adopted").
# An open year's documents say nothing of it.
. "$SRC/tests/cli/lib.sh"
db="$T/demo.db"
FINSAM_TODAY=2026-03-15
export FINSAM_TODAY
stamp="Fastställd av förbundsstyrelsen 2026-03-12"

run --db "$db" demo
expect_rc 0 "demo"
run --db "$db" report annual --year 2025
expect_rc 0 "annual, open"
checks=$((checks + 1))
grep -q "Fastställd av" "$T/out" && fail "an open year's annual report claims to be adopted"
run --db "$db" report annual --year 2025 --format json
checks=$((checks + 1))
python3 -c 'import json,sys; sys.exit("adopted" in json.load(open(sys.argv[1])))' "$T/out" ||
	fail "an open year's JSON has adopted"

run --db "$db" year close 2025 --adopted 2026-03-12
expect_rc 0 "close"

# Text: the stamp is the line after the organisation number.
run --db "$db" report annual --year 2025
expect_rc 0 "annual text"
checks=$((checks + 1))
[ "$(sed -n 4p "$T/out")" = "$stamp" ] || fail "line 4 of the annual report is '$(sed -n 4p "$T/out")'"
run --db "$db" report annual --year 2025 --format md
expect_out "$stamp"
run --db "$db" report annual --year 2025 --format json
expect_json "$T/out" "adopted" '"2026-03-12"'
expect_json "$T/out" "year" '2025'
run --db "$db" report annual --year 2025 --format html -o "$T/a.html"
expect_rc 0 "annual html"
checks=$((checks + 1))
grep -q "<p class=\"subtitle\">$stamp</p>" "$T/a.html" || fail "the HTML has no stamp under the title"
run --db "$db" report annual --year 2025 --format pdf -o "$T/a.pdf"
expect_rc 0 "annual pdf"
if command -v pdftotext > /dev/null; then
	pdftotext -f 1 -l 1 "$T/a.pdf" "$T/a1.txt"
	checks=$((checks + 1))
	grep -q "$stamp" "$T/a1.txt" || fail "the PDF's title page has no stamp: $(head -c 400 "$T/a1.txt")"
fi
# The year before is not closed: its report has no stamp.
run --db "$db" report annual --year 2024
checks=$((checks + 1))
grep -q "Fastställd" "$T/out" && fail "2024's annual report claims to be adopted"

# The interim report and the plan of the closed year.
closed="Räkenskapsåret 2025 är stängt: årsredovisningen fastställdes av förbundsstyrelsen 2026-03-12"
run --db "$db" report interim --until 2025-08-31 --format md
expect_rc 0 "interim md"
expect_out "$closed"
run --db "$db" report interim --until 2025-08-31 --format json
expect_json "$T/out" "annual_report_adopted" '"2026-03-12"'
run --db "$db" report plan --year 2025 --format md
expect_rc 0 "plan md"
expect_out "$closed"
run --db "$db" report plan --year 2025 --format json
expect_json "$T/out" "annual_report_adopted" '"2026-03-12"'
checks=$((checks + 1))
python3 -c 'import json,sys; sys.exit("adopted" in json.load(open(sys.argv[1])))' "$T/out" ||
	fail "the plan claims to be adopted itself"

# Reopened, the stamp is gone again.
run --db "$db" year reopen 2025 --reason "Fel i noterna"
expect_rc 0 "reopen"
run --db "$db" report annual --year 2025
checks=$((checks + 1))
grep -q "Fastställd av" "$T/out" && fail "a reopened year's annual report claims to be adopted"
finish
