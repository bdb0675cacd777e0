# Pages made for the screen, as the server sends them: a strict
# Content-Security-Policy (no inline style or script, not even for the
# charts), no style attribute or script in any page, a link past the
# menu, one <h1> a page, every table in a frame that scrolls on a phone,
# the login fields the browser may fill, and the style sheet's rules for
# a form's errors, the focus and narrow screens.
. "$SRC/tests/cli/lib.sh"
command -v curl >/dev/null 2>&1 || { echo "curl is missing"; exit 77; }
db="$T/demo.db"
"$FINSAM" --db "$db" demo > /dev/null 2>&1 || { echo "demo failed"; exit 1; }
sh "$SRC/examples/norrdalen.sh" "$FINSAM" "$db" || { echo "norrdalen.sh failed"; exit 1; }

adduser() {
	printf '%s\n' "$2" | "$FINSAM" --db "$db" user add "$1" --role "$3" ${4:+--insats "$4"} > /dev/null ||
		fail "user add $1"
}
adduser anna "korvmacka-123" admin
adduser rita "korvmacka-123" registrar "Unga i arbete"
adduser bo "korvmacka-123" board
adduser rev "korvmacka-123" auditor

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
"$FINSAM" --db "$db" serve --listen "127.0.0.1:$port" > "$T/server.out" 2> "$T/server.err" &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$T"' EXIT
i=0
until curl -s -o /dev/null "$base/login"; do
	i=$((i + 1))
	[ "$i" -lt 100 ] || { echo "the server did not start: $(cat "$T/server.err")"; exit 1; }
	sleep 0.1
done

# get PATH [JAR]: GET, body in $T/body, headers in $T/head, status in $code.
get() {
	code=$(curl -s -D "$T/head" -o "$T/body" -w '%{http_code}' ${2:+-b "$2" -c "$2"} "$base$1")
}
# post PATH JAR FIELD=VALUE...: a form POST (values urlencoded).
post() {
	p=$1 jar=$2
	shift 2
	n=$#
	for a in "$@"; do set -- "$@" --data-urlencode "$a"; done
	shift "$n"
	[ "$#" -gt 0 ] || set -- -d ""
	code=$(curl -s -D "$T/head" -o "$T/body" -w '%{http_code}' -b "$jar" -c "$jar" "$@" "$base$p")
}
expect_code() {
	checks=$((checks + 1))
	[ "$code" = "$1" ] || fail "$2: HTTP $code, expected $1"
}
expect_body() {
	checks=$((checks + 1))
	grep -qF -- "$1" "$T/body" || fail "${2:-body}: no '$1' in $(head -c 400 "$T/body")"
}
expect_head() {
	checks=$((checks + 1))
	grep -qiF -- "$1" "$T/head" || fail "${2:-headers}: no '$1' in $(cat "$T/head")"
}
csrf() {
	sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' "$T/body" | head -n 1
}
# login NAME PASSWORD JAR
login() {
	rm -f "$3"
	get /login "$3"
	post /login "$3" "csrf=$(csrf)" "user=$1" "password=$2"
}

# expect_no TEXT WHAT: the body has no TEXT.
expect_no() {
	checks=$((checks + 1))
	! grep -qF -- "$1" "$T/body" || fail "$2: '$1' in the page"
}

get /login
expect_code 200 "login page"
expect_head "Content-Security-Policy: default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data:;"
checks=$((checks + 1))
! grep -qi "unsafe-inline" "$T/head" || fail "the CSP allows inline style: $(grep -i content-security "$T/head")"
expect_body 'autocomplete="username"' "login: the user name"
expect_body 'autocomplete="current-password"' "login: the password"
expect_body '<a class="skip-link" href="#main">Hoppa till innehållet</a>'

get /static/finsam.css
expect_code 200 "style sheet"
for rule in '.error-summary{' '.field-error' '.has-error input' ':focus-visible{' '.skip-link{' \
	'.table-scroll{overflow-x:auto' '@media (max-width:36rem)' 'svg.chart-narrow'; do
	expect_body "$rule" "style sheet"
done

login anna "korvmacka-123" "$T/anna"
expect_code 303 "login"
for page in / /insatser /insatser/1 /deltagare /deltagare/ny /mal /budget /rapporter \
	"/rapporter/arsredovisning/2025" "/rapporter/enkater/2025" /kontroll /logg /anvandare; do
	get "$page" "$T/anna"
	expect_code 200 "$page"
	expect_no ' style="' "$page"
	# One script, finsam's own file; nothing inline.
	checks=$((checks + 1))
	[ "$(grep -o '<script[^>]*>' "$T/body" | grep -vc '^<script src="/static/finsam.js" defer>$')" -eq 0 ] ||
		fail "$page: a script other than /static/finsam.js"
	expect_body '<main id="main">' "$page"
	checks=$((checks + 1))
	[ "$(grep -o '<h1' "$T/body" | wc -l)" -eq 1 ] || fail "$page: $(grep -o '<h1' "$T/body" | wc -l) <h1>"
	checks=$((checks + 1))
	[ "$(grep -o '<table' "$T/body" | wc -l)" -eq "$(grep -o '<div class="table-scroll" role="region" tabindex="0" aria-label="[^"]' "$T/body" | wc -l)" ] ||
		fail "$page: a table without its frame"
done

# A document in a page is headed under the page's <h1>; the document
# itself is behind its links.
get "/rapporter/arsredovisning/2025" "$T/anna"
expect_body '<h1>Årsredovisning</h1>'
expect_body '<h2>Årsredovisning 2025</h2>'
expect_body '>Visa som PDF</a>'
expect_body '>Visa som XLSX</a>'
expect_body '>Visa som HTML</a>'
# The charts are drawn for print and narrow for a phone.
expect_body 'class="chart-narrow"'

# The HTML file keeps its own <h1> and style sheet and no style attribute.
get "/rapporter/arsredovisning/2025.html" "$T/anna"
expect_code 200 "the HTML file"
expect_body '<h1>Årsredovisning 2025</h1>'
expect_body '<style>'
expect_no ' style="' "the HTML file"
expect_no 'chart-narrow' "the HTML file"

kill -TERM "$server"
wait "$server"
finish
