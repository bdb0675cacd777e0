# The lists that scale, end to end with curl: the books for the auditor
# (the accounts of a year, the verification search by number, dates,
# account and amount with its pages, one verification), the audit log's
# filters and pages, the participant list and the intervention list with
# their searches, filters, orders and pages, the refusals (the registrar
# and the board may not open the books or the log), a wrong field beside
# its input, and every filter as a GET that changes nothing. The server's
# today is 2026-03-01, so that which interventions are running is fixed.
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/web_lib.sh"
web_demo

web_serve FINSAM_TODAY=2026-03-01

# The number of rows of the table in the box with id $1.
rows_in() {
	sed -n "/id=\"$1\"/,/<\/table>/p" "$T/body" | grep -c '<tr><td'
}

login rev "korvmacka-123" "$T/rev"
expect_code 303 "login rev"
login rita "korvmacka-123" "$T/rita"
expect_code 303 "login rita"
login bo "korvmacka-123" "$T/bo"
expect_code 303 "login bo"
login anna "korvmacka-123" "$T/anna"
expect_code 303 "login anna"

# Who may: the books and the log are the auditor's and the administrator's.
for p in /bokforing /bokforing/verifikationer "/bokforing/ver/1" /logg; do
	get "$p" "$T/rev"
	expect_code 200 "auditor $p"
	get "$p" "$T/anna"
	expect_code 200 "admin $p"
	get "$p" "$T/rita"
	expect_code 403 "registrar $p"
	get "$p" "$T/bo"
	expect_code 403 "board $p"
done
get /bokforing
expect_code 303 "the books without a login"
get / "$T/rev"
expect_body 'href="/bokforing"' "the auditor's menu has the books"
get / "$T/rita"
expect_no_body 'href="/bokforing"' "the registrar's menu has no books"

# The accounts of 2025: opening balance, turnover and closing balance.
get "/bokforing?year=2025" "$T/rev"
expect_body '<h1>Bokföring</h1>'
expect_body '<option selected>2025</option>'
expect_body '<td><a href="/bokforing/verifikationer?year=2025&amp;account=1930">1930</a></td><td>Företagskonto</td><td class="num">752 615,90</td><td class="num">-153 438,87</td><td class="num">599 177,03</td>' "1930 in 2025"
expect_body 'account=2440">2440</a></td><td>Leverantörsskulder</td><td class="num">-281 666,68</td><td class="num">-146 666,66</td><td class="num">-428 333,34</td>' "2440 in 2025"
get "/bokforing?year=1800" "$T/rev"
expect_code 200 "a year without books shows the latest"
expect_body '<option selected>2025</option>'

# The search: every verification of 2025, 50 a page.
get "/bokforing/verifikationer?year=2025" "$T/rev"
expect_body '54 verifikationer, sida 1 av 2.'
expect_body 'id="next-page" rel="next" href="/bokforing/verifikationer?year=2025&amp;page=2">Nästa</a>'
expect_no_body 'id="prev-page"'
checks=$((checks + 1))
[ "$(rows_in verifications)" = 50 ] || fail "50 hits on the first page, not $(rows_in verifications)"
get "/bokforing/verifikationer?year=2025&page=2" "$T/rev"
expect_body '54 verifikationer, sida 2 av 2.'
expect_body 'id="prev-page" rel="prev" href="/bokforing/verifikationer?year=2025&amp;page=1">Föregående</a>'
expect_no_body 'id="next-page"'
expect_body '>A 52</a></td><td class="date">2025-12-31</td><td>Förutbetald licens NNS nästa år</td><td class="num">6 000,00</td>'
checks=$((checks + 1))
[ "$(rows_in verifications)" = 4 ] || fail "4 hits on the last page, not $(rows_in verifications)"
get "/bokforing/verifikationer?year=2025&page=3" "$T/rev"
expect_code 200 "a page past the end"
expect_body '54 verifikationer. Sidan 3 finns inte, den sista är sida 2.'
expect_body 'href="/bokforing/verifikationer?year=2025&amp;page=2">Föregående</a>' "back to the last page"
expect_no_body '<tr><td>'

