# The complete documents of the plan: the budget of three years side by
# side with each member's share per year (report budget --years and the
# plan), the survey's "klart positivt" and the previous year beside each
# share, the activities' totals per kind, and the year cycle by tertial
# with each tertial's theme.
. "$SRC/tests/cli/lib.sh"
db="$T/p.db"

run --db "$db" init --name "Samordningsförbundet Prov" --orgnr 222000-1990
expect_rc 0 "init"
run --db "$db" member add "Försäkringskassan" --kind stat
expect_rc 0 "member FK"
run --db "$db" member add "Arbetsförmedlingen" --kind stat
expect_rc 0 "member AF"
run --db "$db" member add "Region Västernorrland" --kind region
expect_rc 0 "member region"
run --db "$db" member add "Ånge kommun" --kind kommun
expect_rc 0 "member kommun"

# ---- Budgets of three years ------------------------------------------------
# 2026 and 2027 share their lines; 2027 adds an intervention; 2028 has a
# larger grant and no revision line.
cat > "$T/b.csv" <<'CSV'
år;typ;grupp;rad;belopp
2026;intäkt;Parternas insats;Driftbidrag;1 472 000
2026;eget kapital;;Eget kapital;250 000
2026;kostnad;Kansli-/administrativa kostnader;Förbundschef 0,45 årsarbete;-355 000
2026;kostnad;Kansli-/administrativa kostnader;Revision;-24 000
2026;kostnad;Insatser;Ångemodellen;-430 000
2027;intäkt;Parternas insats;Driftbidrag;1 472 000
2027;eget kapital;;Eget kapital;150 000
2027;kostnad;Kansli-/administrativa kostnader;Förbundschef 0,45 årsarbete;-360 000
2027;kostnad;Kansli-/administrativa kostnader;Revision;-24 000
2027;kostnad;Insatser;Ångemodellen;-430 000
2027;kostnad;Insatser;Unga vuxna;-200 000
2028;intäkt;Parternas insats;Driftbidrag;1 600 000
2028;kostnad;Kansli-/administrativa kostnader;Förbundschef 0,45 årsarbete;-370 000
2028;kostnad;Insatser;Unga vuxna;-300 000
CSV
run --db "$db" budget import "$T/b.csv"
expect_rc 0 "budget import"

run --db "$db" report budget --years 2026-2028
expect_rc 0 "budget --years text"
expect_out "Budget 2026–2028"
expect_out "Medlemmarnas andelar"
# The state's contribution (50 %), the revision empty in 2028, the sums.
checks=$((checks + 4))
grep -Eq '^Försäkringskassan/Arbetsförmedlingen +736 000 +736 000 +800 000$' "$T/out" || fail "state row"
grep -Eq '^Revision +-24 000 +-24 000$' "$T/out" || fail "revision row, empty in 2028"
grep -Eq '^Summa Insatser +-430 000 +-630 000 +-300 000$' "$T/out" || fail "sum of Insatser"
grep -Eq '^Ånge kommun +kommun +368 000 +25,0 % +368 000 +25,0 % +400 000 +25,0 %$' "$T/out" ||
	fail "the municipality's share per year"

run --db "$db" report budget --years 2026-2028 --format json
expect_rc 0 "budget --years json"
expect_json "$T/out" from 2026
expect_json "$T/out" to 2028
checks=$((checks + 1))
python3 - "$T/out" <<'PY' || fail "budget --years JSON"
import json, sys
d = json.load(open(sys.argv[1]))
years = d["years"]
assert [y["year"] for y in years] == [2026, 2027, 2028], years
assert years[0]["grant"] == 147200000 and years[2]["grant"] == 160000000, years
assert years[0]["revenue_total"] == 172200000, years[0]
assert years[1]["cost_total"] == -101400000, years[1]
assert years[1]["forecast_equity"] == 162200000 - 101400000, years[1]
assert years[2]["equity"] == 0 and years[2]["forecast_equity_to_grant"] == "0.5813", years[2]
lines = {(l["group"], l["name"]): l["amounts"] for l in d["lines"]}
assert lines[("Kansli-/administrativa kostnader", "Revision")] == [-2400000, -2400000, None], lines
assert lines[("Insatser", "Unga vuxna")] == [None, -20000000, -30000000], lines
assert ("Parternas insats", "Driftbidrag") not in lines
groups = {g["name"]: g["totals"] for g in d["groups"]}
assert groups["Insatser"] == [-43000000, -63000000, -30000000], groups
shares = {s["member"]: s for s in d["shares"]}
assert shares["Försäkringskassan"]["amounts"] == [36800000, 36800000, 40000000], shares
assert shares["Ånge kommun"]["shares"] == ["0.2500", "0.2500", "0.2500"], shares
assert shares["Region Västernorrland"]["kind"] == "region"
PY

