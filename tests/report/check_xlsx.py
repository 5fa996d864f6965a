#!/usr/bin/python3
"""Independent check of a Gugus XLSX report with openpyxl (python3-openpyxl).

usage: check_xlsx.py REPORT.xlsx EXPECTED.json
EXPECTED: {"sheets": [names in order], "members": [sheet names of the member list],
           "sizes": [customers per segment], "names": [segment names], "chart": true/false,
           "metric_formats": true/false (optional)}
Checks: the sheets, in order; the Segments sheet's numbers are numeric cells equal to the
engine's sizes and its names are text cells (a name like "=1+2" stays text); the member list
counts the same sizes; no cell anywhere is a formula; xl/charts/chart1.xml exists when a chart
is expected (openpyxl does not load charts, so the zip is read directly); with metric_formats,
each metric column of "Metrics by k" has one number format. Prints "ok".
"""
import json
import sys
import zipfile
from collections import Counter

import openpyxl


def main():
    path = sys.argv[1]
    want = json.loads(open(sys.argv[2], encoding="utf-8").read())
    errors = []
    book = openpyxl.load_workbook(path, read_only=True)
    if book.sheetnames != want["sheets"]:
        errors.append(f"sheets {book.sheetnames} != {want['sheets']}")
    segments = book[want["sheets"][1]]
    rows = list(segments.iter_rows(min_row=2, values_only=False))
    if len(rows) != len(want["sizes"]):
        errors.append(f"{len(rows)} segment rows, expected {len(want['sizes'])}")
    for i, row in enumerate(rows):
        number, name, size, share = row[0], row[1], row[3], row[4]
        if number.data_type != "n" or number.value != i + 1:
            errors.append(f"segment number {number.value!r} ({number.data_type})")
        if size.data_type != "n" or size.value != want["sizes"][i]:
            errors.append(f"size {size.value!r} ({size.data_type}) != {want['sizes'][i]}")
        if share.data_type != "n":
            errors.append(f"share {share.value!r} is not a number")
        if name.data_type != "s" or name.value != want["names"][i]:
            errors.append(f"name {name.value!r} ({name.data_type}) != {want['names'][i]!r}")
    if want.get("metric_formats"):
        # "Metrics by k": inertia, silhouette, CH and DB are numeric cells, each column with
        # one number format (its decimals), as the PDF's table.
        metrics = book[want["sheets"][5]]
        for col in range(1, 5):
            cells = [r[col] for r in metrics.iter_rows(min_row=2, values_only=False)
                     if r[col].value is not None]
            if not cells:
                errors.append(f"metrics column {col}: no values")
            if any(c.data_type != "n" for c in cells):
                errors.append(f"metrics column {col}: a value is not a number")
            formats = {c.number_format for c in cells}
            if len(formats) != 1 or not next(iter(formats)).startswith("#,##0"):
                errors.append(f"metrics column {col}: number formats {formats}")
    counts = Counter()
    for sheet in want["members"]:
        for row in book[sheet].iter_rows(min_row=2, values_only=True):
            counts[row[1]] += 1
    for i, size in enumerate(want["sizes"]):
        if counts[i + 1] != size:
            errors.append(f"members of segment {i + 1}: {counts[i + 1]} != {size}")
    book.close()
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        if want["chart"] and "xl/charts/chart1.xml" not in names:
            errors.append("no xl/charts/chart1.xml")
        for n in names:
            if n.startswith("xl/worksheets/") and n.endswith(".xml"):
                if b"<f>" in z.read(n) or b"<f " in z.read(n):
                    errors.append(f"a formula in {n}")
    for e in errors[:20]:
        print(e)
    if not errors:
        print("ok")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
