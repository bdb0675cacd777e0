# The director's own pages end to end with curl: an intervention added,
# changed, closed and removed (and refused while something refers to it),
# an account allocated and the allocation removed, anonymous participants
# kept by the registrar of the intervention, users added with a Swedish
# role, changed, turned off and on again, the small-cell setting that
# moves the protected statistics, and a person's register extract by
# personal identity number, which is never shown or stored, and the purge
# behind its confirmation. The registrar, the board and the auditor are
# refused every one of these pages.
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/web_lib.sh"
web_demo

web_serve

for u in anna rita bo rev; do
	login "$u" "korvmacka-123" "$T/$u"
	expect_code 303 "login $u"
done
get / "$T/anna"
tok=$(csrf)

# ---- refusals: only the administrator (and a registrar for her own
# intervention's anonymous counts) ----
for who in rita bo rev; do
	for path in /insatser/ny /insatser/2/andra /insatser/2/avsluta /insatser/2/ta-bort \
		/insatser/2/fordelning/1/ta-bort /anvandare /anvandare/anna /anvandare/anna/avstang \
		/installningar /registerutdrag; do
		get "$path" "$T/$who"
		expect_code 403 "$who GET $path"
	done
	get / "$T/$who"
	t=$(csrf)
	for path in /insatser/ny /insatser/2/andra /insatser/2/avsluta /insatser/2/ta-bort /insatser/2/fordelning \
		/anvandare /anvandare/anna/andra /anvandare/anna/avstang /anvandare/anna/pasla /installningar \
		/registerutdrag /registerutdrag/rensa; do
		post "$path" "$T/$who" "csrf=$t"
		expect_code 403 "$who POST $path"
	done
done
for who in bo rev; do
	get / "$T/$who"
	post /insatser/2/anonyma "$T/$who" "csrf=$(csrf)"
	expect_code 403 "$who POST anonymous"
done
# The menu shows the administrator's pages to her alone.
get / "$T/anna"
expect_body 'href="/installningar"'
expect_body 'href="/registerutdrag"'
get / "$T/rita"
expect_no_body 'href="/installningar"' "the registrar's menu"
expect_no_body 'href="/registerutdrag"' "the registrar's menu"

# ---- a new intervention ----
get /insatser "$T/anna"
expect_body 'href="/insatser/ny"'
get /insatser "$T/rev"
expect_no_body 'href="/insatser/ny"' "the auditor's list"
get /insatser/ny "$T/anna"
expect_code 200 "new intervention form"
expect_body '<option value="">Välj sort …</option>'
# Errors beside their fields and in the summary.
post /insatser/ny "$T/anna" "csrf=$tok" "name=Arbetsträning Norr" "kind=" "start=2025-01-01" "end=2025-12-31"
expect_code 400 "no kind"
expect_body 'id="error-summary"'
expect_body 'href="#kind"'
expect_body 'aria-describedby="kind-error"'
expect_body 'value="Arbetsträning Norr"' "the form keeps what was typed"
post /insatser/ny "$T/anna" "csrf=$tok" "name=Arbetsträning Norr" "kind=individual" \
	"start=2025-01-01" "end=2025-12-31" "p_start=2024-06-01" "ages=16-29"
expect_code 400 "participant period outside"
expect_body 'aria-describedby="p_start-error"'
expect_body "Deltagarperioden ska ligga inom insatsens period."
post /insatser/ny "$T/anna" "csrf=$tok" "name=Arbetsträning Norr" "kind=individual" \
	"owner=Dalby kommun" "partners=Arbetsförmedlingen" "target=Unga vuxna" "ages=18-29" \
	"start=2025-01-01" "end=2026-12-31" "p_start=2025-02-01" "p_end=2026-06-30" \
	"purpose=Arbetsträning hos medlemmarna" "goals=30 deltagare" "accounts=4010" "objects=6:5"
expect_code 303 "new intervention"
expect_head "Location: /insatser/5?ok="
get "$(sed -n 's/^Location: \([^\r]*\).*/\1/p' "$T/head")" "$T/anna"
expect_code 200 "the new intervention"
expect_body "Arbetsträning Norr"
expect_body "Insatsen är sparad."
expect_body 'href="/insatser/5/andra"'
get /insatser "$T/bo"
expect_body "Arbetsträning Norr" "the board sees the new intervention"
get /rapporter/arsredovisning/2025 "$T/anna"
expect_body "Arbetsträning Norr" "the annual report"
checks=$((checks + 1))
db_sql "$db" "SELECT actor, action FROM audit_log" | grep -q "anna|lägg till insats" ||
	fail "no audit line for the new intervention"

