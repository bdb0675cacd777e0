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

expect_err() {
	checks=$((checks + 1))
	grep -qF -- "$1" "$T/err" || fail "${2:-stderr}: no '$1' in: $(head -c 800 "$T/err")"
}

expect_no_file() {
	checks=$((checks + 1))
	[ ! -e "$1" ] || fail "$1 exists but should not"
}

# json_get FILE KEY.KEY...: prints a value from JSON output (python3 when
# present, else jq); used to compare contract keys.
json_get() {
	python3 -c 'import json,sys
v=json.load(open(sys.argv[1]))
for k in sys.argv[2].split("."):
    v=v[k]
print(json.dumps(v))' "$1" "$2"
}

expect_json() {
	checks=$((checks + 1))
	got=$(json_get "$1" "$2" 2>&1) || { fail "$2: missing in $1 ($got)"; return; }
	[ "$got" = "$3" ] || fail "$2 is $got, expected $3"
}

finish() {
	if [ "$failures" -gt 0 ]; then
		echo "$failures of $checks expectations failed" >&2
		exit 1
	fi
	echo "$checks expectations held"
	exit 0
}
