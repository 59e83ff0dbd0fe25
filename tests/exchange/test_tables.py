"""Reading staff lists as offices save them: hand-made bytes in every encoding and separator,
workbooks written the way Excel does, and bad files that must give a clear message."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lernpartner_desktop.exchange import tables
from lernpartner_desktop.exchange.columns import suggest
from lernpartner_desktop.exchange.tables import FileRefused, decode, read_table

# Rows with umlauts, ß, ş and ł; the third row's job holds the separator of a comma file.
NAMES = [
    ("00101", "Jörg", "Müller", "Geschäftsführung", "Kassel"),
    ("00102", "Käthe", "Groß", "Vertrieb, Innendienst", "Baunatal"),
    ("00103", "Ayşe", "Yılmaz", "Qualitätssicherung", "Kassel"),
    ("00104", "Łukasz", "Wójcik", "Schweißerei", "Fulda"),
]
HEADER = ("Personalnummer", "Vorname", "Nachname", "Abteilung", "Standort")


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_csv_as_german_excel_saves_it_windows_1252_semicolon_crlf(tmp_path: Path) -> None:
    # Excel's "CSV (Trennzeichen-getrennt)" on a German Windows: ANSI, ";" and CRLF, and a
    # separator after the last field when the last column is empty. Written byte by byte.
    data = (
        b"Personalnummer;Vorname;Nachname;Abteilung;Standort;\r\n"
        b"00101;J\xf6rg;M\xfcller;Gesch\xe4ftsf\xfchrung;Kassel;\r\n"
        b"00102;K\xe4the;Gro\xdf;Vertrieb, Innendienst;Baunatal;\r\n"
        b";;;;;\r\n"
        b"00105;Sabine;Wei\xdf;Einkauf;;\r\n"
    )
    t = read_table(write(tmp_path, "liste.csv", data))
    assert (t.encoding, t.delimiter, t.kind) == ("cp1252", ";", "csv")
    assert t.headers == list(HEADER)
    assert t.rows[0][:5] == ["00101", "Jörg", "Müller", "Geschäftsführung", "Kassel"]
    assert t.rows[1][3] == "Vertrieb, Innendienst"
    assert t.rows[2][:5] == ["00105", "Sabine", "Weiß", "Einkauf", None]
    assert t.lines == [2, 3, 5]  # the empty line 4 is skipped, the numbers stay true


def test_utf8_with_bom_comma_quoted_line_break_and_trailing_separator(tmp_path: Path) -> None:
    data = (
        "\ufeffPersonalnummer,Vorname,Nachname,Abteilung,Standort\r\n"
        '00103,Ayşe,Yılmaz,"Qualitäts-\nsicherung",Kassel\r\n'
        "\r\n"
        '00104,Łukasz,Wójcik,"Schweißerei, Halle 2",Fulda,\r\n'
    ).encode("utf-8")
    t = read_table(write(tmp_path, "liste.csv", data))
    assert (t.encoding, t.delimiter) == ("utf-8-sig", ",")
    assert t.headers[0] == "Personalnummer"  # the BOM is not part of the first header
    assert t.rows[0][1:4] == ["Ayşe", "Yılmaz", "Qualitäts-\nsicherung"]
    assert t.rows[1][3] == "Schweißerei, Halle 2"
    assert t.lines == [2, 5]  # the quoted line break spans lines 2 and 3


def test_utf8_without_bom_and_tab(tmp_path: Path) -> None:
    lines = ["\t".join(HEADER)] + ["\t".join(r) for r in NAMES]
    t = read_table(write(tmp_path, "liste.txt", "\n".join(lines).encode("utf-8")))
    assert (t.encoding, t.delimiter) == ("utf-8", "\t")
    assert [tuple(r) for r in t.rows] == NAMES


def test_excel_unicode_text_is_utf16_with_tabs(tmp_path: Path) -> None:
    # Excel's "Unicode-Text (*.txt)": UTF-16 little endian with BOM, tab-separated, CRLF.
    text = "\r\n".join("\t".join(r) for r in [HEADER, *NAMES]) + "\r\n"
    t = read_table(write(tmp_path, "liste.txt", b"\xff\xfe" + text.encode("utf-16-le")))
    assert (t.encoding, t.delimiter) == ("utf-16", "\t")
    assert [tuple(r) for r in t.rows] == NAMES


def test_dos_code_page_850_from_csv_ms_dos(tmp_path: Path) -> None:
    # Excel's "CSV (MS-DOS)": code page 850. ü is 0x81, a byte Windows-1252 leaves undefined.
    data = b"Vorname;Nachname;Abteilung\r\nJ\x94rg;M\x81ller;B\x81ro\r\nK\x84the;Gro\xe1;Lager\r\n"
    t = read_table(write(tmp_path, "dos.csv", data))
    assert t.encoding == "cp850"
    assert t.rows == [["Jörg", "Müller", "Büro"], ["Käthe", "Groß", "Lager"]]


@pytest.mark.parametrize(
    "text",
    ["Vorname;Nachname\r\nJörg;Müller\r\n", "Name;Abteilung\r\nKäthe Groß;Büro\r\n", "Weiß;ä"],
)
def test_a_short_german_file_is_not_mac_icelandic(text: str) -> None:
    # charset-normalizer calls these cp1250 and their DOS twins mac_iceland or cp932.
    assert decode(text.encode("cp1252")) == (text, "cp1252")
    assert decode(text.encode("cp850")) == (text, "cp850")
    assert decode(text.encode("utf-8")) == (text, "utf-8")


def test_semicolon_file_whose_values_hold_commas_is_not_taken_for_comma(tmp_path: Path) -> None:
    # "Name, Vorname" as payroll lists write it: the standard library's Sniffer picks ",".
    data = (
        "Name, Vorname;Abteilung\r\nMüller, Jörg;Vertrieb\r\nGroß, Käthe;Lager\r\nWeiß, Anja;IT\r\n"
    ).encode("cp1252")
    assert csv.Sniffer().sniff(data.decode("cp1252")).delimiter == ","
    t = read_table(write(tmp_path, "ad.csv", data))
    assert t.delimiter == ";"
    assert t.rows[0] == ["Müller, Jörg", "Vertrieb"]
    assert suggest(t.headers) == ["name", "department"]
    more = (
        "Name;Ich biete;Ich suche\r\n"
        "Jörg Müller;Excel, SAP, Kalkulation;Englisch, Präsentieren\r\n"
        "Käthe Groß;Englisch, Französisch;Excel\r\n"
    ).encode("cp1252")
    t = read_table(write(tmp_path, "ad2.csv", more))
    assert t.delimiter == ";" and t.rows[1] == ["Käthe Groß", "Englisch, Französisch", "Excel"]


def test_title_rows_above_the_header_are_skipped(tmp_path: Path) -> None:
    data = (
        "Mitarbeiterliste Müller & Söhne;;;\r\nStand: 01.11.2026;;;\r\n;;;\r\n"
        "Name;Abteilung;E-Mail;Vorgesetzte/r\r\nJörg Müller;GF;jm@firma.de;\r\n"
    ).encode("cp1252")
    t = read_table(write(tmp_path, "t.csv", data))
    assert t.header_line == 4 and t.headers == ["Name", "Abteilung", "E-Mail", "Vorgesetzte/r"]
    assert suggest(t.headers) == ["name", "department", "email", "manager"]
    assert t.lines == [5]


def excel_like_workbook(path: Path) -> None:
    """A staff list the way people keep it in Excel: a title, dates and text numbers."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Mitarbeiter"
    ws["A1"] = "Mitarbeiterliste – Stand November 2026"
    ws.merge_cells("A1:F1")
    ws.append([])
    ws.append(["Pers.-Nr.", "Name", "Vorname", "Eintritt", "Geburtsdatum", "Telefon"])
    ws.append(["00123", "Müller", "Jörg", dt.date(1998, 4, 1), dt.date(1966, 5, 17), "0561 12345"])
    ws.append(["00124", "Yılmaz", "Ayşe", 43891, 29587, "+49 561 98765"])  # serial dates
    ws.append([125, "Wójcik", "Łukasz", "15.03.2012", "1985", 561777])
    for row in (4, 5):
        ws.cell(row, 1).number_format = "@"  # text: the leading zeros stay
    ws.cell(4, 4).number_format = "DD.MM.YYYY"
    wb.create_sheet("Leer")
    wb.save(path)


