# The meetings on the web: /sammantraden and one meeting for the
# director, the board and the auditors, refused to the registrar; the
# director records a meeting (the year's board as checkboxes), a decision,
# corrects and removes them (each logged with the user); a refused form
# names its field; a form without its CSRF token stores nothing; the year
# cycle marks the meetings held; the overview and the check of the
# auditor list the meetings' findings.
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

for jar in "$A" "$B" "$V"; do
	get "/sammantraden?year=2025" "$jar"
	expect_code 200 "the meetings for $(basename "$jar")"
	expect_body 'id="meeting-list"'
	expect_body 'href="/sammantraden/5"' "a meeting's date leads to it"
	expect_body "Beslutsför"
	get /sammantraden/5 "$jar"
	expect_code 200 "a meeting for $(basename "$jar")"
	expect_body "Budget för 2026 fastställs"
	expect_body "Steget vidare: 700 000 kr för 2026" "the funding decision of the day"
	expect_body "Beslutsför: ja"
	expect_body "Sara Ek"
done
# The report of the year's governance, from the same records.
get /rapporter/styrning/2025 "$B"
expect_code 200 "the governance report for the board"
expect_body "Styrelsen har haft fem sammanträden under året."
get /rapporter/styrning/2025.pdf "$V"
expect_code 200 "the governance report as PDF for the auditor"
expect_head "application/pdf"
get / "$B"
expect_body 'href="/sammantraden"' "the board's menu"
get "/sammantraden?year=2025" "$B"
expect_no_body 'id="meeting-form"' "the board has no form"
get /sammantraden/5 "$B"
expect_no_body 'id="decision-form"' "the board has no decision form"
expect_no_body "/sammantraden/beslut/" "the board has no link to correct a decision"
get "/sammantraden?year=2025" "$R"
expect_code 403 "the registrar is refused"
get / "$R"
expect_no_body 'href="/sammantraden"' "not in the registrar's menu"
for jar in "$B" "$R" "$V"; do
	for p in /sammantraden/1/andra /sammantraden/1/ta-bort /sammantraden/beslut/1 /sammantraden/beslut/1/ta-bort; do
		get "$p" "$jar"
		expect_code 403 "$p for $(basename "$jar")"
	done
done

# The auditor's overview and the check list the meetings' findings: a
# governing document revised on a day without a board meeting.
get "/?year=2025" "$A"
expect_body '<p id="meeting-findings">Varje beslut av styrelsen har ett protokollfört' \
	"the demo's decisions are all taken at meetings"
run --db "$db" policy revise Förbundsordning --date 2025-12-04 --note "Ny lydelse"
expect_rc 0 "a revision on a day without a meeting"
get "/?year=2025" "$V"
expect_body 'id="meeting-findings"'
expect_body "dagen för revideringen av styrdokumentet Förbundsordning"
get "/kontroll?year=2025" "$V"
expect_body "Styrelsens beslut är fattade på sammanträden"
expect_body 'href="/sammantraden?year=2025"' "the check leads to the meetings"
expect_body 'href="/styrdokument?year=2025"' "the check leads to the governing documents"

# The year cycle: the planned board meetings of 2025 are held.
get "/arshjul?year=2025" "$B"
expect_body "Styrelsemöte, hållet"

# The director records a meeting.
get "/sammantraden?year=2025" "$A"
expect_body 'id="meeting-form"'
expect_body 'name="attended" value="Jonas Berg"'
expect_body "Sara Ek (ersättare)"
tok=$(csrf)
post /sammantraden "$A" "csrf=$tok" date= body= protocol=
expect_code 400 "a meeting without day and body"
expect_body 'id="date-error"'
expect_body 'id="body-error"'
post /sammantraden "$A" "csrf=$tok" date=2025-12-04 body=board protocol=2025:6 "attended=Eva Lind" \
	"attended=Kalle Ek"
expect_code 400 "an attendee not on the board"
expect_body 'id="attended-error"'
expect_body "Kalle Ek finns inte i styrelsen 2025"
expect_no_body "--" "no command-line option in a message"
post /sammantraden "$A" "csrf=0000000000000000000000000000000000000000000000000000000000000000" \
	date=2025-12-04 body=board protocol=2025:6
