# The published documents and the checks: the demo förbund's annual
# report, interim report and plan are written while every check holds
# ("draft": false); once the cash account 1930 is mapped to no line of the
# statements, `check` fails and the three documents are refused (exit 1,
# the failing checks on stderr, no file written), unless --draft is given:
# then the mark "UTKAST – kontrollen visar fel" is at the top of the text,
# Markdown and CSV, in the HTML title and banner, on every page of the PDF
# (page count against occurrences), in the first row of every XLSX sheet,
# and the JSON has "draft": true with the failing checks' ids. Mapping the
# account back makes the documents final again.
. "$SRC/tests/cli/lib.sh"
db="$T/demo.db"
mark="UTKAST – kontrollen visar fel"

"$FINSAM" --db "$db" demo > /dev/null 2>&1 || { echo "demo failed"; exit 1; }
sh "$SRC/examples/norrdalen.sh" "$FINSAM" "$db" || { echo "norrdalen.sh failed"; exit 1; }

# Every check holds: final documents.
run --db "$db" check --year 2025
expect_rc 0 "check of the demo"
run --db "$db" report annual --year 2025 --format json -o "$T/final.json"
expect_rc 0 "annual report"
expect_json "$T/final.json" draft false
checks=$((checks + 1))
! grep -q '"failing_checks"' "$T/final.json" || fail "a final document lists failing checks"
run --db "$db" report annual --year 2025
expect_rc 0 "annual report as text"
checks=$((checks + 1))
! grep -qF "UTKAST" "$T/out" || fail "a final annual report carries the draft mark"
run --db "$db" report interim --year 2025 --format json
expect_rc 0 "interim report"
cp "$T/out" "$T/interim-final.json"
expect_json "$T/interim-final.json" draft false
run --db "$db" report plan --year 2025 --format json
expect_rc 0 "plan"
cp "$T/out" "$T/plan-final.json"
expect_json "$T/plan-final.json" draft false
# A report that is no published document says nothing of drafts.
run --db "$db" report statements --year 2025 --format json
checks=$((checks + 1))
! grep -q '"draft"' "$T/out" || fail "report statements has a draft key"

# The cash account on no line: the checks fail.
run --db "$db" accounts map 1930 none
expect_rc 0 "accounts map 1930 none"
run --db "$db" check --year 2025
expect_rc 1 "check with 1930 unmapped"
expect_out "konto 1930"
expect_out "599 177,03 kr"
expect_joined "finsam accounts map 1930 RAD"

# Refused: exit 1, the failing checks listed, nothing written.
run --db "$db" report annual --year 2025 --format pdf -o "$T/refused.pdf"
expect_rc 1 "annual report while a check fails"
expect_err "Årsredovisning 2025 skrivs inte: kontrollen av 2025 visar fel"
expect_err "[FEL] Varje konto med belopp finns i resultat- eller balansräkningen (accounts_mapped)"
expect_err "[FEL] Balansräkningen balanserar (balance_sheet)"
expect_err "konto 1930"
expect_err "--draft"
expect_no_file "$T/refused.pdf"
checks=$((checks + 1))
! grep -qF "[FEL] Varje verifikation balanserar" "$T/err" || fail "a check that holds is listed as failing"
run --db "$db" report interim --year 2025 -o "$T/refused-interim.txt"
expect_rc 1 "interim report while a check fails"
expect_err "(accounts_mapped)"
expect_no_file "$T/refused-interim.txt"
run --db "$db" report plan --year 2025
expect_rc 1 "plan while a check fails"
expect_err "(accounts_mapped)"
# A plan ahead of the books rests on the latest year's books.
printf 'år;typ;grupp;rad;belopp;konton;objekt\n2026;intäkt;Parternas insats;Driftbidrag;1 500 000;3010-3039;\n2026;kostnad;Insatser;Steget vidare;-700 000;4010;6:1\n' \
	> "$T/budget-2026.csv"
run --db "$db" budget import "$T/budget-2026.csv"
expect_rc 0 "budget 2026"
run --db "$db" report plan --year 2026
expect_rc 1 "plan 2026 while a check of 2025 fails"
expect_err "kontrollen av 2025 visar fel"
# A report that is no published document is written as before.
run --db "$db" report statements --year 2025
expect_rc 0 "statements while a check fails"

# Drafts, in every format.
run --db "$db" report annual --year 2025 --draft
expect_rc 0 "annual draft as text"
checks=$((checks + 1))
[ "$(head -n 1 "$T/out")" = "$mark" ] || fail "text draft: first line is '$(head -n 1 "$T/out")'"
expect_out "Kontroller som visar fel: Balansräkningen balanserar"
expect_out "Årsredovisning 2025"

run --db "$db" report annual --year 2025 --draft --format md
expect_rc 0 "annual draft as Markdown"
checks=$((checks + 1))
head -n 1 "$T/out" | grep -qF "**$mark**" || fail "md draft: first line is '$(head -n 1 "$T/out")'"

