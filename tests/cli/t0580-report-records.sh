#!/bin/sh
# What the annual report says beyond the books, entered once: an
# intervention's status and results in a year, earlier years' key figures
# (history) and the staff per year. Every refusal says why, nothing is
# half stored, a closed year is refused, and each change is in the log.
. "$SRC/tests/cli/lib.sh"
db="$T/demo.db"
FINSAM_TODAY=2026-03-15
export FINSAM_TODAY

run --db "$db" demo
expect_rc 0 "demo"

# ---- earlier years' key figures ----
run --db "$db" history set 2021 --revenue "1 500 000" --costs "-1 420 000" --result 80000 --equity "310 000,50" \
	--women 41 --men 35 --employees 1 --source "Årsredovisning 2021"
expect_rc 0 "history set"
expect_out "Sparade nyckeltalen för 2021."
run --db "$db" history set 2021 --men 36
expect_rc 0 "one figure changed, the others kept"
run --db "$db" history list --format json
expect_rc 0 "history list"
cp "$T/out" "$T/h.json"
expect_json "$T/h.json" history '[{"year": 2021, "revenue": 150000000, "costs": -142000000, "result": 8000000, "equity": 31000050, "women": 41, "men": 36, "employees": 1, "source": "Årsredovisning 2021"}]'
run --db "$db" history set 2025 --revenue 1
expect_rc 2 "a year the books hold"
expect_err "bokföringen har 2025"
run --db "$db" history set 2020 --women 4x
expect_rc 2 "a count that is not one"
expect_err "Deltagare, kvinnor: '4x' är inte ett antal"
run --db "$db" history set 2020 --equity "tio kronor"
expect_rc 2 "an amount that is not one"
expect_err "Eget kapital"
run --db "$db" history set 2020
expect_rc 2 "nothing to set"
expect_err "ange minst ett nyckeltal för 2020"
run --db "$db" history set 19x0 --revenue 1
expect_rc 2 "a bad year"
run --db "$db" history list --format json
checks=$((checks + 1))
[ "$(grep -c '"year"' "$T/out")" = 1 ] || fail "a refused year was stored"
run --db "$db" history remove 2020
expect_rc 2 "removing a year without figures"
expect_err "det finns inga nyckeltal för 2020"
run --db "$db" history set 2022 --equity 1 --source "Årsredovisning 2022"
expect_rc 0 "a second year"
run --db "$db" history remove 2022
expect_rc 0 "history remove"
run --db "$db" history list
expect_out "Årsredovisning"
checks=$((checks + 1))
grep -q "^2022" "$T/out" && fail "a removed year is listed"

# ---- the staff ----
run --db "$db" staff set 2025 --employees 2 --posts 1,75 --funded-posts 4.5 --sick-leave 2,3
expect_rc 0 "staff set"
run --db "$db" staff list --format json
expect_json "$T/out" staff '[{"year": 2025, "employees": 2, "own_posts": "1.75", "funded_posts": "4.50", "sick_leave": "2.30", "note": ""}]'
run --db "$db" staff set 2024 --sick-leave 2
expect_rc 2 "sick leave without staff"
expect_err "sjukfrånvaro anges bara när förbundet har egen personal"
run --db "$db" staff set 2024 --employees 1,5
expect_rc 2 "half a person"
expect_err "skriv ett helt antal personer"
run --db "$db" staff set 2024 --posts 1,234
expect_rc 2 "three decimals"
expect_err "högst två decimaler"
run --db "$db" staff set 2024 --sick-leave 101 --employees 1
expect_rc 2 "more than all working time"
run --db "$db" staff set 2024
expect_rc 2 "nothing to set"
run --db "$db" staff list --format json
checks=$((checks + 1))
[ "$(grep -c '"year"' "$T/out")" = 1 ] || fail "a refused staff year was stored"
run --db "$db" staff set 2025 --sick-leave ""
expect_rc 0 "sick leave unknown again"
run --db "$db" staff list --format json
expect_json "$T/out" staff '[{"year": 2025, "employees": 2, "own_posts": "1.75", "funded_posts": "4.50", "sick_leave": null, "note": ""}]'

# ---- an intervention's year ----
run --db "$db" insats add "Steget vidare" --kind individinriktad --from 2024-01-01 --to 2026-12-31
expect_rc 0 "insats add"
run --db "$db" insats status "Steget vidare" avslutad --year 2025
expect_rc 0 "insats status"
run --db "$db" insats status "Steget vidare" halvklar --year 2025
expect_rc 2 "an unknown status"
expect_err "okänd status 'halvklar'"
run --db "$db" insats status "Ingen sådan" avslutad --year 2025
expect_rc 2 "an unknown intervention"
printf '## Resultat\n\nTolv deltagare gick till arbete.\n' > "$T/res.md"
run --db "$db" insats results "Steget vidare" "$T/res.md" --year 2025
expect_rc 0 "insats results"
printf 'a\000b' > "$T/bin.md"
run --db "$db" insats results "Steget vidare" "$T/bin.md" --year 2025
expect_rc 2 "a file that is not text"
run --db "$db" insats results "Steget vidare" --year 2025 --remove
expect_rc 0 "results removed"
run --db "$db" insats results "Steget vidare" "$T/res.md" --year 2025
expect_rc 0 "results again"

