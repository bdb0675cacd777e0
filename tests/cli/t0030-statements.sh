# The demo förbund's two years imported from SIE: the statements in every
# format, with figures worked out by hand from examples/norrdalen-*.se
# (2024 has the result booked to equity, 2025 has not).
. "$SRC/tests/cli/lib.sh"
db="$T/demo.db"

run --db "$db" import sie "$SRC/examples/norrdalen-2024.se"
expect_rc 0 "import 2024"
expect_out "räkenskapsår 2024"
expect_out "51 verifikationer"
expect_out "Skapade databasen"
run --db "$db" import sie "$SRC/examples/norrdalen-2025.se"
expect_rc 0 "import 2025"
expect_out "54 verifikationer"

run --db "$db" report statements --year 2025 --format json
expect_rc 0 "statements json"
cp "$T/out" "$T/s.json"
expect_json "$T/s.json" year 2025
# Revenue: the grant 750 000 + 375 000 + 245 000 + 130 000.
expect_json "$T/s.json" income_statement.revenue 150000000
expect_json "$T/s.json" income_statement.expenses -180131568
expect_json "$T/s.json" income_statement.net_cost -30131568
expect_json "$T/s.json" income_statement.financial_income 121015
expect_json "$T/s.json" income_statement.financial_expenses 0
expect_json "$T/s.json" income_statement.result -30010553
expect_json "$T/s.json" balance_sheet.receivables 600000
expect_json "$T/s.json" balance_sheet.cash_and_bank 59917703
expect_json "$T/s.json" balance_sheet.fixed_assets 3400000
expect_json "$T/s.json" balance_sheet.total_assets 63917703
# Equity: 434 949,22 booked + the unbooked result -300 105,53.
expect_json "$T/s.json" balance_sheet.equity 13484369
expect_json "$T/s.json" balance_sheet.result_of_year -30010553
# The pension provision 2230 follows the endowment insurance 1385.
expect_json "$T/s.json" balance_sheet.provisions 3400000
expect_json "$T/s.json" balance_sheet.long_term_liabilities 0
# 2440 428 333,34 + 2990 42 000.
expect_json "$T/s.json" balance_sheet.current_liabilities 47033334
expect_json "$T/s.json" balance_sheet.total_equity_and_liabilities 63917703
expect_json "$T/s.json" cash_flow.result -30010553
expect_json "$T/s.json" cash_flow.non_cash_adjustments 400000
expect_json "$T/s.json" cash_flow.change_receivables 0
# 470 333,34 - 323 666,68
expect_json "$T/s.json" cash_flow.change_current_liabilities 14666666
expect_json "$T/s.json" cash_flow.operating -14943887
expect_json "$T/s.json" cash_flow.investing -400000
expect_json "$T/s.json" cash_flow.financing 0
expect_json "$T/s.json" cash_flow.net_cash_flow -15343887
expect_json "$T/s.json" cash_flow.cash_start 75261590
expect_json "$T/s.json" cash_flow.cash_end 59917703
# 134 843,69 / 639 177,03 = 0,21096; / 1 500 000 = 0,08990
expect_json "$T/s.json" ratios.solidity '"0.2110"'
expect_json "$T/s.json" ratios.equity_to_grant '"0.0899"'
# The year before, with its result booked (8999/2099).
expect_json "$T/s.json" previous_year.income_statement.result 5944922
expect_json "$T/s.json" previous_year.balance_sheet.equity 43494922
expect_json "$T/s.json" previous_year.balance_sheet.result_of_year 5944922
expect_json "$T/s.json" previous_year.balance_sheet.total_assets 78861590

run --db "$db" report statements --year 2024 --format json
expect_rc 0 "statements 2024"
cp "$T/out" "$T/s24.json"
expect_json "$T/s24.json" income_statement.expenses -144242618
expect_json "$T/s24.json" income_statement.financial_income 187540
expect_json "$T/s24.json" balance_sheet.equity 43494922
expect_json "$T/s24.json" balance_sheet.total_equity_and_liabilities 78861590
expect_json "$T/s24.json" previous_year null

# The latest year is the default; the text layout is the seeds'.
run --db "$db" report statements
expect_rc 0 "statements text"
expect_out "Resultaträkning"
expect_out "Balansräkning"
expect_out "Kassaflödesanalys"
expect_out "Samordningsförbundet Norrdalen"
expect_out "1 500 000"
expect_out "-300 106"
expect_out "21,1 %"

run --db "$db" report statements --format md
expect_rc 0 "statements md"
expect_out "| Verksamhetens intäkter |"

run --db "$db" report statements --format csv -o "$T/s.csv"
expect_rc 0 "statements csv"
checks=$((checks + 1))
grep -q "income_statement;revenue;Verksamhetens intäkter;1500000,00;1500000,00" "$T/s.csv" ||
	fail "csv row for revenue: $(grep revenue "$T/s.csv")"

run --db "$db" report statements --year 2019
expect_rc 2 "missing year"
expect_err "räkenskapsåret 2019 finns inte"

run --db "$db" check
expect_rc 0 "check"
expect_out "Balansräkningen balanserar"

run --db "$db" check --format json
expect_rc 0 "check json"
cp "$T/out" "$T/c.json"
expect_json "$T/c.json" failures 0

finish
