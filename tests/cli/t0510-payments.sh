# "Utbetalt" per intervention counts each payment once, and only within the
# years the intervention's decisions cover. The demo förbund's books have
# on account 4010: 2024 6:1 620 000, 6:2 380 000, 6:3 48 500; 2025 6:1
# 680 000, 6:2 460 000, 6:3 52 000, 6:4 210 000 (1 402 000 in all).
. "$SRC/tests/cli/lib.sh"

# paid FILE NAME: the paid amount (öre) of the intervention named NAME in
# the JSON of `report commitments`.
paid() {
	python3 -c 'import json,sys
for i in json.load(open(sys.argv[1]))["interventions"]:
    if i["name"] == sys.argv[2]: print(i["paid"], i["remaining"])' "$1" "$2"
}
expect_paid() {   # FILE NAME PAID REMAINING
	checks=$((checks + 1))
	got=$(paid "$1" "$2")
	[ "$got" = "$3 $4" ] || fail "$2: paid and remaining are '$got', expected '$3 $4'"
}
# check_status FILE ID: the status of check ID in `check --format json`.
check_status() {
	python3 -c 'import json,sys
for c in json.load(open(sys.argv[1]))["checks"]:
    if c["id"] == sys.argv[2]: print(c["status"])' "$1" "$2"
}
expect_check() {  # FILE ID STATUS
	checks=$((checks + 1))
	got=$(check_status "$1" "$2")
	[ "$got" = "$3" ] || fail "check $2 is '$got', expected '$3'"
}

# 1. Two interventions follow one account without objects: neither may
# take the whole 1 402 000 (it used to give both the whole amount).
db="$T/shared.db"
run --db "$db" demo
run --db "$db" insats add "Alfa" --kind individinriktad --accounts 4010
run --db "$db" insats add "Beta" --kind strukturinriktad --accounts 4010
run --db "$db" insats decide "Alfa" --date 2024-11-14 --amount "1 000 000" --years 2025
run --db "$db" insats decide "Beta" --date 2024-11-14 --amount "590 003" --years 2025
expect_rc 0 "decide"
run --db "$db" report commitments --year 2025 --format json
expect_rc 0 "commitments"
cp "$T/out" "$T/c1.json"
expect_paid "$T/c1.json" Alfa 0 100000000
expect_paid "$T/c1.json" Beta 0 59000300
# check says the books cannot tell, and names the verifications.
run --db "$db" check --year 2025
expect_rc 1 "check with an account followed twice"
expect_out "Utbetalningarna är räknade en gång"
expect_out "konto 4010"
expect_out "Alfa, Beta"
expect_out "A 9 2025-03-28 170 000,00 kr"
expect_joined "finsam insats allocate"
run --db "$db" check --year 2025 --format json
cp "$T/out" "$T/k1.json"
expect_check "$T/k1.json" payments_attributed failed
expect_check "$T/k1.json" paid_within_decided ok

# An allocation by share divides the account: 60 % and 40 %.
run --db "$db" insats allocate Alfa --accounts 4010 --share 60
expect_rc 0 "allocate a share"
expect_out "id 1"
run --db "$db" insats allocate Beta --accounts 4010 --share 40 --note "Enligt styrelsens beslut"
expect_rc 0 "allocate the rest"
run --db "$db" report commitments --year 2025 --format json
cp "$T/out" "$T/c2.json"
expect_paid "$T/c2.json" Alfa 84120000 15880000
expect_paid "$T/c2.json" Beta 56080000 2920300
run --db "$db" check --year 2025 --format json
expect_rc 0 "check with the account allocated"
cp "$T/out" "$T/k2.json"
expect_check "$T/k2.json" payments_attributed ok
expect_check "$T/k2.json" paid_within_decided ok
run --db "$db" insats allocation list
expect_rc 0 "list allocations"
expect_out "Alfa"
expect_out "60 %"
expect_out "Enligt styrelsens beslut"
run --db "$db" insats allocation list Beta --format json
cp "$T/out" "$T/a.json"
checks=$((checks + 1))
python3 -c 'import json,sys
a=json.load(open(sys.argv[1]))["allocations"]
assert len(a)==1 and a[0]["id"]==2 and a[0]["intervention"]=="Beta" and a[0]["accounts"]=="4010", a
assert a[0]["share"]=="40" and a[0]["year"] is None and a[0]["amount"] is None, a
' "$T/a.json" || fail "allocations as JSON"

# Shares that give out more than is booked: counted twice, check fails.
run --db "$db" insats allocate Beta --accounts 4010 --share 10
expect_rc 0 "a third share"
run --db "$db" check --year 2025
expect_rc 1 "check with 110 %"
expect_joined "ger ut 140 200,00 kr mer än"
run --db "$db" report commitments --year 2025
expect_out "fördelningarna (Alfa, Beta) ger ut 140 200 kr mer än"
expect_out "Beta har fått 110 997 kr mer än beslutat."
run --db "$db" insats allocation remove 3
expect_rc 0 "remove an allocation"
run --db "$db" insats allocation remove 3
expect_rc 2 "remove it again"
expect_err "ingen fördelning 3"

