# One value per indicator: where the director has entered a measured value
# with the assessment (65 participants) and the register computes another
# (0: nobody is registered), the goal table, the intervention's follow-up
# in the annual report and the indicator report all show 65; `check` says
# that they agree and names the value entered by hand.
. "$SRC/tests/cli/lib.sh"
db="$T/demo.db"

run --db "$db" demo
run --db "$db" insats add "Unga i arbete" --kind individinriktad --from 2025-01-01 --to 2025-12-31 \
	--accounts 4010 --objects 6:2
run --db "$db" goal add --year 2025 --title "Individinriktade insatser" --area individ
run --db "$db" goal result 1 --year 2025 --text "Deltagare i Unga i arbete" --indicator participants \
	--insats "Unga i arbete" --target 60
expect_rc 0 "result goal"
run --db "$db" goal assess 1.1 --year 2025 --period annual --status uppfyllt --value 65
expect_rc 0 "assess with a value"

run --db "$db" report annual --year 2025
expect_rc 0 "annual report"
expect_out "Utfall: 65 deltagare"
run --db "$db" report annual --year 2025 --format md
expect_out "Indikator: Deltagare i Unga i arbete. Målvärde 60 deltagare, utfall 65 deltagare."
checks=$((checks + 1))
if grep -q "utfall 0 deltagare" "$T/out"; then fail "the follow-up shows the computed 0"; fi
run --db "$db" report annual --year 2025 --format json
cp "$T/out" "$T/a.json"
checks=$((checks + 1))
python3 -c 'import json,sys
d=json.load(open(sys.argv[1]))
rg=[r for r in d["result_goals"] if r["ref"]=="1.1"][0]
assert rg["value"]=="65.00" and rg["reached"]=="true", rg
' "$T/a.json" || fail "result goal's value in JSON"

run --db "$db" goal list --year 2025 --format json
cp "$T/out" "$T/g.json"
checks=$((checks + 1))
python3 -c 'import json,sys
rg=json.load(open(sys.argv[1]))["result_goals"][0]
assert rg["value"]=="65.00" and rg["interim_value"]=="0.00", rg
' "$T/g.json" || fail "goal list: the annual value entered by hand, the interim one computed"

run --db "$db" check --year 2025
expect_rc 0 "check"
expect_out "Varje indikator har ett värde"
run --db "$db" check --year 2025 --format json
cp "$T/out" "$T/k.json"
checks=$((checks + 1))
python3 -c 'import json,sys
c=[c for c in json.load(open(sys.argv[1]))["checks"] if c["id"]=="indicator_values"]
assert c and c[0]["status"]=="ok", c
assert "65 deltagare angivet vid bedömningen visas överallt; registret ger 0 deltagare" in c[0]["detail"], c
' "$T/k.json" || fail "indicator_values in check's JSON"

finish
