# Malformed Cookie headers: finsam reads the raw header itself and refuses
# one it cannot parse with a single 400 answer; a second Cookie header is
# refused, not ignored; and a header of thousands of empty cookies, which
# libmicrohttpd 0.9.75 answers itself with 431 (its status line and headers
# written twice, see docs/operations.md), leaves the server answering.
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/web_lib.sh"
web_demo
web_serve

# raw REQUEST-FILE: sends it as it is; the answer in $T/raw, the status
# lines in $T/status
raw() {
	python3 - "$port" "$1" > "$T/status" <<'PY' || fail "raw request $1"
import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=5)
s.sendall(open(sys.argv[2], "rb").read())
d = b""
while True:
    try:
        x = s.recv(65536)
    except socket.timeout:
        break
    if not x:
        break
    d += x
for line in d.split(b"\r\n"):
    if line.startswith(b"HTTP/1."):
        print(line.decode())
PY
}

printf 'GET /login HTTP/1.1\r\nHost: x\r\nCookie: a=b; ;=;;x\r\nConnection: close\r\n\r\n' > "$T/bad"
raw "$T/bad"
checks=$((checks + 1))
[ "$(cat "$T/status")" = "HTTP/1.1 400 Bad Request" ] || fail "one 400 for a malformed cookie: $(cat "$T/status")"

code=$(curl -s -o "$T/body" -w '%{http_code}' -H 'Cookie: a=b; ;=;;x' "$base/login")
expect_code 400 "curl with a malformed cookie"
expect_body "Kakorna i begäran kunde inte tolkas."

printf 'GET /login HTTP/1.1\r\nHost: x\r\nCookie: a=b\r\nCookie: ;=;;x\r\nConnection: close\r\n\r\n' > "$T/two"
raw "$T/two"
checks=$((checks + 1))
[ "$(cat "$T/status")" = "HTTP/1.1 400 Bad Request" ] || fail "two Cookie headers: $(cat "$T/status")"

printf 'GET /login HTTP/1.1\r\nHost: x\r\nCookie: a=b\r\nConnection: close\r\n\r\n' > "$T/good"
raw "$T/good"
checks=$((checks + 1))
[ "$(cat "$T/status")" = "HTTP/1.1 200 OK" ] || fail "one good cookie: $(cat "$T/status")"

# thousands of empty cookies: refused (by libmicrohttpd or by finsam),
# never let through, and the server goes on
python3 -c 'import sys; sys.stdout.write("GET /login HTTP/1.1\r\nHost: x\r\nCookie: " + ";" * 3000 + "\r\nConnection: close\r\n\r\n")' > "$T/many"
raw "$T/many"
checks=$((checks + 1))
grep -q '^HTTP/1.1 4[0-9][0-9] ' "$T/status" || fail "many empty cookies refused: $(cat "$T/status")"
checks=$((checks + 1))
! grep -q '^HTTP/1.1 2' "$T/status" || fail "many empty cookies let through: $(cat "$T/status")"
get /login
expect_code 200 "the server still answers"

finish
