#!/bin/sh
# The tests need Debian's Chromium (browser tests: tools never download their own), a Java
# runtime (the Nu HTML Checker) and poppler's pdftotext (to read the text of a printed chapter);
# install whichever is missing from Debian's packages.
set -e
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=""
[ -x "$CHROMIUM" ] || missing="chromium"
command -v java >/dev/null 2>&1 || missing="$missing default-jre-headless"
command -v pdftotext >/dev/null 2>&1 || missing="$missing poppler-utils"
[ -n "$missing" ] || exit 0
echo "Installing Debian's packages for the tests:$missing"
if [ "$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
"$CHROMIUM" --version
java -version 2>&1 | head -1
pdftotext -v 2>&1 | head -1
