# The host's region users and the host names of the region pages:
# 'region user add|list|disable|enable|password' and 'region host
# add|list', each change (and 'forbund add') written to the host's audit
# log, which only grows and 'region audit' lists; refused: bad names, a region no förbund belongs to, a duplicate, a host
# name a förbund has (and the other way round), a file and a förbund.
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/pg_lib.sh"

pg_db regionhost
host=$pg_uri
export FINSAM_KEY_DIR="$T/keys"
mkdir -m 700 "$FINSAM_KEY_DIR"
for f in "norr 222000-1230 Norr" "syd 222000-1990 Syd"; do
	set -- $f
	echo "korvmacka-123" | "$FINSAM" --db "$host" forbund add "$1" --name "Samordningsförbundet $1" \
		--orgnr "$2" --user anna --host "$1.test" --region "Region $3" >/dev/null 2>"$T/err" ||
		fail "forbund add $1: $(cat "$T/err")"
done

# ---- adding ----
adduser() { # adduser NAME [options]: the password on standard input
	rc=0
	name=$1
	shift
	echo "${pw:-region-lösen-42}" | "$FINSAM" --db "$host" region user add "$name" "$@" >"$T/out" 2>"$T/err" ||
		rc=$?
}
adduser nora --region "Region Norr"
expect_rc 0 "nora of Region Norr"
expect_out "Lade till regionanvändaren nora (region), som läser Region Norr."
adduser hela --all
expect_rc 0 "hela of the whole host"
run --db "$host" region host add norr-region.test --region "Region Norr"
expect_rc 0 "a host name of Region Norr"
expect_out "Regionsidorna visas nu på norr-region.test (Region Norr)."
run --db "$host" region host add NATIONELL.test --all
expect_rc 0 "a host name of every förbund"

# ---- listing ----
run --db "$host" region user list
expect_rc 0 "user list"
expect_out "nora"
expect_out "Region Norr"
run --db "$host" region user list --format json
expect_rc 0 "user list as JSON"
cp "$T/out" "$T/users.json"
run --db "$host" region user list --format csv
expect_rc 0 "user list as CSV"
expect_out "nora;region;Region Norr;nej;aktiv;"
run --db "$host" region host list --format json
expect_rc 0 "host list as JSON"
cp "$T/out" "$T/hosts.json"
checks=$((checks + 1))
python3 - "$T" <<'PY' || fail "the lists"
import json, sys
d = sys.argv[1]
users = json.load(open(f"{d}/users.json"))["region_users"]
hosts = json.load(open(f"{d}/hosts.json"))["region_hosts"]
bad = []
def want(what, got, exp):
    if got != exp:
        bad.append(f"{what}: {got!r}, expected {exp!r}")
want("users", [(u["name"], u["role"], u["region"], u["all"], u["status"]) for u in users],
     [("hela", "region", "", "yes", "active"), ("nora", "region", "Region Norr", "no", "active")])
want("hosts", [(h["host"], h["region"], h["all"]) for h in hosts],
     [("nationell.test", "", "yes"), ("norr-region.test", "Region Norr", "no")])
if bad:
    sys.exit("\n".join(bad))
PY

# ---- refused ----
adduser nora --region "Region Norr"
expect_rc 2 "a name taken"
expect_err "det finns redan en regionanvändare 'nora'"
adduser "x" --all
expect_rc 2 "a name too short"
expect_err "användarnamnet"
adduser "no way" --all
expect_rc 2 "a name with a space"
adduser vera --region "Region Väst"
expect_rc 2 "a region of no förbund"
expect_err "inget förbund på värden hör till regionen 'Region Väst'"
adduser vera --region " Region Norr"
expect_rc 2 "a region's name with a space first"
expect_err "regionens namn får inte börja eller sluta med mellanslag"
adduser vera --region "Region Norr" --all
expect_rc 2 "both a region and every förbund"
expect_err "ange antingen --region eller --all, inte båda"
adduser vera
expect_rc 2 "neither"
expect_err "ange --region REGION eller --all"
pw=kort adduser vera --all
expect_rc 2 "a weak password"
expect_err "lösenordet"
run --db "$host" region host add norr.test --region "Region Norr"
expect_rc 2 "a förbund's host name"
expect_err "värdnamnet 'norr.test' används redan av förbundet 'norr'"
run --db "$host" region host add Norr-Region.test:8080 --all
expect_rc 2 "a region host name again"
expect_err "värdnamnet 'norr-region.test' används redan av regionsidorna"
run --db "$host" region host add "bad_name.test" --all
expect_rc 2 "a bad host name"
expect_err "värdnamnet 'bad_name.test' får bara ha a–z, 0–9, '-' och '.'"
run --db "$host" region host add vast.test --region "Region Väst"
expect_rc 2 "a host name of a region of no förbund"
expect_err "inget förbund på värden hör till regionen 'Region Väst'"
echo "korvmacka-123" | "$FINSAM" --db "$host" forbund add mitt --name "Samordningsförbundet mitt" \
	--orgnr 222000-3129 --user anna --host nationell.test >"$T/out" 2>"$T/err" && rc=0 || rc=$?