# ---- changed ----
get /insatser/5/andra "$T/anna"
expect_code 200 "edit form"
expect_body 'value="Arbetsträning Norr"'
expect_body 'value="18-29"'
expect_body '<option value="individual" selected>Individinriktad</option>'
post /insatser/5/andra "$T/anna" "csrf=$tok" "name=Arbetsträning Nord" "kind=individual" \
	"owner=Dalby kommun" "ages=18-299" "start=2025-01-01" "end=2026-12-31" "accounts=4010" "objects=6:5"
expect_code 400 "bad ages"
expect_body 'aria-describedby="ages-error"'
post /insatser/5/andra "$T/anna" "csrf=$tok" "name=Arbetsträning Nord" "kind=individual" \
	"owner=Dalby kommun" "ages=18-30" "start=2025-01-01" "end=2026-12-31" "p_start=2025-02-01" \
	"p_end=2026-06-30" "accounts=4010" "objects=6:5"
expect_code 303 "edit"
get /rapporter/arsredovisning/2025 "$T/anna"
expect_body "Arbetsträning Nord" "the annual report after the change"
expect_no_body "Arbetsträning Norr" "the old name"
get /logg "$T/anna"
expect_body "ändra insats"

# ---- closed ----
get /insatser/5/avsluta "$T/anna"
expect_code 200 "close form"
expect_body 'id="close-submit"'
post /insatser/5/avsluta "$T/anna" "csrf=$tok" "end=2024-06-30"
expect_code 400 "an end before the start"
expect_body 'aria-describedby="end-error"'
post /insatser/5/avsluta "$T/anna" "csrf=$tok" "end=2025-12-31"
expect_code 303 "close"
checks=$((checks + 1))
[ "$(db_sql "$db" "SELECT end_date, participant_end FROM intervention WHERE id = 5" 2>/dev/null)" = "2025-12-31|2025-12-31" ] ||
	fail "closing: $(db_sql "$db" "SELECT * FROM intervention WHERE id = 5" 2>&1)"

# ---- allocations ----
post /insatser/5/fordelning "$T/anna" "csrf=$tok" "alloc_accounts=4010" "alloc_share=abc"
expect_code 400 "a bad share"
expect_body 'id="error-summary"'
expect_body 'aria-describedby="alloc_share-error"'
post /insatser/5/fordelning "$T/anna" "csrf=$tok" "alloc_accounts=4010" "alloc_share=10" "alloc_note=Delad personal"
expect_code 303 "allocation"
get /insatser/5 "$T/anna"
expect_body 'id="allocation-list"'
expect_body "Delad personal"
aid=$(sed -n 's/.*id="remove-allocation-\([0-9]*\)".*/\1/p' "$T/body" | head -n 1)
get "/insatser/5/fordelning/$aid/ta-bort" "$T/anna"
expect_code 200 "allocation removal confirmation"
expect_body 'id="remove-allocation-submit"'

# ---- removal: refused while something refers to it ----
get /insatser/5/ta-bort "$T/anna"
expect_code 200 "removal confirmation"
post /insatser/5/ta-bort "$T/anna" "csrf=$tok"
expect_code 400 "removal with an allocation"
expect_body "fördelningar av konton"
post "/insatser/5/fordelning/$aid/ta-bort" "$T/anna" "csrf=$tok"
expect_code 303 "allocation removed"
post /insatser/2/ta-bort "$T/anna" "csrf=$tok"
expect_code 400 "an intervention with decisions"
expect_body "beslut"
post /insatser/5/ta-bort "$T/anna" "csrf=$tok"
expect_code 303 "removed"
expect_head "Location: /insatser?ok="
get /insatser/5 "$T/anna"
expect_code 404 "the removed intervention"

# ---- anonymous participants: the registrar of Unga i arbete (2) ----
get /insatser/2 "$T/rita"
expect_body 'id="anonymous-form"'
t=$(csrf)
post /insatser/2/anonyma "$T/rita" "csrf=$t" "anon_from=2025-09-01" "anon_to=2026-01-31" "anon_women=3" "anon_men=4"
expect_code 400 "a period over the turn of the year"
expect_body 'id="error-summary"'
expect_body 'aria-describedby="anon_to-error"'
post /insatser/2/anonyma "$T/rita" "csrf=$t" "anon_from=2025-09-01" "anon_to=2025-09-30" "anon_women=3" "anon_men=4" \
	"anon_note=Öppet hus"
expect_code 303 "anonymous added by the registrar"
post /insatser/1/anonyma "$T/rita" "csrf=$t" "anon_from=2025-09-01" "anon_to=2025-09-30" "anon_women=3" "anon_men=4"
expect_code 403 "anonymous in another's intervention"
get /insatser/1 "$T/rita"
expect_no_body 'id="anonymous-form"' "no form for another's intervention"
get /insatser/2 "$T/anna"
expect_body "Öppet hus"
nid=$(sed -n 's/.*id="edit-anonymous-\([0-9]*\)".*/\1/p' "$T/body" | tail -n 1)
get "/insatser/2/anonyma/$nid/andra" "$T/anna"
expect_code 200 "anonymous edit form"
expect_body 'value="Öppet hus"'
post "/insatser/2/anonyma/$nid/andra" "$T/anna" "csrf=$tok" "anon_from=2025-09-01" "anon_to=2025-09-30" "anon_women=x" \
	"anon_men=4"
