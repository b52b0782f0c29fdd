#!/usr/bin/env bash
# Renders the board's RAG summary sheet as a board member would see it printed, and saves the
# first page as docs/images/board-summary.png. Builds the CLI to build/render-summary, then on
# the Reading plan: `summary --as-of 2015-06-08`, an update marking 47B complete on 20 June, and
# `summary --as-of 2015-06-29` (so the second sheet shows what changed). A copy holding only the
# newest summary sheet is printed to PDF by LibreOffice (headless) and its pages to PNG.
#   scripts/render-summary.sh [OUT]        (default OUT: a new temp folder; the PNG is copied too)
# Needs: apt-get install -y libreoffice-calc poppler-utils
# Calibri is drawn with Carlito when it is installed (apt-get install -y fonts-crosextra-carlito);
# without it LibreOffice falls back to a wider font and wrapped cells look more crowded than in Excel.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in libreoffice pdftoppm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$tool is not installed (apt-get install -y libreoffice-calc poppler-utils); nothing rendered." >&2
    exit 2
  fi
done
fc-match Calibri 2>/dev/null | grep -qi carlito || echo "Note: Carlito is not installed, so Calibri falls back to a wider font (apt-get install -y fonts-crosextra-carlito)." >&2

out="$(realpath -m "${1:-$(mktemp -d -t apa-summary-XXXXXX)}")"
mkdir -p "$out"
build="build/render-summary"
rm -rf "$build"
npx tsc -p tsconfig.cli.json --outDir "$build"
echo 'require("./cli/main.js").main(process.argv);' > "$build/run.js"
cli() { node "$build/run.js" "$@"; }

plan="test/fixtures/reading-improvement-plan.xlsx"
rm -f "$out"/A.xlsx "$out"/B.xlsx "$out"/C.xlsx
cli summary "$plan" --as-of 2015-06-08 --by PM --out "$out/A.xlsx" >/dev/null
cli update "$out/A.xlsx" --ref 47B --initials DO --text "Report published" --status Complete --date 2015-06-20 --out "$out/B.xlsx" >/dev/null
cli summary "$out/B.xlsx" --as-of 2015-06-29 --by PM --out "$out/C.xlsx"

# Each board's report, printed as LibreOffice prints it: docs/images/board-YYYY-MM-DD-N.png.
mkdir -p docs/images
rm -f docs/images/board-2015-*.png
for pair in "A 2015-06-08" "C 2015-06-29"; do
  set -- $pair
  node scripts/summary-print-copy.js "$out/$1.xlsx" "RAG $2" "$out/report-$2.xlsx"
  profile="$(mktemp -d)"
  libreoffice --headless --norestore "-env:UserInstallation=file://$profile" --convert-to pdf --outdir "$out" "$out/report-$2.xlsx" >/dev/null 2>&1
  rm -rf "$profile"
  rm -f "$out"/page-"$2"-*.png
  pdftoppm -png -r 70 "$out/report-$2.pdf" "$out/page-$2"
  n=0
  for page in "$out"/page-"$2"-*.png; do n=$((n + 1)); cp "$page" "docs/images/board-$2-$n.png"; done
  echo "$2: $n pages ($out/report-$2.pdf)"
done
cp docs/images/board-2015-06-29-1.png docs/images/board-summary.png

# The board paper, as Writer opens it.
cli report "$out/C.xlsx" --as-of 2015-06-29 --out "$out/paper-2015-06-29.docx" >/dev/null
cli report "$out/C.xlsx" --as-of 2015-06-29 --format html --out "$out/paper-2015-06-29.html" >/dev/null
profile="$(mktemp -d)"
libreoffice --headless --norestore "-env:UserInstallation=file://$profile" --convert-to pdf --outdir "$out" "$out/paper-2015-06-29.docx" >/dev/null 2>&1
rm -rf "$profile"
rm -f "$out"/paper-page-*.png
pdftoppm -png -r 70 "$out/paper-2015-06-29.pdf" "$out/paper-page"
n=0
for page in "$out"/paper-page-*.png; do n=$((n + 1)); [ "$n" -le 2 ] && cp "$page" "docs/images/board-paper-$n.png"; done
echo "board paper: $n pages ($out/paper-2015-06-29.pdf)"
