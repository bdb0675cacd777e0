# finsam migrate moves a förbund between stores losslessly: the demo
# förbund from its SQLite file into a PostgreSQL database, from there into
# a new file, and into a new förbund of a host. Every report of every year,
# the audit log and every row (ids kept, the rowids two tables are read in
# order of kept, each value of its kind) read the same before and after;
# the golden documents hold on
# each store; the key goes with the records and the target accepts it; a
# new row gets a new id. A pg_dump of the migrated database restored into
# a new one reads the same too. Bad targets are refused, leaving them as
# they were.
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/pg_lib.sh"

FINSAM_TODAY=2026-03-15
TZ=UTC
export FINSAM_TODAY TZ
unset FINSAM_KEY_FILE FINSAM_KEY_DIR FINSAM_FORBUND

# The demo förbund, as web_demo and golden.sh build it, with a user and,
# in 2024 (whose documents the golden files do not hold), a board, a
# meeting's attendees (a table kept in rowid order) and an attachment (a
# blob).
src="$T/demo.db"
"$FINSAM" --db "$src" demo > /dev/null 2>&1 || fail "demo"
sh "$SRC/examples/norrdalen.sh" "$FINSAM" "$src" > /dev/null 2>&1 || fail "norrdalen.sh"
printf '%s\n' "korvmacka-123" | "$FINSAM" --db "$src" user add anna --role admin > /dev/null || fail "user add"
for who in "Sara Ek:ersättare" "Eva Lind:ordförande" "Per Holm:ledamot"; do
	"$FINSAM" --db "$src" board add "${who%%:*}" --year 2024 --role "${who#*:}" > /dev/null || fail "board add $who"
done
run --db "$src" meeting add 2024-05-20 --body board --attended "Sara Ek, Eva Lind, Per Holm" --protocol "P 7"
expect_rc 0 "meeting add"
run --db "$src" report statements --year 2024 --format pdf -o "$T/rb.pdf"
expect_rc 0 "a PDF to attach"
run --db "$src" text attach auditors_report --year 2024 "$T/rb.pdf"
expect_rc 0 "text attach"

# snap DIR DB [ENV...]: every report of every year of DB, and the lists and
# the audit log, one file per command with its exit status.
snap() {
	dir=$1
	sdb=$2
	shift 2
	mkdir -p "$dir"
	years=$(env "$@" "$FINSAM" --db "$sdb" year list --format csv | tail -n +2 | cut -d';' -f1)
	[ -n "$years" ] || fail "$sdb: no years"
	i=0
	while IFS= read -r cmd; do
		case "$cmd" in
		*YEAR*) for y in $years; do
				i=$((i + 1))
				# shellcheck disable=SC2086
				env "$@" "$FINSAM" --db "$sdb" $(echo "$cmd" | sed "s/YEAR/$y/g") > "$dir/$i.out" 2>&1
				echo "$cmd $y: $?" >> "$dir/$i.out"
			done ;;
		*)	i=$((i + 1))
			# shellcheck disable=SC2086
			env "$@" "$FINSAM" --db "$sdb" $cmd > "$dir/$i.out" 2>&1
			echo "$cmd: $?" >> "$dir/$i.out" ;;
		esac
	done <<-EOF
		report statements --year YEAR --format json
		report statements --year YEAR --unit tkr
		report annual --year YEAR --format md
		report interim --year YEAR --format json
		report operating --year YEAR --format json
		report commitments --year YEAR --format json
		report participants --year YEAR --format json
		report plan --year YEAR --format md
		report budget --year YEAR --format json
		report survey --year YEAR --format json
		report governance --year YEAR --format json
		report control --year YEAR --format json
		goal list --year YEAR --format json
		board list --year YEAR --format json
		budget show --year YEAR --format json
		check --year YEAR --format json
		insats list --year YEAR --format json
		report multiyear --format json
		year list --format json
		audit --format json
		participant list --format json
		insats allocation list --format json
		insats anonymous list --format json
		activity list --format json
		member list --format json
		user list --format json
		calendar list --format json
		history list --format json
		staff list --format json
		setting list --format json
		meeting list --format json
		accounts --format json
		export sie --year 2025
	EOF
}

# same DIR1 DIR2 WHAT: the two snapshots are equal, file for file.
same() {
	checks=$((checks + 1))
	diff -r "$1" "$2" > "$T/snap.diff" || fail "$3: the reports differ: $(head -c 2000 "$T/snap.diff")"
}

