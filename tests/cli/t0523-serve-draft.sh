# The web's documents and the checks: the web calls the same gate as the
# command line, and while a check fails it shows and downloads the annual
# report, interim report and plan as drafts: the page has the banner
# naming the failing checks, the HTML download has the mark in its title,
# every page of the PDF carries it and every XLSX sheet starts with it. A
# report that is no published document (the statements) carries none.
# Once the check holds, the same addresses give the final documents.
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/web_lib.sh"
db="$T/demo.db"
mark="UTKAST – kontrollen visar fel"
"$FINSAM" --db "$db" demo > /dev/null 2>&1 || { echo "demo failed"; exit 1; }
sh "$SRC/examples/norrdalen.sh" "$FINSAM" "$db" || { echo "norrdalen.sh failed"; exit 1; }
printf '%s\n' "korvmacka-123" | "$FINSAM" --db "$db" user add bo --role board > /dev/null || fail "user add"
"$FINSAM" --db "$db" accounts map 1930 none > /dev/null || fail "accounts map 1930 none"

web_serve

jar="$T/jar"
# get PATH [FILE]: GET with the session, body in FILE (default $T/body).
get() {
	code=$(curl -s -o "${2:-$T/body}" -w '%{http_code}' -b "$jar" -c "$jar" "$base$1")
}
expect_code() {
	checks=$((checks + 1))
	[ "$code" = "$1" ] || fail "$2: HTTP $code, expected $1"
}
expect_in() {
	checks=$((checks + 1))
	grep -qF -- "$2" "$1" || fail "$3: no '$2' in $(head -c 300 "$1")"
}
get /login
csrf=$(sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' "$T/body" | head -n 1)
code=$(curl -s -o "$T/body" -w '%{http_code}' -b "$jar" -c "$jar" --data-urlencode "csrf=$csrf" \
	--data-urlencode "user=bo" --data-urlencode "password=korvmacka-123" "$base/login")
expect_code 303 "login"

# The report pages: the draft's banner, naming the failing checks.
for slug in arsredovisning delarsrapport verksamhetsplan; do
	get "/rapporter/$slug/2025"
	expect_code 200 "/rapporter/$slug/2025"
	expect_in "$T/body" "id=\"draft-mark\" role=\"alert\">$mark<span>Kontroller som visar fel:" "$slug page"
	expect_in "$T/body" "Varje konto med belopp finns i resultat- eller balansräkningen" "$slug page"
done
get /rapporter/finansiella-rapporter/2025
expect_code 200 "statements page"
checks=$((checks + 1))
! grep -qF "$mark" "$T/body" || fail "the statements page carries the draft mark"

# The downloads.
get /rapporter/arsredovisning/2025.html "$T/a.html"
expect_code 200 "annual report as HTML"
expect_in "$T/a.html" "<title>$mark: Årsredovisning 2025</title>" "HTML download"
get /rapporter/verksamhetsplan/2025.html "$T/p.html"
expect_in "$T/p.html" "<title>$mark: Verksamhetsplan och budget 2025</title>" "plan download"
if command -v pdftotext >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1; then
	get /rapporter/arsredovisning/2025.pdf "$T/a.pdf"
	expect_code 200 "annual report as PDF"
	pages=$(pdfinfo "$T/a.pdf" | awk '/^Pages:/ { print $2 }')
	marks=$(pdftotext "$T/a.pdf" - | grep -cF "$mark")
	checks=$((checks + 1))
	[ "${pages:-0}" -gt 3 ] && [ "$marks" = "$pages" ] || fail "PDF download: $marks marks on $pages pages"
	get /rapporter/delarsrapport/2025.pdf "$T/i.pdf"
	pages=$(pdfinfo "$T/i.pdf" | awk '/^Pages:/ { print $2 }')
	marks=$(pdftotext "$T/i.pdf" - | grep -cF "$mark")
	checks=$((checks + 1))
	[ "${pages:-0}" -ge 1 ] && [ "$marks" = "$pages" ] || fail "interim PDF download: $marks marks on $pages pages"
fi
get /rapporter/arsredovisning/2025.xlsx "$T/a.xlsx"
expect_code 200 "annual report as XLSX"
python3 "$SRC/tests/cli/xlsx_read.py" "$T/a.xlsx" sheets > "$T/sheets" || fail "XLSX download: no sheets"
while IFS= read -r sheet; do
	checks=$((checks + 1))
	python3 "$SRC/tests/cli/xlsx_read.py" "$T/a.xlsx" rows "$sheet" > "$T/rows" 2>&1
	head -n 1 "$T/rows" | grep -qF "s:$mark" || fail "XLSX download: sheet '$sheet' starts '$(head -n 1 "$T/rows")'"
done < "$T/sheets"

# Put right: final documents at the same addresses.
"$FINSAM" --db "$db" accounts map 1930 cash_and_bank > /dev/null || fail "accounts map 1930 cash_and_bank"
get /rapporter/arsredovisning/2025
expect_code 200 "annual report page once put right"
checks=$((checks + 1))
! grep -qF "$mark" "$T/body" || fail "the annual report page still carries the mark"
get /rapporter/arsredovisning/2025.html "$T/b.html"
expect_in "$T/b.html" "<title>Årsredovisning 2025</title>" "HTML download once put right"

finish
