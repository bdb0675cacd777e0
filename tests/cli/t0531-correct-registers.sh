# Correcting the other records: members, the board, activities, the year
# cycle's events, anonymous counts, budget lines and interim forecasts.
# Each edit and removal changes the documents, keeps the values before
# and after in the audit log, and is refused for a closed year.
. "$SRC/tests/cli/lib.sh"
db="$T/demo.db"

run --db "$db" demo

# Members: the grant's split in the budget table follows them.
# Dalby 9800 and Åsby 5200 share the municipalities' 375 000.
run --db "$db" report budget --year 2025
expect_out "Dalby kommun                                               245 000"
run --db "$db" member edit "Dalby kommun" --key 5200
expect_rc 0 "member edit"
run --db "$db" report budget --year 2025
expect_out "Dalby kommun                                               187 500"
run --db "$db" member edit 4 --kind fest
expect_rc 2 "member bad kind"
expect_err "okänd medlemstyp 'fest'"
run --db "$db" member edit 4 --key 0
expect_rc 2 "member bad key"
run --db "$db" member edit 4 --name "Åsby kommun"
expect_rc 2 "member to a name in use"
run --db "$db" member remove "Åsby kommun"
expect_rc 0 "member remove"
run --db "$db" report budget --year 2025
expect_out "Dalby kommun                                               375 000"
run --db "$db" member list --format json
checks=$((checks + 1))
python3 -c 'import json,sys
m=json.load(open(sys.argv[1]))["members"]
assert [x["id"] for x in m]==[1,2,3,4] and m[3]["key"]==5200, m
' "$T/out" || fail "members after the corrections"
run --db "$db" member remove "Finns inte"
expect_rc 2 "unknown member"
expect_err "det finns ingen medlem 'Finns inte'"

# The board.
run --db "$db" board add "Anna Berg" --year 2025 --role ordförande --appointed-by "Region Norrdalen"
run --db "$db" board add "Per Ek" --year 2025 --role ledamot
run --db "$db" board list --year 2025 --format json
checks=$((checks + 1))
python3 -c 'import json,sys
b=json.load(open(sys.argv[1]))["board"]
assert [(x["id"],x["name"]) for x in b]==[(1,"Anna Berg"),(2,"Per Ek")], b
' "$T/out" || fail "board list gives the ids"
run --db "$db" board edit 2 --role "vice ordförande" --appointed-by "Dalby kommun"
expect_rc 0 "board edit"
run --db "$db" board edit 2 --role kung
expect_rc 2 "board bad role"
run --db "$db" board remove 1
expect_rc 0 "board remove"
run --db "$db" report annual --year 2025 --format json
checks=$((checks + 1))
python3 -c 'import json,sys
b=json.load(open(sys.argv[1]))["board"]
assert b==[{"name":"Per Ek","role":"vice_chair","appointed_by":"Dalby kommun"}], b
' "$T/out" || fail "the annual report's board after the corrections"

# Activities.
run --db "$db" activity add Handläggarforum --date 2025-10-12 --kind kompetenshöjande \
	--attendees "Försäkringskassan=40, Region=35"
run --db "$db" activity edit 1 --attendees "Försäkringskassan=40, Region=35, Kommunerna=20" --name Forum
expect_rc 0 "activity edit"
run --db "$db" activity list --year 2025 --format json
cp "$T/out" "$T/a.json"
expect_json "$T/a.json" total_attendees 95
run --db "$db" activity edit 1 --attendees "Region=x"
expect_rc 2 "activity bad attendance"
run --db "$db" activity remove 1
expect_rc 0 "activity remove"
run --db "$db" activity list --year 2025 --format json
cp "$T/out" "$T/a0.json"
expect_json "$T/a0.json" total_attendees 0

# The year cycle.
run --db "$db" calendar add 2025-02-12 "Styrelsemöte" --kind styrelse
run --db "$db" calendar list --year 2025 --format json
checks=$((checks + 1))
python3 -c 'import json,sys
e=json.load(open(sys.argv[1]))["events"]
assert e==[{"id":1,"date":"2025-02-12","kind":"board","title":"Styrelsemöte"}], e
' "$T/out" || fail "calendar list"
run --db "$db" calendar edit 1 --date 2025-02-19 --title "Styrelsemöte 1"
expect_rc 0 "calendar edit"
run --db "$db" calendar --year 2025
expect_out "2025-02-19  Styrelsemöte"
run --db "$db" calendar edit 1 --kind fest
expect_rc 2 "calendar bad kind"
run --db "$db" calendar remove 1
expect_rc 0 "calendar remove"
run --db "$db" calendar --year 2025
checks=$((checks + 1))
grep -q "Styrelsemöte 1" "$T/out" && fail "the removed event is still in the year cycle"

# Anonymous counts.
run --db "$db" insats add "Steget vidare" --kind individinriktad --from 2024-01-01 --to 2026-12-31
run --db "$db" insats anonymous "Steget vidare" --from 2025-03-01 --to 2025-06-30 --women 6 --men 9
run --db "$db" insats anonymous list --format json
checks=$((checks + 1))
python3 -c 'import json,sys
a=json.load(open(sys.argv[1]))["anonymous"]
assert a==[{"id":1,"insats":"Steget vidare","from":"2025-03-01","to":"2025-06-30","women":6,"men":9,"note":""}], a
' "$T/out" || fail "anonymous list"
run --db "$db" insats anonymous edit 1 --men 4
expect_rc 0 "anonymous edit"
run --db "$db" report participants --year 2025 --format json
cp "$T/out" "$T/p.json"
expect_json "$T/p.json" anonymous.total 10
run --db "$db" insats anonymous edit 1 --to 2026-01-31
expect_rc 2 "anonymous across years"
expect_err "inom ett kalenderår"