def test_xlsx_with_title_row_date_cells_serial_dates_and_leading_zeros(tmp_path: Path) -> None:
    from lernpartner_desktop.exchange.people_import import records

    path = tmp_path / "Mitarbeiter.xlsx"
    excel_like_workbook(path)
    t = read_table(path)
    assert (t.kind, t.sheet, t.header_line) == ("workbook", "Mitarbeiter", 3)
    assert t.sheets == ["Mitarbeiter", "Leer"]
    assert t.rows[0][0] == "00123" and t.rows[0][3] == dt.date(1998, 4, 1)
    mapping = suggest(t.headers)
    assert mapping == ["personnel_number", "last_name", "first_name", "entry_date",
                       "birth_date", "phone"]  # fmt: skip
    recs = records(t, mapping)
    assert [r.line for r in recs] == [4, 5, 6]
    first, second, third = (r.values for r in recs)
    assert first == {
        "name": "Jörg Müller",
        "personnel_number": "00123",
        "entry_date": dt.date(1998, 4, 1),
        "birth_year": 1966,
        "phone": "0561 12345",
    }
    assert second["entry_date"] == dt.date(2020, 3, 1)  # serial 43891
    assert second["birth_year"] == 1981  # serial 29587 is 1981-01-01
    assert second["phone"] == "+49 561 98765"
    assert third["personnel_number"] == "125" and third["phone"] == "561777"
    assert third["entry_date"] == dt.date(2012, 3, 15) and third["birth_year"] == 1985


