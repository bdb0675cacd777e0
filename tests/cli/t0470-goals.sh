# The director's goals, texts and uploads in the web pages, with curl on
# the demo förbund: a goal and a result goal added, changed, assessed and
# removed, the change seen in the annual report; a text written, previewed
# without being stored, saved, seen in the annual report and removed; an
# SIE file and a survey file with errors refused whole with their lines,
# good ones read in; survey answers listed and removed; the board reads
# the goals and may change nothing.
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/web_lib.sh"
web_demo

web_serve

A="$T/anna" B="$T/bo"
login anna korvmacka-123 "$A"
expect_code 303 "login anna"
login bo korvmacka-123 "$B"
expect_code 303 "login bo"

# ---- the board reads, and may change nothing ----
get "/mal?year=2025" "$B"
expect_code 200 "the board reads the goals"
expect_body "Individinriktade insatser"
expect_no_body 'id="manage-goals"' "no link to change them"
for p in /mal/hantera /mal/1/andra /mal/1/ta-bort /mal/1/bedomning /texter /texter/chair /inlasning /enkater; do
	get "$p" "$B"
	expect_code 403 "board GET $p"
done
get / "$B"
t=$(csrf)
for p in /mal/nytt /mal/resultatmal /mal/1/andra /mal/1/ta-bort /mal/1/bedomning /texter/chair \
	/texter/chair/ta-bort /inlasning/bokforing /inlasning/enkater /enkater/ta-bort; do
	post "$p" "$B" "csrf=$t" "year=2025" "title=Styrelsens mål" "area=individ"
	expect_code 403 "board POST $p"
done
checks=$((checks + 1))
[ "$(db_sql "$db" "SELECT count(*) FROM goal WHERE title = 'Styrelsens mål'")" = 0 ] || fail "the board added a goal"
get / "$B"
expect_no_body 'href="/texter"' "the board's menu has no texts"

# ---- goals ----
get "/mal?year=2025" "$A"
expect_body 'id="manage-goals"' "the director's link to change the goals"
get "/mal/hantera?year=2025" "$A"
expect_code 200 "the goals' page"
expect_body '<option value="">Välj område</option>' "no area chosen beforehand"
t=$(csrf)
post /mal/nytt "$A" "csrf=$t" "year=2025" "title=" "area="
expect_code 400 "a goal without title and area"
expect_body 'id="error-summary"'
expect_body 'id="title-error"'
expect_body 'id="area-error"'
expect_body 'aria-invalid="true"'
post /mal/nytt "$A" "csrf=$t" "year=2025" "title=Samverkan i Norrdalen" "area=struktur" "description=Nytt mål"
expect_code 303 "a new goal"
expect_head "Location: /mal/hantera?year=2025&ok=" "back to the goals"
get "/mal/hantera?year=2025" "$A"
expect_body "Mål 5: Samverkan i Norrdalen"
expect_body '<option value="5">Samverkan i Norrdalen</option>' "goals chosen by their titles"
post /mal/resultatmal "$A" "csrf=$t" "year=2025" "goal=5" "text=" "indicator=" "target=abc"
expect_code 400 "a result goal without text"
expect_body 'id="text-error"'
post /mal/resultatmal "$A" "csrf=$t" "year=2025" "goal=5" "text=Fyra möten i utvecklingsgruppen" \
	"indicator=manual" "target=4" "unit=möten" "insats=" "follow_up=Protokollen"
expect_code 303 "a new result goal"
post /mal/resultatmal "$A" "csrf=$t" "year=2025" "goal=5" "text=Fel" "indicator=attendees" "insats=1"
expect_code 400 "an intervention with the wrong indicator"
expect_body 'id="insats-error"'
expect_no_body "--insats" "no option named"
get "/mal/5/andra?year=2025" "$A"
expect_code 200 "the goal's edit form"
expect_body 'value="Samverkan i Norrdalen"'
post /mal/5/andra "$A" "csrf=$t" "year=2025" "title=" "area=struktur"
expect_code 400 "a goal's title removed"
expect_body 'id="title-error"'
expect_no_body "--title"
post /mal/5/andra "$A" "csrf=$t" "year=2025" "title=Samverkan över gränserna" "area=struktur" "description="
expect_code 303 "the title changed"
get /mal/5.1/andra?year=2025 "$A"
expect_code 200 "the result goal's edit form"
expect_body "Fyra möten i utvecklingsgruppen"
post /mal/5.1/andra "$A" "csrf=$t" "year=2025" "text=Fem möten i utvecklingsgruppen" "indicator=manual" \
	"target=5" "unit=möten" "insats=" "follow_up=Protokollen"
