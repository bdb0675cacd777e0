# Interventions, the board's decisions, and the remaining commitments from
# the demo förbund's books (Steget vidare is project 6:1 on account 4010:
# 620 000 paid in 2024 and 680 000 in 2025).
. "$SRC/tests/cli/lib.sh"
db="$T/demo.db"

run --db "$db" demo
run --db "$db" insats add "Steget vidare" --kind individinriktad --owner "Dalby kommun" \
	--partners "Försäkringskassan, Arbetsförmedlingen" --target "Personer långt från arbetsmarknaden" \
	--ages 18-64 --from 2024-01-01 --to 2026-12-31 --accounts 4010 --objects 6:1 --purpose "Arbete eller studier"
expect_rc 0 "insats add"
expect_out "id 1"
run --db "$db" insats add "Unga i arbete" --kind strukturpåverkande --accounts 4010 --objects 6:2
expect_rc 0 "second"
run --db "$db" insats add "Steget vidare" --kind individinriktad
expect_rc 2 "same name twice"
expect_err "finns den redan"
run --db "$db" insats add "X" --kind fest
expect_rc 2 "bad kind"
expect_err "okänd sorts insats 'fest'"
run --db "$db" insats add "X" --kind individinriktad --ages 30-20
expect_rc 2 "bad ages"
expect_err "åldrarna"
run --db "$db" insats add "X" --kind individinriktad --accounts 40x0
expect_rc 2 "bad accounts"

run --db "$db" insats decide "Steget vidare" --date 2023-11-15 --amount "1 900 000" --years 2024-2026
expect_rc 0 "decide"
run --db "$db" insats decide 2 --date 2025-03-12 --amount 500000
expect_rc 0 "decide by id"
run --db "$db" insats decide "Finns inte" --date 2025-03-12 --amount 1
expect_rc 2 "unknown intervention"
expect_err "ingen insats 'Finns inte'"
run --db "$db" insats decide 2 --date 2025-03-12 --amount -5
expect_rc 2 "negative amount"

run --db "$db" report commitments --year 2025 --format json
expect_rc 0 "commitments"
cp "$T/out" "$T/c.json"
# Steget vidare: 1 900 000 − (620 000 + 680 000) = 600 000.
# Unga i arbete: decided 500 000, paid 380 000 + 460 000: nothing remains.
expect_json "$T/c.json" total_remaining 60000000
checks=$((checks + 1))
python3 -c 'import json,sys
i=json.load(open(sys.argv[1]))["interventions"]
assert i[0]=={"id":1,"name":"Steget vidare","decided":190000000,"paid":130000000,"remaining":60000000}, i[0]
assert i[1]["decided"]==50000000 and i[1]["paid"]==84000000 and i[1]["remaining"]==0, i[1]
' "$T/c.json" || fail "commitments per intervention"
run --db "$db" report commitments --year 2025
expect_out "Steget vidare                        600 000     1 280 000"
run --db "$db" insats show "Steget vidare"
expect_rc 0 "show"
expect_out "Målgrupp: Personer långt från arbetsmarknaden (18–64 år)"
expect_out "2023-11-15"
run --db "$db" insats list --format json
expect_rc 0 "list json"

finish
