#!/bin/sh
# The build keeps the layers: for every layer and every layer it may not
# use, an include of that layer's header does not compile with the layer's
# view of src/ (while its own headers do), and a call of that layer's
# function does not link with the layer's libraries.
# Environment (set by CMake): CC, BUILD (the build folder, with layers/ and
# the libfinsam_*.a), USES ("layer:used used;..." as CMakeLists.txt
# declares it), SRC.
set -u
work=$(mktemp -d "${TMPDIR:-/tmp}/finsam-layers-XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
fails=0
checked=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

uses() { echo "$USES" | tr ';' '\n' | sed -n "s/^$1://p"; }
layers=$(echo "$USES" | tr ';' '\n' | cut -d: -f1)
# A header of a layer (its first, by name) and a function its library defines.
header() { (cd "$SRC/src" && ls "$1"/*.h | head -1); }
symbol() { nm --defined-only -g "$BUILD/libfinsam_$1.a" 2>/dev/null | awk '$2 == "T" { print $3; exit }'; }
# The libraries a layer links: its own and those it uses.
libs() { for l in $1 $(uses "$1"); do echo "$BUILD/libfinsam_$l.a"; done; }

for l in $layers; do
	[ -f "$BUILD/libfinsam_$l.a" ] || continue
	# Its own headers compile with its view (those that need no outside
	# library's headers, such as cairo's).
	n=0
	for h in $(cd "$SRC/src" && ls "$l"/*.h); do
		printf '#include "%s"\n' "$h" > "$work/own.c"
		$CC -fsyntax-only -I "$BUILD/layers/$l" "$work/own.c" 2>/dev/null && n=$((n + 1))
	done
	[ "$n" -gt 0 ] || fail "$l cannot include any header of its own"
	for other in $layers; do
		[ "$other" = "$l" ] && continue
		case " $(uses "$l") " in *" $other "*) continue ;; esac
		[ -d "$SRC/src/$other" ] || continue
		checked=$((checked + 1))
		h=$(header "$other")
		printf '#include "%s"\n' "$h" > "$work/up.c"
		if $CC -fsyntax-only -I "$BUILD/layers/$l" "$work/up.c" 2>"$work/err"; then
			fail "$l compiles an include of $h"
		elif ! grep -qE "$h: No such file|'$h' file not found" "$work/err"; then
			fail "$l: an include of $h failed for another reason: $(head -3 "$work/err")"
		fi
		[ -f "$BUILD/libfinsam_$other.a" ] || continue
		s=$(symbol "$other")
		printf 'void %s(void);\nint main(void) { %s(); return 0; }\n' "$s" "$s" > "$work/up.c"
		if $CC -o "$work/up" "$work/up.c" $(libs "$l") 2>"$work/err"; then
			fail "$l links a call of $s ($other)"
		elif ! grep -q "undefined reference to .$s" "$work/err"; then
			fail "$l: linking a call of $s failed for another reason: $(head -3 "$work/err")"
		fi
	done
done
[ "$checked" -ge 20 ] || fail "only $checked forbidden pairs checked (the layer table was not read?)"
[ "$fails" -eq 0 ] && echo "layers: $checked forbidden uses refused by the build"
[ "$fails" -eq 0 ]