# Paid above decided is a finding of check, not a silent "0 kvar".
run --db "$db" insats allocation remove 2
run --db "$db" insats allocation remove 1
run --db "$db" insats allocate Alfa --accounts 4010 --year 2025 --amount "402 000"
expect_rc 0 "allocate an amount"
run --db "$db" insats allocate Beta --accounts 4010 --year 2025 --amount "1 000 000"
run --db "$db" report commitments --year 2025 --format json
cp "$T/out" "$T/c3.json"
expect_paid "$T/c3.json" Alfa 40200000 59800000
expect_paid "$T/c3.json" Beta 100000000 0
run --db "$db" check --year 2025
expect_rc 1 "check with paid above decided"
expect_joined "Beta: utbetalt 1 000 000,00 kr, beslutat 590 003,00 kr, 409 997,00 kr över"
run --db "$db" check --year 2025 --format json
cp "$T/out" "$T/k3.json"
expect_check "$T/k3.json" paid_within_decided failed
expect_check "$T/k3.json" payments_attributed ok

# Bad input is refused, with what is allowed.
run --db "$db" insats allocate Alfa --accounts 4010 --share 0
expect_rc 2 "share 0"
expect_err "andelen"
run --db "$db" insats allocate Alfa --accounts 4010 --share 60 --amount 5
expect_rc 2 "share and amount"
run --db "$db" insats allocate Alfa --accounts 4010 --amount 5
expect_rc 2 "amount without year"
expect_err "ange vilket år"
run --db "$db" insats allocate Alfa --accounts 4010-4019 --year 2025 --amount 5
expect_rc 2 "amount on a range"
run --db "$db" insats allocate Alfa --share 50
expect_rc 2 "no accounts"
run --db "$db" insats allocate Gamma --accounts 4010 --share 50
expect_rc 2 "unknown intervention"
# A closed year's allocations stay as they are (the year closed directly in
# the database: its command is not what is tested here).
db_sql "$db" "INSERT INTO closed_year (year, adopted) VALUES (2025, '2026-03-20')" || fail "db_sql"
run --db "$db" insats allocate Alfa --accounts 4010 --year 2025 --amount 5
expect_rc 2 "allocate in a closed year"
expect_err "fastställd"
run --db "$db" insats allocation remove 4
expect_rc 2 "remove in a closed year"
run --db "$db" insats allocate Alfa --accounts 4010 --share 5
expect_rc 2 "a share of every year touches the closed year too"
db_sql "$db" "DELETE FROM closed_year" || fail "db_sql"
# Every change is in the audit log, with its values.
checks=$((checks + 1))
n=$(db_sql "$db" "SELECT count(*) FROM audit_log WHERE record LIKE 'allocation %'" 2>/dev/null || echo 0)
[ "$n" -eq 8 ] || fail "audit log of allocations: $n lines, expected 8"
checks=$((checks + 1))
v=$(db_sql "$db" "SELECT old_values FROM audit_log WHERE record = 'allocation 1' AND new_values = ''")
case "$v" in *'"share": 6000'*|*'"share":6000'*) ;; *) fail "the removal keeps the values before: $v" ;; esac

# 2. A payment booked outside the years of the decisions is not the
# intervention's: Steget vidare decided for 2025 only gets 2025's 680 000,
# not 2024's 620 000 as well.
db="$T/years.db"
run --db "$db" demo
run --db "$db" insats add "Steget vidare" --kind individinriktad --accounts 4010 --objects 6:1
run --db "$db" insats decide "Steget vidare" --date 2024-11-20 --amount "700 000" --years 2025
run --db "$db" report commitments --year 2025 --format json
cp "$T/out" "$T/y.json"
expect_paid "$T/y.json" "Steget vidare" 68000000 2000000
run --db "$db" report commitments --year 2025
expect_out "20 000"
run --db "$db" check --year 2025 --format json
expect_rc 0 "check with objects"
cp "$T/out" "$T/ky.json"
expect_check "$T/ky.json" payments_attributed ok
expect_check "$T/ky.json" paid_within_decided ok

# A payment booked for an intervention in a year none of its decisions
# covers is left out of its paid amount, and check warns with the sum.
odb="$T/outside.db"
run --db "$odb" demo
run --db "$odb" insats add "Dagen" --kind kompetenshöjande --accounts 4010 --objects 6:3
run --db "$odb" insats decide "Dagen" --date 2024-11-14 --amount "52 000" --years 2025
run --db "$odb" check --year 2025 --format json
expect_rc 0 "a warning is no failure"
cp "$T/out" "$T/outside.json"
expect_check "$T/outside.json" payments_within_decisions warning
checks=$((checks + 1))
python3 -c 'import json,sys
c={x["id"]:x for x in json.load(open(sys.argv[1]))["checks"]}
d=c["payments_within_decisions"]["detail"]
assert "Dagen: 48 500,00 kr bokfört 2024" in d and "räknas inte som utbetalt" in d, d
' "$T/outside.json" || fail "the warning names the intervention, the sum and the year"
run --db "$odb" report commitments --year 2025 --format json
cp "$T/out" "$T/oc.json"
expect_paid "$T/oc.json" Dagen 5200000 0

finish
