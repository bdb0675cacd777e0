# Correcting the participant register: a participant's facts, code and
# personal identity number, an enrolment and its exit changed or removed,
# an exit undone, a participant removed. The statistics follow each
# correction, and the audit log keeps the values before and after without
# any personal identity number.
. "$SRC/tests/cli/lib.sh"
db="$T/p.db"

run --db "$db" init --name "Samordningsförbundet Prov" --orgnr 222000-1990
run --db "$db" insats add "Steget vidare" --kind individinriktad --ages 20-64 \
	--participants-from 2024-01-01 --participants-to 2026-06-30
run --db "$db" insats add "Unga i arbete" --kind individinriktad --ages 16-29
echo "19900101-0017" | "$FINSAM" --db "$db" participant add A1 --sex kvinna --born 1990 --pnr-stdin > "$T/out" 2> "$T/err"
rc=$?
expect_rc 0 "add with a number"
run --db "$db" participant add A2 --sex man --born 1985 --education gymnasial
run --db "$db" participant enrol A1 --insats "Steget vidare" --date 2025-02-01 --support-before sjukpenning
expect_rc 0 "enrol A1"
run --db "$db" participant enrol A2 --insats "Steget vidare" --date 2025-03-01
expect_rc 0 "enrol A2"
run --db "$db" participant exit A1 --insats "Steget vidare" --date 2025-06-30 --reason arbete --support-after lön
expect_rc 0 "exit A1"

# stats KEY: the unprotected 2025 statistics' value at KEY (a path).
stats() {
	"$FINSAM" --db "$db" report participants --year 2025 --unprotected --format json > "$T/stats.json"
	python3 -c 'import json,sys
v=json.load(open(sys.argv[1]))
for k in sys.argv[2].split("."): v=v[k]
print(v)' "$T/stats.json" "$1"
}
# expect_stat KEY VALUE WHAT
expect_stat() {
	checks=$((checks + 1))
	got=$(stats "$1")
	[ "$got" = "$2" ] || fail "$3: $1 is $got, expected $2"
}
expect_stat enrolled.women 1 "before"
expect_stat enrolled.men 1 "before"
expect_stat exited_to_work_or_studies.total 1 "before"

# The ids of the enrolments are in 'participant show'.
run --db "$db" participant show A1 --format json
checks=$((checks + 1))
id1=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["enrolments"][0]["id"])' "$T/out") ||
	fail "no id in participant show"
run --db "$db" participant show A1
expect_out "Id"

# A participant's sex corrected: the statistics follow.
run --db "$db" participant edit A2 --sex kvinna
expect_rc 0 "edit sex"
expect_out "Deltagaren A2 är ändrad"
expect_stat enrolled.women 2 "after the sex was corrected"
expect_stat enrolled.men 0 "after the sex was corrected"
# Nothing to change is said, and nothing is logged.
run --db "$db" participant edit A2 --sex kvinna
expect_rc 2 "an edit that changes nothing"
expect_err "deltagaren A2 har redan de uppgifterna: inget att ändra"
# A new code, and the number forgotten.
run --db "$db" participant edit A1 --code B1 --no-pnr
expect_rc 0 "new code"
run --db "$db" participant show B1 --format json
checks=$((checks + 1))
python3 -c 'import json,sys
p=json.load(open(sys.argv[1]))["participant"][0]
assert p["code"]=="B1" and p["personal_number"]=="none", p' "$T/out" || fail "the new code or the forgotten number"
run --db "$db" participant show A1
expect_rc 2 "the old code is gone"
# A number given again; the same number on another participant is refused.
echo "19900101-0017" | "$FINSAM" --db "$db" participant edit B1 --pnr-stdin > "$T/out" 2> "$T/err"
rc=$?
expect_rc 0 "number given again"
echo "19900101-0017" | "$FINSAM" --db "$db" participant edit A2 --born 1990 --pnr-stdin > "$T/out" 2> "$T/err"
rc=$?
expect_rc 2 "the same person twice"
expect_err "finns redan som deltagare B1"
# Validated as an addition is.
run --db "$db" participant edit A2 --sex annat
expect_rc 2 "bad sex"
expect_err "okänt värde för kön: 'annat'"
run --db "$db" participant edit A2 --code 19900101-0017
expect_rc 2 "a number as the code"
expect_err "deltagarkoden får inte vara ett personnummer"
run --db "$db" participant edit A2 --code B1
expect_rc 2 "a code taken"
expect_err "deltagarkoden B1 används redan"
run --db "$db" participant edit A2
expect_rc 2 "nothing to change"

