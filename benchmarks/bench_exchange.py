"""Staff-list import and full export, each against the plain library call on the same rows.

    python benchmarks/bench_exchange.py [--quick]

Goals:
- import of a 5,000-row XLSX including validation and preview: at most 3 s
  (baseline: python-calamine reading the same sheet, nothing else);
- full export of the 2,000-person benchmark database with 20,000 meetings to XLSX: at most
  3 s (baseline: XlsxWriter writing the same rows with ``write_row``, no types or layout).
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _quick import QUICK, size  # noqa: E402

ROWS = size(5000, 60)
RUNS = size(3, 1)
DEPARTMENTS = ["Vertrieb", "Produktion", "Logistik", "IT", "Einkauf", "Personal", "Service"]
FIRST = ["Jörg", "Käthe", "Ayşe", "Łukasz", "Sören", "Anja", "Merve", "Jonas", "Lea", "Ida"]
LAST = ["Müller", "Groß", "Yılmaz", "Wójcik", "Bäcker", "Weiß", "Öztürk", "Jäger", "Fuchs"]


def staff_workbook(path: Path, rows: int) -> None:
    """A staff list as offices keep it: a title row, text personnel numbers, date cells."""
    import xlsxwriter

    rng = random.Random(3)
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Mitarbeiter")
    date = book.add_format({"num_format": "dd.mm.yyyy"})
    ws.write_string(0, 0, "Mitarbeiterliste Stand 01.11.2026")
    headers = [
        "Personalnummer", "Vorname", "Nachname", "Abteilung", "Position", "Standort",
        "Vorgesetzte/r", "E-Mail", "Telefon", "Geburtsjahr", "Eintritt", "Ich biete", "Ich suche",
    ]  # fmt: skip
    for c, h in enumerate(headers):
        ws.write_string(2, c, h)
    for i in range(rows):
        r = i + 3
        first, last = rng.choice(FIRST), rng.choice(LAST)
        ws.write_string(r, 0, f"{i + 1:05d}")
        ws.write_string(r, 1, first)
        ws.write_string(r, 2, f"{last}-{i}")
        ws.write_string(r, 3, rng.choice(DEPARTMENTS))
        ws.write_string(r, 4, "Sachbearbeitung")
        ws.write_string(r, 5, rng.choice(["Kassel", "Baunatal", "Fulda"]))
        if i:
            ws.write_string(r, 6, f"{rng.randrange(max(1, i // 10)) + 1:05d}")
        ws.write_string(r, 7, f"p{i}@firma.de")
        ws.write_string(r, 8, f"0561 {100000 + i}")
        ws.write_number(r, 9, rng.randint(1960, 2004))
        ws.write_datetime(r, 10, dt.datetime(2000 + i % 25, 1 + i % 12, 1), date)
        ws.write_string(r, 11, "Excel, SAP" if i % 2 else "Englisch")
        ws.write_string(r, 12, "Präsentieren")
    book.close()


def median_s(fn: Callable[[], object], runs: int = RUNS) -> tuple[float, float]:
    """Median wall-clock and CPU seconds. On a shared, loaded machine the CPU time of this
    process says more about the code than the wall clock does."""
    walls, cpus = [], []
    for _ in range(runs):
        w0, c0 = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    return statistics.median(walls), statistics.median(cpus)


def report(what: str, ours: tuple[float, float], base: tuple[float, float], goal: str) -> None:
    print(
        f"{what:<44} {ours[0]:6.2f} s (CPU {ours[1]:5.2f} s)  plain library call {base[0]:5.2f} s "
        f"(CPU {base[1]:5.2f} s): x{ours[1] / max(base[1], 1e-9):4.1f}  {goal}"
    )


def bench_import(tmp: Path) -> None:
    from python_calamine import CalamineWorkbook

    from lernpartner_desktop.exchange.people_import import open_staff_file, preview, run_import
    from lernpartner_desktop.workspace import Workspace

    path = tmp / "Mitarbeiterliste.xlsx"
    staff_workbook(path, ROWS)
    with Workspace.open(tmp / "import") as ws:

        def plain() -> object:
            book = CalamineWorkbook.from_path(str(path))
            return book.get_sheet_by_name("Mitarbeiter").to_python()

        def ours() -> object:
            staff = open_staff_file(path, ws.staff_import)
            plan = preview(staff, ws.staff_import)
            assert plan.count("new") == ROWS, plan.count("error")
            return plan

        base = median_s(plain)
        report(
            f"import preview of {ROWS:,} rows (read+check)", median_s(ours), base, "(goal <= 3 s)"
        )
        staff = open_staff_file(path, ws.staff_import)
        t0 = time.perf_counter()
        result = run_import(staff, ws.staff_import)
        print(
            f"  then importing them (one transaction): {time.perf_counter() - t0:.2f} s, "
            f"{result.added:,} added"
        )
        t0 = time.perf_counter()
        again = preview(open_staff_file(path, ws.staff_import), ws.staff_import)
        print(
            f"  the same file again: {time.perf_counter() - t0:.2f} s, "
            f"{again.count('unchanged'):,} unchanged"
        )


def bench_export(tmp: Path) -> None:
    import bench_partnerships
    import xlsxwriter

    from lernpartner_desktop.exchange.export import collect, write_xlsx
    from lernpartner_desktop.workspace import Workspace

    # The partnerships benchmark's company at 2,000 people: 900 pairs (1,800 of the active
    # people) with 22 meetings each, plus the demo's own meetings: about 20,000.
    bench_partnerships.PEOPLE = size(2000, 60)
    bench_partnerships.PARTNERSHIPS = size(900, 20)
    folder = tmp / "export"
    t0 = time.perf_counter()
    bench_partnerships.build(folder)
    with Workspace.open(folder) as ws:
        n_people, n_meetings = ws.people.count(), len(collect(ws.db)[-1].rows)
        print(
            f"built {n_people:,} people and {n_meetings:,} meetings in "
            f"{time.perf_counter() - t0:.1f} s"
        )
        sheets = collect(ws.db)
        rows = sum(len(s.rows) for s in sheets)

        def plain() -> None:
            book = xlsxwriter.Workbook(str(tmp / "plain.xlsx"))
            for sheet in sheets:
                out = book.add_worksheet()
                for r, row in enumerate(sheet.rows):
                    out.write_row(r, 0, row)
            book.close()

        def ours() -> None:
            write_xlsx(collect(ws.db), tmp / "Lernpartner.xlsx")

        base = median_s(plain)
        report(
            f"full export to XLSX ({rows:,} rows, 8 sheets)", median_s(ours), base, "(goal <= 3 s)"
        )
        wall, cpu = median_s(lambda: collect(ws.db))
        print(f"  of which reading the database: {wall:.2f} s (CPU {cpu:.2f} s)")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        bench_import(Path(tmp))
        bench_export(Path(tmp))
    if QUICK:
        print("(quick mode: tiny sizes, the figures mean nothing)")


if __name__ == "__main__":
    main()