expect_code 303 "the result goal changed"
get /mal/5.1/bedomning?year=2025\&period=annual "$A"
expect_code 200 "the assessment form"
expect_body '<option value="annual" selected>Helår</option>' "periods as Helår and Delår"
expect_body '<option value="interim">Delår</option>'
post /mal/5.1/bedomning "$A" "csrf=$t" "year=2025" "period=annual" "status=" "value=x"
expect_code 400 "an assessment without status"
expect_body 'id="status-error"'
post /mal/5.1/bedomning "$A" "csrf=$t" "year=2025" "period=annual" "status=met" "value=5" "comment=Alla fem hölls."
expect_code 303 "assessed"
get "/rapporter/arsredovisning/2025" "$A"
expect_body "Samverkan över gränserna" "the annual report has the goal by its new title"
expect_body "Fem möten i utvecklingsgruppen"
expect_no_body "Samverkan i Norrdalen" "and not by its old one"
get "/mal/5.1/bedomning/ta-bort?year=2025&period=annual" "$A"
expect_code 200 "the confirmation of an assessment's removal"
expect_body "Vill du ta bort bedömningen"
post /mal/5.1/bedomning/ta-bort "$A" "csrf=$t" "year=2025" "period=annual"
expect_code 303 "the assessment removed"
post /mal/5.1/bedomning/ta-bort "$A" "csrf=$t" "year=2025" "period=annual"
expect_code 400 "no assessment left to remove"
post /mal/5.1/andra "$A" "csrf=$t" "year=2025" "text=Fem möten i utvecklingsgruppen" "indicator=" "target=" \
	"unit=" "insats=" "follow_up="
expect_code 303 "the indicator taken away"
get "/mal/hantera?year=2025" "$A"
checks=$((checks + 1))
tr -d '\n' < "$T/body" | grep -qF "Fem möten i utvecklingsgruppen</h3><p>Indikator: Ingen indikator</p>" ||
	fail "the result goal has no indicator"
get /mal/5/ta-bort?year=2025 "$A"
expect_body "Vill du ta bort mål 5"
post /mal/5/ta-bort "$A" "csrf=$t" "year=2025"
expect_code 400 "a goal with a result goal"
expect_body "ta bort resultatmålen först"
expect_no_body "finsam goal" "no command named"
post /mal/5.1/ta-bort "$A" "csrf=$t" "year=2025"
expect_code 303 "the result goal removed"
post /mal/5/ta-bort "$A" "csrf=$t" "year=2025"
expect_code 303 "the goal removed"
get "/rapporter/arsredovisning/2025" "$A"
expect_no_body "Samverkan över gränserna" "gone from the annual report"
get /mal/9/andra?year=2025 "$A"
expect_code 404 "a goal that is not there"
checks=$((checks + 1))
[ "$(db_sql "$db" "SELECT count(*) FROM audit_log WHERE actor = 'anna' AND action IN ('lägg till mål', 'ändra mål',
	'lägg till resultatmål', 'ändra resultatmål', 'bedöm', 'ta bort bedömning', 'ta bort resultatmål', 'ta bort mål')")" = 9 ] ||
	fail "the goals' changes are logged with anna's name"

# ---- texts ----
get "/texter?year=2025" "$A"
expect_code 200 "the texts"
expect_body 'id="text-chair"'
expect_body "Ingen text för 2025." "economy has none"
get "/texter/economy?year=2025" "$A"
expect_code 200 "a text's form"
t=$(csrf)
post /texter/economy "$A" "csrf=$t" "year=2025" "action=preview" "markdown=## Hushållning

Förbundet höll *budgeten* <script>x</script>."
expect_code 200 "a preview"
expect_body 'id="preview"'
expect_body "<h2>Hushållning</h2>" "the heading through the documents' Markdown"
expect_body "Förbundet höll budgeten &lt;script&gt;x&lt;/script&gt;." "emphasis kept as text, HTML escaped"
get "/rapporter/arsredovisning/2025" "$A"
expect_no_body "Förbundet höll budgeten" "a preview stores nothing"
post /texter/economy "$A" "csrf=$t" "year=2025" "action=save" "markdown=   "
expect_code 400 "an empty text"
expect_body 'id="markdown-error"'
post /texter/economy "$A" "csrf=$t" "year=2025" "action=save" "markdown=Förbundet höll **budgeten** 2025."
expect_code 303 "a text saved"
get "/rapporter/arsredovisning/2025" "$A"
expect_body "Förbundet höll budgeten 2025." "the annual report shows it"
get "/texter/economy/ta-bort?year=2025" "$A"
expect_body "Vill du ta bort texten"
post /texter/economy/ta-bort "$A" "csrf=$t" "year=2025"
expect_code 303 "a text removed"
get "/rapporter/arsredovisning/2025" "$A"
expect_no_body "Förbundet höll budgeten" "gone from the annual report"
get "/texter/nope?year=2025" "$A"
expect_code 404 "an unknown section"

