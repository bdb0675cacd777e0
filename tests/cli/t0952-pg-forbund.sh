# Many förbund on one PostgreSQL host: 'forbund add' and 'forbund list'
# (all or nothing, with each förbund's key in FINSAM_KEY_DIR), --forbund,
# FINSAM_FORBUND and '#NAME' after the URI; and no way across: another
# förbund's ids are not found, the same person gets unrelated hashes, a
# key of one is refused by another, and the host's own schema holds none
# of a förbund's records.
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/pg_lib.sh"

pg_db host
K="$T/keys"
mkdir -m 700 "$K"
export FINSAM_KEY_DIR="$K"
add() { # add NAME ORGNR USER [more options]: forbund add, the password on stdin
	name=$1 orgnr=$2 user=$3
	shift 3
	rc=0
	echo "ett-långt-lösenord-$name" | "$FINSAM" --db "$pg_uri" forbund add "$name" \
		--name "Samordningsförbundet $name" --orgnr "$orgnr" --user "$user" "$@" >"$T/out" 2>"$T/err" || rc=$?
}

# ---- before there is a host ----
run --db "$pg_uri" forbund list
expect_rc 2 "list before the first förbund"
expect_err "ingen värd för flera förbund än"
run --db "$T/one.db" forbund list
expect_rc 2 "a file is no host"
expect_err "en SQLite-fil rymmer ett förbund"
FINSAM_KEY_DIR= add kalmar 222000-1230 anna
expect_rc 2 "no folder of keys"
expect_err "FINSAM_KEY_DIR"

# ---- adding ----
add kalmar 222000-1230 anna --host kalmar.example --host KALMAR.example:8080 --region "Region Kalmar län"
expect_rc 0 "add kalmar"
expect_out "Lade till förbundet kalmar med administratören anna."
add jamtland 222000-1990 bo --host jamtland.example
expect_rc 0 "add jamtland"
checks=$((checks + 1))
[ "$(stat -c %a "$K/kalmar.key")" = 600 ] && [ -s "$K/jamtland.key" ] || fail "each förbund's key in FINSAM_KEY_DIR, 0600"
checks=$((checks + 1))
cmp -s "$K/kalmar.key" "$K/jamtland.key" && fail "two förbund share a key"

run --db "$pg_uri" forbund list
expect_rc 0 "list"
expect_out "Samordningsförbundet kalmar"
expect_out "Region Kalmar län"
run --db "$pg_uri" forbund list --format json
expect_rc 0 "list json"
cp "$T/out" "$T/list.json"
checks=$((checks + 1))
python3 -c 'import json, sys
rows = json.load(open(sys.argv[1]))["forbund"]
got = [(r["name"], r["association"], r["orgnr"], r["region"], r["hosts"], len(r["created"])) for r in rows]
want = [("jamtland", "Samordningsförbundet jamtland", "222000-1990", "", "jamtland.example", 19),
        ("kalmar", "Samordningsförbundet kalmar", "222000-1230", "Region Kalmar län", "kalmar.example", 19)]
sys.exit(0 if got == want else "forbund list: %r" % got)' "$T/list.json" || fail "forbund list --format json"

# ---- refused, with nothing left behind ----
add kalmar 222000-1230 cecilia
expect_rc 2 "the same name again"
expect_err "förbundet 'kalmar' finns redan på värden"
add umea 222000-5678 dan --host kalmar.example
expect_rc 2 "a host name taken"
expect_err "värdnamnet 'kalmar.example' används redan av förbundet 'kalmar'"
checks=$((checks + 1))
[ "$(pg_sql "SELECT count(*) FROM pg_namespace WHERE nspname = 'fb_umea'")" = 0 ] ||
	fail "a förbund refused at its registration left its schema"
expect_no_file "$K/umea.key"
echo kort | "$FINSAM" --db "$pg_uri" forbund add umea --name "Umeå" --orgnr 222000-5678 --user dan \
	>"$T/out" 2>"$T/err" && rc=0 || rc=$?
expect_rc 2 "a short password"
checks=$((checks + 1))
[ "$(pg_sql "SELECT count(*) FROM finsam_host.forbund WHERE name = 'umea'")" = 0 ] || fail "umea registered"
add umeå 222000-5678 dan
expect_rc 2 "a name with å"
expect_err "får bara ha a–z, 0–9 och '-'"
add umea 222000-5679 dan
expect_rc 2 "a wrong organisation number"
expect_err "kontrollsiffran"
: > "$K/umea.key"
add umea 222000-5678 dan
expect_rc 2 "a key file already there"
expect_err "nyckelfilen '$K/umea.key' finns redan"
rm -f "$K/umea.key"
checks=$((checks + 1))
[ "$(pg_sql "SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'fb_%'")" = 2 ] ||
	fail "schemas after the refusals: $(pg_sql "SELECT string_agg(nspname, ' ') FROM pg_namespace")"

