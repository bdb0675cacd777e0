# A verification number used twice in one series and year is refused with
# the line of the second one (and of the first); a number may be used again
# in another series, an empty number any number of times. A date more than
# a year outside the fiscal year is an error, a date just outside it a
# warning.
. "$SRC/tests/cli/lib.sh"
good="$SRC/tests/data/cli/small.se"

# the #VER A 3 on line 41 becomes a second A 2
sed -e '41s/#VER A 3 /#VER A 2 /' "$good" > "$T/twice.se"
run --db "$T/a.db" import sie "$T/twice.se"
expect_rc 2 "a number twice"
expect_err "finsam: $T/twice.se, rad 41: verifikation A 2 finns redan på rad 36: en serie kan inte ha samma nummer två gånger under ett år"
expect_no_file "$T/a.db"

# the same number in another series, and empty numbers, are fine
sed -e '41s/#VER A 3 /#VER B 2 /' "$good" > "$T/other.se"
run --db "$T/b.db" import sie "$T/other.se"
expect_rc 0 "another series"
sed -e '36s/#VER A 2 /#VER A "" /' -e '41s/#VER A 3 /#VER A "" /' "$good" > "$T/empty.se"
run --db "$T/c.db" import sie "$T/empty.se"
expect_rc 0 "empty numbers"

# a date two years after the year: an error; a month after: a warning
sed -e '41s/20240330/20260330/' -e '42,$s/20240330/20260330/' "$good" > "$T/far.se"
run --db "$T/d.db" import sie "$T/far.se"
expect_rc 2 "a date two years away"
expect_err "finsam: $T/far.se, rad 41: verifikation A 3 har datum 2026-03-30, mer än ett år utanför räkenskapsåret 2024"
sed -e '41s/20240330/20250130/' -e '42,$s/20240330/20250130/' "$good" > "$T/near.se"
run --db "$T/e.db" import sie "$T/near.se"
expect_rc 0 "a date a month after the year"
expect_err "verifikation A 3 har datum 2025-01-30 utanför räkenskapsåret"

finish
