#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the malformed-input corpus next to this script, byte for byte.

The files are committed; this script documents how each was made and rebuilds them. Large inputs
(a 10 MB line, 10,000 columns, random bytes, ZIP bombs) are not here: tst_malformed writes them
into a temporary folder when it runs. Expectations for every file are in
tests/database/tst_malformed.cpp.
"""
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = "Дата,Область,Район,Сельский округ,Кандидат,Выдвинут,Голоса,Избран\n"
PLACE = "Акмолинская область,Аккольский район"


def row(date, okrug, name, votes, elected="нет", nomination="самовыдвижение"):
    return f"{date},{PLACE},{okrug},{name},{nomination},{votes},{elected}\n"


def write(name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def good_rows(okrug="Малинный сельский округ"):
    return row("2021-07-25", okrug, "Иванов Пётр", 1200, "да") + row("2021-07-25", okrug, "Сейтқали Әсем", 800)


# --- empty and nearly empty -------------------------------------------------------------
write("empty.csv", b"")
write("bom_only.csv", b"\xef\xbb\xbf")
write("header_only.csv", HEADER)
write("header_then_blank_lines.csv", HEADER + "\r\n\r\n\n\n")
write("blank_lines_only.csv", "\n\r\n\n\r\n")
write("delimiters_only.csv", ",,,,\n,,,,\n;;;;\n")

# --- encodings ----------------------------------------------------------------------------
# The last candidate's name is cut in the middle of "ә" (D3 99): the file ends with a lone D3.
write("truncated_utf8.csv", (HEADER + row("2021-07-25", "Сарыбулакский сельский округ", "Иванов Пётр", 1200, "да")
                             + "2021-07-25," + PLACE + ",Сарыбулакский сельский округ,Сейтқали ").encode() + b"\xd3")
# Bytes that are never valid UTF-8 (C0 80, FF, a lone continuation byte) inside a name.
write("invalid_utf8_bytes.csv", HEADER.encode() + row("2021-07-25", "Азатский сельский округ", "Иванов Пётр", 1200, "да").encode()
      + ("2021-07-25," + PLACE + ",Азатский сельский округ,Ким ").encode() + b"\xc0\x80\xff\x80"
      + ",самовыдвижение,800,нет\n".encode())
# A UTF-8 file with one row pasted from a Windows-1251 file.
write("mixed_utf8_with_cp1251_row.csv", HEADER.encode() + (row("2021-07-25", "Минский сельский округ", "Жұмабеков Ерлан", 1500, "да")
      + row("2021-07-25", "Минский сельский округ", "Әбенова Гүлнар", 700)).encode()
      + ("2021-07-25," + PLACE + ",Минский сельский округ,Петров Иван,самовыдвижение,300,нет\n").encode("cp1251"))
# A Windows-1251 file with one row pasted from a UTF-8 file.
write("mixed_cp1251_with_utf8_row.csv", (HEADER + row("2021-07-25", "Новорыбинский сельский округ", "Петров Иван", 1500, "да")
      + row("2021-07-25", "Новорыбинский сельский округ", "Сидоров Олег", 700)).encode("cp1251")
      + ("2021-07-25," + PLACE + ",Новорыбинский сельский округ,Жұмабеков Ерлан,самовыдвижение,300,нет\n").encode())
# UTF-16LE with a byte order mark and one stray byte at the end.
write("utf16le_odd_length.csv", b"\xff\xfe" + (HEADER + good_rows("Урюпинский сельский округ")).encode("utf-16-le") + b"\x0a")

# --- NUL bytes and binary data --------------------------------------------------------------
write("nul_in_name.csv", HEADER.encode() + row("2021-07-25", "Кенесский сельский округ", "Иванов Пётр", 1200, "да").encode()
      + ("2021-07-25," + PLACE + ",Кенесский сельский округ,Ким").encode() + b"\x00\x00"
      + " Виктор,самовыдвижение,800,нет\n".encode())
# A file whose end was never written: the rest is zero bytes (as after a crash while copying).
write("nul_padding.csv", (HEADER + good_rows("Жалгызкарагайский сельский округ")).encode() + b"\x00" * 4096)
# The first bytes of a PNG image, named .csv.
write("png_named.csv", bytes.fromhex("89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61")
      + bytes(range(256)) * 4)
# A PDF named .csv.
write("pdf_named.csv", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
      + b"2 0 obj\n<< /Length 44 >>\nstream\n" + bytes(range(128, 256)) + b"\nendstream\nendobj\ntrailer\n%%EOF\n")

# --- quoting ------------------------------------------------------------------------------------
write("unbalanced_quote.csv", HEADER + row("2021-07-25", "Искровский сельский округ", "Иванов Пётр", 1200, "да")
      + "2021-07-25," + PLACE + ",Искровский сельский округ,\"Ким Виктор,самовыдвижение,800,нет\n"
      + row("2021-07-25", "Искровский сельский округ", "Ли Ирина", 100))
write("unbalanced_quote_at_end.csv", HEADER + row("2021-07-25", "Кайнарский сельский округ", "Иванов Пётр", 1200, "да")
      + "2021-07-25," + PLACE + ",Кайнарский сельский округ,Ким Виктор,самовыдвижение,800,\"нет")
write("stray_quotes.csv", HEADER + row("2021-07-25", "Наумовский сельский округ", "Ива\"нов Пётр", 1200, "да")
      + "2021-07-25," + PLACE + ",Наумовский сельский округ,\"Ким\" Виктор,самовыдвижение,800,нет\n")
write("quoted_newlines.csv", HEADER + "2021-07-25," + PLACE + ",Кенесарынский сельский округ,\"Ким \"\"Виктор\"\"\nмладший\","
      + "самовыдвижение,800,да\n" + row("2021-07-25", "Кенесарынский сельский округ", "Ли Ирина", 100))

# --- formulas and hostile text ----------------------------------------------------------------
okrug = "Приречный сельский округ"
write("formula_names.csv", HEADER
      + row("2021-07-25", okrug, "=1+2", 500, "да")
      + row("2021-07-25", okrug, "+7", 40)
      + row("2021-07-25", okrug, "-3", 30)
      + row("2021-07-25", okrug, "@SUM(A1)", 20)
      + "2021-07-25," + PLACE + "," + okrug + ",\"=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\",=2*3,10,нет\n"
      + "2021-07-25," + PLACE + "," + okrug + ",\"=cmd|' /C calc'!A0\",самовыдвижение,5,нет\n")
write("formula_counts.csv", HEADER + row("2021-07-25", "Ерназарский сельский округ", "Иванов Пётр", "=SUM(G2:G3)", "да"))
write("sql_injection.csv", HEADER
      + row("2021-07-25", "Robert'); DROP TABLE candidate;--", "'); DROP TABLE race;--", 900, "да", "1' OR '1'='1")
      # The second name starts with a quote, so the file quotes it as CSV does: the quotes doubled.
      + row("2021-07-25", "Robert'); DROP TABLE candidate;--", '"""; DELETE FROM territory; --"', 100))
