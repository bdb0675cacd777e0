# Sourced by bench/run and scripts/fuzz.sh: put_section NAME TEXT replaces
# the section between <!-- bench:NAME --> and <!-- /bench:NAME --> of
# docs/benchmarks.md ($out) with TEXT, or appends it.
out=${out:-docs/benchmarks.md}
put_section() {
	name=$1
	text=$2
	if [ ! -f "$out" ]; then
		printf '# Benchmarks\n\nFigures written by `make bench`; each section is replaced when its\nbenchmark runs again.\n\n' > "$out"
	fi
	if grep -q "<!-- bench:$name -->" "$out"; then
		awk -v repl="$text" -v name="$name" '
			$0 == "<!-- bench:" name " -->" { print repl; skip = 1; next }
			$0 == "<!-- /bench:" name " -->" { skip = 0; next }
			!skip { print }' "$out" > "$out.new"
		mv "$out.new" "$out"
	else
		printf '\n%s\n' "$text" >> "$out"
	fi
}