expect_code 400 "a bad count"
expect_body 'aria-describedby="anon_women-error"'
post "/insatser/2/anonyma/$nid/andra" "$T/anna" "csrf=$tok" "anon_from=2025-09-01" "anon_to=2025-09-30" "anon_women=5" \
	"anon_men=4" "anon_note=Öppet hus i september"
expect_code 303 "anonymous edited"
get "/insatser/2/anonyma/$nid/ta-bort" "$T/rita"
expect_code 200 "anonymous removal confirmation"
post "/insatser/2/anonyma/$nid/ta-bort" "$T/rita" "csrf=$t"
expect_code 303 "anonymous removed"
get /insatser/2 "$T/anna"
expect_no_body "Öppet hus"

# ---- users ----
get /anvandare "$T/anna"
expect_code 200 "users"
expect_body '<option value="registrar">Registrerare</option>'
expect_body '<option value="board">Styrelseledamot</option>'
post /anvandare "$T/anna" "csrf=$tok" "name=karin" "role=registrar" "password=Sju sjösjuka sjömän"
expect_code 400 "a registrar without interventions"
expect_body 'aria-describedby="insats-error"'
post /anvandare "$T/anna" "csrf=$tok" "name=karin" "role=" "password=Sju sjösjuka sjömän"
expect_code 400 "no role"
expect_body 'aria-describedby="role-error"'
post /anvandare "$T/anna" "csrf=$tok" "name=karin" "role=registrar" "insats=1" "password=Sju sjösjuka sjömän"
expect_code 303 "a new registrar"
get /anvandare/karin "$T/anna"
expect_code 200 "the user's page"
expect_body "Registrerare, aktiv"
expect_body 'id="insats-1" name="insats" value="1" checked'
login karin "Sju sjösjuka sjömän" "$T/karin"
expect_code 303 "karin logs in"
get /insatser/1 "$T/karin"
expect_body 'id="anonymous-form"' "karin keeps Steget vidare's anonymous counts"
# Her interventions changed: Unga i arbete instead of Steget vidare.
post /anvandare/karin/andra "$T/anna" "csrf=$tok" "role=registrar" "insats=2"
expect_code 303 "interventions changed"
get /insatser/1 "$T/karin"
expect_no_body 'id="anonymous-form"' "karin no longer keeps Steget vidare"
post /anvandare/anna/andra "$T/anna" "csrf=$tok" "role=board"
expect_code 400 "the only administrator"
expect_body "den enda administratören"
# Turned off, after a confirmation: her session ends and she cannot log in.
get /anvandare/karin/avstang "$T/anna"
expect_code 200 "disable confirmation"
expect_body 'id="disable-submit"'
post /anvandare/karin/avstang "$T/anna" "csrf=$tok"
expect_code 303 "disabled"
get / "$T/karin"
expect_code 303 "a disabled user's session"
login karin "Sju sjösjuka sjömän" "$T/karin"
expect_code 200 "a disabled user cannot log in"
post /anvandare/anna/avstang "$T/anna" "csrf=$tok"
expect_code 400 "not oneself"
post /anvandare/karin/pasla "$T/anna" "csrf=$tok"
expect_code 303 "enabled"
login karin "Sju sjösjuka sjömän" "$T/karin"
expect_code 303 "karin logs in again"
post /anvandare/karin/losenord "$T/anna" "csrf=$tok" "password=kort"
expect_code 400 "a weak password"
expect_body 'aria-describedby="password-error"'
post /anvandare/karin/losenord "$T/anna" "csrf=$tok" "password=Åtta åsnor åt ärtor"
expect_code 303 "new password"
login karin "Åtta åsnor åt ärtor" "$T/karin"
expect_code 303 "karin logs in with the new password"
get /logg "$T/anna"
for a in "ny användare" "ändra användare" "stäng av användare" "slå på användare" "nytt lösenord"; do
	expect_body "$a" "the audit log"
done

# ---- settings ----
get /installningar "$T/anna"
expect_code 200 "settings"
expect_body 'value="5"'
post /installningar "$T/anna" "csrf=$tok" "min-cell=1"
expect_code 400 "min-cell too small"
expect_body 'aria-describedby="min-cell-error"'
post /installningar "$T/anna" "csrf=$tok" "min-cell=8"
expect_code 303 "min-cell"
get /rapporter/deltagarstatistik/2025 "$T/bo"
expect_body "&lt;8" "the protected statistics use the new threshold"
get /logg "$T/anna"
expect_body "min-cell: 5 → 8"

