# Correcting interventions and the board's funding decisions: a decision
# saved twice is refused unless --again, and once removed the documents'
# "Beslutad finansiering" goes back down; a future date needs --planned;
# ranges take the en dash finsam prints; edits and removals keep the
# values before and after in the audit log; a closed year refuses them.
. "$SRC/tests/cli/lib.sh"
db="$T/demo.db"

run --db "$db" demo
run --db "$db" insats add "Steget vidare" --kind individinriktad --from 2024-01-01 --to 2026-12-31 \
	--accounts 4010 --objects 6:1
expect_rc 0 "insats add"
run --db "$db" insats decide "Steget vidare" --date 2023-11-15 --amount "1 900 000" --years "2024–2026"
expect_rc 0 "decide with the en dash"
expect_out "(id 1)"

# The same decision again: refused, with what is already there.
run --db "$db" insats decide "Steget vidare" --date 2023-11-15 --amount "1 900 000" --years 2024-2026
expect_rc 2 "duplicate decision"
expect_err "samma beslut finns redan (id 1: 2023-11-15, 1 900 000 kr, 2024–2026); ange --again"
expect_err "(se 'finsam insats decision edit 1')"
# As the issue saw it happen: saved twice on purpose (--again), the
# decided amount doubles.
run --db "$db" insats decide "Steget vidare" --date 2023-11-15 --amount "1 900 000" --years "2024 – 2026" --again
expect_rc 0 "duplicate with --again"
expect_out "(id 2)"
run --db "$db" report commitments --year 2025 --format json
cp "$T/out" "$T/c2.json"
expect_json "$T/c2.json" total_remaining 250000000
run --db "$db" report annual --year 2025
expect_out "Beslutad finansiering                                     3 800 000"

# A decision dated after today needs --planned.
run --db "$db" insats decide "Steget vidare" --date 2099-05-01 --amount 100000
expect_rc 2 "future decision"
expect_err "beslutet är daterat 2099-05-01, efter i dag"
expect_err "--planned"
run --db "$db" insats decide "Steget vidare" --date 2099-05-01 --amount 100000 --years 2099 --planned
expect_rc 0 "planned decision"
expect_out "(id 3)"
run --db "$db" insats decide "Steget vidare" --date 2024-01-10 --amount 1 --years "2024–2023"
expect_rc 2 "backwards range"
expect_err "kan inte tolka åren '2024–2023'"

# The list gives the ids (the contract of docs/formats.md).
run --db "$db" insats decision list "Steget vidare" --format json
expect_rc 0 "decision list"
checks=$((checks + 1))
python3 -c 'import json,sys
d=json.load(open(sys.argv[1]))
assert list(d)==["decisions"], d
x=d["decisions"]
assert [r["id"] for r in x]==[1,2,3], x
assert x[0]=={"id":1,"date":"2023-11-15","amount":190000000,"years":"2024–2026","note":""}, x[0]
assert x[2]["years"]=="2099" and x[2]["amount"]==10000000, x[2]
' "$T/out" || fail "decision list json"
run --db "$db" insats decision list "Steget vidare"
expect_out " 2  2023-11-15   1 900 000  2024–2026"
run --db "$db" insats show "Steget vidare" --format json
checks=$((checks + 1))
python3 -c 'import json,sys
d=json.load(open(sys.argv[1]))["decisions"]
assert [r["id"] for r in d]==[1,2,3], d
' "$T/out" || fail "insats show gives the ids"

# Remove the duplicate: the figures go back down.
run --db "$db" insats decision remove 2
expect_rc 0 "remove the duplicate"
expect_out "Tog bort beslut 2."
run --db "$db" report commitments --year 2025 --format json
cp "$T/out" "$T/c1.json"
expect_json "$T/c1.json" total_remaining 60000000
run --db "$db" report annual --year 2025
expect_out "Beslutad finansiering                                     1 900 000"
run --db "$db" insats decision remove 2
expect_rc 2 "already removed"
expect_err "det finns inget beslut med id 2"
run --db "$db" insats decision remove x
expect_rc 2 "not an id"

# Edit: the amount, and the planned one moved to today's past with a note.
run --db "$db" insats decision edit 1 --amount "2 000 000" --note "Utökat"
expect_rc 0 "edit amount"
run --db "$db" report commitments --year 2025 --format json
cp "$T/out" "$T/ce.json"
expect_json "$T/ce.json" total_remaining 70000000
run --db "$db" insats decision edit 3 --date 2099-06-01
expect_rc 2 "edit to a future date"
expect_err "--planned"
run --db "$db" insats decision edit 3 --date 2023-11-15 --amount "2 000 000" --years 2024-2026
expect_rc 2 "edit into a duplicate"
expect_err "samma beslut finns redan (id 1"
run --db "$db" insats decision edit 3 --amount 0
expect_rc 2 "edit to zero"
expect_err "större än noll"
run --db "$db" insats decision remove 3
expect_rc 0 "remove the planned one"

