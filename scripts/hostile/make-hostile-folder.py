#!/usr/bin/env python3
"""Builds the hostile folder of issue 13 at real size, for a CLI probe:

    python3 scripts/hostile/make-hostile-folder.py /tmp/hostile-folder
    /usr/bin/time -v dotnet src/Extractor.Cli/bin/Release/net10.0/Extractor.Cli.dll extract /tmp/hostile-folder --out /tmp/hostile-out

Contents: self (a link to the folder itself), parent (a link to its parent), bomb.xlsx (about 205 KB, one cell a
200 MB string), deep.html (50 MB of tables nested 5,000 deep), an injection file named =HYPERLINK(...).txt whose
lines start with = + - @, east/notice.txt and west/notice.txt (one name, two folders), gbk.html (the bundled HTML
budget re-encoded as GBK with one invalid byte), and the seed budget. Standard library only; the bombs are streamed,
so this script stays small in memory too. The test suite builds the same shapes smaller (HostileInputTests).
"""
import os
import re
import shutil
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEED = os.path.join(ROOT, "corpus", "jingdezhen-12345-hotline-2025-unit-budget.txt")
HTML = os.path.join(ROOT, "corpus", "three-formats", "jingdezhen-12345-hotline-2025-budget-tables.html")

PARTS = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>',
}


def xlsx_bomb(path, chars=200 * 1024 * 1024):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, xml in PARTS.items():
            z.writestr(name, xml)
        with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as s:
            s.write(b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>')
            chunk = b"A" * (1 << 20)
            for _ in range(chars // len(chunk)):
                s.write(chunk)
            s.write(b"</t></si></sst>")


def nested_html(path, depth=5000, size=50 * 1024 * 1024):
    with open(path, "wb") as f:
        f.write(b'<!DOCTYPE html><html><head><meta charset="utf-8"><title>nested</title></head><body>')
        f.write(b"<table><tr><td>" * depth)
        pad = b"x" * (1 << 20)
        written = depth * 15
        while written < size:
            f.write(pad)
            written += len(pad)
        f.write(b"</td></tr></table>" * depth)
        f.write(b"</body></html>")


def gbk_with_one_bad_byte(path):
    text = open(HTML, encoding="utf-8").read()
    text = re.sub(r"charset\s*=\s*[\"']?utf-8", "charset=gbk", text, flags=re.I)
    data = text.encode("gbk", errors="replace")
    at = data.index(b">", data.index(b"<body")) + 1
    open(path, "wb").write(data[:at] + b"\xff" + data[at:])


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(os.path.join(out, "east"))
    os.makedirs(os.path.join(out, "west"))
    os.symlink(".", os.path.join(out, "self"))
    os.symlink("..", os.path.join(out, "parent"))
    shutil.copy(SEED, os.path.join(out, "seed.txt"))
    xlsx_bomb(os.path.join(out, "bomb.xlsx"))
    nested_html(os.path.join(out, "deep.html"))
    with open(os.path.join(out, '=HYPERLINK("evil","click").txt'), "w", encoding="utf-8") as f:
        f.write("=cmd|' /C calc'!A0\n+SUM(1,2)\n-2+3\n@SUM(A1)\n")
    for side, name in (("east", "东区"), ("west", "西区")):
        with open(os.path.join(out, side, "notice.txt"), "w", encoding="utf-8") as f:
            f.write(name + "2025年部门预算公开说明\n")
    gbk_with_one_bad_byte(os.path.join(out, "gbk.html"))
    for name in sorted(os.listdir(out)):
        p = os.path.join(out, name)
        print(f"{name:40} {'link' if os.path.islink(p) else os.path.getsize(p) if os.path.isfile(p) else 'folder'}")


if __name__ == "__main__":
    main()
