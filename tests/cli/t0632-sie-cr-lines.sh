# SIE files with CR alone after each line (as old Mac programs wrote them)
# are read as those with CRLF or LF: the same accounts, balances and
# verifications, and the same statements.
. "$SRC/tests/cli/lib.sh"

# A small CR-only file: the Jämtland balances, each line ending in a CR.
checks=$((checks + 1))
[ "$(tr -cd '\n' < "$SRC/tests/data/sie/cr-only.se" | wc -c)" -eq 0 ] &&
	[ "$(tr -cd '\r' < "$SRC/tests/data/sie/cr-only.se" | wc -c)" -gt 100 ] ||
	fail "cr-only.se has CR line ends only"
run --db "$T/cr.db" import sie "$SRC/tests/data/sie/cr-only.se"
expect_rc 0 "import a CR-only file"
expect_out "räkenskapsår 2022, 27 konton, 73 saldon"
run --db "$T/lf.db" import sie "$SRC/tests/data/sie/jamtland-2022.se"
expect_out "räkenskapsår 2022, 27 konton, 73 saldon"
run --db "$T/cr.db" report statements --year 2022 --format json
cp "$T/out" "$T/cr.json"
run --db "$T/lf.db" report statements --year 2022 --format json
checks=$((checks + 1))
cmp -s "$T/out" "$T/cr.json" || fail "CR-only and LF give the same statements: $(diff "$T/out" "$T/cr.json" | head -5)"

# The demo förbund's 2024 books (CRLF, with verifications) with CR alone.
tr -d '\n' < "$SRC/examples/norrdalen-2024.se" > "$T/mac.se"
run --db "$T/mac.db" import sie "$T/mac.se"
expect_rc 0 "import the books with CR line ends"
cp "$T/out" "$T/mac.out"
run --db "$T/crlf.db" import sie "$SRC/examples/norrdalen-2024.se"
expect_rc 0 "import the books with CRLF"
checks=$((checks + 1))
[ "$(sed -n 's/.*: räkenskapsår/räkenskapsår/p' "$T/mac.out")" = "$(sed -n 's/.*: räkenskapsår/räkenskapsår/p' "$T/out")" ] ||
	fail "the same counts: $(cat "$T/mac.out") / $(cat "$T/out")"
checks=$((checks + 1))
grep -q "verifikationer" "$T/out" && ! grep -q " 0 verifikationer" "$T/out" || fail "verifications read: $(cat "$T/out")"
run --db "$T/mac.db" report statements --year 2024 --format json
cp "$T/out" "$T/mac.json"
run --db "$T/crlf.db" report statements --year 2024 --format json
checks=$((checks + 1))
cmp -s "$T/out" "$T/mac.json" || fail "CR-only and CRLF give the same statements: $(diff "$T/out" "$T/mac.json" | head -5)"
finish
