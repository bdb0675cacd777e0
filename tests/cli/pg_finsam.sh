#!/bin/sh
# pg_finsam.sh: finsam with each database named by a file (--db FILE, or
# FINSAM_DB) replaced by a PostgreSQL database of the tests' cluster, one
# per file name, created empty on first use: the command-line tests,
# written for SQLite files, run as they are on PostgreSQL. FINSAM_REAL is
# the binary; FINSAM_PG_DIR the cluster's folder.
set -eu
: "${FINSAM_REAL:?}" "${FINSAM_PG_DIR:?}"

# The database for a file: pg_uri_of.
. "$(dirname "$0")/pg_map.sh"

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
		a=$(pg_uri_of "$a")
		next_is_db=0
	elif [ "$a" = --db ]; then
		next_is_db=1
	else
		case "$a" in --db=*) key_beside "${a#--db=}"; a="--db=$(pg_uri_of "${a#--db=}")" ;; esac
	fi
	set -- "$@" "$a"
done
shift "$n"
if [ -n "${FINSAM_DB:-}" ]; then
	key_beside "$FINSAM_DB"
	FINSAM_DB=$(pg_uri_of "$FINSAM_DB")
	export FINSAM_DB
fi
exec "$FINSAM_REAL" "$@"
