# Every kind of PDF finsam writes, on the demo förbund, from every command
# that takes --format pdf and from the web: each passes `qpdf --check`
# without a warning (cairo 1.16 alone leaves a broken cross-reference table
# in a PDF with links), poppler reads its Swedish text, no word stands
# beyond the right margin (a wide table shrinks to fit), and it is a tagged
# PDF in Swedish: /Lang sv-SE, marked, the title shown, a structure tree.
# The annual report is read closer: its headings, paragraphs, tables with
# header cells, lists and charts as figures whose alternative text states
# their figures; the contents' links go to pages and the bookmarks follow
# the sections.
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/web_lib.sh"
for tool in qpdf pdftotext python3; do
	command -v "$tool" >/dev/null 2>&1 || { echo "skipped: $tool is missing"; exit 77; }
done
web_demo

# valid NAME: $T/NAME.pdf passes qpdf's check, is tagged in Swedish, has
# its Swedish text readable and every word within the margins; its facts
# (see pdf_facts.py) in $T/NAME.facts.
valid() {
	f="$T/$1.pdf"
	checks=$((checks + 1))
	rc=0
	qpdf --check "$f" > "$T/$1.check" 2>&1 || rc=$?
	[ "$rc" -eq 0 ] || fail "$1.pdf: qpdf --check exits $rc: $(head -c 600 "$T/$1.check")"
	grep -q WARNING "$T/$1.check" && fail "$1.pdf: qpdf --check warns: $(grep WARNING "$T/$1.check" | head -3)"

	checks=$((checks + 1))
	pdftotext "$f" "$T/$1.txt" 2>"$T/$1.txt.err" || fail "$1.pdf: pdftotext failed: $(cat "$T/$1.txt.err")"
	grep -q "Samordningsförbundet Norrdalen" "$T/$1.txt" ||
		fail "$1.pdf: no 'Samordningsförbundet Norrdalen' in its text: $(head -c 300 "$T/$1.txt")"

	checks=$((checks + 1))
	qpdf --json --json-key=pages --json-key=outlines --json-key=qpdf "$f" > "$T/$1.json" 2>&1 ||
		fail "$1.pdf: qpdf --json failed: $(head -c 300 "$T/$1.json")"
	pdftotext -bbox "$f" "$T/$1.bbox.html" || fail "$1.pdf: pdftotext -bbox failed"
	python3 "$SRC/tests/cli/pdf_facts.py" "$T/$1.json" "$T/$1.bbox.html" > "$T/$1.facts" ||
		{ fail "$1.pdf: pdf_facts.py failed"; return; }
	for fact in "lang sv-SE" "marked true" "displaydoctitle true" "tag Document" "tag H1"; do
		grep -qxF "$fact" "$T/$1.facts" || fail "$1.pdf: not '$fact': $(head -5 "$T/$1.facts")"
	done
	grep '^beyond ' "$T/$1.facts" | head -3 | while read -r line; do
		echo "FAIL: $1.pdf: a word beyond the right margin: $line" >&2
	done
	grep -q '^beyond ' "$T/$1.facts" && failures=$((failures + 1))
	grep -q '^link broken' "$T/$1.facts" && fail "$1.pdf: a link that goes nowhere"
	grep -q '^figure -$' "$T/$1.facts" && fail "$1.pdf: a figure without alternative text"
}

# pdf NAME ARGS...: finsam ARGS --format pdf, to $T/NAME.pdf, checked.
pdf() {
	name=$1
	shift
	run --db "$db" "$@" --format pdf
	expect_rc 0 "$name: finsam $*"
	mv "$T/out" "$T/$name.pdf"
	valid "$name"
}

