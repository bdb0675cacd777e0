# What the tests of the web pages share (after lib.sh): the demo förbund
# with a user for each role, 'finsam serve' on a free port, stopped when the
# test ends, and curl with the checks of an answer.
command -v curl >/dev/null 2>&1 || { echo "curl is missing"; exit 77; }

# web_demo: $db holds the demo förbund (examples/norrdalen.sh) and the
# users anna (admin), rita (registrar of Unga i arbete), bo (board) and
# rev (auditor), each with the password korvmacka-123.
web_demo() {
	db="$T/demo.db"
	"$FINSAM" --db "$db" demo > /dev/null 2>&1 || { echo "demo failed"; exit 1; }
	sh "$SRC/examples/norrdalen.sh" "$FINSAM" "$db" || { echo "norrdalen.sh failed"; exit 1; }
	adduser anna "korvmacka-123" admin
	adduser rita "korvmacka-123" registrar "Unga i arbete"
	adduser bo "korvmacka-123" board
	adduser rev "korvmacka-123" auditor
}

# adduser NAME PASSWORD ROLE [INTERVENTION]
adduser() {
	printf '%s\n' "$2" | "$FINSAM" --db "$db" user add "$1" --role "$3" ${4:+--insats "$4"} > /dev/null ||
		fail "user add $1"
}

# web_serve [NAME=VALUE...]: 'finsam serve' on $db with those variables
# in its environment, at $base; its output in $T/server.out and .err.
web_serve() {
	port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
	base="http://127.0.0.1:$port"
	env "$@" "$FINSAM" --db "$db" serve --listen "127.0.0.1:$port" > "$T/server.out" 2> "$T/server.err" &
	server=$!
	trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$T"' EXIT
	i=0
	until curl -s -o /dev/null "$base/login"; do
		i=$((i + 1))
		[ "$i" -lt 100 ] || { echo "the server did not start: $(cat "$T/server.err")"; exit 1; }
		sleep 0.1
	done
}

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
	[ "$code" = "$1" ] || fail "$2: HTTP $code, expected $1; $(head -c 600 "$T/body")"
}
expect_body() {
	checks=$((checks + 1))
	grep -qF -- "$1" "$T/body" || fail "${2:-body}: no '$1' in $(head -c 1500 "$T/body")"
}
expect_no_body() {
	checks=$((checks + 1))
	! grep -qF -- "$1" "$T/body" || fail "${2:-body}: '$1' should not be there"
}
expect_head() {
	checks=$((checks + 1))
	grep -qiF -- "$1" "$T/head" || fail "${2:-headers}: no '$1' in $(cat "$T/head")"
}
# upload PATH JAR CSRF FILE [FIELD=VALUE]: a multipart POST of FILE as the
# form's file, as the upload forms send it.
upload() {
	code=$(curl -s -D "$T/head" -o "$T/body" -w '%{http_code}' -b "$2" -c "$2" -F "csrf=$3" -F "file=@$4" \
		${5:+-F "$5"} "$base$1")
}
# The CSRF token of the form in the last answer.
csrf() {
	sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' "$T/body" | head -n 1
}
# login NAME PASSWORD JAR
login() {
	rm -f "$3"
	get /login "$3"
	post /login "$3" "csrf=$(csrf)" "user=$1" "password=$2"
}
