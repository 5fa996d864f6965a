#!/usr/bin/python3
"""Writes the .xlsx test workbooks of tests/core/test_xlsx.cpp and the CSV files of the same data.

Run from anywhere with Debian's python3 and python3-openpyxl (offline):
    /usr/bin/python3 tests/data/xlsx/make_xlsx.py
Files (all small, committed):
  customers.xlsx         openpyxl: sheets "Nasabah" (customers) and "Ringkasan"; shared strings,
                         numbers, booleans, dates, empty cells
  customers.csv          the "Nasabah" data as CSV (dates as ISO text, booleans as 0/1)
  ringkasan.csv          the "Ringkasan" data as CSV
  handmade.xlsx          written XML by hand: sparse rows and cells (r="C7"), inline strings, rich
                         text with a phonetic run, cached formula values (number and text), a
                         formula without a cached value, an error cell, _xHHHH_ escapes, the 1904
                         date system, custom date and time formats, strict OOXML namespaces
  handmade.csv           what handmade.xlsx must read as
  merged_header.xlsx     openpyxl: header cells B1:C1 merged
  merged_body.xlsx       openpyxl: merged cells below the header only (readable)
  encrypted.xlsx         the start of an OLE compound file holding an "EncryptedPackage" stream
  old.xls                the start of an OLE compound file holding a "Workbook" stream (BIFF8)
  not_a_zip.xlsx         plain text with an .xlsx name
  bomb.xlsx              a sheet of 32 MiB of spaces (deflates to ~32 KiB): a zip bomb in small
and the seed corpus of the fuzz target, tests/fuzz/corpus/xlsx: a byte choosing the sheet, then
the workbooks above with their parts stored uncompressed, so mutations reach the XML.
"""
import csv
import datetime
import os
import random
import zipfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))


def path(name):
    return os.path.join(HERE, name)


def customers():
    rng = random.Random(11)
    areas = ["Jakarta", "Bandung", "Surabaya", "Medan, Sumut", 'Kota "Baru"']
    rows = []
    for i in range(40):
        usia = rng.randint(18, 75) if i % 7 != 3 else None
        income = round(rng.uniform(2e6, 9e8), 3) if i % 9 != 5 else None
        # openpyxl writes 16 significant digits, so every value here has at most 16.
        skor = rng.choice([1.5e-7, -0.25, 3.0, 1234567.891, 0.1234567890123456, -42.0])
        rows.append({
            "CUST_ID": 1000 + i,
            "Usia": usia,
            "Pendapatan_Tahunan": income,
            "Area": rng.choice(areas) if i % 11 != 4 else None,
            "Punya_Kartu": rng.random() < 0.4,
            "Tanggal_Buka": datetime.date(2015, 1, 1) + datetime.timedelta(days=rng.randint(0, 3000)),
            "Skor": skor,
        })
    return rows


def csv_value(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, datetime.date):
        return v.isoformat()
    if isinstance(v, float):
        return repr(v)
    return str(v)


