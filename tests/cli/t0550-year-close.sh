#!/bin/sh
# Closing a year when the board has adopted its annual report, reopening
# it with a reason, and the list of years: every refusal with its reason,
# and the audit log's lines with the values before and after.
. "$SRC/tests/cli/lib.sh"
db="$T/demo.db"
FINSAM_TODAY=2026-03-15
export FINSAM_TODAY

run --db "$db" demo
expect_rc 0 "demo"

run --db "$db" year list
expect_rc 0 "year list"
expect_out "2024  2024-01-01  2024-12-31  ja         nej     öppet"
expect_out "2025  2025-01-01  2025-12-31  ja         ja      öppet"

# Refusals, each with what is wrong and what is allowed.
run --db "$db" year close 2025
expect_rc 2 "close without --adopted"
expect_err "--adopted"
run --db "$db" year close --adopted 2026-03-10
expect_rc 2 "close without a year"
run --db "$db" year close 20x5 --adopted 2026-03-10
expect_rc 2 "close with a bad year"
expect_err "ogiltigt år '20x5'"
run --db "$db" year close 2023 --adopted 2024-03-10
expect_rc 2 "a year without books"
expect_err "räkenskapsåret 2023 finns inte i databasen"
run --db "$db" year close 2025 --adopted 2026-02-30
expect_rc 2 "no such date"
expect_err "ogiltigt datum '2026-02-30'"
run --db "$db" year close 2025 --adopted 2025-12-31
expect_rc 2 "adopted on the year's last day"
expect_err "fastställelsedagen 2025-12-31 ligger inte efter räkenskapsårets slut 2025-12-31"
run --db "$db" year close 2025 --adopted 2026-03-16
expect_rc 2 "adopted tomorrow"
expect_err "fastställelsedagen 2026-03-16 ligger efter i dag (2026-03-15)"
run --db "$db" year list --format json
expect_json "$T/out" "years" '[{"year": 2024, "start": "2024-01-01", "end": "2024-12-31", "books": "true", "budget": "false", "status": "open", "adopted": null}, {"year": 2025, "start": "2025-01-01", "end": "2025-12-31", "books": "true", "budget": "true", "status": "open", "adopted": null}]'

# Closing: today itself is allowed.
run --db "$db" year close 2025 --adopted 2026-03-15
expect_rc 0 "close 2025"
expect_out "Året 2025 är stängt: årsredovisningen fastställdes av förbundsstyrelsen 2026-03-15."
run --db "$db" year close 2025 --adopted 2026-03-14
expect_rc 2 "close twice"
expect_err "året 2025 är redan stängt: årsredovisningen fastställdes av förbundsstyrelsen 2026-03-15"
run --db "$db" year close 2024 --adopted 2025-03-20
expect_rc 0 "close 2024"
run --db "$db" year list --format json
cp "$T/out" "$T/list.json"
expect_json "$T/list.json" "years" '[{"year": 2024, "start": "2024-01-01", "end": "2024-12-31", "books": "true", "budget": "false", "status": "closed", "adopted": "2025-03-20"}, {"year": 2025, "start": "2025-01-01", "end": "2025-12-31", "books": "true", "budget": "true", "status": "closed", "adopted": "2026-03-15"}]'
run --db "$db" year list
expect_out "2025  2025-01-01  2025-12-31  ja         ja      stängt  2026-03-15"

# Reopening needs a reason, and a closed year.
run --db "$db" year reopen 2025
expect_rc 2 "reopen without --reason"
expect_err "--reason"
run --db "$db" year reopen 2025 --reason "   "
expect_rc 2 "a blank reason"
expect_err "ange varför året öppnas igen"
run --db "$db" year reopen 2023 --reason "fel"
expect_rc 2 "reopen a year that is not closed"
expect_err "året 2023 är inte stängt"
run --db "$db" year reopen 2025 --reason "Revisorn fann ett fel i not 3"
expect_rc 0 "reopen 2025"
expect_out "Året 2025 är öppet igen"
run --db "$db" year list --format json
expect_json "$T/out" "years" '[{"year": 2024, "start": "2024-01-01", "end": "2024-12-31", "books": "true", "budget": "false", "status": "closed", "adopted": "2025-03-20"}, {"year": 2025, "start": "2025-01-01", "end": "2025-12-31", "books": "true", "budget": "true", "status": "open", "adopted": null}]'
# ... and can be closed again on a later day.
run --db "$db" year close 2025 --adopted 2026-03-15
expect_rc 0 "close 2025 again"

# The audit log: who, what, and the values before and after.
USER=ekonom run --db "$db" year reopen 2024 --reason "Ny revision"
expect_rc 0 "reopen 2024 as ekonom"
run --db "$db" audit --format json
expect_rc 0 "audit"
python3 - "$T/out" > "$T/audit.txt" <<'PY'
import json, sys
for e in json.load(open(sys.argv[1]))["audit"]:
    if e["record"].startswith("year "):
        print(e["actor"], "|", e["action"], "|", e["record"], "|", e["before"], "|", e["after"])
PY
cp "$T/audit.txt" "$T/out"
expect_out "| fastställ år | year 2025 |  | {\"year\":2025,\"adopted\":\"2026-03-15\"}"
expect_out "| fastställ år | year 2024 |  | {\"year\":2024,\"adopted\":\"2025-03-20\"}"
expect_out "| öppna år | year 2025 | {\"year\":2025,\"adopted\":\"2026-03-15\"} | {\"year\":2025,\"reason\":\"Revisorn fann ett fel i not 3\"}"
expect_out "ekonom | öppna år | year 2024 | {\"year\":2024,\"adopted\":\"2025-03-20\"} | {\"year\":2024,\"reason\":\"Ny revision\"}"
checks=$((checks + 1))
[ "$(wc -l < "$T/audit.txt")" -eq 5 ] || fail "expected 5 year lines in the audit log: $(cat "$T/audit.txt")"
# Refusals leave no line.
checks=$((checks + 1))
grep -q "2026-03-16\|2026-03-14" "$T/audit.txt" && fail "a refused closing is in the audit log"

# A FINSAM_TODAY that is no date is refused before anything is done.
FINSAM_TODAY=2026-13-01 run --db "$db" year list
expect_rc 2 "a bad FINSAM_TODAY"
expect_err "FINSAM_TODAY ska vara ett datum"

run year close --help
expect_rc 0 "help"
expect_out "Fastställd av"
finish
