# SIE export: import -> export -> import gives identical books.
. "$SRC/tests/cli/lib.sh"

roundtrip() {   # NAME FILE... : imports the files, exports the last year twice
	name=$1; shift
	for f in "$@"; do
		run --db "$T/$name-1.db" import sie --quiet "$f"
		expect_rc 0 "import $f"
	done
	run --db "$T/$name-1.db" export sie -o "$T/$name-1.se"
	expect_rc 0 "export $name"
	run --db "$T/$name-2.db" import sie --quiet "$T/$name-1.se"
	expect_rc 0 "re-import $name"
	run --db "$T/$name-2.db" export sie -o "$T/$name-2.se"
	expect_rc 0 "export again $name"
	checks=$((checks + 1))
	grep -v '^#GEN' "$T/$name-1.se" > "$T/a" && grep -v '^#GEN' "$T/$name-2.se" > "$T/b"
	cmp -s "$T/a" "$T/b" || fail "$name: the second export differs: $(diff "$T/a" "$T/b" | head -5)"
	run --db "$T/$name-1.db" report statements --format json
	cp "$T/out" "$T/a.json"
	run --db "$T/$name-2.db" report statements --format json
	checks=$((checks + 1))
	cmp -s "$T/a.json" "$T/out" || fail "$name: statements differ after the round trip"
	run --db "$T/$name-2.db" check
	expect_rc 0 "check after round trip $name"
}

roundtrip demo "$SRC/examples/norrdalen-2024.se" "$SRC/examples/norrdalen-2025.se"
roundtrip small "$SRC/tests/data/cli/small.se"

# The export is PC8 with CRLF, as the standard says.
checks=$((checks + 1))
iconv -f CP437 -t UTF-8 "$T/demo-1.se" | grep -q '#FNAMN "Samordningsförbundet Norrdalen"' ||
	fail "export is not PC8"
checks=$((checks + 1))
head -1 "$T/demo-1.se" | grep -q "$(printf '\r')" || fail "export lines do not end in CRLF"
# Every verification and transaction came along.
checks=$((checks + 1))
[ "$(grep -c '^#VER' "$T/demo-1.se")" = 54 ] || fail "export has $(grep -c '^#VER' "$T/demo-1.se") verifications, expected 54"
checks=$((checks + 1))
[ "$(grep -c '#TRANS' "$T/demo-1.se")" = "$(grep -c '#TRANS' "$SRC/examples/norrdalen-2025.se")" ] ||
	fail "export has another number of transactions than the file imported"

run --db "$T/demo-1.db" export sie --year 2031
expect_rc 2 "export of a missing year"
expect_err "räkenskapsåret 2031 finns inte"

finish
