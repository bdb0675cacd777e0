# backup, restore and verify-backup: a backup taken while 'finsam serve'
# runs and participants are being added holds the database as of one
# moment (the participants added before it, none half), with its key;
# verify-backup proves it, restore brings it back elsewhere, where the same
# people are known by their numbers. A backup whose key is not its own is
# refused by restore and failed by verify-backup; a damaged one too.
# engine: sqlite — the copy of the database's file (PostgreSQL's is pg_dump)
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/web_lib.sh"
web_demo
web_serve

# Sixty valid numbers of people born 1980.
python3 -c '
def luhn(s):
    t = 0
    for i, ch in enumerate(s):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        t += d // 10 + d % 10
    return (10 - t % 10) % 10
for i in range(60):
    b = "8001%02d%03d" % (1 + i % 28, 100 + i)
    print("19%s-%s%d" % (b[:6], b[6:], luhn(b)))
' > "$T/pnrs"

# count DB: the participants W1, W2, ... the writer added to DB.
count() {
	"$FINSAM" --db "$1" participant list --format json |
		python3 -c 'import json,sys; print(sum(1 for p in json.load(sys.stdin)["participants"] if p["code"].startswith("W")))'
}

# The writer: participants with numbers, one after the other, through the
# command line while the server has the database open.
(
	i=0
	while read -r p; do
		i=$((i + 1))
		echo "$p" | "$FINSAM" --db "$db" participant add "W$i" --sex kvinna --born 1980 --pnr-stdin \
			> /dev/null 2>> "$T/writer.err" || echo "W$i failed" >> "$T/writer.err"
	done < "$T/pnrs"
) &
writer=$!
i=0
until [ "$(count "$db")" -ge 5 ]; do
	i=$((i + 1))
	[ "$i" -lt 300 ] || break
	sleep 0.1
done
before=$(count "$db")
run --db "$db" backup -o "$T/kopia.db"
expect_rc 0 "backup while writing"
expect_out "Säkerhetskopian av"
wait "$writer"
after=$(count "$db")
checks=$((checks + 1))
[ ! -s "$T/writer.err" ] || fail "the writer failed during the backup: $(head -c 400 "$T/writer.err")"
checks=$((checks + 1))
[ "$after" = "60" ] || fail "the writer added $after, not 60"
for f in "$T/kopia.db" "$T/kopia.db.key"; do
	checks=$((checks + 1))
	[ "$(stat -c %a "$f" 2>/dev/null)" = "600" ] || fail "$f is not mode 600"
done
expect_no_file "$T/kopia.db-wal"
cmp -s "$T/kopia.db.key" "$db.key" || fail "the backup's key is not the database's"
run --db "$db" backup -o "$T/kopia.db"
expect_rc 2 "a backup over an existing file"
expect_err "finns redan"

run verify-backup "$T/kopia.db"
expect_rc 0 "verify the backup"
expect_out "Nyckeln hör till kopian"
expect_out "Kopian är hel"
run verify-backup "$T/kopia.db" --format json
expect_rc 0 "verify the backup (json)"
checks=$((checks + 1))
python3 -c 'import json,sys
d=json.load(open(sys.argv[1]))
rows={r["id"]: r for r in d["checks"]}
assert rows["backup_integrity"]["status"]=="ok", rows["backup_integrity"]
assert rows["backup_key"]["status"]=="ok", rows["backup_key"]
' "$T/out" || fail "verify-backup json: $(head -c 600 "$T/out")"

# Restored elsewhere: the participants of one moment, W1 to Wk without a
# gap, at least those before the backup began; the key with it.
restored="$T/annan/aterstalld.db"
mkdir "$T/annan"
run --db "$restored" restore "$T/kopia.db"
expect_rc 0 "restore elsewhere"
expect_out "Återställde"
cmp -s "$restored.key" "$db.key" || fail "the restored key is not the database's"
checks=$((checks + 1))
[ "$(stat -c %a "$restored.key" 2>/dev/null)" = "600" ] || fail "the restored key is not mode 600"
got=$(count "$restored")
checks=$((checks + 1))
[ "$got" -ge "$before" ] && [ "$got" -le "$after" ] || fail "restored $got participants, not $before–$after"
"$FINSAM" --db "$restored" participant list --format json | python3 -c 'import json,sys
codes=sorted(int(p["code"][1:]) for p in json.load(sys.stdin)["participants"] if p["code"].startswith("W"))
sys.exit(0 if codes==list(range(1, len(codes)+1)) else 1)' || fail "the restored participants have a gap"
checks=$((checks + 1))
# The rest of the database is the same.
for cmd in "insats list --format json" "check --format json" "report budget --format json"; do
	checks=$((checks + 1))
	"$FINSAM" --db "$db" $cmd > "$T/live.json" 2>&1
	"$FINSAM" --db "$restored" $cmd > "$T/back.json" 2>&1
	cmp -s "$T/live.json" "$T/back.json" || fail "'$cmd' differs after restore"
done
# The same person is known by their number, with the restored key.
head -1 "$T/pnrs" | "$FINSAM" --db "$restored" participant add X1 --sex kvinna --born 1980 --pnr-stdin > "$T/out" 2> "$T/err"
rc=$?
expect_rc 2 "the same person in the restored database"
expect_err "finns redan som deltagare W1"

# Not over an existing database unless --force; then the old one is kept.
run --db "$restored" restore "$T/kopia.db"
expect_rc 2 "restore over an existing database"
expect_err "finns redan"
run --db "$restored" restore "$T/kopia.db" --force
expect_rc 0 "restore --force"
expect_out "Den tidigare databasen finns kvar som"
checks=$((checks + 1))
ls "$T/annan/"aterstalld.db.*.bak > /dev/null 2>&1 || fail "the replaced database was not kept"
checks=$((checks + 1))
ls "$T/annan/"aterstalld.db.*.bak.key > /dev/null 2>&1 || fail "the replaced key was not kept"

# A backup with another key: refused by restore, failed by verify-backup.
cp "$T/kopia.db" "$T/fel.db"
head -c 32 /dev/urandom > "$T/fel.db.key"
run verify-backup "$T/fel.db"
expect_rc 1 "verify a backup with a wrong key"
expect_joined "nyckelfilen saknas eller hör inte till databasen"
run --db "$T/ny.db" restore "$T/fel.db"
expect_rc 2 "restore a backup with a wrong key"
expect_err "kopians nyckel hör inte till kopian"
expect_no_file "$T/ny.db"
expect_no_file "$T/ny.db.key"
rm "$T/fel.db.key"
run --db "$T/ny.db" restore "$T/fel.db"
expect_rc 2 "restore a backup without its key"
expect_no_file "$T/ny.db"
run verify-backup "$T/fel.db"
expect_rc 1 "verify a backup without its key"

# A damaged copy.
head -c 20000 "$T/kopia.db" > "$T/trasig.db"
run verify-backup "$T/trasig.db"
expect_rc 1 "verify a damaged backup"
expect_err "är skadad"
run --db "$T/ny.db" restore "$T/trasig.db"
expect_rc 2 "restore a damaged backup"
expect_no_file "$T/ny.db"

run backup --help
expect_out "backup -o FIL"
run restore --help
expect_out "--force"
run verify-backup --help
expect_out "verify-backup FIL"

finish
