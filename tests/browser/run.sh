#!/bin/sh
# Browser tests: Playwright (the playwright-core library from the npm
# registry) and axe-core driving Debian's Chromium, headless, against
# `finsam serve` on the demo förbund, each test file (*.test.mjs) with a
# server and database of its own. Installs the libraries when they are
# missing (scripts/deps.sh installs Node.js and Chromium). Screenshots of
# the main pages are kept in
# $ARTIFACTS. Environment: FINSAM (the binary), SRC (the source tree),
# ARTIFACTS (a folder for screenshots), TMPBASE (for temporary files).
set -eu
: "${FINSAM:?}" "${SRC:?}"
ARTIFACTS=${ARTIFACTS:-$SRC/build/browser-artifacts}
here=$SRC/tests/browser
chromium=${CHROMIUM:-/usr/bin/chromium}
[ -x "$chromium" ] || { echo "browser: $chromium is missing (make test installs it through scripts/deps.sh)" >&2; exit 1; }
command -v node >/dev/null || { echo "browser: node is missing (scripts/deps.sh installs it)" >&2; exit 1; }
if [ ! -d "$here/node_modules/playwright-core" ] || [ ! -d "$here/node_modules/axe-core" ]; then
	echo "browser: installing playwright-core and axe-core from the npm registry"
	(cd "$here" && npm ci --no-audit --no-fund --loglevel=error) >&2
fi
mkdir -p "${TMPBASE:-/tmp}" "$ARTIFACTS"
work=$(mktemp -d "${TMPBASE:-/tmp}/finsam-browser.XXXXXX")
pid=""
cleanup() {
	[ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
	rm -rf "$work"
}
trap cleanup EXIT INT TERM

# Each test file gets its own database and server, so that one file's
# changes cannot move another's figures.
serve_and_test() {
	db=$work/$1.db
	"$FINSAM" --db "$db" demo >/dev/null
	sh "$SRC/examples/norrdalen.sh" "$FINSAM" "$db"
	# One user per role; passwords from standard input, as scripts give them.
	printf 'kaffe-och-bulle-7\n' | "$FINSAM" --db "$db" user add anna --role admin >/dev/null
	printf 'morot-och-piska-3\n' | "$FINSAM" --db "$db" user add rita --role registrar --insats "Unga i arbete" >/dev/null
	printf 'styrelse-mote-42\n' | "$FINSAM" --db "$db" user add bo --role board >/dev/null
	printf 'granska-noga-99\n' | "$FINSAM" --db "$db" user add ada --role auditor >/dev/null

	port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
	"$FINSAM" --db "$db" serve --listen "127.0.0.1:$port" > "$work/$1.log" 2>&1 &
	pid=$!
	i=0
	until python3 -c 'import socket, sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), 1)' "$port" 2>/dev/null; do
		i=$((i + 1))
		if [ "$i" -gt 100 ] || ! kill -0 "$pid" 2>/dev/null; then
			echo "browser: the server did not start:" >&2
			cat "$work/$1.log" >&2
			exit 1
		fi
		sleep 0.1
	done
	rc=0
	BASE="http://127.0.0.1:$port" CHROMIUM="$chromium" ARTIFACTS="$ARTIFACTS" WORK="$work" \
		node --test --test-concurrency=1 "$2" || rc=$?
	kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
	pid=""
	return $rc
}

failed=0
# BROWSER_ONLY=name runs only name.test.mjs (while working on one page);
# BROWSER_SKIP="name ..." leaves those out (ctest runs them as tests of
# their own).
for t in "$here"/${BROWSER_ONLY:-*}.test.mjs; do
	name=$(basename "$t" .test.mjs)
	case " ${BROWSER_SKIP:-} " in *" $name "*) continue ;; esac
	serve_and_test "$name" "$t" || { echo "browser: $name failed" >&2; failed=1; }
done
exit $failed
