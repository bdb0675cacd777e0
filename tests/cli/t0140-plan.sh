# The year cycle (calendar, its iCalendar file parsed back) and the plan's
# texts stored as Markdown.
. "$SRC/tests/cli/lib.sh"
db="$T/p.db"

run --db "$db" init --name "Samordningsförbundet Prov" --orgnr 222000-1990
run --db "$db" calendar add 2025-02-12 "Styrelsemöte" --kind styrelse
expect_rc 0 "add board meeting"
run --db "$db" calendar add 2025-04-16 "Styrelsemöte, årsredovisningen" --kind styrelse
run --db "$db" calendar add 2025-04-09 "Utvecklingsgruppen; extra, med \"gäster\"" --kind utvecklingsgrupp
run --db "$db" calendar add 2025-05-20 "Medlemssamråd" --kind medlemssamråd
run --db "$db" calendar add 2025-02-30 "Fel" --kind styrelse
expect_rc 2 "bad date"
expect_err "ogiltigt datum '2025-02-30'"
run --db "$db" calendar add 2025-03-01 "Fel" --kind fest
expect_rc 2 "bad kind"
expect_err "okänd sorts händelse 'fest'"

run --db "$db" calendar --year 2025 --format json
expect_rc 0 "calendar json"
checks=$((checks + 1))
python3 -c 'import json,sys
e=[(x["date"], x["kind"], x["title"]) for x in json.load(open(sys.argv[1]))["events"]]
want=[("2025-02-05","development","Utvecklingsgruppen förbereder styrelsemötet"),
      ("2025-02-12","board","Styrelsemöte"),
      ("2025-04-09","development","Utvecklingsgruppen; extra, med \"gäster\""),
      ("2025-04-16","board","Styrelsemöte, årsredovisningen"),
      ("2025-04-30","deadline","Årsredovisningen för föregående år skickas till medlemmarna"),
      ("2025-05-20","consultation","Medlemssamråd"),
      ("2025-08-31","deadline","Brytdag för delårsrapporten (1 januari – 31 augusti)"),
      ("2025-09-30","deadline","Delårsrapporten beslutas av styrelsen i september"),
      ("2025-11-30","deadline","Verksamhetsplan och budget för nästa år beslutas i november")]
assert e==want, e
' "$T/out" || fail "calendar events"

run --db "$db" calendar --year 2025 --ics -o "$T/c.ics"
expect_rc 0 "ics"
checks=$((checks + 1))
python3 -c 'import sys
raw=open(sys.argv[1],"rb").read()
assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b""), "CRLF"
lines=raw.split(b"\r\n")[:-1]
assert all(len(l) <= 75 for l in lines), "folded at 75 octets"
text=raw.decode("utf-8").replace("\r\n ", "").split("\r\n")[:-1]
assert text[0]=="BEGIN:VCALENDAR" and text[-1]=="END:VCALENDAR"
ev=[]; cur=None
for l in text:
    if l=="BEGIN:VEVENT": cur={}
    elif l=="END:VEVENT": ev.append(cur); cur=None
    elif cur is not None:
        k,v=l.split(":",1); cur[k]=v
assert len(ev)==9, len(ev)
def unescape(v): return v.replace("\\n","\n").replace("\\,",",").replace("\\;",";").replace("\\\\","\\")
assert ev[2]["DTSTART;VALUE=DATE"]=="20250409" and ev[2]["DTEND;VALUE=DATE"]=="20250410"
assert unescape(ev[2]["SUMMARY"])=="Utvecklingsgruppen; extra, med \"gäster\"", ev[2]["SUMMARY"]
assert len(set(e["UID"] for e in ev))==9
' "$T/c.ics" || fail "ics does not parse back"
# The same calendar twice gives the same UIDs, so a calendar program updates.
run --db "$db" calendar --year 2025 --ics -o "$T/d.ics"
checks=$((checks + 1))
[ "$(grep '^UID' "$T/c.ics")" = "$(grep '^UID' "$T/d.ics")" ] || fail "UIDs change between exports"

run --db "$db" calendar --year 2025 --ics --format json
expect_rc 2 "ics and format"

# Texts: stored and shown as written, whatever they contain.
printf '# Vision\n\nAlla ska kunna försörja sig <script>alert(1)</script> & *må bra*.\n' > "$T/v.md"
run --db "$db" text set vision --year 2025 "$T/v.md"
expect_rc 0 "text set"
expect_out "Sparade Vision för 2025"
run --db "$db" text show vision --year 2025
expect_rc 0 "text show"
checks=$((checks + 1))
cmp -s "$T/out" "$T/v.md" || fail "text changed on the way"
run --db "$db" text show direction --year 2025
expect_rc 2 "missing text"
expect_err "ingen text 'direction' för 2025"
run --db "$db" text set mission --year 2025 "$T/v.md"
expect_rc 2 "unknown section"
expect_err "okänt avsnitt 'mission'"
printf '\345\344\366\n' > "$T/latin1.md"
run --db "$db" text set vision --year 2025 "$T/latin1.md"
expect_rc 2 "not UTF-8"
expect_err "inte text i UTF-8"

finish
