#!/bin/sh
# The annual report's notes: numbered, each beside the statement line it
# explains, each adding up to that line (revenue per member, costs by
# kind, the provision's movement), in kr and in tkr; `check` guards them;
# `report statements --until` gives the period's statements.
. "$SRC/tests/cli/lib.sh"
db="$T/demo.db"
FINSAM_TODAY=2026-03-15
export FINSAM_TODAY

run --db "$db" demo
expect_rc 0 "demo"

# ---- JSON: each note sums to its line ----
run --db "$db" report annual --year 2025 --draft --format json
expect_rc 0 "annual json"
cp "$T/out" "$T/a.json"
checks=$((checks + 1))
python3 - "$T/a.json" <<'PY' || fail "a note does not sum to its statement line"
import json, sys
d = json.load(open(sys.argv[1]))
n, inc, bs = d["notes"], d["income_statement"], d["balance_sheet"]
members = n["revenue_by_member"]
assert len(members) == 5, members
assert all(set(m) == {"member_id", "name", "kind", "amount"} for m in members), members
assert {m["kind"] for m in members} == {"state", "region", "municipality"}
assert sum(m["amount"] for m in members) == inc["revenue"], (members, inc["revenue"])
c = n["costs_by_kind"]
assert c["interventions"] + c["staff"] + c["other"] == c["total"] == inc["expenses"], (c, inc)
assert c["staff"] < 0, c
p = d["previous_year"]["costs_by_kind"]
assert p["total"] == d["previous_year"]["income_statement"]["expenses"], p
# The demo's pension provision: an opening balance, a credit and a debit.
v = n["provisions"]
assert v["opening"] + v["added"] + v["paid"] + v["other"] == v["closing"] == bs["provisions"], v
assert (v["opening"], v["added"], v["paid"], v["other"], v["closing"]) == (3000000, 800000, -400000, 0, 3400000), v
# The note column is for people only.
assert "Not" not in json.dumps(d["income_statement"])
PY

# ---- text: the note number beside the line it explains ----
run --db "$db" report annual --year 2025 --draft
expect_rc 0 "annual text"
cp "$T/out" "$T/a.txt"
checks=$((checks + 1))
python3 - "$T/a.txt" <<'PY' || fail "the note numbers are not those of the notes"
import re, sys
t = open(sys.argv[1], encoding="utf-8").read()
notes = dict((title, int(no)) for no, title in re.findall(r"^Not (\d+) (.+)$", t, re.M))
assert notes["Redovisningsprinciper"] == 1, notes
assert notes["Verksamhetens intäkter"] == 2 and notes["Verksamhetens kostnader"] == 3, notes
stm = t.split("2. Resultaträkning")[1].split("3. Driftredovisning")[0]
for line in ("Verksamhetens intäkter", "Verksamhetens kostnader", "Kassa och bank", "Avsättningar",
             "Kortfristiga skulder"):
    m = re.search(r"^" + line + r"\s+(\d+)\s+-?\d", stm, re.M)
    assert m, line
    assert int(m.group(1)) == notes[line], (line, m.group(1), notes)
# A line without a note has no number.
assert re.search(r"^Eget kapital\s+\d{3} \d{3}\s+\d{3} \d{3}$", stm, re.M), "Eget kapital"
assert re.search(r"^Resultaträkning\nBelopp i kr\s+Not\s+2025\s+2024$", stm, re.M), stm[:300]
PY
expect_out "Driftbidrag från Försäkringskassan"
expect_out "Personalkostnader"
expect_out "Årets utbetalningar"

# CSV keeps a column per year: the note's number is for people.
run --db "$db" report annual --year 2025 --draft --format csv
expect_out "income_statement;revenue;Verksamhetens intäkter;1500000,00;1500000,00"

# ---- check guards the notes ----
run --db "$db" check --year 2025 --format json
cp "$T/out" "$T/c.json"
checks=$((checks + 1))
python3 - "$T/c.json" <<'PY' || fail "the notes' checks are missing or fail"
import json, sys
c = {x["id"]: x["status"] for x in json.load(open(sys.argv[1]))["checks"]}
for k in ("notes_revenue", "notes_costs", "notes_provisions"):
    assert c.get(k) == "ok", (k, c.get(k))
PY

# ---- tkr: every column adds up ----
for what in "statements --year 2025" "annual --year 2025 --draft"; do
	# shellcheck disable=SC2086
	run --db "$db" report $what --unit tkr
	expect_rc 0 "$what --unit tkr"
	expect_out "Belopp i tkr"
	cp "$T/out" "$T/tkr.txt"
	checks=$((checks + 1))
	python3 - "$T/tkr.txt" <<'PY' || fail "$what: a tkr column does not add up"
