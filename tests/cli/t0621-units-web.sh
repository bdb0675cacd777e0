# The report pages in kr or tkr: the form "Belopp i" on the annual report,
# the interim report, the plan and the statements, ?enhet=tkr showing the
# page in tkr with its downloads carrying the choice, kr the default, and
# a bad unit (or a unit on a report shown only in kronor) refused with 400.
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/web_lib.sh"
web_demo
web_serve
jar="$T/jar"
login bo "korvmacka-123" "$jar"

for slug in arsredovisning delarsrapport verksamhetsplan finansiella-rapporter; do
	get "/rapporter/$slug/2025" "$jar"
	expect_code 200 "$slug"
	expect_body '<label for="enhet">Belopp i</label>' "$slug: the unit's label"
	expect_body '<option value="kr" selected>kr</option>' "$slug: kr by default"
	expect_body "Belopp i kr" "$slug in kr"
	expect_body "href=\"/rapporter/$slug/2025.pdf\"" "$slug: the download in kr"
	get "/rapporter/$slug/2025?enhet=tkr" "$jar"
	expect_code 200 "$slug tkr"
	expect_body '<option value="tkr" selected>tkr</option>' "$slug: tkr chosen"
	expect_body "Belopp i tkr" "$slug in tkr"
	expect_no_body "Belopp i kr" "$slug in tkr"
	for f in pdf xlsx html; do
		expect_body "href=\"/rapporter/$slug/2025.$f?enhet=tkr\"" "$slug: the $f download in tkr"
	done
	get "/rapporter/$slug/2025.html?enhet=tkr" "$jar"
	expect_code 200 "$slug.html tkr"
	expect_body "Belopp i tkr" "$slug.html in tkr"
	get "/rapporter/$slug/2025?enhet=mkr" "$jar"
	expect_code 400 "$slug: a bad unit"
	expect_body "Enheten ska vara kr eller tkr." "$slug: the bad unit's message"
done
get "/rapporter/delarsrapport/2025?enhet=tkr" "$jar"
expect_body "bokfört kostnader på 875 tkr" "the interim report's text in tkr"
get "/rapporter/deltagarstatistik/2025" "$jar"
expect_code 200 "participants"
expect_no_body 'id="unit-form"' "participants have no unit"
get "/rapporter/deltagarstatistik/2025?enhet=tkr" "$jar"
expect_code 400 "participants in tkr"
expect_body "Rapporten har inga belopp att visa i tkr." "participants: the message"

finish
