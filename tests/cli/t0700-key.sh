# The key of the participant register is never replaced in silence: a
# fresh database gets its key and records its fingerprint; a key file
# removed or swapped is refused, with what to do, by every command that
# needs it, nothing is stored and no new key is made; the right key back
# and everything works again, the same person still known.
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/web_lib.sh"
db="$T/p.db"

run --db "$db" init --name "Samordningsförbundet Prov" --orgnr 222000-1990
run --db "$db" insats add "Steget vidare" --kind individinriktad

# Fresh database: no key until a number needs one; then made and recorded.
expect_no_file "$db.key"
echo "19121212-1212" | "$FINSAM" --db "$db" participant add D001 --sex man --born 1912 --pnr-stdin > "$T/out" 2> "$T/err"
rc=$?
expect_rc 0 "first number"
checks=$((checks + 1))
[ "$(stat -c %a "$db.key" 2>/dev/null)" = "600" ] || fail "the key file is not made with mode 600"
cp "$db.key" "$T/right.key"
# Recorded at once, before any number is stored: a number refused (a
# wrong check digit) still made the key, and that key is remembered.
fresh="$T/fresh.db"
run --db "$fresh" init --name "Samordningsförbundet Prov" --orgnr 222000-1990
echo "19121212-1213" | "$FINSAM" --db "$fresh" participant add D001 --sex man --born 1912 --pnr-stdin > "$T/out" 2> "$T/err"
rc=$?
expect_rc 2 "a wrong number"
expect_err "kontrollsiffran"
checks=$((checks + 1))
[ -s "$fresh.key" ] || fail "no key was made"
rm "$fresh.key"
echo "19121212-1212" | "$FINSAM" --db "$fresh" participant add D001 --sex man --born 1912 --pnr-stdin > "$T/out" 2> "$T/err"
rc=$?
expect_rc 2 "a fresh database's key lost before any number"
expect_err "nyckelfilen saknas eller hör inte till databasen"
expect_no_file "$fresh.key"

count() {
	"$FINSAM" --db "$db" participant list --format json |
		python3 -c 'import json,sys; print(len(json.load(sys.stdin)["participants"]))'
}

# refused WHAT: the last command was refused as a lost key is.
refused() {
	expect_rc 2 "$1"
	expect_err "nyckelfilen saknas eller hör inte till databasen" "$1"
	expect_err "Lägg tillbaka nyckelfilen från säkerhetskopian" "$1"
}

{
	sed -n 1p "$SRC/tests/data/participants/list.csv"
	echo "D010;19850101-1236;Steget vidare;kvinna;1985;gymnasial;2025-02-03;försörjningsstöd;1–2 år;;;"
} > "$T/list.csv"

# The key removed: refused, nothing stored, no key made.
rm "$db.key"
echo "19850101-1236" | "$FINSAM" --db "$db" participant add D002 --sex kvinna --born 1985 --pnr-stdin > "$T/out" 2> "$T/err"
rc=$?
refused "add without the key"
expect_no_file "$db.key"
echo "19850101-1236" | "$FINSAM" --db "$db" participant edit D001 --pnr-stdin > "$T/out" 2> "$T/err"
rc=$?
refused "edit without the key"
run --db "$db" import participants "$T/list.csv"
refused "import without the key"
expect_no_file "$db.key"
checks=$((checks + 1))
[ "$(count)" = "1" ] || fail "something was stored without the key"
# The server starts, says so, and makes no key either (its pages refuse
# every number with the same message).
web_serve
checks=$((checks + 1))
grep -qF "varning: nyckelfilen saknas eller hör inte till databasen" "$T/server.err" ||
	fail "serve without the key: $(head -c 400 "$T/server.err")"
expect_no_file "$db.key"
kill "$server" 2>/dev/null
wait "$server" 2>/dev/null
# What needs no number goes on.
run --db "$db" participant add D003 --sex kvinna --born 1990
expect_rc 0 "a participant without a number needs no key"

# Another key in its place: refused the same way.
head -c 32 /dev/urandom > "$db.key"
echo "19850101-1236" | "$FINSAM" --db "$db" participant add D002 --sex kvinna --born 1985 --pnr-stdin > "$T/out" 2> "$T/err"
rc=$?
refused "add with another key"
run --db "$db" import participants "$T/list.csv"
refused "import with another key"
checks=$((checks + 1))
[ "$(count)" = "2" ] || fail "something was stored with another key"

# The right key back: the same person is known again, a new one is added.
cp "$T/right.key" "$db.key"
echo "191212121212" | "$FINSAM" --db "$db" participant add D004 --sex man --born 1912 --pnr-stdin > "$T/out" 2> "$T/err"
rc=$?
expect_rc 2 "the same person with the right key"
expect_err "finns redan som deltagare D001"
run --db "$db" import participants "$T/list.csv"
expect_rc 0 "import with the right key"
checks=$((checks + 1))
[ "$(count)" = "3" ] || fail "the import with the right key stored nothing"
cmp -s "$db.key" "$T/right.key" || fail "the key file was replaced"

finish
