# A busy database: while another process holds the write lock (as a long
# import does: SQLite's, or on PostgreSQL the writers' advisory lock), the web waits a few seconds and answers 503 with
# Retry-After and a Swedish sentence, never an internal error, and nothing
# is half stored; the pages are still read. The command line says it is
# waiting, waits up to --wait (or FINSAM_WAIT) and then succeeds, or fails
# with status 3 and a clear message.
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/web_lib.sh"
web_demo
web_serve

login anna "korvmacka-123" "$T/anna"
expect_code 303 "login before the lock"
get /insatser/1 "$T/anna"
token=$(csrf)

hold 12
# Logging in writes (the failures, the session): 503, the name kept and a
# form to send it again, the password asked for anew, never written out.
# On PostgreSQL a login's few rows take no writers' lock: it goes through.
if [ "$engine" = sqlite ]; then
	rm -f "$T/bo"
	get /login "$T/bo"
	post /login "$T/bo" "csrf=$(csrf)" "user=bo" "password=korvmacka-123"
	expect_code 503 "login while the database is busy"
	expect_head "Retry-After: "
	expect_body "Databasen är upptagen av en inläsning just nu. Försök igen om en stund."
	expect_body 'name="user" value="bo"'
	expect_body 'id="busy-again-button"'
	expect_no_body "korvmacka-123" "the password is not written into the page"
	expect_no_body "databasfel"
	expect_no_body "database is locked"
	expect_no_body "Något gick fel"
fi
# Reading goes on while the import writes.
get /insatser/1 "$T/anna"
expect_code 200 "a page read while the database is busy"
# A form: 503, the form again with what was typed and the sentence.
post /insatser/1/beslut "$T/anna" "csrf=$token" "date=2025-11-20" "amount=123 456" "years=2026"
expect_code 503 "a form sent while the database is busy"
expect_head "Retry-After: "
expect_body "Databasen är upptagen av en inläsning just nu."
expect_body "tryck på knappen igen"
expect_body 'value="123 456"' "the typed amount is kept"
expect_no_body "databasfel"
expect_no_body "Något gick fel"
wait "$holder"

# Nothing of it was stored; the same form goes through once the lock is gone.
run --db "$db" insats decision list 1
expect_rc 0 "decisions after the busy form"
expect_no_out "123 456"
post /insatser/1/beslut "$T/anna" "csrf=$token" "date=2025-11-20" "amount=123 456" "years=2026" "again=1"
expect_code 303 "the form sent again"
run --db "$db" insats decision list 1
expect_out "123 456" "the decision sent again is stored"
login bo "korvmacka-123" "$T/bo"
expect_code 303 "login after the lock"
checks=$((checks + 1))
grep -q " 500$" "$T/server.err" && fail "the server answered 500: $(grep ' 500$' "$T/server.err")"

# The command line waits, says so after a second, and succeeds when the
# lock is let go within its limit.
hold 3
run --db "$db" --wait 30 goal add --year 2026 --title "Väntade mål" --area individ
expect_rc 0 "a change that waited for the lock"
expect_err "väntar på databasen, som en annan skrivning håller"
wait "$holder"
run --db "$db" goal list --year 2026
expect_out "Väntade mål"

# Past its limit it gives up: status 3, a Swedish sentence, nothing stored.
hold 5
run --db "$db" --wait 1 goal add --year 2026 --title "Otåligt mål" --area individ
expect_rc 3 "a change past --wait"
expect_err "databasen är upptagen av en annan skrivning"
expect_err "--wait"
checks=$((checks + 1))
grep -q "database is locked" "$T/err" && fail "an internal message: $(cat "$T/err")"
rc=0
FINSAM_WAIT=0 "$FINSAM" --db "$db" goal add --year 2026 --title "Otåligt mål" --area individ \
	> "$T/out" 2> "$T/err" || rc=$?
expect_rc 3 "a change with FINSAM_WAIT=0"
expect_err "databasen är upptagen"
wait "$holder"
run --db "$db" goal list --year 2026
expect_no_out "Otåligt mål"

# A wait that is not a number of seconds is refused.
run --db "$db" --wait soon goal list --year 2026
expect_rc 2 "--wait soon"
expect_err "--wait ska vara ett antal sekunder"
rc=0
FINSAM_WAIT=-1 "$FINSAM" --db "$db" goal list --year 2026 > "$T/out" 2> "$T/err" || rc=$?
expect_rc 2 "FINSAM_WAIT=-1"
expect_err "FINSAM_WAIT ska vara ett antal sekunder"

finish
