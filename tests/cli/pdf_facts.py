#!/usr/bin/env python3
"""What a PDF holds for a reader who cannot see it, read from qpdf's JSON
(qpdf --json, version 2) and the words poppler finds (pdftotext -bbox):
one fact per line, for the shell tests to grep.

    pdf_facts.py FILE.json FILE.bbox.html [RIGHT]

    lang sv-SE                  the catalog's /Lang
    marked true                 /MarkInfo /Marked
    displaydoctitle true        /ViewerPreferences /DisplayDocTitle
    tag H2                      each kind of structure element, once
    figure ALT                  each Figure's /Alt, in document order ("-" if none)
    scope Column|Row|none       each TH's /Scope
    link DEST PAGE              each link annotation: where it goes (a page
                                number) or "broken"
    outline TITLE               each bookmark, depth first
    beyond PAGE X WORD          a word whose right edge is past RIGHT points
                                (default: A4 less the 62-point margin)
"""
import json
import re
import sys


def main():
    doc = json.load(open(sys.argv[1], encoding="utf-8"))
    right = float(sys.argv[3]) if len(sys.argv) > 3 else 595.276 - 62.0
    objs = doc["qpdf"][1]

    def obj(ref):
        """The value of an indirect reference, or the direct value."""
        if isinstance(ref, str) and ref.endswith(" R"):
            o = objs.get("obj:" + ref, {})
            return o.get("value", o.get("stream", {}).get("dict"))
        return ref

    def text(s):
        return s[2:] if isinstance(s, str) and s.startswith("u:") else str(s)

    root = obj(objs["trailer"]["value"]["/Root"])
    print("lang", text(root.get("/Lang", "-")))
    print("marked", str(obj(root.get("/MarkInfo", {})).get("/Marked", False)).lower())
    prefs = obj(root.get("/ViewerPreferences", {}))
    print("displaydoctitle", str(prefs.get("/DisplayDocTitle", False)).lower())

    tags = set()

    def walk(k):
        k = obj(k)
        if isinstance(k, list):
            for kid in k:
                walk(kid)
            return
        if not isinstance(k, dict) or "/S" not in k:
            return
        s = k["/S"][1:]
        tags.add(s)
        if s == "Figure":
            print("figure", text(k.get("/Alt", "-")))
        if s == "TH":
            print("scope", obj(k.get("/A", {})).get("/Scope", "/none")[1:])
        walk(k.get("/K"))

    tree = obj(root.get("/StructTreeRoot"))
    if tree:
        walk(tree.get("/K"))
    for s in sorted(tags):
        print("tag", s)

    # Named destinations: a name tree of /Names arrays, maybe under /Kids.
    dests = {}

    def names(node):
        node = obj(node) or {}
        pairs = node.get("/Names", [])
        for i in range(0, len(pairs) - 1, 2):
            dests[text(pairs[i])] = obj(pairs[i + 1])
        for kid in node.get("/Kids", []):
            names(kid)

    names(obj(root.get("/Names", {})).get("/Dests"))
    pages = [p["object"] for p in doc.get("pages", [])]
    for p in pages:
        for a in obj(obj(p).get("/Annots", [])) or []:
            a = obj(a)
            if a.get("/Subtype") != "/Link":
                continue
            d = a.get("/Dest")
            if isinstance(d, str) and not d.endswith(" R"):
                d = dests.get(text(d))
            d = obj(d)
            if isinstance(d, dict):
                d = d.get("/D")
            page = pages.index(d[0]) + 1 if isinstance(d, list) and d and d[0] in pages else None
            print("link", "page %d" % page if page else "broken")

    def outline(items):
        for o in items:
            print("outline", o["title"])
            outline(o.get("kids", []))

    outline(doc.get("outlines", []))

    html = open(sys.argv[2], encoding="utf-8").read()
    for n, page in enumerate(html.split("<page")[1:], 1):
        for m in re.finditer(r'<word xMin="[-\d.]+" yMin="[-\d.]+" xMax="([-\d.]+)" yMax="[-\d.]+">([^<]*)', page):
            if float(m.group(1)) > right + 0.5:
                print("beyond", n, m.group(1), m.group(2))


main()