# Budget lines and forecasts.
run --db "$db" budget remove-line --year 2025 Revision
expect_rc 0 "remove a budget line"
run --db "$db" report budget --year 2025
expect_out "Summa totala kostnader                                  -1 863 000"
run --db "$db" budget remove-line --year 2025 Revision
expect_rc 2 "no such line"
expect_err "budgeten för 2025 har ingen rad 'Revision'"
run --db "$db" budget set --year 2025 Resor 12000
expect_rc 0 "budget set"
run --db "$db" budget forecast --year 2025 Insatser 1500000 --comment "Fler deltagare"
expect_rc 0 "forecast"
run --db "$db" budget forecast list --year 2025 --format json
checks=$((checks + 1))
python3 -c 'import json,sys
f=json.load(open(sys.argv[1]))["forecasts"]
assert f==[{"area":"Insatser","amount":-150000000,"comment":"Fler deltagare"}], f
' "$T/out" || fail "forecast list"

# The audit log has every change and removal with its values.
run --db "$db" audit --format json
checks=$((checks + 1))
python3 -c 'import json,sys
log=json.load(open(sys.argv[1]))["audit"]
# Additions are logged too, with their values after and none before.
added=[x for x in log if x["record"] and x["action"].startswith("lägg till ")]
assert ("lägg till ledamot","board_member 1") in [(x["action"],x["record"]) for x in added], added
assert all(x["before"]=="" and json.loads(x["after"])["id"] for x in added), added
a=[x for x in log if x["record"] and not x["action"].startswith(("lägg till ", "läs in "))]
got=[(x["action"],x["record"]) for x in a]
want=[("ändra medlem","member 4"),("ta bort medlem","member 5"),("ändra ledamot","board_member 2"),
	("ta bort ledamot","board_member 1"),("ändra aktivitet","activity 1"),("ta bort aktivitet","activity 1"),
	("ändra händelse","event 1"),("ta bort händelse","event 1"),("ändra anonyma deltagare","anonymous 1"),
	("ta bort budgetrad","budget_line 2025:Revision"),("ändra budgetrad","budget_line 2025:Resor"),
	("ändra prognos","forecast 2025:Insatser")]
assert got==want, got
b=json.loads(a[0]["before"]); f=json.loads(a[0]["after"]); assert b["key"]==9800 and f["key"]==5200, (b, f)
b=json.loads(a[4]["before"]); f=json.loads(a[4]["after"])
assert b["attendance"]=={"Försäkringskassan":40,"Region":35} and f["name"]=="Forum", (b, f)
b=json.loads(a[10]["before"]); f=json.loads(a[10]["after"]); assert b["amount"]==1000000 and f["amount"]==1200000, (b, f)
assert a[9]["after"]=="" and json.loads(a[9]["before"])["amount"]==4200000, a[9]
assert a[11]["before"]=="" and json.loads(a[11]["after"])["amount"]==-150000000, a[11]
' "$T/out" || fail "audit of the corrections"

# A closed year refuses every kind.
db_sql "$db" "INSERT INTO closed_year (year, adopted) VALUES (2025, '2026-04-20')" || fail "db_sql"
run --db "$db" budget forecast --year 2025 Insatser 1400000 --comment "Färre"
expect_rc 2 "forecast for a closed year"
expect_err "prognosen hör till 2025, vars årsredovisning fastställdes"
run --db "$db" budget forecast --year 2025 Insatser --clear
expect_rc 2 "forecast cleared in a closed year"
run --db "$db" budget remove-line --year 2025 Resor
expect_rc 2 "budget line of a closed year"
expect_err "budgeten hör till 2025"
run --db "$db" budget set --year 2025 Resor 1
expect_rc 2 "budget set in a closed year"
run --db "$db" member edit 1 --key 2
expect_rc 2 "member while a budget year is closed"
expect_err "medlemmarnas fördelning av driftbidraget hör till 2025"
run --db "$db" member add "Ny kommun" --kind kommun
expect_rc 2 "member added while a budget year is closed"
run --db "$db" board remove 2
expect_rc 2 "board of a closed year"
expect_err "styrelsen hör till 2025"
run --db "$db" board add "Eva Ny" --year 2025 --role ledamot
expect_rc 2 "board member added to a closed year"
run --db "$db" board edit 2 --year 2026
expect_rc 2 "board member moved out of a closed year"
run --db "$db" activity add Dag --date 2025-05-05 --kind kompetenshöjande
expect_rc 2 "activity of a closed year"
expect_err "aktiviteten hör till 2025"
run --db "$db" calendar add 2025-12-01 "Möte" --kind styrelse
expect_rc 2 "event of a closed year"
run --db "$db" insats anonymous remove 1
expect_rc 2 "anonymous of a closed year"
expect_err "de anonyma deltagarna hör till 2025"
# The next year is open.
run --db "$db" calendar add 2026-02-11 "Styrelsemöte" --kind styrelse
expect_rc 0 "event of an open year"
run --db "$db" board add "Eva Ny" --year 2026 --role ledamot
expect_rc 0 "board of an open year"

finish
