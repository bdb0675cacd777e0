# The annual report's chart of the costs shows costs only: Jämtland 2022's
# financial income (48 578 kr, on a budget line "Finansiella kostnader")
# is no cost slice, and the slices are verksamhetens kostnader of the
# income statement, 69 %, 23 % and 8 % as the published report shows.
. "$SRC/tests/cli/lib.sh"
db="$T/j.db"

run --db "$db" init --name "Samordningsförbundet i Jämtlands län" --orgnr 222000-1990
expect_rc 0 "init"
run --db "$db" import sie "$SRC/tests/data/sie/jamtland-2022.se"
expect_rc 0 "import"
run --db "$db" budget import "$SRC/tests/data/budget/jamtland-2022.csv"
expect_rc 0 "budget"

run --db "$db" report annual --year 2022
expect_rc 0 "annual"
cp "$T/out" "$T/annual.txt"
checks=$((checks + 1))
python3 - "$T/annual.txt" <<'PY' || fail "the cost chart is not the costs of the income statement"
import sys
text = open(sys.argv[1]).read()
chart = text[text.index("Kostnadernas fördelning"):]
chart = chart[:chart.index("\n\n")]
rows = {}
for line in chart.splitlines()[2:]:
    label, amount = line[:55].strip(), line[55:].strip()
    rows[label] = amount
assert "Finansiella kostnader" not in rows, rows
assert rows == {"Individinriktade insatser": "7 053 210", "Personalkostnader": "2 404 706",
                "Verksamhetskostnader och strukturinriktade insatser": "837 392"}, rows
assert "Individinriktade insatser 69 %, Personalkostnader 23 %, Verksamhetskostnader och " \
       "strukturinriktade insatser 8 %" in " ".join(text.split()), "shares"
assert "Verksamhetens kostnader, 10 295 308 kr" in " ".join(text.split()), "total"
PY

# The HTML draws the same three slices.
run --db "$db" report annual --year 2022 --format html
expect_rc 0 "annual html"
checks=$((checks + 1))
python3 - "$T/out" <<'PY' || fail "the HTML pie has a slice that is no cost"
import re, sys
html = open(sys.argv[1]).read()
i = html.index("<caption>Kostnadernas fördelning</caption>")
part = html[i:html.index("</figure>", i)]
assert "Finansiella kostnader" not in part, "financial slice"
assert part.count('<th scope="row">') == 3, part
PY
finish