# By account and amount: one verification, and its page.
get "/bokforing/verifikationer?year=2025&account=2440&amount=281+666%2C68" "$T/rev"
expect_body '1 verifikation.'
expect_body '<a href="/bokforing/ver/'
expect_body '>A 1</a></td><td class="date">2025-01-15</td>'
ver=$(sed -n 's/.*<a href="\/bokforing\/ver\/\([0-9]*\)">A 1<.*/\1/p' "$T/body" | head -n 1)
get "/bokforing/ver/$ver" "$T/rev"
expect_code 200 "the verification"
expect_body '<h1>Verifikation A 1</h1>'
expect_body 'Datum 2025-01-15: Betalning leverantörsskulder från föregående år'
expect_body '<tr><td>2440</td><td>Leverantörsskulder</td><td class="num">281 666,68</td><td class="num"></td>'
expect_body '<tr><td>1930</td><td>Företagskonto</td><td class="num"></td><td class="num">281 666,68</td>'
expect_body '<td>Summa</td><td class="num">281 666,68</td><td class="num">281 666,68</td>'
expect_body 'href="/bokforing/verifikationer?year=2025"'
# The amount as a credit, and an account it was not on.
get "/bokforing/verifikationer?year=2025&account=1930&amount=-281666,68" "$T/rev"
expect_body '1 verifikation.'
get "/bokforing/verifikationer?year=2025&account=4010&amount=281666,68" "$T/rev"
expect_body '0 verifikationer.'
# By number and by dates (both ends count).
get "/bokforing/verifikationer?year=2025&number=A+52" "$T/rev"
expect_body '1 verifikation.'
expect_body '>A 52</a>'
get "/bokforing/verifikationer?year=2025&from=2025-12-31&to=2025-12-31" "$T/rev"
expect_body '>A 52</a>'
expect_body '>A 51</a>'
expect_no_body '>A 1</a>'
# The filters follow the pages.
get "/bokforing/verifikationer?year=2025&from=2025-01-01&account=1930" "$T/rev"
expect_body '47 verifikationer.' "1930's verifications"
get "/bokforing/verifikationer?year=2025&from=2025-01-01" "$T/rev"
expect_body 'from=2025-01-01&amp;page=2">Nästa</a>' "the pager keeps the filters"

# A wrong field: beside it and in the summary; no hits shown.
get "/bokforing/verifikationer?year=2025&from=2025-13-01&amount=mycket" "$T/rev"
expect_code 200 "a wrong date"
expect_body 'id="error-summary"'
expect_body 'aria-invalid="true" aria-describedby="from-error"'
expect_body 'Datumet skrivs ÅÅÅÅ-MM-DD'
expect_no_body 'id="hits"'
get "/bokforing/verifikationer?year=2025&amount=mycket" "$T/rev"
expect_body 'aria-describedby="amount-error"'
expect_body 'Beloppet skrivs i kronor'
get "/bokforing/verifikationer?year=2025&from=2025-06-01&to=2025-05-01" "$T/rev"
expect_body 'aria-describedby="to-error"'
get "/bokforing/ver/999999" "$T/rev"
expect_code 404 "no such verification"
get "/bokforing/ver/abc" "$T/rev"
expect_code 404 "not a verification"

# The audit log: the registrar's change is found by user, record kind
# and text, with local time to the minute; newest first, 50 a page.
get /deltagare/ny "$T/rita"
post /deltagare/ny "$T/rita" "csrf=$(csrf)" "code=L440" "pnr=20030312-1230" "sex=kvinna" "born=2003" \
	"education=gymnasial" "insats=2" "date=2025-03-01" "support_before=försörjningsstöd" "time_in_support=ingen"
expect_code 303 "the registrar registers a participant"
get "/logg" "$T/rev"
expect_body '<h1>Logg</h1>'
expect_body '<option value="rita">rita</option>'
expect_body '<option value="participant">Deltagare</option>'
checks=$((checks + 1))
grep -qE '<tr><td>[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}</td><td>rita</td>' "$T/body" ||
	fail "the newest line first, in local time: $(grep -m1 '<tr><td>' "$T/body")"
total=$(sed -n 's/.*id="hits">\([0-9]*\) rader.*/\1/p' "$T/body")
checks=$((checks + 1))
[ "${total:-0}" -gt 50 ] || fail "the demo's log has more than a page: '$total'"
expect_body 'href="/logg?page=2">Nästa</a>'
checks=$((checks + 1))
[ "$(rows_in log)" = 50 ] || fail "50 lines a page, not $(rows_in log)"
get "/logg?user=rita" "$T/rev"
expect_body '<option value="rita" selected>rita</option>'
expect_body 'L440'
checks=$((checks + 1))
[ "$(rows_in log)" -ge 1 ] && ! grep '<tr><td>' "$T/body" | grep -vq '<td>rita</td>' ||
	fail "only rita's lines"
