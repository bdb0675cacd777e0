# A personal identity number a person puts in the wrong field or column
# (the participant code, a name, the year of birth, the file's name) never
# appears in a message: on standard error or on the web's import page it
# is "(personnummer dolt)", whether its check digit holds or not. An
# organisation number is shown as it is.
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/web_lib.sh"

# no_pnr FILE WHAT: FILE holds none of the numbers used here, in any form.
no_pnr() {
	checks=$((checks + 1))
	! grep -qE '121212[-+]?1212|19900101-?0018|701063-?2391|12121212' "$1" ||
		fail "$2: a personal identity number is shown: $(grep -E '1212|0018|2391' "$1" | head -3)"
}

web_demo
run --db "$db" participant add "A1 19121212-1212" --sex kvinna --born 1990
expect_rc 2 "a code with a number in it"
expect_err "deltagarkoden 'A1 (personnummer dolt)' får bara ha"
no_pnr "$T/err" "participant add"
run --db "$db" participant show 19900101-0018
expect_rc 2 "show a number with a wrong check digit"
expect_err "(personnummer dolt)"
no_pnr "$T/err" "participant show"
run --db "$db" participant enrol N001 --insats "Steget 19701063-2391" --date 2025-02-01
expect_rc 2 "an intervention with a co-ordination number in its name"
expect_err "(personnummer dolt)"
no_pnr "$T/err" "participant enrol"

list="$T/lista-19121212-1212.csv"
{
	echo 'deltagare;insats;kön;födelseår;utbildning;inskriven;försörjning före;tid i försörjning'
	echo '19121212-1212;Unga i arbete;kvinna;2003;gymnasial;2025-09-01;försörjningsstöd;ingen'
	echo 'W002;Unga i arbete;kvinna;121212-1212;gymnasial;2025-09-01;försörjningsstöd;ingen'
	echo 'W003;Unga i arbete 1912121212 12;kvinna;2003;gymnasial;2025-09-01;försörjningsstöd;ingen'
	echo 'W004;Unga i arbete;199001010018;2003;gymnasial;2025-09-01;försörjningsstöd;ingen'
} > "$list"
run --db "$db" import participants "$list"
expect_rc 2 "a list with numbers in the wrong columns"
expect_err "4 rader i $T/lista-(personnummer dolt).csv är felaktiga"
expect_err "ogiltigt födelseår '(personnummer dolt)'"
no_pnr "$T/err" "import participants"

# An organisation number is no personal identity number.
run --db "$T/other.db" init --name "Samordningsförbundet Annat" --orgnr 222000-1990
run --db "$T/other.db" import sie "$SRC/examples/norrdalen-2024.se"
expect_rc 2 "the books of another association"
expect_err "222000-1990"

# The web's import page: the list's rows and its name.
web_serve
A="$T/anna"
login anna korvmacka-123 "$A"
get /deltagare/import "$A"
code=$(curl -s -D "$T/head" -o "$T/body" -w '%{http_code}' -b "$A" -c "$A" -F "csrf=$(csrf)" \
	-F "file=@$list;type=text/csv;filename=lista-19121212-1212.csv" "$base/deltagare/import")
expect_code 400 "the import page refuses the list"
expect_body "lista-(personnummer dolt).csv, rad 3: ogiltigt födelseår"
expect_body "4 rader i lista-(personnummer dolt).csv är felaktiga"
no_pnr "$T/body" "the import page"
get /deltagare/19121212-1212 "$A"
expect_code 404 "a participant page by number"
no_pnr "$T/body" "a participant page by number"
finish
