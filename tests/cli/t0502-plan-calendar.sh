# The year cycle of a plan is as of the plan's date, the first day of the
# plan year, never the day it is printed: a plan for 2026 printed later, or
# one for a year still ahead, shows no event as done. The calendar command
# shows the cycle as of today, or as of --date.
. "$SRC/tests/cli/lib.sh"
db="$T/p.db"

run --db "$db" init --name "Samordningsförbundet Prov" --orgnr 222000-1990
expect_rc 0 "init"
next=$(( $(date +%Y) + 1 ))
for y in 2026 "$next"; do
	printf 'år;typ;grupp;rad;belopp\n%s;intäkt;Parternas insats;Driftbidrag;1 000 000\n%s;kostnad;Insatser;Insats;-900 000\n' \
		"$y" "$y" > "$T/b$y.csv"
	run --db "$db" budget import "$T/b$y.csv"
	expect_rc 0 "budget $y"
	run --db "$db" calendar add "$y-02-12" "Styrelsemöte" --kind styrelse
	expect_rc 0 "event $y"
done

for y in 2026 "$next"; do
	run --db "$db" report plan --year "$y" --format json
	expect_rc 0 "plan $y json"
	checks=$((checks + 1))
	python3 - "$T/out" "$y" <<'PY' || fail "plan $y: an event marked by the day it was printed"
import json, sys
doc = json.load(open(sys.argv[1]))
def find(v, key):
    if isinstance(v, dict):
        if key in v:
            return v[key]
        for x in v.values():
            r = find(x, key)
            if r is not None:
                return r
    if isinstance(v, list):
        for x in v:
            r = find(x, key)
            if r is not None:
                return r
events = find(doc, "events")
assert events, "no events"
status = [e.get("status") for e in events]
assert "past" not in status, status
# As of 1 January the first event of the year is the next one.
assert status[0] == "next" and all(s in (None, "") for s in status[1:]), status
PY
	run --db "$db" report plan --year "$y"
	expect_rc 0 "plan $y text"
	checks=$((checks + 1))
	grep -q "klart" "$T/out" && fail "plan $y text says klart"
done

# The working view: as of a chosen date.
run --db "$db" calendar --year 2026 --date 2026-06-01 --format json
expect_rc 0 "calendar --date"
checks=$((checks + 1))
python3 -c '
import json, sys
ev = json.load(open(sys.argv[1]))["events"]
for e in ev:
    want = "past" if e["date"] < "2026-06-01" else None
    if e["date"] == "2026-08-31":
        want = "next"
    assert (e.get("status") or None) == want, (e, want)
' "$T/out" || fail "calendar as of 2026-06-01"
run --db "$db" calendar --year 2026 --date 2026-13-01
expect_rc 2 "a bad date"
finish
