# The schema on PostgreSQL means what it means on SQLite: a new database of
# each engine, brought to the same version by finsam, has the same tables,
# the same columns in the same order with the same kinds of values,
# nullability and defaults, the same primary keys, foreign keys, named
# indexes and as many checks. PostgreSQL's own differences are the
# documented ones: its types (bigint, text sorted as bytes, bytea), its
# identity columns, the rowid column of the two tables SQLite keeps in
# the order rows were added, and the one index only PostgreSQL has: the
# transactions by year and verification, which its search for unbalanced
# verifications reads (migration 0025; SQLite reads them in the order they
# were added).
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/pg_lib.sh"

pg_db schema
# Creating the database is the first thing 'init' does on either engine.
"$FINSAM" --db "$T/s.db" init --name X --orgnr 222000-3129 >/dev/null 2>&1
"$FINSAM" --db "$pg_uri" init --name X --orgnr 222000-3129 >/dev/null 2>&1
checks=$((checks + 1))
[ "$(pg_sql 'SELECT max(version) FROM schema_migrations')" = "$(sqlite3 "$T/s.db" 'SELECT max(version) FROM schema_migrations')" ] ||
	fail "the same schema version"

python3 - "$T/s.db" "$pg_uri" > "$T/diff" <<'PY' || fail "the schemas differ: $(cat "$T/diff")"
import re, sqlite3, subprocess, sys

lite = sqlite3.connect(sys.argv[1])
uri = sys.argv[2]

def psql(sql):
    out = subprocess.run(["psql", "-X", "-q", "-At", "-F", "\t", uri, "-c", sql], check=True,
                         capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines() if line]

KIND = {"integer": "integer", "bigint": "integer", "text": "text", "blob": "blob", "bytea": "blob"}

def default(v):
    if v is None or v == "":
        return None
    v = re.sub(r"::[a-z ]+$", "", v.strip())
    return v.strip("()") if re.fullmatch(r"\(?-?\d+\)?", v) else v

def lite_schema():
    tables = {}
    for (name, sql) in lite.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                    "AND name NOT LIKE 'sqlite_%'"):
        cols = []
        pk = []
        for cid, col, typ, notnull, dflt, ispk in lite.execute(f"PRAGMA table_info({name})"):
            cols.append((col, KIND[typ.lower()], bool(notnull or ispk), default(dflt)))
            if ispk:
                pk.append((ispk, col))
        fks = sorted((r[3], r[2], r[4] or "", r[6]) for r in lite.execute(f"PRAGMA foreign_key_list({name})"))
        checks = len(re.findall(r"\bCHECK\s*\(", sql, re.I))
        tables[name] = {"columns": cols, "pk": [c for _, c in sorted(pk)], "fks": fks, "checks": checks}
    idx = sorted(r[0] for r in lite.execute("SELECT name FROM sqlite_master WHERE type = 'index' "
                                             "AND sql IS NOT NULL"))
    return tables, idx

def pg_schema():
    tables = {}
    for (name,) in psql("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                        "AND table_type = 'BASE TABLE'"):
        cols = []
        for col, typ, nullable, dflt in psql(
                "SELECT column_name, data_type, is_nullable, column_default FROM information_schema.columns "
                f"WHERE table_schema = current_schema() AND table_name = '{name}' ORDER BY ordinal_position"):
            if col == "rowid" and name in ("meeting_attendee", "activity_attendance"):
                continue
            cols.append((col, KIND[typ], nullable == "NO", default(dflt)))
        pk = [r[0] for r in psql(
            "SELECT a.attname FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid "
            f"AND a.attnum = ANY (c.conkey) WHERE c.conrelid = '{name}'::regclass AND c.contype = 'p' "
            "ORDER BY array_position(c.conkey, a.attnum)")]
        fks = sorted((r[0], r[1], r[2], {"c": "CASCADE", "a": "NO ACTION"}.get(r[3], r[3])) for r in psql(
            "SELECT a.attname, c.confrelid::regclass::text, fa.attname, c.confdeltype FROM pg_constraint c "
            "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
            "JOIN pg_attribute fa ON fa.attrelid = c.confrelid AND fa.attnum = c.confkey[1] "
            f"WHERE c.conrelid = '{name}'::regclass AND c.contype = 'f'"))
        checks = int(psql(f"SELECT count(*) FROM pg_constraint WHERE conrelid = '{name}'::regclass "
                          "AND contype = 'c'")[0][0])
        tables[name] = {"columns": cols, "pk": pk, "fks": fks, "checks": checks}
    idx = sorted(r[0] for r in psql("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() "
                                    "AND indexname NOT IN (SELECT conname FROM pg_constraint)"))
    return tables, idx

lt, li = lite_schema()
pt, pi = pg_schema()
bad = []
for t in sorted(set(lt) | set(pt)):
    if t not in lt or t not in pt:
        bad.append(f"table {t}: only in {'SQLite' if t in lt else 'PostgreSQL'}")
        continue
    for part in ("columns", "pk", "fks", "checks"):
        if lt[t][part] != pt[t][part]:
            bad.append(f"{t}.{part}: SQLite {lt[t][part]} PostgreSQL {pt[t][part]}")
if sorted(li + ["trans_year_ver"]) != pi:
    bad.append(f"indexes: SQLite {li} and trans_year_ver, PostgreSQL {pi}")
print("\n".join(bad))
sys.exit(1 if bad else 0)
PY
checks=$((checks + 1))

finish
