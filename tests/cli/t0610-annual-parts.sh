#!/bin/sh
# The annual report's parts beyond the books: a five-year overview of five
# years with earlier years from the history (marked) and the year's
# individual participants and employees; each intervention's status and
# results; the signature page with members and deputies paired; the
# auditors' signed PDF appended; and the young band as the förbund counts
# it.
. "$SRC/tests/cli/lib.sh"
db="$T/demo.db"
FINSAM_TODAY=2026-03-15
export FINSAM_TODAY
for tool in qpdf python3; do
	command -v "$tool" > /dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
done

run --db "$db" demo
expect_rc 0 "demo"

# json_get FILE EXPR: prints the Python expression EXPR of the JSON d in FILE.
json_get() {
	python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
print(json.dumps(eval(sys.argv[2]), ensure_ascii=False))' "$1" "$2"
}

# expect_value FILE EXPR VALUE [WHAT]
expect_value() {
	checks=$((checks + 1))
	got=$(json_get "$1" "$2")
	[ "$got" = "$3" ] || fail "${4:-$2}: $got, expected $3"
}

# ---- the five-year overview ----
run --db "$db" history set 2021 --revenue "1 400 000" --costs "-1 300 000" --result "100 000" --equity "250 000" \
	--women 30 --men 3 --employees 2 --source "Årsredovisning 2021"
expect_rc 0 "history 2021"
run --db "$db" history set 2022 --revenue "1 450 000" --equity "300 000"
expect_rc 0 "history 2022"
run --db "$db" staff set 2025 --employees 2
expect_rc 0 "staff 2025"

# Participants of 2025: four women and two men, one woman in two
# interventions (counted once), and one enrolled at 15.
run --db "$db" insats add "Steget vidare" --kind individinriktad --from 2024-01-01 --to 2026-12-31
expect_rc 0 "insats add"
run --db "$db" insats add "Unga vuxna" --kind individinriktad --from 2025-01-01
expect_rc 0 "second insats"
cat > "$T/p.csv" <<'EOF'
deltagare;insats;kön;födelseår;utbildning;inskriven;försörjning före;tid i försörjning;avslutad;avslutsorsak;försörjning efter
A1;Steget vidare;kvinna;1990;gymnasial;2025-02-01;försörjningsstöd;1-2 år;;;
A1;Unga vuxna;kvinna;1990;gymnasial;2025-05-01;försörjningsstöd;1-2 år;;;
A2;Steget vidare;kvinna;1985;gymnasial;2025-02-01;sjukpenning;1-2 år;;;
A3;Steget vidare;kvinna;1980;gymnasial;2025-03-01;sjukpenning;1-2 år;;;
A4;Unga vuxna;kvinna;2010;förgymnasial;2025-04-01;ingen offentlig försörjning;ingen;;;
A5;Steget vidare;man;1975;gymnasial;2025-02-01;sjukpenning;1-2 år;;;
A6;Steget vidare;man;1970;gymnasial;2025-02-01;sjukpenning;1-2 år;;;
EOF
run --db "$db" import participants "$T/p.csv" --force
expect_rc 0 "import participants"

run --db "$db" report annual --year 2025 --draft
expect_rc 0 "annual"
cp "$T/out" "$T/a.txt"
expect_out "2022 *"
expect_out "2021 *"
expect_joined "* Uppgifterna för 2021 och 2022 är hämtade ur tidigare årsredovisningar"
expect_joined "Det finns varken bokföring eller nyckeltal från tidigare årsredovisningar för 2023."
expect_out "Deltagare, kvinnor"
expect_out "Anställda"
checks=$((checks + 1))
grep "^Verksamhetens intäkter" "$T/a.txt" | grep -q "1 450 000 *1 400 000$" || fail "history revenue not in the overview"