# The audit log keeps the values before and after.
run --db "$db" audit --format json
expect_rc 0 "audit"
checks=$((checks + 1))
python3 -c 'import json,sys
log=json.load(open(sys.argv[1]))["audit"]
# The additions come first, each with its values after.
assert [(x["action"],x["record"]) for x in log if x["action"].startswith("lägg till ")][:4]==[("lägg till insats","intervention 1"),
	("lägg till beslut","decision 1"),("lägg till beslut","decision 2"),("lägg till beslut","decision 3")], log
a=[x for x in log if x["record"] and not x["action"].startswith(("lägg till ", "läs in "))]
assert [(x["action"],x["record"]) for x in a]==[("ta bort beslut","decision 2"),("ändra beslut","decision 1"),
	("ta bort beslut","decision 3")], a
b=json.loads(a[0]["before"]); assert b["amount"]==190000000 and b["year_from"]==2024 and b["year_to"]==2026, b
assert a[0]["after"]=="", a[0]
b=json.loads(a[1]["before"]); f=json.loads(a[1]["after"])
assert b["amount"]==190000000 and f["amount"]==200000000 and f["note"]=="Utökat", (b, f)
' "$T/out" || fail "audit keeps before and after"
# For people, the log says what changed.
run --db "$db" audit
expect_joined 'decision 1: belopp: 1 900 000 kr → 2 000 000 kr, anteckning: "" → "Utökat"'

# The intervention: edited like it is added; removed only when nothing
# refers to it.
run --db "$db" insats edit "Steget vidare" --name "Steget" --ages "18–64" --to 2027-06-30
expect_rc 0 "insats edit"
run --db "$db" insats show Steget
expect_out "(18–64 år)"
expect_out "2027-06-30"
run --db "$db" insats edit Steget --kind fest
expect_rc 2 "insats edit bad kind"
expect_err "okänd sorts insats 'fest'"
run --db "$db" insats edit Steget --from 2028-01-01
expect_rc 2 "insats edit ends before it starts"
expect_err "slutar före den börjar"
run --db "$db" insats add "Unga i arbete" --kind strukturinriktad
run --db "$db" insats edit "Unga i arbete" --name Steget
expect_rc 2 "insats edit to a name in use"
expect_err "finns en annan med samma namn"
run --db "$db" insats remove Steget
expect_rc 2 "insats with a decision"
expect_err "insatsen Steget har 1 beslut; ta bort eller flytta dem först"
run --db "$db" insats anonymous Steget --from 2024-03-01 --to 2024-06-30 --women 2
run --db "$db" insats remove Steget
expect_rc 2 "insats with a decision and anonymous"
expect_err "har 1 beslut och 1 antal anonyma deltagare"
# Move the decision to the other intervention, remove the count.
run --db "$db" insats decision edit 1 --insats "Unga i arbete"
expect_rc 0 "move a decision"
run --db "$db" insats anonymous remove 1
expect_rc 0 "remove the anonymous count"

# A closed year (its annual report adopted) refuses what its documents use.
db_sql "$db" "INSERT INTO closed_year (year, adopted) VALUES (2025, '2026-04-20')" || fail "db_sql"
run --db "$db" insats decision remove 1
expect_rc 2 "remove in a closed year"
expect_err "hör till 2025, vars årsredovisning fastställdes av förbundsstyrelsen 2026-04-20"
run --db "$db" insats decision edit 1 --amount 1
expect_rc 2 "edit in a closed year"
run --db "$db" insats decide Steget --date 2024-11-15 --amount 5000 --years 2025
expect_rc 2 "add in a closed year"
expect_err "beslutet hör till 2025"
run --db "$db" insats edit Steget --accounts 4011
expect_rc 2 "intervention of a closed year"
expect_err "insatsen hör till 2025"
run --db "$db" report commitments --year 2025 --format json
cp "$T/out" "$T/closed.json"
expect_json "$T/closed.json" total_remaining 200000000
# Nothing of 2025 left on an intervention: it can go.
run --db "$db" insats add "Ny" --kind individinriktad --from 2027-01-01
run --db "$db" insats remove Ny
expect_rc 0 "remove an intervention of an open year"
run --db "$db" insats show Ny
expect_rc 2 "it is gone"

finish
