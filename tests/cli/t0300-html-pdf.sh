# The demo förbund's reports as HTML and PDF: each file is what it claims
# to be (a valid PDF on A4 with its fonts embedded and "Sida N av M" on its
# pages; a self-contained HTML page), and both hold the same figures, row
# by row, as the text format of the same report.
. "$SRC/tests/cli/lib.sh"
for tool in pdfinfo pdffonts pdftotext; do
	command -v "$tool" >/dev/null 2>&1 || { echo "skipped: $tool (poppler-utils) is missing"; exit 77; }
done
db="$T/demo.db"

run --db "$db" demo
expect_rc 0 "demo"
run --db "$db" insats add "Steget vidare" --kind individinriktad
run --db "$db" insats add "Unga i arbete" --kind individinriktad
run --db "$db" import participants "$SRC/tests/data/participants/list.csv"
expect_rc 0 "import participants"

# report NAME ARGS...: the report as $T/NAME.txt, NAME.html and NAME.pdf,
# the PDF checked with pdfinfo and pdffonts and its text in NAME.pdf.txt.
report() {
	name=$1
	shift
	run --db "$db" "$@" --format text -o "$T/$name.txt"
	expect_rc 0 "$name as text"
	run --db "$db" "$@" --format html -o "$T/$name.html"
	expect_rc 0 "$name as HTML"
	run --db "$db" "$@" --format pdf -o "$T/$name.pdf"
	expect_rc 0 "$name as PDF"

	checks=$((checks + 1))
	if ! pdfinfo "$T/$name.pdf" > "$T/$name.info" 2>&1; then
		fail "$name.pdf is not a valid PDF: $(head -c 400 "$T/$name.info")"
		return
	fi
	grep -q '^Page size: *595.276 x 841.89 pts (A4)' "$T/$name.info" ||
		fail "$name.pdf is not A4: $(grep 'Page size' "$T/$name.info")"
	pages=$(awk '/^Pages:/ { print $2 }' "$T/$name.info")
	[ "${pages:-0}" -ge 1 ] || fail "$name.pdf has no pages"

	checks=$((checks + 1))
	pdffonts "$T/$name.pdf" > "$T/$name.fonts" 2>&1 || fail "pdffonts $name.pdf failed"
	grep -q 'DejaVuSans' "$T/$name.fonts" || fail "$name.pdf does not use DejaVu Sans: $(cat "$T/$name.fonts")"
	# Columns from the end: emb sub uni object ID.
	awk 'NR > 2 && $(NF - 4) != "yes" { bad = 1 } END { exit bad }' "$T/$name.fonts" ||
		fail "$name.pdf has a font that is not embedded: $(cat "$T/$name.fonts")"

	checks=$((checks + 1))
	pdftotext -layout "$T/$name.pdf" "$T/$name.pdf.txt" || fail "pdftotext $name.pdf failed"
	grep -q "Sida $pages av $pages" "$T/$name.pdf.txt" || fail "$name.pdf: no 'Sida $pages av $pages'"

	checks=$((checks + 1))
	head -c 15 "$T/$name.html" | grep -q '^<!doctype html>' || fail "$name.html: no doctype"
	grep -q '<html lang="sv">' "$T/$name.html" || fail "$name.html: not lang=sv"
	grep -q '<script' "$T/$name.html" && fail "$name.html has a script"
	grep -q '@page{size:A4' "$T/$name.html" || fail "$name.html: no A4 print style"
}

# squeeze: blanks collapsed to one and trimmed, per line.
squeeze() {
	sed -e 's/[[:space:]][[:space:]]*/ /g' -e 's/^ //' -e 's/ $//'
}

# expect_row NAME LABEL: the first line of the text report that starts
# with LABEL (label and figures, blanks squeezed) is a line of the PDF's
# text too, and a row of the HTML's tables with the same cells.
expect_row() {
	checks=$((checks + 1))
	want=$(grep -m 1 -- "^$2  " "$T/$1.txt" | squeeze)
	[ -n "$want" ] || { fail "$1 text: no row '$2'"; return; }
	squeeze < "$T/$1.pdf.txt" | grep -qxF -- "$want" ||
		fail "$1.pdf: no line '$want' in: $(squeeze < "$T/$1.pdf.txt" | grep -F -- "$2" | head -3)"
	got=$(grep -m 1 -F -- ">$2</th>" "$T/$1.html" | sed -e 's/<[^>]*>/ /g' -e 's/&nbsp;/ /g' \
		-e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&amp;/\&/g' | squeeze)
	[ "$got" = "$want" ] || fail "$1.html: row '$got', expected '$want'"
}

# expect_text NAME TEXT: the text, the PDF and the HTML all hold TEXT.
expect_text() {
	checks=$((checks + 1))
	for f in "$T/$1.txt" "$T/$1.pdf.txt" "$T/$1.html"; do
		grep -qF -- "$2" "$f" || fail "$(basename "$f"): no '$2'"
	done
}

report statements report statements --year 2025
expect_row statements "Verksamhetens intäkter"
expect_row statements "Verksamhetens kostnader"
expect_row statements "Årets resultat"
expect_row statements "Summa tillgångar"
expect_row statements "Kortfristiga skulder"
expect_row statements "Likvida medel vid årets slut"
expect_text statements "Samordningsförbundet Norrdalen"
expect_text statements "Org.nr 222000-3129"
expect_text statements "Belopp i kr"
expect_text statements "21,1 %"
checks=$((checks + 1))
grep -q '^Title: *Finansiella rapporter 2025$' "$T/statements.info" ||
	fail "statements.pdf title: $(grep Title "$T/statements.info")"
grep -q '<title>Finansiella rapporter 2025</title>' "$T/statements.html" || fail "statements.html title"

report check check --year 2025
expect_text check "Balansräkningen balanserar"
# The count grows with the checks of finsam's own figures; none fails.
expect_text check " kontroller, 0 fel"

report budget report budget --year 2025
expect_row budget "Parternas insats"
expect_row budget "Summa intäkter"
expect_row budget "Summa Kansli och administration"
expect_row budget "Prognos eget kapital"

report interim report interim --until 2025-08-31
expect_row interim "Kansli och administration"
expect_row interim "Summa kostnader"
expect_row interim "Driftbidrag"

report operating report operating --year 2025 --unit tkr
expect_text operating "Belopp i tkr"
expect_row operating "Driftbidrag"
expect_row operating "Resultat"

report participants report participants --year 2025
expect_text participants "Deltagarstatistik 2025"
# Small groups are "<5" in every format (and "&lt;5" in the HTML source).
expect_row participants "Totalt"
expect_row participants "Kvinnor"

# A PDF can go down a pipe (only a terminal is refused).
run --db "$db" report statements --format pdf
expect_rc 0 "pdf to a pipe"
checks=$((checks + 1))
head -c 5 "$T/out" | grep -q '^%PDF-' || fail "standard output is not a PDF"

run --db "$db" report statements --format xlsx2
expect_rc 2 "unknown format"
expect_err "okänt format 'xlsx2' (välj text, json, csv, md, html, pdf eller xlsx)"

finish
