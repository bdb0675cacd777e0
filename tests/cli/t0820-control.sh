#!/bin/sh
# The internal control plan: the risks of a year's analysis, the control
# actions that answer them, the plan adopted at a meeting and the
# follow-ups per period; every refusal with its reason; the audit log;
# 'check' warns of a period ended without a follow-up and of a plan not
# adopted; the report 'control' in every format, its JSON keys, the risk
# matrix drawn in the PDF and the HTML; a closed year refuses changes.
. "$SRC/tests/cli/lib.sh"
export FINSAM_TODAY=2025-10-15
sql() {
	db_sql "$db" "$1"
}

db="$T/c.db"
run --db "$db" init --name "Samordningsförbundet Test" --orgnr 222000-3129
expect_rc 0 "init"

# ---- risks ----
run --db "$db" risk add "Felaktiga utbetalningar" --area Ekonomi --probability 2 --consequence 4 --owner Förbundschef
expect_rc 0 "a risk added"
expect_out "Lade till risken med id 1."
run --db "$db" risk add "Personuppgifter röjs" --area Personuppgifter --probability 3 --consequence 4
expect_rc 0 "a second risk, this year by default"
run --db "$db" risk add "Beslut utan delegation" --area Styrning --probability 1 --consequence 3 --year 2025
expect_rc 0 "a third risk, the year given"
run --db "$db" risk add "X" --area Ekonomi --probability 5 --consequence 1
expect_rc 2 "a probability of 5"
expect_err "sannolikheten är ett tal från 1 (osannolik) till 4 (mycket sannolik)"
run --db "$db" risk add "X" --area Ekonomi --probability 2 --consequence tre
expect_rc 2 "a consequence not a number"
expect_err "konsekvensen är ett tal från 1 (lindrig) till 4 (allvarlig)"
run --db "$db" risk add "X" --area " " --probability 2 --consequence 2
expect_rc 2 "a blank area"
expect_err "ange vilket område risken gäller"
run --db "$db" risk add "X" --probability 2
expect_rc 2 "options missing"
expect_err "ange --area, --probability och --consequence"
run --db "$db" risk add --help
expect_rc 0 "help"
expect_out "Riskvärdet är deras produkt: 1–3 låg, 4–6 medel,"
run --db "$db" risk edit 9 --owner Någon
expect_rc 2 "no such risk"
expect_err "det finns ingen risk med id 9"
run --db "$db" risk edit 3 --consequence 4 --owner Ordförande
expect_rc 0 "a risk edited"

# ---- control actions ----
run --db "$db" control add 1 --what "Stickprov på utbetalningar" --frequency kvartalsvis --owner Ekonom \
	--report-to "Styrelsen kvartalsvis"
expect_rc 0 "an action added"
expect_out "Lade till kontrollmomentet med id 1."
run --db "$db" control add 2 --what "Genomgång av behörigheter" --frequency halvårsvis --owner Förbundschef
expect_rc 0 "a second action"
run --db "$db" control add 3 --what "Granskning av delegationsbeslut" --frequency årligen --owner Ordförande
expect_rc 0 "a yearly action"
run --db "$db" control add 1 --what "X" --frequency veckovis --owner Ekonom
expect_rc 2 "an unknown frequency"
expect_err "okänd frekvens 'veckovis'"
run --db "$db" control add 7 --what "X" --frequency årligen --owner Ekonom
expect_rc 2 "no such risk"
expect_err "det finns ingen risk med id 7"
run --db "$db" control add 1 --what "X" --frequency årligen
expect_rc 2 "no owner"
run --db "$db" control edit 2 --frequency tertialvis
expect_rc 0 "an action edited"
run --db "$db" risk remove 1
expect_rc 2 "a risk with actions is not removed"
expect_err "risken 1 har 1 kontrollmoment"

# ---- adoption and follow-ups ----
run --db "$db" meeting add 2025-02-10 --body styrelse --protocol 2025:1
run --db "$db" meeting add 2025-05-12 --body styrelse --protocol 2025:2
run --db "$db" meeting add 2025-09-20 --body styrelse --protocol 2025:3
run --db "$db" meeting add 2026-01-20 --body styrelse --protocol 2026:1
run --db "$db" control adopt --year 2025 --meeting 9
expect_rc 2 "no such meeting"
expect_err "det finns inget sammanträde med id 9"
run --db "$db" control adopt --year 2024 --meeting 1
expect_rc 2 "a meeting after the plan's year"
expect_err "efter året 2024"

