# Equity / grant divides by the members' grant, and every document says
# which: all revenue when nothing says better (a tax refund would count),
# the accounts mapped to `grant` once the user maps them, the budget's
# grant lines when the year has a budget. The income statement's revenue
# stays the same throughout.
. "$SRC/tests/cli/lib.sh"
db="$T/j.db"

# expect_words TEXT: stdout holds TEXT, however the lines are wrapped.
expect_words() {
	checks=$((checks + 1))
	tr -s ' \n' '  ' < "$T/out" | grep -qF -- "$1" || fail "no '$1' in: $(head -c 1500 "$T/out")"
}

run --db "$db" init --name "Samordningsförbundet i Jämtlands län" --orgnr 222000-1990
expect_rc 0 "init"
run --db "$db" import sie "$SRC/tests/data/sie/jamtland-2022.se"
expect_rc 0 "import"

run --db "$db" report statements --year 2022 --format json
expect_rc 0 "statements"
expect_json "$T/out" "grant" "792973000"
expect_json "$T/out" "grant_basis" "\"revenue\""
expect_json "$T/out" "ratios.equity_to_grant" "\"0.4716\""
run --db "$db" report statements --year 2022
expect_words "Eget kapital / driftbidrag räknas på 2022: alla verksamhetens intäkter (det finns varken budget eller konto för driftbidrag), 7 929 730 kr;"

# The members' contributions are on 3010-3030; 3090 (fees) is revenue but no grant.
run --db "$db" accounts map 3010-3039 grant
expect_rc 0 "map grant"
run --db "$db" accounts
expect_out "Verksamhetens intäkter: driftbidrag från medlemmarna"
run --db "$db" report statements --year 2022 --format json
expect_json "$T/out" "income_statement.revenue" "792973000"
expect_json "$T/out" "grant" "793000000"
expect_json "$T/out" "grant_basis" "\"accounts\""
expect_json "$T/out" "ratios.equity_to_grant" "\"0.4716\""
expect_json "$T/out" "previous_year.ratios.equity_to_grant" "\"0.7124\""
run --db "$db" report statements --year 2022
expect_words "2022: driftbidraget enligt kontona för driftbidrag, 7 930 000 kr; 2021: driftbidraget enligt kontona för driftbidrag, 8 502 000 kr."

run --db "$db" budget import "$SRC/tests/data/budget/jamtland-2022.csv"
expect_rc 0 "budget"
run --db "$db" report statements --year 2022 --format json
expect_json "$T/out" "income_statement.revenue" "792973000"
expect_json "$T/out" "grant" "792800000"
expect_json "$T/out" "grant_basis" "\"budget\""
expect_json "$T/out" "ratios.equity_to_grant" "\"0.4717\""
run --db "$db" report annual --year 2022 --format json
expect_rc 0 "annual"
checks=$((checks + 1))
python3 - "$T/out" <<'PY' || fail "the overview's grant"
import json, sys
doc = json.load(open(sys.argv[1]))
def find(v, key):
    if isinstance(v, dict):
        if key in v:
            return v[key]
        for x in v.values():
            r = find(x, key)
            if r is not None:
                return r
    if isinstance(v, list):
        for x in v:
            r = find(x, key)
            if r is not None:
                return r
rows = {r["year"]: r for r in find(doc, "five_year_overview")}
assert rows[2022]["grant"] == 792800000 and rows[2022]["grant_basis"] == "budget", rows[2022]
assert rows[2022]["equity_to_grant"] == "0.4717", rows[2022]
assert rows[2021]["grant"] == 850200000 and rows[2021]["grant_basis"] == "accounts", rows[2021]
PY
run --db "$db" report annual --year 2022
expect_words "Eget kapital / driftbidrag räknas på 2022: medlemmarnas driftbidrag enligt budgeten, 7 928 000 kr; 2021: driftbidraget enligt kontona för driftbidrag, 8 502 000 kr."

# An unknown line names grant among the choices.
run --db "$db" accounts map 3010 bidrag
expect_rc 2 "bad line"
expect_err "grant"
finish
