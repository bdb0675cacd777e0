# A malformed SIE file gives its error with file, line and column, and
# stores nothing: no database is created, an existing one is unchanged.
. "$SRC/tests/cli/lib.sh"
good="$SRC/tests/data/cli/small.se"

variant() {   # NAME SED-EXPRESSION: writes $T/NAME.se from the good file
	sed "$2" "$good" > "$T/$1.se"
}

bad() {   # NAME EXPECTED-MESSAGE [EXPECTED-PLACE]
	run --db "$T/new.db" import sie "$T/$1.se"
	expect_rc 2 "$1"
	expect_err "$2" "$1"
	[ -z "${3:-}" ] || expect_err "$3" "$1 names the place"
	expect_no_file "$T/new.db"
	run --db "$T/kept.db" import sie "$T/$1.se"
	expect_rc 2 "$1 into an existing database"
	run --db "$T/kept.db" export sie --year 2024 -o "$T/after.se"
	checks=$((checks + 1))
	grep -v '^#GEN' "$T/after.se" > "$T/b"
	cmp -s "$T/before" "$T/b" || fail "$1 changed the existing database"
}

run --db "$T/kept.db" import sie "$good"
expect_rc 0 "import the good file"
run --db "$T/kept.db" export sie --year 2024 -o "$T/before.se"
grep -v '^#GEN' "$T/before.se" > "$T/before"

variant unbalanced 's/#TRANS 3010 {} -2000.00/#TRANS 3010 {} -1999.50/'
bad unbalanced "verifikation A 1 balanserar inte: summa 0,50" "unbalanced.se, rad 31"

variant amount 's/#UB 0 1930 1500.00/#UB 0 1930 15OO.00/'
bad amount "kan inte tolka beloppet '15OO.00'" "amount.se, rad 18, kolumn 12"

variant date 's/#VER A 2 20240301/#VER A 2 20240230/'
bad date "ogiltigt datum"

variant nobrace '$d'
bad nobrace "avslutas aldrig"

variant outside 's/^#VER A 1 /#TRANS 1930 {} 1.00\n#VER A 1 /'
bad outside "#TRANS" "rad 31"

variant norar '/#RAR 0/d'
bad norar "#RAR 0"

variant year 's/#IB -1 1930/#IB -3 1930/'
bad year "#RAR -3"

printf '#FLAGGA 0\n#RAR 0 20240101 20241231\n#KONTO 1930 "Bank\n' > "$T/quote.se"
bad quote "rad 3"

run --db "$T/new.db" import sie "$T/does-not-exist.se"
expect_rc 2 "missing file"
expect_err "kan inte öppna"
expect_no_file "$T/new.db"

# An unknown label is skipped with a warning, the rest is read.
sed 's/^#KONTO 1930 "Bank"$/#KONTO 1930 "Bank"\n#FROBNICATE 1 2 3/' "$good" > "$T/unknown.se"
run --db "$T/warn.db" import sie "$T/unknown.se"
expect_rc 0 "unknown label"
expect_err "#FROBNICATE"

finish
