# The users of the web pages: adding them with a role (a registrar with
# their interventions), passwords read from standard input and checked,
# new passwords, disabling, the list, and the audit log; nothing of a
# password is kept in the database.
. "$SRC/tests/cli/lib.sh"
db="$T/u.db"

run --db "$db" init --name "Samordningsförbundet Prov" --orgnr 222000-1990
run --db "$db" insats add "Steget vidare" --kind individinriktad
run --db "$db" insats add "Unga i arbete" --kind individinriktad

# with_pw PASSWORD ARGS...: runs finsam with PASSWORD on standard input.
with_pw() {
	pw=$1
	shift
	rc=0
	printf '%s\n' "$pw" | "$FINSAM" "$@" > "$T/out" 2> "$T/err" || rc=$?
}

with_pw "korvmacka-123" --db "$db" user add anna --role admin
expect_rc 0 "add admin"
expect_out "Lade till användaren anna (administratör)."
with_pw "korvmacka-123" --db "$db" user add anna --role board
expect_rc 2 "same name twice"
expect_err "det finns redan en användare 'anna'"
with_pw "korvmacka-123" --db "$db" user add reg --role registrar
expect_rc 2 "registrar without insats"
expect_err "minst en insats"
with_pw "korvmacka-123" --db "$db" user add reg --role registrar --insats 1 --insats "Unga i arbete"
expect_rc 0 "registrar with two"
with_pw "korvmacka-123" --db "$db" user add reg2 --role registrerare --insats "Steget vidare,Unga i arbete"
expect_rc 0 "registrar with a list"
with_pw "korvmacka-123" --db "$db" user add reg3 --role registrar --insats "Finns inte"
expect_rc 2 "unknown insats"
expect_err "det finns ingen insats 'Finns inte'"
with_pw "korvmacka-123" --db "$db" user add bo --role board --insats 1
expect_rc 2 "board with insats"
with_pw "kort" --db "$db" user add bo --role board
expect_rc 2 "short password"
expect_err "minst 10 tecken"
with_pw "Sommar2025!" --db "$db" user add bo --role board
expect_rc 2 "guessable password"
expect_err "lätt att gissa"
with_pw "xbo-säger-hej-99" --db "$db" user add bo --role board
expect_rc 2 "password with the name"
expect_err "användarnamnet"
with_pw "Tre små grisar!" --db "$db" user add bo --role styrelse
expect_rc 0 "board"
with_pw "korvmacka-123" --db "$db" user add rev --role auditor
expect_rc 0 "auditor"
with_pw "korvmacka-123" --db "$db" user add "bad name" --role auditor
expect_rc 2 "bad name"
with_pw "korvmacka-123" --db "$db" user add olle --role root
expect_rc 2 "bad role"
expect_err "okänd roll 'root'"
run --db "$db" user add olle --role admin < /dev/null
expect_rc 2 "no password"
expect_err "inget lösenord"

run --db "$db" user list --format json
expect_rc 0 "list"
checks=$((checks + 1))
python3 -c 'import json,sys
u=json.load(open(sys.argv[1]))["users"]
assert [x["name"] for x in u]==["anna","bo","reg","reg2","rev"], u
assert u[0]["role"]=="admin" and u[1]["role"]=="board" and u[4]["role"]=="auditor", u
assert u[2]=={"name":"reg","role":"registrar","interventions":"Steget vidare, Unga i arbete","status":"active","created":u[2]["created"]}, u[2]
' "$T/out" || fail "user list json"
run --db "$db" user list
expect_out "registrerare"

with_pw "ny-korvmacka-7" --db "$db" user passwd reg
expect_rc 0 "passwd"
expect_out "Nytt lösenord för reg"
with_pw "kort" --db "$db" user passwd reg
expect_rc 2 "passwd too short"
with_pw "ny-korvmacka-7" --db "$db" user passwd nobody
expect_rc 2 "passwd of nobody"
run --db "$db" user disable reg2
expect_rc 0 "disable"
run --db "$db" user disable reg2
expect_rc 2 "disable twice"
run --db "$db" user disable anna
expect_rc 2 "the only administrator is not shut out"
expect_err "anna är den enda administratören och kan inte stängas av"
run --db "$db" user list --format json
checks=$((checks + 1))
python3 -c 'import json,sys
u=json.load(open(sys.argv[1]))["users"]
assert u[3]["name"]=="reg2" and u[3]["status"]=="disabled", u
' "$T/out" || fail "disabled in json"

# On again, and a new role and interventions.
run --db "$db" user enable reg2
expect_rc 0 "enable"
expect_out "kan logga in igen"
run --db "$db" user enable reg2
expect_rc 2 "enable an active user"
expect_err "inte avstängd"
run --db "$db" user edit reg2 --role registrar
expect_rc 2 "a registrar without interventions"
expect_err "minst en insats"
run --db "$db" user edit reg2 --role registrar --insats 2
expect_rc 0 "other interventions"
run --db "$db" user edit anna --role board
expect_rc 2 "the only administrator"
expect_err "enda administratören"
run --db "$db" user edit bo --role revisor
expect_rc 0 "a new role"
run --db "$db" user list --format json
checks=$((checks + 1))
python3 -c 'import json,sys
u={x["name"]: x for x in json.load(open(sys.argv[1]))["users"]}
assert u["reg2"]["status"]=="active" and u["reg2"]["interventions"]=="Unga i arbete", u["reg2"]
assert u["bo"]["role"]=="auditor", u["bo"]
' "$T/out" || fail "enabled and edited in json: $(cat "$T/out")"

# The log names who made each change.
USER=kansliet run --db "$db" audit --format csv
expect_out "ny användare"
expect_out "nytt lösenord"
expect_out "stäng av användare"
expect_out "slå på användare"
expect_out "ändra användare"

# No password in clear anywhere in the database; the hashes are Argon2id.
checks=$((checks + 1))
if grep -a -q -e "korvmacka" -e "grisar" "$db" "$db-wal" 2>/dev/null; then fail "a password is stored in clear"; fi
checks=$((checks + 1))
[ "$(db_sql "$db" "SELECT count(*) FROM app_user WHERE password_hash LIKE '\$argon2id\$%'")" = "5" ] ||
	fail "passwords not hashed with Argon2id"

run --db "$db" user --help
expect_rc 0 "group help"
expect_out "user add NAMN"
run --db "$db" user add --help
expect_out "registrerare"
finish