write("control_characters.csv", HEADER
      + row("2021-07-25", "Жамбылский сельский округ", "\x1b[31mКрасный\x1b[0m Текст", 900, "да")
      + row("2021-07-25", "Жамбылский сельский округ", "Звонок\x07 Табуляция\tКонец", 100))
write("bidi_and_invisible.csv", HEADER
      + row("2021-07-25", "Урожайный сельский округ", "Ким\u200b Виктор", 900, "да")
      + row("2021-07-25", "Урожайный сельский округ", "\u202eвокнавИ\u202c", 100))

# --- numbers ---------------------------------------------------------------------------------------
write("negative_count.csv", HEADER + row("2021-07-25", "Ивановский сельский округ", "Иванов Пётр", -5, "да"))
write("count_2pow63.csv", HEADER + row("2021-07-25", "Ивановский сельский округ", "Иванов Пётр", 9223372036854775808, "да"))
write("count_30_digits.csv", HEADER + row("2021-07-25", "Ивановский сельский округ", "Иванов Пётр",
                                          "123456789012345678901234567890", "да"))
write("count_grouped_beyond_int64.csv", "Дата;Область;Район;Сельский округ;Кандидат;Голоса\n"
      "2021-07-25;Акмолинская область;Аккольский район;Ивановский сельский округ;Иванов Пётр;99 223 372 036 854 775 808\n")