# golden DB [ENV...]: the 20 golden documents, from DB as it is.
golden() {
	gdb=$1
	shift
	checks=$((checks + 1))
	env GOLDEN_BUILT=1 GOLDEN_DB="$gdb" "$@" sh "$SRC/scripts/golden.sh" --check "$FINSAM" > "$T/golden.out" 2>&1 ||
		fail "golden on $gdb: $(head -c 2000 "$T/golden.out")"
	grep -qF "golden.sh: all 20 files equal tests/golden/" "$T/golden.out" ||
		fail "golden on $gdb: $(tail -3 "$T/golden.out")"
}

# rows DB: every row of every table of a SQLite file, each value quoted
# with its kind ('1' a text, 1 an integer, X'..' a blob), sorted; with
# SQLite's rowid where it is read (the two tables kept in the order rows
# were added). A table's id is among its columns; the rowid of a table
# without one is nobody's business and not kept.
rows() {
	for t in $(sqlite3 "$1" "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND
			name <> 'schema_migrations' ORDER BY name"); do
		echo "== $t"
		case "$t" in
		activity_attendance|meeting_attendee) sqlite3 -cmd ".mode quote" "$1" "SELECT rowid, * FROM $t ORDER BY rowid" ;;
		*) sqlite3 -cmd ".mode quote" "$1" "SELECT * FROM $t" | LC_ALL=C sort ;;
		esac
	done
}

snap "$T/before" "$src"
golden "$src"
run --db "$src" audit --format json
expect_out '"action": "läs in bokföring"' "the demo förbund's audit log"

# ---- SQLite → PostgreSQL ----
pg_db mig
to_pg=$pg_uri
run --db "$src" migrate --to "$to_pg" --key "$T/pg.key"
expect_rc 0 "migrate into PostgreSQL"
expect_out "Flyttade förbundet från $src till $to_pg"
checks=$((checks + 1))
cmp -s "$src.key" "$T/pg.key" || fail "the key did not go with the förbund"
checks=$((checks + 1))
[ "$(stat -c %a "$T/pg.key")" = 600 ] || fail "the key file is mode $(stat -c %a "$T/pg.key"), not 600"
snap "$T/pg" "$to_pg" FINSAM_KEY_FILE="$T/pg.key"
same "$T/before" "$T/pg" "SQLite → PostgreSQL"
golden "$to_pg" GOLDEN_KEY_FILE="$T/pg.key"

# The ids and SQLite's rowids, and the counts, as they were.
checks=$((checks + 1))
a=$(sqlite3 "$src" "SELECT group_concat(id || ':' || ver_id || ':' || amount, ' ') FROM (SELECT * FROM trans ORDER BY id)")
b=$(pg_sql "SELECT string_agg(id || ':' || ver_id || ':' || amount, ' ' ORDER BY id) FROM trans")
[ -n "$a" ] && [ "$a" = "$b" ] || fail "the transactions' ids differ"
checks=$((checks + 1))
a=$(sqlite3 "$src" "SELECT group_concat(rowid || ':' || name, ',') FROM (SELECT rowid, name FROM meeting_attendee ORDER BY rowid)")
b=$(pg_sql "SELECT string_agg(rowid || ':' || name, ',' ORDER BY rowid) FROM meeting_attendee")
[ "$a" = "$b" ] || fail "the attendees' rowids differ: $a / $b"
checks=$((checks + 1))
a=$(sqlite3 "$src" "SELECT count(*), max(id) FROM audit_log")
b=$(pg_sql "SELECT count(*), max(id) FROM audit_log")
[ "$a" = "$b" ] || fail "the audit log differs: $a / $b"
checks=$((checks + 1))
a=$(sqlite3 "$src" "SELECT hex(data) FROM attachment")
b=$(pg_sql "SELECT upper(encode(data, 'hex')) FROM attachment")
[ -n "$a" ] && [ "$a" = "$b" ] || fail "the attachment differs"
# ---- pg_dump of the migrated database, restored into a new one ----
pg_db restored
checks=$((checks + 1))
pg_dump -h "$pg_dir" -U finsam "mig_$$" 2> "$T/dump.err" | psql -X -q -v ON_ERROR_STOP=1 "$pg_uri" > /dev/null 2>> "$T/dump.err" ||
	fail "pg_dump | psql: $(head -c 1000 "$T/dump.err")"
snap "$T/restored" "$pg_uri" FINSAM_KEY_FILE="$T/pg.key"
same "$T/before" "$T/restored" "pg_dump restored"
golden "$pg_uri" GOLDEN_KEY_FILE="$T/pg.key"

pg_uri=$to_pg

