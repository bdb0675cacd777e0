# A participant code the web's pages under /deltagare/ use for themselves
# ("ny", "import"), or "." and "..", would give a participant whose page
# cannot be reached: it is refused, in any case, with the reserved words
# named, by the command line, a participant list and the web's form alike.
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/web_lib.sh"
web_demo
words="upptagna är 'ny', 'import', '.' och '..', med stora eller små bokstäver"

for code in ny NY import Import . ..; do
	run --db "$db" participant add "$code" --sex kvinna --born 1990
	expect_rc 2 "participant add $code"
	expect_err "deltagarkoden '$code' går inte att använda, eftersom den krockar med webbsidornas adresser"
	expect_err "$words"
done
run --db "$db" participant add nya --sex kvinna --born 1990
expect_rc 0 "a code that only starts like a page"
run --db "$db" participant edit nya --code import
expect_rc 2 "participant edit --code import"
expect_err "deltagarkoden 'import' går inte att använda"
run --db "$db" participant show nya
expect_rc 0 "the participant kept its code"

{
	echo 'deltagare;insats;kön;födelseår;utbildning;inskriven;försörjning före;tid i försörjning'
	echo 'W001;Unga i arbete;kvinna;2003;gymnasial;2025-09-01;försörjningsstöd;ingen'
	echo 'ny;Unga i arbete;kvinna;2003;gymnasial;2025-09-01;försörjningsstöd;ingen'
} > "$T/lista.csv"
run --db "$db" import participants "$T/lista.csv"
expect_rc 2 "a list with the code ny"
expect_err "rad 3: deltagarkoden 'ny' går inte att använda"
run --db "$db" participant show W001
expect_rc 2 "nothing of the list is stored"

# The web's registration form shows the message beside the code.
web_serve
A="$T/anna"
login anna korvmacka-123 "$A"
get /deltagare/ny "$A"
post /deltagare/ny "$A" "csrf=$(csrf)" "code=import" "sex=kvinna" "born=1990" "education=okänd" "insats=1" \
	"date=2025-03-01" "support_before=okänd" "time_in_support=ingen"
expect_code 400 "the form with the code import"
expect_body "id=\"code-error\">Deltagarkoden &#39;import&#39; går inte att använda"
checks=$((checks + 1))
[ "$(db_sql "$db" "select count(*) from participant where lower(code) in ('ny', 'import', '.', '..')")" = 0 ] ||
	fail "no participant has a reserved code"
get /deltagare/import "$A"
expect_code 200 "the import page is still the import page"
expect_body "Läs in en deltagarlista"
finish
