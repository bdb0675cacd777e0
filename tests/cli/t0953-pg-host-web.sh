# 'finsam serve' on a host of many förbund: each förbund on its own host
# names, with its own users, records and key, its login page naming it; a
# request for a host name that is no förbund's finds nothing (and offers
# no way on), a user of one cannot log in at
# another, a session of one is nobody at another, and crafted requests for
# another förbund's records find nothing.
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/web_lib.sh"
. "$SRC/tests/cli/pg_lib.sh"

pg_db webhost
db="$pg_uri"
export FINSAM_KEY_DIR="$T/keys"
mkdir -m 700 "$FINSAM_KEY_DIR"
for f in "kalmar 222000-1230 anna" "jamtland 222000-1990 bo"; do
	set -- $f
	echo "korvmacka-123" | "$FINSAM" --db "$db" forbund add "$1" --name "Samordningsförbundet $1" --orgnr "$2" \
		--user "$3" --host "$1.test" >/dev/null 2>"$T/err" || fail "forbund add $1: $(cat "$T/err")"
done
"$FINSAM" --db "$db" --forbund jamtland import sie "$SRC/tests/data/sie/jamtland-2022.se" >/dev/null 2>&1 ||
	fail "import into jamtland"
# Kalmar's second insats has an id jamtland's one insats has not.
for i in "Kalmars första" "Kalmars insats"; do
	"$FINSAM" --db "$db" --forbund kalmar insats add "$i" --kind individinriktad >/dev/null || fail "insats in kalmar"
done
"$FINSAM" --db "$db" --forbund jamtland insats add "Jämtlands insats" --kind individinriktad >/dev/null ||
	fail "insats in jamtland"
kalmar_insats=$("$FINSAM" --db "$db" --forbund kalmar insats list --format json |
	python3 -c 'import json,sys; print(max(i["id"] for i in json.load(sys.stdin)["interventions"]))')

web_serve
# curl reaches each förbund's host name at the server's address.
export CURL_HOME="$T"
printf 'resolve = kalmar.test:%s:127.0.0.1\nresolve = jamtland.test:%s:127.0.0.1\nresolve = nowhere.test:%s:127.0.0.1\n' \
	"$port" "$port" "$port" > "$T/.curlrc"
at() { base="http://$1.test:$port"; }

# A host name that is no förbund's, and the bare address.
at nowhere
get /login
expect_code 404 "a host name of no förbund"
expect_body "Det finns inget förbund på den här adressen."
# No way on to an overview that would be the same page.
expect_no_body "Till översikten"
expect_no_body 'href="/"'
# The page's style is every förbund's, and found there too.
get /static/finsam.css
expect_code 200 "the style at a host name of no förbund"
expect_head "Content-Type: text/css"
base="http://127.0.0.1:$port"
get /login
expect_code 404 "the server's address"
expect_no_body "Till översikten"

# Each förbund's login says whose it is.
at kalmar
get /login
expect_code 200 "kalmar's login"
expect_body '<p id="login-for">Inloggning till Samordningsförbundet kalmar.</p>'
expect_no_body "Samordningsförbundet jamtland"
at jamtland
get /login
expect_body '<p id="login-for">Inloggning till Samordningsförbundet jamtland.</p>'
expect_no_body "Samordningsförbundet kalmar"

# Each förbund's own users.
at kalmar
login anna korvmacka-123 "$T/anna"
expect_code 303 "anna at kalmar"
get /installningar "$T/anna"
expect_code 200 "kalmar's settings"
expect_body "Samordningsförbundet kalmar"
expect_no_body "Samordningsförbundet jamtland"
at jamtland
login anna korvmacka-123 "$T/anna-at-jamtland"
expect_code 200 "anna at jamtland"
expect_body "Fel användarnamn eller lösenord."
expect_body "Inloggning till Samordningsförbundet jamtland."
login bo korvmacka-123 "$T/bo"
expect_code 303 "bo at jamtland"
get /installningar "$T/bo"
expect_code 200 "jamtland's settings"
expect_body "Samordningsförbundet jamtland"
expect_no_body "Samordningsförbundet kalmar"
# The overview's kept parts are each förbund's own: jamtland has books,
# kalmar none.
get / "$T/bo"
expect_code 200 "jamtland's overview"
expect_no_body "Ingen bokföring för"
at kalmar
get / "$T/anna"
expect_code 200 "kalmar's overview"
expect_body "Ingen bokföring för"

# Anna's session sent to jamtland is nobody's there.
session=$(awk '$6 == "finsam_session" { print $7 }' "$T/anna")
checks=$((checks + 1))
[ -n "$session" ] || fail "no session cookie for anna"
code=$(curl -s -o "$T/body" -D "$T/head" -w '%{http_code}' -H "Cookie: finsam_session=$session" \
	"http://jamtland.test:$port/")
expect_code 303 "kalmar's session at jamtland"
expect_head "Location: /login"

# Another förbund's records are not found.
at kalmar
get "/insatser/$kalmar_insats" "$T/anna"
expect_code 200 "kalmar's insats at kalmar"
expect_body "Kalmars insats"
at jamtland
get "/insatser/$kalmar_insats" "$T/bo"
expect_code 404 "kalmar's insats at jamtland"
expect_no_body "Kalmars insats"
get /insatser "$T/bo"
expect_no_body "Kalmars insats"

# A participant registered on the web with a personal identity number,
# under each förbund's own key.
for f in kalmar:anna jamtland:bo; do
	at "${f%%:*}"
	jar="$T/${f#*:}"
	get /deltagare/ny "$jar"
	insats=$(sed -n 's/.*<option value="\([0-9][0-9]*\)".*/\1/p' "$T/body" | head -n 1)
	post /deltagare/ny "$jar" "csrf=$(csrf)" "code=P1" "pnr=20030312-1230" "sex=kvinna" "born=2003" \
		"education=okänd" "insats=$insats" "date=2026-03-01" "support_before=okänd" "time_in_support=ingen"
	expect_code 303 "a participant with a number at ${f%%:*}"
done
checks=$((checks + 1))
[ "$(pg_sql "SELECT count(DISTINCT pnr_hash) FROM (SELECT pnr_hash FROM fb_kalmar.participant UNION ALL
	SELECT pnr_hash FROM fb_jamtland.participant) p")" = 2 ] || fail "one hash for one person in two förbund"

finish
