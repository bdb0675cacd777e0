#!/bin/sh
# The project's own rules that the compiler does not check (STYLE.md 13):
# no strcpy, strcat, sprintf, vsprintf, gets, atoi, atol; no raw malloc,
# calloc, realloc or strdup outside base/xmalloc.c; SQL and sqlite3.h only
# in store/; cairo, pango and fontconfig only in render/; no include by a
# relative path (the build keeps the layers); an end-to-end test uses only
# expectations that are defined.
# Prints each offence as FILE:LINE: and exits 1 when there is any.
set -u
cd "$(dirname "$0")/.."
bad=0
report() { echo "$1"; bad=1; }

for f in $(find src -name '*.c' -o -name '*.h'); do
	grep -nE '\b(strcpy|strcat|sprintf|vsprintf|gets|atoi|atol)\s*\(' "$f" |
		while IFS= read -r l; do echo "$f:$l: forbidden function"; done | grep . && bad=1
	case "$f" in
	src/base/xmalloc.c) ;;
	*) grep -nE '(^|[^x_a-z])(malloc|calloc|realloc|strdup|strndup)\s*\(' "$f" |
		while IFS= read -r l; do echo "$f:$l: allocate through base/xmalloc.h"; done | grep . && bad=1 ;;
	esac
	case "$f" in
	src/store/*) ;;
	*) grep -nE '#include [<"](sqlite3|libpq-fe)\.h' "$f" |
		while IFS= read -r l; do echo "$f:$l: database headers belong in store/"; done | grep . && bad=1 ;;
	esac
	case "$f" in
	src/web/*) ;;
	*) grep -nE '#include [<"]microhttpd\.h' "$f" |
		while IFS= read -r l; do echo "$f:$l: the HTTP library belongs in web/"; done | grep . && bad=1 ;;
	esac
	case "$f" in
	src/render/*) ;;
	*) grep -nE '#include [<"](cairo|pango|fontconfig|glib)' "$f" |
		while IFS= read -r l; do echo "$f:$l: drawing headers belong in render/"; done | grep . && bad=1 ;;
	esac
done

# The layers are enforced by the build (CMakeLists.txt: each layer compiles
# with a view of only the layers it may use and links only their
# libraries); an include by a relative path would step out of that view.
grep -rnE '^[[:space:]]*#[[:space:]]*include[[:space:]]*"[^"]*\.\./' src tests fuzz bench |
	while IFS= read -r l; do echo "$l: include by the layer's path, not a relative one"; done | grep . && bad=1
# An end-to-end test's expectation is a shell function: one that no file
# defines is a command not found, which fails nothing and checks nothing.
for f in tests/cli/t*.sh; do
	for n in $(grep -hoE '^[[:space:]]*expect_[a-z_]+' "$f" | tr -d ' \t' | sort -u); do
		grep -qE "^[[:space:]]*$n[[:space:]]*\(\)" "$f" tests/cli/lib.sh tests/cli/web_lib.sh ||
			{ echo "$f: $n is not defined"; bad=1; }
	done
done
[ "$bad" -eq 0 ] && echo "lint: clean"
exit "$bad"
