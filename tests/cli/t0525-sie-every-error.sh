# An SIE file with several errors: the import lists every one with its
# line (the reader's and the import's own checks of records alike), under
# a summary, the first 25 of them; and stores nothing.
. "$SRC/tests/cli/lib.sh"
good="$SRC/tests/data/cli/small.se"

# line 23 garbled, line 24 a year the file has no #RAR for, line 36 a
# date that does not exist, the #VER on line 41 unbalanced
sed -e '23s/^#IB/IB/' -e '24s/#IB -1 2010/#IB -3 2010/' -e '36s/20240301/20240230/' \
	-e '44s/-1500.00/-1400.00/' "$good" > "$T/broken.se"

run --db "$T/kept.db" import sie "$good"
expect_rc 0 "the good file"
run --db "$T/kept.db" export sie --year 2024 -o "$T/before.se"

run --db "$T/kept.db" import sie "$T/broken.se"
expect_rc 2 "a file with four errors"
expect_err "finsam: 4 fel i $T/broken.se; ingenting lästes in:" "the summary"
expect_err "  $T/broken.se, rad 23, kolumn 1: raden börjar inte med en etikett" "the garbled line"
expect_err "  $T/broken.se, rad 24: årsnummer -3 har inget räkenskapsår" "the record's year"
expect_err "  $T/broken.se, rad 36, kolumn 10: ogiltigt datum '20240230'" "the date"
expect_err "  $T/broken.se, rad 41, kolumn 1: verifikation A 3 balanserar inte: summa 100,00" "the #VER"
checks=$((checks + 1))
[ "$(grep -c ', rad ' "$T/err")" = 4 ] || fail "each error once: $(cat "$T/err")"
run --db "$T/kept.db" export sie --year 2024 -o "$T/after.se"
checks=$((checks + 1))
grep -v '^#GEN' "$T/before.se" > "$T/b1"
grep -v '^#GEN' "$T/after.se" > "$T/b2"
cmp -s "$T/b1" "$T/b2" || fail "the broken file changed the books"

run --db "$T/new.db" import sie "$T/broken.se"
expect_rc 2 "into a new database"
expect_no_file "$T/new.db"

# thirty errors: the summary counts them all, the first 25 are listed
cp "$good" "$T/many.se"
i=1
while [ "$i" -le 30 ]; do
	echo "trasig rad $i" >> "$T/many.se"
	i=$((i + 1))
done
run --db "$T/kept.db" import sie "$T/many.se"
expect_rc 2 "thirty errors"
expect_err "finsam: 30 fel i $T/many.se; ingenting lästes in:"
expect_err "many.se, rad 46, kolumn 1: raden börjar inte med en etikett"
expect_err "many.se, rad 70, kolumn 1:"
checks=$((checks + 1))
[ "$(grep -c ', rad ' "$T/err")" = 25 ] || fail "25 listed: $(cat "$T/err")"
checks=$((checks + 1))
! grep -q 'rad 71,' "$T/err" || fail "the 26th is not listed"
checks=$((checks + 1))
[ "$(tail -n 1 "$T/err")" = "  ..." ] || fail "the list ends with ...: $(tail -n 2 "$T/err")"

finish
