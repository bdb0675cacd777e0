#!/bin/sh
# pg_finsam.sh: finsam with each database named by a file (--db FILE, or
# FINSAM_DB) replaced by a PostgreSQL database of the tests' cluster, one
# per file name, created empty on first use: the command-line tests,
# written for SQLite files, run as they are on PostgreSQL. FINSAM_REAL is
# the binary; FINSAM_PG_DIR the cluster's folder.
set -eu
: "${FINSAM_REAL:?}" "${FINSAM_PG_DIR:?}"

# The database for a file: its name from the file's path.
uri_of() {
	case "$1" in
	postgresql://* | postgres://*) printf '%s' "$1"; return ;;
	esac
	name="t_$(printf '%s' "$1" | md5sum | cut -c1-20)"
	if ! psql -X -q -At "postgresql://finsam@/postgres?host=$FINSAM_PG_DIR" \
		-c "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1; then
		psql -X -q "postgresql://finsam@/postgres?host=$FINSAM_PG_DIR" -c "CREATE DATABASE $name" \
			>/dev/null 2>&1 || true
	fi
	printf 'postgresql://finsam@/%s?host=%s' "$name" "$FINSAM_PG_DIR"
}

# The key file beside the file the test named, as on SQLite.
key_beside() {
	case "$1" in
	postgresql://* | postgres://*) ;;
	*) if [ -z "${FINSAM_KEY_FILE:-}" ]; then FINSAM_KEY_FILE="$1.key"; export FINSAM_KEY_FILE; fi ;;
	esac
}

n=$#
i=0
next_is_db=0
for a in "$@"; do
	i=$((i + 1))
	if [ "$next_is_db" = 1 ]; then
		key_beside "$a"
		a=$(uri_of "$a")
		next_is_db=0
	elif [ "$a" = --db ]; then
		next_is_db=1
	else
		case "$a" in --db=*) key_beside "${a#--db=}"; a="--db=$(uri_of "${a#--db=}")" ;; esac
	fi
	set -- "$@" "$a"
done
shift "$n"
if [ -n "${FINSAM_DB:-}" ]; then
	key_beside "$FINSAM_DB"
	FINSAM_DB=$(uri_of "$FINSAM_DB")
	export FINSAM_DB
fi
exec "$FINSAM_REAL" "$@"
