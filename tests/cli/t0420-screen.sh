# Pages made for the screen, as the server sends them: a strict
# Content-Security-Policy (no inline style or script, not even for the
# charts), no style attribute or script in any page, a link past the
# menu, one <h1> a page, every table in a frame that scrolls on a phone,
# the login fields the browser may fill, and the style sheet's rules for
# a form's errors, the focus and narrow screens.
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/web_lib.sh"
web_demo

web_serve

# expect_no TEXT WHAT: the body has no TEXT.
expect_no() {
	checks=$((checks + 1))
	! grep -qF -- "$1" "$T/body" || fail "$2: '$1' in the page"
}

get /login
expect_code 200 "login page"
expect_head "Content-Security-Policy: default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data:;"
checks=$((checks + 1))
! grep -qi "unsafe-inline" "$T/head" || fail "the CSP allows inline style: $(grep -i content-security "$T/head")"
expect_body 'autocomplete="username"' "login: the user name"
expect_body 'autocomplete="current-password"' "login: the password"
expect_body '<a class="skip-link" href="#main">Hoppa till innehållet</a>'

get /static/finsam.css
expect_code 200 "style sheet"
for rule in '.error-summary{' '.field-error' '.has-error input' ':focus-visible{' '.skip-link{' \
	'.table-scroll{overflow-x:auto' '@media (max-width:36rem)' 'svg.chart-narrow'; do
	expect_body "$rule" "style sheet"
done

login anna "korvmacka-123" "$T/anna"
expect_code 303 "login"
for page in / /insatser /insatser/1 /deltagare /deltagare/ny /mal /budget /rapporter \
	"/rapporter/arsredovisning/2025" "/rapporter/enkater/2025" /kontroll /logg /anvandare; do
	get "$page" "$T/anna"
	expect_code 200 "$page"
	expect_no ' style="' "$page"
	# One script, finsam's own file; nothing inline.
	checks=$((checks + 1))
	[ "$(grep -o '<script[^>]*>' "$T/body" | grep -vc '^<script src="/static/finsam.js" defer>$')" -eq 0 ] ||
		fail "$page: a script other than /static/finsam.js"
	expect_body '<main id="main">' "$page"
	checks=$((checks + 1))
	[ "$(grep -o '<h1' "$T/body" | wc -l)" -eq 1 ] || fail "$page: $(grep -o '<h1' "$T/body" | wc -l) <h1>"
	checks=$((checks + 1))
	[ "$(grep -o '<table' "$T/body" | wc -l)" -eq "$(grep -o '<div class="table-scroll" role="region" tabindex="0" aria-label="[^"]' "$T/body" | wc -l)" ] ||
		fail "$page: a table without its frame"
done

# A document in a page is headed under the page's <h1>; the document
# itself is behind its links.
get "/rapporter/arsredovisning/2025" "$T/anna"
expect_body '<h1>Årsredovisning</h1>'
expect_body '<h2>Årsredovisning 2025</h2>'
expect_body '>Visa som PDF</a>'
expect_body '>Visa som XLSX</a>'
expect_body '>Visa som HTML</a>'
# The charts are drawn for print and narrow for a phone.
expect_body 'class="chart-narrow"'

# The HTML file keeps its own <h1> and style sheet and no style attribute;
# the document is its <main>, and its charts are drawn narrow too.
get "/rapporter/arsredovisning/2025.html" "$T/anna"
expect_code 200 "the HTML file"
expect_body '<h1>Årsredovisning 2025</h1>'
expect_body '<style>'
expect_body '<main class="finsam-doc">'
expect_body 'class="chart-narrow"'
expect_no ' style="' "the HTML file"

kill -TERM "$server"
wait "$server"
finish
