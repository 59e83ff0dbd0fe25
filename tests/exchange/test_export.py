"""Exports read back with openpyxl and csv: every row and type as stored, formulas neutralised,
nothing confidential."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from lernpartner_desktop.base import i18n
from lernpartner_desktop.core.demo import DEMO_PASSPHRASE
from lernpartner_desktop.exchange.export import collect, csv_value, write_csv, write_xlsx
from lernpartner_desktop.workspace import Workspace
from tests.conftest import add_person


def as_stored(value: object, kind: str) -> object:
    """What openpyxl gives back for a value we wrote: dates come back as datetimes."""
    if value == "" or value is None:
        return None
    if kind == "date":
        assert isinstance(value, dt.date)
        return dt.datetime.combine(value, dt.time())
    return value


def test_xlsx_has_every_row_and_type_as_stored(demo_ws: Workspace, tmp_path: Path) -> None:
    sheets = collect(demo_ws.db)
    target = tmp_path / "Lernpartner.xlsx"
    write_xlsx(sheets, target)
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == [s.name() for s in sheets]
    assert [s.name() for s in sheets] == [
        "People", "Programs", "Participations", "Partnerships", "Phases", "Learning goals",
        "Learning packages", "Meetings",
    ]  # fmt: skip
    for sheet in sheets:
        ws = book[sheet.name()]
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref == f"A1:{ws.cell(1, len(sheet.columns)).column_letter}" + str(
            max(2, len(sheet.rows) + 1)
        )
        rows = list(ws.iter_rows(values_only=True))
        assert list(rows[0]) == sheet.headers()
        assert len(rows) - 1 == len(sheet.rows) > 0
        for got, want in zip(rows[1:], sheet.rows, strict=True):
            assert list(got) == [
                as_stored(v, c.kind) for v, c in zip(want, sheet.columns, strict=True)
            ]
        for col, c in enumerate(sheet.columns, start=1):
            cell = ws.cell(2, col)
            if cell.value is None:
                continue
            if c.kind in ("date", "datetime"):
                assert cell.is_date and cell.number_format.startswith("dd.mm.yyyy")
            elif c.kind == "int":
                assert cell.data_type == "n"
            elif c.kind == "bool":
                assert cell.data_type == "b"
            else:
                assert cell.data_type == "s"
        assert ws.column_dimensions["B"].width > 8
    meetings = book["Meetings"]
    assert isinstance(meetings.cell(2, 5).value, dt.datetime)
    assert len(sheets[-1].rows) == sum(1 for _ in demo_ws.db.engine.connect().exec_driver_sql(
        "SELECT id FROM meeting"
    ))  # fmt: skip


def test_csv_for_german_excel(demo_ws: Workspace, tmp_path: Path) -> None:
    sheets = collect(demo_ws.db)
    files = write_csv(sheets, tmp_path / "export")
    assert [f.name for f in files] == [f"{s.name()}.csv" for s in sheets]
    for sheet, path in zip(sheets, files, strict=True):
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
        rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
        assert rows[0] == sheet.headers()
        kinds = [c.kind for c in sheet.columns]
        assert rows[1:] == [
            [csv_value(v, k) for v, k in zip(r, kinds, strict=True)] for r in sheet.rows
        ]
    people = list(csv.reader(io.StringIO(files[0].read_text("utf-8-sig")), delimiter=";"))
    consent = people[0].index("Consent given on")
    assert any(len(r[consent]) == 10 and r[consent][2] == "." for r in people[1:])


def test_formula_injection_is_neutralised(ws: Workspace, tmp_path: Path) -> None:
    add_person(
        ws,
        '=HYPERLINK("http://x","klick")',
        department="+1+1",
        job_title="-2+3",
        location="@SUM(A1)",
        phone="+49 561 12345",
    )
    sheets = collect(ws.db)
    write_xlsx(sheets, tmp_path / "x.xlsx")
    ws_x = openpyxl.load_workbook(tmp_path / "x.xlsx")["People"]
    row = [c for c in ws_x[2]]
    assert row[1].value == '=HYPERLINK("http://x","klick")' and row[1].data_type == "s"
    assert [c.value for c in row[2:5]] == ["+1+1", "-2+3", "@SUM(A1)"]
    assert all(c.data_type == "s" for c in row[1:8] if c.value is not None)
    with zipfile.ZipFile(tmp_path / "x.xlsx") as z:
        sheet_xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml  # no formula anywhere
    (path,) = [p for p in write_csv(sheets, tmp_path / "c") if p.stem == "People"]
    line = path.read_text("utf-8-sig").splitlines()[1].split(";")
    assert line[1].startswith("\"'=HYPERLINK")
    assert line[2:5] == ["'+1+1", "'-2+3", "'@SUM(A1)"] and line[7] == "'+49 561 12345"


def test_nothing_confidential_is_exported(demo_ws: Workspace, tmp_path: Path) -> None:
    if not demo_ws.vault.unlocked:
        demo_ws.vault.unlock(DEMO_PASSPHRASE)
    secrets: list[str] = []
    for row in demo_ws.partnerships.rows():
        d = demo_ws.partnerships.detail(row.id)
        secrets += [j.body.text or "" for j in d.journal]
        secrets += [c.comment.text or "" for c in d.check_ins]
        secrets.append(d.dissolve_reason.text or "")
        secrets += [n.body.text or "" for n in demo_ws.gap_notes.for_partnership(row.id)]
    for person in demo_ws.people.list_rows():
        secrets += [n.title.text or "" for n in demo_ws.gap_notes.for_person(person.id)]
    secrets = [s for s in secrets if len(s) > 12]
    assert len(secrets) > 10
    sheets = collect(demo_ws.db)
    write_xlsx(sheets, tmp_path / "x.xlsx")
    files = write_csv(sheets, tmp_path / "c")
    with zipfile.ZipFile(tmp_path / "x.xlsx") as z:
        blobs = [z.read(n).decode("utf-8", "replace") for n in z.namelist()]
    blobs += [f.read_text("utf-8-sig") for f in files]
    text = "\n".join(blobs)
    for secret in secrets:
        assert secret not in text


def test_headers_in_the_ui_language(ws: Workspace, tmp_path: Path) -> None:
    german = {"People": "Personen", "Name": "Name", "Department": "Abteilung"}
    i18n.set_translator(lambda _ctx, text, *_: german.get(text, text))
    try:
        add_person(ws, "Jörg Müller", department="IT")
        sheets = collect(ws.db)
        write_xlsx(sheets, tmp_path / "de.xlsx")
    finally:
        i18n.set_translator(None)
    book = openpyxl.load_workbook(tmp_path / "de.xlsx")
    assert book.sheetnames[0] == "Personen"
    assert [c.value for c in book["Personen"][1]][1:3] == ["Name", "Abteilung"]


def test_a_failed_export_leaves_no_half_file(demo_ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "x.xlsx"
    target.write_bytes(b"the old export")
    sheets = collect(demo_ws.db)
    sheets[-1].rows.append(("not a number",) * 10)  # write_number refuses it half-way
    with pytest.raises(Exception):  # noqa: B017 - any error: the point is what stays behind
        write_xlsx(sheets, target)
    assert target.read_bytes() == b"the old export"
    assert [p.name for p in out.iterdir()] == ["x.xlsx"]


def test_text_that_looks_like_xml_comes_back_as_typed(ws: Workspace, tmp_path: Path) -> None:
    """XlsxWriter writes a string shaped like its rich-text XML unescaped; ours must not be."""
    odd = ['<r><t>Chef</t></r>', "<r>x</r>", "A & B <c>", "Łucja Şahin 😀"]
    for i, text in enumerate(odd):
        add_person(ws, f"Person {i}", department=text)
    write_xlsx(collect(ws.db), tmp_path / "x.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "x.xlsx")["People"]
    header = [c.value for c in sheet[1]]
    col = header.index("Department")
    shown = {row[col].value for row in sheet.iter_rows(min_row=2)}
    assert set(odd) <= shown
