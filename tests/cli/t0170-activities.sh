# Structural and competence activities with attendance per organisation
# (Jämtland 2022: Handläggarforum, 153 attendees).
. "$SRC/tests/cli/lib.sh"
db="$T/a.db"

run --db "$db" init --name "Samordningsförbundet Prov" --orgnr 222000-1990
run --db "$db" activity add "Handläggarforum" --date 2022-10-12 --kind kompetenshöjande \
	--organiser "Förbundet" --attendees "Försäkringskassan=40, Arbetsförmedlingen=38, Regionen=35, Kommunerna=40"
expect_rc 0 "add"
expect_out "153 deltagare"
run --db "$db" activity add "Inspirationsdagen" --date 2024-05-16 --kind strukturinriktad --attendees "Alla=150"
expect_rc 0 "add second"
run --db "$db" activity list --year 2022 --format json
cp "$T/out" "$T/a.json"
expect_json "$T/a.json" total_attendees 153
checks=$((checks + 1))
python3 -c 'import json,sys
a=json.load(open(sys.argv[1]))["activities"]
assert len(a)==1 and a[0]["name"]=="Handläggarforum" and a[0]["kind"]=="competence" and a[0]["attendees"]==153, a
' "$T/a.json" || fail "activities json"
run --db "$db" activity list
expect_out "Inspirationsdagen"
expect_out "150"

run --db "$db" activity add "X" --date 2024-05-16 --kind fest
expect_rc 2 "bad kind"
run --db "$db" activity add "X" --date 2024-05-16 --kind strukturinriktad --attendees "Alla"
expect_rc 2 "bad attendees"
expect_err "organisation=antal"
run --db "$db" activity add "X" --date 2024-05-16 --kind strukturinriktad --attendees "Alla=tre"
expect_rc 2 "bad count"
expect_err "inte ett heltal"
run --db "$db" activity add "X" --date 2024-05-16 --kind strukturinriktad --attendees "A=1, A=2"
expect_rc 2 "same organisation twice"
run --db "$db" activity list --year 2024 --format json
cp "$T/out" "$T/b.json"
expect_json "$T/b.json" total_attendees 150

finish