expect_rc 2 "a förbund on a region host name"
expect_err "värdnamnet 'nationell.test' används redan av regionsidorna"
run --db "$T/one.db" region user list
expect_rc 2 "a file"
expect_err "kräver en värd"
echo "region-lösen-42" | "$FINSAM" --db "$T/one.db" region user add vera --all >"$T/out" 2>"$T/err" && rc=0 || rc=$?
expect_rc 2 "a user on a file"
expect_err "kräver en värd"
run --db "$host" --forbund norr region host list
expect_rc 2 "in a förbund"
expect_err "kräver en värd"
run --db "$host#norr" region user disable nora
expect_rc 2 "in a förbund after '#'"
expect_err "kräver en värd"
run --db "$host" region user disable nobody
expect_rc 2 "disable nobody"
expect_err "det finns ingen regionanvändare 'nobody'"
run --db "$host" region user add --help
expect_rc 0 "help"
expect_out "region user add NAMN (--region REGION | --all)"

# ---- disabling ----
run --db "$host" region user disable nora
expect_rc 0 "disable nora"
expect_out "Regionanvändaren nora är avstängd och utloggad."
run --db "$host" region user disable nora
expect_rc 2 "disable nora again"
expect_err "regionanvändaren nora är redan avstängd"
run --db "$host" region user list --format csv
expect_out "nora;region;Region Norr;nej;avstängd;"

# ---- enabling again ----
run --db "$host" region user enable nora
expect_rc 0 "enable nora"
expect_out "Regionanvändaren nora kan logga in igen."
run --db "$host" region user list --format csv
expect_out "nora;region;Region Norr;nej;aktiv;"
run --db "$host" region user enable nora
expect_rc 2 "enable nora again"
expect_err "regionanvändaren nora är inte avstängd"
run --db "$host" region user enable nobody
expect_rc 2 "enable nobody"
expect_err "det finns ingen regionanvändare 'nobody'"
run --db "$host#norr" region user enable nora
expect_rc 2 "enable in a förbund"
expect_err "kräver en värd"
run --db "$host" region user enable
expect_rc 2 "enable without a name"
expect_err "ange användarnamnet"

# ---- a new password ----
hash_of() { pg_sql "SELECT password_hash FROM finsam_host.region_user WHERE name = '$1'"; }
old_hash=$(hash_of hela)
# A session and a failed login of hela's, for the new password to end.
hela_id=$(pg_sql "SELECT id FROM finsam_host.region_user WHERE name = 'hela'")
pg_sql "INSERT INTO finsam_host.region_session (token_hash, user_id, created, last_seen, csrf, address)
	VALUES ('x', $hela_id, 1, 1, 'c', '127.0.0.1');
	INSERT INTO finsam_host.region_login_failure (user_name, address, at) VALUES ('hela', '127.0.0.1', 1)" \
	>/dev/null || fail "hela's session"
passwd() { # passwd NAME [host]: the password (pw) on standard input
	rc=0
	echo "${pw:-nytt-region-lösen-7}" | "$FINSAM" --db "${2:-$host}" region user password "$1" >"$T/out" 2>"$T/err" ||
		rc=$?
}
pw=kort passwd hela
expect_rc 2 "a weak new password"
expect_err "lösenordet"
pw=Hela-Smedjan-91 passwd hela
expect_rc 2 "a new password with the user's name"
expect_err "lösenordet får inte innehålla användarnamnet"
checks=$((checks + 1))
[ "$(hash_of hela)" = "$old_hash" ] || fail "a refused password changed the hash"
passwd nobody
expect_rc 2 "a password for nobody"
expect_err "det finns ingen regionanvändare 'nobody'"
passwd hela "$host#norr"
expect_rc 2 "a password in a förbund"
expect_err "kräver en värd"
passwd hela "$T/one.db"
expect_rc 2 "a password on a file"
expect_err "kräver en värd"
passwd hela
expect_rc 0 "a new password for hela"
expect_out "Nytt lösenord för regionanvändaren hela; hens inloggningar är avslutade."
checks=$((checks + 1))
new_hash=$(hash_of hela)
[ "$new_hash" != "$old_hash" ] && case $new_hash in '$argon2id$'*) true ;; *) false ;; esac ||
	fail "hela's new hash: $new_hash"
checks=$((checks + 1))
[ "$(pg_sql "SELECT count(*) FROM finsam_host.region_session WHERE user_id = $hela_id")" = 0 ] ||
	fail "hela's sessions after the new password"
