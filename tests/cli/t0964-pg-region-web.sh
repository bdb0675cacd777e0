# 'finsam serve' at the host names of the region pages: a region user logs
# in, reads the national follow-up summed over their host name's förbund
# and downloads it in CSV, XLSX and JSON, byte for byte what 'report
# followup --all' writes; a region in the address changes nothing for a
# region's user; a förbund's user is nobody there and a region user
# nobody at a förbund, sessions included; every other page is not found;
# a disabled user is out, and in again once enabled; a new password ends
# the sessions of the old; logging out ends the session; failed logins are
# throttled as a förbund's are.
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/web_lib.sh"
. "$SRC/tests/cli/pg_lib.sh"

src="$T/demo.db"
"$FINSAM" --db "$src" demo > /dev/null 2>&1 || fail "demo"
sh "$SRC/examples/norrdalen.sh" "$FINSAM" "$src" > /dev/null 2>&1 || fail "norrdalen.sh"
pg_db regionweb
db=$pg_uri
export FINSAM_KEY_DIR="$T/keys"
mkdir -m 700 "$FINSAM_KEY_DIR"
"$FINSAM" --db "$src" migrate --to "$db#norr" --region "Region Norr" --host norr.test >/dev/null 2>"$T/err" ||
	fail "migrate norr: $(cat "$T/err")"
"$FINSAM" --db "$src" migrate --to "$db#syd" --region "Region Syd" >/dev/null 2>"$T/err" ||
	fail "migrate syd: $(cat "$T/err")"
echo "korvmacka-123" | "$FINSAM" --db "$db" --forbund norr user add anna --role admin >/dev/null ||
	fail "anna in norr"
for u in "nora --region Region_Norr" "hela --all" "dis --region Region_Norr"; do
	set -- $u
	echo "region-lösen-42" | "$FINSAM" --db "$db" region user add "$1" "$2" ${3:+"$(echo "$3" | tr _ ' ')"} \
		>/dev/null 2>"$T/err" || fail "region user add $1: $(cat "$T/err")"
done
"$FINSAM" --db "$db" region host add norr-region.test --region "Region Norr" >/dev/null || fail "host of Norr"
"$FINSAM" --db "$db" region host add nationell.test --all >/dev/null || fail "host of all"

# What the command line writes, to compare the downloads with.
for f in csv json xlsx; do
	"$FINSAM" --db "$db" report followup --year 2025 --all --region "Region Norr" --format "$f" \
		-o "$T/norr.$f" 2>"$T/err" || fail "followup of Region Norr as $f: $(cat "$T/err")"
	"$FINSAM" --db "$db" report followup --year 2025 --all --format "$f" -o "$T/all.$f" 2>"$T/err" ||
		fail "followup of all as $f: $(cat "$T/err")"
done
"$FINSAM" --db "$db" report followup --year 2025 --all --region "Region Syd" --format csv -o "$T/syd.csv" ||
	fail "followup of Region Syd"

web_serve
export CURL_HOME="$T"
printf 'resolve = norr.test:%s:127.0.0.1\nresolve = norr-region.test:%s:127.0.0.1\nresolve = nationell.test:%s:127.0.0.1\n' \
	"$port" "$port" "$port" > "$T/.curlrc"
at() { base="http://$1:$port"; }
# same FILE WHAT: the last answer's body is FILE's bytes.
same() {
	checks=$((checks + 1))
	cmp -s "$T/body" "$1" || fail "$2: not the bytes of the command line ($(head -c 300 "$T/body"))"
}

