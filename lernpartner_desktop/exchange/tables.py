"""Reading a table from a file as German offices save them: CSV (any common dialect) or a
workbook (XLSX, XLS, ODS through python-calamine).

What a file is comes from its first bytes, not its name: a ZIP is a workbook, an OLE2 file is
an old .xls or a password-protected workbook, anything else must be text. Text encodings
follow one small, strict rule instead of a statistical guess (charset-normalizer calls a
short German Windows-1252 file "cp1250" and its DOS twin "mac_iceland"):

1. a byte-order mark says it (UTF-8, UTF-16 as Excel's "Unicode text" writes it);
2. else the bytes are valid UTF-8: UTF-8;
3. else Windows-1252 (Excel's "CSV (Trennzeichen-getrennt)" on a German Windows), unless
   the DOS code page 850 ("CSV (MS-DOS)") decodes strictly more German letters.

The separator is the one of ``;``, tab, ``,``, ``|`` that splits the first records into
the most rows of one and the same width (the standard library's Sniffer picks ``,`` for
German files whose values hold commas).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from lernpartner_desktop.base.errors import ValidationError
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP

Cell = str | int | float | dt.date | dt.datetime | None

#: A staff list of a small business has a few hundred rows; past this it is the wrong file.
MAX_ROWS = 10_000
#: The longest single value we accept (a cell, not a file).
MAX_FIELD = 10_000
#: How many rows at the top may be titles above the header.
HEADER_SEARCH = 30
DELIMITERS = (";", "\t", ",", "|")
_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# In an encrypted OOXML workbook (an OLE2 container) this stream name is UTF-16LE.
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_GERMAN = frozenset("äöüÄÖÜß")


class FileRefused(ValidationError):
    """The file cannot be read as a table; the message says why and what to do."""


@dataclass
class Table:
    """The rows of a file below its header, as typed cells.

    ``lines`` holds the row number a person sees in Excel or an editor (1-based) for each row,
    so that a problem can name it.
    """

    headers: list[str]
    rows: list[list[Cell]]
    lines: list[int]
    kind: str  # "csv" or "workbook"
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    sheets: list[str] = field(default_factory=list)
    header_line: int = 1


def _refuse(text: str, **params: object) -> FileRefused:
    return FileRefused(text, field="file", **params)


def read_table(path: Path, sheet: str | None = None) -> Table:
    """Read ``path`` as a table; raise :class:`FileRefused` with a readable reason."""
    data = _read_bytes(path)
    if not data.strip():
        raise _refuse(QT_TRANSLATE_NOOP("Errors", "The file {file} is empty."), file=path.name)
    if data.startswith(_ZIP):
        return _read_workbook(data, path, sheet)
    if data.startswith(_OLE2):
        if _ENCRYPTED in data:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The workbook {file} is protected by a password. Open it in Excel, remove "
                    "the password (File > Info > Protect Workbook) and save it again.",
                ),
                file=path.name,
            )
        return _read_workbook(data, path, sheet)
    return _read_csv(data, path)


def _read_bytes(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(200 * 1024 * 1024 + 1)
    except FileNotFoundError as exc:
        raise _refuse(
            QT_TRANSLATE_NOOP("Errors", "The file {file} does not exist (any more)."),
            file=str(path),
        ) from exc
    except PermissionError as exc:
        # Windows refuses to share a workbook that is open in Excel.
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file {file} cannot be opened: it is probably open in Excel or another "
                "program. Close it there and try again.",
            ),
            file=path.name,
        ) from exc
    except IsADirectoryError as exc:
        raise _refuse(
            QT_TRANSLATE_NOOP("Errors", "{file} is a folder, not a file."), file=path.name
        ) from exc
    except OSError as exc:
        raise _refuse(
            QT_TRANSLATE_NOOP("Errors", "The file {file} cannot be read: {reason}"),
            file=path.name,
            reason=exc.strerror or str(exc),
        ) from exc


def _not_a_table(path: Path) -> FileRefused:
    return _refuse(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The file {file} is neither a CSV file nor an Excel workbook. In Excel, choose "
            'File > Save as > "Excel workbook (*.xlsx)" or "CSV (semicolon-separated)".',
        ),
        file=path.name,
    )


# -- text ------------------------------------------------------------------------------------


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name) by the strict rule of the module docstring; raises ValueError."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data:
        raise ValueError("binary")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        ansi: str | None = data.decode("cp1252")
    except UnicodeDecodeError:
        ansi = None  # five bytes that Windows-1252 leaves undefined: ü is one of them in DOS
    dos = data.decode("cp850")  # defines all 256 bytes
    if ansi is None or sum(c in _GERMAN for c in dos) > sum(c in _GERMAN for c in ansi):
        return dos, "cp850"
    return ansi, "cp1252"


def _looks_like_text(text: str) -> bool:
    """Control characters other than tab and line breaks mean a binary file, not a CSV."""
    sample = text[:20000]
    bad = sum(1 for c in sample if ord(c) < 32 and c not in "\t\r\n")
    return bad <= max(2, len(sample) // 1000)


def _records(text: str, delimiter: str, limit: int | None = None) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    out = []
    for record in reader:
        out.append(record)
        if limit is not None and len(out) >= limit:
            break
    return out


def _width(record: list[str]) -> int:
    """Fields up to the last non-empty one: trailing separators do not count."""
    n = len(record)
    while n and not record[n - 1].strip():
        n -= 1
    return n


def detect_delimiter(text: str) -> str:
    """The separator that gives the most records of one common width (more than one field)."""
    sample = text[:65536]
    best, best_score = DELIMITERS[0], (0, 0)
    for d in DELIMITERS:
        try:
            records = [r for r in _records(sample, d, 60) if _width(r)]
        except csv.Error:  # a field past the csv module's limit: _read_csv reports it
            continue
        if len(text) > len(sample) and len(records) > 1:
            records = records[:-1]  # the sample may cut the last record in half
        # Excel writes the same number of separators on every line; other tools trim the
        # empty ones at the end. Either way most lines share one width.
        for widths in (Counter(map(len, records)), Counter(map(_width, records))):
            if not widths:
                continue
            common, count = widths.most_common(1)[0]
            score = (count, common) if common > 1 else (0, 0)
            if score > best_score:
                best, best_score = d, score
    return best


def _read_csv(data: bytes, path: Path) -> Table:
    try:
        text, encoding = decode(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise _not_a_table(path) from exc
    if not _looks_like_text(text):
        raise _not_a_table(path)
    delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    raw: list[list[Cell]] = []
    lines: list[int] = []
    try:
        read = 0
        for record in reader:
            # A record may span lines (a quoted line break); name the line it starts on.
            start, read = read + 1, reader.line_num
            if not any(v.strip() for v in record):
                continue
            if any(len(v) > MAX_FIELD for v in record):
                raise _refuse(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Line {line} of {file} holds a value longer than {max} characters. "
                        "Is this really a staff list?",
                    ),
                    line=start,
                    file=path.name,
                    max=MAX_FIELD,
                )
            raw.append([_csv_cell(v) for v in record])
            lines.append(start)
            if len(raw) > MAX_ROWS + HEADER_SEARCH:
                raise _too_many(path)
    except csv.Error as exc:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Errors", "The file {file} cannot be read as CSV near line {line}: {reason}"
            ),
            file=path.name,
            line=reader.line_num,
            reason=str(exc),
        ) from exc
    return _with_header(raw, lines, path, kind="csv", encoding=encoding, delimiter=delimiter)


def _csv_cell(value: str) -> Cell:
    value = value.strip()
    # Our own CSV export (and others) guard formula-like text with a leading apostrophe.
    if len(value) > 1 and value[0] == "'" and value[1] in "=+-@":
        value = value[1:]
    return value or None


def _too_many(path: Path) -> FileRefused:
    return _refuse(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The file {file} has more than {max} rows. A staff list of a small business has "
            "far fewer: please save only the staff list (one sheet) and try again.",
        ),
        file=path.name,
        max=MAX_ROWS,
    )


# -- workbooks -------------------------------------------------------------------------------


def _read_workbook(data: bytes, path: Path, sheet: str | None) -> Table:
    from python_calamine import CalamineWorkbook, PasswordError

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    except PasswordError as exc:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The workbook {file} is protected by a password. Open it in Excel, remove "
                "the password (File > Info > Protect Workbook) and save it again.",
            ),
            file=path.name,
        ) from exc
    except Exception as exc:  # calamine raises its own kinds (ZipError, XmlError, ...)
        if data.startswith(_ZIP) and b"content.xml" not in data[:4096] and b"xl/" not in data:
            raise _not_a_table(path) from exc  # a ZIP, but not of a workbook
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The workbook {file} is damaged and cannot be read ({reason}). Open it in Excel "
                "and save it again, or save it as CSV.",
            ),
            file=path.name,
            reason=type(exc).__name__,
        ) from exc
    names = [
        m.name
        for m in book.sheets_metadata
        if str(m.typ).endswith("WorkSheet") and str(m.visible).endswith(".Visible")
    ] or list(book.sheet_names)
    chosen = sheet if sheet in names else None
    try:
        if chosen is None:
            # The first sheet with something in it.
            for name in names:
                if book.get_sheet_by_name(name).height > 0:
                    chosen = name
                    break
            else:
                raise _refuse(
                    QT_TRANSLATE_NOOP("Errors", "The workbook {file} has no data."),
                    file=path.name,
                )
        ws = book.get_sheet_by_name(chosen)
        if ws.height > MAX_ROWS + HEADER_SEARCH:
            raise _too_many(path)
        first_row = ws.start[0] if ws.start else 0
        rows = ws.to_python(skip_empty_area=True)
    except FileRefused:
        raise
    except Exception as exc:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The workbook {file} is damaged and cannot be read ({reason}). Open it in Excel "
                "and save it again, or save it as CSV.",
            ),
            file=path.name,
            reason=type(exc).__name__,
        ) from exc
    finally:
        book.close()
    raw: list[list[Cell]] = []
    lines: list[int] = []
    for i, row in enumerate(rows):
        cells = [_book_cell(v) for v in row]
        if any(c is not None for c in cells):
            if any(isinstance(c, str) and len(c) > MAX_FIELD for c in cells):
                raise _refuse(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Line {line} of {file} holds a value longer than {max} characters. "
                        "Is this really a staff list?",
                    ),
                    line=first_row + i + 1,
                    file=path.name,
                    max=MAX_FIELD,
                )
            raw.append(cells)
            lines.append(first_row + i + 1)
    return _with_header(raw, lines, path, kind="workbook", sheet=chosen, sheets=names)


def _book_cell(value: object) -> Cell:
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, int | float | dt.date):  # datetime is a date
        return value
    if isinstance(value, dt.time | dt.timedelta):
        return str(value)
    return str(value)


# -- the header ------------------------------------------------------------------------------


def _with_header(
    raw: list[list[Cell]], lines: list[int], path: Path, *, kind: str, **info: object
) -> Table:
    """Find the header among the first rows (titles above it are skipped)."""
    from lernpartner_desktop.exchange.columns import header_score

    if not raw:
        raise _refuse(QT_TRANSLATE_NOOP("Errors", "The file {file} is empty."), file=path.name)
    best, best_score = 0, (-1, -1)
    for i, row in enumerate(raw[:HEADER_SEARCH]):
        texts = [c for c in row if isinstance(c, str)]
        if len(texts) < 2 and len(raw) > 1:
            continue
        score = (header_score(texts), len(texts))
        if score > best_score:
            best, best_score = i, score
    header = raw[best]
    width = max(_cells_width(header), 1)
    headers = [_header_text(c, i) for i, c in enumerate(header[:width])]
    rows = raw[best + 1 :]
    if not rows:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Errors", "The file {file} has only a header row and no people below it."
            ),
            file=path.name,
        )
    if len(rows) > MAX_ROWS:
        raise _too_many(path)
    return Table(
        headers=headers,
        rows=rows,
        lines=lines[best + 1 :],
        kind=kind,
        header_line=lines[best],
        **info,  # type: ignore[arg-type]
    )


def _cells_width(row: list[Cell]) -> int:
    n = len(row)
    while n and row[n - 1] is None:
        n -= 1
    return n


def _header_text(cell: Cell, index: int) -> str:
    if cell is None:
        return column_letter(index)
    if isinstance(cell, dt.date):
        return cell.strftime("%d.%m.%Y")
    return str(cell)


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: how Excel names a column without a header."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name
