# The governing documents (styrdokument): added with the day adopted and
# the day by which each must be revised, revised with the history kept,
# corrected and removed, each change in the audit log; the rules of the
# dates and of the name; the list in text and JSON; 'check' warns of a
# document past its revise-by date as of the end of the year checked (or
# today within it); and the web page: the director keeps the documents,
# the board and the auditors read them, the registrar is refused, a form
# without its CSRF token is refused and a refused form names its field.
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/web_lib.sh"
export FINSAM_TODAY=2026-03-15
sql() {
	db_sql "$db" "$1"
}

# ---- the command line ----
db="$T/p.db"
run --db "$db" init --name "Samordningsförbundet Test" --orgnr 222000-3129
expect_rc 0 "init"
run --db "$db" policy add Delegeringsordning --adopted 2023-03-01 --revise-by 2025-03-01 --note "§ 12"
expect_rc 0 "a delegation order added"
expect_out "Lade till styrdokumentet Delegeringsordning."
run --db "$db" policy add "Informationspolicy" --adopted 2024-01-01
expect_rc 0 "a free name without a revise-by date"
run --db "$db" policy add Förbundsordning --adopted 2019-05-02 --revise-by 2027-05-02 --kind förbundsordning
expect_rc 0 "a kind given"
# The rules: the name unique, the revise-by date after the adoption, a
# kind that exists, the adoption day required.
run --db "$db" policy add Delegeringsordning --adopted 2024-01-01
expect_rc 2 "a name twice"
expect_err "det finns redan ett styrdokument som heter 'Delegeringsordning'"
run --db "$db" policy add Attestordning --adopted 2024-01-01 --revise-by 2024-01-01
expect_rc 2 "revise-by on the day adopted"
expect_err "måste ligga efter dagen då det antogs (2024-01-01)"
run --db "$db" policy add Attestordning --adopted 2024-01-01 --kind arbetsplan
expect_rc 2 "an unknown kind"
expect_err "okänt slag av styrdokument 'arbetsplan'"
run --db "$db" policy add Attestordning --adopted 2024-02-30
expect_rc 2 "a date that does not exist"
run --db "$db" policy add Attestordning
expect_rc 2 "no --adopted"
expect_err "--adopted"
run --db "$db" policy add --help
expect_rc 0 "help"
expect_out "Registrerar styrdokumentet NAMN"

# A revision: not before the one before it; the latest counts.
run --db "$db" policy revise Delegeringsordning --date 2023-02-01
expect_rc 2 "a revision before the adoption"
expect_err "revideringen (2023-02-01) kan inte ligga före dagen då styrdokumentet antogs 2023-03-01"
run --db "$db" policy revise Delegeringsordning --date 2025-02-10 --revise-by 2026-02-10 --note "§ 4"
expect_rc 0 "a revision"
run --db "$db" policy revise 1 --date 2025-01-10
expect_rc 2 "a revision before the previous, by id"
expect_err "kan inte ligga före den förra revideringen 2025-02-10"
run --db "$db" policy revise Delegeringsordning --date 2025-06-01 --revise-by 2025-05-01
expect_rc 2 "a revision's revise-by before its day"
run --db "$db" policy revise Saknas --date 2025-06-01
expect_rc 2 "no such document"
expect_err "det finns inget styrdokument 'Saknas'"

run --db "$db" policy list
expect_rc 0 "list"
expect_out "Delegeringsordning  2023-03-01  2025-02-10        2026-02-10        ja                   1"
expect_joined "I dag (2026-03-15) har 1 styrdokument passerat dagen då det senast skulle revideras."
run --db "$db" policy list --format json
expect_rc 0 "list as JSON"
cp "$T/out" "$T/list.json"
checks=$((checks + 1))
python3 - "$T/list.json" <<'PY' || fail "the JSON of policy list"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["as_of"] == "2026-03-15", d
p = {x["name"]: x for x in d["policies"]}
assert [x["name"] for x in d["policies"]] == ["Förbundsordning", "Delegeringsordning", "Informationspolicy"], d
x = p["Delegeringsordning"]
assert x == {"id": 1, "name": "Delegeringsordning", "kind": "delegation", "adopted": "2023-03-01",
             "last_revised": "2025-02-10", "revise_by": "2026-02-10", "overdue": "true", "revisions": 1,
             "note": "§ 12"}, x
