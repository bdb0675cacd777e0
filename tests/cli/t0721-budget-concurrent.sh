# Two writers of the same budget at once: each reads the budget, changes
# it and writes it back in one transaction, so that neither overwrites the
# other's change with what it read before the other committed (a lost
# line that the audit log still reports as added). While another
# connection holds the write lock, two commands wait together; when it is
# let go, both changes must be there.
. "$SRC/tests/cli/lib.sh"
db="$T/b.db"
"$FINSAM" --db "$db" demo > /dev/null 2>&1 || { echo "demo failed"; exit 1; }

# lines NAME: the number of lines of the 2025 budget named NAME.
lines() {
	"$FINSAM" --db "$db" budget show --year 2025 --format json |
		python3 -c 'import json, sys; print(sum(1 for l in json.load(sys.stdin)["lines"] if l["name"] == sys.argv[1]))' "$1"
}
# Two lines added at once: both are there.
both budget set --year 2025 Ettan 1000 --type kostnad --group Insatser -- \
	budget set --year 2025 Tvåan 2000 --type kostnad --group Insatser
checks=$((checks + 1))
[ "$(lines Ettan)" = 1 ] || fail "the first of two lines added at once is lost"
checks=$((checks + 1))
[ "$(lines Tvåan)" = 1 ] || fail "the second of two lines added at once is lost"

# A line removed while another is added: the one is gone, the other there.
both budget remove-line --year 2025 Ettan -- \
	budget set --year 2025 Trean 3000 --type kostnad --group Insatser
checks=$((checks + 1))
[ "$(lines Ettan)" = 0 ] || fail "a line removed while another was added is back"
checks=$((checks + 1))
[ "$(lines Trean)" = 1 ] || fail "a line added while another was removed is lost"
checks=$((checks + 1))
[ "$(lines Tvåan)" = 1 ] || fail "a line nobody touched is lost"

# Two revisions at once: two new versions, 2 and 3.
both budget revise --year 2025 --label A -- budget revise --year 2025 --label B
run --db "$db" budget show --year 2025 --format json
expect_json "$T/out" version 3
run --db "$db" budget show --year 2025 --version 2 --format json
expect_rc 0 "version 2 is kept"
finish
