# The board's meetings and decisions: meeting add with attendance matched
# against the year's board, decide, list, show (text and JSON, with the
# funding decisions of the day and the quorum), edit, remove (refused
# while decisions exist unless --force), the corrections of a decision,
# bad input refused, every change in the audit log, the year cycle's held
# mark, and year close's warning when no board meeting is recorded on the
# adoption day.
. "$SRC/tests/cli/lib.sh"
db="$T/m.db"

run --db "$db" demo
run --db "$db" board add "Eva Lind" --year 2025 --role ordförande --appointed-by "Dalby kommun"
run --db "$db" board add "Per Holm" --year 2025 --role "vice ordförande" --appointed-by "Region Norrdalen"
run --db "$db" board add "Maria Öberg" --year 2025 --role ledamot --appointed-by "Försäkringskassan"
run --db "$db" board add "Sara Ek" --year 2025 --role ersättare --appointed-by "Dalby kommun"
expect_rc 0 "board add"
run --db "$db" insats add "Steget vidare" --kind individinriktad --from 2025-01-01 --to 2026-12-31 \
	--accounts 4010 --objects 6:1
run --db "$db" insats decide "Steget vidare" --date 2025-11-20 --amount "700 000" --years 2026
expect_rc 0 "funding decision"
run --db "$db" calendar add 2025-11-20 "Styrelsemöte" --kind styrelse
expect_rc 0 "planned board meeting"

# --help on every command, in Swedish.
for c in add decide list show edit remove "decision edit" "decision remove"; do
	# shellcheck disable=SC2086
	run meeting $c --help
	expect_rc 0 "meeting $c --help"
	expect_out "Användning: finsam meeting $c"
done

# Recording a meeting: the attendees take their role from the board.
run --db "$db" meeting add 2025-11-20 --body styrelse --attended "Eva Lind, Sara Ek ,Per Holm" --protocol 2025:5
expect_rc 0 "meeting add"
expect_out "Lade till sammanträdet 2025-11-20 med id 1."
run --db "$db" meeting decide 1 --kind budget "Budget för 2026 fastställs"
expect_rc 0 "decide"
expect_out "Lade till beslutet med id 1."
run --db "$db" meeting decide 1 --kind verksamhetsplan "Verksamhetsplan för 2026 fastställs"
expect_out "id 2."

# Bad input.
run --db "$db" meeting add 2025-13-01 --body styrelse
expect_rc 2 "bad date"
expect_err "2025-13-01"
run --db "$db" meeting add 2025-06-01 --body fullmäktige
expect_rc 2 "unknown body"
expect_err "okänt organ 'fullmäktige' (styrelse, beredningsgrupp, medlemssamråd eller övrigt)"
run --db "$db" meeting add 2025-06-01
expect_rc 2 "no body"
expect_err "--body"
run --db "$db" meeting add 2025-06-01 --body styrelse --attended "Eva Lind, Kalle Ek"
expect_rc 2 "unknown attendee"
expect_err "Kalle Ek finns inte i styrelsen 2025; styrelsen är Eva Lind (ordförande), Per Holm (vice ordförande), Maria Öberg (ledamot), Sara Ek (ersättare)"
run --db "$db" meeting add 2024-06-01 --body styrelse --attended "Eva Lind"
expect_rc 2 "no board that year"
expect_err "ingen styrelse är inlagd för 2024"
run --db "$db" meeting add 2025-06-01 --body styrelse --attended "Eva Lind, Eva Lind"
expect_rc 2 "twice"
expect_err "Eva Lind står två gånger i närvarolistan"
run --db "$db" meeting add 2099-01-01 --body styrelse
expect_rc 2 "future meeting"
expect_err "efter i dag"
run --db "$db" meeting decide 1 --kind lån "Ett lån"
expect_rc 2 "unknown kind"
expect_err "okänt slags beslut 'lån'"
run --db "$db" meeting decide 99 --kind budget "Budget"
expect_rc 2 "unknown meeting"
expect_err "det finns inget sammanträde med id 99"
run --db "$db" meeting decide 1 --kind budget "  "
expect_rc 2 "blank decision"
expect_err "beslutet behöver en text"
run --db "$db" meeting show x1
expect_rc 2 "bad id"
expect_err "'x1' är inget id"
run --db "$db" meeting show 99
expect_rc 2 "show unknown"
expect_err "det finns inget sammanträde med id 99"
run --db "$db" meeting list --body fullmäktige
expect_rc 2 "list unknown body"
expect_err "okänt organ 'fullmäktige'"

# show: attendees with their role, the decisions with the funding
# decision of the day, and the quorum (Sara Ek does not serve: Eva Lind
# of her organisation is there; two of three is more than half).
run --db "$db" meeting show 1
expect_rc 0 "show"
expect_out "Sammanträde 2025-11-20: Styrelsen"
expect_out "Protokoll: 2025:5."
expect_out "Beslutsför: ja, 2 av 3 ordinarie ledamöter närvarande."
expect_out "Sara Ek   ersättare"
expect_out "Eva Lind  ordinarie"
expect_out "Budget för 2026 fastställs"
expect_out "Finansiering av insats  Steget vidare: 700 000 kr för 2026"
run --db "$db" meeting show 1 --format json
cp "$T/out" "$T/show.json"
expect_json "$T/show.json" id 1
expect_json "$T/show.json" date '"2025-11-20"'
expect_json "$T/show.json" body '"board"'
expect_json "$T/show.json" protocol '"2025:5"'
expect_json "$T/show.json" members 3
expect_json "$T/show.json" present 2
expect_json "$T/show.json" quorate '"yes"'
python3 - "$T/show.json" > "$T/show.check" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
print([(a["name"], a["as"]) for a in d["attendees"]])
print([(x["id"], x["kind"], x["funding_decision"], x["intervention"], x["amount"]) for x in d["decisions"]])
PY
cp "$T/show.check" "$T/out"
expect_out "[('Eva Lind', 'ordinary'), ('Sara Ek', 'deputy'), ('Per Holm', 'ordinary')]"
expect_out "[(1, 'budget', None, None, None), (2, 'plan', None, None, None), (None, 'funding', 1, 'Steget vidare', 70000000)]"

