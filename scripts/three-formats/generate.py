#!/usr/bin/env python3
"""One budget in three formats: renders the seed document's budget tables as HTML, XLSX and PDF.

Reads corpus/jingdezhen-12345-hotline-2025-unit-budget.txt (tab-separated tables), rebuilds each table's merged
header from the layout of its header rows, and writes into corpus/three-formats/:
  jingdezhen-12345-hotline-2025-budget-tables.html   hand-rendered HTML (th header rows with rowspan/colspan)
  jingdezhen-12345-hotline-2025-budget-tables.xlsx   a cover sheet, then one sheet per table (SpreadsheetML 2003 -> LibreOffice -> xlsx),
                                                     amounts stored as numbers with format #,##0.00, merged headers
  jingdezhen-12345-hotline-2025-budget-tables.pdf    the HTML printed to PDF by LibreOffice
Needs python3 and LibreOffice (soffice) on PATH. Run from the repository root:
  python3 scripts/three-formats/generate.py
"""
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SEED = os.path.join(ROOT, "corpus", "jingdezhen-12345-hotline-2025-unit-budget.txt")
OUT = os.path.join(ROOT, "corpus", "three-formats")
BASE = "jingdezhen-12345-hotline-2025-budget-tables"

# The seed's standard budget tables (单位公开表 2, 3, 5-9). Table 10 (项目绩效目标表) is a form, not a grid, and is left out.
TABLES = ["2", "3", "5", "6", "7", "8", "9"]
AMOUNT = re.compile(r"^-?[\d,]+\.\d+$")


class Table:
    def __init__(self, number):
        self.number = number
        self.captions = []   # lines between 单位公开表 N and the grid: notes, title, 填报单位, 单位：万元
        self.rows = []       # list of list of str

    @property
    def title(self):
        return next(c for c in self.captions if not c.startswith(("注", "填报单位", "单位：", "[")))

    @property
    def width(self):
        return max(len(r) for r in self.rows)

    @property
    def header_count(self):
        """Header rows are those above the column-number row (** ** 1 2 3 ...)."""
        return next(i for i, r in enumerate(self.rows) if r and r[0] == "**")


def parse_seed():
    lines = open(SEED, encoding="utf-8").read().split("\n")
    tables, current = {}, None
    for line in lines:
        m = re.match(r"^单位公开表\s*(\d+)\s*$", line.strip())
        if m:
            current = Table(m.group(1))
            tables[current.number] = current
            continue
        if current is None:
            continue
        if "\t" in line:
            current.rows.append([c.strip() for c in line.split("\t")])
        elif line.strip() and not current.rows:
            current.captions.append(line.strip())
        elif line.strip() and current.rows:
            current = None  # prose after the grid
    for t in tables.values():
        w = t.width
        t.rows = [r + [""] * (w - len(r)) for r in t.rows]
    return [tables[n] for n in TABLES]


def header_cells(t):
    """Anchored header cells (row, col, rowspan, colspan, text) rebuilt from the tab layout: a heading with empty
    neighbours to its right over filled sub-headings spans those columns; a heading with nothing under it spans down."""
    n, w = t.header_count, t.width
    rows = t.rows[:n]
    covered, cells = set(), []
    for r in range(n):
        c = 0
        while c < w:
            if (r, c) in covered:
                c += 1
                continue
            text = rows[r][c]
            colspan = 1
            if text and r + 1 < n:
                while c + colspan < w and not rows[r][c + colspan] and rows[r + 1][c + colspan]:
                    colspan += 1
            rowspan = 1
            if text and colspan == 1:
                while r + rowspan < n and not rows[r + rowspan][c]:
                    rowspan += 1
            for dr in range(rowspan):
                for dc in range(colspan):
                    covered.add((r + dr, c + dc))
            cells.append((r, c, rowspan, colspan, text))
            c += colspan
    return cells


# ---------------------------------------------------------------- HTML

def render_html(tables, cover):
    out = ['<!DOCTYPE html>', '<html lang="zh-CN"><head><meta charset="utf-8">',
           f'<title>{html.escape(cover)}</title>',
           '<style>@page{size:29.7cm 21cm;margin:1.5cm} body{font-family:"Noto Sans CJK SC",sans-serif;font-size:9pt} table{border-collapse:collapse}'
           ' th,td{border:1px solid #000;padding:1px 3px;font-size:8pt} td.num{text-align:right}</style>',
           '</head><body>', f'<h1>{html.escape(cover)}</h1>']
    for i, t in enumerate(tables):
        brk = ' style="page-break-before: always"' if i > 0 else ''
        out.append(f'<p{brk}>单位公开表 {t.number}</p>')
        for cap in t.captions:
            tag = "h2" if cap == t.title else "p"
            out.append(f"<{tag}>{html.escape(cap)}</{tag}>")
        out.append('<table border="1" cellspacing="0" cellpadding="2">')
        n = t.header_count
        by_row = {}
        for (r, c, rs, cs, text) in header_cells(t):
            by_row.setdefault(r, []).append((c, rs, cs, text))
        for r in range(n):
            tds = []
            for (c, rs, cs, text) in by_row.get(r, []):
                attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
                tds.append(f"<th{attrs}>{html.escape(text)}</th>")
            out.append("<tr>" + "".join(tds) + "</tr>")
        for row in t.rows[n:]:
            tds = []
            for text in row:
                cls = ' class="num"' if AMOUNT.match(text) else ""
                tds.append(f"<td{cls}>{html.escape(text)}</td>")
            out.append("<tr>" + "".join(tds) + "</tr>")
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- SpreadsheetML 2003 (converted to xlsx by LibreOffice)