# ---- a region's user at the region's host name ----
at norr-region.test
get /
expect_code 303 "the page before logging in"
expect_head "Location: /login"
get /login
expect_code 200 "the login page"
expect_body 'name="password"'
expect_body '<p id="login-for">Inloggning till regionsidorna: den nationella uppföljningen summerad över förbunden i Region Norr.</p>'
login nora region-lösen-42 "$T/nora"
expect_code 303 "nora at Region Norr's host name"
expect_head "Location: /"
get "/?year=2025" "$T/nora"
expect_code 200 "the summed follow-up"
expect_body "<h1>Nationell uppföljning</h1>"
expect_body "Summerad över förbunden i Region Norr."
expect_body 'id="year-form"'
expect_body 'href="/uppfoljning/2025.csv"'
expect_body 'href="/uppfoljning/2025.xlsx"'
expect_body 'href="/uppfoljning/2025.json"'
expect_body "nora (region)"
expect_body "Samordningsförbundet Norrdalen"
# Both förbund are copies of the demo förbund, named alike: a page of
# both names it twice as often as a page of one.
rows() { grep -o "Samordningsförbundet Norrdalen" "$T/body" | wc -l; }
norr_rows=$(rows)
expect_no_body "/static/finsam.js"
for f in csv json xlsx; do
	get "/uppfoljning/2025.$f" "$T/nora"
	expect_code 200 "the $f download"
	expect_head "Content-Disposition: attachment; filename=\"nationell-uppfoljning-2025.$f\""
	same "$T/norr.$f" "the $f download of Region Norr"
done
# Another region asked for in the address: still Region Norr's.
get "/uppfoljning/2025.csv?region=Region%20Syd" "$T/nora"
expect_code 200 "another region in the address"
same "$T/norr.csv" "Region Syd asked for by Region Norr's user"
get "/?year=2025&region=Region%20Syd" "$T/nora"
expect_body "Summerad över förbunden i Region Norr."
checks=$((checks + 1))
[ "$(rows)" = "$norr_rows" ] || fail "Region Syd asked for on the page: $(rows) rows, not $norr_rows"
# A region's user chooses no region.
expect_no_body 'id="region"'
expect_no_body 'name="region"'
get /uppfoljning/2025.pdf "$T/nora"
expect_code 404 "a format it has not"
# Nothing else is there (but the public style and script, the same at
# every host name, so that even a page of a host name nobody has is styled).
for p in /insatser /rapporter /rapporter/uppfoljning-finsam/2025 /installningar /deltagare /logg \
	/inloggning /anvandare; do
	get "$p" "$T/nora"
	expect_code 404 "$p at a region host name"
done
post /insatser/ny "$T/nora" "csrf=x"
expect_code 404 "a form of a förbund at a region host name"

# ---- the whole host's user ----
at nationell.test
get /login
expect_code 200 "the whole host's login page"
expect_body '<p id="login-for">Inloggning till regionsidorna: den nationella uppföljningen summerad över alla förbund på värden.</p>'
login hela region-lösen-42 "$T/hela"
expect_code 303 "hela at the whole host's host name"
get "/?year=2025" "$T/hela"
expect_body "Summerad över alla förbund på värden."
checks=$((checks + 1))
[ "$norr_rows" -gt 0 ] && [ "$(rows)" = $((2 * norr_rows)) ] ||
	fail "every förbund on the whole host's page: $(rows) rows, Region Norr's $norr_rows"
for f in csv json xlsx; do
	get "/uppfoljning/2025.$f" "$T/hela"
	expect_code 200 "the whole host's $f download"
	same "$T/all.$f" "the $f download of every förbund"
done
get "/uppfoljning/2025.csv?region=Region%20Syd" "$T/hela"
same "$T/syd.csv" "the whole host's user choosing Region Syd"
# The chooser of the host's regions, "Alla förbund" first and chosen.
get "/?year=2025" "$T/hela"
expect_body '<label for="region">Region</label> <select id="region" name="region"><option value="" selected>Alla förbund</option><option value="Region Norr">Region Norr</option><option value="Region Syd">Region Syd</option></select>'
get "/?year=2025&region=Region%20Syd" "$T/hela"
expect_body "Summerad över förbunden i Region Syd."
expect_body '<select id="region" name="region"><option value="">Alla förbund</option><option value="Region Norr">Region Norr</option><option value="Region Syd" selected>Region Syd</option></select>'
# The downloads keep the region chosen.
expect_body 'href="/uppfoljning/2025.csv?region=Region%20Syd"'
# No chooser at a region's host name, whoever reads it.
at norr-region.test
login hela region-lösen-42 "$T/hela-norr"
expect_code 303 "hela at Region Norr's host name"
get "/?year=2025" "$T/hela-norr"
expect_body "Summerad över förbunden i Region Norr."
expect_no_body 'id="region"'
at nationell.test

