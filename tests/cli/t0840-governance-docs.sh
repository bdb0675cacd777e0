# The governance in the documents, from the records: the annual report's
# "Styrning och uppföljning" (a year with five board meetings says five),
# the interim report's for its period, 'report governance' on its own and
# the plan's internal control plan, in every format with their JSON keys.
. "$SRC/tests/cli/lib.sh"
export FINSAM_TODAY=2026-03-15
db="$T/g.db"

run --db "$db" demo
run --db "$db" board add "Eva Lind" --year 2025 --role ordförande --appointed-by "Dalby kommun"
run --db "$db" board add "Per Holm" --year 2025 --role "vice ordförande" --appointed-by "Region Norrdalen"
run --db "$db" board add "Maria Öberg" --year 2025 --role ledamot --appointed-by "Försäkringskassan"
run --db "$db" board add "Sara Ek" --year 2025 --role ersättare --appointed-by "Dalby kommun"
expect_rc 0 "board add"
all="Eva Lind, Per Holm, Maria Öberg"
for day in 2025-02-13 2025-04-10 2025-06-12 2025-10-02 2025-11-20; do
	run --db "$db" meeting add "$day" --body styrelse --attended "$all" --protocol "P $day"
	expect_rc 0 "board meeting $day"
done
run --db "$db" meeting add 2024-12-10 --body styrelse
run --db "$db" meeting add 2026-02-10 --body styrelse
run --db "$db" meeting add 2025-03-01 --body beredningsgrupp
run --db "$db" meeting add 2025-09-01 --body beredningsgrupp
run --db "$db" meeting add 2025-05-05 --body medlemssamråd
expect_rc 0 "the other meetings"
run --db "$db" meeting decide 1 --kind styrdokument "Delegeringsordningen och attestordningen revideras"
run --db "$db" meeting decide 5 --kind budget "Budget för 2026 fastställs"
expect_rc 0 "decisions"
run --db "$db" insats add "Steget vidare" --kind individinriktad --from 2025-01-01 --to 2026-12-31 \
	--accounts 4010 --objects 6:1
run --db "$db" insats decide "Steget vidare" --date 2025-11-20 --amount "700 000" --years 2026
run --db "$db" insats decide "Steget vidare" --date 2025-05-05 --amount "50 000" --years 2025
expect_rc 0 "funding decisions"

run --db "$db" policy add Förbundsordning --adopted 2019-05-02 --revise-by 2024-12-31
run --db "$db" policy add Delegeringsordning --adopted 2020-02-20
run --db "$db" policy add Attestordning --adopted 2020-02-20
run --db "$db" policy revise Delegeringsordning --date 2025-02-13 --revise-by 2027-02-13
run --db "$db" policy revise Attestordning --date 2025-02-13
run --db "$db" policy add Dokumenthanteringsplan --adopted 2025-06-12
run --db "$db" policy add Informationspolicy --adopted 2026-01-15
expect_rc 0 "policies"

run --db "$db" risk add "Felaktiga utbetalningar" --year 2025 --area Ekonomi --probability 2 --consequence 4
run --db "$db" risk add "Personuppgifter röjs" --year 2025 --area Personuppgifter --probability 3 --consequence 4
run --db "$db" control add 1 --what "Stickprov på utbetalningar" --frequency kvartalsvis --owner Ekonom
run --db "$db" control add 2 --what "Genomgång av behörigheter" --frequency årligen --owner Förbundschef
run --db "$db" control adopt --year 2025 --meeting 1
expect_rc 0 "the plan adopted"
run --db "$db" control follow-up 1 --meeting 2 --result genomförd --period 1
run --db "$db" control follow-up 1 --meeting 4 --result avvikelse --period 2 --comment "Två fakturor utan attest" \
	--measure "Attestanterna påmindes"
run --db "$db" control follow-up 1 --meeting 5 --result genomförd --period 3
run --db "$db" control follow-up 1 --meeting 7 --result genomförd --period 4
expect_rc 0 "follow-ups"