# Before the plan is adopted and followed up, 'check' has nothing to
# check without books; the report says it is not adopted.
run --db "$db" report control --year 2025
expect_rc 0 "the report before adoption"
expect_out "Planen för 2025 är inte antagen vid något sammanträde."
run --db "$db" control adopt --year 2025 --meeting 1
expect_rc 0 "adopted"
expect_out "Internkontrollplanen för 2025 antogs vid sammanträdet 1."
run --db "$db" control follow-up 1 --meeting 2 --result genomförd
expect_rc 0 "followed up: quarter 1 by default"
expect_out "Registrerade uppföljningen med id 1."
run --db "$db" control follow-up 1 --meeting 3 --result avvikelse
expect_rc 2 "a deviation without a comment"
expect_err "beskriv avvikelsen i kommentaren"
run --db "$db" control follow-up 1 --meeting 3 --period 2 --result avvikelse --comment "Två fakturor utan attest" \
	--measure "Attestlistan uppdaterad"
expect_rc 0 "a deviation"
run --db "$db" control follow-up 1 --meeting 3 --period 5 --result genomförd
expect_rc 2 "a fifth quarter"
expect_err "perioden är ett tal från 1 till 4 för ett kontrollmoment som görs kvartalsvis"
run --db "$db" control follow-up 1 --meeting 1 --period 3 --result genomförd
expect_rc 2 "a meeting before the period began"
expect_err "innan perioden kvartal 3 2025 började (2025-07-01)"
run --db "$db" control follow-up 2 --meeting 3 --result kanske
expect_rc 2 "an unknown result"
expect_err "okänt resultat 'kanske'"
run --db "$db" control follow-up 2 --meeting 3 --result genomförd
expect_rc 0 "tertial 2 by default (ended 31 August)"
run --db "$db" control remove 1
expect_rc 2 "an action followed up is not removed"
expect_err "kontrollmomentet 1 har följts upp 2 gånger"
run --db "$db" meeting remove 3
expect_rc 2 "a meeting with follow-ups is not removed"
expect_err "ta först bort uppföljningarna"

# ---- the lists and the report ----
run --db "$db" risk list --year 2025
expect_rc 0 "risk list"
expect_out " 2   2  Personuppgifter  Personuppgifter röjs               3           4         12  mycket hög"
expect_out "Riskmatris: sannolikhet och konsekvens"
run --db "$db" risk show 1
expect_rc 0 "risk show"
expect_out "Stickprov på utbetalningar"
expect_out "Två fakturor utan attest"
run --db "$db" risk show x
expect_rc 2 "risk show of no number"
run --db "$db" control list --year 2025
expect_rc 0 "control list"
expect_out "tertial 1"
expect_joined "2 perioder som slutade före 2025-10-15 saknar uppföljning."
# Without --year the lists show this year, as 'risk add' adds to it, books or none.
run --db "$db" risk list --format json
expect_rc 0 "risk list of this year"
cp "$T/out" "$T/rl.json"
expect_json "$T/rl.json" year 2025
run --db "$db" control list
expect_rc 0 "control list of this year"
expect_out "Kontrollmoment 2025"

for fmt in text md csv json html pdf xlsx; do
	run --db "$db" report control --year 2025 --format "$fmt" -o "$T/c.$fmt"
	expect_rc 0 "report control as $fmt"
	checks=$((checks + 1))
	[ -s "$T/c.$fmt" ] || fail "report control as $fmt is empty"
done
run --db "$db" report control
expect_rc 2 "the report needs --year"
grep -q "Riskmatris" "$T/c.md" || fail "the matrix in Markdown"
grep -q "Två fakturor utan attest" "$T/c.csv" || fail "the deviation in CSV"
expect_json "$T/c.json" year 2025
expect_json "$T/c.json" adopted '"2025-02-10"'
expect_json "$T/c.json" adopted_meeting 1
expect_json "$T/c.json" as_of '"2025-10-15"'
checks=$((checks + 1))
python3 - "$T/c.json" <<'PY' || fail "the JSON of report control"
import json, sys
d = json.load(open(sys.argv[1]))
r = d["risks"][1]
assert r == {"number": 2, "id": 2, "area": "Personuppgifter", "risk": "Personuppgifter röjs", "probability": 3,
             "consequence": 4, "score": 12, "level": "very_high", "owner": ""}, r
a = d["actions"][1]
assert a == {"id": 2, "risk": 2, "risk_id": 2, "what": "Genomgång av behörigheter", "frequency": "tertial",
             "owner": "Förbundschef", "report_to": ""}, a
f = d["followups"][1]
assert f == {"id": 2, "action": 1, "period": "kvartal 2", "period_number": 2, "meeting": 3,
             "meeting_date": "2025-09-20", "result": "deviation", "comment": "Två fakturor utan attest",
             "measure": "Attestlistan uppdaterad"}, f
assert d["missing"] == [{"action": 1, "what": "Stickprov på utbetalningar", "period": "kvartal 3",
                         "period_end": "2025-09-30"},
                        {"action": 2, "what": "Genomgång av behörigheter", "period": "tertial 1",
                         "period_end": "2025-04-30"}], d["missing"]
