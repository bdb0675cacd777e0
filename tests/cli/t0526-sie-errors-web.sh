# The web's SIE upload lists every error of the file with its line under
# the error summary, not only the first, and the books stay as they were;
# a file with more errors than the page lists says so.
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/web_lib.sh"
web_demo
web_serve
A="$T/anna"
login anna korvmacka-123 "$A"
expect_code 303 "login anna"

# line 9 a date that does not exist, the #VER on line 14 unbalanced,
# line 19 garbled, line 20 a balance for a year the file has no #RAR for
printf '%s\n' '#FLAGGA 0' '#FORMAT PC8' '#SIETYP 4' '#ORGNR 222000-3129' '#FNAMN "Norrdalen"' \
	'#RAR 0 20250101 20251231' '#KONTO 1930 "Trasigt konto"' '#KONTO 4010 "Insatser"' \
	'#VER A 900 20250230 "Fel datum"' '{' '#TRANS 4010 {} 100.00' '#TRANS 1930 {} -100.00' '}' \
	'#VER A 901 20250602 "Obalanserad"' '{' '#TRANS 4010 {} 500.00' '#TRANS 1930 {} -400.00' '}' \
	'hej hopp' '#IB -4 1930 100.00' > "$T/bok.se"

"$FINSAM" --db "$db" report statements --year 2025 > "$T/before.txt" 2>&1
get /inlasning "$A"
t=$(csrf)
upload /inlasning/bokforing "$A" "$t" "$T/bok.se"
expect_code 400 "a file with four errors"
expect_body 'id="sie-errors"'
expect_body "4 fel i bok.se; ingenting lästes in:" "the summary"
expect_body '<ul class="upload-errors" id="sie-errors-list">' "a list"
expect_body "<li>bok.se, rad 9, kolumn 12: ogiltigt datum &#39;20250230&#39;</li>" "the date"
expect_body "<li>bok.se, rad 14, kolumn 1: verifikation A 901 balanserar inte: summa 100,00</li>" "the #VER"
expect_body "<li>bok.se, rad 19, kolumn 1: raden börjar inte med en etikett (som #VER eller #TRANS)</li>" \
	"the garbled line"
expect_body "<li>bok.se, rad 20: årsnummer -4 har inget räkenskapsår (#RAR -4 saknas)</li>" "the year"
checks=$((checks + 1))
[ "$(grep -c '^<li>bok.se, rad ' "$T/body")" = 4 ] || fail "each error once"
expect_no_body 'id="sie-errors-more"' "nothing cut"
expect_no_body "finsam-upload-" "no temporary path"
"$FINSAM" --db "$db" report statements --year 2025 > "$T/after.txt" 2>&1
checks=$((checks + 1))
cmp -s "$T/before.txt" "$T/after.txt" || fail "the broken file changed the books"
checks=$((checks + 1))
[ "$(db_sql "$db" "SELECT count(*) FROM account WHERE name = 'Trasigt konto'")" = 0 ] ||
	fail "a broken file's account stored"

# more errors than the page lists: the first 10 000, and a sentence
head -n 8 "$T/bok.se" > "$T/many.se"
i=0
while [ "$i" -lt 10003 ]; do
	echo "trasig"
	i=$((i + 1))
done >> "$T/many.se"
upload /inlasning/bokforing "$A" "$t" "$T/many.se"
expect_code 400 "a file with 10 003 errors"
expect_body "10003 fel i many.se; ingenting lästes in:"
expect_body "<li>many.se, rad 10008, kolumn 1:" "the 10 000th"
expect_no_body "many.se, rad 10009," "the 10 001st is cut"
expect_body '<p id="sie-errors-more">Listan visar de första 10 000 av filens 10 003 fel.' "a sentence says so"
checks=$((checks + 1))
[ "$(grep -c '^<li>many.se, rad ' "$T/body")" = 10000 ] || fail "10 000 listed"

finish
