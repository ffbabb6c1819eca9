#!/usr/bin/env bash
# Generates the PDFs under tests/Extractor.Tests/TestData/pdf/ from HTML through LibreOffice
# (soffice --headless --convert-to pdf), with Noto Sans CJK SC. The tests assert each table's exact cells, so
# re-run this only when changing a case, and update the expectations in tests/Extractor.Tests/Pdf/ with it.
# Usage: scripts/make-test-pdfs.sh [name...]   (needs libreoffice and fonts-noto-cjk; with names, only those PDFs are
# made again, so the others stay byte for byte as committed)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/tests/Extractor.Tests/TestData/pdf"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# page(size, table-style) - the HTML head; size is "portrait" or "landscape", ruled is "1" or "0"
head_html() {
  local size=$1 ruled=$2
  table_attrs='border="1" cellspacing="0" cellpadding="3"'
  [ "$ruled" = 0 ] && table_attrs='border="0" cellspacing="0" cellpadding="3"' 
  cat <<EOF
<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { size: A4 $size; margin: 2cm; }
body { font-family: 'Noto Sans CJK SC'; font-size: 10pt; }
h1 { font-size: 16pt; text-align: center; font-weight: bold; }
td, th { padding: 2pt 4pt; font-weight: normal; }
td.n { text-align: right; }
</style></head><body>
EOF
}

