# Participant statistics: a register written to reproduce Jämtland's
# published 2022 table (seed 002: 193 enrolled, 90 women and 103 men; 138
# new; 76 exited, 48 of them to work or studies, 63 %; a mean of 187
# days), and small-cell protection that cannot be undone from the totals.
. "$SRC/tests/cli/lib.sh"
db="$T/j.db"

run --db "$db" init --name "Samordningsförbundet i Jämtlands län" --orgnr 222000-1990
run --db "$db" insats add "Samverkansteam" --kind individinriktad
run --db "$db" insats add "Litet team" --kind individinriktad

# 193 enrolments: the first 55 carried over from 2021, 138 new in 2022; 76
# of the new exit after exactly 187 days, 48 of them to work or studies.
python3 - "$T/jamtland.csv" <<'PY'
import datetime, sys
rows = ["deltagare;insats;kön;födelseår;utbildning;inskriven;försörjning före;tid i försörjning;avslutad;avslutsorsak;försörjning efter"]
for i in range(193):
    sex = "kvinna" if i < 90 else "man"
    born = 2000 if i % 2 else 1970
    if i < 55:
        start = datetime.date(2021, 3, 1) + datetime.timedelta(days=i)
    else:
        start = datetime.date(2022, 1, 3) + datetime.timedelta(days=(i - 55))
    end = reason = after = ""
    if 55 <= i < 55 + 76:
        end = (start + datetime.timedelta(days=187)).isoformat()
        reason = "arbete" if i < 55 + 48 else "avbrutit"
        after = "lön" if i < 55 + 48 else "försörjningsstöd"
    rows.append(f"J{i:03d};Samverkansteam;{sex};{born};gymnasial;{start.isoformat()};försörjningsstöd;2-5 år;{end};{reason};{after}")
# A small team: 3 women, 20 men.
for i in range(23):
    rows.append(f"L{i:03d};Litet team;{'kvinna' if i < 3 else 'man'};1985;okänd;2022-05-02;sjukpenning;ingen;;;")
open(sys.argv[1], "w").write("\n".join(rows) + "\n")
PY
run --db "$db" import participants "$T/jamtland.csv"
expect_rc 0 "import"

run --db "$db" report participants --year 2022 --insats Samverkansteam --format json
expect_rc 0 "stats"
cp "$T/out" "$T/s.json"
expect_json "$T/s.json" year 2022
expect_json "$T/s.json" enrolled.total 193
expect_json "$T/s.json" enrolled.women 90
expect_json "$T/s.json" enrolled.men 103
expect_json "$T/s.json" new.total 138
expect_json "$T/s.json" exited.total 76
expect_json "$T/s.json" exited_to_work_or_studies.total 48
expect_json "$T/s.json" share_to_work_or_studies '"0.6316"'
expect_json "$T/s.json" mean_days 187
expect_json "$T/s.json" by_age.young.enrolled.total 96
expect_json "$T/s.json" by_age.older.enrolled.total 97
expect_json "$T/s.json" by_age_band.16-19.enrolled.total 0
expect_json "$T/s.json" by_age_band.20-24.enrolled.total 96
expect_json "$T/s.json" by_age_band.20-24.exited_to_work_or_studies.total 24
expect_json "$T/s.json" by_age_band.50-64.enrolled.total 97
expect_json "$T/s.json" by_age_band.50-64.new.women 17
expect_json "$T/s.json" exit_reason.arbete 48
expect_json "$T/s.json" exit_reason.avbrutit 28
expect_json "$T/s.json" support_after.lön 48
expect_json "$T/s.json" time_in_support.'2-5 år' 193

# The small team: 3 women would show as <5 and the men's 20 would give it
# away from the total 23, so the men are hidden too.
run --db "$db" report participants --year 2022 --insats "Litet team" --format json
cp "$T/out" "$T/l.json"
expect_json "$T/l.json" enrolled.total 23
expect_json "$T/l.json" enrolled.women '"<5"'
expect_json "$T/l.json" enrolled.men '"x"'
expect_json "$T/l.json" by_age_band.30-39.enrolled.women '"<5"'
expect_json "$T/l.json" by_age_band.30-39.enrolled.men '"x"'
checks=$((checks + 1))
python3 -c 'import json,sys
d=json.load(open(sys.argv[1]))
def derivable(total, parts):
    hidden=[p for p in parts if isinstance(p,str)]
    return not isinstance(total,str) and len(hidden)==1
