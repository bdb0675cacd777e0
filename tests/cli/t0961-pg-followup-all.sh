# report followup --all over the förbund of a host: one row per förbund
# with each förbund's own totals, their sums, a region's förbund alone,
# and the participants protected over the whole table: no line (a row's
# women, men and total; a column and its sum) has exactly one hidden cell.
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/pg_lib.sh"

src="$T/demo.db"
"$FINSAM" --db "$src" demo > /dev/null 2>&1 || fail "demo"
sh "$SRC/examples/norrdalen.sh" "$FINSAM" "$src" > /dev/null 2>&1 || fail "norrdalen.sh"
pg_db host
host=$pg_uri
export FINSAM_KEY_DIR="$T/keys"
mkdir -m 700 "$FINSAM_KEY_DIR"
# Two copies of the demo förbund on the host, in two regions.
"$FINSAM" --db "$src" migrate --to "$host#norr" --region "Region Norr" >/dev/null 2>"$T/err" ||
	fail "migrate norr: $(cat "$T/err")"
"$FINSAM" --db "$src" migrate --to "$host#syd" --region "Region Syd" >/dev/null 2>"$T/err" ||
	fail "migrate syd: $(cat "$T/err")"
# A small förbund in Region Syd: three participants of 2025, cells that
# must be hidden; and one without the year's books.
for f in liten tom; do
	echo "korvmacka-123" | "$FINSAM" --db "$host" forbund add "$f" --name "Samordningsförbundet $f" \
		--orgnr 222000-3129 --user anna --region "Region Syd" >/dev/null 2>"$T/err" || fail "forbund add $f"
done
run --db "$host" --forbund liten import sie "$SRC/examples/norrdalen-2025.se"
expect_rc 0 "books of liten"
run --db "$host" --forbund liten insats add "Liten insats" --kind individinriktad
expect_rc 0 "insats in liten"
for p in L1:kvinna L2:kvinna L3:man; do
	run --db "$host" --forbund liten participant add "${p%%:*}" --sex "${p#*:}" --born 1990
	run --db "$host" --forbund liten participant enrol "${p%%:*}" --insats "Liten insats" --date 2025-03-01
	expect_rc 0 "enrol ${p%%:*}"
done

for f in norr syd liten; do
	run --db "$host" --forbund "$f" report followup --year 2025 --format json
	expect_rc 0 "followup of $f"
	cp "$T/out" "$T/$f.json"
done
run --db "$host" report followup --year 2025 --all --format json
expect_rc 0 "followup --all"
cp "$T/out" "$T/all.json"
run --db "$host" report followup --year 2025 --all --region "Region Syd" --format json
expect_rc 0 "followup --all --region"
cp "$T/out" "$T/syd-region.json"

checks=$((checks + 1))
python3 - "$T" <<'PY' || fail "the follow-up over the host"
import json, sys
d = sys.argv[1]
load = lambda n: json.load(open(f"{d}/{n}.json"))
norr, syd, alls, region = load("norr"), load("syd"), load("all"), load("syd-region")
bad = []
def want(what, got, exp):
    if got != exp:
        bad.append(f"{what}: {got!r}, expected {exp!r}")
rows = alls["participants"]
want("förbund", [r["forbund"] for r in rows], ["liten", "norr", "syd", ""])
want("names", [r["name"] for r in rows], ["Samordningsförbundet liten", "Samordningsförbundet Norrdalen",
                                          "Samordningsförbundet Norrdalen", "Summa"])
want("region's förbund", [r["forbund"] for r in region["participants"]], ["liten", "syd", ""])
want("without books", alls["without_books"], "tom")
# Money: each förbund's own totals, and their sums.
money = alls["money"]
for i, one in enumerate([norr, syd], start=1):
    iv = one["interventions"][-1]
    want(f"budget of {i}", money[i]["budget"], iv["budget"])
    want(f"outcome of {i}", money[i]["outcome"], iv["outcome"])
    want(f"grants of {i}", money[i]["grants"], one["grants"][-1]["grant"])
    want(f"equity of {i}", money[i]["equity"], one["equity"]["equity"])
    want(f"equity / grant of {i}", money[i]["equity_to_grant"], one["equity"]["equity_to_grant"])
for k in ("budget", "outcome", "equity", "grant"):
    want(f"sum of {k}", money[3][k], money[0][k] + money[1][k] + money[2][k])
# Participants: norr's enrolled are its own total (nothing hidden there),
# and every line of the protected table has no lone hidden cell.
want("syd's enrolled", rows[2]["enrolled"], syd["participants"][-1]["enrolled"])
hidden = lambda v: isinstance(v, str)
lone = []
measures = ("enrolled", "new", "exited", "anonymous")
for r in rows:
    for m in measures:
        cells = [r[m][k] for k in ("women", "men", "total")]
        if sum(map(hidden, cells)) == 1:
            lone.append(f"{r['forbund'] or 'Summa'} {m}")
for m in measures:
    for k in ("women", "men", "total"):
        cells = [r[m][k] for r in rows]
        if sum(map(hidden, cells)) == 1:
            lone.append(f"column {m}.{k}")
want("lines with one hidden cell", lone, [])
want("liten's enrolled women", rows[0]["enrolled"]["women"], "<5")
want("liten's enrolled men", rows[0]["enrolled"]["men"], "<5")
if bad:
    sys.exit("\n".join(bad))
PY

# Refused: a förbund named, --region without --all, a region of none, a file.
run --db "$host" --forbund norr report followup --year 2025 --all
expect_rc 2 "--all in a förbund"
expect_err "--all gäller hela värden"
run --db "$host" report followup --year 2025 --region "Region Norr"
expect_rc 2 "--region without --all"
run --db "$host" report followup --year 2025 --all --region "Region Väst"
expect_rc 2 "a region of no förbund"
expect_err "inget förbund på värden hör till regionen 'Region Väst'"
run --db "$src" report followup --year 2025 --all
expect_rc 2 "--all on a file"
expect_err "databasen har ett förbund"
run --db "$host" report followup --year 2025 --all --format csv
expect_rc 0 "followup --all as CSV"
expect_out "Förbund på värden"
expect_out "norr;Samordningsförbundet Norrdalen"

finish