# A region's user is nobody at the whole host's host name.
login nora region-lösen-42 "$T/nora-all"
expect_code 200 "nora at the whole host's host name"
expect_body "Fel användarnamn eller lösenord."
session=$(awk '$6 == "finsam_session" { print $7 }' "$T/nora")
code=$(curl -s -o "$T/body" -D "$T/head" -w '%{http_code}' -H "Cookie: finsam_session=$session" \
	"http://nationell.test:$port/uppfoljning/2025.csv")
expect_code 303 "nora's session at the whole host's host name"

# ---- no way across ----
at norr-region.test
login anna korvmacka-123 "$T/anna-region"
expect_code 200 "a förbund's user at a region host name"
expect_body "Fel användarnamn eller lösenord."
at norr.test
login nora region-lösen-42 "$T/nora-norr"
expect_code 200 "a region user at a förbund's host name"
expect_body "Fel användarnamn eller lösenord."
expect_body '<p id="login-for">Inloggning till Samordningsförbundet Norrdalen.</p>'
login anna korvmacka-123 "$T/anna"
expect_code 303 "anna at her förbund"
anna=$(awk '$6 == "finsam_session" { print $7 }' "$T/anna")
code=$(curl -s -o "$T/body" -D "$T/head" -w '%{http_code}' -H "Cookie: finsam_session=$anna" \
	"http://norr-region.test:$port/")
expect_code 303 "a förbund's session at a region host name"
expect_head "Location: /login"
code=$(curl -s -o "$T/body" -D "$T/head" -w '%{http_code}' -H "Cookie: finsam_session=$session" \
	"http://norr.test:$port/")
expect_code 303 "a region user's session at a förbund"
expect_head "Location: /login"

# ---- a disabled user ----
at norr-region.test
login dis region-lösen-42 "$T/dis"
expect_code 303 "dis before being disabled"
"$FINSAM" --db "$db" region user disable dis >/dev/null || fail "disable dis"
get "/?year=2025" "$T/dis"
expect_code 303 "dis's session after being disabled"
expect_head "Location: /login"
login dis region-lösen-42 "$T/dis"
expect_code 200 "dis logging in after being disabled"
expect_body "Fel användarnamn eller lösenord."
# Enabled again, and given a new password: the session of the old one ends.
"$FINSAM" --db "$db" region user enable dis >/dev/null || fail "enable dis"
login dis region-lösen-42 "$T/dis"
expect_code 303 "dis after being enabled again"
get "/?year=2025" "$T/dis"
expect_code 200 "dis's page after being enabled again"
echo "ett-nytt-lösen-7" | "$FINSAM" --db "$db" region user password dis >/dev/null 2>"$T/err" ||
	fail "a new password for dis: $(cat "$T/err")"
get "/?year=2025" "$T/dis"
expect_code 303 "dis's session after a new password"
expect_head "Location: /login"
login dis region-lösen-42 "$T/dis"
expect_code 200 "dis with the old password"
expect_body "Fel användarnamn eller lösenord."
login dis ett-nytt-lösen-7 "$T/dis"
expect_code 303 "dis with the new password"

# ---- logging out ----
get "/?year=2025" "$T/nora"
expect_code 200 "nora before logging out"
post /logout "$T/nora" "csrf=$(csrf)"
expect_code 303 "logging out"
expect_head "Location: /login"
code=$(curl -s -o "$T/body" -D "$T/head" -w '%{http_code}' -H "Cookie: finsam_session=$session" \
	"http://norr-region.test:$port/")
expect_code 303 "nora's session after logging out"

# ---- throttled as at a förbund ----
i=0
while [ "$i" -lt 7 ]; do
	login anna wrong-password-1 "$T/guess"
	i=$((i + 1))
done
expect_code 429 "guessing at a region host name"
expect_body "för många misslyckade inloggningar"

finish
