# The overview's kept parts (the cards everyone sees and each user's own
# part, with the checks): a change made outside the server (a command)
# shows on the overview at once, since the records' version has changed;
# a change through the pages too.
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/web_lib.sh"
web_demo
web_serve
login anna "korvmacka-123" "$T/anna"
expect_code 303 "login anna"

# The year's enrolled women in the participants' card.
enrolled_women() {
	get /?year=2025 "$T/anna"
	tr -d '\n' < "$T/body" | sed 's/.*id="participants"//' | grep -o 'Inskrivna</th><td class="num">[0-9]*' |
		head -n 1 | sed 's/.*>//'
}
get /?year=2025 "$T/anna"
expect_code 200 "the overview"
expect_body 'id="check-count"' "the director's checks"
before=$(enrolled_women)
[ -n "$before" ] || fail "no count of enrolled women on the overview"

# A participant enrolled by a command, outside the server.
"$FINSAM" --db "$db" participant add K001 --sex kvinna --born 2000 --education gymnasial > /dev/null ||
	fail "participant add"
"$FINSAM" --db "$db" participant enrol K001 --insats "Unga i arbete" --date 2025-04-01 > /dev/null ||
	fail "participant enrol"
now=$(enrolled_women)
checks=$((checks + 1))
[ "$now" = "$((before + 1))" ] || fail "the overview shows $now enrolled women at once, expected $((before + 1))"
# Every answer in the meantime was a whole page.
expect_body '</html>' "a whole page"
finish