for m in ("enrolled","new","exited","exited_to_work_or_studies"):
    o=d[m]; assert not derivable(o["total"],[o["women"],o["men"]]), (m,o)
    for b in ("young","older"):
        o=d["by_age"][b][m]; assert not derivable(o["total"],[o["women"],o["men"]]), (b,m,o)
    for s in ("total","women","men"):
        assert not derivable(d[m][s],[d["by_age"]["young"][m][s],d["by_age"]["older"][m][s]]), (m,s)
        b=d["by_age_band"]
        assert not derivable(d["by_age"]["young"][m][s],[b[k][m][s] for k in ("16-19","20-24","25-29")]), (m,s)
        assert not derivable(d["by_age"]["older"][m][s],[b[k][m][s] for k in ("30-39","40-49","50-64")]), (m,s)
    for k,o in d["by_age_band"].items():
        o=o[m]; assert not derivable(o["total"],[o["women"],o["men"]]), (k,m,o)
        assert not isinstance(o["total"],str) or not all(isinstance(o[x],int) for x in ("women","men")), (k,m,o)
for dist,total in (("education","enrolled"),("time_in_support","enrolled"),("support_before","enrolled")):
    assert not derivable(d[total]["total"], list(d[dist].values())), dist
' "$T/l.json" || fail "a hidden cell can be worked out"

run --db "$db" report participants --year 2022 --insats "Litet team" --unprotected --format json
cp "$T/out" "$T/u.json"
expect_json "$T/u.json" enrolled.women 3
expect_json "$T/u.json" enrolled.men 20
run --db "$db" report participants --year 2022 --insats "Litet team"
expect_out "<5"
expect_out "Grupper med färre än 5 personer"
run --db "$db" report participants --year 2022 --unprotected
expect_out "SKYDDADE UPPGIFTER"
expect_out "20–24 år"

# The threshold is a setting: raising it hides more; --min-cell may raise
# it further but not lower it; the change is in the audit log.
run --db "$db" setting list
expect_out "min-cell         5"
run --db "$db" setting set min-cell 25
expect_rc 0 "setting set"
run --db "$db" report participants --year 2022 --insats "Litet team" --format json
cp "$T/out" "$T/l25.json"
expect_json "$T/l25.json" enrolled.total '"<25"'
run --db "$db" report participants --year 2022 --insats "Litet team" --min-cell 5
expect_rc 2 "below the setting"
expect_err "inte vara lägre än inställningen min-cell (25)"
run --db "$db" setting set min-cell 1
expect_rc 2 "setting out of range"
expect_err "min-cell ska vara ett heltal 2–100"
run --db "$db" setting set max-cell 5
expect_rc 2 "unknown setting"
expect_err "okänd inställning 'max-cell'"
run --db "$db" audit
expect_out "min-cell: 5 → 25"
run --db "$db" setting set min-cell 5

# Purging those who left keeps every figure exactly.
run --db "$db" report participants --year 2022 --format json
cp "$T/out" "$T/before.json"
run --db "$db" export participant J060
expect_rc 0 "export participant"
cp "$T/out" "$T/j060.json"
checks=$((checks + 1))
python3 -c 'import json,sys
d=json.load(open(sys.argv[1]))
assert d["participant"][0]["code"]=="J060" and d["enrolments"][0]["exit_reason"]=="arbete", d
' "$T/j060.json" || fail "export of one participant"
run --db "$db" purge --exited-before 2023-01-01
expect_rc 0 "purge"
expect_out "76 deltagare"
run --db "$db" report participants --year 2022 --format json
checks=$((checks + 1))
cmp -s "$T/out" "$T/before.json" || fail "statistics changed by the purge"
run --db "$db" export participant J060
expect_rc 2 "purged code is gone"
run --db "$db" participant list
expect_out "anonym-"
run --db "$db" purge --exited-before 2999-01-01
expect_rc 2 "date in the future"
run --db "$db" audit
expect_out "76 deltagare avslutade före 2023-01-01 avidentifierade"

finish
