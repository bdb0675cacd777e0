# Two 'finsam serve' processes on one PostgreSQL database, as behind a
# load balancer: a login through one goes on through the other, a form
# sent through one is seen through the other, the overview's kept parts
# follow a change made elsewhere at once, a logout through one ends
# the session at both, and failed logins through one count at the other.
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/web_lib.sh"
. "$SRC/tests/cli/pg_lib.sh"

pg_db twoservers
db="$pg_uri"
export FINSAM_KEY_FILE="$T/two.key"
"$FINSAM" --db "$db" init --name "Samordningsförbundet Två" --orgnr 222000-1230 >/dev/null || fail "init"
adduser anna "korvmacka-123" admin

web_serve
one=$base
one_server=$server
web_serve
two=$base
trap 'kill "$one_server" "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$T"' EXIT

# Logged in through one, on through two.
base=$one
login anna korvmacka-123 "$T/anna"
expect_code 303 "login through one"
base=$two
get / "$T/anna"
expect_code 200 "the overview through two"
expect_body "anna (administratör)"

# A form sent through two is seen through one.
get /insatser/ny "$T/anna"
expect_code 200 "the new intervention's form through two"
post /insatser/ny "$T/anna" "csrf=$(csrf)" "name=Steget vidare" "kind=individinriktad"
expect_code 303 "a new intervention through two"
base=$one
get /insatser "$T/anna"
expect_code 200 "the interventions through one"
expect_body "Steget vidare"

# The overview's kept parts follow a change made elsewhere at once: by
# the other server, or by a command.
get / "$T/anna"
expect_body "Inga styrdokument är registrerade."
"$FINSAM" --db "$db" policy add "Förbundsordning" --adopted 2026-01-15 --kind charter >/dev/null ||
	fail "policy add"
get / "$T/anna"
expect_no_body "Inga styrdokument är registrerade." "the overview through one after a command's change"

# A logout through one ends the session at two.
get / "$T/anna"
post /logout "$T/anna" "csrf=$(csrf)"
expect_code 303 "logout through one"
base=$two
get / "$T/anna"
expect_code 303 "the ended session through two"
expect_head "Location: /login"

# Failed logins through one count at two: after five, the right password
# waits there too.
base=$one
for i in 1 2 3 4 5; do
	login anna fel-lösenord-1 "$T/bad"
done
base=$two
login anna korvmacka-123 "$T/anna2"
expect_code 429 "the right password through two after five failures through one"
expect_head "Retry-After:"

finish
