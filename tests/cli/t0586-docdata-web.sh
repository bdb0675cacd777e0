#!/bin/sh
# The director records in the browser what the documents state beyond the
# books and the texts: the board's decisions on the plan and the interim
# report, the staff, earlier years' key figures and the signed auditors'
# report as a PDF. Each through the command line's use case: refusals
# beside their fields, nothing half stored, and the documents show it.
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/web_lib.sh"
web_demo
web_serve
A="$T/anna"
login anna korvmacka-123 "$A"
expect_code 303 "login anna"

get "/dokument?year=2025" "$A"
expect_code 200 "the page"
for id in adoption-form staff-form history-form history-remove-form auditors-form; do
	expect_body "id=\"$id\""
done
get "/texter?year=2025" "$A"
expect_body 'id="docdata-link" href="/dokument?year=2025"'
expect_body 'Ingen egen text för 2025. Dokumentet skriver i stället utifrån uppgifterna:' "the written texts shown"
expect_body 'Förbundet har ingen egen personal.'
get "/dokument?year=2025" "$A"
t=$(csrf)

# the board's decisions
post "/dokument/beslut?year=2025" "$A" "csrf=$t" plan_date=2024-11-20 interim_date=
expect_code 303 "the plan's decision"
"$FINSAM" --db "$db" report plan --year 2025 > "$T/plan.txt" 2>&1
checks=$((checks + 1))
grep -q "Beslutad av förbundsstyrelsen 2024-11-20" "$T/plan.txt" || fail "the plan does not state the decision"
post "/dokument/beslut?year=2025" "$A" "csrf=$t" plan_date=2024-11-20 interim_date=2099-01-01
expect_code 400 "a decision after today"
expect_body 'id="interim_date-error"'
expect_body 'value="2099-01-01"' "what was typed is kept"
post "/dokument/beslut?year=2025" "$A" "csrf=$t" plan_date= interim_date=
expect_code 303 "decisions removed"
"$FINSAM" --db "$db" report plan --year 2025 > "$T/plan.txt" 2>&1
checks=$((checks + 1))
grep -q "Beslutad av förbundsstyrelsen" "$T/plan.txt" && fail "a removed decision is still stated"

# the staff
post "/dokument/personal?year=2025" "$A" "csrf=$t" employees=2 own_posts=1,5 funded_posts=3 sick_leave=2,4 note=
expect_code 303 "the staff"
get "$(sed -n 's/^Location: //Ip' "$T/head" | tr -d '\r')" "$A"
expect_body '<p class="notice" id="notice" role="status">Personalen är sparad.</p>' "the notice"
"$FINSAM" --db "$db" report annual --year 2025 --draft > "$T/annual.txt" 2>&1
expect_joined_file() {
	checks=$((checks + 1))
	tr '\n' ' ' < "$1" | tr -s ' ' | grep -qF -- "$2" || fail "$3: no '$2'"
}
expect_joined_file "$T/annual.txt" "Förbundet har 2 anställda på sammanlagt 1,5 tjänster. Sjukfrånvaron var 2,4 % av arbetstiden." "the staff in the annual report"
post "/dokument/personal?year=2025" "$A" "csrf=$t" employees=2 own_posts=1,234 funded_posts=3 sick_leave= note=
expect_code 400 "three decimals"
expect_body 'id="own_posts-error"'
expect_body 'value="1,234"'

# earlier years' key figures
post "/dokument/historik?year=2025" "$A" "csrf=$t" history_year=2021 revenue="1 500 000" costs="-1 420 000" \
	result=80000 equity=310000 women=41 men=35 employees=1 source="Årsredovisning 2021"
expect_code 303 "a year's key figures"
get "/dokument?year=2025" "$A"
expect_body 'Årsredovisning 2021'
post "/dokument/historik?year=2025" "$A" "csrf=$t" history_year=2025 revenue=1 costs= result= equity= women= men= \
	employees= source=
expect_code 400 "a year the books hold"
expect_body "kföringen har 2025"
post "/dokument/historik/ta-bort?year=2025" "$A" "csrf=$t" remove_year=2021
expect_code 303 "removed"
"$FINSAM" --db "$db" history list --format json > "$T/h.json"
checks=$((checks + 1))
grep -q '"year": 2021' "$T/h.json" && fail "2021 is still there: $(cat "$T/h.json")"

# the auditors' report as a PDF
"$FINSAM" --db "$db" report statements --year 2025 --format pdf -o "$T/rb.pdf" || fail "a PDF to attach"
get "/dokument?year=2025" "$A"
t=$(csrf)
upload "/dokument/revisionsberattelse?year=2025" "$A" "$t" "$T/rb.pdf"
expect_code 303 "attached"
get "/dokument?year=2025" "$A"
expect_body 'Bifogad: rb.pdf.'
printf 'inte en pdf' > "$T/fel.pdf"
upload "/dokument/revisionsberattelse?year=2025" "$A" "$t" "$T/fel.pdf"
expect_code 400 "not a PDF"
expect_body 'fel.pdf: filen är inte en PDF som går att läsa'
expect_no_body 'finsam-upload-' "no temporary path"
"$FINSAM" --db "$db" report annual --year 2025 --draft --format pdf -o "$T/a.pdf" || fail "the annual report"
if command -v qpdf >/dev/null 2>&1; then
	pages=$(qpdf --show-npages "$T/a.pdf")
	extra=$(qpdf --show-npages "$T/rb.pdf")
	post "/dokument/revisionsberattelse/ta-bort?year=2025" "$A" "csrf=$t"
	expect_code 303 "detached"
	"$FINSAM" --db "$db" report annual --year 2025 --draft --format pdf -o "$T/b.pdf" || fail "the annual report"
	checks=$((checks + 1))
	[ "$pages" -eq $(($(qpdf --show-npages "$T/b.pdf") + extra)) ] ||
		fail "the attached PDF's $extra pages do not end the annual report ($pages pages)"
	checks=$((checks + 1))
	qpdf --check "$T/a.pdf" > "$T/check.txt" 2>&1 || fail "the annual report with its attachment: $(cat "$T/check.txt")"
fi

# only the director
B="$T/bo"
login bo korvmacka-123 "$B"
get "/dokument?year=2025" "$B"
expect_code 403 "the board may not"
post "/dokument/personal?year=2025" "$A" employees=9
expect_code 403 "no CSRF token"
finish
