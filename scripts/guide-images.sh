#!/bin/sh
# The user guide's images (docs/bilder/*.png): builds finsam, runs the
# browser test that walks the year in the web as the guide tells it
# (tests/browser/guide.test.mjs) on the demo förbund, and copies its
# screenshots into docs/bilder, made smaller by pngquant. The test fails,
# and nothing is copied, unless every image the guide shows is one it took
# and every image it took is in the guide. Environment: BUILD (the build
# folder), JOBS.
set -eu
BUILD=${BUILD:-build}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
top=$(pwd)
art=$top/$BUILD/guide-artifacts

[ -f "$BUILD/CMakeCache.txt" ] || cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD" -j "$JOBS" --target finsam
rm -rf "$art"
FINSAM=$top/$BUILD/finsam SRC=$top ARTIFACTS=$art TMPBASE=$top/$BUILD/tmp BROWSER_ONLY=guide \
	sh tests/browser/run.sh

mkdir -p docs/bilder
rm -f docs/bilder/*.png
for f in "$art"/guide/*.png; do
	out=docs/bilder/$(basename "$f")
	# 256 colours are plenty for pages of text; the original when that
	# would not be smaller or not good enough.
	pngquant --quality 70-95 --speed 1 --strip --skip-if-larger --output "$out" -- "$f" || cp "$f" "$out"
done
echo "guide-images: $(ls docs/bilder/*.png | wc -l) images in docs/bilder, $(du -ch docs/bilder/*.png | tail -1 | cut -f1) in all"
