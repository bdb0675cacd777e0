# The internal control plan on the web: /intern-kontroll and one risk for
# the director, the board and the auditors, refused to the registrar; the
# director adds a risk, a control action, the plan's adoption and a
# follow-up, corrects and removes them (each logged with the user); a
# refused form names its field and keeps what was typed; a form without
# its CSRF token stores nothing; a closed year refuses changes; the check
# leads to the plan and the overview lists the plan's findings.
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/web_lib.sh"
export FINSAM_TODAY=2026-03-15
sql() {
	db_sql "$db" "$1"
}
web_demo
web_serve
A="$T/anna" B="$T/bo" R="$T/rita" V="$T/rev"
login anna korvmacka-123 "$A"
login bo korvmacka-123 "$B"
login rita korvmacka-123 "$R"
login rev korvmacka-123 "$V"

# The demo's plan of 2025, with the risk matrix, for each role that reads it.
for jar in "$A" "$B" "$V"; do
	get "/intern-kontroll?year=2025" "$jar"
	expect_code 200 "the plan for $(basename "$jar")"
	expect_body 'id="control-plan"'
	expect_body "Planen antogs vid sammanträdet 2025-02-13"
	expect_body "Riskmatris"
	expect_body 'href="/intern-kontroll/risk/3"' "a risk leads to its page"
	get /intern-kontroll/risk/1 "$jar"
	expect_code 200 "a risk for $(basename "$jar")"
	expect_body "Två fakturor hade attesterats"
done
get "/intern-kontroll?year=2025" "$B"
expect_no_body 'id="adopt-form"' "the board has no form"
expect_no_body 'id="risk-form"' "the board has no form"
get /intern-kontroll/risk/1 "$B"
expect_no_body 'id="action-form"' "the board has no form"
expect_no_body "/intern-kontroll/moment/" "the board has no link to the director's page of an action"
get / "$B"
expect_body 'href="/intern-kontroll"' "the board's menu"
get / "$R"
expect_no_body 'href="/intern-kontroll"' "not in the registrar's menu"
get "/intern-kontroll?year=2025" "$R"
expect_code 403 "the registrar is refused"
get /intern-kontroll/risk/1 "$R"
expect_code 403 "a risk for the registrar"

# An empty year: the director may copy last year's analysis.
get "/intern-kontroll?year=2026" "$A"
expect_body "Riskanalysen har inga risker."
expect_body 'id="risk-form"'
expect_body 'id="copy-form"'
expect_body 'id="adopt-form"'
expect_body '2025-11-20, Styrelsen, protokoll 2025:5' "last year's board meetings to choose"
expect_body '2026-02-12, Styrelsen, protokoll 2026:1' "the year's board meetings to choose"

# A refused risk keeps what was typed and names its fields.
tok=$(csrf)
post /intern-kontroll "$A" "csrf=$tok" year=2026 area=Ekonomi "text=Felaktiga utbetalningar" probability= \
	consequence=9 owner=
expect_code 400 "a risk without probability, with a consequence of 9"
expect_body 'id="probability-error"'
expect_body 'value="Felaktiga utbetalningar"' "the text typed stays"
post /intern-kontroll "$A" "csrf=$tok" year=2026 area=Ekonomi "text=Felaktiga utbetalningar" probability=2 \
	consequence=9 owner=
expect_code 400 "a consequence of 9"
expect_body 'id="consequence-error"'
expect_body "Konsekvensen är ett tal från 1 (lindrig) till 4 (allvarlig)"
post /intern-kontroll "$A" "csrf=0000000000000000000000000000000000000000000000000000000000000000" year=2025 \
	area=Ekonomi "text=Felaktiga utbetalningar" probability=2 consequence=4
expect_code 403 "a form without its CSRF token"
post /intern-kontroll "$B" "csrf=$tok" year=2026 area=Ekonomi "text=Felaktiga utbetalningar" probability=2 \
	consequence=4
