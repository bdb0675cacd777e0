# t0960-report-followup.sh: the national follow-up of the demo förbund's
# year agrees with the annual report's own figures of the same year
# (participants per intervention, paid in the year, the members' grants,
# equity / grant), in JSON and CSV, and hides a small cell and what would
# give it away.
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/web_lib.sh"

web_demo
# A small group: two anonymous women in Steget vidare.
run --db "$db" insats anonymous "Steget vidare" --from 2025-09-01 --to 2025-09-30 --women 2 --men 6
expect_rc 0 "insats anonymous"

run --db "$db" report followup --year 2025 --format json
expect_rc 0 "report followup json"
cp "$T/out" "$T/fu.json"
run --db "$db" report followup --year 2025 --format csv
expect_rc 0 "report followup csv"
cp "$T/out" "$T/fu.csv"
run --db "$db" report annual --year 2025 --draft --format json
expect_rc 0 "report annual json"
cp "$T/out" "$T/annual.json"
run --db "$db" report commitments --year 2024 --format json
expect_rc 0 "report commitments 2024"
cp "$T/out" "$T/c2024.json"
for i in "Steget vidare" "Unga i arbete"; do
	run --db "$db" report participants --year 2025 --insats "$i" --format json --unprotected
	expect_rc 0 "participants $i"
	cp "$T/out" "$T/p-$i.json"
done

# Worked out by hand: the anonymous women of Steget vidare (2) are small;
# its men (6) would give them away through the row's total (8), Unga i
# arbete's women (7) through the column's total (9), and then Unga i
# arbete's men (9) through the men's total (15): all three are "x".
expect_json "$T/fu.json" min_cell 5

# Everything else against the annual report and the register's statistics.
checks=$((checks + 1))
python3 - "$T" <<'PY' || fail "the follow-up differs from the annual report"
import csv, json, sys
T = sys.argv[1]
fu = json.load(open(T + "/fu.json"))
an = json.load(open(T + "/annual.json"))
c24 = json.load(open(T + "/c2024.json"))
bad = []
def eq(what, got, want):
    if got != want:
        bad.append("%s: %r, expected %r" % (what, got, want))
# The hidden cells worked out by hand (above); "<5" and "x" are texts.
rows = fu["participants"]
eq("anonymous of Steget vidare", rows[0]["anonymous"], {"women": "<5", "men": "x", "total": 8})
eq("anonymous of Unga i arbete", rows[1]["anonymous"], {"women": "x", "men": "x", "total": 16})
eq("anonymous sum", rows[2]["anonymous"], {"women": 9, "men": 15, "total": 24})
eq("sum row id", rows[2]["intervention_id"], None)
eq("Steget vidare id", rows[0]["intervention_id"], 1)
# Participants: each intervention as its own statistics, the sum row as the
# annual report's (which counts the anonymous apart).
rows = fu["participants"]
eq("participant rows", [r["name"] for r in rows], ["Steget vidare", "Unga i arbete", "Summa"])
for r in rows[:2]:
    p = json.load(open(T + "/p-" + r["name"] + ".json"))
    for m in ("enrolled", "new", "exited"):
        for s in ("women", "men", "total"):
            eq(r["name"] + " " + m + "." + s, r[m][s], p[m][s])
for m in ("enrolled", "new", "exited", "anonymous"):
    eq("sum " + m, rows[2][m]["total"], an["participants"][m]["total"])
# Money: the year's budget line and what was paid in the year (paid by the
# end of 2025 less by the end of 2024, as the commitments count it).
paid = {c["name"]: c["paid"] for c in an["commitments"]["interventions"]}
paid0 = {c["name"]: c["paid"] for c in c24["interventions"]}
iv = fu["interventions"]
eq("intervention rows", [r["name"] for r in iv],
   ["Steget vidare", "Unga i arbete", "Kompetensdag Norrdalen", "Vägen in", "Summa"])
for r in iv[:-1]:
    eq(r["name"] + " outcome", r["outcome"], paid[r["name"]] - paid0.get(r["name"], 0))
eq("Steget vidare budget", iv[0]["budget"], 68000000)
eq("Vägen in budget", iv[3]["budget"], 21000000)
eq("budget sum", iv[-1]["budget"], sum(r["budget"] for r in iv[:-1]))
eq("outcome sum", iv[-1]["outcome"], sum(r["outcome"] for r in iv[:-1]))
op = {r["name"]: r for r in an["operating"]["rows"]}
eq("budget sum = the driftredovisning's Insatser", iv[-1]["budget"], -op["Insatser"]["budget"])
eq("outcome sum = the driftredovisning's Insatser", iv[-1]["outcome"], -op["Insatser"]["outcome"])
# Grants: the note on revenue per member.
g = fu["grants"]
eq("grants", [(r["name"], r["grant"]) for r in g[:-1]],
   [(r["name"], r["amount"]) for r in an["notes"]["revenue_by_member"]])
