#!/usr/bin/env bash
# Manual check (CI has no LibreOffice): the .xlsx writer's output opens in LibreOffice with the
# edits in place. Builds the CLI sources to build/check-libreoffice, writes updated copies of
# every package-feature workbook and of the Reading plan to OUT (default: a temp folder), then
# converts each with LibreOffice headless to PDF and back to .xlsx and reads the result.
#   scripts/check-with-libreoffice.sh [OUT]
# Needs: apt-get install -y libreoffice-calc poppler-utils   (~700 MB)
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v soffice >/dev/null 2>&1; then
  echo "LibreOffice is not installed (apt-get install -y libreoffice-calc poppler-utils); nothing checked." >&2
  exit 2
fi
out="${1:-$(mktemp -d -t apa-libreoffice-XXXXXX)}"
build="build/check-libreoffice"
rm -rf "$build"
npx tsc -p tsconfig.cli.json --outDir "$build"
node scripts/check-with-libreoffice.js "$build" "$out"
echo "Files are in $out (PDFs in $out/pdf)."
