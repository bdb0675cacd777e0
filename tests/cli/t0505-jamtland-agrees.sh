# A förbund whose books reproduce the statements of Jämtland's annual report
# 2022 (seed 002; kronor exact where the notes give them): every figure of
# the annual report's five-year overview and statements, in text,
# Markdown, JSON and PDF, agrees with `report statements` (JSON, öre): the
# overview's revenue is 7 929 730, never 7 978 308.
. "$SRC/tests/cli/lib.sh"
db="$T/j.db"

run --db "$db" init --name "Samordningsförbundet i Jämtlands län" --orgnr 222000-1990
expect_rc 0 "init"
run --db "$db" import sie "$SRC/tests/data/sie/jamtland-2022.se"
expect_rc 0 "import"
run --db "$db" budget import "$SRC/tests/data/budget/jamtland-2022.csv"
expect_rc 0 "budget"
run --db "$db" check
expect_rc 0 "the books hold together"

run --db "$db" report statements --year 2022 --format json
expect_rc 0 "statements json"
cp "$T/out" "$T/statements.json"
# The published figures (tkr) the books reproduce.
expect_json "$T/statements.json" "income_statement.revenue" "792973000"
expect_json "$T/statements.json" "income_statement.expenses" "-1029530800"
expect_json "$T/statements.json" "income_statement.result" "-231700000"
expect_json "$T/statements.json" "balance_sheet.equity" "374000000"
expect_json "$T/statements.json" "balance_sheet.current_liabilities" "379007700"
expect_json "$T/statements.json" "balance_sheet.total_assets" "1001902200"
expect_json "$T/statements.json" "cash_flow.net_cash_flow" "-168673300"

for f in text md json; do
	run --db "$db" report annual --year 2022 --format "$f"
	expect_rc 0 "annual $f"
	cp "$T/out" "$T/annual.$f"
done
formats="text md json"
if command -v pdftotext > /dev/null 2>&1; then
	run --db "$db" report annual --year 2022 --format pdf -o "$T/annual.pdf"
	expect_rc 0 "annual pdf"
	pdftotext -layout "$T/annual.pdf" "$T/annual.pdf.txt" || fail "pdftotext"
	formats="$formats pdf"
else
	echo "pdftotext is missing: the PDF is not compared" >&2
fi

for f in $formats; do
	checks=$((checks + 1))
	python3 - "$T" "$f" <<'PY' || fail "annual report ($f) disagrees with report statements"
import json, re, sys
T, fmt = sys.argv[1], sys.argv[2]
st = json.load(open(T + "/statements.json"))
years = [(2022, st), (2021, st["previous_year"])]

def kr(ore):
    v = abs(ore) // 100 + (1 if abs(ore) % 100 >= 50 else 0)
    s = f"{v:,}".replace(",", " ")
    return ("-" if ore < 0 and v else "") + s

