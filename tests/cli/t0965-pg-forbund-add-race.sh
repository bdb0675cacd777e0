# Two 'forbund add' at the same moment on a database that is no host yet:
# both find no register, one makes it while the other waits for the
# host's lock, and then both förbund are added. Done on a few fresh
# databases, as the two may meet at different points.
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/pg_lib.sh"

export FINSAM_KEY_DIR="$T/keys"
mkdir -m 700 "$FINSAM_KEY_DIR"
for round in 1 2 3; do
	pg_db "race$round"
	for f in alfa beta; do
		(echo "korvmacka-123" | "$FINSAM" --db "$pg_uri" forbund add "$f$round" \
			--name "Samordningsförbundet $f$round" --orgnr 222000-3129 --user anna \
			>"$T/out.$f" 2>"$T/err.$f"; echo $? >"$T/rc.$f") &
	done
	wait
	for f in alfa beta; do
		checks=$((checks + 1))
		[ "$(cat "$T/rc.$f")" = 0 ] || fail "round $round: forbund add $f$round: $(cat "$T/err.$f")"
	done
	run --db "$pg_uri" forbund list --format csv
	expect_rc 0 "round $round: forbund list"
	expect_out "alfa$round;Samordningsförbundet alfa$round"
	expect_out "beta$round;Samordningsförbundet beta$round"
	checks=$((checks + 1))
	# Each of the host's migrations once, every one of them.
	[ "$(pg_sql "SELECT (count(*) = max(version) AND count(*) = count(DISTINCT version))::int
		FROM finsam_host.schema_migrations")" = 1 ] ||
		fail "round $round: the host's register made more than once"
done

finish
