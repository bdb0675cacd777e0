# The registrar's pages end to end: 'finsam serve' on the demo förbund and
# curl as each role: a participant and an enrolment corrected through their
# forms (errors beside their fields, what was typed kept but never the
# personal identity number, the confirmation a refused date asks for), an
# exit made and undone with the statistics following, an enrolment and a
# participant removed after a confirmation, the ready marks of an
# intervention set and taken back, everything in the audit log, and the
# roles that may not refused.
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/web_lib.sh"
web_demo

web_serve

for u in anna rita bo rev; do
	login "$u" "korvmacka-123" "$T/$u"
	expect_code 303 "login $u"
done
# The count of exited participants in the year's statistics, as the board reads it.
exited() {
	get /rapporter/deltagarstatistik/2025 "$T/bo"
	tr -d '\n' < "$T/body" | sed 's/.*<caption>Avslutade under året<\/caption>//' |
		grep -o 'Totalt</th><td class="num">[0-9]*' | head -n 1 | sed 's/.*>//'
}

# N097 is the first participant of Unga i arbete (examples/deltagare.csv), rita's intervention.
get /deltagare/N097 "$T/rita"
expect_code 200 "the registrar's participant"
expect_body 'href="/deltagare/N097/andra"'
enr=$(grep -o '/deltagare/N097/inskrivning/[0-9]*/andra' "$T/body" | head -n 1 | sed 's/.*inskrivning\/\([0-9]*\)\/andra/\1/')
checks=$((checks + 1))
[ -n "$enr" ] || fail "no link to correct the enrolment"

# The roles that may not.
for p in /deltagare/N097/andra "/deltagare/N097/inskrivning/$enr/andra" "/deltagare/N097/inskrivning/$enr/ta-bort" \
	/klar /deltagare/N097; do
	get "$p" "$T/bo"
	expect_code 403 "the board: $p"
done
get /deltagare/N097/andra "$T/rev"
expect_code 403 "the auditor corrects nothing"
get /klar "$T/rev"
expect_code 200 "the auditor reads the ready marks"
post /klar "$T/rev" "csrf=$(csrf)" "insats=2" "year=2025" "period=Helår"
expect_code 403 "the auditor marks nothing"
get /deltagare/N097/ta-bort "$T/rita"
expect_code 403 "a registrar removes no participant"
# Another intervention's participant and enrolment are not hers.
get /deltagare/N001/andra "$T/rita"
expect_code 404 "someone else's participant"
get /deltagare/N001 "$T/anna"
other=$(grep -o '/deltagare/N001/inskrivning/[0-9]*/andra' "$T/body" | head -n 1 | sed 's/.*inskrivning\/\([0-9]*\)\/andra/\1/')
get "/deltagare/N097/inskrivning/$other/andra" "$T/rita"
expect_code 404 "someone else's enrolment under her participant's code"

# A participant corrected: a wrong year of birth is named beside its field.
get /deltagare/N097/andra "$T/rita"
expect_code 200 "the participant's form"
expect_body 'Välj …'
post /deltagare/N097/andra "$T/rita" "csrf=$(csrf)" "code=N097" "sex=kvinna" "born=19x0" "education=gymnasial" \
	"pnr=200303121234"
expect_code 400 "a bad year of birth"
expect_body 'id="born-error"'
expect_body 'aria-invalid="true"'
expect_body 'id="error-summary"'
expect_body 'value="19x0"'
expect_no_body "1212" "the personal identity number is not written back"
expect_no_body "--" "no option of the command line"
post /deltagare/N097/andra "$T/rita" "csrf=$(csrf)" "code=N097" "sex=kvinna" "born=2003" "education=" "pnr="
expect_code 400 "no education chosen"
expect_body 'id="education-error"'
post /deltagare/N097/andra "$T/rita" "csrf=$(csrf)" "code=N097" "sex=kvinna" "born=2003" \
	"education=eftergymnasial" "pnr="
