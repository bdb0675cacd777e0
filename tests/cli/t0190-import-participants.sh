# Importing participant lists: words and dates as staff write them, one
# person in several interventions, and every bad row listed with nothing
# stored.
. "$SRC/tests/cli/lib.sh"
db="$T/p.db"
data="$SRC/tests/data/participants"

run --db "$db" init --name "Samordningsförbundet Prov" --orgnr 222000-1990
run --db "$db" insats add "Steget vidare" --kind individinriktad
run --db "$db" insats add "Unga i arbete" --kind individinriktad

run --db "$db" import participants "$data/bad.csv"
expect_rc 2 "bad rows"
expect_err "7 rader i"
expect_err "bad.csv, rad 3: okänt värde för kön: 'annat'"
expect_err "bad.csv, rad 4: det finns ingen insats 'Finns inte'"
expect_err "bad.csv, rad 5: ogiltigt födelseår '19x0'"
expect_err "bad.csv, rad 6: ogiltigt datum '2025-02-30'"
expect_err "bad.csv, rad 7: avslutet 2025-02-01 ligger före inskrivningen 2025-03-01"
expect_err "bad.csv, rad 8: avslutsorsak utan avslutsdatum"
expect_err "bad.csv, rad 9: kön eller födelseår skiljer sig"
run --db "$db" participant list --format json
checks=$((checks + 1))
python3 -c 'import json,sys; sys.exit(0 if json.load(open(sys.argv[1]))["participants"]==[] else 1)' "$T/out" ||
	fail "something was stored from a bad file"

run --db "$db" import participants "$data/list.csv"
expect_rc 0 "import"
expect_out "3 nya deltagare och 4 inskrivningar"
run --db "$db" participant show D100 --format json
checks=$((checks + 1))
python3 -c 'import json,sys
d=json.load(open(sys.argv[1]))
e=d["enrolments"]
assert d["participant"][0]["sex"]=="kvinna"
assert len(e)==2 and e[0]["time_in_support"]=="1-2 år" and e[0]["exit_reason"]=="arbete" and e[0]["support_after"]=="lön", e
assert e[1]["intervention"]=="Unga i arbete" and e[1]["enrolled"]=="2025-09-01" and e[1]["exited"] is None, e
' "$T/out" || fail "imported enrolments"
run --db "$db" participant show D101
expect_out "angivet (sparas inte"
checks=$((checks + 1))
if grep -a -q "1212121212" "$db" "$db-wal" 2>/dev/null; then fail "the personal identity number is stored"; fi

# The same person again under a new code is refused, and nothing stored.
printf 'deltagare;personnummer;insats;kön;födelseår;utbildning;inskriven;försörjning före;tid i försörjning\nD900;191212121212;Steget vidare;man;1912;okänd;2025-05-01;lön;ingen\n' > "$T/again.csv"
run --db "$db" import participants "$T/again.csv"
expect_rc 2 "same person under another code"
expect_err "1 rad i $T/again.csv är felaktig; ingenting sparades"
expect_err "D900 är samma person som D101"
# A personal identity number in the code column is refused before anything is stored.
printf 'deltagare;insats;kön;födelseår;utbildning;inskriven;försörjning före;tid i försörjning\n19121212-1212;Steget vidare;man;1912;okänd;2025-05-01;lön;ingen\n' > "$T/pnrcode.csv"
run --db "$db" import participants "$T/pnrcode.csv"
expect_rc 2 "a personal identity number as the code"
expect_err "pnrcode.csv, rad 2"
expect_err "deltagarkoden får inte vara ett personnummer"
checks=$((checks + 1))
grep -q "19121212-1212" "$T/err" && fail "the number is repeated in the message"

run --db "$db" audit --format json
checks=$((checks + 1))
python3 -c 'import json,sys
log=[x for x in json.load(open(sys.argv[1]))["audit"] if not x["record"]]
a=[x for x in log if x["action"]!="personnummer fanns redan"]
assert len(a)==7, len(a)
assert all(x["detail"].startswith("import:") for x in a)
r=[x for x in log if x["action"]=="personnummer fanns redan"]
assert [x["participant"] for x in r]==["D101"], r
' "$T/out" || fail "audit of the import (seven rows stored, one refused for the same person)"

finish
