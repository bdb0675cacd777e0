# The checks of finsam's own records, end to end. Participants: in the
# demo förbund every check holds; an exit dated before its enrolment (as
# an older version let in, written here straight into the database) makes
# participants_exits fail, naming the participant and the intervention.
# The interim report: when 2025 opens with 1 000 kr more equity than 2024
# closed with (2010 and 1930 both moved, so the balance sheet balances),
# the interim report's opening equity disagrees with the closing equity
# of the year before, and interim_opening_equity says by how much.
. "$SRC/tests/cli/lib.sh"
[ "$engine" = pg ] || command -v sqlite3 >/dev/null 2>&1 || { echo "sqlite3 is missing"; exit 77; }
db="$T/demo.db"
"$FINSAM" --db "$db" demo > /dev/null 2>&1 || { echo "demo failed"; exit 1; }
sh "$SRC/examples/norrdalen.sh" "$FINSAM" "$db" || { echo "norrdalen.sh failed"; exit 1; }

run --db "$db" check --year 2025 --format json
expect_rc 0 "check of the demo"
cp "$T/out" "$T/ok.json"
checks=$((checks + 1))
python3 -c 'import json,sys
c = {x["id"]: x for x in json.load(open(sys.argv[1]))["checks"]}
for k in ("participants_exits", "interim_opening_equity", "accounts_mapped"):
    assert c[k]["status"] == "ok", (k, c[k])' "$T/ok.json" || fail "the demo's record checks: $(cat "$T/ok.json")"
run --db "$db" check --year 2024 --format json
cp "$T/out" "$T/2024.json"
checks=$((checks + 1))
python3 -c 'import json,sys
c = {x["id"]: x for x in json.load(open(sys.argv[1]))["checks"]}
assert c["interim_opening_equity"]["status"] == "skipped", c["interim_opening_equity"]
assert c["interim_opening_equity"]["detail"] == "ingen budget för året, så ingen delårsrapport"' "$T/2024.json" ||
	fail "2024 has no budget: $(cat "$T/2024.json")"

db_sql "$db" "UPDATE enrolment SET exited = '2025-10-01', exit_reason = 'arbete'
	WHERE participant_id = (SELECT id FROM participant WHERE code = 'N001')" || fail "db_sql update"
run --db "$db" check --year 2025
expect_rc 1 "check with an exit before its enrolment"
checks=$((checks + 1))
grep -qE '^\[FEL\] +Inte fler avslutade än inskrivna deltagare' "$T/out" || fail "participants_exits failed in text"
expect_joined "deltagare N001 i Steget vidare: avslutad 2025-10-01, före inskrivningen"
run --db "$db" report annual --year 2025
expect_rc 1 "annual report with an exit before its enrolment"
expect_err "(participants_exits)"

# The interim report's opening equity.
b="$T/b.db"
LC_ALL=C sed -e 's/^#IB 0 2010 -434949\.22/#IB 0 2010 -435949.22/' -e 's/^#UB 0 2010 -434949\.22/#UB 0 2010 -435949.22/' \
	-e 's/^#IB 0 1930 752615\.90/#IB 0 1930 753615.90/' -e 's/^#UB 0 1930 599177\.03/#UB 0 1930 600177.03/' \
	"$SRC/examples/norrdalen-2025.se" > "$T/eq.se"
run --db "$b" import sie "$SRC/examples/norrdalen-2024.se"
run --db "$b" import sie "$T/eq.se"
expect_rc 0 "import 2025 with more equity"
run --db "$b" check --year 2025 --format json
cp "$T/out" "$T/noeq.json"
expect_rc 1 "check"
checks=$((checks + 1))
python3 -c 'import json,sys
c = {x["id"]: x for x in json.load(open(sys.argv[1]))["checks"]}
assert c["interim_opening_equity"]["status"] == "skipped", c["interim_opening_equity"]
assert c["balance_sheet"]["status"] == "ok"' "$T/noeq.json" || fail "without a budget: $(cat "$T/noeq.json")"
run --db "$b" budget import "$SRC/examples/budget-2025.csv"
expect_rc 0 "budget 2025"
run --db "$b" check --year 2025 --format json
expect_rc 1 "check with the budget"
cp "$T/out" "$T/eq.json"
checks=$((checks + 1))
python3 -c 'import json,sys
c = {x["id"]: x for x in json.load(open(sys.argv[1]))["checks"]}
i = c["interim_opening_equity"]
assert i["status"] == "failed", i
assert i["detail"] == ("delårsrapporten 2025: eget kapital vid årets början 435 949,22 kr, men utgående eget "
                       "kapital 2024 enligt bokföringen 434 949,22 kr, skillnad 1 000,00 kr"), i["detail"]' "$T/eq.json" ||
	fail "interim_opening_equity: $(cat "$T/eq.json")"
run --db "$b" report interim --year 2025
expect_rc 1 "interim report with the other opening equity"
expect_err "(interim_opening_equity)"
run --db "$b" report interim --year 2025 --draft --format json
expect_rc 0 "interim draft"
cp "$T/out" "$T/interim.json"
expect_json "$T/interim.json" draft true
expect_json "$T/interim.json" equity 43594922

finish