# list, in text, JSON and CSV, by year and body.
run --db "$db" meeting add 2025-03-01 --body beredningsgrupp
expect_rc 0 "meeting without attendance"
run --db "$db" meeting list --year 2025
expect_rc 0 "list"
expect_out "Sammanträden 2025"
expect_out " 1  2025-11-20  Styrelsen          2025:5              3       3"
expect_out "Beredningsgruppen"
run --db "$db" meeting list --year 2025 --body styrelse --format json
cp "$T/out" "$T/list.json"
expect_json "$T/list.json" year 2025
expect_json "$T/list.json" body '"board"'
expect_out '"attendees": 3'
expect_out '"decisions": 3'
expect_no_out "development"
run --db "$db" meeting list --format csv
expect_out "Id;Datum;Organ;Protokoll;Närvarande;Beslut"
expect_out "2;2025-03-01;Beredningsgruppen;;0;0"

# The year cycle: the planned board meeting is held, the preparatory
# group's meeting no event planned is shown held too.
run --db "$db" calendar --year 2025
expect_rc 0 "calendar"
expect_out "2025-11-20  Styrelsemöte      Styrelsemöte"
expect_out "hållet"
expect_out "Sammanträde: Beredningsgruppen"
run --db "$db" calendar --year 2025 --format json
cp "$T/out" "$T/cal.json"
python3 - "$T/cal.json" > "$T/out" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
for e in d["events"]:
    print(e["date"], e["kind"], e["status"])
PY
expect_out "2025-11-20 board held"
expect_out "2025-03-01 development held"
expect_out "2025-11-13 development past"
# A plan's cycle, as of the plan's day, shows no meeting of the year it plans.
run --db "$db" calendar --year 2025 --date 2025-01-01
expect_no_out "hållet"

# edit: the attendance replaced, matched again; a bad name refused.
run --db "$db" meeting edit 1 --attended "Per Holm, Maria Öberg, Sara Ek" --protocol "2025:5b"
expect_rc 0 "edit"
expect_out "Ändrade sammanträdet 1."
run --db "$db" meeting show 1
expect_out "Beslutsför: ja, 3 av 3 ordinarie ledamöter närvarande eller ersatta (1 ersättare"
expect_out "2025:5b"
run --db "$db" meeting edit 1 --attended "Nils"
expect_rc 2 "edit unknown attendee"
expect_err "Nils finns inte i styrelsen 2025"
run --db "$db" meeting edit 1 --date 2024-11-20
expect_rc 2 "moved to a year whose board does not hold them"
expect_err "finns inte i styrelsen 2024"
run --db "$db" meeting edit 1 --body nämnd
expect_rc 2 "edit unknown body"
run --db "$db" meeting edit 77 --protocol x
expect_rc 2 "edit unknown meeting"
expect_err "det finns inget sammanträde med id 77"

# The corrections of a decision.
run --db "$db" meeting decision edit 2 --kind styrdokument --text "Arbetsordning fastställs"
expect_rc 0 "decision edit"
expect_out "Ändrade beslutet 2."
run --db "$db" meeting decision edit 2 --kind lån
expect_rc 2 "decision edit unknown kind"
run --db "$db" meeting decision remove 2
expect_rc 0 "decision remove"
expect_out "Tog bort beslutet 2."
run --db "$db" meeting decision remove 2
expect_rc 2 "decision remove again"
expect_err "det finns inget beslut från ett sammanträde med id 2"

# remove: refused while decisions exist, unless --force.
run --db "$db" meeting remove 1
expect_rc 2 "remove with decisions"
expect_err "sammanträdet 1 har 1 beslut"
run --db "$db" meeting remove 2
expect_rc 0 "remove without decisions"
run --db "$db" meeting remove 1 --force
expect_rc 0 "remove --force"
expect_out "Tog bort sammanträdet 1."
run --db "$db" meeting list
expect_out "Inga sammanträden är protokollförda."
run --db "$db" insats decision list "Steget vidare"
expect_out "700 000"

# Every change is in the audit log.
run --db "$db" audit --format json
for a in "lägg till sammanträde" "ändra sammanträde" "ta bort sammanträde" "lägg till beslut" "ändra beslut" \
	"ta bort beslut"; do
	expect_out "\"$a\""
done
expect_out '"meeting 1"'
expect_out '"meeting_decision 1"'

# year close: no board meeting that day is a warning, not a refusal.
run --db "$db" meeting add 2026-03-10 --body styrelse
run --db "$db" year close 2025 --adopted 2026-03-11
expect_rc 0 "close without a meeting"
expect_err "varning: inget sammanträde med styrelsen är protokollfört 2026-03-11"
run --db "$db" year reopen 2025 --reason "prov"
run --db "$db" year close 2025 --adopted 2026-03-10
expect_rc 0 "close with the meeting"
checks=$((checks + 1))
[ ! -s "$T/err" ] || fail "a warning with the meeting recorded: $(cat "$T/err")"
# A closed year's meetings cannot change.
run --db "$db" meeting add 2025-12-01 --body styrelse
expect_rc 2 "closed year"
expect_err "2026-03-10"
finish
