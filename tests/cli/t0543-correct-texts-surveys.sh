# Correcting the users' texts and the survey answers: a text replaced and
# removed, the answers of a group removed (what a new import of them would
# replace). The documents follow; the audit log keeps what was there; a
# closed year refuses.
. "$SRC/tests/cli/lib.sh"
db="$T/t.db"
data="$SRC/tests/data/survey"

run --db "$db" init --name "Samordningsförbundet Prov" --orgnr 222000-1990
run --db "$db" insats add "Steget vidare" --kind individinriktad

# Texts.
printf 'Alla ska kunna försörja sig.\n' > "$T/vision.md"
printf 'Alla ska kunna arbeta eller studera.\n' > "$T/vision2.md"
run --db "$db" text set vision --year 2025 "$T/vision.md"
expect_rc 0 "text set"
run --db "$db" text set vision --year 2025 "$T/vision2.md"
expect_rc 0 "text replaced"
run --db "$db" text show vision --year 2025
expect_out "arbeta eller studera"
run --db "$db" text remove vision --year 2025
expect_rc 0 "text remove"
run --db "$db" text show vision --year 2025
expect_rc 2 "the text is gone"
expect_err "ingen text 'vision' för 2025"
run --db "$db" text remove vision --year 2025
expect_rc 2 "nothing to remove"
run --db "$db" text remove visionen --year 2025
expect_rc 2 "an unknown section"
expect_err "okänt avsnitt 'visionen'"

# Survey answers.
run --db "$db" survey import "$data/nns-2022.csv"
expect_rc 0 "survey import"
run --db "$db" survey remove --year 2022 --group "deltagare avslut" --insats "Steget vidare"
expect_rc 0 "survey remove"
expect_out "Tog bort 4 rader"
run --db "$db" report survey --year 2022 --unprotected --format json
checks=$((checks + 1))
python3 -c 'import json,sys
g=json.load(open(sys.argv[1]))["groups"]
assert g["participants_exit"]==[] and len(g["participants_during"])==1 and len(g["staff"])==1, g' "$T/out" ||
	fail "the report did not follow the removal"
run --db "$db" survey remove --year 2022 --group personal
expect_rc 0 "answers of no intervention"
expect_out "Tog bort 2 rader"
run --db "$db" survey remove --year 2022 --group personal
expect_rc 2 "none left"
expect_err "det finns inga enkätsvar från personal för 2022 utan insats"
run --db "$db" survey remove --year 2022 --group efter
expect_rc 2 "an unknown group"
expect_err "okänd grupp 'efter' (välj deltagare start, deltagare pågående"

# The audit log keeps what was there.
run --db "$db" audit --format json
checks=$((checks + 1))
python3 -c 'import json,sys
a=json.load(open(sys.argv[1]))["audit"]
def one(action): return [x for x in a if x["action"]==action][0]
e=one("ändra text")
assert e["record"]=="text 2025 vision" and "försörja sig" in json.loads(e["before"])["markdown"] and "studera" in json.loads(e["after"])["markdown"], e
e=one("ta bort text")
assert "studera" in json.loads(e["before"])["markdown"] and e["after"]=="", e
e=one("ta bort enkätsvar")
b=json.loads(e["before"])
assert e["record"]=="survey 2022 participants_exit intervention 1" and b["lines"]==4 and b["intervention"]==1, e
' "$T/out" || fail "audit log of texts and surveys"

# A new import of a group replaces, and the log says so.
run --db "$db" survey import "$data/nns-2022.csv"
expect_rc 0 "import again"
run --db "$db" audit --format json
checks=$((checks + 1))
python3 -c 'import json,sys
a=json.load(open(sys.argv[1]))["audit"]
r=[x for x in a if x["action"]=="ersätt enkätsvar"]
assert len(r)==3 and all(json.loads(x["after"])["file"].endswith("nns-2022.csv") for x in r), r
assert all(json.loads(x["before"])["lines"] > 0 and json.loads(x["after"])["lines"] > 0 for x in r), r
n=[x for x in a if x["action"]=="läs in enkätsvar"]
assert len(n)>=4 and all(x["before"]=="" and json.loads(x["after"])["lines"] > 0 for x in n), n' "$T/out" ||
	fail "the replaced answers are not logged"

# A closed year.
db_sql "$db" "INSERT INTO closed_year (year, adopted) VALUES (2022, '2023-03-20')"
run --db "$db" survey remove --year 2022 --group chefer
expect_rc 2 "remove in a closed year"
expect_err "enkätsvaren hör till 2022"
run --db "$db" survey import "$data/nns-2022.csv"
expect_rc 2 "import in a closed year"
run --db "$db" text set vision --year 2022 "$T/vision.md"
expect_rc 2 "text in a closed year"
expect_err "texten hör till 2022"

finish
