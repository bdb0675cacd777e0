# The command line: help on every command, errors and exit statuses.
. "$SRC/tests/cli/lib.sh"

run --help
expect_rc 0 "--help"
expect_out "Användning: finsam [--db FIL] KOMMANDO"
expect_out "report statements"

run --version
expect_rc 0 "--version"
expect_out "finsam "

for c in "init" "import sie" "export sie" "accounts" "report statements" "check" "demo"; do
	# shellcheck disable=SC2086
	run $c --help
	expect_rc 0 "$c --help"
	expect_out "Användning: finsam $c" "$c --help"
done

run help check
expect_rc 0 "help check"
expect_out "Slutstatus 0"

run import --help
expect_rc 0 "import --help"
expect_out "import sie FIL"

run
expect_rc 2 "no command"
expect_err "Användning"

run frobnicate
expect_rc 2 "unknown command"
expect_err "okänt kommando 'frobnicate'"

run import xml foo
expect_rc 2 "unknown subcommand"
expect_err "okänt kommando 'import xml'"

run --bogus check
expect_rc 2 "unknown global option"
expect_err "okänt val '--bogus'"

run check
expect_rc 2 "no database"
expect_err "ingen databas angiven"

run --db "$T/missing.db" check
expect_rc 2 "missing database"
expect_err "finns inte"
expect_no_file "$T/missing.db"

run --db "$T/x.db" report statements --format xml
expect_rc 2 "bad format"
expect_err "okänt format 'xml'"

run --db "$T/x.db" report statements --year 20x4
expect_rc 2 "bad year"
expect_err "ogiltigt år '20x4'"

run --db "$T/x.db" check --frob
expect_rc 2 "unknown option"
expect_err "okänt val '--frob'"

# A second group word lists its own subcommands.
run insats decision --help
expect_rc 0 "insats decision --help"
expect_out "insats decision remove ID"
run participant enrolment
expect_rc 2 "participant enrolment without a subcommand"
expect_err "'participant enrolment' behöver ett underkommando"
expect_err "participant enrolment edit ID"
run insats decision frob
expect_rc 2 "unknown third word"
expect_err "okänt kommando 'insats decision frob'"

finish