expect_code 303 "the participant corrected"
expect_head "Location: /deltagare/N097?ok="
get "$(sed -n 's/^Location: \([^\r]*\).*/\1/p' "$T/head")" "$T/rita"
expect_body "eftergymnasial"
expect_body 'id="notice"'

# The enrolment: a date after today asks whether it is planned.
get "/deltagare/N097/inskrivning/$enr/andra" "$T/rita"
expect_code 200 "the enrolment's form"
post "/deltagare/N097/inskrivning/$enr/andra" "$T/rita" "csrf=$(csrf)" "date=2099-01-01" \
	"support_before=försörjningsstöd" "time_in_support=ingen" "exited=" "reason=" "support_after="
expect_code 400 "a date after today"
expect_body 'name="planned"'
expect_body "Inskrivningen är planerad"
expect_body 'id="date-error"'
expect_body 'value="2099-01-01"'
post "/deltagare/N097/inskrivning/$enr/andra" "$T/rita" "csrf=$(csrf)" "date=2025-03-01" \
	"support_before=" "time_in_support=ingen" "exited=" "reason=" "support_after="
expect_code 400 "no support chosen"
expect_body 'id="support_before-error"'
post "/deltagare/N097/inskrivning/$enr/andra" "$T/rita" "csrf=$(csrf)" "date=2025-03-01" \
	"support_before=arbetslöshetsersättning" "time_in_support=ingen" "exited=" "reason=" "support_after="
expect_code 303 "the enrolment corrected"
get /deltagare/N097 "$T/rita"
expect_body "arbetslöshetsersättning"

# An exit made through the form moves the statistics; undone, they are back.
before=$(exited)
get /deltagare/N097 "$T/rita"
post /deltagare/N097/avslut "$T/rita" "csrf=$(csrf)" "insats=2" "exited=2025-10-01" "reason=" "support_after=lön"
expect_code 400 "no reason chosen"
expect_body 'id="reason-error"'
post /deltagare/N097/avslut "$T/rita" "csrf=$(csrf)" "insats=2" "exited=2025-10-01" "reason=arbete" \
	"support_after=lön"
expect_code 303 "the exit"
after=$(exited)
checks=$((checks + 1))
[ -n "$before" ] && [ "$after" != "$before" ] || fail "the exit did not move the statistics: $before → $after"
get "/deltagare/N097/inskrivning/$enr/angra-avslut" "$T/rita"
expect_code 200 "the undo's confirmation"
expect_body "Ångra avslutet"
post "/deltagare/N097/inskrivning/$enr/angra-avslut" "$T/rita" "csrf=$(csrf)"
expect_code 303 "the exit undone"
expect_head "Location: /deltagare/N097?ok="
checks=$((checks + 1))
[ "$(exited)" = "$before" ] || fail "undone, the statistics are not back: $(exited), expected $before"

# The enrolment removed after its confirmation page.
get "/deltagare/N097/inskrivning/$enr/ta-bort" "$T/rita"
expect_code 200 "the removal's confirmation"
expect_body "Det går inte att ångra"
post "/deltagare/N097/inskrivning/$enr/ta-bort" "$T/rita" "csrf=$(csrf)"
expect_code 303 "the enrolment removed"
get /deltagare/N097 "$T/anna"
expect_code 200 "the participant is still there"
expect_no_body "/inskrivning/$enr/" "the enrolment is gone"
# And the participant, by the administrator.
get /deltagare/N097/ta-bort "$T/anna"
expect_code 200 "the participant's removal"
post /deltagare/N097/ta-bort "$T/anna" "csrf=$(csrf)"
expect_code 303 "the participant removed"
get /deltagare/N097 "$T/anna"
expect_code 404 "the removed participant"

# An age outside the target group (16–29) is saved only when she says so.
get /deltagare/ny "$T/rita"
post /deltagare/ny "$T/rita" "csrf=$(csrf)" "code=R050" "pnr=" "sex=man" "born=1960" "education=gymnasial" \
	"insats=2" "date=2025-04-01" "support_before=lön" "time_in_support=ingen"
