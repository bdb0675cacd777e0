# Forms that help, end to end with curl: amounts and dates as people write
# them ("1,9 Mkr", "20/11/2025"), a decision changed by an administrator,
# refusals beside their fields with what was typed kept, the confirmations
# a use case asks for as checkboxes (a planned meeting, the same decision
# twice), the goal and forecast forms' error summaries, the pages' script
# from finsam's own address under a policy that allows no other script,
# and a login that leads back to the page after the session ended.
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/web_lib.sh"
web_demo

web_serve

# The id of the decision on the row with text $1 of /insatser/$2.
decision_id() {
	get "/insatser/$2" "$T/anna"
	tr '\n' ' ' < "$T/body" | sed 's/<tr>/\n<tr>/g' | grep -F "$1" |
		sed -n 's/.*id="edit-decision-\([0-9]*\)".*/\1/p' | head -n 1
}

# The script: from finsam's own address, and the only script a page may run.
get /static/finsam.js
expect_code 200 "the script"
expect_head "Content-Type: text/javascript"
expect_body "sessionStorage"
expect_body "'pnr'"
expect_head "script-src 'self'"
checks=$((checks + 1))
grep -i '^Content-Security-Policy' "$T/head" | sed 's/style-src[^;]*//' | grep -q "unsafe" &&
	fail "the policy allows an unsafe script: $(grep -i '^Content-Security-Policy' "$T/head")"

# Not logged in: the login leads back to the page asked for, and only to
# a page of finsam's own.
get "/insatser/1?year=2025"
expect_code 303 "a page without login"
expect_head "Location: /login?next=/insatser/1%3Fyear%3D2025"
get "/login?next=%2Finsatser%2F1%3Fyear%3D2025" "$T/anna"
expect_body 'name="next" value="/insatser/1?year=2025"'
for bad in "//evil.example/" "https://evil.example/" "/%5Cevil.example" "/login" "/static/finsam.css" \
	"/finns-inte" "/insatser/1%0d%0aSet-Cookie:x=1"; do
	get "/login?next=$bad" "$T/x"
	expect_no_body 'name="next"' "next=$bad is not offered"
done
rm -f "$T/anna"
get "/login?next=%2Finsatser%2F1%3Fyear%3D2025" "$T/anna"
post /login "$T/anna" "csrf=$(csrf)" "user=anna" "password=korvmacka-123" "next=/insatser/1?year=2025"
expect_code 303 "login with next"
expect_head "Location: /insatser/1?year=2025"
rm -f "$T/x"
get /login "$T/x"
post /login "$T/x" "csrf=$(csrf)" "user=anna" "password=korvmacka-123" "next=//evil.example/"
expect_code 303 "login with a foreign next"
expect_head "Location: /"
checks=$((checks + 1))
grep -qi "Location: //" "$T/head" && fail "a login led to another site"

# A page carries the session's seconds left for the script's warning.
get /insatser/1 "$T/anna"
expect_body '<script src="/static/finsam.js" defer></script>'
checks=$((checks + 1))
grep -q '<script>' "$T/body" && fail "an inline script"
left=$(sed -n 's/.*data-session-seconds="\([0-9]*\)".*/\1/p' "$T/body")
checks=$((checks + 1))
[ -n "$left" ] && [ "$left" -gt 1700 ] && [ "$left" -le 1800 ] || fail "seconds left: '$left'"
expect_body 'data-session-warn="180"'
get /inloggning "$T/anna"
expect_code 200 "the session's seconds"
expect_head "Content-Type: application/json"
expect_body '"warn":180'
get /inloggning
expect_code 303 "the session's seconds without login"

