#!/bin/sh
# Installs the Debian 12 packages that building, testing and running finsam need.
# Idempotent: does nothing when everything is already installed. Runs as root
# (or through sudo when available).
set -eu

PKGS="build-essential cmake pkg-config clang libclang-rt-14-dev \
libsqlite3-dev libjansson-dev libcmocka-dev libsodium-dev libcmark-dev libxlsxwriter-dev zlib1g-dev \
libcairo2-dev libpango1.0-dev libfontconfig-dev fonts-dejavu-core poppler-utils \
libqpdf-dev qpdf \
libmicrohttpd-dev sqlite3 libpq-dev postgresql postgresql-client \
time python3 curl chromium wrk pngquant"

missing=""
for p in $PKGS; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
		missing="$missing $p"
	fi
done
# The browser tests run Playwright on Node.js: Debian's nodejs and npm, unless
# a Node.js with npm is already installed some other way.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
	missing="$missing nodejs npm"
fi
[ -z "$missing" ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
	if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
		echo "deps.sh: these packages are missing and I am not root:$missing" >&2
		exit 1
	fi
fi
echo "deps.sh: installing$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
