#!/bin/sh
# Browser tests: Playwright (the playwright-core library from the npm
# registry) and axe-core driving Debian's Chromium, headless, against
# `finsam serve` on the demo förbund, each test file (*.test.mjs) with a
# server and database of its own. Installs the libraries when they are
# missing (scripts/deps.sh installs Node.js and Chromium). Screenshots of
# the main pages are kept in
# $ARTIFACTS. Environment: FINSAM (the binary), SRC (the source tree),
# ARTIFACTS (a folder for screenshots), TMPBASE (for temporary files).
# host.test.mjs runs on a host of two förbund in PostgreSQL instead, on
# the tests' cluster that FINSAM_PG_DIR_FILE names (ctest's fixture pg);
# without it that file is skipped (exit 77 when it is the only one).
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

# start_server NAME COMMAND...: `COMMAND serve` (finsam with its options)
# on a free port ($port), its output in $work/NAME.log; returns when it
# answers.
start_server() {
	name=$1
	shift
	port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
	"$@" serve --listen "127.0.0.1:$port" > "$work/$name.log" 2>&1 &
	pid=$!
	i=0
	until python3 -c 'import socket, sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), 1)' "$port" 2>/dev/null; do
		i=$((i + 1))
		if [ "$i" -gt 100 ] || ! kill -0 "$pid" 2>/dev/null; then
			echo "browser: the server did not start:" >&2
			cat "$work/$name.log" >&2
			exit 1
		fi
		sleep 0.1
	done
}

# run_test FILE: node's test runner on FILE against the server at $port.
run_test() {
	rc=0
	BASE="http://127.0.0.1:$port" CHROMIUM="$chromium" ARTIFACTS="$ARTIFACTS" WORK="$work" \
		node --test --test-concurrency=1 "$1" || rc=$?
	kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
	pid=""
	return $rc
}

# The demo förbund with one user per role, made once: each test file
# gets a copy (the database and its key), so that one file's changes
# cannot move another's figures.
demo=$work/demo.db
make_demo() {
	"$FINSAM" --db "$demo" demo >/dev/null
	sh "$SRC/examples/norrdalen.sh" "$FINSAM" "$demo"
	# Passwords from standard input, as scripts give them.
	printf 'kaffe-och-bulle-7\n' | "$FINSAM" --db "$demo" user add anna --role admin >/dev/null
	printf 'morot-och-piska-3\n' | "$FINSAM" --db "$demo" user add rita --role registrar --insats "Unga i arbete" >/dev/null
	printf 'styrelse-mote-42\n' | "$FINSAM" --db "$demo" user add bo --role board >/dev/null
	printf 'granska-noga-99\n' | "$FINSAM" --db "$demo" user add ada --role auditor >/dev/null
}

serve_and_test() {
	db=$work/$1.db
	[ -f "$demo" ] || make_demo
	cp "$demo" "$db"
	cp "$demo.key" "$db.key"
	start_server "$1" "$FINSAM" --db "$db"
	run_test "$2"
}

# A host of two förbund, Alfa at alfa.test (Region Norr) and Beta at
# beta.test (Region Syd, with books of 2022), in a new database of the
# tests' PostgreSQL cluster, each with its administrator (alva of Alfa,
# bert of Beta, one password for both, so that only the förbund tells them
# apart) and its key in a folder of the host's keys; and the region pages
# at nationell.test with their user rut, of the same password.
serve_host_and_test() {
	pg_dir=$(cat "${FINSAM_PG_DIR_FILE:-/nonexistent}" 2>/dev/null || true)
	if [ -z "$pg_dir" ] || [ ! -S "$pg_dir/.s.PGSQL.5432" ]; then
		echo "browser: $1 skipped: no PostgreSQL cluster for the tests (run through ctest)" >&2
		return 77
	fi
	pg_name="browser_host_$$"
	sh "$SRC/scripts/pg-cluster.sh" createdb "$pg_dir" "$pg_name" || return 1
	db="postgresql://finsam@/$pg_name?host=$pg_dir"
	keys=$work/keys
	mkdir -m 700 "$keys"
	for f in "alfa Alfa 222000-1230 alva Norr" "beta Beta 222000-1990 bert Syd"; do
		set -- $f
		printf 'fjall-och-hav-2\n' | FINSAM_KEY_DIR=$keys "$FINSAM" --db "$db" forbund add "$1" \
			--name "Samordningsförbundet $2" --orgnr "$3" --user "$4" --host "$1.test" \
			--region "Region $5" >/dev/null || return 1
	done
	# Books of 2022 for Beta, and the region pages at nationell.test for
	# rut, who reads every förbund on the host.
	FINSAM_KEY_DIR=$keys "$FINSAM" --db "$db" --forbund beta import sie --quiet \
		"$SRC/tests/data/sie/jamtland-2022.se" >/dev/null || return 1
	"$FINSAM" --db "$db" region host add nationell.test --all >/dev/null || return 1
	printf 'fjall-och-hav-2\n' | "$FINSAM" --db "$db" region user add rut --all >/dev/null || return 1
	start_server host env FINSAM_KEY_DIR="$keys" "$FINSAM" --db "$db"
	run_test "$here/host.test.mjs"
}

failed=0
# BROWSER_ONLY=name runs only name.test.mjs (while working on one page);
# BROWSER_SKIP="name ..." leaves those out (ctest runs them as tests of
# their own).
for t in "$here"/${BROWSER_ONLY:-*}.test.mjs; do
	name=$(basename "$t" .test.mjs)
	case " ${BROWSER_SKIP:-} " in *" $name "*) continue ;; esac
	if [ "$name" = host ]; then
		rc=0
		serve_host_and_test "$name" || rc=$?
		if [ "$rc" = 77 ]; then
			[ -z "${BROWSER_ONLY:-}" ] || exit 77
		elif [ "$rc" != 0 ]; then
			echo "browser: $name failed" >&2
			failed=1
		fi
		continue
	fi
	serve_and_test "$name" "$t" || { echo "browser: $name failed" >&2; failed=1; }
done
exit $failed