expect_code 403 "the board may not add a risk"
checks=$((checks + 1))
[ "$(sql "SELECT count(*) FROM risk WHERE year = 2026")" = 0 ] || fail "a refused form stored nothing"
post /intern-kontroll/kopiera "$A" "csrf=$tok" year=2026 from=2025
expect_code 303 "last year's analysis copied"
expect_head "Location: /intern-kontroll?year=2026&ok="
checks=$((checks + 1))
[ "$(sql "SELECT count(*) FROM risk WHERE year = 2026")" = 6 ] || fail "six risks copied"
post /intern-kontroll/kopiera "$A" "csrf=$tok" year=2026 from=2025
expect_code 400 "a copy into a year with risks"
expect_body "Riskanalysen för 2026 har redan 6 risker"
post /intern-kontroll "$A" "csrf=$tok" year=2026 area=Ekonomi "text=Felaktiga utbetalningar" probability=2 \
	consequence=4 owner=Förbundschef
expect_code 303 "a risk added"
checks=$((checks + 1))
[ "$(sql "SELECT year FROM risk WHERE text = 'Felaktiga utbetalningar'")" = 2026 ] || fail "the risk is in 2026"
rid=$(sql "SELECT id FROM risk WHERE text = 'Felaktiga utbetalningar'")
expect_head "Location: /intern-kontroll/risk/$rid?ok="

# Its page, where its control actions are added.
get "/intern-kontroll/risk/$rid" "$A"
expect_code 200 "the risk's page"
expect_body "Risk 7 i riskanalysen 2026"
expect_body 'id="action-form"'
post "/intern-kontroll/risk/$rid/moment" "$A" "csrf=$tok" risk="$rid" "what=Stickprov på utbetalningar" \
	frequency= owner=Ekonom
expect_code 400 "an action without frequency"
expect_body 'id="frequency-error"'
expect_body 'value="Stickprov på utbetalningar"'
post "/intern-kontroll/risk/$rid/moment" "$A" "csrf=$tok" risk="$rid" "what=Stickprov på utbetalningar" \
	frequency=monthly owner=Ekonom "report_to=Styrelsen vid nästa sammanträde"
expect_code 303 "an action added"
aid=$(sql "SELECT id FROM control_action WHERE risk_id = $rid")
get "/intern-kontroll/risk/$rid" "$A"
expect_body "Stickprov på utbetalningar"
expect_body "href=\"/intern-kontroll/moment/$aid\"" "the action leads to its page"

# The plan: the risk in the matrix; the plan not adopted, the periods
# ended without a follow-up.
get "/intern-kontroll?year=2026" "$A"
expect_body "href=\"/intern-kontroll/risk/$rid\"" "the risk leads to its page"
expect_body "Riskmatris"
expect_body "inte antagen"
expect_body "Perioder utan uppföljning"
expect_no_body 'id="copy-form"' "a year with risks is not copied into"

# The overview and the check list the plan's findings: the demo's plan of
# 2025 holds; a plan of 2024 is not adopted.
get "/?year=2025" "$V"
expect_body '<p id="control-findings">Internkontrollplanen för 2025 är antagen' "the demo's plan holds"
run --db "$db" risk add "Sen attest" --year 2024 --area Ekonomi --probability 1 --consequence 2
expect_rc 0 "a risk of 2024"
get "/?year=2024" "$V"
expect_body '<ul id="control-findings" class="warn">' "the auditor's overview lists the plan's findings"
expect_body "Internkontrollplanen för året är inte antagen vid något sammanträde."
expect_no_body "finsam control" "no command line in the overview"
get "/kontroll?year=2025" "$V"
expect_body 'href="/intern-kontroll?year=2025"' "the check leads to the plan"

# The adoption.
post /intern-kontroll/anta "$A" "csrf=$tok" year=2026 meeting=
expect_code 400 "no meeting chosen"
expect_body 'id="meeting-error"'
post /intern-kontroll/anta "$A" "csrf=$tok" year=2026 meeting=5
expect_code 303 "the plan adopted"
expect_head "Location: /intern-kontroll?year=2026&ok="
get "/intern-kontroll?year=2026" "$B"
expect_body "Planen antogs vid sammanträdet 2025-11-20"

# A follow-up: a deviation without a comment is refused beside the
# comment.
get "/intern-kontroll/moment/$aid" "$A"
expect_code 200 "the action's page"
expect_body 'id="followup-form"'
expect_body '<option value="2" selected>februari</option>' "the month that ended last is the default"
post "/intern-kontroll/moment/$aid/uppfoljning" "$A" "csrf=$tok" meeting=6 period=1 result=deviation comment= \
	measure=