# A year without a budget is refused, naming it; so is a range too long.
run --db "$db" report budget --years 2026-2029
expect_rc 2 "a year without budget"
expect_err "det finns ingen budget för 2029"
run --db "$db" report budget --years 2026-2031
expect_rc 2 "six years"
expect_err "högst 5 år"
run --db "$db" report budget --years 2028-2026
expect_rc 2 "a backward range"
run --db "$db" report budget --years 2026-2027 --year 2026
expect_rc 2 "--years with --year"
run --db "$db" budget show --years 2026-2027
expect_rc 2 "budget show --years"
# --year still shows one year.
run --db "$db" report budget --year 2027 --format json
expect_rc 0 "one year"
expect_json "$T/out" year 2027
expect_json "$T/out" budget.grant 147200000

# The plan shows its year and the two after it that have budgets.
run --db "$db" report plan --year 2026 --draft --format json
expect_rc 0 "plan 2026"
expect_json "$T/out" budget.from 2026
expect_json "$T/out" budget.to 2028
run --db "$db" report plan --year 2027 --draft --format json
expect_rc 0 "plan 2027"
expect_json "$T/out" budget.to 2028
checks=$((checks + 1))
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert [y["year"] for y in d["budget"]["years"]] == [2027, 2028]' \
	"$T/out" || fail "plan 2027: the years with budgets"
run --db "$db" report plan --year 2026 --draft
expect_rc 0 "plan text"
expect_out "Medlemmarnas andelar"
checks=$((checks + 1))
grep -Eq '^Belopp i kr +2026 +2027 +2028$' "$T/out" || fail "plan: a column per year"

# ---- Activities: totals per kind -------------------------------------------
run --db "$db" activity add "Handläggarforum" --date 2026-03-12 --kind strukturinriktad \
	--attendees "Försäkringskassan=20, Ånge kommun=16" --meetings 4 --persons 11
expect_rc 0 "activity series"
run --db "$db" activity add "Samverkansdag" --date 2026-05-16 --kind strukturinriktad --attendees "Alla=40"
expect_rc 0 "activity without persons"
run --db "$db" activity add "Inspirationsdagen" --date 2026-09-20 --kind kompetenshöjande \
	--attendees "Alla=150" --persons 150
expect_rc 0 "competence activity"
run --db "$db" activity list --year 2026 --format json
expect_rc 0 "activities json"
checks=$((checks + 1))
python3 - "$T/out" <<'PY' || fail "activity totals JSON"
import json, sys
d = json.load(open(sys.argv[1]))
t = {x["kind"]: x for x in d["totals"]}
s = t["structural"]
assert (s["activities"], s["meetings"], s["attendees"], s["persons"], s["persons_known"]) == (2, 5, 76, 11, 1), s
c = t["competence"]
assert (c["activities"], c["meetings"], c["attendees"], c["persons"], c["persons_known"]) == (1, 1, 150, 150, 1), c
a = {x["name"]: x for x in d["activities"]}
assert a["Handläggarforum"]["meetings"] == 4 and a["Handläggarforum"]["persons"] == 11, a
assert a["Samverkansdag"]["persons"] is None, a
PY
run --db "$db" activity list --year 2026
expect_rc 0 "activities text"
expect_out "Summa per slag"
checks=$((checks + 1))
grep -Eq '^strukturinriktad +2 +5 +76 +11 +1$' "$T/out" || fail "the structural totals' row"
run --db "$db" activity list --year 2030 --format json
expect_rc 0 "no activities"
checks=$((checks + 1))
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert all(t["activities"] == 0 and t["persons"] is None for t in d["totals"])' \
	"$T/out" || fail "empty totals for programs"

