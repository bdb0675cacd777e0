# Files with personal data that participant commands write with -o (the
# register extract, the participant statistics) are readable by their
# owner only: created with mode 0600 whatever the umask, and an existing
# file of ours that others could read is made 0600 too. A device is
# written as it is.
. "$SRC/tests/cli/lib.sh"
db="$T/p.db"
umask 022

# mode FILE: the file's permission bits in octal ("600").
mode() {
	stat -c %a "$1"
}

expect_mode() {
	checks=$((checks + 1))
	[ "$(mode "$1")" = "$2" ] || fail "$3: mode $(mode "$1"), expected $2"
}

run --db "$db" init --name "Samordningsförbundet Prov" --orgnr 222000-1990
run --db "$db" insats add "Steget vidare" --kind individinriktad
run --db "$db" participant add A1 --sex kvinna --born 1990
expect_rc 0 "add"
run --db "$db" participant enrol A1 --insats "Steget vidare" --date 2025-02-01
expect_rc 0 "enrol"

run --db "$db" export participant A1 -o "$T/a1.json"
expect_rc 0 "export participant -o"
expect_mode "$T/a1.json" 600 "the register extract"
checks=$((checks + 1))
grep -q '"A1"' "$T/a1.json" || fail "the extract holds the participant: $(head -c 300 "$T/a1.json")"
run --db "$db" export participant A1 --output "$T/a1b.json"
expect_mode "$T/a1b.json" 600 "the register extract with --output"

for f in text json csv xlsx pdf; do
	run --db "$db" report participants --year 2025 --unprotected --format $f -o "$T/stats.$f"
	expect_rc 0 "report participants --format $f -o"
	expect_mode "$T/stats.$f" 600 "the statistics as $f"
done

# A file that was there, readable by all, is made the owner's only.
echo old > "$T/old.json"
chmod 644 "$T/old.json"
run --db "$db" export participant A1 -o "$T/old.json"
expect_rc 0 "export over an existing file"
expect_mode "$T/old.json" 600 "an existing file"
checks=$((checks + 1))
! grep -q '^old' "$T/old.json" || fail "the existing file is replaced"

# A device is written to, never changed.
run --db "$db" export participant A1 -o /dev/null
expect_rc 0 "export to /dev/null"
expect_mode /dev/null 666 "/dev/null"

# Documents without personal data keep the ordinary mode.
run --db "$db" member list -o "$T/members.txt"
expect_rc 0 "member list -o"
expect_mode "$T/members.txt" 644 "a list without personal data"
finish