# Every command that writes a document, to its standard output.
pdf accounts accounts
pdf statements report statements --year 2025
pdf check check --year 2025
pdf budget-show budget show --year 2025
pdf budget report budget --year 2025
pdf forecasts budget forecast list --year 2025
pdf interim report interim --year 2025
pdf interim-draft report interim --until 2025-08-31 --draft
pdf operating report operating --year 2025 --unit tkr
pdf multiyear report multiyear
pdf commitments report commitments --year 2025
pdf participant-stats report participants --year 2025
pdf survey report survey --year 2025
pdf annual report annual --year 2025
pdf annual-draft report annual --year 2025 --draft
pdf plan report plan --year 2025
pdf plan-draft report plan --year 2025 --draft
pdf members member list
pdf interventions insats list
pdf intervention insats show "Steget vidare"
pdf decisions insats decision list "Steget vidare"
pdf anonymous insats anonymous list
pdf allocations insats allocation list
pdf ready insats ready list --year 2025
pdf calendar calendar --year 2025
pdf calendar-list calendar list --year 2025
pdf goals goal list --year 2025
pdf board board list --year 2025
pdf activities activity list --year 2025
pdf participants participant list
pdf participant participant show N001
pdf settings setting list
pdf audit audit
pdf users user list
pdf years year list

run --db "$db" report annual --year 2025 --format pdf -o "$T/annual-o.pdf"
expect_rc 0 "annual with -o"
valid annual-o

# The annual report, closer.
f="$T/annual.facts"
for fact in "tag H2" "tag H3" "tag P" "tag Table" "tag TR" "tag TH" "tag TD" "tag Caption" \
	"tag Figure" "tag L" "tag LI" "tag TOC" "tag TOCI" "tag Link" "tag Sect" \
	"scope Column" "scope Row" \
	"outline 1. Förvaltningsberättelse" "outline 1.11 Enkäter (NNS-indikatorer)" \
	"outline 2. Resultaträkning, balansräkning och kassaflödesanalys" "outline 5. Underskrifter" \
	"figure Cirkeldiagram: Kostnadernas fördelning. Belopp i kr. Kansli och administration: 399 316. Insatser: 1 402 000." \
	"figure Stapeldiagram: Deltagare per år. 2024: Kvinnor 43, Män 50. 2025: Kvinnor 69, Män 88."; do
	checks=$((checks + 1))
	grep -qxF "$fact" "$f" || fail "annual.pdf: not '$fact'"
done
checks=$((checks + 1))
grep -q '^scope none' "$f" && fail "annual.pdf: a header cell without its scope"
# The contents: a link per entry, each to a page after the contents'.
checks=$((checks + 1))
links=$(grep -c '^link page' "$f")
[ "$links" -ge 25 ] || fail "annual.pdf: $links links from the contents, expected 25 or more"
grep '^link page 1$' "$f" >/dev/null && fail "annual.pdf: a link of the contents goes to the contents"
checks=$((checks + 1))
outlines=$(grep -c '^outline ' "$f")
[ "$outlines" -ge "$links" ] || fail "annual.pdf: $outlines bookmarks for $links entries of the contents"
checks=$((checks + 1))
pages=$(qpdf --show-npages "$T/annual.pdf")
[ "$pages" -ge 10 ] || fail "annual.pdf: $pages pages"
# The NNS tables, the widest, stand whole on their page: the last column's
# header (6) is there.
checks=$((checks + 1))
pdftotext -layout "$T/annual.pdf" - | grep -A3 'Deltagare vid avslut' | grep -q 'positiva *1 *2 *3 *4 *5 *6$' ||
	fail "annual.pdf: the survey table's columns 1 to 6: $(pdftotext -layout "$T/annual.pdf" - | grep -A3 'Deltagare vid avslut')"

# The web gives the same kind of file.
web_serve
jar="$T/jar"
login bo korvmacka-123 "$jar"
curl -s -o "$T/web-annual.pdf" -b "$jar" "$base/rapporter/arsredovisning/2025.pdf"
valid web-annual
checks=$((checks + 1))
grep -qxF "tag Figure" "$T/web-annual.facts" || fail "web-annual.pdf: no figure"

[ "$failures" -eq 0 ] || exit 1
echo "ok: $checks checks"
