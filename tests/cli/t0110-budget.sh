# The budget: Ånge's 2022 and 2023 budgets imported from CSV (UTF-8 with
# semicolons; Windows-1252 with commas) reproduce every sum the plans
# print (seeds 004 and 003); bad rows are all listed and nothing is stored;
# revisions become the current budget.
. "$SRC/tests/cli/lib.sh"
db="$T/ange.db"
data="$SRC/tests/data/budget"

run --db "$db" init --name "Samordningsförbundet Ånge" --orgnr 222000-1990
expect_rc 0 "init"
run --db "$db" budget import "$data/ange-2022.csv"
expect_rc 0 "import before members"
# Without members the grant is shown whole.
run --db "$db" report budget --year 2022
expect_rc 0 "a grant without members"
expect_out "Parternas insats                                         1 472 000"
for m in "Försäkringskassan stat" "Arbetsförmedlingen stat" "Ånge_kommun kommun" "Region_Västernorrland region"; do
	set -- $m
	run --db "$db" member add "$(echo "$1" | tr _ ' ')" --kind "$2"
	expect_rc 0 "member add $1"
done
run --db "$db" member add "Ånge kommun" --kind kommun
expect_rc 2 "the same member twice"
run --db "$db" member add "Xkommun" --kind landsting
expect_rc 2 "unknown kind"
expect_err "okänd medlemstyp 'landsting'"
run --db "$db" member list
expect_out "Region Västernorrland"

# 2022 (seed 004): 736 000 + 368 000 + 368 000 = 1 472 000; + 250 000 = 1 722 000;
# costs 444 500 + 1 127 500 = 1 572 000; forecast 150 000.
run --db "$db" report budget --year 2022
expect_rc 0 "report budget 2022"
expect_out "Försäkringskassan/Arbetsförmedlingen                       736 000"
expect_out "Ånge kommun                                                368 000"
expect_out "Region Västernorrland                                      368 000"
expect_out "Parternas insats                                         1 472 000"
expect_out "Summa intäkter                                           1 722 000"
expect_out "Summa Kansli-/administrativa kostnader                    -444 500"
expect_out "Summa Insatser                                          -1 127 500"
expect_out "Summa totala kostnader                                  -1 572 000"
expect_out "Prognos eget kapital                                       150 000"

# 2023 (seed 003), from a Windows-1252 file with commas and positive costs.
run --db "$db" budget import "$data/ange-2023-cp1252.csv"
expect_rc 0 "import 2023"
expect_out "Windows-1252"
run --db "$db" report budget --year 2023 --format json
expect_rc 0 "report budget 2023 json"
cp "$T/out" "$T/b.json"
expect_json "$T/b.json" year 2023
expect_json "$T/b.json" revenue_total 190835600
expect_json "$T/b.json" cost_total -161535600
expect_json "$T/b.json" forecast_equity 29300000
expect_json "$T/b.json" budget.contribution_state 73400000
expect_json "$T/b.json" budget.grant 146800000
expect_json "$T/b.json" budget.group_1 -47800000
expect_json "$T/b.json" budget.group_2 -113735600
checks=$((checks + 1))
python3 -c 'import json,sys
d=json.load(open(sys.argv[1])); l=d["lines"]
assert len(l)==14, len(l)
assert l[0]=={"type":"grant","group":"Parternas insats","name":"Driftbidrag","amount":146800000,"accounts":"3010-3019"}, l[0]
assert l[1]["type"]=="revenue" and l[1]["amount"]==2035600
assert l[2]["type"]=="equity" and l[2]["amount"]==42000000
assert l[4]["name"]=="Förbundschef 0,25 årsarbete" and l[4]["amount"]==-23350000
' "$T/b.json" || fail "budget lines in JSON"

# Bad rows: every one listed, nothing stored.
run --db "$db" budget import "$data/bad-rows.csv"
expect_rc 2 "bad rows"
expect_err "5 rader i"
expect_err "rad 3: ogiltigt år '20x4'"
expect_err "rad 4: okänd typ 'utgift'"
expect_err "rad 5: kan inte tolka beloppet '-12,3,4'"
expect_err "rad 6: kan inte tolka kontona '40x0'"
expect_err "rad 7: raden saknar namn"
run --db "$db" budget show --year 2024
expect_rc 2 "nothing stored from the bad file"
expect_err "ingen budget för 2024"