get "/logg?kind=participant&q=L440" "$T/rev"
expect_body 'L440'
get "/logg?q=finns-inte-alls" "$T/rev"
expect_body '0 rader.'
get "/logg?from=2000-01-01&to=2000-12-31" "$T/rev"
expect_body '0 rader.'
today=$(date +%Y-%m-%d)
get "/logg?user=rita&from=$today&to=$today" "$T/rev"
expect_body 'L440'
get "/logg?from=igår" "$T/rev"
expect_body 'aria-describedby="from-error"'
get "/logg?user=rita&page=2" "$T/rev"
expect_body 'rad' "a page past rita's lines"
expect_no_body '<tr><td>' "no lines past the end"
# Searching writes nothing: the log has as many lines after as before.
get "/logg" "$T/rev"
after=$(sed -n 's/.*id="hits">\([0-9]*\) rader.*/\1/p' "$T/body")
checks=$((checks + 1))
[ "$after" = "$total" ] || fail "searching changed the log: $total -> $after"

# The participant list: the demo's 170 and L440, 50 a page.
get /deltagare "$T/anna"
expect_body '171 deltagare, sida 1 av 4.'
expect_body 'href="/deltagare?page=2">Nästa</a>'
checks=$((checks + 1))
[ "$(rows_in participant-list)" = 50 ] || fail "50 participants a page, not $(rows_in participant-list)"
expect_body '<td><a href="/deltagare/N001">N001</a></td>'
get "/deltagare?page=4" "$T/anna"
expect_body '171 deltagare, sida 4 av 4.'
checks=$((checks + 1))
[ "$(rows_in participant-list)" = 21 ] || fail "21 on the last page, not $(rows_in participant-list)"
get "/deltagare?code=n00" "$T/anna"
expect_body '9 deltagare.'
get "/deltagare?code=N097" "$T/anna"
expect_body '1 deltagare.'
expect_body 'Unga i arbete 2024-05-23–2025-05-29'
# Intervention 2, ended enrolments of 2025, the latest first.
get "/deltagare?insats=2&state=avslutade&year=2025&sort=senaste" "$T/anna"
expect_body '<option value="2" selected>Unga i arbete</option>'
first=$(grep -o '<tr><td><a href="/deltagare/[^"]*">' "$T/body" | head -n 1)
checks=$((checks + 1))
[ "$first" = '<tr><td><a href="/deltagare/N105">' ] || fail "the latest enrolled first: $first"
get "/deltagare?insats=1&sort=senaste" "$T/anna"
expect_body 'insats=1&amp;sort=senaste&amp;page=2">Nästa</a>' "the filters stay in the links"
get "/deltagare?sort=kod-omvand" "$T/anna"
first=$(grep -o '<tr><td><a href="/deltagare/[^"]*">' "$T/body" | head -n 1)
checks=$((checks + 1))
[ "$first" = '<tr><td><a href="/deltagare/N170">' ] || fail "the codes backwards: $first"
get "/deltagare?state=pagaende&insats=1" "$T/anna"
expect_body 'deltagare'
expect_no_body '2024-01-01–2' "no ended enrolment in Steget vidare's ongoing list"
# The registrar: her own intervention only, in the choices and the hits.
get /deltagare "$T/rita"
expect_body '<option value="2">Unga i arbete</option>'
expect_no_body 'Steget vidare'
get "/deltagare?insats=1" "$T/rita"
expect_body 'id="error-summary"' "another intervention is not hers to choose"
expect_body 'Välj en av insatserna i listan'
get "/deltagare?year=tjugo" "$T/anna"
expect_body 'aria-describedby="year-error"'
expect_body 'Året skrivs med fyra siffror'
get /deltagare "$T/bo"
expect_code 403 "the board sees no participants"

# The intervention list: by name, kind, state today and year, sorted.
get /insatser "$T/bo"
expect_body '4 insatser.'
expect_body '<a href="/insatser/2">Unga i arbete</a>'
get "/insatser?q=unga" "$T/bo"
expect_body '1 insats.'
get "/insatser?q=region" "$T/bo"
expect_body '<a href="/insatser/4">Vägen in</a>' "found by its owner"
get "/insatser?kind=kompetenshöjande" "$T/bo"
expect_body '1 insats.'
expect_body 'Kompetensdag Norrdalen'
get "/insatser?state=pagaende" "$T/bo"
expect_body '2 insatser.'
expect_body 'Steget vidare'
expect_body 'Vägen in'
get "/insatser?state=avslutade" "$T/bo"
expect_body '2 insatser.'
expect_body 'Unga i arbete'
get "/insatser?year=2024" "$T/bo"
expect_body '3 insatser.'
expect_no_body 'Vägen in</a>'
get "/insatser?sort=start" "$T/bo"
first=$(grep -o '<td><a href="/insatser/[0-9]*">' "$T/body" | head -n 1)
checks=$((checks + 1))
[ "$first" = '<td><a href="/insatser/4">' ] || fail "the latest started first: $first"
get "/insatser?year=x" "$T/bo"
expect_body 'aria-describedby="year-error"'

finish
