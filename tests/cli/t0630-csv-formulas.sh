# Texts a spreadsheet would run as formulas ('=', '+', '-', '@' first) are
# written with a guarding apostrophe by `budget export`, as by every CSV
# finsam writes; amounts stay numbers with their minus; the file reads
# back with `budget import` to the same budget.
. "$SRC/tests/cli/lib.sh"
db="$T/f.db"

run --db "$db" init --name "Samordningsförbundet Prov" --orgnr 222000-1990
expect_rc 0 "init"
printf '%s\r\n' 'år;typ;grupp;rad;belopp;konton;objekt' \
	'2026;intäkt;Parternas insats;Statligt;1 000 000;;' \
	'2026;kostnad;"=HYPERLINK(""http://x"";""y"")";Kansli;-355 000;5010;' \
	'2026;kostnad;Insatser;-varav lön;-120 000;4010;' \
	'2026;kostnad;Insatser;+extra;-5 000;4020;' \
	'2026;kostnad;Insatser;@SUM(A1);-1 000;4030;' > "$T/in.csv"
run --db "$db" budget import "$T/in.csv"
expect_rc 0 "import texts that look like formulas"
run --db "$db" budget export --year 2026 -o "$T/e.csv"
expect_rc 0 "export"
checks=$((checks + 1))
grep -q '^2026;kostnad;"'"'"'=HYPERLINK(""http://x"";""y"")";Kansli;-355000,00;5010;' "$T/e.csv" ||
	fail "a group starting with '=' is guarded, the amount a number: $(cat "$T/e.csv")"
checks=$((checks + 1))
grep -q "^2026;kostnad;Insatser;'-varav lön;-120000,00;4010;" "$T/e.csv" ||
	fail "a line starting with '-' is guarded: $(cat "$T/e.csv")"
checks=$((checks + 1))
grep -q "^2026;kostnad;Insatser;'+extra;-5000,00;" "$T/e.csv" || fail "'+' guarded: $(cat "$T/e.csv")"
checks=$((checks + 1))
grep -q "^2026;kostnad;Insatser;'@SUM(A1);-1000,00;" "$T/e.csv" || fail "'@' guarded: $(cat "$T/e.csv")"
checks=$((checks + 1))
! grep -q ';[=+@-][^0-9]' "$T/e.csv" || fail "no field starts a formula: $(cat "$T/e.csv")"

# The round trip: the export read into another database gives the same
# lines, the texts without the apostrophe.
run --db "$T/other.db" init --name "Samordningsförbundet Kopia" --orgnr 222000-1990
run --db "$T/other.db" budget import "$T/e.csv"
expect_rc 0 "import the export"
run --db "$T/other.db" report budget --year 2026
expect_out "-varav lön"
expect_no_out "'-varav lön"
run --db "$T/other.db" budget export --year 2026 -o "$T/e2.csv"
checks=$((checks + 1))
cmp -s "$T/e.csv" "$T/e2.csv" || fail "round trip: $(diff "$T/e.csv" "$T/e2.csv" | head -4)"
finish
