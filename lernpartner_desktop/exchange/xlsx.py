"""A small XLSX writer for exactly what the export needs: typed cells (text, whole numbers,
dates, date-times, true/false), a bold header row, a frozen header, an autofilter and column
widths, in one workbook of several sheets.

Why not XlsxWriter, which the export used first: it costs about 8 µs of Python per cell
(checks, a cell object, a dict per row, a second pass that writes the XML), which made the
full export of the 2,000-person benchmark miss its 3 s goal; no XlsxWriter option changed that
(``constant_memory`` was slower). Here each row becomes its XML in one pass with
pre-computed cell references and a cached serial number per date: about a quarter of the
time, measured in ``benchmarks/bench_exchange.py``. The parts written are the ones XlsxWriter
writes for the same workbook (minus the theme and document properties, both optional).

Every text is escaped; there is no way for a value to become a formula or raw XML: text is
always a shared-string cell (``t="s"``), so ``=SUM(A1)`` stays text (no ``<f>`` element is
ever written).
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TEXT, INT, DATE, DATETIME, BOOL = "text", "int", "date", "datetime", "bool"
KINDS = (TEXT, INT, DATE, DATETIME, BOOL)
#: Excel's limit for one cell's text, in UTF-16 code units.
MAX_TEXT = 32767
MAX_ROWS = 1_048_576
#: Column widths are taken from the first rows: enough to size them well, cheap for 20,000.
WIDTH_SAMPLE = 200
MAX_WIDTH = 60

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
# Style indexes into cellXfs below.
_S_HEADER, _S_DATE, _S_DATETIME = 1, 2, 3
_STYLES = (
    _HEAD + f'<styleSheet xmlns="{_MAIN}">'
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/>'
    '<numFmt numFmtId="165" formatCode="dd.mm.yyyy hh:mm"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="3"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFE8EEF4"/><bgColor indexed="64"/>'
    "</patternFill></fill></fills>"
    '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
    '<border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/>'
    "</border></borders>"
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" '
    'applyBorder="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium9" '
    'defaultPivotStyle="PivotStyleLight16"/></styleSheet>'
)
# Characters XML 1.0 cannot hold (and CR, which XML reads as LF); Excel reads them back
# from "_xHHHH_". A literal "_x0041_" in someone's text is escaped too ("_x005F_" is the
# underscore), so it is not decoded.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")
_EPOCH = dt.datetime(1899, 12, 30)
_EPOCH_DAY = _EPOCH.date()
Progress = Callable[[int], None]


@dataclass(frozen=True)
class SheetData:
    name: str  # at most 31 characters, unique, none of []:*?/\ (the caller makes it so)
    headers: Sequence[str]
    kinds: Sequence[str]  # one of KINDS per column
    rows: Sequence[Sequence[Any]]  # None or "" is an empty cell


def escape(text: str) -> str:
    """Text for an XML element or attribute value, as Excel reads it back unchanged."""
    if len(text) > MAX_TEXT // 2 and len(text.encode("utf-16-le")) // 2 > MAX_TEXT:
        text = text.encode("utf-16-le")[: MAX_TEXT * 2].decode("utf-16-le", "ignore")
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace('"', "&quot;")
    if _CONTROL.search(text):
        text = _CONTROL.sub(lambda m: f"_x{ord(m.group()):04X}_", text)
    return text


def column_letter(index: int) -> str:
    """0 -> "A", 25 -> "Z", 26 -> "AA"."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _serial(value: dt.date) -> float | int | None:
    """Excel's serial number of a date or date-time (None before 1900: Excel has none)."""
    if isinstance(value, dt.datetime):
        value = value.replace(tzinfo=None)
        days: float | int = (value - _EPOCH).total_seconds() / 86400
    else:
        days = (value - _EPOCH_DAY).days
    if days < 2:  # serial 1 is 01.01.1900
        return None
    # Excel counts 29.02.1900, which never was: serials before 01.03.1900 are one less.
    return days - 1 if days < 61 else days


def _number(value: Any) -> int | str:
    """A number column's value that is not a plain int: a bool as 0/1, a float exactly."""
    if isinstance(value, bool | int):
        return int(value)
    number = float(value)
    if number != number or number in (float("inf"), float("-inf")):
        raise ValueError(f"not a number Excel can hold: {value!r}")
    return repr(number)


