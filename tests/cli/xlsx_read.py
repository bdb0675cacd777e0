#!/usr/bin/env python3
"""xlsx_read.py: reads an XLSX workbook with nothing but the standard library
(zipfile and xml.etree), a reader independent of the one that wrote it, for
the end-to-end tests.

    xlsx_read.py FILE sheets             the sheets' names, in order
    xlsx_read.py FILE rows SHEET         each row of SHEET as cells joined by ';'
    xlsx_read.py FILE row SHEET LABEL    the first row whose first cell is LABEL
    xlsx_read.py FILE cell SHEET REF     one cell: type, value, number format and
                                         style, separated by tabs

A cell in a row is written "n:1468000" (a number), "s:text" (a string),
"b:1" (a boolean) or "" (blank); a number is written as an integer when it
is one. The style of a cell is a comma-separated list of "bold", "top"
(a rule over it) and "bottom" (a rule under it), or "-". Exit status 1 when
the sheet, row or cell is not there.
"""
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
}
RID = "{%s}id" % NS["r"]

# The built-in number formats a writer may refer to by id alone.
BUILTIN = {0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%",
           10: "0.00%", 14: "mm-dd-yy", 49: "@"}


class Workbook:
    def __init__(self, path):
        self.zip = zipfile.ZipFile(path)
        self.strings = self._strings()
        self.styles = self._styles()
        self.sheets = self._sheets()

    def _xml(self, name):
        return ET.fromstring(self.zip.read(name))

    def _strings(self):
        if "xl/sharedStrings.xml" not in self.zip.namelist():
            return []
        root = self._xml("xl/sharedStrings.xml")
        return ["".join(t.text or "" for t in si.iter("{%s}t" % NS["m"]))
                for si in root.findall("m:si", NS)]

    def _styles(self):
        """Per cell style index: (number format code, set of border/weight marks)."""
        root = self._xml("xl/styles.xml")
        codes = dict(BUILTIN)
        for f in root.findall("m:numFmts/m:numFmt", NS):
            codes[int(f.get("numFmtId"))] = f.get("formatCode")
        fonts = [f.find("m:b", NS) is not None for f in root.findall("m:fonts/m:font", NS)]
        borders = []
        for b in root.findall("m:borders/m:border", NS):
            marks = set()
            for side in ("top", "bottom"):
                e = b.find("m:" + side, NS)
                if e is not None and e.get("style"):
                    marks.add(side)
            borders.append(marks)
        styles = []
        for xf in root.findall("m:cellXfs/m:xf", NS):
            marks = set(borders[int(xf.get("borderId", 0))])
            if fonts[int(xf.get("fontId", 0))]:
                marks.add("bold")
            styles.append((codes.get(int(xf.get("numFmtId", 0)), "?"), marks))
        return styles

    def _sheets(self):
        rels = self._xml("xl/_rels/workbook.xml.rels")
        target = {r.get("Id"): r.get("Target") for r in rels.findall("rel:Relationship", NS)}
        out = []
        for s in self._xml("xl/workbook.xml").findall("m:sheets/m:sheet", NS):
            t = target[s.get(RID)]
            out.append((s.get("name"), t[1:] if t.startswith("/") else "xl/" + t))
        return out

    def cells(self, sheet):
        """{(row, col): (type, value, format, marks)}, rows and columns from 0."""
        path = dict(self.sheets).get(sheet)
        if path is None:
            raise KeyError(sheet)
        out = {}
        for c in self._xml(path).iter("{%s}c" % NS["m"]):
            row, col = split_ref(c.get("r"))
            fmt, marks = self.styles[int(c.get("s", 0))]
            t = c.get("t", "n")
            v = c.find("m:v", NS)
            if t == "s":
                out[row, col] = ("s", self.strings[int(v.text)], fmt, marks)
            elif t == "inlineStr":
                text = "".join(x.text or "" for x in c.iter("{%s}t" % NS["m"]))
                out[row, col] = ("s", text, fmt, marks)
            elif t in ("str", "e"):
                out[row, col] = ("s", v.text if v is not None else "", fmt, marks)
            elif t == "b":
                out[row, col] = ("b", v.text, fmt, marks)
            elif v is None:
                out[row, col] = ("", "", fmt, marks)
            else:
                out[row, col] = ("n", number(v.text), fmt, marks)
        return out

    def rows(self, sheet):
        cells = self.cells(sheet)
        if not cells:
            return []
        last = max(r for r, _ in cells)
        out = []
        for r in range(last + 1):
            cols = [c for (rr, c) in cells if rr == r]
            line = []
            for c in range(max(cols) + 1 if cols else 0):
                t, v, _, _ = cells.get((r, c), ("", "", "", set()))
                line.append("%s:%s" % (t, v) if t else "")
            out.append(";".join(line))
        return out


def split_ref(ref):
    m = re.fullmatch(r"([A-Z]+)([0-9]+)", ref)
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - ord("A") + 1
    return int(m.group(2)) - 1, col - 1


def number(text):
    f = float(text)
    return int(f) if f.is_integer() else f


def main(argv):
    if len(argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    wb = Workbook(argv[1])
    what = argv[2]
    try:
        if what == "sheets":
            for name, _ in wb.sheets:
                print(name)
        elif what == "rows":
            for line in wb.rows(argv[3]):
                print(line)
        elif what == "row":
            for line in wb.rows(argv[3]):
                if line.split(";")[0] == "s:" + argv[4]:
                    print(line)
                    return 0
            return 1
        elif what == "cell":
            c = wb.cells(argv[3]).get(split_ref(argv[4]))
            if c is None:
                return 1
            t, v, fmt, marks = c
            print("%s\t%s\t%s\t%s" % (t or "blank", v, fmt, ",".join(sorted(marks)) or "-"))
        else:
            sys.stderr.write(__doc__)
            return 2
    except KeyError as e:
        sys.stderr.write("xlsx_read.py: no sheet %s\n" % e)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
