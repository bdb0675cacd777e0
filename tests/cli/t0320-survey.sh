# NNS indicator surveys: the survey tool's CSV in, the shares positive per
# group and sex out (Jämtland 2022: at exit 84 % positive; during the
# intervention 91 %, 96 % of the women and 88 % of the men; staff 82 %,
# managers 53 %), bad files refused whole, small groups protected.
. "$SRC/tests/cli/lib.sh"
db="$T/s.db"
data="$SRC/tests/data/survey"

# py FILE EXPR: EXPR holds for d, the JSON in FILE.
py() {
	checks=$((checks + 1))
	python3 -c 'import json,sys
d=json.load(open(sys.argv[1]))
def q(g, code): return [x for x in d["groups"][g] if x["code"] == code][0]
assert eval(sys.argv[2]), sys.argv[2]' "$1" "$2" 2>"$T/py.err" || fail "$2: $(tail -1 "$T/py.err")"
}

run --db "$db" init --name "Samordningsförbundet Prov" --orgnr 222000-1990
run --db "$db" insats add "Steget vidare" --kind individinriktad

# Bad files: each refused with its reason, exit 2, nothing stored.
run --db "$db" survey import "$data/bad.csv"
expect_rc 2 "bad lines"
expect_err "5 rader i"
expect_err "bad.csv, rad 3: okänd grupp 'deltagare efter' (välj deltagare start, deltagare pågående, deltagare avslut, personal, chefer eller styrelse)"
expect_err "bad.csv, rad 4: antalet för steg 2 är negativt: '-1'"
expect_err "bad.csv, rad 5: antalet för steg 4 är inget heltal: '2,5'"
expect_err "bad.csv, rad 6: okänt kön 'annat' (välj kvinna, man eller okänt)"
expect_err "bad.csv, rad 7: det finns ingen insats 'Finns inte'"
run --db "$db" survey import "$data/missing-column.csv"
expect_rc 2 "missing column"
expect_err "missing-column.csv: kolumnen '5' (till mycket stor del) saknas i rubrikraden"
printf 'grupp;fråga;frågetext;kön;1;2;3;4;5;6\npersonal;C1;Fråga;kvinna;0;0;0;5;5;5\n' > "$T/noyear.csv"
run --db "$db" survey import "$T/noyear.csv"
expect_rc 2 "no year"
expect_err "kolumnen 'år' saknas i rubrikraden (eller ange året)"
printf 'år;grupp;fråga;frågetext;kön;1;2;3;4;5;6\n2022;personal;C1;Fråga;kvinna;0;0;0;5;5;5\n2022;personal;C1;Fråga;Kvinna;0;0;0;5;5;5\n' > "$T/twice.csv"
run --db "$db" survey import "$T/twice.csv"
expect_rc 2 "the same line twice"
expect_err "twice.csv, rad 3: fråga C1 från personal, kvinna, finns redan på en tidigare rad"
run --db "$db" survey import "$T/noyear.csv" --year 2021x
expect_rc 2 "bad --year"
run --db "$db" report survey --year 2022 --format json
expect_rc 0 "empty report"
cp "$T/out" "$T/empty.json"
py "$T/empty.json" 'all(d["groups"][g] == [] for g in ("participants_start", "participants_during", "participants_exit", "staff", "managers", "board"))'
expect_json "$T/empty.json" min_cell 5
run --db "$db" report survey --year 2022
expect_out "Inga enkätsvar finns för 2022."

# The year's file, header in its own order, words in any case.
run --db "$db" survey import "$data/nns-2022.csv"
expect_rc 0 "import"
expect_out "Läste in 12 rader med enkätsvar"
run --db "$db" report survey --year 2022 --format json -o "$T/p.json"
expect_rc 0 "report"
expect_json "$T/p.json" year 2022
expect_json "$T/p.json" insats null
# At exit: 27 of 32 positive, 84 %.
py "$T/p.json" 'q("participants_exit", "B2")["share_positive"] == {"total": "0.8438", "women": "0.8571", "men": "0.8333"}'
py "$T/p.json" 'q("participants_exit", "B2")["respondents"] == {"total": 32, "women": 14, "men": 18}'
py "$T/p.json" 'q("participants_exit", "B2")["counts"] == ["<5", "<5", "<5", 7, 9, 11]'
py "$T/p.json" '[x["code"] for x in d["groups"]["participants_exit"]] == ["B2", "B3"]'
py "$T/p.json" 'q("participants_exit", "B3")["group"] == "participants_exit"'
# During: 60 of 66 (91 %), women 24 of 25 (96 %), men 36 of 41 (88 %).
py "$T/p.json" 'q("participants_during", "B2")["share_positive"] == {"total": "0.9091", "women": "0.9600", "men": "0.8780"}'
py "$T/p.json" 'q("participants_during", "B2")["text"] == "Är du med och bestämmer vilket stöd du ska få?"'
# Staff 27 of 33 (82 %); managers 9 of 17 (53 %), every step small.
py "$T/p.json" 'q("staff", "C1")["share_positive"]["total"] == "0.8182"'
py "$T/p.json" 'q("staff", "C1")["counts"] == [0, "<5", "<5", 12, 9, 6]'
py "$T/p.json" 'q("managers", "D4")["share_positive"]["total"] == "0.5294"'
py "$T/p.json" 'q("managers", "D4")["counts"] == ["<5"] * 6'
# The board: four answers, nothing of them shown.
py "$T/p.json" 'q("board", "E1")["respondents"] == {"total": "<5", "women": "<5", "men": "<5"}'
py "$T/p.json" 'q("board", "E1")["share_positive"] == {"total": "x", "women": "x", "men": "x"}'
py "$T/p.json" 'd["groups"]["participants_start"] == []'
checks=$((checks + 1))
grep -q '"counts": \[$' "$T/p.json" || fail "counts is not an array"