# ---- the register extract and the purge ----
pnr="200303121230"
get /deltagare/ny "$T/anna"
post /deltagare/ny "$T/anna" "csrf=$tok" "code=X100" "pnr=$pnr" "sex=kvinna" "born=2003" \
	"education=gymnasial" "insats=1" "date=2025-03-03" "support_before=okänd" "time_in_support=ingen"
expect_code 303 "a participant with a number"
get /registerutdrag "$T/anna"
expect_code 200 "the register page"
expect_body 'name="pnr" value="" autocomplete="off"'
post /registerutdrag "$T/anna" "csrf=$tok" "pnr=$pnr" "format=page"
expect_code 200 "an extract"
expect_body 'Deltagare X100.'
expect_body "Steget vidare"
expect_no_body "0303121230" "the number in the extract"
post /registerutdrag "$T/anna" "csrf=$tok" "pnr=$pnr" "format=pdf"
expect_code 200 "an extract as PDF"
expect_head "Content-Type: application/pdf"
post /registerutdrag "$T/anna" "csrf=$tok" "pnr=19121212-1213"
expect_code 400 "a number with a wrong check digit"
expect_body 'aria-describedby="pnr-error"'
expect_no_body "1212121213" "the wrong number is not shown back"
post /registerutdrag "$T/anna" "csrf=$tok" "pnr=19121212-1212"
expect_code 400 "a number of nobody in the register"
expect_body "ingen deltagare med det personnumret"
expect_no_body "1212121212" "the number is not shown back"
# A person who asks to be forgotten: refused while enrolled, then after
# the exit made anonymous behind a confirmation.
post /registerutdrag "$T/anna" "csrf=$tok" "pnr=$pnr" "format=page"
expect_body 'id="anonymise-form"'
post /registerutdrag/avidentifiera "$T/anna" "csrf=$tok" "code=X100" "confirm=ja"
expect_code 400 "anonymous while enrolled"
expect_body "fortfarande inskriven"
post /deltagare/X100/avslut "$T/anna" "csrf=$tok" "insats=1" "exited=2025-06-30" "reason=arbete" \
	"support_after=okänd"
expect_code 303 "exit"
post /registerutdrag/avidentifiera "$T/anna" "csrf=$tok" "code=X100"
expect_code 200 "anonymising asks first"
expect_body 'id="anonymise-confirm"'
checks=$((checks + 1))
[ "$(db_sql "$db" "SELECT count(*) FROM participant WHERE code = 'X100'")" = 1 ] || fail "changed before the confirmation"
post /registerutdrag/avidentifiera "$T/anna" "csrf=$tok" "code=X100" "confirm=ja"
expect_code 303 "anonymised"
checks=$((checks + 1))
[ "$(db_sql "$db" "SELECT count(*) FROM participant WHERE code = 'X100' OR (pnr_hash IS NOT NULL AND code LIKE 'anonym-%')")" = 0 ] ||
	fail "X100 is still identifiable"
post /registerutdrag "$T/anna" "csrf=$tok" "pnr=$pnr" "format=page"
expect_code 400 "no extract of the forgotten"
post /registerutdrag/avidentifiera "$T/rita" "csrf=$t" "code=N001" "confirm=ja"
expect_code 403 "the registrar may not"
anon=$(db_sql "$db" "SELECT count(*) FROM participant WHERE code LIKE 'anonym-%'")
post /registerutdrag/rensa "$T/anna" "csrf=$tok" "before=2025-01-01"
expect_code 200 "the purge asks first"
expect_body 'id="purge-confirm"'
checks=$((checks + 1))
[ "$(db_sql "$db" "SELECT count(*) FROM participant WHERE code LIKE 'anonym-%'")" = "$anon" ] ||
	fail "purged before the confirmation"
post /registerutdrag/rensa "$T/anna" "csrf=$tok" "before=2099-01-01" "confirm=ja"
expect_code 400 "a purge date in the future"
expect_body 'aria-describedby="before-error"'
post /registerutdrag/rensa "$T/anna" "csrf=$tok" "before=2025-01-01" "confirm=ja"
expect_code 303 "purged"
checks=$((checks + 1))
[ "$(db_sql "$db" "SELECT count(*) FROM participant WHERE code LIKE 'anonym-%'")" -gt "$anon" ] ||
	fail "nobody was purged"
get /logg "$T/anna"
expect_body "registerutdrag"
expect_body "avidentifierade"
expect_body "avidentifiera"
checks=$((checks + 1))
if grep -a -q -e "0303121230" -e "1212121212" -e "1212121213" "$db" "$db-wal" "$T/server.err" "$T/server.out" \
	2>/dev/null; then
	fail "a number is stored or logged"
fi
finish
