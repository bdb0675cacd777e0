# The three CSV uploads of the web (a participant list, survey answers, a
# budget) with more bad rows than the command line's message lists: the
# page lists every one with its line under the file's own name, and
# nothing of the file is stored, its good rows neither. A budget with more
# bad rows than any page should hold lists the first 10 000 and says how
# many more there are.
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/web_lib.sh"
web_demo
web_serve

A="$T/anna"
login anna korvmacka-123 "$A"
sql() {
	db_sql "$db" "$1"
}
# upload PATH FORM-PAGE FILE NAME [FIELD=VALUE]: the file sent as NAME
# with the form of FORM-PAGE's CSRF token.
upload() {
	get "$2" "$A"
	code=$(curl -s -D "$T/head" -o "$T/body" -w '%{http_code}' -b "$A" -c "$A" -F "csrf=$(csrf)" \
		-F "file=@$3;type=text/csv;filename=$4" ${5:+-F "$5"} "$base$1")
}
# every_line NAME FROM TO: each line FROM..TO listed once as an item of
# the page's list of errors, and no other.
every_line() {
	checks=$((checks + 1))
	want=$(seq "$2" "$3" | tr '\n' ' ')
	got=$(sed -n "s/^<li>$1, rad \([0-9]*\): .*/\1/p" "$T/body" | tr '\n' ' ')
	[ "$got" = "$want" ] || fail "$1: the lines listed are '$got', not '$want'"
}

# ---- a participant list: 30 bad rows between two good ones ----
{
	echo 'deltagare;insats;kön;födelseår;utbildning;inskriven;försörjning före;tid i försörjning'
	echo 'W001;Unga i arbete;kvinna;2003;gymnasial;2025-09-01;försörjningsstöd;ingen'
	i=1
	while [ "$i" -le 30 ]; do
		printf 'W1%02d;Unga i arbete;annat;2003;gymnasial;2025-09-01;försörjningsstöd;ingen\n' "$i"
		i=$((i + 1))
	done
	echo 'W002;Unga i arbete;man;2004;gymnasial;2025-09-01;försörjningsstöd;ingen'
} > "$T/people.csv"
before=$(sql "SELECT count(*) FROM participant")
upload /deltagare/import /deltagare/import "$T/people.csv" deltagare-fel.csv
expect_code 400 "a participant list with 30 bad rows"
expect_body '<div class="error-summary" id="import-errors" role="alert"'
expect_body "<h2>Ingenting sparades</h2>"
expect_body "30 rader i deltagare-fel.csv är felaktiga; ingenting sparades:"
expect_body "<li>deltagare-fel.csv, rad 3: okänt värde för kön: &#39;annat&#39;"
every_line deltagare-fel.csv 3 32
expect_no_body "finsam-upload-" "no temporary path"
checks=$((checks + 1))
[ "$(sql "SELECT count(*) FROM participant")" = "$before" ] || fail "a participant of the bad list was stored"
checks=$((checks + 1))
[ "$(sql "SELECT count(*) FROM participant WHERE code IN ('W001', 'W002')")" = 0 ] || fail "the good rows were stored"

# ---- survey answers: 28 bad lines of 30 ----
{
	echo 'år;grupp;fråga;frågetext;kön;insats;1;2;3;4;5;6'
	echo '2025;personal;C1;Tas deltagarnas erfarenheter till vara?;kvinna;;0;1;3;8;6;4'
	i=1
	while [ "$i" -le 28 ]; do
		printf '2025;personal;C%d;Fråga %d;kvinna;;0;1;x%d;8;6;4\n' "$((i + 1))" "$i" "$i"
		i=$((i + 1))
	done
	echo '2025;personal;C99;Sista frågan;man;;0;1;3;8;6;4'
} > "$T/survey.csv"
before=$(sql "SELECT count(*) FROM survey_answer")
upload /inlasning/enkater /inlasning "$T/survey.csv" enkat-fel.csv
expect_code 400 "survey answers with 28 bad lines"
expect_body '<div class="error-summary" id="survey-errors" role="alert"'
expect_body "28 rader i enkat-fel.csv är felaktiga; ingenting sparades:"
expect_body "<li>enkat-fel.csv, rad 3: antalet för steg 3 är inget heltal: &#39;x1&#39;</li>"
expect_body "<li>enkat-fel.csv, rad 30: antalet för steg 3 är inget heltal: &#39;x28&#39;</li>"
every_line enkat-fel.csv 3 30
checks=$((checks + 1))
[ "$(sql "SELECT count(*) FROM survey_answer")" = "$before" ] || fail "survey answers of the bad file were stored"

# ---- a budget: 40 bad rows, then 10 005 ----
{
	echo 'år;typ;grupp;rad;belopp'
	echo '2026;kostnad;Insatser;Steget vidare;700 000'
	i=1
	while [ "$i" -le 40 ]; do
		printf '2026;kostnad;Insatser;Rad %d;mycket\n' "$i"
		i=$((i + 1))
	done
} > "$T/budget.csv"
before=$(sql "SELECT count(*) FROM budget")
upload /budget/import /budget/import "$T/budget.csv" budget-fel.csv
expect_code 400 "a budget with 40 bad rows"
expect_body '<div class="error-summary" id="import-errors" role="alert"'
expect_body "40 rader i budget-fel.csv är felaktiga; ingenting sparades:"
every_line budget-fel.csv 3 42
expect_no_body 'id="import-errors-more"' "no rows left out"
checks=$((checks + 1))
[ "$(sql "SELECT count(*) FROM budget")" = "$before" ] || fail "a budget of the bad file was stored"
python3 -c 'import sys
with open(sys.argv[1], "w") as f:
    f.write("år;typ;grupp;rad;belopp\n")
    for i in range(10005):
        f.write("20x%d;kostnad;Insatser;Rad;1\n" % i)
' "$T/huge.csv"
upload /budget/import /budget/import "$T/huge.csv" stor.csv
expect_code 400 "a budget with 10 005 bad rows"
expect_body "10005 rader i stor.csv är felaktiga; ingenting sparades:"
every_line stor.csv 2 10001
expect_body '<p id="import-errors-more">Listan visar de första 10 000 av filens 10 005 fel.'
checks=$((checks + 1))
[ "$(sql "SELECT count(*) FROM budget")" = "$before" ] || fail "a budget of the huge file was stored"

finish
