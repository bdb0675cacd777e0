# lib.sh: what the end-to-end tests share. Each test is a small sh script
# run by ctest with FINSAM (the binary), SRC (the source tree),
# SHARED_TESTDATA and TMPBASE set. It prints one line per failed
# expectation and exits 1 when any failed; 77 means skipped.
set -u
: "${FINSAM:?}" "${SRC:?}"
mkdir -p "${TMPBASE:-/tmp}"
T=$(mktemp -d "${TMPBASE:-/tmp}/finsam-test.XXXXXX")
trap 'rm -rf "$T"' EXIT
unset FINSAM_DB
failures=0
checks=0

# The engine the test runs on: sqlite, or pg when ctest runs it as
# pg/NAME, with FINSAM the wrapper tests/cli/pg_finsam.sh that puts each
# database the test names by a file into the tests' PostgreSQL cluster
# (FINSAM_REAL is then the binary). Without the cluster it is skipped.
engine=sqlite
if [ -n "${FINSAM_REAL:-}" ]; then
	engine=pg
	if [ -z "${FINSAM_PG_DIR:-}" ]; then
		FINSAM_PG_DIR=$(cat "${FINSAM_PG_DIR_FILE:-/nonexistent}" 2>/dev/null || true)
	fi
	if [ -z "$FINSAM_PG_DIR" ] || [ ! -S "$FINSAM_PG_DIR/.s.PGSQL.5432" ]; then
		echo "no PostgreSQL cluster for the tests (run through ctest)"
		exit 77
	fi
	export FINSAM_PG_DIR
	. "$SRC/tests/cli/pg_map.sh"
fi

# db_sql DB SQL: runs SQL on the test's database DB (the file it names to
# finsam) on either engine, rows on stdout with fields separated by |
# (sqlite3's list mode, psql's unaligned mode). SQL both engines take.
db_sql() {
	if [ "$engine" = pg ]; then
		psql -X -q -At -v ON_ERROR_STOP=1 "$(pg_uri_of "$1")" -c "$2"
	else
		sqlite3 "$1" "$2"
	fi
}

fail() {
	echo "FAIL: $*" >&2
	failures=$((failures + 1))
}

# run CMD...: runs finsam with the arguments; output in $T/out, $T/err,
# status in $rc.
run() {
	rc=0
	"$FINSAM" "$@" > "$T/out" 2> "$T/err" || rc=$?
}

expect_rc() {
	checks=$((checks + 1))
	[ "$rc" -eq "$1" ] || fail "${2:-}: exit status $rc, expected $1; stderr: $(head -c 600 "$T/err")"
}

# expect_out PATTERN [WHAT]: stdout holds the fixed string PATTERN.
expect_out() {
	checks=$((checks + 1))
	grep -qF -- "$1" "$T/out" || fail "${2:-output}: no '$1' in: $(head -c 800 "$T/out")"
}

# expect_no_out PATTERN [WHAT]: stdout does not hold the fixed string PATTERN.
expect_no_out() {
	checks=$((checks + 1))
	! grep -qF -- "$1" "$T/out" || fail "${2:-output}: '$1' should not be in: $(head -c 800 "$T/out")"
}

# expect_joined PATTERN [WHAT]: stdout holds PATTERN once lines wrapped by
# the text output are joined again (a line break and the blanks that
# indent the next line read as one blank).
expect_joined() {
	checks=$((checks + 1))
	tr '\n' '\001' < "$T/out" | sed 's/\x01 */ /g' | grep -qF -- "$1" ||
		fail "${2:-output}: no '$1' in: $(head -c 800 "$T/out")"
}

expect_err() {
	checks=$((checks + 1))
	grep -qF -- "$1" "$T/err" || fail "${2:-stderr}: no '$1' in: $(head -c 800 "$T/err")"
}

expect_no_file() {
	checks=$((checks + 1))
	[ ! -e "$1" ] || fail "$1 exists but should not"
}

# json_flat FILE: writes FILE.flat, one "path<TAB>value" line per value of
# the JSON in FILE (python3, started once per file).
json_flat() {
	python3 -c 'import json,sys
def walk(p, v, out):
    if isinstance(v, dict) and v:
        for k, x in v.items(): walk(p + [k], x, out)
    else:
        out.write(".".join(p) + "\t" + json.dumps(v, ensure_ascii=False) + "\n")
walk([], json.load(open(sys.argv[1])), open(sys.argv[1] + ".flat", "w"))' "$1"
}

# expect_json FILE KEY.KEY... VALUE: the JSON in FILE has VALUE at that path.
expect_json() {
	checks=$((checks + 1))
	if ! cmp -s "$1" "$1.src" 2>/dev/null; then
		json_flat "$1" || { fail "$1 is not JSON"; return; }
		cp "$1" "$1.src"
	fi
	got=$(awk -F '\t' -v k="$2" '$1 == k { print $2 }' "$1.flat")
	[ -n "$got" ] || { fail "$2: missing in $1"; return; }
	[ "$got" = "$3" ] || fail "$2 is $got, expected $3"
}

# hold SECONDS: another connection holds the write lock of $db for SECONDS
# (in the background, $holder), as a long import does; returns once it
# holds it. On SQLite the lock is the file's; on PostgreSQL the advisory
# lock that a write transaction of finsam takes (src/store/engine_pg.c).
hold() {
	rm -f "$T/held"
	if [ "$engine" = pg ]; then
		psql -X -q -At -v ON_ERROR_STOP=1 "$(pg_uri_of "$db")" > /dev/null <<-EOF &
			SELECT pg_advisory_lock(112603010654573);
			\! touch '$T/held'
			SELECT pg_sleep($1);
		EOF
	else
		python3 -c '
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN IMMEDIATE")
open(sys.argv[2], "w").close()
time.sleep(float(sys.argv[3]))
c.execute("ROLLBACK")
' "$db" "$T/held" "$1" &
	fi
	holder=$!
	i=0
	until [ -e "$T/held" ]; do
		i=$((i + 1))
		[ "$i" -lt 100 ] || { fail "the lock was not taken"; return; }
		sleep 0.1
	done
}

# race CMD1 -- CMD2: the two finsam commands (words without spaces) on $db
# at once, both waiting while the lock is held for a second; their
# statuses in $rc1 and $rc2, their output in $T/one.out and $T/two.out.
race() {
	hold 1
	a=""
	for arg in "$@"; do
		[ "$arg" = "--" ] && break
		a="$a $arg"
	done
	shift $(($(echo "$a" | wc -w) + 1))
	# shellcheck disable=SC2086
	"$FINSAM" --db "$db" --wait 30 $a > "$T/one.out" 2>&1 &
	one=$!
	"$FINSAM" --db "$db" --wait 30 "$@" > "$T/two.out" 2>&1 &
	two=$!
	rc1=0
	rc2=0
	wait "$one" || rc1=$?
	wait "$two" || rc2=$?
	wait "$holder"
	race_cmds="$a / $*"
}
# both CMD1 -- CMD2: race, and both must succeed.
both() {
	race "$@"
	checks=$((checks + 1))
	[ "$rc1" = 0 ] && [ "$rc2" = 0 ] ||
		fail "$race_cmds: status $rc1 and $rc2: $(cat "$T/one.out" "$T/two.out")"
}

finish() {
	if [ "$failures" -gt 0 ]; then
		echo "$failures of $checks expectations failed" >&2
		exit 1
	fi
	echo "$checks expectations held"
	exit 0
}