checks=$((checks + 1))
[ "$(pg_sql "SELECT count(*) FROM finsam_host.region_login_failure WHERE user_name = 'hela'")" = 0 ] ||
	fail "hela's failed logins after the new password"
run --db "$host" region user password --help
expect_rc 0 "password help"
expect_out "region user password NAMN"

# ---- the host's audit log: every change, and nothing else ----
checks=$((checks + 1))
got=$(pg_sql "SELECT action || ': ' || detail FROM finsam_host.audit_log ORDER BY id")
want="nytt förbund: förbund norr, schema fb_norr, region Region Norr, första användare anna
nytt förbund: förbund syd, schema fb_syd, region Region Syd, första användare anna
ny regionanvändare: regionanvändare nora, roll region, läser Region Norr
ny regionanvändare: regionanvändare hela, roll region, läser alla förbund på värden
nytt regionvärdnamn: värdnamn norr-region.test för regionsidorna, visar Region Norr
nytt regionvärdnamn: värdnamn nationell.test för regionsidorna, visar alla förbund på värden
stäng av regionanvändare: regionanvändare nora avstängd; inloggningarna avslutade
slå på regionanvändare: regionanvändare nora påslagen igen
nytt lösenord för regionanvändare: nytt lösenord för regionanvändare hela; inloggningarna avslutade"
[ "$got" = "$want" ] || fail "the host's audit log: $got"
checks=$((checks + 1))
[ "$(pg_sql "SELECT count(*) FROM finsam_host.audit_log WHERE actor = ''")" = 0 ] || fail "a row without its actor"
# It only grows.
checks=$((checks + 1))
! pg_sql "DELETE FROM finsam_host.audit_log" >/dev/null 2>&1 || fail "the host's audit log can be emptied"
checks=$((checks + 1))
! pg_sql "UPDATE finsam_host.audit_log SET detail = ''" >/dev/null 2>&1 || fail "the host's audit log can be changed"
# The same rows as 'region audit', for the host's operator.
run --db "$host" region audit
expect_rc 0 "region audit"
expect_out "Värdens logg"
expect_out "nytt förbund"
expect_out "stäng av regionanvändare"
run --db "$host" region audit --format csv
expect_rc 0 "region audit as CSV"
expect_out "Nr;Tid (UTC);Vem;Vad;Detaljer"
expect_out ";slå på regionanvändare;regionanvändare nora påslagen igen"
run --db "$host" region audit --format json
expect_rc 0 "region audit as JSON"
cp "$T/out" "$T/audit.json"
run --db "$host" region audit --format json --limit 2
expect_rc 0 "region audit --limit 2"
cp "$T/out" "$T/audit2.json"
checks=$((checks + 1))
python3 - "$T" "$want" "$(pg_sql "SELECT id || ' ' || at || ' ' || actor FROM finsam_host.audit_log ORDER BY id")" <<'PY' ||
import json, re, sys
d, want, rows = sys.argv[1], sys.argv[2].split("\n"), sys.argv[3].split("\n")
log = json.load(open(f"{d}/audit.json"))["audit"]
last = json.load(open(f"{d}/audit2.json"))["audit"]
bad = []
got = [f'{e["action"]}: {e["detail"]}' for e in log]
if got != want:
    bad.append(f"actions: {got!r}")
for e, row in zip(log, rows):
    i, day, time, actor = row.split(" ", 3)
    if (e["id"], e["at"], e["actor"]) != (int(i), f"{day}T{time}Z", actor):
        bad.append(f"row {row!r} as {e!r}")
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["at"]):
        bad.append(f"at {e['at']!r}")
if sorted(log[0]) != ["action", "actor", "at", "detail", "id"]:
    bad.append(f"keys {sorted(log[0])!r}")
if last != log[-2:]:
    bad.append(f"--limit 2: {last!r}")
if bad:
    sys.exit("\n".join(bad))
PY
	fail "region audit as JSON"
run --db "$host" region audit --limit 0
expect_rc 2 "region audit --limit 0"
expect_err "--limit ska vara ett antal rader"
run --db "$host" region audit --limit 2x
expect_rc 2 "region audit --limit 2x"
expect_err "--limit ska vara ett antal rader"
run --db "$host#norr" region audit
expect_rc 2 "region audit in a förbund"
expect_err "kräver en värd"
run --db "$T/one.db" region audit
expect_rc 2 "region audit on a file"
expect_err "kräver en värd"

# The passwords are kept as Argon2id hashes only.
checks=$((checks + 1))
[ "$(pg_sql "SELECT count(*) FROM finsam_host.region_user WHERE password_hash LIKE '\$argon2id\$%'")" = 2 ] ||
	fail "the passwords' hashes"

finish