printf 'år;typ;rad\n2024;kostnad;x\n' > "$T/nocol.csv"
run --db "$db" budget import "$T/nocol.csv"
expect_rc 2 "missing column"
expect_err "kolumnen 'belopp' saknas"

# A revision becomes the current budget; the decided one stays.
sed 's/Ångemodellen;-430 000/Ångemodellen;-480 000/' "$data/ange-2022.csv" > "$T/rev.csv"
run --db "$db" budget import --revise --label "Reviderad 2022-06-15" "$T/rev.csv"
expect_rc 0 "revise"
expect_out "Budget 2022 version 2"
run --db "$db" report budget --year 2022 --format json
cp "$T/out" "$T/r.json"
expect_json "$T/r.json" version 2
expect_json "$T/r.json" cost_total -162200000
run --db "$db" report budget --year 2022 --version 1 --format json
cp "$T/out" "$T/v1.json"
expect_json "$T/v1.json" cost_total -157200000
run --db "$db" budget show --year 2022
expect_rc 0 "budget show"
expect_out "Version 2: Reviderad 2022-06-15"
expect_out "Ångemodellen"
run --db "$db" report budget --year 2022 --version 7
expect_rc 2 "missing version"
expect_err "ingen version 7"

# Each import is in the audit log, a year per line: the file, the version
# it gave, and what a replaced version held.
run --db "$db" audit --format json
expect_rc 0 "audit"
python3 -c 'import json,sys
log=[e for e in json.load(open(sys.argv[1]))["audit"] if e["action"]=="läs in budget"]
got=[(e["record"], json.loads(e["after"])["file"], json.loads(e["after"])["version"], e["before"] != "") for e in log]
want=[("budget 2022","ange-2022.csv",1,False), ("budget 2023","ange-2023-cp1252.csv",1,False), ("budget 2022","rev.csv",2,False)]
assert got==want, got
assert all(e["actor"] for e in log), log
assert json.loads(log[2]["after"])["label"]=="Reviderad 2022-06-15" and json.loads(log[2]["after"])["lines"]==12, log[2]
' "$T/out" || fail "the budget imports are logged"
# Imported again without --revise, the current version is replaced: the
# log has what it held before.
run --db "$db" budget import "$T/rev.csv"
expect_rc 0 "replace the current version"
expect_out "Budget 2022 version 2"
run --db "$db" audit --format json
python3 -c 'import json,sys
e=[e for e in json.load(open(sys.argv[1]))["audit"] if e["action"]=="läs in budget"][-1]
b=json.loads(e["before"]); a=json.loads(e["after"])
assert e["record"]=="budget 2022" and b["version"]==2 and b["label"]=="Reviderad 2022-06-15" and b["lines"]==12, e
assert a["version"]==2 and a["label"]=="", e
' "$T/out" || fail "a replaced version is logged with its values"

# Export and import give the same lines; revise copies; set changes one line.
run --db "$db" budget export --year 2023 -o "$T/e.csv"
expect_rc 0 "export"
run --db "$T/other.db" init --name "Samordningsförbundet Kopia" --orgnr 222000-1990
run --db "$T/other.db" budget import "$T/e.csv"
expect_rc 0 "import the export"
run --db "$T/other.db" budget export --year 2023 -o "$T/e2.csv"
checks=$((checks + 1))
cmp -s "$T/e.csv" "$T/e2.csv" || fail "budget export/import round trip: $(diff "$T/e.csv" "$T/e2.csv" | head -4)"
run --db "$db" budget revise --year 2023 --label "Reviderad"
expect_rc 0 "revise"
expect_out "version 2"
run --db "$db" budget set --year 2023 Psykiatridagar 30000 --group Insatser
expect_rc 0 "set"
expect_out "Ändrade Psykiatridagar"
run --db "$db" budget set --year 2023 "Ny insats" -40000 --group Insatser --accounts 4030
expect_out "Lade till Ny insats"
run --db "$db" report budget --year 2023 --format json
cp "$T/out" "$T/s.json"
# 1 615 356 + 5 000 + 40 000
expect_json "$T/s.json" cost_total -166035600
expect_json "$T/s.json" version 2
run --db "$db" report budget --year 2023 --version 1 --format json
cp "$T/out" "$T/s1.json"
expect_json "$T/s1.json" cost_total -161535600
run --db "$db" budget set --year 2023 "X" 12,3,4
expect_rc 2 "bad amount"
expect_err "kan inte tolka beloppet"

finish