# The exit corrected through the enrolment: to studies, another day.
run --db "$db" participant enrolment edit "$id1" --exited 2025-07-15 --reason studier
expect_rc 0 "edit the exit"
run --db "$db" participant show B1 --format json
checks=$((checks + 1))
python3 -c 'import json,sys
e=json.load(open(sys.argv[1]))["enrolments"][0]
assert e["exited"]=="2025-07-15" and e["exit_reason"]=="studier" and e["support_after"]=="lön", e' "$T/out" ||
	fail "the exit was not changed"
expect_stat exit_reason.studier 1 "the exit reason corrected"
expect_stat exit_reason.arbete 0 "the exit reason corrected"
run --db "$db" participant enrolment edit "$id1" --support-before försörjningsstöd --time-in-support "1–2 år"
expect_rc 0 "edit the enrolment"
expect_stat support_before.försörjningsstöd 1 "support before corrected"
expect_stat support_before.sjukpenning 0 "support before corrected"

# The exit undone: enrolled, no longer exited.
run --db "$db" participant exit B1 --insats "Steget vidare" --undo
expect_rc 0 "undo the exit"
expect_out "ångrat"
expect_stat exited.total 0 "after the undo"
run --db "$db" participant show B1 --format json
checks=$((checks + 1))
python3 -c 'import json,sys
e=json.load(open(sys.argv[1]))["enrolments"][0]
assert e["exited"] is None and e["exit_reason"] is None, e' "$T/out" || fail "the exit is still there"
run --db "$db" participant exit B1 --insats "Steget vidare" --undo
expect_rc 2 "nothing to undo"
expect_err "inget avslut att ångra"

# An enrolment removed: the participant is no longer counted.
run --db "$db" participant show A2 --format json
id2=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["enrolments"][0]["id"])' "$T/out")
run --db "$db" participant enrolment remove "$id2"
expect_rc 0 "remove the enrolment"
expect_stat enrolled.total 1 "after the enrolment was removed"
run --db "$db" participant enrolment remove "$id2"
expect_rc 2 "remove it again"
expect_err "det finns ingen inskrivning $id2"
run --db "$db" participant enrolment edit x --date 2025-01-01
expect_rc 2 "a bad id"

# A participant removed with their enrolments.
run --db "$db" participant remove B1
expect_rc 0 "remove the participant"
expect_stat enrolled.total 0 "after the participant was removed"
run --db "$db" participant list --format json
checks=$((checks + 1))
python3 -c 'import json,sys
p=json.load(open(sys.argv[1]))["participants"]
assert [x["code"] for x in p]==["A2"], p' "$T/out" || fail "B1 is still listed"

# The audit log: each correction with the record, its values before and
# after, and never the number.
run --db "$db" audit --format json
checks=$((checks + 1))
python3 -c 'import json,sys
a=json.load(open(sys.argv[1]))["audit"]
acts=[x["action"] for x in a]
for want in ["ändra deltagare","ändra inskrivning","ångra avslut","ta bort inskrivning","ta bort deltagare"]:
    assert want in acts, (want, acts)
e=[x for x in a if x["action"]=="ändra deltagare"]
b=json.loads(e[0]["before"]); f=json.loads(e[0]["after"])
assert e[0]["record"].startswith("participant ") and b["sex"]=="man" and f["sex"]=="kvinna", e[0]
b=json.loads(e[1]["before"]); f=json.loads(e[1]["after"])
assert b["code"]=="A1" and b["personal_number"]=="given" and f["code"]=="B1" and f["personal_number"]=="none", e[1]
u=[x for x in a if x["action"]=="ångra avslut"][0]
assert json.loads(u["before"])["exited"]=="2025-07-15" and json.loads(u["after"])["exited"] is None, u
r=[x for x in a if x["action"]=="ta bort deltagare"][0]
assert json.loads(r["before"])["code"]=="B1" and r["after"]=="", r
for x in a:
    s=json.dumps(x)
    assert "0017" not in s and "900101" not in s, x
    if x["before"]: assert "pnr" not in x["before"] and "hash" not in x["before"], x
' "$T/out" || fail "audit log of the corrections"
checks=$((checks + 1))
if grep -a -q -e "9001010017" -e "19900101" "$db" "$db-wal" 2>/dev/null; then fail "the number is stored"; fi

finish
