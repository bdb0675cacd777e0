# Login throttling by the pair of address and name: five wrong passwords
# for a name from one address make the next attempt from there wait (429
# with Retry-After), while the same name from another address and another
# name from the same address log in at once; after the wait the right
# password logs in. The addresses come from X-Forwarded-For (--behind-proxy).
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/web_lib.sh"
web_demo

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
"$FINSAM" --db "$db" serve --behind-proxy --listen "127.0.0.1:$port" > "$T/server.out" 2> "$T/server.err" &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$T"' EXIT
i=0
until curl -s -o /dev/null "$base/login"; do
	i=$((i + 1))
	[ "$i" -lt 100 ] || { echo "the server did not start: $(cat "$T/server.err")"; exit 1; }
	sleep 0.1
done

# from NAME PASSWORD ADDRESS: a login from that address
from() {
	rm -f "$T/jar"
	code=$(curl -s -o "$T/body" -c "$T/jar" -b "$T/jar" -H "X-Forwarded-For: $3" "$base/login")
	tok=$(sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' "$T/body" | head -n 1)
	code=$(curl -s -D "$T/head" -o "$T/body" -w '%{http_code}' -c "$T/jar" -b "$T/jar" \
		-H "X-Forwarded-For: $3" --data-urlencode "csrf=$tok" --data-urlencode "user=$1" \
		--data-urlencode "password=$2" "$base/login")
}

for i in 1 2 3 4 5; do
	from bo "fel-lösen-$i-x" 10.1.1.1
	expect_code 200 "wrong password $i"
done
from bo "korvmacka-123" 10.1.1.1
expect_code 429 "the sixth attempt from the same address"
expect_body "för många misslyckade inloggningar"
expect_head "Retry-After: "
retry=$(sed -n 's/^Retry-After: \([0-9]*\).*/\1/ip' "$T/head")
checks=$((checks + 1))
[ -n "$retry" ] && [ "$retry" -ge 1 ] && [ "$retry" -le 2 ] || fail "Retry-After 1 or 2 s: '$retry'"

from bo "korvmacka-123" 10.2.2.2
expect_code 303 "the same user from another address"
from anna "korvmacka-123" 10.1.1.1
expect_code 303 "another user from the same address"

sleep "$((retry + 1))"
from bo "korvmacka-123" 10.1.1.1
expect_code 303 "the right password after the wait"
expect_head "Set-Cookie: finsam_session="

finish
