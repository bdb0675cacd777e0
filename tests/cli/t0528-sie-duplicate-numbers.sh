# A number used twice in a series is found whatever the number looks like
# and wherever it stands: numbers out of order, a number far from the rest,
# a number too long for any integer, a long series name. A number is text:
# "01" is not "1".
. "$SRC/tests/cli/lib.sh"
good="$SRC/tests/data/cli/small.se"

# the verifications numbered 3, 2, 1, and 1 beside 01: all different
sed -e '31s/#VER A 1 /#VER A 3 /' -e '41s/#VER A 3 /#VER A 1 /' "$good" > "$T/order.se"
run --db "$T/a.db" import sie "$T/order.se"
expect_rc 0 "numbers out of order"
sed -e '36s/#VER A 2 /#VER A 01 /' "$good" > "$T/zero.se"
run --db "$T/b.db" import sie "$T/zero.se"
expect_rc 0 "01 beside 1"

# 1000000000, then 1, then 1000000000 again
sed -e '31s/#VER A 1 /#VER A 1000000000 /' -e '36s/#VER A 2 /#VER A 1 /' \
	-e '41s/#VER A 3 /#VER A 1000000000 /' "$good" > "$T/far.se"
run --db "$T/c.db" import sie "$T/far.se"
expect_rc 2 "a far number twice"
expect_err "finsam: $T/far.se, rad 41: verifikation A 1000000000 finns redan på rad 31: en serie kan inte ha samma nummer två gånger under ett år"
expect_no_file "$T/c.db"

# a number of 30 digits twice, the first after the second's neighbour
n=123456789012345678901234567890
sed -e "36s/#VER A 2 /#VER A $n /" -e "41s/#VER A 3 /#VER A $n /" "$good" > "$T/long.se"
run --db "$T/d.db" import sie "$T/long.se"
expect_rc 2 "a long number twice"
expect_err "finsam: $T/long.se, rad 41: verifikation A $n finns redan på rad 36: en serie kan inte ha samma nummer två gånger under ett år"

# a series of 40 characters: its 2 twice; the same 2 in series A is fine
s=LONGSERIES-LONGSERIES-LONGSERIES-LONGSER
sed -e "31s/#VER A 1 /#VER $s 2 /" -e "41s/#VER A 3 /#VER $s 2 /" "$good" > "$T/series.se"
run --db "$T/e.db" import sie "$T/series.se"
expect_rc 2 "a long series' number twice"
expect_err "finsam: $T/series.se, rad 41: verifikation $s 2 finns redan på rad 31: en serie kan inte ha samma nummer två gånger under ett år"
expect_no_file "$T/e.db"

finish