# A form sent after the session ended: the login, leading back to the page
# the form was on.
printf '127.0.0.1\tFALSE\t/\tFALSE\t0\tfinsam_session\t%s\n' "0123456789abcdef0123456789abcdef" > "$T/old"
post /insatser/1/beslut "$T/old" "csrf=0123456789abcdef0123456789abcdef" "date=2025-11-20" "amount=1"
expect_code 403 "a form after the session ended"
expect_body 'id="login-form"'
expect_body "Inloggningen har gått ut"
expect_body 'name="next" value="/insatser/1"'
post /mal/bedomning "$T/old" "csrf=x" "year=2025"
expect_body 'name="next" value="/mal"'
post /budget/prognos "$T/old" "csrf=x" "year=2025"
expect_body 'name="next" value="/budget"'

# A new decision written as people write it. (The session's CSRF token
# stays the same from page to page.)
get /insatser/1 "$T/anna"
tok=$(csrf)
expect_body 'id="decision-form"'
post /insatser/1/beslut "$T/anna" "csrf=$tok" "date=20/11/2025" "amount=1,9 Mkr" "years=2026–2027" \
	"note=Förlängning"
expect_code 303 "a decision in Mkr on a day-first date"
d1=$(decision_id "Förlängning" 1)
checks=$((checks + 1))
[ -n "$d1" ] || fail "the new decision has no edit link"
expect_body "1 900 000"
# The same again: refused in a summary, with a checkbox that says it.
post /insatser/1/beslut "$T/anna" "csrf=$tok" "date=2025-11-20" "amount=1 900 000 kr" "years=2026-2027" \
	"note=Förlängning"
expect_code 400 "the same decision twice"
expect_body 'id="error-summary"'
expect_body "Samma beslut finns redan"
expect_body 'id="again"'
expect_body "Styrelsen har verkligen fattat samma beslut två gånger"
expect_body 'value="1 900 000 kr"'
expect_no_body "finsam insats"
post /insatser/1/beslut "$T/anna" "csrf=$tok" "date=2025-11-20" "amount=1 900 000 kr" "years=2026-2027" \
	"note=Förlängning" "again=1"
expect_code 303 "the same decision twice, confirmed"
# A meeting after today: refused beside the date, then accepted as planned.
future=$(($(date +%Y) + 1))-03-10
post /insatser/1/beslut "$T/anna" "csrf=$tok" "date=$future" "amount=250 tkr" "years=$(($(date +%Y) + 1))"
expect_code 400 "a decision after today"
expect_body 'id="date-error"'
expect_body 'aria-describedby="date-error"'
expect_body 'id="planned"'
expect_body "Beslutet är planerat – sammanträdet har inte hållits än"
expect_no_body 'id="again"'
post /insatser/1/beslut "$T/anna" "csrf=$tok" "date=$future" "amount=250 tkr" "years=$(($(date +%Y) + 1))" \
	"planned=1"
expect_code 303 "a planned decision"
# Amounts and dates that cannot be read: beside their fields, typed text kept.
post /insatser/1/beslut "$T/anna" "csrf=$tok" "date=11/20/2025" "amount=1,9 Mkr" "note=<b>x</b>"
expect_code 400 "a month-first date"
expect_body 'id="date-error"'
expect_body 'value="11/20/2025"'
expect_body 'value="&lt;b&gt;x&lt;/b&gt;"'
post /insatser/1/beslut "$T/anna" "csrf=$tok" "date=2025-11-20" "amount=1,234567891 Mkr"
expect_code 400 "an amount finer than the öre"
expect_body 'id="amount-error"'
expect_body 'aria-invalid="true" aria-describedby="amount-error"'
expect_body "högst åtta decimaler"
post /insatser/1/beslut "$T/anna" "csrf=$tok" "date=" "amount=5"
expect_code 400 "no date"
expect_body "Beslutet behöver sammanträdets datum."

# Change a decision: only the administrator.
for who in rita bo; do
	login "$who" "korvmacka-123" "$T/$who"
	get "/insatser/1/beslut/$d1/andra" "$T/$who"
	expect_code 403 "$who opens the change of a decision"