# Unprotected: everything, for the administrators.
run --db "$db" report survey --year 2022 --format json --unprotected
cp "$T/out" "$T/u.json"
expect_json "$T/u.json" min_cell null
py "$T/u.json" 'q("board", "E1")["respondents"] == {"total": 4, "women": 2, "men": 2}'
py "$T/u.json" 'q("board", "E1")["share_positive"] == {"total": "1.0000", "women": "1.0000", "men": "1.0000"}'
py "$T/u.json" 'q("participants_exit", "B2")["counts"] == [1, 2, 2, 7, 9, 11]'
run --db "$db" report survey --year 2022 --unprotected
expect_out "SKYDDADE UPPGIFTER"

# A higher threshold hides more.
run --db "$db" setting set min-cell 10
run --db "$db" report survey --year 2022 --format json
cp "$T/out" "$T/t10.json"
expect_json "$T/t10.json" min_cell 10
py "$T/t10.json" 'q("managers", "D4")["respondents"]["women"] == "<10"'
py "$T/t10.json" 'q("managers", "D4")["share_positive"]["women"] == "x"'
run --db "$db" setting set min-cell 5

# One group, one intervention; text, Markdown and CSV for people.
run --db "$db" report survey --year 2022 --group "Deltagare avslut" --format json
cp "$T/out" "$T/g.json"
py "$T/g.json" 'list(d["groups"]) == ["participants_exit"]'
run --db "$db" report survey --year 2022 --group deltagare
expect_rc 2 "unknown group"
expect_err "okänd grupp 'deltagare'"
run --db "$db" report survey --year 2022 --insats "Steget vidare" --format json
cp "$T/out" "$T/i.json"
expect_json "$T/i.json" insats "\"Steget vidare\""
py "$T/i.json" 'd["groups"]["staff"] == [] and len(d["groups"]["participants_exit"]) == 2'
run --db "$db" report survey --year 2022 --insats "Finns inte"
expect_rc 2 "unknown intervention"
run --db "$db" report survey --year 2022
expect_rc 0 "text"
expect_out "Deltagare vid avslut"
expect_out "84,4 %"
expect_out "Andel positiva: svar 4–6"
run --db "$db" report survey --year 2022 --format csv
expect_out "Deltagare under pågående insats;B2;"
expect_out ";66;25;41;0,9091;0,9600;0,8780;0,6667;<5;<5;<5;16;20;24;;;;"
run --db "$db" report survey --year 2022 --format md
expect_out "| B2 |"

# Windows-1252 with commas and no year column: --year gives it. It
# replaces the staff's 2022 answers and leaves the rest.
printf '\305r,Grupp,Fr\345ga,Fr\345getext,K\366n,1,2,3,4,5,6\n2022,personal,C1,Tas deltagarnas erfarenheter till vara?,kvinna,0,0,5,5,5,5\n,personal,C2,F\366rb\344ttras samarbetet?,man,0,0,0,6,6,6\n' > "$T/cp1252.csv"
run --db "$db" survey import "$T/cp1252.csv" --year 2022
expect_rc 0 "Windows-1252"
expect_out "Läste in 2 rader med enkätsvar"
expect_out "(Windows-1252)"
expect_out "De ersatte 2 tidigare inlästa rader"
run --db "$db" report survey --year 2022 --format json --unprotected
cp "$T/out" "$T/w.json"
py "$T/w.json" 'q("staff", "C1")["respondents"] == {"total": 20, "women": 20, "men": 0}'
py "$T/w.json" 'q("staff", "C1")["text"] == "Tas deltagarnas erfarenheter till vara?"'
py "$T/w.json" 'q("staff", "C2")["text"] == "Förbättras samarbetet?"'
py "$T/w.json" 'q("participants_exit", "B2")["respondents"]["total"] == 32'
# A line of another year than --year is refused.
run --db "$db" survey import "$T/cp1252.csv" --year 2023
expect_rc 2 "year against --year"
expect_err "cp1252.csv, rad 2: raden gäller 2022, inte det angivna året 2023"

# A bad Windows-1252 file: the message quotes its words as UTF-8.
printf '\305r;Grupp;Fr\345ga;Fr\345getext;K\366n;1;2;3;4;5;6\n2022;gr\366na;C1;Fr\345ga;kvinna;0;0;5;5;5;5\n' > "$T/bad1252.csv"
run --db "$db" survey import "$T/bad1252.csv"
expect_rc 2 "bad Windows-1252 file"
expect_err "bad1252.csv, rad 2: okänd grupp 'gröna'"

# A bad file leaves what was stored as it was.
run --db "$db" survey import "$data/bad.csv"
run --db "$db" report survey --year 2022 --format json --unprotected
cmp -s "$T/out" "$T/w.json" || fail "a bad file changed what was stored"
checks=$((checks + 1))

finish
