#!/bin/sh
# Ranges accept the en dash finsam itself prints ("3000–3099", "20–64")
# as well as a hyphen, wherever a range is read: the account map, the
# accounts of budget lines (set and imported) and of interventions, an
# intervention's ages. Account lists are stored with a hyphen, so every
# reader sees one form, and follow the same accounts either way.
. "$SRC/tests/cli/lib.sh"
db="$T/demo.db"

run --db "$db" demo
expect_rc 0 "demo"

# The account map.
run --db "$db" accounts map "3000–3099" financial_income
expect_rc 0 "map with an en dash"
run --db "$db" accounts
expect_out "3010   Driftbidrag staten (Försäkringskassan)        Finansiella intäkter"
run --db "$db" accounts map "3000 – 3099" revenue
expect_rc 0 "map with blanks around the dash"
run --db "$db" accounts
expect_out "3010   Driftbidrag staten (Försäkringskassan)        Verksamhetens intäkter"
run --db "$db" accounts map "3099–3000" revenue
expect_rc 2 "a range backwards"
expect_err "kan inte tolka kontointervallet '3099–3000'"
run --db "$db" accounts map "3000—3099" revenue
expect_rc 0 "an em dash, as a word processor writes it, is a range dash too"

# A budget line's accounts, set with an en dash: stored with a hyphen, and
# the interim report follows the same accounts as with a hyphen.
run --db "$db" report interim --until 2025-08-31 --format json
cp "$T/out" "$T/interim-hyphen.json"
run --db "$db" budget set --year 2025 Driftbidrag "1 500 000" --type intäkt --group "Parternas insats" --accounts "3010–3039"
expect_rc 0 "budget set with an en dash"
run --db "$db" budget export --year 2025
expect_out "Driftbidrag;1500000,00;3010-3039;"
run --db "$db" report interim --until 2025-08-31 --format json
checks=$((checks + 1))
cmp -s "$T/out" "$T/interim-hyphen.json" || fail "the interim report differs with an en dash in the accounts"
run --db "$db" budget set --year 2025 Driftbidrag "1 500 000" --type intäkt --accounts "3010–"
expect_rc 2 "an open range"
expect_err "kan inte tolka kontona '3010–'"

# A budget file with en dashes, as copied from a printed plan.
sed 's/3010-3039/3010–3039/' "$SRC/examples/budget-2025.csv" > "$T/budget.csv"
checks=$((checks + 1))
grep -q "3010–3039" "$T/budget.csv" || fail "the test file has no en dash"
run --db "$db" budget import "$T/budget.csv"
expect_rc 0 "budget import with an en dash"
run --db "$db" budget export --year 2025
expect_out "3010-3039"
run --db "$db" report interim --until 2025-08-31 --format json
checks=$((checks + 1))
cmp -s "$T/out" "$T/interim-hyphen.json" || fail "the interim report differs after importing en dashes"

# An intervention's ages and accounts, as 'insats show' prints them.
run --db "$db" insats add "Steget" --kind individinriktad --ages "20–64" --accounts "4010–4019, 4030"
expect_rc 0 "insats add with en dashes"
run --db "$db" insats show Steget
expect_out "(20–64 år)"
expect_out "4010-4019, 4030"
run --db "$db" insats add "Unga" --kind individinriktad --ages "29–16"
expect_rc 2 "ages backwards"
expect_err "kan inte tolka åldrarna '29–16'"
finish