write("count_max_int64_twice.csv", HEADER
      + row("2021-07-25", "Степной сельский округ", "Иванов Пётр", 9223372036854775807, "да")
      + row("2021-07-25", "Степной сельский округ", "Ким Виктор", 9223372036854775807))
write("count_exponent_and_percent.csv", HEADER
      + row("2021-07-25", "Ивановский сельский округ", "Иванов Пётр", "1E+5", "да")
      + row("2021-07-25", "Ивановский сельский округ", "Ким Виктор", "45%"))
write("count_voters_huge_decimal.csv", "Дата,Область,Район,Сельский округ,Избирателей,Явка\n"
      "2021-07-25,Акмолинская область,Аккольский район,Ивановский сельский округ,1000,1e308\n"
      "2021-07-25,Акмолинская область,Аккольский район,Азатский сельский округ,1000,1e999\n")

# --- dates -------------------------------------------------------------------------------------------
dates = ["2023-11-05", "05.11.2023", "5.11.2023", "05/11/2023", "05-11-2023", "2023/11/05", "5 ноября 2023 г.",
         "5 қараша 2023 ж.", "5 November 2023", "November 5, 2023", "45235", "2023-11-05T00:00:00", " 2023-11-05 "]
content = "Дата,Область,Район,Сельский округ,Кандидат,Голоса\n"
for i, d in enumerate(dates):
    content += f"\"{d}\",Акмолинская область,Аккольский район,Даты {i + 1} сельский округ,Кандидат {i + 1},{100 + i}\n"
write("dates_many_formats.csv", content)
write("dates_invalid.csv", "Дата,Область,Район,Сельский округ,Кандидат,Голоса\n"
      "30.02.2023,Акмолинская область,Аккольский район,Первый сельский округ,Иванов,100\n"
      "11/30/2023,Акмолинская область,Аккольский район,Второй сельский округ,Петров,100\n"
      "05.11.23,Акмолинская область,Аккольский район,Третий сельский округ,Сидоров,100\n"
      "2023-13-01,Акмолинская область,Аккольский район,Четвёртый сельский округ,Ким,100\n"
      "завтра,Акмолинская область,Аккольский район,Пятый сельский округ,Ли,100\n"
      "99999,Акмолинская область,Аккольский район,Шестой сельский округ,Ан,100\n")

# --- line endings and layout ---------------------------------------------------------------------------
write("cr_line_endings.csv", (HEADER + good_rows("Кировский сельский округ")).replace("\n", "\r"))
write("ragged_rows.csv", HEADER
      + "2021-07-25," + PLACE + ",Садовый сельский округ,Иванов Пётр,самовыдвижение,1200,да,лишнее,ещё\n"
      + "2021-07-25," + PLACE + ",Садовый сельский округ,Ким Виктор\n")
write("duplicate_headers.csv", "Дата,Область,Район,Сельский округ,Кандидат,Голоса,Голоса\n"
      "2021-07-25,Акмолинская область,Аккольский район,Двойной сельский округ,Иванов,100,200\n")
write("title_rows_before_header.csv", "Итоги выборов акимов сельских округов\n;\nпо состоянию на 26.07.2021\n"
      + HEADER + good_rows("Трудовой сельский округ"))

# --- workbooks ---------------------------------------------------------------------------------------------
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                 'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
ROOT_RELS = (f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}"><Relationship Id="rId1" '
             f'Type="{RELNS}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = (f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{RELNS}"><sheets>'
            f'<sheet name="Итоги" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}">'
                 f'<Relationship Id="rId1" Type="{RELNS}/worksheet" Target="worksheets/sheet1.xml"/>'
                 f'<Relationship Id="rId2" Type="{RELNS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>')