# row c1 c2 ... : one table row; cells starting with a digit or minus are right-aligned numbers
row() {
  printf '<tr>'
  for c in "$@"; do
    if [[ "$c" =~ ^[-0-9] && ! "$c" =~ ^20[0-9]{1,5}$ && ${#c} -gt 3 ]]; then printf '<td class="n">%s</td>' "$c"; else printf '<td>%s</td>' "$c"; fi
  done
  printf '</tr>\n'
}

colgroup() { printf '<colgroup>'; for w in "$@"; do printf '<col width="%s">' "$w"; done; printf '</colgroup>\n'; }

titles() { printf '<h1>%s</h1>\n<p>编制单位：测试局　　　　　　　　　　　　单位：%s</p>\n' "$1" "$2"; }

only=("$@")
render() { # name
  if [ ${#only[@]} -gt 0 ] && [[ ! " ${only[*]} " =~ " $1 " ]]; then return; fi
  (cd "$work" && soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$1.html" >/dev/null 2>&1)
  cp "$work/$1.pdf" "$out/$1.pdf"
  echo "made $out/$1.pdf"
}

body_rows() {
  row 201 一般公共服务支出 120.50 100.00 20.50
  row 20101 人大事务 80.00 60.00 20.00
  row 2010101 行政运行 60.00 60.00 0.00
  row 2010102 一般行政管理事务 20.00 "" 20.00
  row 20103 政府办公厅（室）及相关机构事务 40.50 40.00 0.50
  row 2010350 事业运行 40.50 40.00 0.50
}

# 1. ruled table
{ head_html portrait 1; titles 一般公共预算支出表 万元
  echo "<table $table_attrs>"; colgroup 80 220 80 80 80
  row 科目编码 科目名称 合计 基本支出 项目支出; body_rows; row 合计 "" 120.50 100.00 20.50
  echo '</table></body></html>'; } > "$work/ruled.html"; render ruled

# 2. unruled table (no borders at all)
{ head_html portrait 0; titles 一般公共预算支出表 万元
  echo "<table $table_attrs>"; colgroup 80 220 80 80 80
  row 科目编码 科目名称 合计 基本支出 项目支出; body_rows; row 合计 "" 120.50 100.00 20.50
  echo '</table></body></html>'; } > "$work/unruled.html"; render unruled

# 3. two-row merged header
{ head_html portrait 1; titles 一般公共预算支出表 万元
  echo "<table $table_attrs>"; colgroup 80 200 70 70 70 70
  echo '<tr><td rowspan="2">科目编码</td><td rowspan="2">科目名称</td><td rowspan="2">合计</td><td colspan="2">基本支出</td><td rowspan="2">项目支出</td></tr>'
  row 人员经费 公用经费
  row 201 一般公共服务支出 120.50 90.00 10.00 20.50
  row 2010101 行政运行 60.00 50.00 10.00 0.00
  echo '</table></body></html>'; } > "$work/merged-header.html"; render merged-header

# 4. wrapped name cell
{ head_html portrait 1; titles 一般公共预算基本支出表 万元
  echo "<table $table_attrs>"; colgroup 60 90 80 80 80
  row 科目编码 科目名称 合计 人员经费 公用经费
  row 30108 机关事业单位基本养老保险缴费 35.20 35.20 ""
  row 30201 办公费 4.00 "" 4.00
  echo '</table></body></html>'; } > "$work/wrapped-name.html"; render wrapped-name

# 5/6. one table over three pages, with and without a repeated header row
three_pages() { # name repeat
  { head_html portrait 1; titles 部门支出总表 万元
    for p in 1 2 3; do
      [ "$p" -gt 1 ] && echo '<p style="page-break-before: always"></p>'
      echo "<table $table_attrs>"; colgroup 80 220 80 80 80
      if [ "$p" = 1 ] || [ "$2" = 1 ]; then row 科目编码 科目名称 合计 基本支出 项目支出; fi
      for i in $(seq 1 8); do
        n=$(( (p - 1) * 8 + i )); code=$(printf '2010%03d' "$n")
        row "$code" "事务$n" "$n.00" "$n.00" 0.00
      done
      echo '</table>'
    done
    echo '</body></html>'; } > "$work/$1.html"; render "$1"
}
three_pages three-pages-repeated-header 1
three_pages three-pages-no-header 0

# 7. landscape page
{ head_html landscape 1; titles 收入总表 万元
  echo "<table $table_attrs>"; colgroup 70 180 70 70 70 70 70 70 70
  row 科目编码 科目名称 合计 财政拨款 事业收入 事业单位经营收入 其他收入 上年结转 单位资金
  row 201 一般公共服务支出 300.00 250.00 20.00 10.00 5.00 10.00 5.00
  row 2010101 行政运行 300.00 250.00 20.00 10.00 5.00 10.00 5.00
  echo '</table></body></html>'; } > "$work/landscape.html"; render landscape

# 8. abbreviated codes (款 as its last two digits under its 类)
{ head_html portrait 1; titles 一般公共预算支出表 万元
  echo "<table $table_attrs>"; colgroup 80 220 80
  row 科目编码 科目名称 合计
  row 201 一般公共服务支出 30.00
  row 41 数据事务 30.00
  row 2014101 行政运行 30.00
  echo '</table></body></html>'; } > "$work/abbreviated-codes.html"; render abbreviated-codes

# 9. codes in three columns 类 | 款 | 项 under a merged 科目编码 header
{ head_html portrait 1; titles 支出总表 万元
  echo "<table $table_attrs>"; colgroup 40 40 40 200 80
  echo '<tr><td colspan="3">科目编码</td><td rowspan="2">科目名称</td><td rowspan="2">合计</td></tr>'
  row 类 款 项
  row 208 "" "" 社会保障和就业支出 12.00
  row 208 05 "" 行政事业单位养老支出 12.00
  row 208 05 05 机关事业单位基本养老保险缴费支出 12.00
  echo '</table></body></html>'; } > "$work/three-code-columns.html"; render three-code-columns

# 10. amounts in 元 with thousands separators
{ head_html portrait 1; titles 部门财务收支预算总表 元
  echo "<table $table_attrs>"; colgroup 160 110 160 110
  row 项目 预算数 项目 预算数
  row 一、财政拨款收入 91,016,775.35 一、一般公共服务支出 82,096,797.42
  row 二、事业收入 "" 二、社会保障和就业支出 8,919,977.93
  row 收入总计 91,016,775.35 支出总计 91,016,775.35
  echo '</table></body></html>'; } > "$work/yuan-separators.html"; render yuan-separators

# 11/12. unruled table with names wrapped over several lines: amounts on the first line of the row (top), and amounts
# vertically centred on the name (middle: the name's first line is above the amounts, the rest below). LibreOffice
# reads the align/valign attributes (not CSS classes) of HTML cells.
aligned_row() { # valign c1 c2 ... : like row, with numbers right-aligned and every cell aligned vertically
  local valign=$1; shift
  printf '<tr>'
  for c in "$@"; do
    if [[ "$c" =~ ^[-0-9][0-9,]*\.[0-9]+$ ]]; then printf '<td align="right" valign="%s">%s</td>' "$valign" "$c"
    else printf '<td valign="%s">%s</td>' "$valign" "$c"; fi
  done
  printf '</tr>\n'
}
unruled_wrapped() { # name valign
  { head_html portrait 0; titles 一般公共预算基本支出表 万元
    echo "<table $table_attrs>"; colgroup 80 100 80 80 80
    aligned_row "$2" 科目编码 科目名称 合计 人员经费 公用经费
    aligned_row "$2" 301 工资福利支出 50.00 50.00 ""
    aligned_row "$2" 30108 机关事业单位基本养老保险缴费 35.20 35.20 ""
    aligned_row "$2" 30199 其他工资福利支出 14.80 14.80 ""
    aligned_row "$2" 302 商品和服务支出 4.00 "" 4.00
    aligned_row "$2" 30201 办公费 4.00 "" 4.00
    aligned_row "$2" 303 对个人和家庭的补助 "" "" ""
    aligned_row "$2" 30305 生活补助 "" "" ""
    aligned_row "$2" 合计 "" 54.00 50.00 4.00
    echo '</table></body></html>'; } > "$work/$1.html"; render "$1"
}
unruled_wrapped unruled-wrapped-top top
unruled_wrapped unruled-wrapped-middle middle

# 13. a row broken by the page break: its long name wraps, the amounts sit on its first line (page 1) and the rest of
# the name runs onto page 2, where a real row with its own code follows
{ head_html portrait 1; titles 部门支出总表 万元
  echo "<table $table_attrs>"; colgroup 80 110 80 80 80
  aligned_row top 科目编码 科目名称 合计 基本支出 项目支出
  for i in $(seq 1 "${ROW_BREAK_FILL:-32}"); do aligned_row top "$(printf '2010%03d' "$i")" "事务$i" "$i.00" "$i.00" 0.00; done
  aligned_row top 2080505 机关事业单位基本养老保险缴费支出及职业年金缴费支出 657.51 657.51 0.00
  aligned_row top 2080506 机关事业单位职业年金缴费支出 427.19 427.19 0.00
  echo '</table></body></html>'; } > "$work/row-over-page-break.html"; render row-over-page-break

# 14/15. amounts too wide for their cells wrap inside them ("370,219.2" above "5"): one amount each, not extra rows;
# in a ruled table, and in an unruled one (empty spacer columns keep its wrapped amounts apart); a row's name wraps too
{ head_html portrait 1; titles 一般公共预算支出表 万元
  echo "<table $table_attrs>"; colgroup 70 110 56 56 56
  aligned_row top 科目编码 科目名称 合计 基本支出 项目支出
  aligned_row top 201 一般公共服务支出 370,219.25 350,000.00 20,219.25
  aligned_row top 20101 人大事务 80.00 60.00 20.00
  aligned_row top 2010101 行政运行 60.00 60.00 0.00
  aligned_row top 20103 政府办公厅（室）及相关机构事务 290,219.25 290,000.00 219.25
  aligned_row top 2010350 事业运行 219.25 "" 219.25
  aligned_row top 合计 "" 370,219.25 350,000.00 20,219.25
  echo '</table></body></html>'; } > "$work/wrapped-amount.html"; render wrapped-amount
{ head_html portrait 0; titles 一般公共预算支出表 万元
  echo "<table $table_attrs>"; colgroup 70 110 56 20 56 20 56
  aligned_row top 科目编码 科目名称 合计 "" 基本支出 "" 项目支出
  aligned_row top 201 一般公共服务支出 370,219.25 "" 350,000.00 "" 20,219.25
  aligned_row top 20101 人大事务 80.00 "" 60.00 "" 20.00
  aligned_row top 2010101 行政运行 60.00 "" 60.00 "" 0.00
  aligned_row top 20103 政府办公厅（室）及相关机构事务 290,219.25 "" 290,000.00 "" 219.25
  aligned_row top 2010350 事业运行 219.25 "" "" "" 219.25
  aligned_row top 2010399 其他政府办公厅（室）及相关机构事务支出 "" "" "" "" ""
  aligned_row top 合计 "" 370,219.25 "" 350,000.00 "" 20,219.25
  echo '</table></body></html>'; } > "$work/unruled-wrapped-amount.html"; render unruled-wrapped-amount
