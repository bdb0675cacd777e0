# pg_map.sh: the one mapping from a database the command-line tests name
# by a file to the database of the tests' PostgreSQL cluster that stands
# for it (sourced by pg_finsam.sh, which runs finsam on it, and by lib.sh,
# whose db_sql and hold reach the same database). FINSAM_PG_DIR is the
# cluster's folder.

# pg_uri_of FILE: the URI of FILE's database, one per file name, created
# empty on first use; a URI is its own database.
pg_uri_of() {
	case "$1" in
	postgresql://* | postgres://*) printf '%s' "$1"; return ;;
	esac
	pg_name="t_$(printf '%s' "$1" | md5sum | cut -c1-20)"
	if ! psql -X -q -At "postgresql://finsam@/postgres?host=$FINSAM_PG_DIR" \
		-c "SELECT 1 FROM pg_database WHERE datname = '$pg_name'" | grep -q 1; then
		psql -X -q "postgresql://finsam@/postgres?host=$FINSAM_PG_DIR" -c "CREATE DATABASE $pg_name" \
			>/dev/null 2>&1 || true
	fi
	printf 'postgresql://finsam@/%s?host=%s' "$pg_name" "$FINSAM_PG_DIR"
}