# ---- the books as an SIE file ----
"$FINSAM" --db "$db" report statements --year 2025 > "$T/before.txt" 2>&1
get /inlasning "$A"
expect_code 200 "the uploads page"
expect_body 'enctype="multipart/form-data"'
t=$(csrf)
upload /inlasning/bokforing "$A" "$t" "$SRC/tests/data/web/trasig.se"
expect_code 400 "a broken SIE file"
expect_body 'id="sie-errors"'
expect_body "trasig.se, rad 16, kolumn 1: verifikation A 901 balanserar inte" "the error with its line"
expect_body "trasig.se, rad 21: årsnummer -3 har inget räkenskapsår" "and the next error"
expect_body 'id="sie-file-error"'
expect_no_body "finsam-upload-" "no temporary path"
"$FINSAM" --db "$db" report statements --year 2025 > "$T/after.txt" 2>&1
checks=$((checks + 1))
cmp -s "$T/before.txt" "$T/after.txt" || fail "the broken file changed the books"
checks=$((checks + 1))
[ "$(db_sql "$db" "SELECT count(*) FROM account WHERE name = 'Trasigt konto'")" = 0 ] || fail "a broken file's account stored"
upload /inlasning/bokforing "$A" "$t" "$SRC/examples/norrdalen-2025.se"
expect_code 303 "a good SIE file"
expect_head "Location: /inlasning?year=2025&ok=" "the year's check after it"
get "/inlasning?year=2025&ok=Bokf%C3%B6ringen%20%C3%A4r%20inl%C3%A4st." "$A"
expect_body 'id="check-summary" class="ok">Alla kontroller håller.' "the year's checks"
expect_body 'href="/kontroll?year=2025"'
checks=$((checks + 1))
[ "$(db_sql "$db" "SELECT actor FROM audit_log WHERE action = 'läs in bokföring' ORDER BY id DESC LIMIT 1")" = anna ] ||
	fail "the import is logged with anna's name"
"$FINSAM" --db "$db" report statements --year 2025 > "$T/after.txt" 2>&1
checks=$((checks + 1))
cmp -s "$T/before.txt" "$T/after.txt" || fail "the same file again gives the same statements"
upload /inlasning/bokforing "$A" "$t" /dev/null
expect_code 400 "no file"

# ---- survey answers ----
upload /inlasning/enkater "$A" "$t" "$SRC/tests/data/survey/bad.csv"
expect_code 400 "a survey file with errors"
expect_body 'id="survey-errors"'
for l in "bad.csv, rad 3: okänd grupp" "bad.csv, rad 4: antalet för steg 2 är negativt" \
	"bad.csv, rad 5:" "bad.csv, rad 6: okänt kön" "bad.csv, rad 7: det finns ingen insats"; do
	expect_body "$l" "every error with its line"
done
get "/enkater?year=2022" "$A"
expect_body "Inga enkätsvar för 2022." "nothing of it stored"
upload /inlasning/enkater "$A" "$t" "$SRC/tests/data/web/enkat-personal-2025.csv"
expect_code 303 "a good survey file"
# The log names the file as the director knows it, never the server's
# temporary copy, and the director as the one who read it in.
"$FINSAM" --db "$db" audit --format json > "$T/audit.json" || fail "audit"
checks=$((checks + 1))
python3 -c 'import json,sys
a=[x for x in json.load(open(sys.argv[1]))["audit"] if x["action"] in ("läs in enkätsvar", "ersätt enkätsvar") and x["actor"]=="anna"]
assert a and all(json.loads(x["after"])["file"]=="enkat-personal-2025.csv" for x in a), a
assert all(json.loads(x["after"])["lines"] > 0 for x in a), a' "$T/audit.json" || fail "the survey upload's log"
expect_head "Location: /enkater?year=2025&ok=" "to the year's answers"
get "/enkater?year=2025" "$A"
expect_body "Personal" "the new group listed"
expect_body "Deltagare vid avslut" "beside the demo's"
get "/enkater/ta-bort?year=2025&group=staff&insats=0" "$A"
expect_code 200 "the confirmation of a survey removal"
expect_body "Vill du ta bort enkätsvaren"
post /enkater/ta-bort "$A" "csrf=$t" "year=2025" "group=staff" "insats=0"
expect_code 303 "the answers removed"
get "/enkater?year=2025" "$A"
expect_no_body "<strong>Personal</strong>" "gone from the list"
post /enkater/ta-bort "$A" "csrf=$t" "year=2025" "group=staff" "insats=0"
expect_code 400 "none left to remove"
get "/enkater/ta-bort?year=2025&group=nope&insats=0" "$A"
expect_code 404 "an unknown group"

kill -TERM "$server"
wait "$server"
finish
