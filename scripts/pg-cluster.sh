#!/bin/sh
# pg-cluster.sh: a throwaway PostgreSQL cluster for the tests, in a folder
# of its own, reached only through a Unix socket in that folder (no TCP
# port), with trust for local connections: nothing is asked of the person
# who runs the tests, and nothing is left behind.
#
#   sh scripts/pg-cluster.sh start DIR   initdb in DIR, start the server; prints
#                                        the connection URI prefix (add a
#                                        database name: PREFIX/NAME?host=...)
#   sh scripts/pg-cluster.sh createdb DIR NAME   a new empty database NAME
#   sh scripts/pg-cluster.sh stop DIR    stop the server and remove DIR
#   sh scripts/pg-cluster.sh start-into FILE   start one in a new temporary
#                                        folder and write the folder's name
#                                        into FILE (the tests' fixture)
#   sh scripts/pg-cluster.sh stop-from FILE    stop the one FILE names, remove
#                                        it and FILE
#
# The server refuses to run as root, so as root it runs as the user
# postgres (which Debian's postgresql package creates) and DIR is given to
# it. The server's binaries are those of the newest installed version.
set -eu
cmd=${1:-}
dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: pg-cluster.sh start|createdb|stop DIR [NAME]" >&2; exit 2; }
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "pg-cluster.sh: PostgreSQL's server is not installed (scripts/deps.sh)" >&2; exit 2; }
as() {
	if [ "$(id -u)" = 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}
case "$cmd" in
start-into)
	old=$(cat "$dir" 2>/dev/null || true)
	[ -n "$old" ] && sh "$0" stop "$old"
	cluster=$(mktemp -d "${TMPDIR:-/tmp}/finsam-pg.XXXXXX")
	sh "$0" start "$cluster" >/dev/null
	echo "$cluster" > "$dir"
	;;
stop-from)
	old=$(cat "$dir" 2>/dev/null || true)
	[ -n "$old" ] && sh "$0" stop "$old"
	rm -f "$dir"
	;;
start)
	mkdir -p "$dir"
	if [ "$(id -u)" = 0 ]; then
		chown postgres "$dir"
	fi
	as "$bin/initdb" -D "$dir/data" -U finsam --auth=trust --locale=C.UTF-8 --encoding=UTF8 >"$dir/initdb.log" 2>&1 ||
		{ cat "$dir/initdb.log" >&2; exit 1; }
	as "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o "-k $dir -c listen_addresses= -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null ||
		{ cat "$dir/server.log" >&2; exit 1; }
	echo "postgresql://finsam@"
	;;
createdb)
	name=${3:?name}
	as "$bin/createdb" -h "$dir" -U finsam "$name"
	;;
stop)
	if [ -f "$dir/data/postmaster.pid" ]; then
		as "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
	fi
	rm -rf "$dir"
	;;
*)
	echo "pg-cluster.sh: unknown command $cmd" >&2
	exit 2
	;;
esac
