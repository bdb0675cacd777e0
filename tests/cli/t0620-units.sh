# The interim report and the plan in tkr (--unit tkr): every table adds up
# in the unit as printed (the interim table, the period's statements, the
# budget of three years, the members' shares, the equity of the coming
# years), the text of "Ekonomiskt utfall" states tkr, JSON keeps exact öre
# whatever the unit, and a bad unit is refused.
. "$SRC/tests/cli/lib.sh"
db="$T/demo.db"

run --db "$db" demo
expect_rc 0 "demo"
# Figures that do not fall on whole thousands: forecasts of the demo year
# and the budgets of the two years after it.
run --db "$db" budget forecast "Kansli och administration" "-401 499,50" --year 2025 --comment "Lägre arvoden"
expect_rc 0 "forecast kansli"
run --db "$db" budget forecast "Insatser" "-1 234 567,89" --year 2025 --comment "Senare start"
expect_rc 0 "forecast insatser"
cat > "$T/b.csv" <<'CSV'
år;typ;grupp;rad;belopp
2026;intäkt;Parternas insats;Driftbidrag;1 512 345
2026;intäkt;;Skatteverket;20 499,50
2026;kostnad;Kansli och administration;Förbundschef;-355 499,50
2026;kostnad;Kansli och administration;Revision;-24 499,50
2026;kostnad;Insatser;Steget vidare;-680 500
2026;kostnad;Insatser;Vägen in;-210 499
2026;kostnad;;Ej beslutade insatser;-100 499
2027;intäkt;Parternas insats;Driftbidrag;1 498 765
2027;kostnad;Kansli och administration;Förbundschef;-361 501
2027;kostnad;Insatser;Steget vidare;-700 499,49
2027;kostnad;Insatser;Unga vuxna;-333 333,33
CSV
run --db "$db" budget import "$T/b.csv"
expect_rc 0 "budget import"

# ---- JSON: exact öre in either unit ---------------------------------------
for what in "interim --year 2025" "plan --year 2025"; do
	# shellcheck disable=SC2086
	run --db "$db" report $what --draft --format json
	expect_rc 0 "$what json"
	cp "$T/out" "$T/kr.json"
	# shellcheck disable=SC2086
	run --db "$db" report $what --draft --unit tkr --format json
	expect_rc 0 "$what json tkr"
	checks=$((checks + 1))
	cmp -s "$T/out" "$T/kr.json" || fail "$what: JSON in tkr differs from JSON in kr"
done
run --db "$db" report interim --year 2025 --draft --format json
cp "$T/out" "$T/i.json"
expect_json "$T/i.json" equity 43494922
checks=$((checks + 1))
python3 - "$T/i.json" <<'PY' || fail "interim JSON does not add up"
import json, sys
d = json.load(open(sys.argv[1]))
a = d["areas"]
assert a[0]["forecast"] == -40149950, a[0]
for r in a:
    assert r["remaining"] == r["budget"] - r["booked"], r
    assert r["deviation"] == r["forecast"] - r["budget"], r
assert d["forecast_equity"] == d["total_funds"] + sum(r["forecast"] for r in a), d
PY
run --db "$db" report plan --year 2025 --draft --format json
cp "$T/out" "$T/p.json"
checks=$((checks + 1))
python3 - "$T/p.json" <<'PY' || fail "plan JSON does not add up"
import json, sys
b = json.load(open(sys.argv[1]))["budget"]
for j, y in enumerate(b["years"]):
    assert y["revenue_total"] == y["grant"] + y["other_revenue"] + y["equity"], y
    assert y["forecast_equity"] == y["revenue_total"] + y["cost_total"], y
    assert sum(s["amounts"][j] for s in b["shares"]) == y["grant"], y
PY

# ---- text in tkr: every table adds up as printed ---------------------------
cat > "$T/tables.py" <<'PY'
import re, sys
NUM = r"-?\d{1,3}(?: \d{3})*"
def num(s): return int(s.replace(" ", ""))
def rows(block):
    """Each line of figures: its label and its figures (None where blank)."""
    lines = block.splitlines()
    # A period's heading binds its dash to the end date with a no-break space.
    head = next(l for l in lines if l.startswith("Belopp i tkr")).replace("\u00a0", "_")
    # Each column ends where its heading ends.
    ends = [m.end() for m in re.finditer(r"\S+(?: \S+)*", head)][1:]
    out = []
    for line in lines:
        if line.startswith("Belopp") or not re.search(r"\d\s*$", line):
            continue
        m = re.match(r"^\s*(\S.*?)\s{2,}", line)
        if not m:
            continue
        figs = []
        for k, e in enumerate(ends):
            s = ends[k - 1] if k else m.end() - 1
            cell = line[s:e].strip() if len(line) >= e - 1 else ""
            figs.append(num(cell) if re.fullmatch(NUM, cell) else None)
        out.append((m.group(1).strip(), figs))
    return out
def block(t, start, stop=None):
    i = t.index(start)
    j = t.index(stop, i) if stop else len(t)
    return t[i:j]
PY

# in_tkr WHAT FILE: report WHAT in tkr, its text kept in FILE.
in_tkr() {
	# shellcheck disable=SC2086
	run --db "$db" report $1 --year 2025 --draft --unit tkr
	expect_rc 0 "$1 tkr"
	expect_out "Belopp i tkr"
	cp "$T/out" "$2"
	checks=$((checks + 1))
}

