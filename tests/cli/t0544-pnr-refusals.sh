# Whether a personal identity number is registered is protected: every
# refusal because the person already exists is written to the audit log
# (without the number), and after five of them within ten minutes a user
# may give no more numbers for a while, through the command line, the
# registrar's form and a participant list (the command line's and the
# web's import) alike.
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/web_lib.sh"
web_demo

# add CODE PNR: a participant added on the command line with a number
add() {
	echo "$2" | "$FINSAM" --db "$db" participant add "$1" --sex man --born "$(echo "$2" | cut -c1-4)" --pnr-stdin \
		> "$T/out" 2> "$T/err"
	rc=$?
}

add P001 "19121212-1212"
expect_rc 0 "the first with the number"
for i in 1 2 3 4 5; do
	add "P10$i" "19121212-1212"
	expect_rc 2 "the same person, attempt $i"
	expect_err "finns redan som deltagare P001"
done
add P200 "19900101-0017"
expect_rc 2 "a sixth number within ten minutes"
expect_err "Av integritetsskäl kan du inte ange fler personnummer just nu"
expect_err "5 gånger de senaste 10 minuterna"
run --db "$db" participant add P201 --sex man --born 1990
expect_rc 0 "a participant without a number is still added"

run --db "$db" audit --format json
expect_rc 0 "the audit log"
checks=$((checks + 1))
[ "$(grep -o '"personnummer fanns redan"' "$T/out" | wc -l)" = 5 ] || fail "five refusals logged: $(cat "$T/out")"
checks=$((checks + 1))
! grep -Eq "19121212|121212-?1212" "$T/out" || fail "the number is in the log"

# The registrar's form: the same use case, counted per user.
web_serve
login rita "korvmacka-123" "$T/rita"
expect_code 303 "login rita"
pnr="20030312-1230"
get /deltagare/ny "$T/rita"
post /deltagare/ny "$T/rita" "csrf=$(csrf)" "code=W100" "pnr=$pnr" "sex=kvinna" "born=2003" \
	"education=gymnasial" "insats=2" "date=2025-03-01" "support_before=okänd" "time_in_support=ingen"
expect_code 303 "registration"
for i in 1 2 3 4 5; do
	get /deltagare/ny "$T/rita"
	post /deltagare/ny "$T/rita" "csrf=$(csrf)" "code=W20$i" "pnr=$pnr" "sex=kvinna" "born=2003" \
		"education=gymnasial" "insats=2" "date=2025-03-01" "support_before=okänd" "time_in_support=ingen"
	expect_code 400 "the same person, form $i"
	expect_body "finns redan i registret"
done
get /deltagare/ny "$T/rita"
post /deltagare/ny "$T/rita" "csrf=$(csrf)" "code=W300" "pnr=20040312-1239" "sex=kvinna" "born=2004" \
	"education=gymnasial" "insats=2" "date=2025-03-01" "support_before=okänd" "time_in_support=ingen"
expect_code 400 "a sixth number from the form"
expect_body "Av integritetsskäl kan du inte ange fler personnummer just nu"
expect_body 'id="pnr-error"'
expect_no_body "1239" "the number is not written back"
run --db "$db" audit --format json
checks=$((checks + 1))
[ "$(grep -o '"personnummer fanns redan"' "$T/out" | wc -l)" = 10 ] || fail "ten refusals logged"

# A participant list is no way around it: each row whose number is a
# registered participant's counts and is logged after the list is refused,
# and beyond the limit no row says whose number it is. A number twice in
# the same file tells nothing of the register, and counts nothing.
head='deltagare;personnummer;insats;kön;födelseår;utbildning;inskriven;försörjning före;tid i försörjning'
row() { echo "$1;$2;Unga i arbete;kvinna;$(echo "$2" | cut -c1-4);gymnasial;2025-03-01;okänd;ingen"; }
{ echo "$head"; row L001 "20050101-0003"; row L002 "20050101-0003"; } > "$T/twice.csv"
login anna "korvmacka-123" "$T/anna"
get /deltagare/import "$T/anna"
upload /deltagare/import "$T/anna" "$(csrf)" "$T/twice.csv"
expect_code 400 "the same new person twice in a list"
expect_body "L002 är samma person som L001 längre upp i filen"
{ echo "$head"; for i in 1 2 3 4 5 6 7; do row "L10$i" "20030312-1230"; done; } > "$T/probe.csv"
get /deltagare/import "$T/anna"
upload /deltagare/import "$T/anna" "$(csrf)" "$T/probe.csv"
expect_code 400 "a list of registered numbers"
checks=$((checks + 1))
[ "$(grep -o 'är samma person som W100' "$T/body" | wc -l)" = 5 ] ||
	fail "five rows answered before the limit: $(grep -o 'rad [0-9]*: [^<]*' "$T/body")"
expect_body "rad 7: Du har fått svaret att personen redan finns 5 gånger"
expect_body "rad 8: Du har fått svaret att personen redan finns 5 gånger"
get /deltagare/L101 "$T/anna"
expect_code 404 "nothing of the list stored"
run --db "$db" audit --format json
checks=$((checks + 1))
[ "$(grep -o '"personnummer fanns redan"' "$T/out" | wc -l)" = 15 ] || fail "fifteen refusals logged"
expect_out "vägrades vid inläsning av en deltagarlista"
# The command line's user is over the limit: its import answers no row.
{ echo "$head"; row L201 "20030312-1230"; row L202 "20060101-0002"; } > "$T/cli.csv"
run --db "$db" import participants "$T/cli.csv"
expect_rc 2 "an import by a user over the limit"
expect_err "rad 2: Du har fått svaret att personen redan finns"
expect_err "rad 3: Du har fått svaret att personen redan finns"
checks=$((checks + 1))
! grep -q "W100" "$T/err" || fail "the command line's import says whose number it is"

finish