run --db "$db" report annual --year 2025 --format json --draft
expect_rc 0 "annual json"
cp "$T/out" "$T/a.json"
expect_value "$T/a.json" "[r['year'] for r in d['five_year_overview']]" "[2025, 2024, 2023, 2022, 2021]" "five years"
expect_value "$T/a.json" "[r['source'] for r in d['five_year_overview']]" '["books", "books", null, "history", "history"]'
expect_value "$T/a.json" "d['five_year_overview'][3]['revenue']" 145000000
expect_value "$T/a.json" "d['five_year_overview'][3]['expenses']" null "a figure the history does not have"
expect_value "$T/a.json" "d['five_year_overview'][4]['solidity']" null "no solidity from the history"
expect_value "$T/a.json" "d['five_year_overview'][4]['women']" 30
expect_value "$T/a.json" "d['five_year_overview'][4]['men']" '"<5"' "a small count protected"
expect_value "$T/a.json" "d['five_year_overview'][4]['employees']" 2
expect_value "$T/a.json" "d['five_year_overview'][0]['women']" '"<5"' "four women, each once"
expect_value "$T/a.json" "d['five_year_overview'][0]['employees']" 2 "employees from the staff"
expect_value "$T/a.json" "d['five_year_overview'][1]['women']" 0 "a year of the books without participants"
expect_value "$T/a.json" "d['five_year_overview'][2]['revenue']" null "a year of neither"
# Unprotected, the counts are exact: four women (one in two interventions), two men.
run --db "$db" setting set min-cell 2
expect_rc 0 "min-cell 2"
run --db "$db" report annual --year 2025 --format json --draft
cp "$T/out" "$T/b.json"
expect_value "$T/b.json" "[d['five_year_overview'][0]['women'], d['five_year_overview'][0]['men']]" "[4, 2]" \
	"each person once"
run --db "$db" setting set min-cell 5
expect_rc 0 "min-cell back"

# ---- interventions: status and results ----
printf '## Lärdomar\n\nTidiga möten gav **fler** i arbete.\n' > "$T/res.md"
run --db "$db" insats status "Steget vidare" avslutad --year 2025
expect_rc 0 "insats status"
run --db "$db" insats results "Steget vidare" "$T/res.md" --year 2025
expect_rc 0 "insats results"
run --db "$db" report annual --year 2025 --draft
expect_out "Status vid årets slut: avslutad"
expect_out "Status vid årets slut: pågående"
expect_out "Resultat och lärdomar"
expect_out "Tidiga möten gav fler i arbete."
run --db "$db" report annual --year 2025 --format json --draft
cp "$T/out" "$T/c.json"
expect_value "$T/c.json" "[(r['name'], r['status']) for r in d['interventions']]" \
	'[["Steget vidare", "ended"], ["Unga vuxna", "running"]]'
expect_value "$T/c.json" "d['interventions'][0]['results']" '"## Lärdomar\n\nTidiga möten gav **fler** i arbete.\n"'
expect_value "$T/c.json" "d['interventions'][1]['results']" '""'

# ---- the signature page ----
for m in "Eva Lind|ordförande|Dalby kommun" "Per Ek|ersättare|Dalby kommun" "Kim Berg|ledamot|Försäkringskassan" \
	"Mia Ström|ersättare|Åsby kommun"; do
	IFS='|' read -r name role by <<EOF
$m
EOF
	run --db "$db" board add "$name" --year 2025 --role "$role" --appointed-by "$by"
	expect_rc 0 "board add $name"
done
run --db "$db" report annual --year 2025 --draft
expect_out "Vi intygar att årsredovisningen ger en rättvisande bild"
expect_out "Dalby den ____"
checks=$((checks + 1))
grep -q "^Eva Lind  *Per Ek$" "$T/out" || fail "the chair is not beside her deputy"
checks=$((checks + 1))
grep -q "^Ordförande, Dalby kommun  *Ersättare, Dalby kommun$" "$T/out" || fail "roles not paired"
checks=$((checks + 1))
grep -q "^Kim Berg$" "$T/out" || fail "a member without a deputy is alone on the line"
checks=$((checks + 1))
grep -q "^  *Mia Ström$" "$T/out" || fail "an unpaired deputy is not in the deputies' column"

