# The annual report in every format: the PDF is valid A4 with its fonts
# embedded and its text holds the figures; the workbook read back by an
# independent reader holds the same numbers; a user's text with HTML or
# Markdown tricks stays text; one transaction changed changes the figures
# that depend on it in every format.
. "$SRC/tests/cli/lib.sh"
db="$T/demo.db"

run --db "$db" demo
sh "$SRC/examples/norrdalen.sh" "$FINSAM" "$db" || fail "examples/norrdalen.sh"
printf '%s\n' 'Ordförandens text med <script>alert(1)</script> och <b>fet</b> & mer.' '' \
	'[klicka](javascript:alert(1)) och <img src=x onerror=alert(2)>' > "$T/chair.md"
run --db "$db" text set chair --year 2025 "$T/chair.md"
expect_rc 0 "text set"

run --db "$db" report annual --year 2025 --format json
cp "$T/out" "$T/a.json"
result=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["income_statement"]["result"] // 100)' "$T/a.json")
[ "$result" = "-300106" ] || fail "result $result"
shown="-300 106"

# HTML: one file, the figures, the text escaped.
run --db "$db" report annual --year 2025 --format html -o "$T/a.html"
expect_rc 0 "html"
checks=$((checks + 1))
python3 - "$T/a.html" <<'PY' || fail "HTML"
import sys, re
h = open(sys.argv[1], encoding="utf-8").read()
assert h.startswith("<!doctype html>") or h.lower().startswith("<!doctype html>"), h[:40]
assert "<script>alert" not in h and "&lt;script&gt;alert(1)&lt;/script&gt;" in h
assert "<img src=x" not in h and "&lt;img src=x onerror=alert(2)&gt;" in h
assert "<b>fet</b>" not in h and "&lt;b&gt;fet&lt;/b&gt;" in h
assert 'href="javascript' not in h
assert "−300 106" in h or "-300 106" in h
assert h.count("<svg") >= 5, h.count("<svg")
assert "Årsredovisning 2025" in h and "Underskrifter" in h
assert not re.search(r'<(link|script)[^>]+(src|href)="https?:', h), "an outside resource"
PY

# PDF: valid, A4, fonts embedded, the figures in its text.
run --db "$db" report annual --year 2025 --format pdf -o "$T/a.pdf"
expect_rc 0 "pdf"
checks=$((checks + 1))
pdfinfo "$T/a.pdf" > "$T/info" 2>&1 || fail "pdfinfo: $(cat "$T/info")"
grep -q "Page size: *595.* x 841.* pts (A4)" "$T/info" || fail "not A4: $(cat "$T/info")"
pages=$(awk '/^Pages:/ {print $2}' "$T/info")
[ "$pages" -ge 8 ] || fail "only $pages pages"
checks=$((checks + 1))
pdffonts "$T/a.pdf" | awk 'NR > 2 && $(NF-4) != "yes" {bad = 1} END {exit bad}' || fail "a font not embedded"
pdftotext -layout "$T/a.pdf" "$T/a.txt"
for s in "Årsredovisning 2025" "Resultaträkning" "Balansräkning" "Kassaflödesanalys" "Driftredovisning" \
	"$shown" "134 844" "Eva Lind" "Ordförande" "Sida 1 av $pages" "<script>alert(1)</script>"; do
	checks=$((checks + 1))
	grep -qF -- "$s" "$T/a.txt" || fail "PDF text has no '$s'"
done

# XLSX, read by the standard library: the same numbers, as numbers.
run --db "$db" report annual --year 2025 --format xlsx -o "$T/a.xlsx"
expect_rc 0 "xlsx"
checks=$((checks + 1))
row=$(python3 "$SRC/tests/cli/xlsx_read.py" "$T/a.xlsx" row Resultaträkning "Årets resultat") ||
	fail "no result row in the workbook"
case "$row" in *"n:-300106;n:59449"*) ;; *) fail "workbook result row: $row" ;; esac
checks=$((checks + 1))
row=$(python3 "$SRC/tests/cli/xlsx_read.py" "$T/a.xlsx" row Balansräkning "Eget kapital") || fail "no equity row"
case "$row" in *"n:134844;"*) ;; *) fail "workbook equity row: $row" ;; esac

run --db "$db" report annual --year 2025 --format md -o "$T/a.md"
checks=$((checks + 1))
grep -qF -- "$shown" "$T/a.md" || fail "Markdown has no result"
checks=$((checks + 1))
grep -qF '\<script\>' "$T/a.md" || grep -qF '&lt;script&gt;' "$T/a.md" || fail "Markdown lets HTML through"

