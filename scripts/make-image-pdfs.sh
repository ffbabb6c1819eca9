#!/usr/bin/env bash
# Generates tests/Extractor.Tests/TestData/pdf/pictures.pdf: pages with a text layer that also hold pictures, to test
# which pictures are reported as tables needing OCR (PdfSourceReader, PageImages). Pages:
#   1. text, a title line 部门收支总表, then a picture of a ruled table (rendered from ruled.pdf)  -> needs OCR
#   2. text, a pie chart captioned 图1：收入预算 below it, a small logo                            -> nothing to report
#   3. one line of text, then a large picture of a table with no caption                          -> needs OCR
#   4. a chart alone, no text at all                                                             -> empty page, not a scan
# Usage: scripts/make-image-pdfs.sh   (needs libreoffice, fonts-noto-cjk, poppler-utils, imagemagick)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/tests/Extractor.Tests/TestData/pdf"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# the table picture: the ruled table of ruled.pdf at 150 dpi, cropped to the table
pdftoppm -png -r 150 -f 1 -l 1 -x 100 -y 200 -W 1050 -H 420 -singlefile "$out/ruled.pdf" "$work/table"
convert -size 600x380 xc:white -fill '#4472c4' -draw 'circle 190,190 190,40' \
        -fill '#ed7d31' -draw 'path "M 190,190 L 190,40 A 150,150 0 0,1 330,240 Z"' \
        -fill '#4472c4' -draw 'rectangle 400,150 420,165' -fill '#ed7d31' -draw 'rectangle 400,190 420,205' "$work/chart.png"
convert -size 80x80 xc:white -fill '#c00000' -draw 'circle 40,40 40,4' "$work/logo.png"

para='本部门2026年收入预算288416.35万元，比2025年年初预算数增加23967.49万元，增长9.06%。主要原因是2026年增加提振消费有关资金。'
cat > "$work/pictures.html" <<HTML
<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { size: A4 portrait; margin: 2cm; }
body { font-family: 'Noto Sans CJK SC'; font-size: 11pt; }
p.c { text-align: center; }
</style></head><body>
<p><img src="logo.png" width="50" height="50"></p>
<p>一、部门收支总体情况说明</p>
<p>$para</p>
<p>$para</p>
<p class="c">部门收支总表</p>
<p class="c"><img src="table.png" width="630" height="252"></p>
<p style="page-break-before: always">二、收入预算情况说明</p>
<p>$para</p>
<p class="c"><img src="chart.png" width="480" height="304"></p>
<p class="c">图1：收入预算</p>
<p>$para</p>
<p style="page-break-before: always">三、支出预算情况说明</p>
<p class="c"><img src="table.png" width="640" height="720"></p>
<p style="page-break-before: always"><img src="chart.png" width="480" height="304"></p>
</body></html>
HTML
(cd "$work" && soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export pictures.html >/dev/null 2>&1)
cp "$work/pictures.pdf" "$out/pictures.pdf"
echo "made $out/pictures.pdf"