# ---- the annual report ----
run --db "$db" report annual --year 2025 --draft
expect_rc 0 "annual report"
cp "$T/out" "$T/a.txt"
expect_out "Styrelsen har haft fem sammanträden under året. Beredningsgruppen har haft två"
expect_joined "Beredningsgruppen har haft två sammanträden och medlemssamrådet ett."
expect_out "2025-02-13, 2025-04-10, 2025-06-12, 2025-10-02, 2025-11-20"
expect_no_out "2024-12-10"
expect_out "Budget för 2026 fastställs"
expect_out "Steget vidare: 700 000 kr för 2026"
expect_out "Steget vidare: 50 000 kr för 2025"
expect_joined "Under året reviderades 2 av 4 styrdokument. 1 styrdokument antogs under året. Vid årets slut hade 1 styrdokument passerat dagen då det senast skulle revideras."
expect_no_out "Informationspolicy"
expect_joined "Internkontrollplanen för 2025 antogs av styrelsen 2025-02-13 (protokoll P 2025-02-13)."
expect_joined "Planen har 2 kontrollmoment för 2 risker. De följdes upp 4 gånger vid 4 sammanträden: 3 genomförda och 1 med avvikelse."
expect_out "Två fakturor utan attest"
expect_out "Attestanterna påmindes"
expect_out "1 period av året saknar uppföljning."
# The section sits in 1.4, after the board.
checks=$((checks + 1))
awk '/^1\.4 Styrning/ { s = 1 } /^1\.5 / { s = 0 } s' "$T/a.txt" | grep -q "Sammanträden per organ" ||
	fail "the meetings are not in 1.4"

run --db "$db" report annual --year 2025 --draft --format json
expect_rc 0 "annual JSON"
cp "$T/out" "$T/a.json"
expect_json "$T/a.json" governance.year 2025
expect_json "$T/a.json" governance.from '"2025-01-01"'
expect_json "$T/a.json" governance.to '"2025-12-31"'
expect_json "$T/a.json" governance.board_meetings 5
expect_json "$T/a.json" governance.policies_revised 2
expect_json "$T/a.json" governance.policies_adopted 1
expect_json "$T/a.json" governance.policies_overdue 1
expect_json "$T/a.json" governance.internal_control.adopted '"2025-02-13"'
expect_json "$T/a.json" governance.internal_control.adopted_meeting 1
expect_json "$T/a.json" governance.internal_control.counts.risks 2
expect_json "$T/a.json" governance.internal_control.counts.actions 2
expect_json "$T/a.json" governance.internal_control.counts.followups 4
expect_json "$T/a.json" governance.internal_control.counts.meetings 4
expect_json "$T/a.json" governance.internal_control.counts.done 3
expect_json "$T/a.json" governance.internal_control.counts.deviation 1
expect_json "$T/a.json" governance.internal_control.counts.not_done 0
expect_json "$T/a.json" governance.internal_control.counts.missing 1
checks=$((checks + 1))
python3 - "$T/a.json" <<'PY' || fail "the annual report's governance lists"
import json, sys
g = json.load(open(sys.argv[1]))["governance"]
m = {r["body"]: r for r in g["meetings"]}
assert m["board"]["count"] == 5 and m["development"]["count"] == 2 and m["consultation"]["count"] == 1, m
assert "other" not in m, m
assert m["board"]["dates"] == "2025-02-13, 2025-04-10, 2025-06-12, 2025-10-02, 2025-11-20", m
d = g["decisions"]
assert [x["date"] for x in d] == ["2025-02-13", "2025-05-05", "2025-11-20", "2025-11-20"], d
assert d[0]["kind"] == "governing" and d[0]["meeting"] == 1 and d[0]["id"] == 1 and d[0]["funding_decision"] is None
# A funding decision on a day the board did not meet: no meeting.
assert d[1]["kind"] == "funding" and d[1]["meeting"] is None and d[1]["body"] == "board", d[1]
assert d[1]["amount"] == 5000000 and d[1]["id"] is None, d[1]
assert d[2]["kind"] == "budget" and d[3]["kind"] == "funding" and d[3]["meeting"] == 5, d
p = {x["name"]: x for x in g["policies"]}
assert sorted(p) == ["Attestordning", "Delegeringsordning", "Dokumenthanteringsplan", "Förbundsordning"], p
assert p["Delegeringsordning"]["revised"] == "2025-02-13" and p["Delegeringsordning"]["revise_by"] == "2027-02-13"
assert p["Förbundsordning"]["overdue"] == "true" and p["Förbundsordning"]["revised"] == "", p
assert p["Dokumenthanteringsplan"]["adopted"] == "2025-06-12"
dev = g["internal_control"]["deviations"]
assert len(dev) == 1 and dev[0]["result"] == "deviation" and dev[0]["period"] == "kvartal 2", dev
assert dev[0]["meeting_date"] == "2025-10-02" and dev[0]["what"] == "Stickprov på utbetalningar", dev
assert dev[0]["measure"] == "Attestanterna påmindes" and dev[0]["action"] == 1, dev
PY

