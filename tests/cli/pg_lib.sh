# pg_lib.sh: what the tests on PostgreSQL share (after lib.sh). The
# cluster is the tests' fixture (scripts/pg-cluster.sh, started by ctest
# before the first test whose name holds "-pg-"); run alone, without it, a
# test is skipped.
pg_dir=$(cat "${FINSAM_PG_DIR_FILE:-/nonexistent}" 2>/dev/null || true)
if [ -z "$pg_dir" ] || [ ! -S "$pg_dir/.s.PGSQL.5432" ]; then
	echo "no PostgreSQL cluster for the tests (run through ctest)"
	exit 77
fi

# pg_db NAME: a new empty database, unique to this run of the test; its
# URI in $pg_uri.
pg_db() {
	pg_name="$1_$$"
	sh "$SRC/scripts/pg-cluster.sh" createdb "$pg_dir" "$pg_name" || fail "createdb $pg_name"
	pg_uri="postgresql://finsam@/$pg_name?host=$pg_dir"
}

# pg_sql SQL: runs SQL on the database of pg_db, rows on stdout (fields
# separated by |).
pg_sql() {
	psql -X -q -At -v ON_ERROR_STOP=1 "$pg_uri" -c "$1"
}