done
get /insatser/1 "$T/anna"
post "/insatser/1/beslut/$d1/andra" "$T/bo" "csrf=$tok" "date=2025-11-20" "amount=1" "years=2026"
expect_code 403 "the board changes a decision"
get "/insatser/2/beslut/$d1/andra" "$T/anna"
expect_code 404 "a decision under another intervention"
get "/insatser/1/beslut/$d1/andra" "$T/anna"
expect_code 200 "the change form"
expect_body 'id="decision-edit-form"'
expect_body 'value="2025-11-20"'
expect_body 'value="1 900 000"'
expect_body 'value="2026–2027"'
expect_body 'value="Förlängning"'
# The note alone: the repetition confirmed before stays confirmed.
post "/insatser/1/beslut/$d1/andra" "$T/anna" "csrf=$tok" "date=2025-11-20" "amount=1 900 000" \
	"years=2026–2027" "note=Ändrad"
expect_code 303 "a change of the note"
post "/insatser/1/beslut/$d1/andra" "$T/anna" "csrf=$tok" "date=20/11 2025" "amount=2,1 Mkr" \
	"years=2026" "note=Ändrad"
expect_code 303 "the change"
expect_head "Location: /insatser/1?ok=Beslutet%20%C3%A4r%20%C3%A4ndrat."
get "/insatser/1?ok=Beslutet%20%C3%A4r%20%C3%A4ndrat." "$T/anna"
expect_body "Beslutet är ändrat."
expect_body "2 100 000"
get "/insatser/1/beslut/$d1/andra" "$T/anna"
post "/insatser/1/beslut/$d1/andra" "$T/anna" "csrf=$tok" "date=2025-11-20" "amount=0" "years=20x6"
expect_code 400 "a change with a zero amount"
expect_body 'id="amount-error"'
expect_body 'value="20x6"'
expect_body 'id="decision-edit-form"'
# Back to the same as the other one: refused, then accepted when confirmed.
post "/insatser/1/beslut/$d1/andra" "$T/anna" "csrf=$tok" "date=2025-11-20" "amount=1 900 000" "years=2026-2027"
expect_code 400 "a change into a duplicate"
expect_body 'id="again"'
post "/insatser/1/beslut/$d1/andra" "$T/anna" "csrf=$tok" "date=2025-11-20" "amount=1 900 000" \
	"years=2026-2027" "again=1"
expect_code 303 "a change into a duplicate, confirmed"
post "/insatser/1/beslut/$d1/andra" "$T/anna" "amount=1"
expect_code 403 "a change without its CSRF token"
get /logg "$T/anna"
expect_body "ändra beslut"

# The goal and forecast forms: a summary and each message beside its field.
get "/mal?year=2025" "$T/anna"
post /mal/bedomning "$T/anna" "csrf=$(csrf)" "year=2025" "ref=1.1" "period=annual" "status=uppfyllt" \
	"value=mycket"
expect_code 400 "an assessment with a value that is not a number"
expect_body 'id="error-summary"'
expect_body 'id="value-error"'
expect_body 'value="mycket"'
post /mal/bedomning "$T/anna" "csrf=$(csrf)" "year=2025" "ref=1" "period=annual" "status=uppfyllt" "value=5"
expect_code 400 "a value for a goal"
expect_body "Ett uppmätt värde hör till ett resultatmål"
expect_no_body "--value"
get "/budget?year=2025" "$T/anna"
area=$(sed -n '/id="area"/,/<\/select>/p' "$T/body" | sed -n 's/.*<option>\(.*\)<\/option>.*/\1/p' | head -n 1)
post /budget/prognos "$T/anna" "csrf=$(csrf)" "year=2025" "area=$area" "amount=12,3,4"
expect_code 400 "a forecast that cannot be read"
expect_body 'id="amount-error"'
expect_body 'id="error-summary"'
post /budget/prognos "$T/anna" "csrf=$(csrf)" "year=2025" "area=$area" "amount=250 tkr"
expect_code 303 "a forecast in tkr"

[ "$failures" -eq 0 ] || exit 1
echo "ok: $checks checks"
