#!/usr/bin/python3
"""Independent check of a Gugus HTML report with Python's own HTML parser.

usage: check_html.py REPORT.html EXPECTED_TEXT...
Fails when the page has a script, an external resource (img, link, iframe, object, a src or an
http(s) href) or fewer than three inline SVG charts, when an element is left open or closed out
of order, or when an expected text (e.g. a segment named "<script>alert(1)</script>") is not
among the page's text. Prints "ok" on success.
"""
import sys
from html.parser import HTMLParser

VOID = {"meta", "br", "hr", "img", "input", "link", "area", "base", "col", "source", "wbr"}


class Check(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.errors = []
        self.svgs = 0
        self.text = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "img", "link", "iframe", "object", "embed"):
            self.errors.append(f"forbidden element <{tag}>")
        for name, value in attrs:
            if name == "src" or (name.endswith("href") and (value or "").startswith("http")):
                self.errors.append(f"external reference {name}={value!r}")
            if name.startswith("on"):
                self.errors.append(f"event handler {name}")
        if tag == "svg":
            self.svgs += 1
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            return
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def main():
    path, expected = sys.argv[1], sys.argv[2:]
    check = Check()
    with open(path, encoding="utf-8") as f:
        check.feed(f.read())
    check.close()
    text = " ".join(check.text)
    errors = list(check.errors)
    if check.stack:
        errors.append(f"left open: {check.stack}")
    if check.svgs < 3:
        errors.append(f"only {check.svgs} inline SVG charts")
    for e in expected:
        if e not in text:
            errors.append(f"text missing: {e!r}")
    for e in errors:
        print(e)
    if not errors:
        print("ok")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
