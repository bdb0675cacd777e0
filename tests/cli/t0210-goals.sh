# Goals, result goals with indicators computed from the records, and their
# assessments per period; the board's composition. Ångemodellen Unga's
# indicator (seed 001: target 60 participants, outcome 65) comes from 65
# enrolments in the register.
. "$SRC/tests/cli/lib.sh"
db="$T/demo.db"

run --db "$db" demo
run --db "$db" insats add "Ångemodellen Unga" --kind individinriktad
python3 - "$T/unga.csv" <<'PY'
import sys
rows = ["deltagare;insats;kön;födelseår;utbildning;inskriven;försörjning före;tid i försörjning;avslutad;avslutsorsak;försörjning efter"]
for i in range(65):
    end, reason, after = ("2025-09-30", "arbete" if i < 12 else "avbrutit", "lön") if i < 20 else ("", "", "")
    rows.append(f"U{i:02d};Ångemodellen Unga;{'kvinna' if i % 2 else 'man'};2001;gymnasial;2025-02-03;försörjningsstöd;1-2 år;{end};{reason};{after}")
open(sys.argv[1], "w").write("\n".join(rows) + "\n")
PY
run --db "$db" import participants "$T/unga.csv"
expect_rc 0 "import"

run --db "$db" goal add --year 2025 --title "Individinriktade insatser" --area individ
expect_rc 0 "goal add"
expect_out "mål 1 för 2025"
run --db "$db" goal add --year 2025 --title "Finansiella mål" --area ekonomi --number 4
expect_out "mål 4 för 2025"
run --db "$db" goal add --year 2025 --title "Samma nummer" --area struktur --number 4
expect_rc 2 "number taken"
expect_err "mål 4 för 2025 finns redan"
run --db "$db" goal add --year 2025 --title "X" --area pengar
expect_rc 2 "bad area"
expect_err "okänt område 'pengar'"
run --db "$db" goal add --title "X" --area individ
expect_rc 2 "no year"
expect_err "ange planåret med --year"

run --db "$db" goal result 1 --year 2025 --text "Deltagare i Ångemodellen Unga" --indicator participants \
	--insats "Ångemodellen Unga" --target 60 --follow-up "Räknas ur deltagarregistret"
expect_rc 0 "result participants"
expect_out "resultatmål 1.1"
run --db "$db" goal result 1 --year 2025 --text "Avslutade till arbete eller studier" --indicator exit-share \
	--target 40
expect_out "resultatmål 1.2"
run --db "$db" goal result 4 --year 2025 --text "Eget kapital högst 20 % av medlemsbidraget" \
	--indicator equity-share --target 20
expect_out "resultatmål 4.1"
run --db "$db" goal result 4 --year 2025 --text "Nöjda medlemmar" --indicator manual --target 80 --unit %
expect_out "resultatmål 4.2"
run --db "$db" goal result 3 --year 2025 --text "X"
expect_rc 2 "no goal 3"
expect_err "inget mål 3 för 2025"
run --db "$db" goal result 1 --year 2025 --text "X" --indicator magic
expect_rc 2 "bad indicator"
run --db "$db" goal result 1 --year 2025 --text "X" --indicator participants --target mycket
expect_rc 2 "bad target"
expect_err "kan inte tolka målvärdet 'mycket'"

run --db "$db" goal assess 1.1 --year 2025 --period annual --status uppfyllt --comment "65 deltagare mot målet 60."
expect_rc 0 "assess"
run --db "$db" goal assess 1 --year 2025 --period interim --status "på god väg" --comment "Följer planen."
run --db "$db" goal assess 1 --year 2025 --period interim --status "delvis uppfyllt" --comment "Ersatt."
run --db "$db" goal assess 4.2 --year 2025 --period annual --status "ej uppfyllt" --value 71,5
run --db "$db" goal assess 4 --year 2025 --period annual --status uppfyllt --value 3
expect_rc 2 "value on a goal"
expect_err "ett uppmätt värde hör till ett resultatmål"
run --db "$db" goal assess 1.9 --year 2025 --period annual --status uppfyllt
expect_rc 2 "no such result goal"
expect_err "mål 1 har inget resultatmål 9"
run --db "$db" goal assess 1 --year 2025 --period kvartal --status uppfyllt
expect_rc 2 "bad period"
run --db "$db" goal assess 1 --year 2025 --period annual --status bra
expect_rc 2 "bad status"
expect_err "okänd bedömning 'bra'"

run --db "$db" goal list --year 2025 --format json
expect_rc 0 "list json"
cp "$T/out" "$T/g.json"
checks=$((checks + 1))
python3 - "$T/g.json" <<'PY' || fail "goal list JSON"
import json, sys
d = json.load(open(sys.argv[1]))
g = {x["number"]: x for x in d["goals"]}
assert g[1]["interim_status"] == "partly_met" and g[1]["interim_comment"] == "Ersatt.", g[1]
assert g[4]["area"] == "financial", g[4]
r = {x["ref"]: x for x in d["result_goals"]}
assert r["1.1"]["value"] == "65.00" and r["1.1"]["target"] == "60.00" and r["1.1"]["reached"] == "true", r["1.1"]
assert r["1.1"]["intervention"] == "Ångemodellen Unga" and r["1.1"]["annual_status"] == "met", r["1.1"]
assert r["1.2"]["value"] == "60.00", r["1.2"]          # 12 of 20 exits to work
assert r["4.1"]["at_most"] == "true" and r["4.1"]["reached"] == "true", r["4.1"]
assert r["4.2"]["value"] == "71.50" and r["4.2"]["reached"] == "false", r["4.2"]
PY
run --db "$db" goal list --year 2025
expect_out "[UPPFYLLT] 1.1 Deltagare i Ångemodellen Unga (Ångemodellen Unga)"
expect_out "[NÅTT]     1.2 Avslutade till arbete eller studier"
expect_out "Utfall: 65 deltagare"
expect_out "Målvärde: högst 20 %"
expect_out "1.1: 65 deltagare mot målet 60."
expect_out "Mål 1 bedöms: Delvis uppfyllt."

# With the threshold above the exits, the share is not shown to others.
run --db "$db" setting set min-cell 25
run --db "$db" goal list --year 2025 --format json
cp "$T/out" "$T/g25.json"
checks=$((checks + 1))
python3 -c 'import json,sys
r={x["ref"]: x for x in json.load(open(sys.argv[1]))["result_goals"]}
assert r["1.2"]["value"]=="<25" and r["1.2"]["reached"] is None, r["1.2"]
' "$T/g25.json" || fail "a share of few people is hidden"

run --db "$db" board add "Anette Lövgren" --year 2025 --role ordförande --appointed-by "Dalby kommun"
expect_rc 0 "board add"
run --db "$db" board add "Erik Lövgren" --year 2025 --role "vice ordförande" --appointed-by Region
run --db "$db" board add "Lina Lindman" --year 2025 --role ersättare --appointed-by Region
run --db "$db" board add "Anette Lövgren" --year 2025 --role ledamot
expect_rc 2 "twice"
run --db "$db" board add "X" --year 2025 --role kung
expect_rc 2 "bad role"
expect_err "okänd roll 'kung'"
run --db "$db" board list --year 2025 --format json
cp "$T/out" "$T/b.json"
checks=$((checks + 1))
python3 -c 'import json,sys
b=json.load(open(sys.argv[1]))["board"]
assert [x["role"] for x in b]==["chair","vice_chair","deputy"], b
assert b[0]["name"]=="Anette Lövgren" and b[0]["appointed_by"]=="Dalby kommun", b
' "$T/b.json" || fail "board JSON"

finish
