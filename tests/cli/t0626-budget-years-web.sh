#!/bin/sh
# The budget page's view over several years (/budget/flera-ar): the same
# document as `report budget --years`, the page's year and the two after
# it by default (those that have a budget), other years from its GET
# form; a span backwards, too long or with a year without budget is
# refused beside its field, as the command line refuses it.
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/web_lib.sh"
web_demo
cat > "$T/b.csv" <<'CSV'
år;typ;grupp;rad;belopp
2026;intäkt;Parternas insats;Driftbidrag;1 472 000
2026;kostnad;Insatser;Ångemodellen;-430 000
2027;intäkt;Parternas insats;Driftbidrag;1 600 000
2027;kostnad;Insatser;Unga vuxna;-300 000
CSV
"$FINSAM" --db "$db" budget import "$T/b.csv" > /dev/null || fail "budget import"
web_serve
B="$T/bo"
login bo korvmacka-123 "$B"
expect_code 303 "login bo"

get "/budget?year=2026" "$B"
expect_code 200 "the budget page"
expect_body '<a id="budget-years-link" href="/budget/flera-ar?from=2026">Flera år</a>'
get "/budget/rader?year=2026" "$B"
expect_body '<a href="/budget/flera-ar?from=2026">Flera år</a>'

# By default the year and the two after it that have a budget.
get "/budget/flera-ar?from=2025" "$B"
expect_code 200 "2025 and the years after it"
expect_body '<form class="filters" id="budget-years-form" method="get" action="/budget/flera-ar">'
expect_body '<input type="text" id="from" name="from" value="2025">'
expect_body '<input type="text" id="to" name="to" value="2027">'
expect_body '<th scope="col" class="num">2025</th><th scope="col" class="num">2026</th><th scope="col" class="num">2027</th>'
expect_body 'Ångemodellen'
expect_body 'Unga vuxna'
expect_body '<caption>Medlemmarnas andelar</caption>'
# The same figures as the command line's document.
"$FINSAM" --db "$db" report budget --years 2025-2027 --format html > "$T/cli.html"
for line in 'Unga vuxna' '1 472 000' '1 600 000'; do
	checks=$((checks + 1))
	grep -qF "$line" "$T/cli.html" || fail "the command line's document has no $line"
done

get "/budget/flera-ar?from=2026&to=2027" "$B"
expect_code 200 "two years"
expect_body '<th scope="col" class="num">2026</th><th scope="col" class="num">2027</th></tr>'
expect_no_body '<th scope="col" class="num">2025</th>'

# Refusals, beside their fields, what was typed kept.
get "/budget/flera-ar?from=2027&to=2026" "$B"
expect_code 400 "backwards"
expect_body 'id="to-error">Det sista året (2026) kommer före det första (2027); ange åren i ordning'
expect_body 'value="2026" aria-invalid="true"'
expect_no_body 'id="budget-years"'
get "/budget/flera-ar?from=2025&to=2030" "$B"
expect_code 400 "six years"
expect_body 'id="to-error">Ange högst 5 år i följd'
get "/budget/flera-ar?from=2025&to=2028" "$B"
expect_code 400 "a year without budget"
expect_body '<li>Det finns ingen budget för 2028'
get "/budget/flera-ar?from=tjugo" "$B"
expect_code 400 "a bad year"
expect_body 'id="from-error">Skriv det första året med fyra siffror'
expect_body 'value="tjugo"'

# The command line refuses the same spans.
run --db "$db" report budget --years 2025-2030
expect_rc 2 "six years on the command line"
expect_err "högst 5 år"
finish
