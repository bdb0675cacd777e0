# XLSX: the demo förbund's statements, budget and participant statistics as
# workbooks, read back by tests/cli/xlsx_read.py (python3's zipfile and XML
# parser, nothing of the library that wrote them). The figures are numbers,
# not texts, equal to the JSON's öre in the report's unit, the sums are the
# text report's, the formats group thousands the Swedish way, protected
# cells stay text, and the same report gives the same bytes.
. "$SRC/tests/cli/lib.sh"
db="$T/demo.db"
read_xlsx() { python3 "$SRC/tests/cli/xlsx_read.py" "$@"; }

# kr ORE: öre to whole kronor, half away from zero, as the text report rounds.
kr() {
	python3 -c 'import sys; v = int(sys.argv[1]); print((abs(v) + 50) // 100 * (1 if v >= 0 else -1))' "$1"
}

# expect_row FILE SHEET EXPECTED: the row of SHEET whose label is the first
# cell of EXPECTED is EXPECTED ("s:Label;n:1500000;n:1500000").
expect_row() {
	checks=$((checks + 1))
	label=$(printf '%s\n' "$3" | cut -d';' -f1 | sed 's/^s://')
	got=$(read_xlsx "$1" row "$2" "$label") || { fail "$2: no row '$label'"; return; }
	[ "$got" = "$3" ] || fail "$2: row is '$got', expected '$3'"
}

# expect_cell FILE SHEET REF EXPECTED: type, value, format and style.
expect_cell() {
	checks=$((checks + 1))
	got=$(read_xlsx "$1" cell "$2" "$3" | tr '\t' '|') || { fail "$2!$3: no such cell"; return; }
	[ "$got" = "$4" ] || fail "$2!$3 is '$got', expected '$4'"
}

# json_value FILE PATH: the value at PATH in the JSON in FILE.
json_value() {
	python3 -c 'import json, sys
v = json.load(open(sys.argv[1]))
for k in sys.argv[2].split("."): v = v[k]
print(v)' "$1" "$2"
}

run --db "$db" demo
expect_rc 0 "demo"

# ---- Statements --------------------------------------------------------
run --db "$db" report statements --year 2025 --format xlsx -o "$T/s.xlsx"
expect_rc 0 "statements xlsx"
checks=$((checks + 1))
[ "$(head -c 4 "$T/s.xlsx" | od -An -c | tr -d ' ')" = "PK003004" ] || fail "s.xlsx is not a zip"
checks=$((checks + 1))
[ "$(read_xlsx "$T/s.xlsx" sheets | tr '\n' '|')" = \
  "Rapport|Resultaträkning|Balansräkning|Kassaflödesanalys|Nyckeltal|" ] ||
	fail "statements sheets: $(read_xlsx "$T/s.xlsx" sheets | tr '\n' '|')"

run --db "$db" report statements --year 2025 --format json
cp "$T/out" "$T/s.json"
run --db "$db" report statements --year 2025
cp "$T/out" "$T/s.txt"

