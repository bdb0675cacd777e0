# finsam accounts: the chart with each account's statement line, and
# changes to the account map that the statements follow.
. "$SRC/tests/cli/lib.sh"
db="$T/a.db"
run --db "$db" import sie --quiet "$SRC/tests/data/cli/small.se"

run --db "$db" accounts
expect_rc 0 "accounts"
expect_out "1930"
expect_out "Kassa och bank"
expect_out "Verksamhetens intäkter"

run --db "$db" accounts --format json
expect_rc 0 "accounts json"

# Put the bank account among receivables: the statements follow.
run --db "$db" accounts map 1930-1939 receivables
expect_rc 0 "map"
run --db "$db" report statements --format json
cp "$T/out" "$T/s.json"
expect_json "$T/s.json" balance_sheet.receivables 150000
expect_json "$T/s.json" balance_sheet.cash_and_bank 0

run --db "$db" accounts map 1930-1939 bogus
expect_rc 2 "unknown line"
expect_err "okänd rad 'bogus'"
run --db "$db" accounts map 19x0 receivables
expect_rc 2 "bad range"
expect_err "kontointervallet"

run --db "$db" accounts reset
expect_rc 0 "reset"
run --db "$db" report statements --format json
cp "$T/out" "$T/s.json"
expect_json "$T/s.json" balance_sheet.cash_and_bank 150000

finish