# One participant more who exits to work: the PDF, the HTML and the
# workbook all count one more exit in the year (the PDF's first such line is
# the intervention's, the workbook's the year's).
exits() { grep -m1 "Avslutade under året" "$1" | grep -o '[0-9][0-9]*' | head -1; }
before=$(exits "$T/a.txt")
run --db "$db" participant exit N002 --insats "Steget vidare" --date 2025-12-01 --reason arbete --support-after lön
expect_rc 0 "exit"
run --db "$db" report annual --year 2025 --format pdf -o "$T/p.pdf"
pdftotext -layout "$T/p.pdf" "$T/p.txt"
checks=$((checks + 1))
[ "$(exits "$T/p.txt")" = "$((before + 1))" ] || fail "PDF exits: $before, then $(exits "$T/p.txt")"
run --db "$db" report annual --year 2025 --format html -o "$T/p.html"
checks=$((checks + 1))
python3 - "$T/a.html" "$T/p.html" <<'PY' || fail "HTML exits did not move"
import re, sys
def exits(f):
    h = open(f, encoding="utf-8").read()
    m = re.search(r"Avslutade under året</t[hd]>\s*<td[^>]*>(\d+)", h)
    return int(m.group(1))
assert exits(sys.argv[2]) == exits(sys.argv[1]) + 1, (exits(sys.argv[1]), exits(sys.argv[2]))
PY
run --db "$db" report annual --year 2025 --format xlsx -o "$T/p.xlsx"
checks=$((checks + 1))
a=$(python3 "$SRC/tests/cli/xlsx_read.py" "$T/a.xlsx" row "1.9 Deltagare" "Avslutade under året")
b=$(python3 "$SRC/tests/cli/xlsx_read.py" "$T/p.xlsx" row "1.9 Deltagare" "Avslutade under året")
[ "$(echo "$b" | cut -d';' -f2 | cut -d: -f2)" = "$(($(echo "$a" | cut -d';' -f2 | cut -d: -f2) + 1))" ] ||
	fail "workbook exits: $a, then $b"

# A first year, without participants, goals or board, in every format.
db1="$T/first.db"
run --db "$db1" import sie "$SRC/examples/norrdalen-2024.se"
for f in html pdf xlsx md json; do
	run --db "$db1" report annual --year 2024 --format $f -o "$T/first.$f"
	expect_rc 0 "first year as $f"
done
pdftotext -layout "$T/first.pdf" "$T/first.txt"
checks=$((checks + 1))
grep -q "Inga deltagare var inskrivna under året." "$T/first.txt" || fail "first year PDF"
checks=$((checks + 1))
grep -q "Inga deltagare var inskrivna under året." "$T/first.html" || fail "first year HTML"

# One transaction (A 3, a prepaid cost used up) changed by 1 000 kr, with
# the year's closing balances the file states: the cost, the result and the equity
# move in every format.
db2="$T/changed.db"
iconv -f CP437 -t UTF-8 "$SRC/examples/norrdalen-2025.se" |
	sed '0,/#TRANS 6990 {} 6000.00/s//#TRANS 6990 {} 7000.00/; 0,/#TRANS 1790 {} -6000.00/s//#TRANS 1790 {} -7000.00/
	     s/#RES 0 6990 12000.00/#RES 0 6990 13000.00/; s/#UB 0 1790 6000.00/#UB 0 1790 5000.00/' |
	iconv -f UTF-8 -t CP437 > "$T/changed-2025.se"
run --db "$db2" import sie "$SRC/examples/norrdalen-2024.se"
run --db "$db2" import sie "$T/changed-2025.se"
expect_rc 0 "changed books"
run --db "$db2" check --year 2025
expect_rc 0 "the changed books still hold together"
run --db "$db2" report annual --year 2025 --format json
checks=$((checks + 1))
python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))
r=d["income_statement"]["result"]; a=json.load(open(sys.argv[2]))["income_statement"]["result"]
assert r == a - 100000, (r, a)
y={x["year"]: x for x in d["five_year_overview"]}; assert y[2025]["result"] == r
' "$T/out" "$T/a.json" || fail "JSON result did not move by 1 000 kr"
changed="-301 106"
run --db "$db2" report annual --year 2025 --format pdf -o "$T/b.pdf"
pdftotext -layout "$T/b.pdf" "$T/b.txt"
run --db "$db2" report annual --year 2025 --format html -o "$T/b.html"
run --db "$db2" report annual --year 2025 --format md -o "$T/b.md"
for f in b.txt b.html b.md; do
	checks=$((checks + 1))
	grep -qF -- "$changed" "$T/$f" || fail "$f: no $changed"
	checks=$((checks + 1))
	grep -qF -- "133 844" "$T/$f" || fail "$f: equity did not move to 133 844"
done
run --db "$db2" report annual --year 2025 --format xlsx -o "$T/b.xlsx"
checks=$((checks + 1))
row=$(python3 "$SRC/tests/cli/xlsx_read.py" "$T/b.xlsx" row Resultaträkning "Årets resultat")
case "$row" in *"n:-301106;"*) ;; *) fail "changed workbook result row: $row" ;; esac

finish