# ---- activities: a series of meetings and the different people ----
run --db "$db" activity add "Kurs i samverkan" --date 2025-03-01 --kind kompetenshöjande \
	--attendees "Försäkringskassan=30, Kommunen=30" --meetings 6 --persons 12
expect_rc 0 "a series of six meetings"
run --db "$db" activity add "Nätverksträff" --date 2025-04-01 --kind strukturinriktad --attendees "Regionen=9"
expect_rc 0 "one meeting"
run --db "$db" activity add "Fel" --date 2025-04-01 --kind strukturinriktad --attendees "Regionen=9" --persons 10
expect_rc 2 "more people than attendance"
expect_err "10 olika personer kan inte ha kommit när deltagarna var 9 sammanlagt"
run --db "$db" activity add "Fel" --date 2025-04-01 --kind strukturinriktad --attendees "Regionen=9" --meetings 0
expect_rc 2 "no meeting"
expect_err "antalet träffar ska vara ett heltal, minst 1"
run --db "$db" activity list --year 2025 --format json
expect_rc 0 "activity list"
checks=$((checks + 1))
grep -q '"Fel"' "$T/out" && fail "a refused activity was stored"
run --db "$db" goal add --year 2025 --title "Samverkan" --area individ
expect_rc 0 "goal add"
run --db "$db" goal result 1 --year 2025 --text "Deltagare i kompetenshöjande" --indicator attendees-competence --target 50
expect_rc 0 "an indicator of one kind of activity"
run --db "$db" goal result 1 --year 2025 --text "Deltagare i strukturinriktade" --indicator attendees-structural --target 5
expect_rc 0 "the other kind"
run --db "$db" goal result 1 --year 2025 --text "Fel" --indicator attendees-alla
expect_rc 2 "an unknown indicator"
expect_err "attendees-structural, attendees-competence"
run --db "$db" goal list --year 2025 --format json
expect_rc 0 "goal list"
cp "$T/out" "$T/ind.json"
python3 - "$T/ind.json" > "$T/ind.txt" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
def walk(v):
    if isinstance(v, dict):
        if "indicator" in v and str(v.get("indicator", "")).startswith("attendees-"):
            print(v["indicator"], v.get("value").split(".")[0])
        for x in v.values(): walk(x)
    elif isinstance(v, list):
        for x in v: walk(x)
walk(d)
PY
checks=$((checks + 1))
grep -q "^attendees-competence 60" "$T/ind.txt" || fail "competence attendees: $(cat "$T/ind.txt")"
checks=$((checks + 1))
grep -q "^attendees-structural 9" "$T/ind.txt" || fail "structural attendees: $(cat "$T/ind.txt")"
run --db "$db" activity edit 1 --persons ""
expect_rc 0 "persons not known again"

# ---- the board's decision on the plan and the interim report ----
run --db "$db" document adopt plan --year 2025 --date 2024-11-20
expect_rc 0 "document adopt plan"
run --db "$db" report plan --year 2025
expect_rc 0 "report plan"
expect_out "Beslutad av förbundsstyrelsen 2024-11-20"
run --db "$db" report plan --year 2025 --format json
expect_json "$T/out" adopted '"2024-11-20"'
run --db "$db" document adopt interim --year 2025 --date 2025-10-01
expect_rc 0 "document adopt interim"
run --db "$db" report interim --until 2025-08-31
expect_out "Beslutad av förbundsstyrelsen 2025-10-01"
run --db "$db" document adopt annual --year 2025 --date 2026-03-01
expect_rc 2 "the annual report is adopted by the close"
expect_err "okänt dokument 'annual'"
run --db "$db" document adopt plan --year 2025 --date 2027-01-01
expect_rc 2 "a day after today"
run --db "$db" document adopt plan --year 2025 --date 2019-01-01
expect_rc 2 "a day far from the year"
run --db "$db" document adopt plan --year 2025
expect_rc 2 "no date"
run --db "$db" document unadopt interim --year 2025
expect_rc 0 "document unadopt"
run --db "$db" document unadopt interim --year 2025
expect_rc 2 "nothing to remove"
expect_err "har inget beslutsdatum"
run --db "$db" report interim --until 2025-08-31
checks=$((checks + 1))
grep -q "Beslutad av förbundsstyrelsen" "$T/out" && fail "a removed decision is still stated"

# ---- the log ----
run --db "$db" audit --format json
expect_rc 0 "audit"
for action in "sätt tidigare års nyckeltal" "ta bort tidigare års nyckeltal" "sätt personal" "ändra insatsens år" \
	"fastställ dokument" "ta bort fastställelse"; do
	checks=$((checks + 1))
	grep -qF "\"$action\"" "$T/out" || fail "no '$action' in the log"
done
run --db "$db" audit
expect_joined "status: efter datumen → avslutad"
expect_joined "tjänster: 1,75"

# ---- a closed year ----
run --db "$db" year close 2025 --adopted 2026-03-10
expect_rc 0 "close 2025"
run --db "$db" staff set 2025 --employees 3
expect_rc 2 "staff of a closed year"
expect_err "stängt"
run --db "$db" insats status "Steget vidare" pågående --year 2025
expect_rc 2 "status in a closed year"
expect_err "stängt"

# ---- help ----
for cmd in "insats status" "insats results" "history set" "history list" "history remove" "staff set" \
	"staff list" "staff remove" "document adopt" "document unadopt"; do
	# shellcheck disable=SC2086
	run $cmd --help
	expect_rc 0 "$cmd --help"
done
finish
