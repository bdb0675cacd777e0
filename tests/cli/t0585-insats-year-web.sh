#!/bin/sh
# The director records on an intervention's page what the year's annual
# report says of it: its status and a text of results and lessons. A bad
# year or status is refused beside its field with what was typed kept;
# the others may not change it; the change is in the log.
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/web_lib.sh"
web_demo
web_serve
A="$T/anna"
login anna korvmacka-123 "$A"
expect_code 303 "login anna"

get "/insatser/1?year=2025" "$A"
expect_code 200 "the intervention's page"
expect_body '<form id="annual-form" method="post" action="/insatser/1/arsredovisning">'
expect_body '<p id="annual-status">I årsredovisningen för 2025 står insatsen som <strong>pågående</strong> (efter dess datum).</p>'
t=$(csrf)

post /insatser/1/arsredovisning "$A" "csrf=$t" year=2025 status=ended "results=## Resultat

Tolv deltagare gick till arbete."
expect_code 303 "saved"
expect_head "Location: /insatser/1?year=2025&ok="
expect_head "#annual"
get "$(sed -n 's/^Location: //Ip' "$T/head" | tr -d '\r')" "$A"
expect_body 'id="notice" role="status">Det årsredovisningen säger om insatsen är sparat.</p>' "the notice"
get "/insatser/1?year=2025" "$A"
expect_body '<strong>avslutad</strong>.</p>'
expect_body '<option value="ended" selected>Avslutad</option>'
expect_body 'Tolv deltagare gick till arbete.</textarea>'

# refusals, each beside its field, nothing stored
post /insatser/1/arsredovisning "$A" "csrf=$t" year=2025 status=halvklar results=Text
expect_code 400 "an unknown status"
expect_body "känd status &#39;halvklar&#39;"
expect_body 'id="status-error"'
post /insatser/1/arsredovisning "$A" "csrf=$t" year=tjugo status=ended results=Kvar
expect_code 400 "a bad year"
expect_body 'Året ska vara ett år med fyra siffror'
expect_body '>Kvar</textarea>' "the text typed is kept"
get "/insatser/1?year=2025" "$A"
expect_body 'Tolv deltagare gick till arbete.</textarea>' "unchanged after the refusals"

# back to its dates
post /insatser/1/arsredovisning "$A" "csrf=$t" year=2025 status=auto results=
expect_code 303 "back to the dates"
get "/insatser/1?year=2025" "$A"
expect_body '(efter dess datum)'

# only the director
B="$T/bo"
login bo korvmacka-123 "$B"
get "/insatser/1?year=2025" "$B"
expect_no_body 'id="annual-form"' "the board sees no form"
post /insatser/1/arsredovisning "$B" "csrf=$(csrf)" year=2025 status=ended results=x
expect_code 403 "the board may not change it"

# without the form's token
post /insatser/1/arsredovisning "$A" year=2025 status=ended results=x
expect_code 403 "no CSRF token"

"$FINSAM" --db "$db" audit > "$T/audit.txt" 2>&1
checks=$((checks + 1))
[ "$(grep -c 'ändra insatsens år' "$T/audit.txt")" -ge 2 ] || fail "the changes are not in the log"
finish
