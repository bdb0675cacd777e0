# report followup --all over a host of more förbund than one connection
# reads alone (it reads on a connection per processor at once): the rows
# stay in the register's order, the förbund without the year's books are
# named in that order, and the table is byte for byte the one the region
# pages make reading every förbund on their one connection; a region's
# förbund alone likewise.
. "$SRC/tests/cli/lib.sh"
. "$SRC/tests/cli/web_lib.sh"
. "$SRC/tests/cli/pg_lib.sh"

pg_db readers
db=$pg_uri
export FINSAM_KEY_DIR="$T/keys"
mkdir -m 700 "$FINSAM_KEY_DIR"
# Twelve förbund, added out of their names' order, in two regions; all but
# f03 and f10 with the books of 2025, and interventions of their own.
for i in 07 01 12 03 05 10 02 09 04 11 06 08; do
	region="Region Norr"
	[ $((1$i % 2)) = 0 ] || region="Region Syd"
	echo "korvmacka-123" | "$FINSAM" --db "$db" forbund add "f$i" --name "Samordningsförbundet $i" \
		--orgnr 222000-3129 --user anna --region "$region" >/dev/null 2>"$T/err" ||
		fail "forbund add f$i: $(cat "$T/err")"
	case $i in 03 | 10) continue ;; esac
	run --db "$db" --forbund "f$i" import sie --quiet "$SRC/examples/norrdalen-2025.se"
	expect_rc 0 "books of f$i"
	run --db "$db" --forbund "f$i" insats add "Insats $i" --kind individinriktad
	expect_rc 0 "insats of f$i"
done

for f in json csv; do
	run --db "$db" report followup --year 2025 --all --format "$f"
	expect_rc 0 "followup --all as $f"
	cp "$T/out" "$T/all.$f"
	run --db "$db" report followup --year 2025 --all --region "Region Syd" --format "$f"
	expect_rc 0 "followup --all --region as $f"
	cp "$T/out" "$T/syd.$f"
done

checks=$((checks + 1))
python3 - "$T/all.json" <<'PY' || fail "the rows of the follow-up over the host"
import json, sys
d = json.load(open(sys.argv[1]))
books = [f"f{i:02d}" for i in range(1, 13) if i not in (3, 10)]
bad = []
for table in ("participants", "money"):
    got = [r["forbund"] for r in d[table]]
    if got != books + [""]:
        bad.append(f"{table}: {got}")
if d["forbund_count"] != len(books):
    bad.append(f"forbund_count {d['forbund_count']}")
if d["without_books"] != "f03, f10":
    bad.append(f"without_books {d['without_books']!r}")
if bad:
    sys.exit("; ".join(bad))
PY

# The region pages read on the request's one connection.
"$FINSAM" --db "$db" region host add nationell.test --all >/dev/null || fail "region host"
echo "region-lösen-42" | "$FINSAM" --db "$db" region user add hela --all >/dev/null || fail "region user"
web_serve
export CURL_HOME="$T"
printf 'resolve = nationell.test:%s:127.0.0.1\n' "$port" > "$T/.curlrc"
base="http://nationell.test:$port"
login hela region-lösen-42 "$T/hela"
expect_code 303 "hela logs in"
for f in json csv; do
	get "/uppfoljning/2025.$f" "$T/hela"
	expect_code 200 "the $f download of every förbund"
	checks=$((checks + 1))
	cmp -s "$T/body" "$T/all.$f" || fail "$f of every förbund: the command's differs from the page's"
	get "/uppfoljning/2025.$f?region=Region%20Syd" "$T/hela"
	expect_code 200 "the $f download of Region Syd"
	checks=$((checks + 1))
	cmp -s "$T/body" "$T/syd.$f" || fail "$f of Region Syd: the command's differs from the page's"
done
finish