def inline(ref, text):
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def sheet(rows):
    body = ""
    for r, cells in enumerate(rows, start=1):
        body += f'<row r="{r}">'
        for c, value in enumerate(cells):
            ref = "ABCDEFGHIJ"[c] + str(r)
            if isinstance(value, int):
                body += f'<c r="{ref}"><v>{value}</v></c>'
            elif value.startswith("<c"):
                body += value.replace("REF", ref)
            else:
                body += inline(ref, value)
        body += "</row>"
    return f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>{body}</sheetData></worksheet>'


HEAD = ["Дата", "Область", "Район", "Сельский округ", "Кандидат", "Голоса"]
PLACE3 = ["Акмолинская область", "Аккольский район"]


def workbook(name, parts, compression=zipfile.ZIP_DEFLATED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as z:
        for part, data in parts:
            z.writestr(zipfile.ZipInfo(part, (2021, 7, 26, 0, 0, 0)), data, compress_type=compression)
    write(name, buffer.getvalue())
    return buffer.getvalue()


STANDARD = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS), ("xl/workbook.xml", WORKBOOK),
            ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)]

write("xls_named.xlsx", bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504) + bytes(range(256)) * 2)
workbook("zip_not_workbook.xlsx", [("readme.txt", "Это не книга Excel.\n"), ("photo.jpg", bytes(range(256)))])
workbook("xlsx_without_workbook.xlsx", [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS)])
workbook("xlsx_without_sheet.xlsx", STANDARD)
workbook("xlsx_without_shared_strings.xlsx", STANDARD + [("xl/worksheets/sheet1.xml", sheet([
    ['<c r="REF" t="s"><v>0</v></c>', '<c r="REF" t="s"><v>1</v></c>'], ['<c r="REF" t="s"><v>2</v></c>', 5]]))])
good = workbook("xlsx_formula_names.xlsx", STANDARD + [("xl/worksheets/sheet1.xml", sheet([
    HEAD,
    ["2021-07-25"] + PLACE3 + ["Формульный сельский округ", "=1+2", 500],
    ["2021-07-25"] + PLACE3 + ["Формульный сельский округ", "@SUM(A1)", 40],
    ["2021-07-25"] + PLACE3 + ["Формульный сельский округ", '<c r="REF" t="str"><f>CONCAT("Ким"," Виктор")</f><v>Ким Виктор</v></c>', 30],
]))])
write("xlsx_truncated.xlsx", good[: len(good) // 2])
workbook("xlsx_invalid_xml.xlsx", STANDARD + [("xl/worksheets/sheet1.xml",
         f'<?xml version="1.0"?><worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Дата'
         '</is></c></row></sheetData></worksheet>')])
workbook("xlsx_bad_cell_reference.xlsx", STANDARD + [("xl/worksheets/sheet1.xml", sheet([HEAD]).replace(
    "</sheetData>", '<row r="2"><c r="A99999999999"><v>1</v></c></row></sheetData>'))])
# A stored (uncompressed) sheet whose bytes were changed after the checksum was written.
stored = workbook("xlsx_bad_checksum.xlsx", STANDARD + [("xl/worksheets/sheet1.xml", sheet([
    HEAD, ["2021-07-25"] + PLACE3 + ["Контрольный сельский округ", "Иванов Пётр", 1200]]))], zipfile.ZIP_STORED)
write("xlsx_bad_checksum.xlsx", stored.replace(b"<v>1200</v>", b"<v>9200</v>"))
workbook("odf_named.xlsx", [("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
                            ("content.xml", "<office:document-content/>")], zipfile.ZIP_STORED)
write("csv_named.xlsx", HEADER + good_rows("Красноборский сельский округ"))
workbook("xlsx_sheet_is_chart.xlsx", [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
         ("xl/workbook.xml", WORKBOOK),
         ("xl/_rels/workbook.xml.rels", f'<?xml version="1.0"?><Relationships xmlns="{PKG}"><Relationship Id="rId1" '
          f'Type="{RELNS}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>'),
         ("xl/chartsheets/sheet1.xml", "<chartsheet/>")])
