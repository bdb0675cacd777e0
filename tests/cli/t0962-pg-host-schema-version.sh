# Going from förbund to förbund on one connection of a host (forbund list
# enters each in turn): a förbund whose schema is at this finsam's version
# is entered, and one whose schema is newer than this finsam is refused
# with the version named, also after the connection has entered others.
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/pg_lib.sh"

pg_db host
host=$pg_uri
export FINSAM_KEY_DIR="$T/keys"
mkdir -m 700 "$FINSAM_KEY_DIR"
for f in alfa beta gamma; do
	echo "korvmacka-123" | "$FINSAM" --db "$host" forbund add "$f" --name "Samordningsförbundet $f" \
		--orgnr 222000-3129 --user anna >/dev/null 2>"$T/err" || fail "forbund add $f: $(cat "$T/err")"
done

run --db "$host" forbund list --format csv
expect_rc 0 "forbund list"
expect_out "alfa;Samordningsförbundet alfa"
expect_out "beta;Samordningsförbundet beta"
expect_out "gamma;Samordningsförbundet gamma"

# Each förbund's schema is at the same version as a file's.
"$FINSAM" --db "$T/s.db" init --name X --orgnr 222000-3129 >/dev/null 2>&1 || fail "init s.db"
latest=$(sqlite3 "$T/s.db" 'SELECT max(version) FROM schema_migrations')
for f in alfa beta gamma; do
	checks=$((checks + 1))
	[ "$(pg_sql "SELECT max(version) FROM fb_$f.schema_migrations")" = "$latest" ] ||
		fail "the schema of $f is not at version $latest"
done

# gamma's schema from a newer finsam: entering it is refused, after alfa
# and beta were entered on the same connection.
pg_sql "INSERT INTO fb_gamma.schema_migrations (version, name, applied_at) VALUES (9999, '9999_newer', '2030-01-01T00:00:00Z')" ||
	fail "insert a newer version"
run --db "$host" forbund list --format csv
checks=$((checks + 1))
[ "$rc" -ne 0 ] || fail "forbund list with a newer schema: exit status 0"
checks=$((checks + 1))
grep -qF "schemaversion 9999, nyare än den här versionen av finsam" "$T/err" ||
	fail "the newer version is not named: $(cat "$T/err")"
run --db "$host" --forbund alfa year list
expect_rc 0 "alfa beside gamma's newer schema"

finish
