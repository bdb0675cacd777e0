# Whether a personal identity number is registered is protected: every
# refusal because the person already exists is written to the audit log
# (without the number), and after five of them within ten minutes a user
# may give no more numbers for a while, through the command line and
# through the registrar's form alike.
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
! grep -q "1212" "$T/out" || fail "the number is in the log"

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

finish
