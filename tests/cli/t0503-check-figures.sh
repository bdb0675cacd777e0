# check covers finsam's own figures: the five-year overview equals the
# statements (five_year_overview), equity / grant against the 20 % goal in
# each year shown and forecast (equity_rule: a warning above it, which does
# not fail the check), and the forecast equity never negative
# (plan_equity: Jämtland's budgets of 9 333 000 a year against a grant of
# 7 918 000 run out of equity in 2025).
. "$SRC/tests/cli/lib.sh"
db="$T/j.db"

# expect_words TEXT: stdout holds TEXT, however the lines are wrapped.
expect_words() {
	checks=$((checks + 1))
	tr -s ' \n' '  ' < "$T/out" | grep -qF -- "$1" || fail "no '$1' in: $(head -c 1500 "$T/out")"
}

run --db "$db" init --name "Samordningsförbundet i Jämtlands län" --orgnr 222000-1990
expect_rc 0 "init"
run --db "$db" import sie "$SRC/tests/data/sie/jamtland-2022.se"
expect_rc 0 "import"

# Without budgets: the forecast cannot be judged, and says why.
run --db "$db" check --format json
expect_rc 0 "check without budgets"
cp "$T/out" "$T/c0.json"
checks=$((checks + 1))
python3 - "$T/c0.json" <<'PY' || fail "checks without budgets"
import json, sys
doc = json.load(open(sys.argv[1]))
c = {x["id"]: x for x in doc["checks"]}
assert c["five_year_overview"]["status"] == "ok", c["five_year_overview"]
assert "2022, 2021" in c["five_year_overview"]["detail"]
assert c["equity_rule"]["status"] == "warning", c["equity_rule"]
assert "2022 47,2 % (eget kapital 3 740 000 kr, driftbidrag 7 929 730 kr = alla verksamhetens intäkter)" \
    in c["equity_rule"]["detail"], c["equity_rule"]["detail"]
assert c["plan_equity"]["status"] == "skipped", c["plan_equity"]
assert c["plan_equity"]["detail"] == "det finns ingen budget för åren efter bokföringen"
assert doc["failures"] == 0
PY

# The year's budget: its grant is the ratio's (3 740 000 / 7 928 000).
run --db "$db" budget import "$SRC/tests/data/budget/jamtland-2022.csv"
expect_rc 0 "budget 2022"
printf 'år;typ;grupp;rad;belopp\n' > "$T/plan.csv"
for y in 2023 2024; do
	printf '%s;intäkt;Parternas insats;Medlemsbidrag;7 918 000\n%s;kostnad;Insatser;Insatser;-9 333 000\n' "$y" "$y" >> "$T/plan.csv"
done
run --db "$db" budget import "$T/plan.csv"
expect_rc 0 "budgets 2023-2024"
run --db "$db" check
expect_rc 0 "check with a plan in funds"
expect_out "[OK]              Eget kapital enligt prognosen är aldrig negativt"
expect_words "2 år med budget, eget kapital vid årets slut som lägst 910 000 kr"
expect_out "[VARNING]         Eget kapital är högst 20 % av driftbidraget"
expect_words "2022 47,2 % (eget kapital 3 740 000 kr, driftbidrag 7 928 000 kr enligt budgeten)"
expect_words "2023 prognos 29,4 % (eget kapital 2 325 000 kr, driftbidrag 7 918 000 kr enligt budgeten)"
expect_out "1 varning"

printf 'år;typ;grupp;rad;belopp\n2025;intäkt;Parternas insats;Medlemsbidrag;7 918 000\n2025;kostnad;Insatser;Insatser;-9 333 000\n' > "$T/p25.csv"
run --db "$db" budget import "$T/p25.csv"
expect_rc 0 "budget 2025"
run --db "$db" check --format json
expect_rc 1 "a plan that runs into debt"
cp "$T/out" "$T/c1.json"
checks=$((checks + 1))
python3 - "$T/c1.json" <<'PY' || fail "plan_equity in JSON"
import json, sys
doc = json.load(open(sys.argv[1]))
c = {x["id"]: x for x in doc["checks"]}
assert c["plan_equity"]["status"] == "failed", c["plan_equity"]
assert c["plan_equity"]["detail"].startswith("2025: -505 000 kr"), c["plan_equity"]["detail"]
assert c["plan_equity"]["title"] == "Eget kapital enligt prognosen är aldrig negativt"
assert doc["failures"] == 1, doc["failures"]
# 2024 is within the goal (910 000 / 7 918 000 = 11,5 %) and not named.
assert "2024" not in c["equity_rule"]["detail"], c["equity_rule"]["detail"]
PY
run --db "$db" check
expect_rc 1 "text"
expect_out "[FEL]             Eget kapital enligt prognosen är aldrig negativt"
expect_out "1 fel, 1 varning"

# The multiyear report and the plan show the same equity rule.
run --db "$db" report multiyear --format json
expect_rc 0 "multiyear"
expect_json "$T/out" "goal_year" "2024"
finish
