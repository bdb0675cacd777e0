# finsam init: a new database for an association, refusing bad input.
. "$SRC/tests/cli/lib.sh"

run --db "$T/a.db" init --name "Samordningsförbundet Test" --orgnr 222000-1991
expect_rc 2 "bad check digit"
expect_err "kontrollsiffran"
expect_no_file "$T/a.db"

run --db "$T/a.db" init --name "Samordningsförbundet Test"
expect_rc 2 "missing orgnr"
expect_err "--orgnr"

run --db "$T/a.db" init --name "Samordningsförbundet Test" --orgnr 222000-1990
expect_rc 0 "init"
expect_out "Skapade"
# The file's mode (on PostgreSQL there is no file: the server keeps it).
if [ "$engine" = sqlite ]; then
	checks=$((checks + 1))
	[ "$(stat -c %a "$T/a.db")" = "600" ] || fail "database mode is $(stat -c %a "$T/a.db"), expected 600"
fi

run --db "$T/a.db" init --name "Annat" --orgnr 222000-1990
expect_rc 2 "init twice"
expect_err "finns redan"

FINSAM_DB="$T/a.db" run report statements
expect_rc 2 "no books yet"
expect_err "ingen bokföring"

# An SIE file for another organisation number is refused.
run --db "$T/a.db" import sie "$SRC/examples/norrdalen-2024.se"
expect_rc 2 "other association's file"
expect_err "222000-3129"

finish
