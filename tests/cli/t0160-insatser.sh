# Interventions, the board's decisions, and the remaining commitments from
# the demo förbund's books (Steget vidare is project 6:1 on account 4010:
# 620 000 paid in 2024 and 680 000 in 2025).
. "$SRC/tests/cli/lib.sh"
db="$T/demo.db"

run --db "$db" demo
run --db "$db" insats add "Steget vidare" --kind individinriktad --owner "Dalby kommun" \
	--partners "Försäkringskassan, Arbetsförmedlingen" --target "Personer långt från arbetsmarknaden" \
	--ages 18-64 --from 2024-01-01 --to 2026-12-31 --accounts 4010 --objects 6:1 --purpose "Arbete eller studier" \
	--participants-from 2024-02-01 --participants-to 2026-06-30 --goals "60 deltagare, 40 % till arbete eller studier"
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
# Unga i arbete: decided 500 000 for 2025, paid 460 000 that year (the
# 380 000 of 2024 lies outside the decision's years): 40 000 remains.
expect_json "$T/c.json" total_remaining 64000000
checks=$((checks + 1))
python3 -c 'import json,sys
i=json.load(open(sys.argv[1]))["interventions"]
assert i[0]=={"id":1,"name":"Steget vidare","decided":190000000,"paid":130000000,"remaining":60000000}, i[0]
assert i[1]["decided"]==50000000 and i[1]["paid"]==46000000 and i[1]["remaining"]==4000000, i[1]
' "$T/c.json" || fail "commitments per intervention"
run --db "$db" report commitments --year 2025
expect_out "Steget vidare                        600 000     1 280 000"
run --db "$db" insats show "Steget vidare"
expect_rc 0 "show"
expect_out "Målgrupp: Personer långt från arbetsmarknaden (18–64 år)"
expect_out "2023-11-15"
expect_out "Mål: 60 deltagare, 40 % till arbete eller studier"
expect_out "Deltagare skrivs in: 2024-02-01–2026-06-30"
run --db "$db" insats list --format json
expect_rc 0 "list json"
cp "$T/out" "$T/l.json"
checks=$((checks + 1))
python3 -c 'import json,sys
d=json.load(open(sys.argv[1]))["interventions"][0]
assert d["participants_from"]=="2024-02-01" and d["participants_to"]=="2026-06-30", d
assert d["goals"].startswith("60 deltagare"), d
' "$T/l.json" || fail "participant period and goals in JSON"

# The participant period lies within the intervention's own.
run --db "$db" insats add "Y" --kind individinriktad --from 2024-01-01 --to 2024-12-31 \
	--participants-from 2023-12-01
expect_rc 2 "participant period before the intervention"
expect_err "deltagarperioden ska ligga inom insatsens period"
run --db "$db" insats add "Y" --kind individinriktad --participants-from 2024-05-01 --participants-to 2024-04-01
expect_rc 2 "participant period backwards"
expect_err "deltagarperioden slutar före den börjar"
run --db "$db" insats add "Y" --kind individinriktad --participants-from 2024-13-01
expect_rc 2 "bad date"
expect_err "deltagarperiodens början"

# Anonymous participants: counts by sex for a period within a year.
run --db "$db" insats anonymous "Steget vidare" --from 2024-03-01 --to 2024-06-30 --women 6 --men 9 \
	--note "Öppet hus"
expect_rc 0 "anonymous"
run --db "$db" insats anonymous "Steget vidare" --from 2024-11-01 --to 2025-01-31 --women 2
expect_rc 2 "period across years"
expect_err "inom ett kalenderår"
run --db "$db" insats anonymous "Steget vidare" --from 2023-03-01 --to 2023-04-30 --women 2
expect_rc 2 "period before the intervention"
expect_err "utanför insatsens period"
run --db "$db" insats anonymous "Steget vidare" --from 2024-03-01 --to 2024-04-30 --women -2
expect_rc 2 "negative count"
expect_err "antalet kvinnor ska vara ett heltal"
run --db "$db" insats anonymous "Steget vidare" --from 2024-03-01 --to 2024-04-30 --women 0 --men 0
expect_rc 2 "nobody"
run --db "$db" insats anonymous "Steget vidare" --from 2024-03-01
expect_rc 2 "no end"
run --db "$db" insats show "Steget vidare"
expect_out "2024-03-01  2024-06-30        6    9  Öppet hus"
run --db "$db" report participants --year 2024 --format json
cp "$T/out" "$T/p.json"
expect_json "$T/p.json" anonymous.total 15
expect_json "$T/p.json" anonymous.men 9
expect_json "$T/p.json" enrolled.total 0
run --db "$db" report participants --year 2025 --format json
cp "$T/out" "$T/p25.json"
expect_json "$T/p25.json" anonymous.total 0

# The paid amounts come from the sums per account and objects kept at
# import; without them (books imported before they were kept) the
# transactions are summed, to the same figures.
run --db "$db" report commitments --year 2025 --format json
cp "$T/out" "$T/kept.json"
db_sql "$db" "DELETE FROM object_turnover" || fail "db_sql"
run --db "$db" report commitments --year 2025 --format json
checks=$((checks + 1))
cmp -s "$T/out" "$T/kept.json" || fail "the kept sums differ from the transactions summed"

finish