assert p["Informationspolicy"]["kind"] == "other" and p["Informationspolicy"]["revise_by"] is None
assert p["Förbundsordning"]["overdue"] == "false" and p["Förbundsordning"]["last_revised"] is None
PY
run --db "$db" policy list --format csv
expect_rc 0 "list as CSV"
expect_out "Delegeringsordning"
run --db "$db" policy show Delegeringsordning
expect_rc 0 "show"
expect_out "Antogs första gången 2023-03-01, att revideras senast 2025-03-01."
expect_out "2025-02-10  2026-02-10        § 4"

# Corrections: edit, a revision removed, the whole document removed.
run --db "$db" policy edit Delegeringsordning --adopted 2025-02-20
expect_rc 2 "adopted after a revision"
expect_err "styrdokumentet reviderades 2025-02-10, så det kan inte ha antagits 2025-02-20"
run --db "$db" policy edit Informationspolicy --name Delegeringsordning
expect_rc 2 "renamed to a name taken"
run --db "$db" policy edit Informationspolicy --name "Informationssäkerhetspolicy" --revise-by 2026-01-31
expect_rc 0 "edit"
run --db "$db" policy edit 2 --revise-by ""
expect_rc 0 "the revise-by date removed"
rev=$(sql "SELECT id FROM policy_revision WHERE policy_id = 1")
run --db "$db" policy revision remove "$rev"
expect_rc 0 "a revision removed"
run --db "$db" policy list --format json
expect_out '"revise_by": "2025-03-01"'
run --db "$db" policy remove Förbundsordning
expect_rc 0 "remove"
run --db "$db" policy show Förbundsordning
expect_rc 2 "removed"
checks=$((checks + 1))
log=$(sql "SELECT action FROM audit_log WHERE record LIKE 'policy%' ORDER BY id" | paste -sd '|')
[ "$log" = "lägg till styrdokument|lägg till styrdokument|lägg till styrdokument|revidera styrdokument|ändra styrdokument|ändra styrdokument|ta bort revidering|ta bort styrdokument" ] ||
	fail "the audit log of the changes: $log"

# ---- check ----
web_demo
run --db "$db" check --year 2025
expect_rc 0 "the demo's documents are revised in time"
expect_out "[OK]              Styrdokumenten är reviderade i tid"
run --db "$db" policy add Informationspolicy --adopted 2023-01-10 --revise-by 2025-01-31
run --db "$db" check --year 2025
expect_rc 0 "a warning is no failure"
expect_out "[VARNING]         Styrdokumenten är reviderade i tid"
expect_joined "Informationspolicy skulle ha reviderats senast 2025-01-31 (antaget 2023-01-10)"
# At the end of 2024 it was not yet due.
run --db "$db" check --year 2024
expect_out "[OK]              Styrdokumenten är reviderade i tid"
run --db "$db" check --year 2025 --format json
cp "$T/out" "$T/check.json"
checks=$((checks + 1))
python3 -c 'import json,sys
d = json.load(open(sys.argv[1]))
c = [x for x in d["checks"] if x["id"] == "policies_revised"][0]
assert c["status"] == "warning" and "Informationspolicy" in c["detail"], c' "$T/check.json" ||
	fail "the check in JSON"
# Revised after the year: the year's check still sees it late then.
run --db "$db" policy revise Informationspolicy --date 2026-02-01 --revise-by 2028-01-31
run --db "$db" check --year 2025
expect_out "[VARNING]         Styrdokumenten är reviderade i tid"

# ---- the web ----
web_serve
A="$T/anna" B="$T/bo" R="$T/rita" V="$T/rev"
login anna korvmacka-123 "$A"
login bo korvmacka-123 "$B"
login rita korvmacka-123 "$R"
login rev korvmacka-123 "$V"
for jar in "$A" "$B" "$V"; do
	get /styrdokument "$jar"
	expect_code 200 "the governing documents for $(basename "$jar")"
	expect_body "Internkontrollplan"
	expect_body "Plan för 2026" "the revisions are shown"
