# Correcting the goals of a plan year: a goal's title, a result goal's
# target, an assessment changed and removed, a result goal and a goal
# removed. The goal table follows; the audit log keeps the values before
# and after; a closed year refuses every change.
. "$SRC/tests/cli/lib.sh"
db="$T/g.db"

run --db "$db" init --name "Samordningsförbundet Prov" --orgnr 222000-1990
run --db "$db" insats add "Steget vidare" --kind individinriktad
run --db "$db" goal add --year 2025 --title "Individinriktade insatser" --area individ
run --db "$db" goal add --year 2025 --title "Samverkan" --area struktur
run --db "$db" goal result 1 --year 2025 --text "Deltagare till arbete" --indicator manual --target 40 --unit %
expect_rc 0 "result goal"
run --db "$db" goal assess 1.1 --year 2025 --period annual --status "ej uppfyllt" --value 35
expect_rc 0 "assess"

# goals: the goal table as JSON in $T/goals.json.
goals() {
	"$FINSAM" --db "$db" goal list --year 2025 --format json > "$T/goals.json"
}
# expect_goal PATH VALUE: the value (as JSON) at PATH (keys and indexes) of the goal table.
expect_goal() {
	checks=$((checks + 1))
	got=$(python3 -c 'import json,sys
v=json.load(open(sys.argv[1]))
for k in sys.argv[2].split("."): v=v[int(k)] if k.isdigit() else v[k]
print(json.dumps(v))' "$T/goals.json" "$1") || { fail "$1: missing"; return; }
	[ "$got" = "$2" ] || fail "$1 is $got, expected $2"
}
goals
expect_goal result_goals.0.target '"40.00"'
expect_goal result_goals.0.annual_status '"not_met"'

# A goal's title and area corrected.
run --db "$db" goal edit 1 --year 2025 --title "Individen i centrum"
expect_rc 0 "edit a goal"
run --db "$db" goal edit 2 --year 2025 --area kompetens --number 3
expect_rc 0 "renumber a goal"
run --db "$db" goal edit 3 --year 2025 --number 1
expect_rc 2 "a number taken"
expect_err "mål 1 för 2025 finns redan"
run --db "$db" goal edit 1 --year 2025 --area havet
expect_rc 2 "a bad area"
expect_err "okänt område 'havet'"
run --db "$db" goal edit 1 --year 2025 --target 5
expect_rc 2 "a result goal's option on a goal"
# A result goal's target corrected: the outcome now reaches it.
run --db "$db" goal edit 1.1 --year 2025 --target 30 --follow-up "Ur registret"
expect_rc 0 "edit a result goal"
goals
checks=$((checks + 1))
python3 -c 'import json,sys
d=json.load(open(sys.argv[1]))
g=d["goals"]; r=d["result_goals"][0]
assert [(x["number"],x["title"],x["area"]) for x in g]==[(1,"Individen i centrum","individual"),(3,"Samverkan","competence")], g
assert r["target"]=="30.00" and r["reached"]=="true" and r["follow_up"]=="Ur registret", r' "$T/goals.json" ||
	fail "the goal table did not follow the corrections"
run --db "$db" goal edit 1.1 --year 2025 --indicator exit-share --insats "Steget vidare"
expect_rc 0 "another indicator for an intervention"
run --db "$db" goal edit 1.1 --year 2025 --indicator attendees
expect_rc 2 "an intervention on an indicator without one"
expect_err "en enskild insats följs bara upp med indikatorerna"
run --db "$db" goal edit 1.1 --year 2025 --indicator manual --all-insatser --no-target
expect_rc 0 "back to manual"
goals
expect_goal result_goals.0.intervention 'null'
expect_goal result_goals.0.target 'null'

# An assessment changed (assessed again) and removed.
run --db "$db" goal assess 1.1 --year 2025 --period annual --status uppfyllt --value 45
goals
expect_goal result_goals.0.annual_status '"met"'
run --db "$db" goal assessment remove 1.1 --year 2025 --period annual
expect_rc 0 "remove an assessment"
goals
expect_goal result_goals.0.annual_status '"not_assessed"'
run --db "$db" goal assessment remove 1.1 --year 2025 --period annual
expect_rc 2 "none left"
expect_err "ingen bedömning"

# A goal with result goals cannot be removed; a result goal can.
run --db "$db" goal assess 1.1 --year 2025 --period interim --status "på god väg"
run --db "$db" goal remove 1 --year 2025
expect_rc 2 "a goal with result goals"
expect_err "mål 1 har resultatmål (1.1)"
run --db "$db" goal remove 1.1 --year 2025
expect_rc 0 "remove a result goal"
run --db "$db" goal remove 1 --year 2025
expect_rc 0 "remove a goal"
goals
checks=$((checks + 1))
python3 -c 'import json,sys
d=json.load(open(sys.argv[1]))
assert [x["number"] for x in d["goals"]]==[3] and d.get("result_goals", [])==[], d' "$T/goals.json" ||
	fail "the removed goals are still in the table"

# The audit log.
run --db "$db" audit --format json
checks=$((checks + 1))
python3 -c 'import json,sys
a=json.load(open(sys.argv[1]))["audit"]
def one(action, n=0): return [x for x in a if x["action"]==action][n]
e=one("ändra mål")
assert e["record"].startswith("goal ") and json.loads(e["before"])["title"]=="Individinriktade insatser" and json.loads(e["after"])["title"]=="Individen i centrum", e
e=one("ändra resultatmål")
assert json.loads(e["before"])["target"]==4000 and json.loads(e["after"])["target"]==3000, e
e=one("ändra bedömning")
assert json.loads(e["before"])["status"]=="not_met" and json.loads(e["after"])["status"]=="met", e
e=one("ta bort bedömning")
assert json.loads(e["before"])["ref"]=="1.1" and e["after"]=="", e
e=one("ta bort resultatmål"); assert e["record"].startswith("result_goal "), e
e=one("ta bort mål"); assert json.loads(e["before"])["number"]==1, e
' "$T/out" || fail "audit log of the goals"

# A closed year refuses every change of its goals.
db_sql "$db" "INSERT INTO closed_year (year, adopted) VALUES (2025, '2026-03-20')"
run --db "$db" goal edit 3 --year 2025 --title "Ny"
expect_rc 2 "edit in a closed year"
expect_err "målet hör till 2025, vars årsredovisning fastställdes"
run --db "$db" goal remove 3 --year 2025
expect_rc 2 "remove in a closed year"
run --db "$db" goal add --year 2025 --title "Nytt" --area individ
expect_rc 2 "add in a closed year"
run --db "$db" goal assess 3 --year 2025 --period annual --status uppfyllt
expect_rc 2 "assess in a closed year"
run --db "$db" goal add --year 2026 --title "Nästa år" --area individ
expect_rc 0 "the next year is open"

finish
