# Real SIE files from six accounting programs (shared test data, not part
# of the project): each imports, gives statements, can be checked, and
# survives an export/import round trip unchanged.
. "$SRC/tests/cli/lib.sh"
dir="${SHARED_TESTDATA:-}/sie"
[ -d "$dir" ] || { echo "no shared test data in $dir: skipped"; exit 77; }

n=0
for f in "$dir"/*.se "$dir"/*.si; do
	[ -f "$f" ] || continue
	n=$((n + 1))
	name=$(basename "$f")
	db="$T/$n.db"
	run --db "$db" import sie --quiet "$f"
	expect_rc 0 "import $name"
	[ "$rc" -eq 0 ] || continue
	run --db "$db" report statements --format json
	expect_rc 0 "statements $name"
	run --db "$db" check
	checks=$((checks + 1))
	[ "$rc" -le 1 ] || fail "check $name: exit status $rc: $(cat "$T/err")"
	run --db "$db" export sie -o "$T/$n-1.se"
	expect_rc 0 "export $name"
	run --db "$T/$n-b.db" import sie --quiet "$T/$n-1.se"
	expect_rc 0 "re-import $name"
	run --db "$T/$n-b.db" export sie -o "$T/$n-2.se"
	checks=$((checks + 1))
	grep -v '^#GEN' "$T/$n-1.se" > "$T/a"; grep -v '^#GEN' "$T/$n-2.se" > "$T/b"
	cmp -s "$T/a" "$T/b" || fail "$name: round trip differs: $(diff "$T/a" "$T/b" | head -4)"
done
checks=$((checks + 1))
[ "$n" -ge 6 ] || fail "expected at least 6 real files, found $n"

finish