def xml_cell(col, text, style=None, merge_across=0, merge_down=0, number=False):
    attrs = f' ss:Index="{col + 1}"'
    if style:
        attrs += f' ss:StyleID="{style}"'
    if merge_across:
        attrs += f' ss:MergeAcross="{merge_across}"'
    if merge_down:
        attrs += f' ss:MergeDown="{merge_down}"'
    if number:
        return f'<Cell{attrs}><Data ss:Type="Number">{text.replace(",", "")}</Data></Cell>'
    return f'<Cell{attrs}><Data ss:Type="String">{html.escape(text)}</Data></Cell>'


def render_spreadsheetml(tables, cover):
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<?mso-application progid="Excel.Sheet"?>',
           '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office"'
           ' xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">',
           '<Styles>',
           '<Style ss:ID="Default" ss:Name="Normal"><Font ss:FontName="Noto Sans CJK SC" ss:Size="10"/></Style>',
           '<Style ss:ID="title"><Font ss:FontName="Noto Sans CJK SC" ss:Size="14" ss:Bold="1"/><Alignment ss:Horizontal="Center"/></Style>',
           '<Style ss:ID="head"><Alignment ss:Horizontal="Center" ss:Vertical="Center" ss:WrapText="1"/></Style>',
           '<Style ss:ID="num"><NumberFormat ss:Format="#,##0.00"/></Style>',
           '<Style ss:ID="unit"><Alignment ss:Horizontal="Right"/></Style>',
           '</Styles>',
           f'<Worksheet ss:Name="封面"><Table><Column ss:Width="400"/><Row>{xml_cell(0, cover, "title")}</Row></Table></Worksheet>']
    for t in tables:
        w, n = t.width, t.header_count
        out.append(f'<Worksheet ss:Name="单位公开表{t.number}"><Table>')
        out.append(f'<Column ss:Width="60"/><Column ss:Width="180"/>')
        out.append(f'<Row>{xml_cell(0, "单位公开表 " + t.number)}</Row>')
        unit = next((c for c in t.captions if c.startswith("单位：")), None)
        for cap in t.captions:
            if cap == unit:
                continue
            style = "title" if cap == t.title else None
            out.append(f'<Row>{xml_cell(0, cap, style, merge_across=w - 1)}</Row>')
        if unit:
            out.append(f'<Row>{xml_cell(w - 1, unit, "unit")}</Row>')
        by_row = {}
        for (r, c, rs, cs, text) in header_cells(t):
            by_row.setdefault(r, []).append(xml_cell(c, text, "head", merge_across=cs - 1, merge_down=rs - 1))
        for r in range(n):
            out.append("<Row>" + "".join(by_row.get(r, [])) + "</Row>")
        for row in t.rows[n:]:
            cells = [xml_cell(c, text, "num" if AMOUNT.match(text) else None, number=bool(AMOUNT.match(text)))
                     for c, text in enumerate(row) if text]
            out.append("<Row>" + "".join(cells) + "</Row>")
        out.append('</Table><WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel">'
                   '<PageSetup><Layout x:Orientation="Landscape"/></PageSetup><FitToPage/>'
                   '<Print><FitHeight>0</FitHeight><FitWidth>1</FitWidth></Print></WorksheetOptions></Worksheet>')
    out.append("</Workbook>")
    return "\n".join(out) + "\n"


def soffice(args, workdir):
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        sys.exit("LibreOffice (soffice) is needed: apt-get install libreoffice-writer libreoffice-calc")
    profile = "file://" + os.path.join(workdir, "lo-profile")
    subprocess.run([exe, f"-env:UserInstallation={profile}", "--headless", "--norestore"] + args,
                   check=True, timeout=300, stdout=subprocess.DEVNULL)


def main():
    tables = parse_seed()
    seed_lines = [l.strip() for l in open(SEED, encoding="utf-8") if l.strip()]
    cover = seed_lines[0]
    os.makedirs(OUT, exist_ok=True)
    html_path = os.path.join(OUT, BASE + ".html")
    with open(html_path, "w", encoding="utf-8") as f:
        f.write(render_html(tables, cover))
    with tempfile.TemporaryDirectory() as tmp:
        xml_path = os.path.join(tmp, BASE + ".xml")
        with open(xml_path, "w", encoding="utf-8") as f:
            f.write(render_spreadsheetml(tables, cover))
        soffice(["--infilter=MS Excel 2003 XML", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", OUT, xml_path], tmp)
        soffice(["--convert-to", "pdf:writer_web_pdf_Export", "--outdir", OUT, html_path], tmp)
    for ext in ("html", "xlsx", "pdf"):
        print(os.path.join("corpus", "three-formats", BASE + "." + ext), os.path.getsize(os.path.join(OUT, BASE + "." + ext)), "bytes")


if __name__ == "__main__":
    main()
