#!/usr/bin/env bash
# Debian packages planlink's readers use, installed as root when missing: poppler-utils (PDF text,
# page images), tesseract-ocr and tesseract-ocr-vie (OCR of scans and page images), plus any named
# as arguments (the tests add chromium). Without root or apt it only says what is missing: PDFs with
# a text layer are then read by pypdf, and scans are refused with the command that installs OCR.
set -uo pipefail
wanted=(poppler-utils tesseract-ocr tesseract-ocr-vie "$@")
missing=()
for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        "${missing[@]}" >/dev/null) || echo "warning: could not install ${missing[*]}" >&2
else
    echo "note: missing Debian packages ${missing[*]}; as root: apt-get install ${missing[*]}" >&2
fi
exit 0
