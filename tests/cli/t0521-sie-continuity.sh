# The books across years: an SIE file whose #IB differs from the previous
# year's #UB in the database, or whose #UB does not follow from #IB and
# the year's transactions, is imported with a warning that names the
# accounts, and `check` fails (and the annual report is refused) until the
# right file is imported. The demo förbund's files, changed by hand: 1790
# opens 2025 at 7 000 kr and 2440 at −282 666,68 kr, where 2024 closed at
# 6 000 kr and −281 666,68 kr (the balance sheet still balances), and in a
# second file 1790 closes 2025 at 6 500 kr with no transaction on it.
. "$SRC/tests/cli/lib.sh"
db="$T/b.db"
LC_ALL=C
export LC_ALL

sed -e 's/^#IB 0 1790 6000\.00/#IB 0 1790 7000.00/' -e 's/^#UB 0 1790 6000\.00/#UB 0 1790 7000.00/' \
	-e 's/^#IB 0 2440 -281666\.68/#IB 0 2440 -282666.68/' -e 's/^#UB 0 2440 -428333\.34/#UB 0 2440 -429333.34/' \
	"$SRC/examples/norrdalen-2025.se" > "$T/ib.se"
sed -e 's/^#UB 0 1790 6000\.00/#UB 0 1790 6500.00/' "$SRC/examples/norrdalen-2025.se" > "$T/ub.se"
checks=$((checks + 1))
[ "$(cmp -l "$SRC/examples/norrdalen-2025.se" "$T/ib.se" | wc -l)" -ge 4 ] && \
	[ "$(cmp -l "$SRC/examples/norrdalen-2025.se" "$T/ub.se" | wc -l)" -ge 1 ] || fail "the files were not changed"

run --db "$db" import sie "$SRC/examples/norrdalen-2024.se"
expect_rc 0 "import 2024"
checks=$((checks + 1))
! grep -q "varning" "$T/err" || fail "import 2024 warned: $(cat "$T/err")"
run --db "$db" budget import "$SRC/examples/budget-2025.csv"
expect_rc 0 "budget 2025"

# #IB against last year's #UB.
run --db "$db" import sie "$T/ib.se"
expect_rc 0 "import of 2025 with other opening balances"
expect_err "finsam: varning: bokföringen 2025 stämmer inte: \"Föregående års utgående balanser är årets ingående\""
expect_err "konto 1790: utgående 2024 6 000,00 kr, ingående 2025 7 000,00 kr"
expect_err "konto 2440: utgående 2024 -281 666,68 kr, ingående 2025 -282 666,68 kr"
expect_err "'finsam check' visar fel tills det är rättat"
expect_out "varningar (se ovan)"
run --db "$db" check --year 2025 --format json
expect_rc 1 "check after the import"
cp "$T/out" "$T/ib.json"
checks=$((checks + 1))
python3 -c 'import json,sys
c = {x["id"]: x for x in json.load(open(sys.argv[1]))["checks"]}
assert c["opening_balances"]["status"] == "failed", c["opening_balances"]
assert "konto 1790" in c["opening_balances"]["detail"]
assert c["balance_sheet"]["status"] == "ok"
assert c["transactions"]["status"] == "ok"
assert c["accounts_mapped"]["status"] == "ok"
# the interim report of 2025 opens with the books of 2025, and the
# equity carried over is the same: only accounts moved
assert c["interim_opening_equity"]["status"] == "ok", c["interim_opening_equity"]' "$T/ib.json" ||
	fail "check of the changed opening balances: $(cat "$T/ib.json")"
run --db "$db" report annual --year 2025
expect_rc 1 "annual report while the books do not follow on"
expect_err "(opening_balances)"

# The right file puts it right, without a warning.
run --db "$db" import sie "$SRC/examples/norrdalen-2025.se"
expect_rc 0 "import of the right 2025"
checks=$((checks + 1))
! grep -q "varning" "$T/err" || fail "the right file warned: $(cat "$T/err")"
run --db "$db" check --year 2025
expect_rc 0 "check after the right file"

# #UB that does not follow from #IB and the transactions.
run --db "$db" import sie "$T/ub.se"
expect_rc 0 "import of 2025 with another closing balance"
expect_err "bokföringen 2025 stämmer inte: \"Transaktionerna summerar till utgående balanser\""
expect_err "konto 1790: ingående 6 000,00 kr + transaktioner 0,00 kr = 6 000,00 kr, men utgående balans 6 500,00 kr"
run --db "$db" check --year 2025
expect_rc 1 "check after the closing balance"
expect_out "konto 1790: ingående 6 000,00 kr"

# The year after: a 2024 whose closing balances differ from what 2025
# opened with warns about 2025.
db2="$T/c.db"
sed -e 's/^#UB 0 1790 6000\.00/#UB 0 1790 5000.00/' -e 's/^#UB 0 2440 -281666\.68/#UB 0 2440 -280666.68/' \
	"$SRC/examples/norrdalen-2024.se" > "$T/ub-2024.se"
run --db "$db2" import sie "$SRC/examples/norrdalen-2025.se"
expect_rc 0 "import 2025 first"
run --db "$db2" import sie "$T/ub-2024.se"
expect_rc 0 "import a 2024 that does not lead to 2025"
expect_err "bokföringen 2025 stämmer inte: \"Föregående års utgående balanser är årets ingående\""
expect_err "konto 1790: utgående 2024 5 000,00 kr, ingående 2025 6 000,00 kr"
run --db "$db2" check --year 2025
expect_rc 1 "check of 2025 after the other 2024"

finish