in_tkr interim "$T/i.txt"
expect_joined "har förbundet bokfört kostnader på 875 tkr"
expect_joined "Prognosen för helåret är kostnader på 1 736 tkr"
python3 - "$T/i.txt" "$T/tables.py" <<'PY' || fail "interim: a tkr table does not add up"
import sys
exec(open(sys.argv[2]).read())
t = open(sys.argv[1], encoding="utf-8").read()
r = rows(block(t, "Budget, utfall och prognos", "Prognos eget kapital /"))
d = dict(r)
costs = [f for l, f in r[:r.index(("Summa kostnader", d["Summa kostnader"]))]]
for c in range(5):
    assert sum(f[c] for f in costs) == d["Summa kostnader"][c], (c, costs, d["Summa kostnader"])
for l, f in r:
    if None not in f:
        assert f[2] == f[0] - f[1] and f[4] == f[3] - f[0], (l, f)
revenue = [f for l, f in r[r.index(("Summa kostnader", d["Summa kostnader"])) + 1:] if None not in f]
funds = d["Eget kapital vid årets början"][3] + sum(f[3] for f in revenue)
assert funds == d["Totala medel"][3], (funds, d["Totala medel"])
assert funds + d["Summa kostnader"][3] == d["Prognos eget kapital vid årets slut"][3]
# The forecast 401 499,50 kr and 1 234 567,89 kr, with the undecided 100 000.
assert d["Summa kostnader"][3] == -1736, d["Summa kostnader"]
s = dict(rows(block(t, "Resultaträkning", "Balansräkning")))
for c in range(2):
    assert s["Verksamhetens intäkter"][c] + s["Verksamhetens kostnader"][c] == s["Verksamhetens nettokostnad"][c]
b = dict(rows(block(t, "Balansräkning", "Kassaflödesanalys")))
for c in range(2):
    assert sum(b[k][c] for k in ("Anläggningstillgångar", "Fordringar", "Kassa och bank")) == b["Summa tillgångar"][c]
    assert b["Eget kapital"][c] == b["därav periodens resultat"][c] + b["därav övrigt eget kapital"][c]
PY

in_tkr plan "$T/p.txt"
expect_joined "enligt budgeten, 1 500 tkr"
python3 - "$T/p.txt" "$T/tables.py" <<'PY' || fail "plan: a tkr table does not add up"
import sys
exec(open(sys.argv[2]).read())
t = open(sys.argv[1], encoding="utf-8").read()
bud = block(t, "Belopp i tkr", "Prognos eget kapital /")
r = rows(bud)
labels = [l for l, f in r]
d = dict(r)
n = len(d["Parternas insats"])
assert n == 3, d["Parternas insats"]
for c in range(n):
    grant = d["Parternas insats"][c]
    members = sum(f[c] or 0 for l, f in r[:labels.index("Parternas insats")])
    assert members == grant, (c, members, grant)
    rev = sum(f[c] or 0 for l, f in r[labels.index("Parternas insats") + 1:labels.index("Summa intäkter")])
    assert grant + rev == d["Summa intäkter"][c], c
    costs, group, total = 0, 0, 0
    for l, f in r[labels.index("Summa intäkter") + 1:labels.index("Summa totala kostnader")]:
        if l.startswith("Summa "):
            assert group == (f[c] or 0), (c, l, group, f)
            group = 0
            continue
        group += f[c] or 0
        total += f[c] or 0
    assert total == d["Summa totala kostnader"][c], (c, total)
    assert d["Summa intäkter"][c] + d["Summa totala kostnader"][c] == d["Prognos eget kapital"][c]
# The members' shares: each year's column is the year's grant.
sh = block(t, "Medlemmarnas andelar", "Eget kapital de kommande åren")
lines = [l for l in sh.splitlines()[3:] if l.strip()]
for c in range(n):
    s = sum(num(re.split(r"\s{2,}", l.strip())[2 + 2 * c]) for l in lines)
    assert s == d["Parternas insats"][c], (c, s)
m = dict(rows(block(t, "Eget kapital de kommande åren", "Eget kapital är")))
cols = len(m["Årets resultat"])
assert cols == 3, m
for c in range(cols):
    assert m["Verksamhetens intäkter"][c] + m["Verksamhetens kostnader"][c] + m["Finansiella poster, netto"][c] == m["Årets resultat"][c], c
    assert m["Eget kapital vid årets början"][c] + m["Årets resultat"][c] == m["Eget kapital vid årets slut"][c], c
    if c:
        assert m["Eget kapital vid årets början"][c] == m["Eget kapital vid årets slut"][c - 1], c
PY

# ---- kr stays the default; a bad unit is refused ---------------------------
run --db "$db" report plan --year 2025 --draft --unit kr
expect_rc 0 "plan kr"
expect_out "Belopp i kr"
for what in "interim --year 2025" "plan --year 2025"; do
	# shellcheck disable=SC2086
	run --db "$db" report $what --unit mkr
	expect_rc 2 "$what --unit mkr"
	expect_err "--unit ska vara kr eller tkr"
done
run --db "$db" report interim --help
expect_out "--unit E"
run --db "$db" report plan --help
expect_out "--unit E"

finish