# ---- Survey: klart positivt and the previous year --------------------------
# 2025: staff answer A1 and A2; 2026: A1 again and the new A3; step 5 of A3
# has 2 answers, so its klart positivt is hidden.
cat > "$T/s.csv" <<'CSV'
år;grupp;fråga;frågetext;kön;1;2;3;4;5;6
2025;personal;A1;Samverkan fungerar;kvinna;0;0;5;5;5;5
2025;personal;A1;Samverkan fungerar;man;0;0;5;5;5;5
2025;personal;A2;Jag vet vart jag ska vända mig;kvinna;0;0;10;10;10;10
2026;personal;A1;Samverkan fungerar;kvinna;0;0;0;10;10;10
2026;personal;A1;Samverkan fungerar;man;0;0;0;10;10;10
2026;personal;A3;Förbundet är känt;kvinna;0;0;10;10;2;10
CSV
run --db "$db" survey import "$T/s.csv"
expect_rc 0 "survey import"
run --db "$db" report survey --year 2026 --format json
expect_rc 0 "survey json"
checks=$((checks + 1))
python3 - "$T/out" <<'PY' || fail "survey klart positivt and previous year"
import json, sys
d = json.load(open(sys.argv[1]))
q = {x["code"]: x for x in d["groups"]["staff"]}
a1 = q["A1"]
assert a1["share_positive"]["total"] == "1.0000", a1
assert a1["share_clearly_positive"] == "0.6667", a1          # 40 of 60
assert a1["previous_year"]["share_positive"]["total"] == "0.7500", a1   # 30 of 40
assert a1["previous_year"]["share_positive"]["men"] == "0.7500", a1
assert a1["previous_year"]["share_clearly_positive"] == "0.5000", a1    # 20 of 40
a3 = q["A3"]
assert a3["share_clearly_positive"] == "x", a3
assert a3["previous_year"]["share_positive"]["total"] is None, a3
assert a3["previous_year"]["share_clearly_positive"] is None, a3
assert "A2" not in q
assert d["groups"]["board"] == []
PY
run --db "$db" report survey --year 2026
expect_rc 0 "survey text"
expect_out "Klart positiva 2025"
expect_out "Positiva 2025"
expect_joined "Andel klart positiva: svar 5–6 av alla svar."
checks=$((checks + 1))
grep -Eq '^A1 +75,0 % +100,0 % +50,0 % +66,7 %$' "$T/out" || fail "A1's shares beside the previous year's"
expect_out "Personal: jämfört med 2025"
# A year without a year before: no previous year's columns for people.
run --db "$db" report survey --year 2025
expect_rc 0 "survey 2025"
checks=$((checks + 1))
grep -q "jämfört med 2024" "$T/out" && fail "a comparison with a year without answers"
expect_out "Klart positiva"

