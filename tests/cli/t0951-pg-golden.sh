# The demo förbund built in a PostgreSQL database gives the same documents,
# byte for byte, as the golden files made on SQLite: the statements, the
# annual report, the interim report and the plan in text, Markdown, CSV,
# JSON and HTML (scripts/golden.sh).
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/pg_lib.sh"

pg_db golden
checks=$((checks + 1))
GOLDEN_DB="$pg_uri" GOLDEN_KEY_FILE="$T/golden.key" sh "$SRC/scripts/golden.sh" --check "$FINSAM" > "$T/out" 2>&1 ||
	fail "the documents on PostgreSQL differ from tests/golden: $(head -c 3000 "$T/out")"
expect_out "golden.sh: all 20 files equal tests/golden/"

finish
