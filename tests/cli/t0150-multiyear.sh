# The multi-year view: equity from the last year of books carried through
# the coming years' budgets, against the 20 % goal.
. "$SRC/tests/cli/lib.sh"
db="$T/m.db"

run --db "$db" import sie --quiet "$SRC/examples/norrdalen-2024.se"
expect_rc 0 "books 2024"
run --db "$db" budget import "$SRC/examples/budget-2025.csv"
expect_rc 0 "budget 2025"
printf 'år;typ;grupp;rad;belopp\n2026;intäkt;Parternas insats;Driftbidrag;1 500 000\n2026;kostnad;Insatser;Insatser;-1 300 000\n' > "$T/b26.csv"
run --db "$db" budget import "$T/b26.csv"
expect_rc 0 "budget 2026"

run --db "$db" report multiyear --format json
expect_rc 0 "multiyear json"
cp "$T/out" "$T/m.json"
# 2024 ends at 434 949,22 = 29 % of 1 500 000; the 2025 budget's result
# -405 000 brings it to 29 949,22 (2 %): the goal is reached in 2025.
expect_json "$T/m.json" goal_year 2025
checks=$((checks + 1))
python3 -c 'import json,sys
y=json.load(open(sys.argv[1]))["years"]
assert [r["year"] for r in y]==[2024,2025,2026], y
assert y[0]["source"]=="books" and y[0]["equity_end"]==43494922 and y[0]["equity_to_grant"]=="0.2900", y[0]
# The books year shows the income statement'"'"'s own lines: verksamhetens
# intäkter 1 500 000, not with the financial income of 1 875,40 folded in.
assert y[0]["revenue"]==150000000 and y[0]["financial"]==187540, y[0]
assert y[0]["revenue"]+y[0]["costs"]+y[0]["financial"]==y[0]["result"], y[0]
assert y[1]=={"year":2025,"source":"budget","equity_start":43494922,"revenue":150000000,"costs":-190500000,"financial":0,"result":-40500000,"equity_end":2994922,"grant":150000000,"equity_to_grant":"0.0200"}, y[1]
assert y[2]["equity_start"]==2994922 and y[2]["result"]==20000000 and y[2]["equity_end"]==22994922, y[2]
' "$T/m.json" || fail "multiyear years"

run --db "$db" report multiyear
expect_rc 0 "multiyear text"
expect_out "Utfall 2024"
expect_out "Budget 2026"
expect_out "som mest 20 % av driftbidraget år 2025"

# Budgets only: the first budget's equity line is the start.
run --db "$T/b.db" init --name "Samordningsförbundet Prov" --orgnr 222000-1990
printf 'år;typ;grupp;rad;belopp\n2030;intäkt;Parternas insats;Driftbidrag;1 000 000\n2030;eget kapital;;Eget kapital;600 000\n2030;kostnad;Insatser;Insatser;-1 100 000\n' > "$T/b30.csv"
run --db "$T/b.db" budget import "$T/b30.csv"
run --db "$T/b.db" report multiyear --format json
cp "$T/out" "$T/n.json"
# 600 000 - 100 000 = 500 000 = 50 %: not reached.
expect_json "$T/n.json" goal_year null
run --db "$T/b.db" report multiyear
expect_out "når inte målet"
run --db "$T/empty.db" init --name "Tomt" --orgnr 222000-1990
run --db "$T/empty.db" report multiyear
expect_rc 2 "nothing to forecast"
expect_err "varken bokföring eller budget"

finish