def _width(value: Any, kind: str) -> int:
    if kind == DATETIME:
        return 17
    if kind == DATE:
        return 11
    return len(str(value)) + 2


def _col_width(chars: float) -> float:
    """Excel's stored width for ``chars`` characters of Calibri 11 (as XlsxWriter stores it)."""
    pixels = int(chars * 7 + 0.5) + 5
    return int(pixels / 7 * 256) / 256


class _Strings:
    """The shared-string table: each distinct text once, cells refer to it by number."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.count = 0

    def xml(self) -> str:
        items = []
        for text in self.index:  # dicts keep insertion order: the numbers handed out
            t = escape(text)
            space = ' xml:space="preserve"' if t[:1].isspace() or t[-1:].isspace() else ""
            items.append(f"<si><t{space}>{t}</t></si>")
        return (
            _HEAD + f'<sst xmlns="{_MAIN}" count="{self.count}" uniqueCount="{len(self.index)}">'
            f"{''.join(items)}</sst>"
        )


def _sheet_xml(sheet: SheetData, strings: _Strings, first: bool, progress: Progress) -> str:
    ncols = len(sheet.headers)
    if ncols == 0 or len(sheet.kinds) != ncols:
        raise ValueError(f"sheet {sheet.name!r}: {ncols} headers, {len(sheet.kinds)} kinds")
    if len(sheet.rows) + 1 > MAX_ROWS:
        raise ValueError(f"sheet {sheet.name!r}: more rows than Excel holds")
    letters = [column_letter(c) for c in range(ncols)]
    index = strings.index
    widths = [max(8, len(h) + 3) for h in sheet.headers]
    serials: dict[Any, float | int | None] = {}
    out: list[str] = []
    append = out.append

    head = []
    for ref, text in zip(letters, sheet.headers, strict=True):
        i = index.get(text)
        if i is None:
            i = index[text] = len(index)
        head.append(f'<c r="{ref}1" s="{_S_HEADER}" t="s"><v>{i}</v></c>')
    strings.count += ncols
    append(f'<row r="1">{"".join(head)}</row>')

    columns = list(zip(letters, sheet.kinds, strict=True))
    texts = 0
    for r, row in enumerate(sheet.rows, start=2):
        if len(row) != ncols:
            raise ValueError(f"sheet {sheet.name!r}, row {r}: {len(row)} values for {ncols}")
        cells = []
        for (ref, kind), value in zip(columns, row, strict=True):  # length checked above
            if value is None or value == "":
                continue
            if kind == TEXT:
                if value.__class__ is not str:
                    value = str(value)
                i = index.get(value)
                if i is None:
                    i = index[value] = len(index)
                texts += 1
                cells.append(f'<c r="{ref}{r}" t="s"><v>{i}</v></c>')
            elif kind == INT:
                if value.__class__ is not int:
                    value = _number(value)
                cells.append(f'<c r="{ref}{r}"><v>{value}</v></c>')
            elif kind == BOOL:
                cells.append(f'<c r="{ref}{r}" t="b"><v>{1 if value else 0}</v></c>')
            else:
                serial = serials.get(value, False)
                if serial is False:
                    serial = serials[value] = _serial(value)
                if serial is None:  # before 1900: shown as text, still readable
                    shown = value.strftime("%d.%m.%Y %H:%M" if kind == DATETIME else "%d.%m.%Y")
                    i = index.get(shown)
                    if i is None:
                        i = index[shown] = len(index)
                    texts += 1
                    cells.append(f'<c r="{ref}{r}" t="s"><v>{i}</v></c>')
                else:
                    style = _S_DATE if kind == DATE else _S_DATETIME
                    cells.append(f'<c r="{ref}{r}" s="{style}"><v>{serial}</v></c>')
        append(f'<row r="{r}">{"".join(cells)}</row>')
        if r <= WIDTH_SAMPLE:
            for c, value in enumerate(row):
                if value is not None and value != "":
                    widths[c] = max(widths[c], min(MAX_WIDTH, _width(value, sheet.kinds[c])))
        if r % 2000 == 0:
            progress(2000)
    progress((len(sheet.rows)) % 2000)
    strings.count += texts

    last_row = max(2, len(sheet.rows) + 1)  # the filter covers at least one row below
    area = f"A1:{letters[-1]}{last_row}"
    cols = "".join(
        f'<col min="{c}" max="{c}" width="{_col_width(w)}" customWidth="1"/>'
        for c, w in enumerate(widths, start=1)
    )
    selected = ' tabSelected="1"' if first else ""
    return (
        _HEAD + f'<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}">'
        f'<dimension ref="A1:{letters[-1]}{len(sheet.rows) + 1}"/>'
        f'<sheetViews><sheetView{selected} workbookViewId="0">'
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
        '<selection pane="bottomLeft"/></sheetView></sheetViews>'
        '<sheetFormatPr defaultRowHeight="15"/>'
        f"<cols>{cols}</cols>"
        f"<sheetData>{''.join(out)}</sheetData>"
        f'<autoFilter ref="{area}"/>'
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" '
        'footer="0.3"/></worksheet>'
    )


def _workbook_parts(sheets: Sequence[SheetData]) -> Iterable[tuple[str, str]]:
    n = len(sheets)
    sheet_ct = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{_CT}.worksheet+xml"/>'
        for i in range(1, n + 1)
    )
    yield (
        "[Content_Types].xml",
        _HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{_CT}.sheet.main+xml"/>'
        f'<Override PartName="/xl/styles.xml" ContentType="{_CT}.styles+xml"/>'
        f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_CT}.sharedStrings+xml"/>'
        f"{sheet_ct}</Types>",
    )
    yield (
        "_rels/.rels",
        _HEAD + f'<Relationships xmlns="{_PKG_REL}"><Relationship Id="rId1" '
        f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    )
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, n + 1)
    )
    yield (
        "xl/_rels/workbook.xml.rels",
        _HEAD + f'<Relationships xmlns="{_PKG_REL}">{rels}'
        f'<Relationship Id="rId{n + 1}" Type="{_REL}/styles" Target="styles.xml"/>'
        f'<Relationship Id="rId{n + 2}" Type="{_REL}/sharedStrings" '
        'Target="sharedStrings.xml"/></Relationships>',
    )
    entries = "".join(
        f'<sheet name="{escape(s.name)}" sheetId="{i}" r:id="rId{i}"/>'
        for i, s in enumerate(sheets, start=1)
    )
    # The autofilter's range as Excel itself records it (a hidden name per sheet).
    names = "".join(
        f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">'
        f"{escape(_quoted(s.name))}!$A$1:${column_letter(len(s.headers) - 1)}$"
        f"{max(2, len(s.rows) + 1)}</definedName>"
        for i, s in enumerate(sheets)
    )
    yield (
        "xl/workbook.xml",
        _HEAD + f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><bookViews><workbookView/>'
        f"</bookViews><sheets>{entries}</sheets><definedNames>{names}</definedNames>"
        '<calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>',
    )
    yield "xl/styles.xml", _STYLES


def _quoted(name: str) -> str:
    """A sheet name as a formula names it: quoted unless it is a plain word."""
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]*", name):
        return name
    return "'" + name.replace("'", "''") + "'"


def write_workbook(
    sheets: Sequence[SheetData], path: Path, progress: Progress | None = None
) -> None:
    """Write the workbook to ``path`` (the caller picks a temporary name and renames it).

    ``progress(rows)`` is called with how many more rows are done, every 2,000 or so.
    """
    if not sheets:
        raise ValueError("a workbook needs at least one sheet")
    strings = _Strings()
    step: Progress = progress or (lambda n: None)
    # Level 1, not the default 6: for the 2,000-person benchmark 0.3 s less CPU (about half
    # of the whole write) for a file of 1.8 instead of 1.5 MB.
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for name, xml in _workbook_parts(sheets):
            z.writestr(name, xml)
        for i, sheet in enumerate(sheets, start=1):
            z.writestr(f"xl/worksheets/sheet{i}.xml", _sheet_xml(sheet, strings, i == 1, step))
        z.writestr("xl/sharedStrings.xml", strings.xml())