def write_csv(name, header, rows):
    with open(path(name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow([csv_value(r[h]) for h in header])


def write_customers():
    rows = customers()
    header = list(rows[0].keys())
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Nasabah"
    ws.append(header)
    for r in rows:
        ws.append([r[h] for h in header])
    for cell in ws["F"][1:]:
        cell.number_format = "yyyy-mm-dd"
    summary = wb.create_sheet("Ringkasan")
    summary_rows = [{"Segmen": f"S{k}", "Jumlah": 10 * k + 3, "Rata_Usia": 30.5 + k} for k in range(1, 6)]
    summary.append(list(summary_rows[0].keys()))
    for r in summary_rows:
        summary.append(list(r.values()))
    wb.save(path("customers.xlsx"))
    write_csv("customers.csv", header, rows)
    write_csv("ringkasan.csv", list(summary_rows[0].keys()), summary_rows)


STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main"
STRICT_R = "http://purl.oclc.org/ooxml/officeDocument/relationships"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"


def write_handmade():
    content_types = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/></Types>')
    package_rels = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{REL}">'
        f'<Relationship Id="rId1" Type="{STRICT_R}/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>')
    workbook = (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{STRICT}" xmlns:r="{STRICT_R}">'
        '<workbookPr date1904="1"/><sheets>'
        '<sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>')
    workbook_rels = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{REL}">'
        f'<Relationship Id="rId1" Type="{STRICT_R}/worksheet" Target="/xl/worksheets/data.xml"/>'
        f'<Relationship Id="rId2" Type="{STRICT_R}/sharedStrings" Target="strings.xml"/>'
        f'<Relationship Id="rId3" Type="{STRICT_R}/styles" Target="./styles.xml"/>'
        '</Relationships>')
    strings = (
        f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{STRICT}" count="4" uniqueCount="4">'
        '<si><t>Nama</t></si>'
        '<si><r><t>Ja</t></r><r><rPr><b/></rPr><t>karta</t></r><rPh sb="0" eb="1"><t>XX</t></rPh></si>'
        '<si><t xml:space="preserve"> Bandung_x0020_Kota </t></si>'
        '<si><t>Tanggal</t></si>'
        '</sst>')
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{STRICT}">'
        '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/>'
        '<numFmt numFmtId="165" formatCode="[h]:mm:ss"/></numFmts>'
        '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>'
        '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/>'
        '<xf numFmtId="4"/></cellXfs></styleSheet>')
    # Rows 1 and 2 are empty, the header is row 3, columns start at B; row 6 is missing.
    sheet = (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{STRICT}">'
        '<dimension ref="B3:G8"/><sheetData>'
        '<row r="2"><c r="C2" s="3"/></row>'
        '<row r="3"><c r="B3" t="s"><v>0</v></c><c r="C3" t="inlineStr"><is><t>Jumlah</t></is></c>'
        '<c r="D3" t="s"><v>3</v></c><c r="E3" t="inlineStr"><is><t>Durasi</t></is></c>'
        '<c r="F3" t="inlineStr"><is><t>Hitung</t></is></c><c r="G3" t="inlineStr"><is><t>Label</t></is></c></row>'
        '<row r="4"><c r="B4" t="s"><v>1</v></c><c r="C4" s="3"><v>1500.25</v></c>'
        '<c r="D4" s="1"><v>43831</v></c><c r="E4" s="2"><v>0.5</v></c>'
        '<c r="F4"><f>C4*2</f><v>3000.5</v></c><c r="G4" t="str"><f>"A"&amp;"B"</f><v>AB</v></c></row>'
        '<row r="5"><c r="B5" t="s"><v>2</v></c><c t="e"><v>#N/A</v></c>'
        '<c r="D5" s="1"><v>0</v></c><c s="2"><v>0.0625</v></c>'
        '<c r="F5"><f>1/0</f></c><c r="G5" t="inlineStr"><is><t>baris_x000D__x000A_dua</t></is></c></row>'
        '<row r="7"><c r="B7" t="inlineStr"><is><r><t>Me</t></r><r><t>dan</t></r></is></c>'
        '<c r="C7"><v>-7.5E-3</v></c><c r="G7" t="b"><v>1</v></c></row>'
        '<row r="8" spans="2:7"><c r="D8" s="1"><v>366.75</v></c><c r="F8" t="e"><v>#DIV/0!</v></c></row>'
        '</sheetData><mergeCells count="1"><mergeCell ref="C7:E7"/></mergeCells></worksheet>')
    with zipfile.ZipFile(path("handmade.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", content_types)
        z.writestr("_rels/.rels", package_rels)
        z.writestr("xl/workbook.xml", workbook)
        z.writestr("xl/_rels/workbook.xml.rels", workbook_rels)
        z.writestr("xl/strings.xml", strings)
        z.writestr("xl/styles.xml", styles)
        z.writestr("xl/worksheets/data.xml", sheet)
    # What it reads as: 1904 dates (43831 -> 2024-01-02, 0 -> 1904-01-01, 366.75 -> 1905-01-01
    # 18:00), [h]:mm:ss times below a day, blank rows 1, 2 and 6 skipped.
    with open(path("handmade.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["Nama", "Jumlah", "Tanggal", "Durasi", "Hitung", "Label"])
        w.writerow(["Jakarta", "1500.25", "2024-01-02", "12:00:00", "3000.5", "AB"])
        w.writerow([" Bandung Kota ", "", "1904-01-01", "01:30:00", "", "baris\r\ndua"])
        w.writerow(["Medan", "-7.5E-3", "", "", "", "1"])
        w.writerow(["", "", "1905-01-01 18:00:00", "", "", ""])


def write_merged():
    for name, cells in (("merged_header.xlsx", "B1:C1"), ("merged_body.xlsx", "A3:B3")):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append(["Area", "Usia", "Saldo"])
        ws.append(["Jakarta", 30, 1.5])
        ws.append(["Bandung", 41, 2.5])
        ws.append(["Medan", 52, 3.5])
        ws.merge_cells(cells)
        wb.save(path(name))


def ole(stream_name):
    """The first sector and a directory sector of a compound file: enough for the sniffing."""
    header = bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(504)
    entry = stream_name.encode("utf-16-le").ljust(64, b"\0") + bytes(64)
    return header + entry + bytes(512 - len(entry))


def write_refused():
    with open(path("encrypted.xlsx"), "wb") as f:
        f.write(ole("EncryptedPackage"))
    with open(path("old.xls"), "wb") as f:
        f.write(ole("Workbook"))
    with open(path("not_a_zip.xlsx"), "w", encoding="utf-8") as f:
        f.write("Area,Usia\nJakarta,30\n")
    wb = openpyxl.Workbook()
    wb.active.append(["Usia"])
    wb.active.append([30])
    wb.save(path("bomb.xlsx"))
    with zipfile.ZipFile(path("bomb.xlsx")) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    cut = sheet.index(b"<sheetData>")
    parts["xl/worksheets/sheet1.xml"] = sheet[:cut] + b" " * (32 << 20) + sheet[cut:]
    with zipfile.ZipFile(path("bomb.xlsx"), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for n, data in parts.items():
            z.writestr(n, data)


def write_fuzz_corpus():
    corpus = os.path.join(HERE, "..", "..", "fuzz", "corpus", "xlsx")
    os.makedirs(corpus, exist_ok=True)
    for choice, name in ((b"\x00", "customers.xlsx"), (b"\x01", "customers.xlsx"),
                         (b"\x02", "handmade.xlsx"), (b"\x00", "merged_body.xlsx")):
        with zipfile.ZipFile(path(name)) as z:
            parts = [(n, z.read(n)) for n in z.namelist()]
        out = os.path.join(corpus, f"{name[:-5]}_{choice[0]}.bin")
        with zipfile.ZipFile(out + ".zip", "w", zipfile.ZIP_STORED) as z:
            for n, data in parts:
                z.writestr(n, data)
        with open(out + ".zip", "rb") as f:
            data = f.read()
        os.remove(out + ".zip")
        with open(out, "wb") as f:
            f.write(choice + data)


if __name__ == "__main__":
    write_customers()
    write_handmade()
    write_merged()
    write_refused()
    write_fuzz_corpus()
