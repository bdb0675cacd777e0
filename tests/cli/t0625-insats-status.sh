#!/bin/sh
# The interventions' status in `insats list` and `insats show`: this
# year's (or --year's), as set with `insats status` or else from the
# intervention's dates; and in show, the status and the results of each
# year that has them; in text, CSV and JSON.
. "$SRC/tests/cli/lib.sh"
db="$T/demo.db"
export FINSAM_TODAY=2025-06-15

run --db "$db" demo
expect_rc 0 "demo"
run --db "$db" insats add "Steget vidare" --kind individinriktad --from 2024-01-01 --to 2026-12-31
expect_rc 0 "add Steget vidare"
run --db "$db" insats add "Vägen in" --kind strukturinriktad --from 2026-01-01 --to 2027-12-31
expect_rc 0 "add Vägen in"
run --db "$db" insats add "Kompetensdag" --kind kompetenshöjande --from 2024-01-01 --to 2024-12-31
expect_rc 0 "add Kompetensdag"

# From the dates alone: running, planned, ended in 2025 (this year).
run --db "$db" insats list
expect_rc 0 "list"
expect_out "Status 2025"
expect_out "2024-01-01  2026-12-31  pågående"
expect_out "2026-01-01  2027-12-31  planerad"
expect_out "2024-01-01  2024-12-31  avslutad"

# A status set for a year wins over the dates; --year picks the year.
run --db "$db" insats status "Steget vidare" avslutad --year 2025
expect_rc 0 "status"
printf '## Resultat\n\nTolv deltagare gick till arbete.\n' > "$T/r.md"
run --db "$db" insats results "Steget vidare" "$T/r.md" --year 2024
expect_rc 0 "results"
run --db "$db" insats list --format csv
expect_rc 0 "list csv"
expect_out "Id;Insats;Slag;Projektägare;Från;Till;Status 2025;Beslutat"
expect_out "1;Steget vidare;individinriktad;;2024-01-01;2026-12-31;avslutad;"
run --db "$db" insats list --year 2024 --format json
expect_rc 0 "list json 2024"
cp "$T/out" "$T/list.json"
expect_json "$T/list.json" year 2024
python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
print(" ".join(i["status"] for i in d["interventions"]))' "$T/list.json" > "$T/out"
expect_out "running planned ended" "the statuses of 2024 for programs"
run --db "$db" insats list --year tjugo
expect_rc 2 "a bad year"
expect_err "tjugo"

# show: this year's status on top, then each year that has something said.
run --db "$db" insats show "Steget vidare"
expect_rc 0 "show"
expect_out "Status 2025"
expect_out "Status och resultat per år"
expect_out "2024  pågående"
# The results as text under the table, the users' heading one level down.
expect_out "Resultat och lärdomar 2024"
expect_no_out "## Resultat"
expect_out "Tolv deltagare gick till arbete."
expect_out "2025  avslutad"
run --db "$db" insats show "Steget vidare" --year 2024 --format csv
expect_rc 0 "show csv"
expect_out ";Status 2024;"
expect_out "År;Status;Resultat och lärdomar"
expect_out "2025;avslutad;"
run --db "$db" insats show 1 --format json
expect_rc 0 "show json"
cp "$T/out" "$T/show.json"
expect_json "$T/show.json" year 2025
python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
print(d["interventions"][0]["status"])
for y in d["years"]:
    print(y["year"], y["status"], json.dumps(y["results"]))' "$T/show.json" > "$T/out"
expect_out "ended" "this year's status"
expect_out '2024 running "## Resultat\n\nTolv deltagare gick till arbete.\n"' "2024 with its results"
expect_out '2025 ended ""' "2025 without results"

# An intervention nothing is said of has an empty list of years.
run --db "$db" insats show "Vägen in" --format json
expect_rc 0 "show without years"
cp "$T/out" "$T/none.json"
python3 -c 'import json, sys
print(json.load(open(sys.argv[1]))["years"])' "$T/none.json" > "$T/out"
expect_out "[]" "no years"

# The help says what the column is.
run insats list --help
expect_out "--year ÅR"
expect_out "status"
finish