# Each figure is a number equal to the JSON's öre in whole kronor, for
# 2025 and 2024 alike.
for pair in "income_statement.revenue|Resultaträkning|Verksamhetens intäkter" \
	"income_statement.expenses|Resultaträkning|Verksamhetens kostnader" \
	"income_statement.net_cost|Resultaträkning|Verksamhetens nettokostnad" \
	"income_statement.financial_income|Resultaträkning|Finansiella intäkter" \
	"income_statement.result|Resultaträkning|Årets resultat" \
	"balance_sheet.cash_and_bank|Balansräkning|Kassa och bank" \
	"balance_sheet.total_assets|Balansräkning|Summa tillgångar" \
	"balance_sheet.current_liabilities|Balansräkning|Kortfristiga skulder" \
	"cash_flow.net_cash_flow|Kassaflödesanalys|Årets kassaflöde" \
	"cash_flow.cash_end|Kassaflödesanalys|Likvida medel vid årets slut"; do
	key=${pair%%|*}
	rest=${pair#*|}
	sheet=${rest%%|*}
	label=${rest#*|}
	now=$(kr "$(json_value "$T/s.json" "$key")")
	before=$(kr "$(json_value "$T/s.json" "previous_year.$key")")
	expect_row "$T/s.xlsx" "$sheet" "s:$label;n:$now;n:$before"
done

# Swedish grouping, the sum set off as in the text report.
expect_cell "$T/s.xlsx" Resultaträkning B3 "n|1500000|[\$-41D]#,##0|-"
expect_cell "$T/s.xlsx" Resultaträkning B2 "s|2025|General|bold,bottom"
expect_cell "$T/s.xlsx" Resultaträkning B5 "n|-301316|[\$-41D]#,##0|bold,top"
expect_cell "$T/s.xlsx" Resultaträkning A5 "s|Verksamhetens nettokostnad|General|bold,top"

# A sum row is the sum of its parts as the text report shows them: the net
# cost -301 316 of 1 500 000 and -1 801 316, the result -300 106 of that,
# 1 210 and 0.
checks=$((checks + 1))
python3 - "$SRC/tests/cli/xlsx_read.py" "$T/s.xlsx" "$T/s.txt" <<'PY' || fail "the sums do not add up"
import importlib.util, re, sys
spec = importlib.util.spec_from_file_location("xlsx_read", sys.argv[1])
x = importlib.util.module_from_spec(spec); spec.loader.exec_module(x)
cells = x.Workbook(sys.argv[2]).cells("Resultaträkning")
rows = {}
for (r, c), (t, v, fmt, marks) in cells.items():
    if c == 0:
        rows[v] = r
def val(label, col):
    t, v, _, _ = cells[rows[label], col]
    assert t == "n", (label, t, v)
    return v
text = open(sys.argv[3], encoding="utf-8").read()
def shown(label):
    m = re.search(r"^" + re.escape(label) + r"\s+(-?[\d ]+?)\s{2,}(-?[\d ]+)$", text, re.M)
    return [int(g.replace(" ", "")) for g in m.groups()]
for col in (1, 2):
    net = val("Verksamhetens intäkter", col) + val("Verksamhetens kostnader", col)
    assert net == val("Verksamhetens nettokostnad", col), col
    res = net + val("Finansiella intäkter", col) + val("Finansiella kostnader", col)
    assert res == val("Årets resultat", col), col
    for label in ("Verksamhetens nettokostnad", "Årets resultat"):
        assert val(label, col) == shown(label)[col - 1], (label, col)
PY

# Ratios: the percentage shown, as a share with a percent format.
expect_row "$T/s.xlsx" Nyckeltal "s:Soliditet (eget kapital / summa tillgångar);n:0.211;n:0.552"
expect_cell "$T/s.xlsx" Nyckeltal B3 "n|0.211|[\$-41D]0.0 %|-"
expect_out "21,1 %" "text shows the same ratio"

# The first sheet: title, association, links to the sheets, the note.
checks=$((checks + 1))
read_xlsx "$T/s.xlsx" rows Rapport > "$T/rapport"
for line in "s:Finansiella rapporter 2025" "s:Samordningsförbundet Norrdalen" "s:Balansräkning" \
	"s:Beloppen är avrundade till hela kronor var för sig; summorna är beräknade på exakta belopp."; do
	grep -qxF -- "$line" "$T/rapport" || fail "Rapport: no line '$line' in: $(cat "$T/rapport")"
done

# The same report, the same bytes; the temporary file is gone.
mkdir -p "$T/tmp"
TMPDIR="$T/tmp" "$FINSAM" --db "$db" report statements --year 2025 --format xlsx -o "$T/s2.xlsx"
checks=$((checks + 1))
cmp -s "$T/s.xlsx" "$T/s2.xlsx" || fail "two renderings differ"
checks=$((checks + 1))
[ -z "$(ls -A "$T/tmp")" ] || fail "temporary files left: $(ls -A "$T/tmp")"

# Into a pipe or a file by redirection it goes; to a terminal it does not.
run --db "$db" report statements --year 2025 --format xlsx
expect_rc 0 "xlsx to a file by redirection"
checks=$((checks + 1))
cmp -s "$T/out" "$T/s.xlsx" || fail "xlsx on standard output differs from -o"
checks=$((checks + 1))
python3 - "$FINSAM" "$db" > "$T/tty" 2>&1 <<'PY' || fail "xlsx on a terminal: $(cat "$T/tty")"
import os, pty, subprocess, sys
master, slave = pty.openpty()
p = subprocess.run([sys.argv[1], "--db", sys.argv[2], "report", "statements", "--format", "xlsx"],
                   stdout=slave, stderr=subprocess.PIPE)
os.close(slave)
os.close(master)
err = p.stderr.decode()
assert p.returncode == 2, p.returncode
assert "skrivs inte till terminalen" in err and "-o rapport.xlsx" in err, err
PY

# ---- Budget --------------------------------------------------------------
run --db "$db" report budget --year 2025 --format xlsx -o "$T/b.xlsx"
expect_rc 0 "budget xlsx"
run --db "$db" report budget --year 2025 --format json
cp "$T/out" "$T/b.json"
run --db "$db" report budget --year 2025
cp "$T/out" "$T/b.txt"
expect_row "$T/b.xlsx" "Budget 2025" "s:Parternas insats;n:$(kr "$(json_value "$T/b.json" budget.grant)")"
expect_row "$T/b.xlsx" "Budget 2025" \
	"s:Eget kapital vid årets början;n:$(kr "$(json_value "$T/b.json" budget.equity_2)")"
expect_row "$T/b.xlsx" "Budget 2025" "s:Summa intäkter;n:$(kr "$(json_value "$T/b.json" revenue_total)")"
expect_row "$T/b.xlsx" "Budget 2025" "s:Summa totala kostnader;n:$(kr "$(json_value "$T/b.json" cost_total)")"
expect_row "$T/b.xlsx" "Budget 2025" "s:Prognos eget kapital;n:$(kr "$(json_value "$T/b.json" forecast_equity)")"
# 1 500 000 + 434 949, as the text report prints the sum.
checks=$((checks + 1))
[ $((1500000 + 434949)) -eq "$(kr "$(json_value "$T/b.json" revenue_total)")" ] || fail "budget sum"
grep -q "^Summa intäkter  *1 934 949$" "$T/b.txt" || fail "text budget sum: $(grep Summa "$T/b.txt")"
# A heading has a label and no figures.
expect_row "$T/b.xlsx" "Budget 2025" "s:Kansli och administration"
expect_cell "$T/b.xlsx" "Budget 2025" A3 "s|INTÄKTER|General|bold"

# ---- Participant statistics with small groups ------------------------------
run --db "$db" insats add "Steget vidare" --kind individinriktad
expect_rc 0 "insats"
python3 - "$T/p.csv" <<'PY'
import sys
rows = ["deltagare;insats;kön;födelseår;utbildning;inskriven;försörjning före;"
        "tid i försörjning;avslutad;avslutsorsak;försörjning efter"]
for i in range(23):
    done = i < 12
    rows.append(f"D{i:03d};Steget vidare;{'kvinna' if i < 3 else 'man'};{1990 if i % 2 else 2001};"
                f"gymnasial;2025-02-03;sjukpenning;ingen;{'2025-09-30' if done else ''};"
                f"{'arbete' if done else ''};{'lön' if done else ''}")
open(sys.argv[1], "w").write("\n".join(rows) + "\n")
PY
run --db "$db" import participants "$T/p.csv"
expect_rc 0 "import participants"
run --db "$db" report participants --year 2025 --format xlsx -o "$T/p.xlsx"
expect_rc 0 "participants xlsx"
run --db "$db" report participants --year 2025 --format json
cp "$T/out" "$T/p.json"
expect_row "$T/p.xlsx" "Inskrivna under året" \
	"s:Totalt;n:$(json_value "$T/p.json" enrolled.total);n:$(json_value "$T/p.json" by_age.young.enrolled.total);n:$(json_value "$T/p.json" by_age.older.enrolled.total)"
# Protected cells stay texts, as the JSON has them.
expect_row "$T/p.xlsx" "Inskrivna under året" "s:Kvinnor;s:<5;s:<5;s:<5"
expect_row "$T/p.xlsx" "Inskrivna under året" "s:Män;s:x;s:x;s:x"
expect_json "$T/p.json" enrolled.women '"<5"'
expect_row "$T/p.xlsx" "Avslutsorsak" "s:arbete;n:$(json_value "$T/p.json" exit_reason.arbete)"
expect_cell "$T/p.xlsx" "Avslutsorsak" B3 "n|12|0|-"
# Sheet names within Excel's 31 characters.
checks=$((checks + 1))
read_xlsx "$T/p.xlsx" sheets | grep -qx "Avslutade till arbete eller stu" ||
	fail "long sheet name: $(read_xlsx "$T/p.xlsx" sheets | tr '\n' '|')"

finish
