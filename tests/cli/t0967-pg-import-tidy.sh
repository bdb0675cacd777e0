# An import into PostgreSQL leaves the tables it wrote by COPY ready to
# read: it vacuums them (which marks their pages all-visible, so that a
# read of an index carrying every column it needs, as the check's search
# for unbalanced verifications, need not visit the table) and analyses
# them. Whether a page is marked at once also depends on the other
# transactions of the cluster (the tests share theirs), so what is
# asserted is that the import did both, not the pages' marks.
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/pg_lib.sh"

pg_db tidy
export FINSAM_KEY_FILE="$T/tidy.key"
run --db "$pg_uri" import sie "$SRC/examples/norrdalen-2025.se"
expect_rc 0 "the import"
for t in verification trans; do
	checks=$((checks + 1))
	got=$(pg_sql "SELECT vacuum_count > 0 FROM pg_stat_user_tables WHERE relname = '$t'")
	[ "$got" = t ] || fail "$t: not vacuumed after the import"
	checks=$((checks + 1))
	got=$(pg_sql "SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables WHERE relname = '$t'")
	[ "$got" = t ] || fail "$t: not analysed after the import"
done
run --db "$pg_uri" check --year 2025
expect_rc 0 "the check after the import"
finish