run --db "$db" report annual --year 2025 --draft --format md
expect_out "Styrelsen har haft fem sammanträden under året."
expect_out "| Styrelsen | 5 | 2025-02-13, 2025-04-10, 2025-06-12, 2025-10-02, 2025-11-20 |"
run --db "$db" report annual --year 2025 --draft --format html -o "$T/a.html"
expect_rc 0 "annual HTML"
checks=$((checks + 1))
grep -q "Styrelsen har haft fem sammanträden under året." "$T/a.html" || fail "HTML: the board's meetings"
checks=$((checks + 1))
grep -q "Attestanterna påmindes" "$T/a.html" || fail "HTML: the measure"
run --db "$db" report annual --year 2025 --draft --format pdf -o "$T/a.pdf"
expect_rc 0 "annual PDF"
pdftotext "$T/a.pdf" "$T/a.pdf.txt"
checks=$((checks + 1))
tr '\n' ' ' < "$T/a.pdf.txt" | grep -q "Styrelsen har haft fem sammanträden under året" || fail "PDF: five meetings"
checks=$((checks + 1))
grep -q "Avvikelser och åtgärder" "$T/a.pdf.txt" || fail "PDF: the deviations"
run --db "$db" report annual --year 2025 --draft --format xlsx -o "$T/a.xlsx"
expect_rc 0 "annual XLSX"
python3 "$SRC/tests/cli/xlsx_read.py" "$T/a.xlsx" sheets > "$T/sheets"
checks=$((checks + 1))
found=0
for s in $(cat "$T/sheets" | tr ' ' '_'); do
	s=$(printf '%s' "$s" | tr '_' ' ')
	if python3 "$SRC/tests/cli/xlsx_read.py" "$T/a.xlsx" rows "$s" 2>/dev/null | grep -q "s:Styrelsen;n:5;s:2025-02-13, 2025-04-10"; then
		found=1
	fi
done
[ "$found" = 1 ] || fail "XLSX: the board's five meetings in a sheet: $(cat "$T/sheets")"
run --db "$db" report annual --year 2025 --draft --format csv
expect_rc 0 "annual CSV"
expect_out "Styrelsen;5;"

# ---- the interim report: the same for its period ----
run --db "$db" report interim --until 2025-08-31 --draft
expect_rc 0 "interim report"
expect_out "Styrelsen har haft tre sammanträden under perioden. Beredningsgruppen har haft"
expect_joined "Beredningsgruppen har haft ett sammanträde och medlemssamrådet ett."
expect_no_out "Budget för 2026 fastställs"
expect_joined "Under perioden reviderades 2 av 4 styrdokument. 1 styrdokument antogs under perioden."
expect_joined "De följdes upp 1 gång vid 1 sammanträde: 1 genomförd."
expect_out "1 period som slutade före 2025-08-31 saknar uppföljning."
run --db "$db" report interim --until 2025-08-31 --draft --format json
cp "$T/out" "$T/i.json"
expect_json "$T/i.json" governance.from '"2025-01-01"'
expect_json "$T/i.json" governance.to '"2025-08-31"'
expect_json "$T/i.json" governance.board_meetings 3
expect_json "$T/i.json" governance.internal_control.counts.followups 1
expect_json "$T/i.json" governance.internal_control.counts.missing 1
expect_json "$T/i.json" governance.internal_control.deviations '[]'
checks=$((checks + 1))
python3 -c 'import json,sys; g = json.load(open(sys.argv[1]))["governance"]; assert len(g["decisions"]) == 2, g["decisions"]' \
	"$T/i.json" || fail "the interim report's decisions"
# Before the plan was adopted, it was not.
run --db "$db" report interim --until 2025-02-12 --draft --format json
cp "$T/out" "$T/i2.json"
expect_json "$T/i2.json" governance.internal_control.adopted null
expect_json "$T/i2.json" governance.board_meetings 0
run --db "$db" report interim --until 2025-02-12 --draft
expect_out "Inga sammanträden med styrelsen är registrerade under perioden."
expect_out "Internkontrollplanen för 2025 är inte antagen vid något sammanträde."