eq("grants sum", g[-1]["grant"], sum(r["amount"] for r in an["notes"]["revenue_by_member"]))
# Equity: the balance sheet's, the grant and the ratio of the overview.
eq("equity", fu["equity"]["equity"], an["balance_sheet"]["equity"])
eq("grant", fu["equity"]["grant"], an["grant"])
eq("equity_to_grant", fu["equity"]["equity_to_grant"], an["ratios"]["equity_to_grant"])
# CSV: the same figures, exact, the hidden cells as in JSON.
text = open(T + "/fu.csv", encoding="utf-8").read()
lines = [l for l in csv.reader(text.splitlines(), delimiter=";")]
def find(first):
    for i, l in enumerate(lines):
        if l and l[0] == first:
            return i
    bad.append("no CSV row " + first)
    return None
ix = [k for k, l in enumerate(lines) if l[:5] == ["Id", "Insats", "Inskrivna kvinnor", "Inskrivna män", "Inskrivna totalt"]]
if ix:
    i = ix[0]
    eq("CSV Steget vidare", lines[i + 1][:2], ["1", "Steget vidare"])
    eq("CSV anonymous of Steget vidare", lines[i + 1][11:14], ["<5", "x", "8"])
    eq("CSV sum enrolled", lines[i + 3][1:5], ["Summa"] + [str(rows[2]["enrolled"][s]) for s in ("women", "men", "total")])
else:
    bad.append("no CSV table of participants")
ix = [k for k, l in enumerate(lines) if l[:4] == ["Id", "Insats", "Budget", "Kostnad"]]
if ix:
    k = ix[0] + 1
    eq("CSV Steget vidare budget", lines[k][1:4], ["Steget vidare", "680000,00", "%d,%02d" % divmod(iv[0]["outcome"], 100)])
else:
    bad.append("no CSV table of budget and outcome")
g0 = [l for l in lines if len(l) > 3 and l[1] == "Försäkringskassan"]
eq("CSV grant", g0[0][3] if g0 else None, "%d,%02d" % divmod(g[0]["grant"], 100))
e = [l for l in lines if len(l) > 2 and l[0] == "equity" and l[1] == "equity"]
eq("CSV equity", e[0][3] if e else None, "%d,%02d" % divmod(an["balance_sheet"]["equity"], 100))
for b in bad:
    print(b)
sys.exit(1 if bad else 0)
PY

# The other formats are written; a missing year is refused.
for f in text md html xlsx; do
	run --db "$db" report followup --year 2025 --format "$f" -o "$T/fu.$f"
	expect_rc 0 "format $f"
done
run --db "$db" report followup --year 2025 --unit tkr
expect_rc 0 "tkr"
expect_out "Uppföljning Finsam 2025"
expect_out "Eget kapital / driftbidrag"
run --db "$db" report followup --format json
expect_rc 2 "no year"

# The web lists it under Rapporter for the board, not for a registrar.
web_serve
login bo "korvmacka-123" "$T/bo"
get /rapporter "$T/bo"
expect_code 200 "rapporter, board"
expect_body "/rapporter/uppfoljning-finsam/" "the board's list"
get /rapporter/uppfoljning-finsam/2025 "$T/bo"
expect_code 200 "the follow-up page, board"
expect_body "Uppföljning Finsam 2025" "the follow-up page"
expect_body "&lt;5" "a small cell on the page"
get /rapporter/uppfoljning-finsam/2025.xlsx "$T/bo"
expect_code 200 "the follow-up as XLSX"
# In kr or tkr, as the reader chooses, as on the command line.
get "/rapporter/uppfoljning-finsam/2025?enhet=tkr" "$T/bo"
expect_code 200 "the follow-up in tkr"
expect_body "Belopp i tkr" "the follow-up in tkr"
expect_body 'href="/rapporter/uppfoljning-finsam/2025.xlsx?enhet=tkr"' "the download in tkr"
get "/rapporter/uppfoljning-finsam/2025?enhet=mkr" "$T/bo"
expect_code 400 "an unknown unit"
expect_body "Enheten ska vara kr eller tkr." "an unknown unit"
login rita "korvmacka-123" "$T/rita"
get /rapporter "$T/rita"
expect_code 200 "rapporter, registrar"
expect_no_body "uppfoljning-finsam" "the registrar's list"
get /rapporter/uppfoljning-finsam/2025 "$T/rita"
expect_code 404 "the follow-up page, registrar"

finish