# ---- naming the förbund ----
run --db "$pg_uri" user list
expect_rc 2 "a host without a förbund"
expect_err "ange förbundet med --forbund NAMN"
run --db "$pg_uri" import sie "$SRC/tests/data/sie/jamtland-2022.se"
expect_rc 2 "import into the host's own schema"
expect_err "ange förbundet med --forbund NAMN"
run --db "$pg_uri" --forbund nowhere user list
expect_rc 2 "a förbund not on the host"
expect_err "förbundet 'nowhere' finns inte på värden"
run --db "$T/one.db" --forbund kalmar user list
expect_rc 2 "--forbund on a file"
expect_err "en SQLite-fil rymmer bara ett"
run --db "$pg_uri#kalmar" --forbund jamtland user list
expect_rc 2 "two förbund named"
expect_err "namnger olika förbund"
run --db "$pg_uri" --forbund "../kalmar" user list
expect_rc 2 "a name with a path"
run --db "$pg_uri" --forbund kalmar user list
expect_rc 0 "--forbund"
expect_out "anna"
expect_no_out "bo "
FINSAM_FORBUND=jamtland run --db "$pg_uri" user list
expect_rc 0 "FINSAM_FORBUND"
expect_out "bo"
expect_no_out "anna"
run --db "$pg_uri#jamtland" audit
expect_rc 0 "the URI's #NAME"
expect_out "nytt förbund"

# ---- each förbund its own records ----
run --db "$pg_uri" --forbund jamtland import sie "$SRC/tests/data/sie/jamtland-2022.se"
expect_rc 0 "import into jamtland"
run --db "$pg_uri" --forbund kalmar import sie "$SRC/tests/data/sie/jamtland-2022.se"
expect_rc 2 "another förbund's file"
expect_err "men databasen är för 222000-1230"
run --db "$pg_uri" --forbund kalmar insats add "Steget vidare" --kind individinriktad
expect_rc 0 "insats in kalmar"
run --db "$pg_uri" --forbund kalmar insats list --format json
id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["interventions"][0]["id"])' "$T/out")
run --db "$pg_uri" --forbund jamtland insats show "$id"
expect_rc 2 "kalmar's insats through jamtland"
expect_err "det finns ingen insats '$id'"
run --db "$pg_uri" --forbund jamtland insats remove "$id"
expect_rc 2 "removing kalmar's insats through jamtland"
run --db "$pg_uri" --forbund kalmar insats show "$id"
expect_rc 0 "kalmar's insats is there"
expect_out "Steget vidare"
run --db "$pg_uri" --forbund jamtland report statements --year 2022
expect_rc 0 "jamtland's statements"
run --db "$pg_uri" --forbund kalmar report statements --year 2022
expect_rc 2 "kalmar has no books"

# The same person in both: two participants whose hashes cannot be linked.
echo 20030312-1230 > "$T/pnr"
# add_person FÖRBUND CODE SEX: the person of $T/pnr as a participant.
add_person() {
	"$FINSAM" --db "$pg_uri" --forbund "$1" participant add "$2" --sex "$3" --born 2003 --pnr-stdin <"$T/pnr" \
		>"$T/out" 2>"$T/err" && rc=0 || rc=$?
}
add_person kalmar K1 kvinna
expect_rc 0 "a participant in kalmar"
add_person jamtland J1 kvinna
expect_rc 0 "the same person in jamtland"
checks=$((checks + 1))
[ "$(pg_sql "SELECT count(DISTINCT pnr_hash) FROM (SELECT pnr_hash FROM fb_kalmar.participant UNION ALL
	SELECT pnr_hash FROM fb_jamtland.participant) p")" = 2 ] || fail "one hash for one person in two förbund"
run --db "$pg_uri" --forbund jamtland participant list
expect_out "J1"
expect_no_out "K1"

# One förbund's key is refused by another.
mkdir -m 700 "$T/wrong"
cp "$K/kalmar.key" "$T/wrong/jamtland.key"
FINSAM_KEY_DIR="$T/wrong" add_person jamtland J2 man
expect_rc 2 "kalmar's key for jamtland"
expect_err "nyckelfilen saknas eller hör inte till databasen"

# The host's own schema holds no förbund's tables.
checks=$((checks + 1))
[ "$(pg_sql "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")" = 0 ] ||
	fail "tables in the host's public schema"

finish
