# The meetings' findings of 'check': a funding decision, an adoption (the
# year's close, a plan or an interim report decided, a governing document
# adopted or revised) dated on a day with no recorded board meeting, and a
# board meeting that decided without a quorum; both warnings, and only
# from the first year with a recorded board meeting.
. "$SRC/tests/cli/lib.sh"
db="$T/c.db"

run --db "$db" demo
run --db "$db" board add "Eva Lind" --year 2025 --role ordförande --appointed-by "Dalby kommun"
run --db "$db" board add "Per Holm" --year 2025 --role "vice ordförande" --appointed-by "Region Norrdalen"
run --db "$db" board add "Maria Öberg" --year 2025 --role ledamot --appointed-by "Försäkringskassan"
run --db "$db" board add "Sara Ek" --year 2025 --role ersättare --appointed-by "Dalby kommun"
expect_rc 0 "board add"

# No board meeting recorded: both checks are skipped.
run --db "$db" check --year 2025
expect_rc 0 "check without meetings"
expect_out "[EJ KONTROLLERAD] Styrelsens beslut är fattade på sammanträden"
expect_out "[EJ KONTROLLERAD] Styrelsen var beslutsför när den fattade beslut"
expect_out "inga styrelsesammanträden är registrerade"

# A meeting of another body does not count as the board's.
run --db "$db" meeting add 2025-03-10 --body medlemssamråd
run --db "$db" insats add "Steget vidare" --kind individinriktad --from 2025-01-01 --to 2026-12-31 \
	--accounts 4010 --objects 6:1
run --db "$db" insats decide "Steget vidare" --date 2025-03-10 --amount "700 000" --years 2026
expect_rc 0 "funding decision"
run --db "$db" meeting add 2025-11-20 --body styrelse --attended "Eva Lind, Per Holm" --protocol 2025:5
expect_rc 0 "board meeting"
run --db "$db" document adopt plan --year 2026 --date 2025-11-20
expect_rc 0 "plan decided at the meeting"
run --db "$db" document adopt interim --year 2025 --date 2025-10-02
expect_rc 0 "interim report decided another day"
run --db "$db" check --year 2025
expect_rc 0 "a warning is no failure"
expect_out "[VARNING]         Styrelsens beslut är fattade på sammanträden"
expect_joined "Inget styrelsesammanträde är registrerat 2025-03-10, dagen för finansieringen av Steget vidare, 700 000 kr (beslut 1); registrera sammanträdet med 'finsam meeting add 2025-03-10 --body styrelse' eller rätta datumet"
expect_joined "Inget styrelsesammanträde är registrerat 2025-10-02, dagen för beslutet om delårsrapporten för 2025;"
expect_no_out "verksamhetsplanen för 2026"
expect_out "[OK]              Styrelsen var beslutsför när den fattade beslut"

# Only one of three members at a meeting that decides: no quorum.
run --db "$db" meeting add 2025-03-10 --body styrelse --attended "Maria Öberg" --protocol 2025:1
expect_rc 0 "the board met that day too"
run --db "$db" check --year 2025
expect_joined "Styrelsens sammanträde 2025-03-10 (protokoll 2025:1) fattade 1 beslut utan att vara beslutsför: 1 av 3 ledamöter var närvarande, och styrelsen får besluta bara när mer än hälften av ledamöterna är närvarande"
expect_out "[VARNING]         Styrelsen var beslutsför när den fattade beslut"
expect_no_out "finansieringen av Steget vidare"
# The deputy of Dalby kommun serves for the absent chair: two of three.
run --db "$db" meeting edit 3 --attended "Maria Öberg, Sara Ek"
run --db "$db" check --year 2025
expect_out "[OK]              Styrelsen var beslutsför när den fattade beslut"
# A board meeting without decisions needs no quorum.
run --db "$db" meeting add 2025-05-05 --body styrelse --attended "Eva Lind"
run --db "$db" check --year 2025
expect_out "[OK]              Styrelsen var beslutsför när den fattade beslut"
# Its own decision makes it one.
run --db "$db" meeting decide 4 --kind övrigt "Firmatecknare utses"
run --db "$db" check --year 2025 --format json
cp "$T/out" "$T/check.json"
checks=$((checks + 1))
python3 -c 'import json,sys
d = json.load(open(sys.argv[1]))
c = {x["id"]: x for x in d["checks"]}
q, h = c["meetings_quorate"], c["decisions_at_meetings"]
assert q["status"] == "warning" and "2025-05-05" in q["detail"], q
assert h["status"] == "warning" and "2025-10-02" in h["detail"], h' "$T/check.json" ||
	fail "the checks in JSON"

# Governing documents adopted and revised in the year.
run --db "$db" policy add Arbetsordning --kind arbetsordning --adopted 2025-05-05
run --db "$db" policy add Attestordning --kind attestordning --adopted 2025-06-01
run --db "$db" check --year 2025
expect_no_out "styrdokumentet Arbetsordning"
expect_joined "Inget styrelsesammanträde är registrerat 2025-06-01, dagen för antagandet av styrdokumentet Attestordning;"

# The years before the first board meeting are not checked.
run --db "$db" check --year 2024
expect_out "[EJ KONTROLLERAD] Styrelsens beslut är fattade på sammanträden"
expect_out "styrelsens sammanträden är registrerade först från 2025"

# The year's close: the annual report of 2024 adopted in 2025 on a day
# with no board meeting.
run --db "$db" year close 2024 --adopted 2025-04-15
expect_rc 0 "2024 closed"
run --db "$db" check --year 2025
expect_joined "Inget styrelsesammanträde är registrerat 2025-04-15, dagen för fastställelsen av årsredovisningen för 2024;"
finish
