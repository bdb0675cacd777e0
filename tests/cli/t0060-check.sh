# finsam check: passes on consistent books and fails, with the figures,
# on each kind of inconsistency; exit status 1 when any check fails.
. "$SRC/tests/cli/lib.sh"
good="$SRC/tests/data/cli/small.se"

run --db "$T/ok.db" import sie "$good"
run --db "$T/ok.db" check
expect_rc 0 "consistent books"
expect_out "Varje verifikation balanserar"
expect_out "Föregående års utgående balanser är årets ingående"

checkfails() {   # NAME SED-EXPRESSION EXPECTED...
	name=$1 expr=$2; shift 2
	sed "$expr" "$good" > "$T/$name.se"
	run --db "$T/$name.db" import sie --quiet "$T/$name.se"
	expect_rc 0 "import $name"
	run --db "$T/$name.db" check
	expect_rc 1 "check $name"
	for want in "$@"; do
		expect_out "$want" "check $name"
	done
	run --db "$T/$name.db" check --format json
	cp "$T/out" "$T/$name.json"
	checks=$((checks + 1))
	python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if d["failures"] >= 1 else 1)' "$T/$name.json" ||
		fail "$name: json failures"
}

# Closing bank balance 100 kr too high: the sheet does not balance.
checkfails imbalance 's/#UB 0 1930 1500.00/#UB 0 1930 1600.00/' \
	"Balansräkningen balanserar" "100,00"
# The closing balances balance but do not follow from the transactions.
checkfails transactions 's/#UB 0 1930 1500.00/#UB 0 1930 1400.00/; s/#UB 0 2440 -300.00/#UB 0 2440 -200.00/' \
	"Transaktionerna summerar till utgående balanser" "1930"
# Last year's closing bank balance differs from this year's opening one.
checkfails opening 's/#UB -1 1930 1000.00/#UB -1 1930 1091.00/; s/#UB -1 2440 -200.00/#UB -1 2440 -291.00/' \
	"konto 1930" "1 091,00" "1 000,00"
# Equity moves by more than the result.
checkfails equity 's/#UB 0 2010 -800.00/#UB 0 2010 -900.00/; s/#UB 0 2440 -300.00/#UB 0 2440 -200.00/' \
	"Årets resultat är lika med förändringen av eget kapital"

finish