# ---- report governance on its own ----
run --db "$db" report governance --year 2025
expect_rc 0 "report governance"
expect_out "Styrning och uppföljning 2025"
expect_out "Styrelsen har haft fem sammanträden under året."
run --db "$db" report governance --until 2025-08-31 --format json
expect_rc 0 "report governance --until"
cp "$T/out" "$T/g.json"
expect_json "$T/g.json" board_meetings 3
run --db "$db" report governance --year 2025 --until 2025-08-31
expect_rc 2 "both --year and --until"
expect_err "ange antingen --until eller --year"
run --db "$db" report governance --until 2025-02-30
expect_rc 2 "a day that does not exist"
run --db "$db" report governance --help
expect_rc 0 "help"
expect_out "report governance [--year ÅR | --until DATUM]"
run --db "$db" report governance --year 2024
expect_rc 0 "a year with one board meeting and nothing else"
expect_out "Styrelsen har haft ett sammanträde under året."
expect_out "Inga beslut är registrerade under året."
expect_out "Internkontrollplanen för 2024 är inte antagen vid något sammanträde."

# ---- the plan lists the year's internal control plan ----
run --db "$db" report plan --year 2025 --draft
expect_rc 0 "plan"
expect_out "Intern kontroll"
expect_out "Planen antogs vid sammanträdet 2025-02-13 (protokoll P 2025-02-13)."
expect_out "Riskmatris: sannolikhet och konsekvens"
expect_out "Stickprov på utbetalningar"
expect_no_out "Två fakturor utan attest"
run --db "$db" report plan --year 2025 --draft --format json
cp "$T/out" "$T/p.json"
expect_json "$T/p.json" internal_control.adopted '"2025-02-13"'
checks=$((checks + 1))
python3 -c 'import json,sys; c = json.load(open(sys.argv[1]))["internal_control"]
assert [r["risk"] for r in c["risks"]] == ["Felaktiga utbetalningar", "Personuppgifter röjs"], c
assert [a["what"] for a in c["actions"]] == ["Stickprov på utbetalningar", "Genomgång av behörigheter"], c
assert "followups" not in c, c' "$T/p.json" || fail "the plan's internal control"
run --db "$db" report plan --year 2025 --draft --format html -o "$T/p.html"
checks=$((checks + 1))
grep -q "Riskmatris" "$T/p.html" && grep -q "<svg" "$T/p.html" || fail "the plan's HTML: the risk matrix"
run --db "$db" report plan --year 2025 --draft --format pdf -o "$T/p.pdf"
expect_rc 0 "plan PDF"
pdftotext "$T/p.pdf" "$T/p.pdf.txt"
checks=$((checks + 1))
grep -q "Risk- och väsentlighetsanalys" "$T/p.pdf.txt" || fail "PDF: the plan's risk analysis"

# ---- a document's adoption names the board meeting of its day ----
run --db "$db" document adopt interim --year 2025 --date 2025-10-02
run --db "$db" report interim --until 2025-08-31 --draft
expect_out "Beslutad av förbundsstyrelsen 2025-10-02, protokoll P 2025-10-02"
run --db "$db" report interim --until 2025-08-31 --draft --format json
cp "$T/out" "$T/ia.json"
expect_json "$T/ia.json" adopted_meeting 4
# A day with no board meeting recorded: the date alone, and null.
run --db "$db" document adopt plan --year 2025 --date 2024-11-15
run --db "$db" report plan --year 2025 --draft
expect_out "Beslutad av förbundsstyrelsen 2024-11-15"
expect_no_out "2024-11-15, protokoll"
run --db "$db" report plan --year 2025 --draft --format json
cp "$T/out" "$T/pa.json"
expect_json "$T/pa.json" adopted_meeting null
run --db "$db" meeting edit 7 --protocol 2026:1
run --db "$db" year close 2025 --adopted 2026-02-10
expect_rc 0 "the year closed on the day of a board meeting"
run --db "$db" report annual --year 2025 --draft
expect_out "Fastställd av förbundsstyrelsen 2026-02-10, protokoll 2026:1"
run --db "$db" report annual --year 2025 --draft --format json
cp "$T/out" "$T/ac.json"
expect_json "$T/ac.json" adopted '"2026-02-10"'
expect_json "$T/ac.json" adopted_meeting 7

finish