# ---- the auditors' report as a PDF ----
run --db "$db" member list --format pdf -o "$T/rev.pdf"
expect_rc 0 "a small PDF"
run --db "$db" report annual --year 2025 --format pdf -o "$T/a1.pdf" --draft
expect_rc 0 "annual pdf"
before=$(qpdf --show-npages "$T/a1.pdf")
extra=$(qpdf --show-npages "$T/rev.pdf")
run --db "$db" text attach auditors_report --year 2025 "$T/rev.pdf"
expect_rc 0 "attach"
expect_out "Bifogade revisionsberättelsen för 2025"
run --db "$db" report annual --year 2025 --format pdf -o "$T/a2.pdf" --draft
expect_rc 0 "annual pdf with the auditors' report"
checks=$((checks + 1))
[ "$(qpdf --show-npages "$T/a2.pdf")" = $((before + extra)) ] ||
	fail "pages: $(qpdf --show-npages "$T/a2.pdf"), expected $before + $extra"
checks=$((checks + 1))
qpdf --check "$T/a2.pdf" > "$T/check" 2>&1 || fail "qpdf --check: $(head -c 400 "$T/check")"
run --db "$db" report annual --year 2025 --draft
expect_joined "Revisorernas undertecknade revisionsberättelse (rev.pdf) följer som bilaga"
run --db "$db" report annual --year 2025 --format json --draft
cp "$T/out" "$T/d.json"
expect_value "$T/d.json" "d['auditors_report_attached']" '"rev.pdf"'
echo "inte en pdf" > "$T/rev.txt"
run --db "$db" text attach auditors_report --year 2025 "$T/rev.txt"
expect_rc 2 "a file that is not a PDF"
expect_err "är inte en PDF"
run --db "$db" text attach chair --year 2025 "$T/rev.pdf"
expect_rc 2 "only the auditors' report is attached"
expect_err "bara revisionsberättelsen"
run --db "$db" text detach auditors_report --year 2025
expect_rc 0 "detach"
run --db "$db" text detach auditors_report --year 2025
expect_rc 2 "detach twice"
expect_err "det finns ingen bifogad revisionsberättelse för 2025"
run --db "$db" report annual --year 2025 --format json --draft
cp "$T/out" "$T/e.json"
expect_value "$T/e.json" "d['auditors_report_attached']" null
run --db "$db" audit --format json
expect_out "bifoga revisionsberättelse"

# ---- the young band ----
run --db "$db" report participants --year 2025
expect_out "16–29 år"
run --db "$db" report participants --year 2025 --format json --unprotected
cp "$T/out" "$T/p1.json"
expect_json "$T/p1.json" by_age.young.enrolled.total 0
run --db "$db" setting set young-from 15
expect_rc 0 "young from 15"
run --db "$db" report participants --year 2025 --unprotected
expect_out "15–29 år"
expect_out "15–19 år"
run --db "$db" report participants --year 2025 --format json --unprotected
cp "$T/out" "$T/p2.json"
expect_json "$T/p2.json" by_age.young.enrolled.total 1
expect_json "$T/p2.json" by_age_band.15-19.enrolled.total 1

# ---- a closed year ----
run --db "$db" year close 2025 --adopted 2026-03-10
run --db "$db" year list --format json
checks=$((checks + 1))
grep -q '2026-03-10' "$T/out" || fail "the year was not closed: $(head -c 300 "$T/err")"
run --db "$db" text attach auditors_report --year 2025 "$T/rev.pdf"
expect_rc 2 "attach to a closed year"
expect_err "stängt"
run --db "$db" report annual --year 2025 --draft
expect_out "Dalby den 2026-03-10"

# ---- help ----
for cmd in "text attach" "text detach"; do
	# shellcheck disable=SC2086
	run $cmd --help
	expect_rc 0 "$cmd --help"
done
finish