# ---- The year cycle by tertial, with themes --------------------------------
run --db "$db" calendar add 2026-02-12 "Styrelsemöte" --kind styrelse
expect_rc 0 "event"
run --db "$db" calendar theme --year 2026 --tertial 1 "Uppföljning av föregående år"
expect_rc 0 "theme 1"
expect_out "Temat för tertial 1 2026 är nu Uppföljning av föregående år."
run --db "$db" calendar theme --year 2026 --tertial 3 "Planering inför nästa år"
expect_rc 0 "theme 3"
run --db "$db" calendar theme --year 2026 --tertial 3 "Planering av nästa år"
expect_rc 0 "theme 3 replaced"
run --db "$db" calendar theme --year 2026 --tertial 4 "Fel"
expect_rc 2 "tertial 4"
expect_err "tertialen ska vara 1 (januari–april), 2 (maj–augusti) eller 3 (september–december), inte '4'"
run --db "$db" calendar theme --year 2026 --tertial 2 "   "
expect_rc 2 "an empty theme"
expect_err "temat är tomt"
run --db "$db" calendar theme --year 2026 "Utan tertial"
expect_rc 2 "no --tertial"
run --db "$db" calendar theme remove --year 2026 --tertial 2
expect_rc 2 "removing a theme that is not there"
expect_err "tertial 2 2026 har inget tema att ta bort"
run --db "$db" calendar --year 2026 --date 2026-01-01
expect_rc 0 "calendar text"
expect_out "Tertial 1 (januari–april): Uppföljning av föregående år"
expect_out "Tertial 2 (maj–augusti)"
expect_out "Tertial 3 (september–december): Planering av nästa år"
checks=$((checks + 1))
# The board meeting under tertial 1, the interim report's deadlines under 2 and 3.
awk '/^Tertial 1/ { t = 1 } /^Tertial 2/ { t = 2 } /^Tertial 3/ { t = 3 }
	/Styrelsemöte/ && t != 1 { bad = 1 } /Brytdag/ && t != 2 { bad = 1 } /beslutas i november/ && t != 3 { bad = 1 }
	END { exit bad }' "$T/out" || fail "events under the wrong tertial"
run --db "$db" calendar --year 2026 --format json
expect_rc 0 "calendar json"
checks=$((checks + 1))
python3 - "$T/out" <<'PY' || fail "calendar tertials JSON"
import json, sys
d = json.load(open(sys.argv[1]))
t = d["tertials"]
assert [x["tertial"] for x in t] == [1, 2, 3], t
assert t[0]["theme"] == "Uppföljning av föregående år" and t[1]["theme"] is None, t
assert t[2]["months"] == "september–december" and t[2]["theme"] == "Planering av nästa år", t
for e in d["events"]:
    m = int(e["date"][5:7])
    assert e["tertial"] == (1 if m <= 4 else 2 if m <= 8 else 3), e
PY
run --db "$db" report plan --year 2026 --draft
expect_rc 0 "plan with themes"
expect_out "Tertial 1 (januari–april): Uppföljning av föregående år"
run --db "$db" report plan --year 2026 --draft --format json
expect_json "$T/out" calendar.year 2026
checks=$((checks + 1))
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["calendar"]["tertials"][2]["theme"] == "Planering av nästa år"' \
	"$T/out" || fail "the plan's tertials"
run --db "$db" calendar theme remove --year 2026 --tertial 3
expect_rc 0 "theme remove"
expect_out "Tertial 3 2026 har nu inget tema."
run --db "$db" calendar --year 2026
expect_out "Tertial 3 (september–december)"
checks=$((checks + 1))
grep -q "Planering av nästa år" "$T/out" && fail "a removed theme still shown"
run --db "$db" audit --format json
expect_rc 0 "audit"
expect_out "ändra tema"
expect_out "ta bort tema"
expect_out "theme 2026 3"

# A closed year's themes stay as they are.
demo="$T/demo.db"
FINSAM_TODAY=2026-03-15 run --db "$demo" demo
expect_rc 0 "demo"
run --db "$demo" calendar theme --year 2025 --tertial 2 "Delårsrapport"
expect_rc 0 "theme of an open year"
run --db "$demo" year close 2025 --adopted 2026-03-12
expect_rc 0 "close 2025"
run --db "$demo" calendar theme --year 2025 --tertial 1 "För sent"
expect_rc 2 "theme of a closed year"
expect_err "2025"
run --db "$demo" calendar theme remove --year 2025 --tertial 2
expect_rc 2 "removing a theme of a closed year"
run --db "$demo" calendar --year 2025
expect_out "Tertial 2 (maj–augusti): Delårsrapport"
finish
