# The driftredovisning: the demo förbund's 2025 budget against its books,
# exact in JSON, and in tkr a table whose rows add up to its sums.
. "$SRC/tests/cli/lib.sh"
db="$T/demo.db"

run --db "$db" demo
expect_rc 0 "demo"
run --db "$db" report operating --year 2025 --format json
expect_rc 0 "operating json"
checks=$((checks + 1))
python3 -c 'import json,sys
rows={r["name"]: r for r in json.load(open(sys.argv[1]))["rows"]}
def row(name, outcome, budget, previous):
    r = rows[name]
    assert (r["outcome"], r["budget"], r["previous"]) == (outcome, budget, previous), r
    assert r["deviation"] == outcome - budget, r
row("Driftbidrag", 150000000, 150000000, 150000000)
# 7240 50 400 + 7510 15 835,68 + 6550 234 000 + 6420 42 000 + 5810 33 850 + 5800 9 090 + 6110 2 140 + 6990 12 000
row("Kansli och administration", -39931568, -40300000, -39392618)
row("Insatser", -140200000, -140200000, -104850000)
row("Ej beslutade insatser", 0, -10000000, 0)
# The interest income is on no budget line.
row("Övrigt utanför budgetens konton", 121015, 0, 187540)
# The result is the income statement result.
row("Resultat", -30010553, -40500000, 5944922)
row("Eget kapital vid årets slut", 13484369, 2994900, 43494922)
' "$T/out" || fail "operating rows"

# In tkr every column adds up: rows to "Summa intäkter", and the revenue
# total with the cost rows to "Resultat".
run --db "$db" report operating --year 2025 --unit tkr --format csv
expect_rc 0 "operating tkr csv"
checks=$((checks + 1))
python3 -c 'import csv,sys
rows=list(csv.reader(open(sys.argv[1], encoding="utf-8"), delimiter=";"))
head, body = rows[0], {r[1]: r for r in rows[1:] if len(r) > 3}
for col in range(3, len(head)):
    v = lambda k: round(float(body[k][col].replace(",", ".")) / 1000) if body[k][col] else 0
    costs = [k for k in body if k.startswith("cost_")] + ["other"]
    assert sum(v(k) for k in body if k.startswith("revenue_") and k != "revenue_total") == v("revenue_total"), head[col]
    assert v("revenue_total") + sum(v(k) for k in costs) == v("result"), (head[col], [v(k) for k in costs], v("result"))
    assert v("equity_start") + v("result") == v("equity_end"), head[col]
' "$T/out" || fail "tkr table does not add up"

run --db "$db" report operating --year 2025 --unit tkr
expect_out "Belopp i tkr"
expect_out "avrundade till tusental kronor"
run --db "$db" report operating --year 2025 --unit mkr
expect_rc 2 "bad unit"
expect_err "--unit ska vara kr eller tkr"
run --db "$db" report operating --year 2024
expect_rc 2 "no budget"
expect_err "ingen budget för 2024"

finish
