# The interim report: the demo förbund's 2025 budget against its books up
# to 31 August (figures summed by hand from examples/norrdalen-2025.se),
# forecast overrides with comments, and bad input.
. "$SRC/tests/cli/lib.sh"
db="$T/demo.db"

run --db "$db" demo
expect_rc 0 "demo"

run --db "$db" report interim --until 2025-08-31 --format json
expect_rc 0 "interim json"
cp "$T/out" "$T/i.json"
expect_json "$T/i.json" until '"2025-08-31"'
expect_json "$T/i.json" grant 150000000
# Opening equity 2025 from the books: 434 949,22.
expect_json "$T/i.json" equity 43494922
# 434 949,22 + 1 500 000 − 1 905 000 = 29 949,22; / 1 500 000 = 0,0200
expect_json "$T/i.json" forecast_equity 2994922
expect_json "$T/i.json" forecast_equity_to_grant '"0.0200"'
checks=$((checks + 1))
python3 -c 'import json,sys
a=json.load(open(sys.argv[1]))["areas"]
# Kansli: 7240 25 200 + 7510 7 917,84 + 6550 156 000 + 5810 23 450 + 5800 3 980 + 6990 12 000
assert a[0]=={"name":"Kansli och administration","budget":-40300000,"booked":-22854784,"remaining":-17445216,"forecast":-40300000,"deviation":0,"comment":None}, a[0]
# Insatser: 4010 646 666,66 by 31 August
assert a[1]["booked"]==-64666666 and a[1]["remaining"]==-75533334, a[1]
assert a[2]["name"]=="Ej beslutade insatser" and a[2]["booked"]==0, a[2]
' "$T/i.json" || fail "interim areas"

# The default cut-off is 31 August of the latest year.
run --db "$db" report interim
expect_rc 0 "interim text"
expect_out "Bokfört till och med 2025-08-31"
expect_out "Summa kostnader"
expect_out "Prognos eget kapital vid årets slut"

# The director expects fewer undecided interventions: an override with a comment.
run --db "$db" budget forecast --year 2025 "Ej beslutade insatser" 40000 --comment "Bara en ny insats i höst"
expect_rc 0 "forecast override"
run --db "$db" report interim --year 2025 --format json
cp "$T/out" "$T/o.json"
# 29 949,22 + 60 000 not spent
expect_json "$T/o.json" forecast_equity 8994922
checks=$((checks + 1))
python3 -c 'import json,sys
a=json.load(open(sys.argv[1]))["areas"][2]
assert a["forecast"]==-4000000 and a["deviation"]==6000000 and a["comment"]=="Bara en ny insats i höst", a
' "$T/o.json" || fail "override in areas"
run --db "$db" report interim --year 2025
expect_out "Prognos för Ej beslutade insatser: Bara en ny insats i höst"
run --db "$db" budget forecast --year 2025 --clear "Ej beslutade insatser"
expect_rc 0 "clear override"
run --db "$db" report interim --year 2025 --format json
cp "$T/out" "$T/c.json"
expect_json "$T/c.json" forecast_equity 2994922

# Bad input.
run --db "$db" budget forecast --year 2025 "Finns inte" 1000 --comment "x"
expect_rc 2 "unknown area"
expect_err "inget kostnadsområde eller intäkt som heter 'Finns inte'"
run --db "$db" budget forecast --year 2025 "Insatser" 1000
expect_rc 2 "override without comment"
expect_err "--comment"
run --db "$db" report interim --until 2025-02-30
expect_rc 2 "bad date"
expect_err "ogiltigt datum"
run --db "$db" report interim --until 2024-08-31
expect_rc 2 "no budget that year"
expect_err "ingen budget för 2024"

finish
