# Two writers at once, beyond the budget (t0721): every use case reads
# what its write depends on inside its write transaction, so that neither
# overwrites the other's change with what it read before the other
# committed. While another connection holds the write lock, two commands
# wait together; when it is let go, both changes must be there, or the
# second must be refused as if it had come after the first.
. "$SRC/tests/cli/lib.sh"
db="$T/c.db"

run --db "$db" init --name "Samordningsförbundet Prov" --orgnr 222000-1990
run --db "$db" insats add Steget --kind individinriktad
run --db "$db" participant add P1 --sex kvinna --born 1990 --education förgymnasial
expect_rc 0 "setup"

# A collection rewritten whole: two lines of the account map at once.
both accounts map 1510 cash_and_bank -- accounts map 1790 fixed_assets
"$FINSAM" --db "$db" accounts --format json > "$T/map.json"
checks=$((checks + 1))
[ "$(python3 -c 'import json, sys
m = {r["range"]: r["line"] for r in json.load(open(sys.argv[1]))["map"]}
print(m.get("1510-1510"), m.get("1790-1790"))' "$T/map.json")" = "cash_and_bank fixed_assets" ] ||
	fail "one of two account lines mapped at once is lost: $(cat "$T/map.json")"

# A number counted as the highest plus one: two goals, two numbers.
both goal add --year 2025 --title Ett --area individ -- goal add --year 2025 --title Två --area individ
checks=$((checks + 1))
[ "$("$FINSAM" --db "$db" goal list --year 2025 --format json |
	python3 -c 'import json, sys; print(sorted(g["number"] for g in json.load(sys.stdin)["goals"]))')" = "[1, 2]" ] ||
	fail "two goals added at once do not have the numbers 1 and 2"

# A record read, changed in one field and written back whole: two changes
# of different fields of one participant both stay.
both participant edit P1 --sex man -- participant edit P1 --education gymnasial
run --db "$db" participant show P1 --format json
expect_out '"man"'
expect_out '"gymnasial"'

# The same for the staff of a year.
run --db "$db" staff set 2025 --employees 2
both staff set 2025 --employees 3 -- staff set 2025 --posts 1,5
run --db "$db" staff list --format json
expect_out '"employees": 3'
expect_out '"own_posts": "1.50"'

# A uniqueness check: the same enrolment twice at once is stored once.
race participant enrol P1 --insats Steget --date 2025-02-03 -- participant enrol P1 --insats Steget --date 2025-02-03
checks=$((checks + 1))
[ $((rc1 == 0)) -ne $((rc2 == 0)) ] || fail "two enrolments at once: status $rc1 and $rc2"
checks=$((checks + 1))
grep -q "är redan inskriven i Steget" "$T/one.out" "$T/two.out" || fail "the second enrolment is not refused"
run --db "$db" participant show P1 --format json
checks=$((checks + 1))
[ "$(grep -c '"enrolled"' "$T/out")" = 1 ] || fail "the participant is enrolled twice: $(cat "$T/out")"

# A limit: two administrators taken away at once leave one.
printf 'korvmacka-123\n' | "$FINSAM" --db "$db" user add anna --role admin > /dev/null 2>&1
printf 'korvmacka-123\n' | "$FINSAM" --db "$db" user add bo --role admin > /dev/null 2>&1
race user edit anna --role board -- user edit bo --role board
checks=$((checks + 1))
[ $((rc1 == 0)) -ne $((rc2 == 0)) ] || fail "two administrators taken away at once: status $rc1 and $rc2"
checks=$((checks + 1))
grep -q "den enda administratören" "$T/one.out" "$T/two.out" || fail "the last administrator is not kept"

# A state checked before it changes: a year closed twice at once is
# closed once, on the first one's date, with one line in the log.
db="$T/d.db"
"$FINSAM" --db "$db" demo > /dev/null 2>&1 || fail "demo failed"
race year close 2024 --adopted 2025-03-10 -- year close 2024 --adopted 2025-03-11
checks=$((checks + 1))
[ $((rc1 == 0)) -ne $((rc2 == 0)) ] || fail "a year closed twice at once: status $rc1 and $rc2"
checks=$((checks + 1))
grep -q "året 2024 är redan stängt" "$T/one.out" "$T/two.out" || fail "the second closing is not refused"
finish
