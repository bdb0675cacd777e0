# The plausibility rules of enrolments and exits, the same for the
# commands, the corrections and the CSV import: no date after today unless
# planned, no exit before its enrolment, an enrolment within the
# intervention's participant period, an age within the target group's
# unless forced; and nothing of a closed year can be changed.
. "$SRC/tests/cli/lib.sh"
db="$T/p.db"
next_year=$(( $(date +%Y) + 1 ))
tomorrow="$next_year-01-15"

run --db "$db" init --name "Samordningsförbundet Prov" --orgnr 222000-1990
run --db "$db" insats add "Unga i arbete" --kind individinriktad --ages 16-29 \
	--participants-from 2024-03-01 --participants-to 2030-12-31
run --db "$db" participant add U1 --sex kvinna --born 2000
run --db "$db" participant add O1 --sex man --born 1950

# A date after today.
run --db "$db" participant enrol U1 --insats "Unga i arbete" --date "$tomorrow"
expect_rc 2 "enrolment after today"
expect_err "ligger efter i dag"
expect_err "--planned"
run --db "$db" participant enrol U1 --insats "Unga i arbete" --date "$tomorrow" --planned
expect_rc 0 "a planned enrolment"
run --db "$db" participant show U1 --format json
id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["enrolments"][0]["id"])' "$T/out")
run --db "$db" participant enrolment edit "$id" --date 2024-02-01
expect_rc 2 "before the participant period"
expect_err "utanför deltagarperioden för Unga i arbete (2024-03-01–2030-12-31)"
run --db "$db" participant enrolment edit "$id" --date 2025-02-01
expect_rc 0 "moved to a past date"
# An exit before its enrolment, or after today.
run --db "$db" participant exit U1 --insats "Unga i arbete" --date 2025-01-01 --reason arbete
expect_rc 2 "exit before enrolment"
expect_err "avslutet 2025-01-01 ligger före inskrivningen 2025-02-01"
run --db "$db" participant exit U1 --insats "Unga i arbete" --date "$tomorrow" --reason arbete
expect_rc 2 "exit after today"
expect_err "avslutsdatumet $tomorrow ligger efter i dag"
run --db "$db" participant enrolment edit "$id" --exited 2025-01-15 --reason arbete
expect_rc 2 "an exit before the enrolment through edit"
expect_err "ligger före inskrivningen"
run --db "$db" participant enrolment edit "$id" --reason arbete
expect_rc 2 "a reason without an exit"
expect_err "avslutsorsak utan avslutsdatum"

# An age outside the target group's: refused with a warning, kept with --force.
run --db "$db" participant enrol O1 --insats "Unga i arbete" --date 2025-04-01
expect_rc 2 "too old"
expect_err "varning: O1 fyller 75 år 2025, utanför målgruppens ålder för Unga i arbete (16–29 år)"
expect_err "--force"
run --db "$db" participant enrol O1 --insats "Unga i arbete" --date 2025-04-01 --force
expect_rc 0 "kept with --force"
# A correction of the year of birth meets the same rule.
run --db "$db" participant edit U1 --born 1960
expect_rc 2 "a birth year outside the ages"
expect_err "utanför målgruppens ålder"
run --db "$db" participant edit U1 --born 1960 --force
expect_rc 0 "forced"
run --db "$db" participant edit U1 --born 2000

# The import: refused per row, with its line.
cat > "$T/rows.csv" <<CSV
deltagare;insats;kön;födelseår;utbildning;inskriven;försörjning före;tid i försörjning;avslutad;avslutsorsak;försörjning efter
R1;Unga i arbete;kvinna;2001;gymnasial;2025-03-05;försörjningsstöd;ingen;;;
R2;Unga i arbete;kvinna;2001;gymnasial;$tomorrow;försörjningsstöd;ingen;;;
R3;Unga i arbete;man;1940;gymnasial;2025-03-05;försörjningsstöd;ingen;;;
R4;Unga i arbete;man;2001;gymnasial;2024-01-05;försörjningsstöd;ingen;;;
R5;Unga i arbete;man;2001;gymnasial;2025-03-05;försörjningsstöd;ingen;$tomorrow;arbete;lön
CSV
run --db "$db" import participants "$T/rows.csv"
expect_rc 2 "implausible rows"
expect_err "4 rader i"
expect_err "rows.csv, rad 3: inskrivningsdatumet $tomorrow ligger efter i dag"
expect_err "rows.csv, rad 4: varning: R3 fyller 85 år 2025"
expect_err "rows.csv, rad 5: inskrivningen 2024-01-05 ligger utanför deltagarperioden"
expect_err "rows.csv, rad 6: avslutsdatumet $tomorrow ligger efter i dag"
run --db "$db" participant show R1
expect_rc 2 "nothing stored"
grep -v -e "^R2" -e "^R4" -e "^R5" "$T/rows.csv" > "$T/ok.csv"
run --db "$db" import participants "$T/ok.csv"
expect_rc 2 "the age still refused"
run --db "$db" import participants "$T/ok.csv" --force
expect_rc 0 "the age kept with --force"

# An enrolment kept with --force can be exited without it.
run --db "$db" participant exit R3 --insats "Unga i arbete" --date 2025-06-01 --reason övrigt
expect_rc 0 "exit of a forced enrolment"

# A closed year: nothing that counts in it can change.
run --db "$db" participant exit U1 --insats "Unga i arbete" --date 2025-09-30 --reason arbete
expect_rc 0 "exit"
db_sql "$db" "INSERT INTO closed_year (year, adopted) VALUES (2025, '2026-03-20')"
run --db "$db" participant enrolment edit "$id" --support-before lön
expect_rc 2 "an enrolment of a closed year"
expect_err "hör till 2025, vars årsredovisning fastställdes av förbundsstyrelsen 2026-03-20"
run --db "$db" participant exit U1 --insats "Unga i arbete" --undo
expect_rc 2 "undo an exit of a closed year"
expect_err "hör till 2025"
run --db "$db" participant enrolment remove "$id"
expect_rc 2 "remove an enrolment of a closed year"
run --db "$db" participant remove U1
expect_rc 2 "remove a participant with enrolments in a closed year"
expect_err "hör till 2025"
run --db "$db" participant edit U1 --education gymnasial
expect_rc 2 "a fact of a closed year's participant"
# What the documents do not show can still be corrected.
run --db "$db" participant edit U1 --code U9
expect_rc 0 "a new code"
run --db "$db" participant enrol U9 --insats "Unga i arbete" --date 2025-11-01
expect_rc 2 "an enrolment in a closed year"
# An exit ends an enrolment that counted in the closed year too: refused.
# (O1's enrolment was kept with --force: the age is not asked again.)
run --db "$db" participant exit O1 --insats "Unga i arbete" --date "$(date +%Y-%m-%d)" --reason arbete
expect_rc 2 "an exit of an enrolment open in a closed year"
expect_err "inskrivningen hör till 2025"
run --db "$db" participant show U9 --format json
checks=$((checks + 1))
python3 -c 'import json,sys
e=json.load(open(sys.argv[1]))["enrolments"]
assert len(e)==1 and e[0]["support_before"]=="okänd" and e[0]["exited"]=="2025-09-30", e' "$T/out" ||
	fail "a closed year's enrolment changed"

finish