def pct(num, den):
    # num / den as "47,2 %", rounded half away from zero as finsam does.
    x = (abs(num) * 2000 // den + 1) // 2
    return ("-" if num < 0 else "") + f"{x // 10},{x % 10} %"

def ratio_pct(ratio, shown):
    # A ratio JSON gives to four decimals, shown to one decimal of a per cent.
    v = float(shown.replace(" %", "").replace(",", ".")) / 100
    return abs(v - float(ratio)) <= 0.00051

# What the overview must show, row by row, newest year first.
ov = {
    "Verksamhetens intäkter": lambda s: kr(s["income_statement"]["revenue"]),
    "Verksamhetens kostnader": lambda s: kr(s["income_statement"]["expenses"]),
    "Finansiella poster, netto": lambda s: kr(s["income_statement"]["financial_income"]
                                              + s["income_statement"]["financial_expenses"]),
    "Resultat efter finansiella poster": lambda s: kr(s["income_statement"]["result_after_financial"]),
    "Årets resultat": lambda s: kr(s["income_statement"]["result"]),
    "Eget kapital": lambda s: kr(s["balance_sheet"]["equity"]),
    "Soliditet": lambda s: pct(s["balance_sheet"]["equity"], s["balance_sheet"]["total_assets"]),
}
income = {
    "Verksamhetens intäkter": "revenue", "Verksamhetens kostnader": "expenses",
    "Verksamhetens nettokostnad": "net_cost", "Finansiella intäkter": "financial_income",
    "Finansiella kostnader": "financial_expenses",
    "Resultat efter finansiella poster": "result_after_financial", "Årets resultat": "result",
}
balance = {
    "Fordringar": "receivables", "Kassa och bank": "cash_and_bank", "Summa tillgångar": "total_assets",
    "Eget kapital": "equity", "Avsättningar": "provisions", "Kortfristiga skulder": "current_liabilities",
    "Summa eget kapital, avsättningar och skulder": "total_equity_and_liabilities",
}

if fmt == "json":
    doc = json.load(open(T + "/annual.json"))
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
    rows = {r["year"]: r for r in find(doc, "five_year_overview")}
    assert sorted(rows) == [2021, 2022], sorted(rows)
    for y, s in years:
        r, i = rows[y], s["income_statement"]
        assert r["revenue"] == i["revenue"], (y, r["revenue"])
        assert r["expenses"] == i["expenses"]
        assert r["financial_net"] == i["financial_income"] + i["financial_expenses"]
        assert r["result_after_financial"] == i["result_after_financial"]
        assert r["result"] == i["result"]
        assert r["equity"] == s["balance_sheet"]["equity"]
        assert r["solidity"] == s["ratios"]["solidity"]
        assert r["equity_to_grant"] == s["ratios"]["equity_to_grant"]
    assert rows[2022]["revenue"] == 792973000 and rows[2022]["revenue"] != 797830800
    # The statements grafted into the annual report are the report's own.
    for key in ("income_statement", "balance_sheet", "cash_flow", "ratios"):
        assert find(doc, key) == st[key], key
    sys.exit(0)

text = open(T + ("/annual.pdf.txt" if fmt == "pdf" else "/annual." + fmt)).read()
NUM = re.compile(r"-?\d{1,3}(?: \d{3})*(?:,\d %)?")

def cells(part, label):
    for line in part.splitlines():
        l = line.replace("**", "").replace("\u2212", "-").strip()
        if fmt == "md":
            l = l.strip("|").strip()
            if not l.startswith(label + " |"):
                continue
            return [c.strip() for c in l.split("|")[1:] if c.strip()]
        if l.startswith(label) and (len(l) == len(label) or l[len(label)] == " "):
            rest = l[len(label):]
            if re.match(r"^\s+-?\d", rest):
                return [c.strip() for c in re.split(r"\s{2,}", rest.strip())]
    raise AssertionError(f"{fmt}: no row '{label}'")

# The last heading: a PDF lists the sections first.
text = text.replace("1\\.1 Översikt", "1.1 Översikt").replace("1\\.2 Viktiga", "1.2 Viktiga")
start = text.rindex("1.1 Översikt")
end = text.index("1.2 Viktiga", start)
overview = text[start:end]
for label, f in ov.items():
    want = [f(s) for _, s in years]
    got = cells(overview, label)
    assert got == want, (fmt, "overview", label, got, want)
got = cells(overview, "Eget kapital / driftbidrag")
assert got[0] == pct(st["balance_sheet"]["equity"], st["grant"]), (fmt, got, st["grant"])
for (_, s), shown in zip(years, got):
    assert ratio_pct(s["ratios"]["equity_to_grant"], shown), (fmt, shown, s["ratios"])
assert "enligt budgeten, 7 928 000 kr" in " ".join(overview.split()), "the grant's basis"
assert "7 978 308" not in text

def lines_of(got):
    # A line explained by a note has the note's number before its amounts.
    return got[1:] if len(got) == 3 and got[0].isdigit() else got

part = text[text.index("Resultaträkning", end):]
is_part = part[:part.index("Balansräkning")]
for label, key in income.items():
    want = [kr(s["income_statement"][key]) for _, s in years]
    got = lines_of(cells(is_part, label))
    assert got == want, (fmt, "income statement", label, got, want)
bs_part = part[part.index("Balansräkning"):part.index("Kassaflödesanalys")]
for label, key in balance.items():
    want = [kr(s["balance_sheet"][key]) for _, s in years]
    got = lines_of(cells(bs_part, label))
    assert got == want, (fmt, "balance sheet", label, got, want)
PY
done
finish
