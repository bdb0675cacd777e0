# The annual report and the business plan of the demo förbund, built from
# its books, budget, register, goals, board and texts (examples/): every
# section is there; the figures agree with the single reports they come
# from; a change to one participant moves every figure that depends on it;
# a first year with no previous year and no participants still renders.
. "$SRC/tests/cli/lib.sh"
db="$T/demo.db"

run --db "$db" demo
expect_rc 0 "demo"
sh "$SRC/examples/norrdalen.sh" "$FINSAM" "$db" || fail "examples/norrdalen.sh"

run --db "$db" report annual --year 2025
expect_rc 0 "annual"
cp "$T/out" "$T/annual.txt"
for heading in "Årsredovisning 2025" "Ordförande har ordet" "1. Förvaltningsberättelse" \
	"1.1 Översikt över verksamhetens utveckling" "1.3 Händelser av väsentlig betydelse" \
	"Styrelsens sammansättning 2025" "Mål 4: Finansiella mål" "1.8 Insatser" "Steget vidare" \
	"Deltagare per år" "Ålder vid inskrivning" "Resultaträkning" "Balansräkning" "Kassaflödesanalys" \
	"3. Driftredovisning" "4. Noter" "5. Underskrifter" "Eva Lind, ordförande" "Kompetensdag Norrdalen"; do
	expect_out "$heading"
done
# The notes specify the balance sheet's lines to the krona.
checks=$((checks + 1))
python3 - "$T/annual.txt" <<'PY' || fail "a note does not add up to its balance sheet line"
import re, sys
text = open(sys.argv[1]).read()
# The last two amounts: this year's and last year's (the balance sheet's
# line has its note's number before them).
amount = lambda line: re.findall(r"-?\d{1,3}(?: \d{3})*", line[40:])[-2:]
bs = text[text.index("\nBalansräkning\n"):]
notes = text[text.index("\n4. Noter\n"):]
for line_label in ("Kortfristiga skulder", "Fordringar", "Kassa och bank"):
    bs_line = next(l for l in bs.splitlines() if l.startswith(line_label + " "))
    at = re.search(r"^Not \d+ " + line_label + "$", notes, re.M)
    assert at, line_label
    part = notes[at.start():]
    total = next(l for l in part.splitlines() if l.startswith("Summa "))
    assert amount(bs_line) == amount(total), (bs_line, total)
assert re.search(r"^Not 1 Redovisningsprinciper$", notes, re.M)
assert re.search(r"^Not \d+ Återstående belopp för beslutad finansiering av samverkansinsatser$", notes, re.M)
PY
# Deputies do not sign.
checks=$((checks + 1))
grep -q "Sara Ek, ersättare" "$T/annual.txt" && fail "a deputy among the signatures"
# Equity at the end: the driftredovisning shows what the balance sheet shows.
checks=$((checks + 1))
python3 - "$T/annual.txt" <<'PY' || fail "equity differs between the balance sheet and the driftredovisning"
import re, sys
text = open(sys.argv[1]).read()
first = lambda line: re.search(r"-?\d{1,3}(?: \d{3})*", line[40:]).group(0)
bs = text[text.index("\nBalansräkning\n"):]
bs_line = next(l for l in bs.splitlines() if l.startswith("Eget kapital "))
op_line = next(l for l in text.splitlines() if l.startswith("Eget kapital vid årets slut"))
assert first(bs_line) == first(op_line), (bs_line, op_line)
PY

run --db "$db" report annual --year 2025 --format json
cp "$T/out" "$T/a.json"
run --db "$db" report participants --year 2025 --format json
cp "$T/out" "$T/p.json"
run --db "$db" report statements --year 2025 --format json
cp "$T/out" "$T/s.json"
checks=$((checks + 1))
python3 - "$T/a.json" "$T/p.json" "$T/s.json" <<'PY' || fail "annual JSON agrees with the single reports"
import json, sys
a, p, s = (json.load(open(f)) for f in sys.argv[1:4])
assert a["year"] == 2025
assert a["participants"]["enrolled"] == p["enrolled"], (a["participants"]["enrolled"], p["enrolled"])
assert a["participants"]["by_age_band"] == p["by_age_band"]
assert a["income_statement"] == s["income_statement"] and a["balance_sheet"] == s["balance_sheet"]
y = {r["year"]: r for r in a["five_year_overview"]}
assert y[2025]["result"] == s["income_statement"]["result"] and y[2025]["equity"] == s["balance_sheet"]["equity"], y
assert [b["name"] for b in a["board"]][:2] == ["Eva Lind", "Per Holm"], a["board"]
assert a["commitments"]["total_remaining"] > 0
assert a["activities"]["total_attendees"] == 203, a["activities"]
assert "operating" in a
PY