# -- round trips ------------------------------------------------------------------------------

ALPHABETS = {
    "utf-8": st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff"),
    # German text in Windows-1252: never valid UTF-8, so never taken for it.
    "cp1252": st.sampled_from("abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 .,;:-_/()&'\"\täöüÄÖÜß"),
}


def cell(alphabet: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return (
        st.text(alphabet | st.just("\n"), max_size=12)
        .map(str.strip)
        .filter(lambda s: not s.startswith("'"))
    )


@st.composite
def tables_of(draw: st.DrawFn, encoding: str) -> list[list[str]]:
    width = draw(st.integers(2, 5))
    header = ["Name", "Abteilung", "Standort", "E-Mail", "Telefon"][:width]
    rows = draw(
        st.lists(
            st.lists(cell(ALPHABETS[encoding]), min_size=width, max_size=width).filter(
                lambda r: any(r)
            ),
            min_size=1,
            max_size=12,
        )
    )
    return [header, *rows]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.data(),
    delimiter=st.sampled_from([";", ",", "\t", "|"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
    newline=st.sampled_from(["\r\n", "\n"]),
)
def test_random_tables_in_every_dialect_read_back_the_same(
    tmp_path_factory: pytest.TempPathFactory,
    data: st.DataObject,
    delimiter: str,
    encoding: str,
    newline: str,
) -> None:
    rows = data.draw(tables_of("cp1252" if encoding == "cp1252" else "utf-8"))
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator=newline).writerows(rows)
    path = tmp_path_factory.mktemp("rt") / "t.csv"
    path.write_bytes(buffer.getvalue().encode(encoding))
    t = read_table(path)
    assert t.delimiter == delimiter
    assert t.headers == rows[0]
    expected = [[c or None for c in r] for r in rows[1:]]
    assert [r[: len(rows[0])] for r in t.rows] == expected


# -- bad files --------------------------------------------------------------------------------


def refused(path: Path) -> str:
    with pytest.raises(FileRefused) as err:
        read_table(path)
    return err.value.message()


def test_a_file_that_is_neither_csv_nor_a_workbook(tmp_path: Path) -> None:
    png = bytes.fromhex("89504e470d0a1a0a0000000d49484452") + os.urandom(200)
    assert "neither a CSV file nor an Excel workbook" in refused(write(tmp_path, "a.csv", png))
    pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nstream\n\x00\x01\x02\nendstream"
    assert "neither" in refused(write(tmp_path, "b.xlsx", pdf))
    docx = io.BytesIO()
    import zipfile

    with zipfile.ZipFile(docx, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    assert "neither" in refused(write(tmp_path, "c.xlsx", docx.getvalue()))


def test_a_password_protected_workbook(tmp_path: Path) -> None:
    from msoffcrypto.format.ooxml import OOXMLFile
    from openpyxl import Workbook

    plain = io.BytesIO()
    wb = Workbook()
    wb.active.append(["Name", "Abteilung"])
    wb.active.append(["Jörg Müller", "IT"])
    wb.save(plain)
    plain.seek(0)
    locked = io.BytesIO()
    OOXMLFile(plain).encrypt("geheim", locked)
    message = refused(write(tmp_path, "geheim.xlsx", locked.getvalue()))
    assert "protected by a password" in message and "geheim.xlsx" in message


def test_a_damaged_workbook(tmp_path: Path) -> None:
    path = tmp_path / "ok.xlsx"
    excel_like_workbook(path)
    data = path.read_bytes()
    cut = write(tmp_path, "kaputt.xlsx", data[: len(data) // 2])
    assert "damaged" in refused(cut) or "neither" in refused(cut)


def test_empty_file_only_a_header_and_a_folder(tmp_path: Path) -> None:
    assert "is empty" in refused(write(tmp_path, "leer.csv", b""))
    assert "is empty" in refused(write(tmp_path, "leer2.csv", b"\r\n  \r\n"))
    message = refused(write(tmp_path, "kopf.csv", b"Name;Abteilung\r\n"))
    assert "only a header" in message
    (tmp_path / "ordner.csv").mkdir()
    assert "folder" in refused(tmp_path / "ordner.csv")
    assert "does not exist" in refused(tmp_path / "fehlt.csv")


def test_one_hundred_thousand_rows_are_refused_with_a_reason(tmp_path: Path) -> None:
    lines = ["Name;Abteilung"] + [f"Person {i};Abteilung {i % 9}" for i in range(100_000)]
    big = write(tmp_path, "gross.csv", "\r\n".join(lines).encode())
    assert "more than 10000 rows" in refused(big)
    import xlsxwriter

    book = xlsxwriter.Workbook(str(tmp_path / "gross.xlsx"), {"constant_memory": True})
    sheet = book.add_worksheet()
    for i in range(100_001):
        sheet.write_string(i, 0, f"Person {i}")
    book.close()
    assert "more than 10000 rows" in refused(tmp_path / "gross.xlsx")


def test_a_huge_field(tmp_path: Path) -> None:
    data = ("Name;Abteilung\r\nJörg;" + "x" * 50_000 + "\r\n").encode()
    assert "longer than 10000 characters" in refused(write(tmp_path, "h.csv", data))
    quoted = ('Name;Abteilung\r\nJörg;"' + "y;" * 200_000 + '"\r\n').encode()
    message = refused(write(tmp_path, "h2.csv", quoted))
    assert "longer than" in message or "cannot be read as CSV" in message


def test_a_file_locked_by_excel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows refuses to open a workbook that Excel holds: PermissionError, errno 13."""
    path = write(tmp_path, "offen.xlsx", b"PK\x03\x04")

    def locked(*_args: object, **_kw: object) -> None:
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(tables, "open", locked, raising=False)
    message = refused(path)
    assert "open in Excel" in message and "offen.xlsx" in message