assert "risk_matrix" not in d
PY
pdftotext -layout "$T/c.pdf" "$T/c.txt"
grep -q "Internkontrollplan 2025" "$T/c.txt" || fail "the PDF's title"
grep -q "12 mycket hög" "$T/c.txt" || fail "the matrix's cells in the PDF"
grep -q "Konsekvens" "$T/c.txt" || fail "the matrix's axis in the PDF"
grep -q "<svg" "$T/c.html" || fail "the matrix drawn in the HTML"
grep -q "Riskmatris" "$T/c.html" || fail "the matrix named in the HTML"
python3 "$SRC/tests/cli/xlsx_read.py" "$T/c.xlsx" sheets > "$T/sheets" || fail "the workbook"
grep -q "Risker" "$T/sheets" || fail "the risks' sheet"

# ---- check, with the books of the demo ----
demo="$T/demo.db"
FINSAM_TODAY=2026-03-15 run --db "$demo" demo
FINSAM_TODAY=2026-03-15 sh "$SRC/examples/norrdalen.sh" "$FINSAM" "$demo" || fail "norrdalen.sh"
db="$demo"
FINSAM_TODAY=2026-03-15 run --db "$db" check --year 2025
expect_out "[OK]              Internkontrollplanen är antagen"
expect_out "[OK]              Kontrollmomenten i internkontrollplanen är uppföljda"
fu=$(sql "SELECT id FROM control_followup WHERE action_id = 3 AND period = 2")
FINSAM_TODAY=2026-03-15 run --db "$db" control follow-up remove "$fu"
expect_rc 0 "a follow-up removed"
FINSAM_TODAY=2026-03-15 run --db "$db" check --year 2025
expect_rc 0 "a warning is no failure"
expect_out "[VARNING]         Kontrollmomenten i internkontrollplanen är uppföljda"
expect_joined "Kontrollmomentet 3 (Genomgång av behörigheter och deltagarregister) är inte uppföljt för halvår 2 2025"
# Within the year only the periods ended count.
FINSAM_TODAY=2025-12-30 run --db "$db" check --year 2025
expect_out "[OK]              Kontrollmomenten i internkontrollplanen är uppföljda"
db_sql "$db" "UPDATE control_plan SET meeting_id = NULL"
FINSAM_TODAY=2026-03-15 run --db "$db" check --year 2025 --format json
cp "$T/out" "$T/check.json"
checks=$((checks + 1))
python3 -c 'import json,sys
d = json.load(open(sys.argv[1]))
c = {x["id"]: x for x in d["checks"]}
assert c["control_plan_adopted"]["status"] == "warning", c["control_plan_adopted"]
assert c["control_followed_up"]["status"] == "warning", c["control_followed_up"]' "$T/check.json" ||
	fail "the checks in JSON"
FINSAM_TODAY=2026-03-15 run --db "$db" check --year 2024
expect_out "[EJ KONTROLLERAD] Internkontrollplanen är antagen"
expect_out "                  ingen internkontrollplan är registrerad för året"

# A copy to the next year: the risks and actions, no follow-ups.
FINSAM_TODAY=2026-03-15 run --db "$db" risk copy --from 2025 --to 2026
expect_rc 0 "copied"
expect_out "Kopierade 6 risker med deras kontrollmoment från 2025 till 2026."
FINSAM_TODAY=2026-03-15 run --db "$db" risk copy --from 2025 --to 2026
expect_rc 2 "not twice"
expect_err "riskanalysen för 2026 har redan 6 risker"

# A closed year refuses changes.
FINSAM_TODAY=2026-03-15 run --db "$db" year close 2025 --adopted 2026-03-10
expect_rc 0 "the year closed"
FINSAM_TODAY=2026-03-15 run --db "$db" risk add "Ny risk" --year 2025 --area Ekonomi --probability 1 --consequence 1
expect_rc 2 "a risk in a closed year"
FINSAM_TODAY=2026-03-15 run --db "$db" control follow-up 3 --meeting 6 --result genomförd
expect_rc 2 "a follow-up in a closed year"

checks=$((checks + 1))
log=$(db_sql "$T/c.db" "SELECT action FROM audit_log WHERE record LIKE 'risk%' OR record LIKE 'control%' ORDER BY id" |
	paste -sd '|')
[ "$log" = "lägg till risk|lägg till risk|lägg till risk|ändra risk|lägg till kontrollmoment|lägg till kontrollmoment|lägg till kontrollmoment|ändra kontrollmoment|anta internkontrollplan|följ upp kontrollmoment|följ upp kontrollmoment|följ upp kontrollmoment" ] ||
	fail "the audit log of the changes: $log"
finish