# One more participant exits to work: the year's statistics, the follow-up of
# the intervention and the goal's indicator all move.
run --db "$db" participant exit N002 --insats "Steget vidare" --date 2025-12-01 --reason arbete --support-after lön
expect_rc 0 "exit"
run --db "$db" report annual --year 2025 --format json
cp "$T/out" "$T/a2.json"
checks=$((checks + 1))
python3 - "$T/a.json" "$T/a2.json" <<'PY' || fail "a change to one participant moves its figures"
import json, sys
a, b = (json.load(open(f)) for f in sys.argv[1:3])
pa, pb = a["participants"], b["participants"]
assert pb["exited"]["total"] == pa["exited"]["total"] + 1, (pa["exited"], pb["exited"])
assert pb["exited_to_work_or_studies"]["total"] == pa["exited_to_work_or_studies"]["total"] + 1
assert pb["share_to_work_or_studies"] != pa["share_to_work_or_studies"]
assert pb["enrolled"] == pa["enrolled"]
PY
run --db "$db" report annual --year 2025
checks=$((checks + 1))
cmp -s "$T/out" "$T/annual.txt" && fail "the text did not change"

# The interim report: the goals as they stood on 31 August, then the cost table.
run --db "$db" report interim --until 2025-08-31
expect_rc 0 "interim"
expect_out "Delårsrapport 2025"
expect_out "Perioden 2025-01-01 – 2025-08-31"
expect_out "Mål 1 bedöms: På god väg att uppfyllas."
expect_out "Fler deltagare än planerat."
expect_out "Utfall: 53 personer"
expect_out "Bokfört till och med 2025-08-31"
expect_out "Prognos eget kapital vid årets slut"
run --db "$db" report interim --until 2025-08-31 --format json
cp "$T/out" "$T/i.json"
expect_json "$T/i.json" until '"2025-08-31"'
checks=$((checks + 1))
python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))
r={x["ref"]: x for x in d["result_goals"]}
assert r["3.1"]["value"]=="53.00" and r["4.1"]["value"] is None, r
' "$T/i.json" || fail "interim indicators as of 31 August"

run --db "$db" report annual --year 2025
expect_out "1.11 Enkäter (NNS-indikatorer)"
expect_out "Jag har fått"

run --db "$db" report plan --year 2025
expect_rc 0 "plan"
for heading in "Verksamhetsplan och budget 2025" "Vision" "Inriktning för perioden" "Målgrupper" \
	"Övergripande mål" "Mål 1: Individinriktade insatser" "Årshjul" "Budget" "Eget kapital de kommande åren"; do
	expect_out "$heading"
done
run --db "$db" report plan --year 2030
expect_rc 2 "no budget"
expect_err "ingen budget för 2030"
run --db "$db" report annual --year 2019
expect_rc 2 "no books"
expect_err "räkenskapsåret 2019 finns inte"

# A first year: no previous year, no participants, no goals, no board.
db1="$T/first.db"
run --db "$db1" import sie "$SRC/examples/norrdalen-2024.se"
expect_rc 0 "import"
run --db "$db1" report annual --year 2024
expect_rc 0 "first year"
expect_out "Inga deltagare var inskrivna under året."
expect_out "Inga mål är inlagda för året."
expect_out "Det finns ingen budget för året att jämföra med."
expect_out "Styrelsens ledamöter"
run --db "$db1" report annual --year 2024 --format json
expect_rc 0 "first year json"
run --db "$db1" report annual --year 2024 --format md
expect_rc 0 "first year md"

finish
