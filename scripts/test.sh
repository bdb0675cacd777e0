#!/bin/sh
# Runs every test: a normal build, then a build with AddressSanitizer and
# UndefinedBehaviorSanitizer (by clang, which also builds the libFuzzer
# targets and runs each briefly). Ends with ctest's summary of the second run.
set -eu
JOBS=$(nproc 2>/dev/null || echo 2)

echo "== normal build (gcc) =="
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$JOBS"
normal=0
(cd build && ctest --output-on-failure -j "$JOBS") || normal=$?

echo "== sanitizer build (clang, ASan + UBSan, fuzz targets) =="
CC=clang cmake -S . -B build-san -DCMAKE_BUILD_TYPE=Debug -DFINSAM_SANITIZE=ON \
	-DFINSAM_FUZZ=ON >/dev/null
cmake --build build-san -j "$JOBS"
san=0
# Fontconfig's caches live as long as the process: see scripts/lsan.supp.
supp="$(pwd)/scripts/lsan.supp"
(cd build-san && ASAN_OPTIONS=detect_leaks=1 \
	LSAN_OPTIONS="suppressions=$supp:print_suppressions=0" \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	ctest --output-on-failure -j "$JOBS") || san=$?

if [ "$normal" -ne 0 ]; then
	echo "the normal build's tests failed (see above)" >&2
	exit "$normal"
fi
exit "$san"
