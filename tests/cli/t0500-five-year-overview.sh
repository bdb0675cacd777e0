# The five-year overview of the annual report shows the income statement's
# own lines (Jämtland 2022: revenue 7 929 730, not revenue and financial
# income together, 7 978 308), with the financial items, the result after
# them and the year's result as rows of their own, in every format.
. "$SRC/tests/cli/lib.sh"
db="$T/j.db"

run --db "$db" init --name "Samordningsförbundet i Jämtlands län" --orgnr 222000-1990
expect_rc 0 "init"
run --db "$db" import sie "$SRC/tests/data/sie/jamtland-2022.se"
expect_rc 0 "import"

run --db "$db" report annual --year 2022 --format json
expect_rc 0 "annual json"
cp "$T/out" "$T/annual.json"
checks=$((checks + 1))
python3 - "$T/annual.json" <<'PY' || fail "five_year_overview differs from the income statement"
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
    return None
rows = {r["year"]: r for r in find(doc, "five_year_overview")}
want = {
    2022: dict(revenue=792973000, expenses=-1029530800, financial_net=4857800,
               result_after_financial=-231700000, result=-231700000, equity=374000000),
    2021: dict(revenue=850199700, expenses=-703333800, financial_net=-10745900,
               result_after_financial=136120000, result=136120000, equity=605700000),
}
for y, w in want.items():
    for k, v in w.items():
        assert rows[y][k] == v, (y, k, rows[y][k], v)
PY

run --db "$db" report annual --year 2022
expect_rc 0 "annual text"
cp "$T/out" "$T/annual.txt"
checks=$((checks + 1))
python3 - "$T/annual.txt" <<'PY' || fail "the overview's text rows differ from the income statement"
import sys
text = open(sys.argv[1]).read()
ov = text[text.index("1.1 Översikt över verksamhetens utveckling"):]
ov = ov[:ov.index("1.2 ")]
def row(label):
    line = next(l for l in ov.splitlines() if l.startswith(label + " "))
    return line[len(label):].split("  ")
lines = {l.split("  ")[0].strip(): l for l in ov.splitlines()}
def cells(label):
    line = next(l for l in ov.splitlines() if l.startswith(label))
    rest = line[len(label):].strip()
    return [c.strip() for c in rest.split("  ") if c.strip()]
assert cells("Verksamhetens intäkter") == ["7 929 730", "8 501 997"], cells("Verksamhetens intäkter")
assert cells("Verksamhetens kostnader") == ["-10 295 308", "-7 033 338"], cells("Verksamhetens kostnader")
assert cells("Resultat efter finansiella poster") == ["-2 317 000", "1 361 200"]
assert cells("Årets resultat") == ["-2 317 000", "1 361 200"]
assert "7 978 308" not in text
PY
finish