done
get / "$B"
expect_body 'href="/styrdokument"' "the board's menu"
get /styrdokument "$B"
expect_no_body 'id="policy-form"' "the board has no form"
expect_no_body "/revidera" "the board has no link to revise"
get /styrdokument "$R"
expect_code 403 "the registrar is refused"
get / "$R"
expect_no_body 'href="/styrdokument"' "not in the registrar's menu"
get / "$A"
expect_body 'id="policies-overdue"' "the director's overview"
expect_body "Närmast på tur: Dokumenthanteringsplan, senast 2026-09-30." "the overview names the next one due"

get /styrdokument "$A"
expect_body 'id="policy-form"'
tok=$(csrf)
# A form refused: every blank field named beside it, in the use case's words.
post /styrdokument "$A" "csrf=$tok" name= kind= adopted= revise_by= note=
expect_code 400 "a document without name, kind and day"
expect_body 'id="name-error"'
expect_body 'id="kind-error"'
expect_body 'id="adopted-error"'
expect_body "Styrdokumentet behöver ett namn."
post /styrdokument "$A" "csrf=$tok" name=Attestordning kind=other adopted=2025-01-01 revise_by=2024-12-31 note=
expect_code 400 "revise-by before the adoption"
expect_body 'id="revise_by-error"'
expect_no_body "--" "no command-line option in a message"
# Without its CSRF token nothing is stored.
post /styrdokument "$A" "csrf=0000000000000000000000000000000000000000000000000000000000000000" \
	name=Lönepolicy kind=other adopted=2025-01-01
expect_code 403 "a form without its CSRF token"
post /styrdokument "$B" "csrf=$tok" name=Lönepolicy kind=other adopted=2025-01-01
expect_code 403 "the board may not add"
checks=$((checks + 1))
[ "$(sql "SELECT count(*) FROM policy WHERE name = 'Lönepolicy'")" = 0 ] || fail "a refused form stored nothing"
post /styrdokument "$A" "csrf=$tok" name=Lönepolicy kind=other adopted=2025-01-01 revise_by=2027-01-01 note=
expect_code 303 "a document added"
post /styrdokument "$A" "csrf=$tok" name=Arkivpolicy kind=other adopted=2020-01-01 revise_by=2022-01-01 note=
expect_code 303 "a document past its date added"
for jar in "$A" "$V"; do
	get / "$jar"
	expect_body "Arkivpolicy, senast 2022-01-01" "the overview of $(basename "$jar") names the late one"
done
get /styrdokument "$B"
expect_body 'id="overdue"' "the page says one is late"
id=$(sql "SELECT id FROM policy WHERE name = 'Lönepolicy'")
get "/styrdokument/$id/revidera" "$A"
expect_code 200 "the revision form"
post "/styrdokument/$id/revidera" "$A" "csrf=$tok" date=2024-12-01 revise_by= note=
expect_code 400 "a revision before the adoption"
expect_body 'id="date-error"'
post "/styrdokument/$id/revidera" "$A" "csrf=$tok" date=2026-01-20 revise_by=2028-01-31 "note=§ 3"
expect_code 303 "a revision"
post "/styrdokument/$id/revidera" "$V" "csrf=$tok" date=2026-02-20 revise_by= note=
expect_code 403 "the auditor may not revise"
get "/styrdokument/$id" "$A"
expect_body 'id="policy-edit-form"'
post "/styrdokument/$id" "$A" "csrf=$tok" name=Lönepolicyn kind=other adopted=2025-01-01 revise_by=2027-01-01 note=
expect_code 303 "a document changed"
get "/styrdokument/$id/ta-bort" "$A"
expect_body "Lönepolicyn tas bort med 1 revidering."
post "/styrdokument/$id/ta-bort" "$A" "csrf=$tok"
expect_code 303 "a document removed"
checks=$((checks + 1))
[ "$(sql "SELECT count(*) FROM audit_log WHERE record IN ('policy $id') AND actor = 'anna'")" = 3 ] ||
	fail "the web's changes are logged with the user's name"
for jar in "$B" "$R" "$V"; do
	for p in /styrdokument/1 /styrdokument/1/revidera /styrdokument/1/ta-bort; do
		get "$p" "$jar"
		expect_code 403 "$p for $(basename "$jar")"
	done
done
finish