expect_code 403 "a form without its CSRF token"
post /sammantraden "$B" "csrf=$tok" date=2025-12-04 body=board protocol=2025:6
expect_code 403 "the board may not add"
checks=$((checks + 1))
[ "$(sql "SELECT count(*) FROM meeting WHERE protocol = '2025:6'")" = 0 ] || fail "a refused form stored nothing"
post /sammantraden "$A" "csrf=$tok" date=2025-12-04 body=board protocol=2025:6 "attended=Eva Lind" \
	"attended=Sara Ek"
expect_code 303 "a meeting added"
id=$(sql "SELECT id FROM meeting WHERE protocol = '2025:6'")
expect_head "Location: /sammantraden/$id?ok="
checks=$((checks + 1))
[ "$(sql "SELECT name FROM meeting_attendee WHERE meeting_id = $id ORDER BY name" | paste -sd '|')" = "Eva Lind|Sara Ek" ] ||
	fail "the attendees ticked are stored"

# A decision, which the meeting of one member of four may not take.
get "/sammantraden/$id" "$A"
expect_body 'id="decision-form"'
post "/sammantraden/$id/beslut" "$A" "csrf=$tok" kind= text=
expect_code 400 "a decision without kind and text"
expect_body 'id="kind-error"'
expect_body 'id="text-error"'
post "/sammantraden/$id/beslut" "$A" "csrf=$tok" kind=other "text=Sammanträdesplan för 2026 fastställs"
expect_code 303 "a decision added"
get "/sammantraden/$id" "$A"
expect_body "Sammanträdesplan för 2026 fastställs"
expect_body "Beslutsför: nej"
did=$(sql "SELECT id FROM meeting_decision WHERE meeting_id = $id")
expect_body "href=\"/sammantraden/beslut/$did\"" "the decision leads to its correction"
get "/?year=2025" "$V"
expect_body "Styrelsens sammanträde 2025-12-04 (protokoll 2025:6) fattade 1 beslut utan att vara beslutsför"

# Corrections.
get "/sammantraden/$id/andra" "$A"
expect_body 'id="meeting-edit-form"'
expect_body 'value="Eva Lind" checked'
post "/sammantraden/$id/andra" "$A" "csrf=$tok" date=2025-12-04 body=board protocol=2025:6 \
	"attended=Eva Lind" "attended=Per Holm" "attended=Maria Öberg"
expect_code 303 "a meeting changed"
get "/sammantraden/$id" "$A"
expect_body "Beslutsför: ja, 3 av 4"
get "/sammantraden/beslut/$did" "$A"
expect_body 'id="decision-edit-form"'
post "/sammantraden/beslut/$did" "$A" "csrf=$tok" kind=governing text=
expect_code 400 "a decision without text"
expect_body 'id="text-error"'
post "/sammantraden/beslut/$did" "$A" "csrf=$tok" kind=governing "text=Arbetsordning fastställs"
expect_code 303 "a decision changed"
get "/sammantraden/beslut/$did/ta-bort" "$A"
expect_body 'id="confirm-form"'
post "/sammantraden/beslut/$did/ta-bort" "$A" "csrf=$tok"
expect_code 303 "a decision removed"
post "/sammantraden/$id/beslut" "$A" "csrf=$tok" kind=other "text=Ett beslut till"
get "/sammantraden/$id/ta-bort" "$A"
expect_body "tas bort med närvaron och de beslut"
post "/sammantraden/$id/ta-bort" "$A" "csrf=$tok"
expect_code 303 "a meeting removed with its decision"
get "/sammantraden/$id" "$A"
expect_code 404 "the meeting is gone"
checks=$((checks + 1))
n=$(sql "SELECT count(*) FROM audit_log WHERE record IN ('meeting $id') AND actor = 'anna'")
[ "$n" = 3 ] || fail "the web's changes of the meeting are logged with the user's name ($n)"
finish