expect_code 400 "an age outside the target group"
expect_body 'name="force"'
expect_body "Spara ändå: åldern är utanför målgruppen"
expect_body 'id="born-error"'
post /deltagare/ny "$T/rita" "csrf=$(csrf)" "code=R050" "pnr=" "sex=man" "born=1960" "education=gymnasial" \
	"insats=2" "date=2025-04-01" "support_before=lön" "time_in_support=ingen" "force=1"
expect_code 303 "saved all the same"
# An exit after today only when it is planned.
get /deltagare/R050 "$T/rita"
post /deltagare/R050/avslut "$T/rita" "csrf=$(csrf)" "insats=2" "exited=2099-06-01" "reason=arbete" "support_after=lön"
expect_code 400 "an exit after today"
expect_body "Avslutet är planerat"
expect_body 'id="exited-error"'

# Ready marks: rita marks her intervention's year, the director sees who.
get /klar?year=2025 "$T/rita"
expect_code 200 "the ready page"
expect_body 'id="ready-form"'
post /klar "$T/rita" "csrf=$(csrf)" "insats=2" "year=2025" "period="
expect_code 400 "no period"
expect_body 'id="period-error"'
post /klar "$T/rita" "csrf=$(csrf)" "insats=1" "year=2025" "period=Helår"
expect_code 403 "someone else's intervention"
get /klar?year=2025 "$T/rita"
post /klar "$T/rita" "csrf=$(csrf)" "insats=2" "year=2025" "period=Helår"
expect_code 303 "marked ready"
expect_head "Location: /klar?year=2025&ok="
get /klar?year=2025 "$T/rita"
post /klar "$T/rita" "csrf=$(csrf)" "insats=2" "year=2025" "period=Helår"
expect_code 400 "marked twice"
expect_body "redan klarmarkerat"
get /klar?year=2025 "$T/anna"
expect_body "rita"
expect_body "klar"
run --db "$db" insats ready list --year 2025 --format json
expect_rc 0 "ready list"
expect_out '"marked_by": "rita"'
get /klar?year=2025 "$T/anna"
post /klar/ta-bort "$T/anna" "csrf=$(csrf)" "insats=2" "year=2025" "period=annual"
expect_code 303 "unmarked by the administrator"
run --db "$db" insats ready list --year 2025 --format json
checks=$((checks + 1))
if grep -q '"marked_by": "rita"' "$T/out"; then fail "the mark is still there"; fi

# The same on the command line.
run --db "$db" insats ready mark "Unga i arbete" --year 2025 --period delår
expect_rc 0 "ready mark"
expect_out "klarmarkerat"
run --db "$db" insats ready mark "Unga i arbete" --year 2025 --period delår
expect_rc 2 "marked twice"
run --db "$db" insats ready mark "Unga i arbete" --year 2999 --period delår
expect_rc 2 "a year to come"
checks=$((checks + 1))
grep -qF "kommande år" "$T/err" || fail "a year to come: $(cat "$T/err")"
run --db "$db" insats ready mark "Unga i arbete" --year 2025 --period kvartal
expect_rc 2 "no such period"
run --db "$db" insats ready unmark "Unga i arbete" --year 2025 --period delår
expect_rc 0 "ready unmark"
run --db "$db" insats ready --help
expect_rc 0 "help"
expect_out "insats ready mark"

# Everything in the log, with who.
get /logg "$T/anna"
for w in "ändra deltagare" "ändra inskrivning" "ångra avslut" "ta bort inskrivning" "ta bort deltagare" \
	"klarmarkera" "ta bort klarmarkering"; do
	expect_body "$w" "the log"
done

# The overview per role.
get / "$T/anna"
expect_body 'id="role-overview"'
get / "$T/rita"
expect_body 'id="role-overview"'
finish