run --db "$db" report annual --year 2025 --draft --format csv
expect_rc 0 "annual draft as CSV"
checks=$((checks + 1))
[ "$(head -n 1 "$T/out" | tr -d '\r')" = "$mark" ] || fail "csv draft: first row is '$(head -n 1 "$T/out")'"

run --db "$db" report annual --year 2025 --draft --format json -o "$T/draft.json"
expect_rc 0 "annual draft as JSON"
expect_json "$T/draft.json" draft true
checks=$((checks + 1))
python3 -c 'import json,sys
d = json.load(open(sys.argv[1]))
assert list(d)[0] == "draft", list(d)[:3]
assert "accounts_mapped" in d["failing_checks"] and "balance_sheet" in d["failing_checks"], d["failing_checks"]
assert "verifications" not in d["failing_checks"]' "$T/draft.json" || fail "draft JSON: draft first, failing_checks"

run --db "$db" report annual --year 2025 --draft --format html -o "$T/draft.html"
expect_rc 0 "annual draft as HTML"
checks=$((checks + 1))
grep -qF "<title>$mark: Årsredovisning 2025</title>" "$T/draft.html" || fail "html draft title: $(grep -o '<title>[^<]*' "$T/draft.html")"
checks=$((checks + 1))
grep -qF "id=\"draft-mark\" role=\"alert\">$mark<span>Kontroller som visar fel:" "$T/draft.html" ||
	fail "html draft: no banner"

if command -v pdftotext >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1; then
	run --db "$db" report annual --year 2025 --draft --format pdf -o "$T/draft.pdf"
	expect_rc 0 "annual draft as PDF"
	pages=$(pdfinfo "$T/draft.pdf" | awk '/^Pages:/ { print $2 }')
	marks=$(pdftotext "$T/draft.pdf" - | grep -cF "$mark")
	checks=$((checks + 1))
	[ "${pages:-0}" -gt 3 ] && [ "$marks" = "$pages" ] || fail "PDF draft: $marks marks on $pages pages"
	# Page by page, each one.
	p=1
	while [ "$p" -le "${pages:-0}" ]; do
		checks=$((checks + 1))
		pdftotext -f "$p" -l "$p" "$T/draft.pdf" - | grep -qF "$mark" || fail "PDF draft: page $p has no mark"
		p=$((p + 1))
	done
	checks=$((checks + 1))
	title=$(pdfinfo "$T/draft.pdf" | sed -n 's/^Title: *//p')
	[ "$title" = "$mark: Årsredovisning 2025" ] || fail "PDF draft title: $title"
fi

run --db "$db" report annual --year 2025 --draft --format xlsx -o "$T/draft.xlsx"
expect_rc 0 "annual draft as XLSX"
python3 "$SRC/tests/cli/xlsx_read.py" "$T/draft.xlsx" sheets > "$T/sheets" || fail "XLSX draft: no sheets"
n=0
while IFS= read -r sheet; do
	n=$((n + 1))
	checks=$((checks + 1))
	python3 "$SRC/tests/cli/xlsx_read.py" "$T/draft.xlsx" rows "$sheet" > "$T/rows" 2>&1
	head -n 1 "$T/rows" | grep -qF "s:$mark" || fail "XLSX draft: sheet '$sheet' starts '$(head -n 1 "$T/rows")'"
done < "$T/sheets"
checks=$((checks + 1))
[ "$n" -gt 5 ] || fail "XLSX draft: only $n sheets"

run --db "$db" report interim --year 2025 --draft --format json
expect_rc 0 "interim draft"
cp "$T/out" "$T/interim-draft.json"
expect_json "$T/interim-draft.json" draft true
run --db "$db" report interim --until 2025-06-30 --draft
expect_rc 0 "interim draft as text"
checks=$((checks + 1))
[ "$(head -n 1 "$T/out")" = "$mark" ] || fail "interim text draft: first line '$(head -n 1 "$T/out")'"
run --db "$db" report plan --year 2026 --draft --format html -o "$T/plan.html"
expect_rc 0 "plan draft"
checks=$((checks + 1))
grep -qF "<title>$mark: Verksamhetsplan och budget 2026</title>" "$T/plan.html" || fail "plan draft title"

# The help says how.
run report annual --help
expect_out "--draft"
expect_out "$mark"

# Put right: final again.
run --db "$db" accounts map 1930 cash_and_bank
expect_rc 0 "accounts map 1930 cash_and_bank"
run --db "$db" check --year 2025
expect_rc 0 "check once 1930 is mapped"
run --db "$db" report annual --year 2025 --draft --format json -o "$T/again.json"
expect_rc 0 "annual report with --draft when nothing fails"
expect_json "$T/again.json" draft false
run --db "$db" report annual --year 2025
expect_rc 0 "annual report once put right"
checks=$((checks + 1))
! grep -qF "UTKAST" "$T/out" || fail "the annual report put right still carries the mark"

finish
