# The participant register: participants with a personal identity number
# kept only as a keyed hash, enrolments and exits, one person's data, and
# the append-only audit log.
. "$SRC/tests/cli/lib.sh"
db="$T/p.db"

run --db "$db" init --name "Samordningsförbundet Prov" --orgnr 222000-1990
run --db "$db" insats add "Steget vidare" --kind individinriktad
run --db "$db" insats add "Unga i arbete" --kind individinriktad

echo "19121212-1212" | "$FINSAM" --db "$db" participant add D001 --sex man --born 1912 --education gymnasial --pnr-stdin > "$T/out" 2> "$T/err"
rc=$?
expect_rc 0 "add with pnr"
checks=$((checks + 1))
[ "$(stat -c %a "$db.key")" = "600" ] || fail "key file mode"
# The same person under another code is refused.
echo "191212121212" | "$FINSAM" --db "$db" participant add D002 --sex man --born 1912 --pnr-stdin > "$T/out" 2> "$T/err"
rc=$?
expect_rc 2 "same person twice"
expect_err "finns redan som deltagare D001"
echo "19121212-1213" | "$FINSAM" --db "$db" participant add D003 --sex man --born 1912 --pnr-stdin > "$T/out" 2> "$T/err"
rc=$?
expect_rc 2 "bad check digit"
expect_err "kontrollsiffran"
run --db "$db" participant add D004 --sex kvinna --born 1990 --education "Eftergymnasial"
expect_rc 0 "add without pnr"
run --db "$db" participant add D005 --sex annat --born 1990
expect_rc 2 "bad sex"
expect_err "okänt värde för kön: 'annat'"
run --db "$db" participant add D004 --sex kvinna --born 1990
expect_rc 2 "same code twice"

# The number is nowhere in the database or its log.
checks=$((checks + 1))
if grep -a -q "1212121212" "$db" "$db-wal" 2>/dev/null; then fail "the personal identity number is stored"; fi

run --db "$db" participant enrol D004 --insats "Steget vidare" --date 2025-02-03 \
	--support-before försörjningsstöd --time-in-support "2–5 år"
expect_rc 0 "enrol"
run --db "$db" participant enrol D004 --insats "Steget vidare" --date 2025-03-01
expect_rc 2 "enrolled twice"
expect_err "redan inskriven"
run --db "$db" participant exit D004 --insats "Steget vidare" --date 2025-01-01 --reason arbete
expect_rc 2 "exit before enrolment"
run --db "$db" participant exit D004 --insats "Steget vidare" --date 2025-09-30 --reason "Arbete och studier" \
	--support-after lön
expect_rc 0 "exit"
run --db "$db" participant exit D004 --insats "Unga i arbete" --date 2025-09-30 --reason arbete
expect_rc 2 "exit without enrolment"

run --db "$db" participant show D004 --format json
expect_rc 0 "show"
checks=$((checks + 1))
python3 -c 'import json,sys
d=json.load(open(sys.argv[1]))
p=d["participant"][0]; e=d["enrolments"]
assert p=={"code":"D004","sex":"kvinna","birth_year":1990,"education":"eftergymnasial","personal_number":"none"}, p
assert e==[{"intervention":"Steget vidare","enrolled":"2025-02-03","support_before":"försörjningsstöd","time_in_support":"2-5 år","exited":"2025-09-30","exit_reason":"arbete och studier","support_after":"lön","id":1}], e
' "$T/out" || fail "participant json"
run --db "$db" participant show D001
expect_out "angivet (sparas inte"

run --db "$db" audit --format json
checks=$((checks + 1))
python3 -c 'import json,sys
a=json.load(open(sys.argv[1]))["audit"]
assert [x["action"] for x in a if not x["record"]]==["lägg till","personnummer fanns redan","lägg till","skriv in","avsluta"], a
assert [x["record"] for x in a if x["record"]]==["intervention 1","intervention 2"], a
assert all("1212" not in x["detail"] for x in a), a
assert "personnummer angivet" in [x for x in a if not x["record"]][0]["detail"]
' "$T/out" || fail "audit log"
# The log cannot be changed, not even with the database's own tool.
checks=$((checks + 1))
if db_sql "$db" "DELETE FROM audit_log" 2>/dev/null; then fail "the audit log could be emptied"; fi

finish
