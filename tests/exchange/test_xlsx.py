"""The export's own XLSX writer, read back by two independent readers (openpyxl and
python-calamine): every part well-formed, hostile text unchanged, dates as dates, the frozen
header, autofilter, widths and bold header row as Excel stores them."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from lernpartner_desktop.exchange.export import collect, write_xlsx
from lernpartner_desktop.exchange.xlsx import MAX_TEXT, SheetData, column_letter, write_workbook
from lernpartner_desktop.workspace import Workspace

HOSTILE = [
    "<r>Büro</r>",  # XlsxWriter wrote this into sharedStrings.xml as raw XML
    "<r><t>x</t></r>",
    "a & b < c > d \" e ' f",
    "=SUM(A1)",
    "@HYPERLINK(1)",
    "  leading and trailing  ",
    "Zeile 1\nZeile 2\nZeile 3\tmit Tab",
    "Ayşe Yılmaz, Łukasz Wójcik, Sören Weiß",
    "emoji 🙂 and 中文",
]
# What XML cannot hold, as Excel (and XlsxWriter) store it: "_xHHHH_", which Excel decodes;
# a literal "_x0041_" is protected by escaping its underscore.
CONTROL = {
    "CR\r\nLF": "CR_x000D_\nLF",
    "bell \x07 and \x01 and \x1f": "bell _x0007_ and _x0001_ and _x001F_",
    "_x0041_ stays as typed": "_x005F_x0041_ stays as typed",
}


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def test_every_part_is_well_formed_and_declared(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_workbook(
        [
            SheetData("Personen", ["Name"], ["text"], [(t,) for t in HOSTILE]),
            SheetData("Rock 'n' Roll & Co", ["A", "B"], ["int", "text"], []),
        ],
        path,
    )
    parts = _parts(path)
    for data in parts.values():
        ET.fromstring(data)  # raises on anything not well-formed
    types = ET.fromstring(parts["[Content_Types].xml"])
    declared = {o.get("PartName") for o in types if o.tag.endswith("Override")}
    assert declared == {"/" + n for n in parts if not n.endswith(".rels") and "Content" not in n}
    rels = ET.fromstring(parts["xl/_rels/workbook.xml.rels"])
    assert {"xl/" + r.get("Target", "") for r in rels} == {
        n for n in parts if n.startswith("xl/") and n.endswith(".xml") and n != "xl/workbook.xml"
    }
    # The second sheet's filter names it quoted, as Excel writes it.
    assert b">'Rock ''n'' Roll &amp; Co'!$A$1:$B$2<" in parts["xl/workbook.xml"]
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Personen", "Rock 'n' Roll & Co"]
    assert book["Rock 'n' Roll & Co"].auto_filter.ref == "A1:B2"


def test_hostile_text_reads_back_unchanged_and_never_as_formula(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    long = "ä" * (MAX_TEXT + 10)
    texts = [*HOSTILE, *CONTROL, long]
    write_workbook([SheetData("T", ["Text"], ["text"], [(t,) for t in texts])], path)
    parts = _parts(path)
    assert b"<f>" not in parts["xl/worksheets/sheet1.xml"]
    got = [c.value for (c,) in openpyxl.load_workbook(path)["T"].iter_rows(min_row=2)]
    assert got[: len(HOSTILE)] == HOSTILE
    assert got[-1] == "ä" * MAX_TEXT  # Excel's limit for one cell
    calamine = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("T").to_python()
    assert [r[0] for r in calamine[1 : len(HOSTILE) + 1]] == HOSTILE
    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    stored = [si.find(f"{ns}t").text for si in ET.fromstring(parts["xl/sharedStrings.xml"])]
    assert stored[1 + len(HOSTILE) : -1] == list(CONTROL.values())


def test_types_dates_and_layout(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    rows = [
        ("Jörg Müller", 7, dt.date(2026, 3, 1), dt.datetime(2026, 3, 1, 16, 30), True),
        ("", None, dt.date(1900, 1, 1), dt.datetime(1900, 3, 1, 0, 0), False),
        ("x", 2**40, dt.date(1899, 12, 31), None, None),
    ]
    write_workbook(
        [
            SheetData(
                "Personen",
                ["Name", "Zahl", "Datum", "Beginn", "Aktiv"],
                ["text", "int", "date", "datetime", "bool"],
                rows,
            )
        ],
        path,
    )
    ws = openpyxl.load_workbook(path)["Personen"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:E4"
    assert all(c.font.b for c in ws[1]) and not ws["A2"].font.b
    assert [c.value for c in ws[1]] == ["Name", "Zahl", "Datum", "Beginn", "Aktiv"]
    got = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    assert got[0] == [
        "Jörg Müller",
        7,
        dt.datetime(2026, 3, 1),
        dt.datetime(2026, 3, 1, 16, 30),
        True,
    ]
    assert got[1] == [None, None, dt.datetime(1900, 1, 1), dt.datetime(1900, 3, 1), False]
    assert got[2] == ["x", 2**40, "31.12.1899", None, None]  # Excel has no date before 1900
    assert ws["C2"].number_format == "dd.mm.yyyy" and ws["D2"].number_format == "dd.mm.yyyy hh:mm"
    assert (ws["B2"].data_type, ws["E2"].data_type, ws["A2"].data_type) == ("n", "b", "s")
    assert ws.column_dimensions["A"].width > ws.column_dimensions["E"].width >= 8
    cal = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Personen").to_python()
    assert cal[1][2] == dt.date(2026, 3, 1) and cal[1][3] == dt.datetime(2026, 3, 1, 16, 30)
    assert cal[1][4] is True and cal[1][1] == 7


def test_bad_rows_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_workbook([SheetData("T", ["A", "B"], ["text", "int"], [("x",)])], tmp_path / "a")
    with pytest.raises(ValueError):
        write_workbook([SheetData("T", ["A"], ["int"], [(float("nan"),)])], tmp_path / "b")
    assert [column_letter(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]


def test_the_export_reads_back_with_calamine(demo_ws: Workspace, tmp_path: Path) -> None:
    sheets = collect(demo_ws.db)
    target = tmp_path / "Lernpartner.xlsx"
    done: list[tuple[int, int]] = []
    write_xlsx(sheets, target, lambda d, t: done.append((d, t)))
    total = sum(len(s.rows) for s in sheets)
    assert done[-1] == (total, total) and all(d <= t for d, t in done)
    book = CalamineWorkbook.from_path(str(target))
    assert book.sheet_names == [s.name() for s in sheets]
    for sheet in sheets:
        rows = book.get_sheet_by_name(sheet.name()).to_python(skip_empty_area=False)
        assert rows[0] == sheet.headers()
        assert len(rows) == len(sheet.rows) + 1
        for got, want in zip(rows[1:], sheet.rows, strict=True):
            for g, w, col in zip(got, want, sheet.columns, strict=True):
                if w is None or w == "":
                    assert g == ""
                elif col.kind == "int":
                    assert g == w
                else:
                    assert g == w, (sheet.title, col.header)
