#!/bin/sh
# What a closed year protects on the paths that reach its books and all
# years at once: the books of a closed year cannot be imported again (a
# closed year's balances in a later year's file are not used); the account
# map cannot change in a way that moves an account with an amount in a
# year whose figures a closed year's annual report shows (the year itself,
# the year before, the five-year overview), while other changes go
# through; the setting min-cell cannot change while any year is closed;
# a budget file cannot replace or revise a closed year's budget.
. "$SRC/tests/cli/lib.sh"
db="$T/demo.db"
FINSAM_TODAY=2026-03-15
export FINSAM_TODAY

# A year 2026 whose only amounts are on an observation account 9999, which
# no closed year's documents show.
printf '%s\r\n' '#FLAGGA 0' '#FORMAT PC8' '#SIETYP 4' '#ORGNR 222000-3129' '#FNAMN "Norrdalen"' \
	'#RAR 0 20260101 20261231' '#KONTO 1930 "Bank"' '#KONTO 9999 "Observation"' \
	'#VER A 1 20260115 "Observation"' '{' '#TRANS 1930 {} 100.00' '#TRANS 9999 {} -100.00' '}' > "$T/y2026.se"

run --db "$db" demo
expect_rc 0 "demo"
run --db "$db" accounts map 3031 financial_income
expect_rc 0 "a map change before the closing"
run --db "$db" year close 2025 --adopted 2026-03-12
expect_rc 0 "close 2025"
run --db "$db" report statements --year 2025 --format json
cp "$T/out" "$T/before.json"

# The books of the closed year cannot be replaced.
run --db "$db" import sie "$SRC/examples/norrdalen-2025.se"
expect_rc 2 "import a closed year"
expect_err "bokföringen i filen hör till 2025, vars årsredovisning fastställdes av förbundsstyrelsen 2026-03-12"
expect_err "finsam year reopen 2025"
# A later year's file goes in; a closed year's balances in it are not used.
run --db "$db" import sie "$T/y2026.se"
expect_rc 0 "import 2026"

# The account map: a change that would move an amount of 2024 or 2025 is refused ...
run --db "$db" accounts map 3000–3099 expenses
expect_rc 2 "map onto a closed year's figures"
expect_err "kontoplanen ändras inte"
expect_err "konto 3010 (2024) skulle flyttas från Verksamhetens intäkter till Verksamhetens kostnader, och 2025 är stängt"
expect_err "konto 3010 (2025)"
expect_err "finsam year reopen"
run --db "$db" accounts reset
expect_rc 2 "reset that moves 3031 back"
expect_err "konto 3031 (2024) skulle flyttas från Finansiella intäkter till Verksamhetens intäkter"
# ... one that moves only 2026's amounts goes through.
run --db "$db" accounts map 9000–9999 current_liabilities
expect_rc 0 "map 9999, which only 2026 has"
run --db "$db" accounts
expect_out "9999   Observation"
run --db "$db" report statements --year 2025 --format json
checks=$((checks + 1))
cmp -s "$T/out" "$T/before.json" || fail "the closed year's statements changed"
run --db "$db" audit --format json
python3 -c 'import json,sys
for e in json.load(open(sys.argv[1]))["audit"]:
    if e["record"] == "account_map": print(e["action"], e["after"])' "$T/out" > "$T/map.txt"
cp "$T/map.txt" "$T/out"
expect_out 'ändra kontoplan {"range":"3031-3031","line":"financial_income"}'
expect_out 'ändra kontoplan {"range":"9000-9999","line":"current_liabilities"}'
checks=$((checks + 1))
[ "$(wc -l < "$T/map.txt")" -eq 2 ] || fail "refused map changes are in the audit log: $(cat "$T/map.txt")"

# min-cell protects every year's participant tables: not while a year is closed.
run --db "$db" setting set min-cell 3
expect_rc 2 "min-cell with a closed year"
expect_err "inställningen min-cell skulle ändra de stängda årens dokument (stängda år: 2025 (fastställt 2026-03-12))"
run --db "$db" setting set min-cell 5
expect_rc 0 "min-cell to the value it has"

# The budget of a closed year: each of its rows is refused with the
# reason, and nothing of the file is stored, an open year's rows neither.
run --db "$db" budget show --year 2025
cp "$T/out" "$T/budget-before.txt"
logged=$(db_sql "$db" "SELECT count(*) FROM audit_log WHERE action = 'läs in budget'")
printf 'år;typ;grupp;rad;belopp\n2026;kostnad;Insatser;Steget vidare;700 000\n2025;kostnad;Insatser;Steget vidare;1\n2025;kostnad;Kansli;Lokaler;2\n' > "$T/budget.csv"
run --db "$db" budget import --revise "$T/budget.csv"
expect_rc 2 "a budget of a closed year"
expect_err "2 rader i $T/budget.csv är felaktiga; ingenting sparades"
expect_err "budget.csv, rad 3: budgeten hör till 2025, vars årsredovisning fastställdes av förbundsstyrelsen 2026-03-12: året är stängt"
expect_err "budget.csv, rad 4: budgeten hör till 2025"
run --db "$db" budget show --year 2025
checks=$((checks + 1))
cmp -s "$T/out" "$T/budget-before.txt" || fail "the closed year's budget changed"
run --db "$db" budget show --year 2026
expect_rc 2 "nothing of the open year stored"
expect_err "ingen budget för 2026"
checks=$((checks + 1))
[ "$(db_sql "$db" "SELECT count(*) FROM audit_log WHERE action = 'läs in budget'")" = "$logged" ] ||
	fail "a refused budget import is logged"

# Reopened, all of it goes through again.
run --db "$db" year reopen 2025 --reason "Kontoplanen ska rättas"
expect_rc 0 "reopen"
run --db "$db" budget import --revise "$T/budget.csv"
expect_rc 0 "the budget once open"
expect_out "Budget 2025 version 2: 2 rader (ny revidering)."
checks=$((checks + 1))
[ "$(db_sql "$db" "SELECT record FROM audit_log WHERE action = 'läs in budget' ORDER BY id" |
	tail -n +$((logged + 1)) | paste -sd ,)" = "budget 2026,budget 2025" ] ||
	fail "each year of the budget import is logged"
run --db "$db" accounts reset
expect_rc 0 "reset once open"
run --db "$db" setting set min-cell 3
expect_rc 0 "min-cell once open"
run --db "$db" import sie "$SRC/examples/norrdalen-2025.se"
expect_rc 0 "import once open"

# A closed year that came as the previous year of a file keeps its
# balances when that file is imported again with other ones.
db2="$T/prior.db"
run --db "$db2" import sie "$SRC/examples/norrdalen-2025.se"
expect_rc 0 "import 2025 with 2024 as its previous year"
run --db "$db2" year close 2024 --adopted 2025-03-20
expect_rc 0 "close 2024"
run --db "$db2" report statements --year 2024 --format json
cp "$T/out" "$T/prior-before.json"
sed 's/^#UB -1 1930 .*/#UB -1 1930 1.00/' "$SRC/examples/norrdalen-2025.se" > "$T/changed.se"
checks=$((checks + 1))
cmp -s "$T/changed.se" "$SRC/examples/norrdalen-2025.se" && fail "the test file was not changed"
run --db "$db2" import sie "$T/changed.se"
expect_rc 0 "import 2025 again"
expect_err "räkenskapsåret 2024 är stängt: filens saldon för det används inte"
run --db "$db2" report statements --year 2024 --format json
checks=$((checks + 1))
cmp -s "$T/out" "$T/prior-before.json" || fail "the closed 2024 changed with the new file"
finish