# ---- PostgreSQL → a new SQLite file ----
back="$T/back.db"
run --db "$to_pg" migrate --to "$back"
expect_rc 2 "PostgreSQL's key without FINSAM_KEY_FILE"
expect_no_file "$back"
FINSAM_KEY_FILE="$T/pg.key" "$FINSAM" --db "$to_pg" migrate --to "$back" --key "$back.key" > "$T/out" 2> "$T/err"
rc=$?
expect_rc 0 "migrate back into a file"
checks=$((checks + 1))
cmp -s "$src.key" "$back.key" || fail "the key did not come back"
snap "$T/back" "$back"
same "$T/before" "$T/back" "PostgreSQL → SQLite"
golden "$back"
# Every row, value for value and kind for kind, rowids too.
rows "$src" > "$T/rows.src"
rows "$back" > "$T/rows.back"
checks=$((checks + 1))
diff "$T/rows.src" "$T/rows.back" > "$T/rows.diff" || fail "rows differ after the round trip: $(head -c 2000 "$T/rows.diff")"

# A new row gets the next id, past those copied.
checks=$((checks + 1))
a=$(pg_sql "SELECT max(id) + 1 FROM audit_log")
FINSAM_KEY_FILE="$T/pg.key" "$FINSAM" --db "$to_pg" member add "Nya kommunen" --kind kommun > "$T/out" 2>&1 ||
	fail "a new row on the migrated database: $(cat "$T/out")"
b=$(pg_sql "SELECT max(id) FROM member")
c=$(sqlite3 "$src" "SELECT max(id) + 1 FROM member")
[ "$b" = "$c" ] || fail "the new member has id $b, expected $c"
checks=$((checks + 1))
b=$(pg_sql "SELECT min(id) FROM audit_log WHERE id >= $a")
[ -z "$b" ] || [ "$b" = "$a" ] || fail "the next audit line has id $b, expected $a"


# ---- refusals, each leaving the target as it was ----
run --db "$src" migrate --to "$to_pg" --key "$T/pg.key"
expect_rc 2 "a target with records"
expect_err "målet har redan uppgifter"
run --db "$src" migrate --to "$src"
expect_rc 2 "the same source and target"
expect_err "källan och målet är samma databas"
run --db "$src" migrate --to "mysql://server/db"
expect_rc 2 "an unknown scheme"
expect_err "okänt schema"
run --db "$src" migrate
expect_rc 2 "no --to"
expect_err "--to"
: > "$T/there.db"
run --db "$src" migrate --to "$T/there.db"
expect_rc 2 "an existing file"
expect_err "finns redan"
pg_db other
head -c 32 /dev/urandom > "$T/other.key"
cp "$T/other.key" "$T/other.key.orig"
run --db "$src" migrate --to "$pg_uri" --key "$T/other.key"
expect_rc 2 "another key at the target's key file"
expect_err "är inte källans nyckel"
checks=$((checks + 1))
cmp -s "$T/other.key" "$T/other.key.orig" || fail "the other key file was changed"
checks=$((checks + 1))
[ "$(pg_sql "SELECT count(*) FROM audit_log")" = 0 ] || fail "the refused target got rows"
# A file target whose copy fails is removed: a source without its key.
cp "$src" "$T/nokey.db"
run --db "$T/nokey.db" migrate --to "$T/new.db"
expect_rc 2 "a source without its key"
expect_err "källans nyckel"
expect_no_file "$T/new.db"
expect_no_file "$T/new.db.key"

# ---- into a new förbund of a host ----
pg_db host
host=$pg_uri
mkdir -p "$T/keys"
printf '%s\n' "korvmacka-123" | FINSAM_KEY_DIR="$T/keys" "$FINSAM" --db "$host" forbund add annat --name "Annat förbund" \
	--orgnr 222000-3129 --user admin > "$T/out" 2>&1 || fail "forbund add: $(cat "$T/out")"
run --db "$src" migrate --to "$host#annat" --key "$T/keys/x.key"
expect_rc 2 "a förbund the host has"
expect_err "finns redan på värden"
expect_no_file "$T/keys/x.key"
FINSAM_KEY_DIR="$T/keys" "$FINSAM" --db "$src" migrate --to "$host#norrdalen" --host norrdalen.example.se \
	--region "Region Norr" > "$T/out" 2> "$T/err"
rc=$?
expect_rc 0 "migrate into a förbund of a host"
checks=$((checks + 1))
cmp -s "$src.key" "$T/keys/norrdalen.key" || fail "the key is not in FINSAM_KEY_DIR/norrdalen.key"
snap "$T/host" "$host#norrdalen" FINSAM_KEY_DIR="$T/keys"
same "$T/before" "$T/host" "SQLite → a förbund of a host"
run --db "$host" forbund list --format json
expect_out "norrdalen.example.se"
expect_out "Region Norr"
golden "$host#norrdalen" FINSAM_KEY_DIR="$T/keys"

finish