import re, sys
t = open(sys.argv[1], encoding="utf-8").read()
def num(s): return int(s.replace(" ", "").replace("\u2212", "-"))
def rows(block):
    out = []
    for line in block.splitlines():
        m = re.match(r"^(\S.*?)\s{2,}((?:-?\d{1,3}(?: \d{3})*\s*)+)$", line)
        if m and not line.startswith("Belopp"):
            out.append((m.group(1), [num(x) for x in re.findall(r"-?\d{1,3}(?: \d{3})*", m.group(2))]))
    return out
def table(title):
    i = t.index("\n" + title + "\n")
    return t[i:].split("\n\n")[0]
inc = dict(rows(table("Resultaträkning")))
for c in range(2):
    r, e, n = inc["Verksamhetens intäkter"][-2 + c], inc["Verksamhetens kostnader"][-2 + c], inc["Verksamhetens nettokostnad"][-2 + c]
    assert r + e == n, (r, e, n)
    assert n + inc["Finansiella intäkter"][-2 + c] + inc["Finansiella kostnader"][-2 + c] == inc["Resultat efter finansiella poster"][-2 + c]
bs = dict(rows(table("Balansräkning")))
for c in range(2):
    assets = sum(bs[k][-2 + c] for k in ("Anläggningstillgångar", "Förråd", "Fordringar", "Kassa och bank") if k in bs)
    assert assets == bs["Summa tillgångar"][-2 + c], bs
    assert (bs["Eget kapital"][-2 + c] + bs["Avsättningar"][-2 + c] + bs["Långfristiga skulder"][-2 + c]
            + bs["Kortfristiga skulder"][-2 + c]) == bs["Summa eget kapital, avsättningar och skulder"][-2 + c]
PY
done
# In tkr each note adds up to its rounded line.
checks=$((checks + 1))
python3 - "$T/tkr.txt" <<'PY' || fail "a tkr note does not add up to its line"
import re, sys
t = open(sys.argv[1], encoding="utf-8").read()
def num(s): return int(s.replace(" ", ""))
def note(title):
    block = t.split(title + "\n")[1].split("\n\n", 2)[1]
    vals = []
    for line in block.splitlines():
        m = re.match(r"^(\S.*?)\s{2,}(-?\d{1,3}(?: \d{3})*)\s+(-?\d{1,3}(?: \d{3})*)$", line)
        if m:
            vals.append((m.group(1), num(m.group(2))))
    return vals
stm = t.split("2. Resultaträkning")[1]
for title, line in (("Not 2 Verksamhetens intäkter", "Verksamhetens intäkter"),
                    ("Not 3 Verksamhetens kostnader", "Verksamhetens kostnader")):
    v = note(title)
    assert sum(x for _, x in v[:-1]) == v[-1][1], (title, v)
    m = re.search(r"^" + line + r"\s+\d+\s+(-?\d{1,3}(?: \d{3})*)", stm, re.M)
    assert num(m.group(1)) == v[-1][1], (title, m.group(1), v[-1])
PY
run --db "$db" report statements --year 2025 --unit mkr
expect_rc 2 "an unknown unit"
expect_err "--unit ska vara kr eller tkr"
run --db "$db" report statements --year 2025 --unit tkr --format json
cp "$T/out" "$T/s.json"
expect_json "$T/s.json" income_statement.expenses -180131568

# ---- the period's statements ----
run --db "$db" report statements --until 2025-08-31
expect_rc 0 "--until"
expect_out "Finansiella rapporter 2025-01-01 – 2025-08-31"
# A column's period keeps its end date with the dash (a no-break space).
expect_out "2025-01-01 –$(printf '\302\240')2025-08-31"
expect_out "2024-01-01 –$(printf '\302\240')2024-08-31"
expect_out "Periodens resultat"
expect_joined "balansräkningen med samma dag året före"
run --db "$db" report statements --until 2025-08-31 --format json
cp "$T/out" "$T/p.json"
expect_json "$T/p.json" until '"2025-08-31"'
expect_json "$T/p.json" income_statement.revenue 150000000
expect_json "$T/p.json" income_statement.expenses -87521450
expect_json "$T/p.json" balance_sheet.total_assets 109773472
run --db "$db" report statements --year 2025 --until 2024-05-01
expect_rc 2 "a date outside the year"
expect_err "2024-05-01 ligger inte i räkenskapsåret 2025"
run --db "$db" report statements --until 2031-05-01
expect_rc 2 "a year the books do not hold"
expect_err "räkenskapsåret 2031"
run --db "$db" report interim --until 2025-08-31 --draft --format json
cp "$T/out" "$T/i.json"
expect_json "$T/i.json" statements.until '"2025-08-31"'
expect_json "$T/i.json" statements.income_statement.expenses -87521450
run --db "$db" report interim --until 2025-08-31 --draft
expect_out "Periodens resultaträkning, balansräkning och kassaflödesanalys"
finish