expect_code 400 "a deviation without a comment"
expect_body 'id="comment-error"'
expect_body "Beskriv avvikelsen i kommentaren."
expect_no_body -- "--comment" "no command-line option in a message"
post "/intern-kontroll/moment/$aid/uppfoljning" "$A" "csrf=$tok" meeting=6 period=1 result=deviation \
	"comment=Två fakturor saknade attest" "measure=Påminnelse till attestanterna"
expect_code 303 "a follow-up recorded"
fid=$(sql "SELECT id FROM control_followup WHERE action_id = $aid")
get "/intern-kontroll/risk/$rid" "$V"
expect_body "Två fakturor saknade attest"
expect_body "avvikelse"
get "/intern-kontroll/moment/$aid" "$A"
expect_body "id=\"remove-followup-$fid\""

# Corrections and removal.
get "/intern-kontroll/risk/$rid/andra" "$A"
expect_body 'id="risk-edit-form"'
post "/intern-kontroll/risk/$rid/andra" "$A" "csrf=$tok" area=Ekonomi "text=Felaktiga utbetalningar" \
	probability=3 consequence=4 owner=Förbundschef
expect_code 303 "a risk changed"
checks=$((checks + 1))
[ "$(sql "SELECT probability FROM risk WHERE id = $rid")" = 3 ] || fail "the probability is changed"
post "/intern-kontroll/moment/$aid" "$A" "csrf=$tok" risk="$rid" "what=Stickprov på utbetalningar" \
	frequency=monthly owner=
expect_code 400 "an action without owner"
expect_body 'id="owner-error"'
get "/intern-kontroll/risk/$rid/ta-bort" "$A"
expect_body "Risken har 1 kontrollmoment. Ta bort det först"
expect_no_body 'id="confirm-form"' "a risk with actions is not offered for removal"
get "/intern-kontroll/moment/$aid/ta-bort" "$A"
expect_body "Ta bort uppföljningarna först"
get "/intern-kontroll/uppfoljning/$fid/ta-bort" "$A"
expect_body 'id="confirm-form"'
post "/intern-kontroll/uppfoljning/$fid/ta-bort" "$A" "csrf=$tok"
expect_code 303 "a follow-up removed"
get "/intern-kontroll/moment/$aid/ta-bort" "$A"
expect_body 'id="confirm-form"'
post "/intern-kontroll/moment/$aid/ta-bort" "$A" "csrf=$tok"
expect_code 303 "an action removed"
post "/intern-kontroll/risk/$rid/ta-bort" "$A" "csrf=$tok"
expect_code 303 "a risk removed"
get "/intern-kontroll/risk/$rid" "$A"
expect_code 404 "the risk is gone"
checks=$((checks + 1))
n=$(sql "SELECT count(*) FROM audit_log WHERE actor = 'anna' AND record = 'risk $rid'")
[ "$n" = 3 ] || fail "the web's changes of the risk are logged with the user's name ($n)"

# A follow-up of the demo removed: its period is a finding in the
# director's overview.
post /intern-kontroll/uppfoljning/15/ta-bort "$A" "csrf=$tok"
expect_code 303 "a follow-up of 2025 removed"
get "/?year=2025" "$A"
expect_body "Kontrollmomentet 6 (Jäv antecknas i protokollen) är inte uppföljt för halvår 2 2025, som slutade 2025-12-31."
expect_no_body "finsam control" "no command line in the overview"

# Roles: the board and the auditor read, and may change nothing.
for jar in "$B" "$V"; do
	for p in /intern-kontroll/moment/1 /intern-kontroll/risk/1/andra /intern-kontroll/risk/1/ta-bort \
		/intern-kontroll/uppfoljning/1/ta-bort; do
		get "$p" "$jar"
		expect_code 403 "$p for $(basename "$jar")"
	done
	post /intern-kontroll/anta "$jar" "csrf=$tok" year=2026 meeting=6
	expect_code 403 "the adoption for $(basename "$jar")"
done

# A closed year refuses changes, with the reason.
run --db "$db" year close 2024 --adopted 2025-03-13
expect_rc 0 "2024 closed"
post /intern-kontroll "$A" "csrf=$tok" year=2024 area=Ekonomi "text=Sen risk" probability=1 consequence=1
expect_code 400 "a risk in a closed year"
expect_body "året är stängt och kan bara öppnas igen av en administratör"
post /intern-kontroll/kopiera "$A" "csrf=$tok" year=2024 from=2025
expect_code 400 "a copy into a closed year"
expect_body 'id="error-summary"'
finish
