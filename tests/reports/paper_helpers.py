"""A program with names that break weak fonts, and reading our PDFs back."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from lernpartner_desktop.core.company import CompanyProfile
from lernpartner_desktop.core.records import MeetingPlan, PersonInput, ProgramInput
from lernpartner_desktop.workspace import Workspace
from tests.reports.test_fonts import embedded_fonts

START = dt.date(2026, 3, 2)
END = dt.date(2026, 11, 27)
NAMES = ("Ayşe Krüger", "Łukasz Wójcik", "Őrs Groß", "Özlem Weiß")


def pdf_text(pdf: bytes) -> str:
    """The text of every page, runs of white space (line breaks in cells) as one space."""
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def pdf_pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def only_our_fonts(pdf: bytes) -> bool:
    used = embedded_fonts(pdf)
    return bool(used) and all(used.values()) and all("NotoSans" in n for n in used)


def red_png(width: int = 40, height: int = 20) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(out, format="PNG")
    return out.getvalue()


def company(ws: Workspace, **kw: object) -> None:
    values: dict[str, object] = {
        "name": "Müller & Söhne Metallbau GmbH",
        "address": "Industriestraße 12\n34123 Kassel",
        "signatory_name": "Jörg Müller",
        "signatory_role": "Geschäftsführer",
        "logo_png": red_png(),
    }
    values.update(kw)
    ws.company.save(CompanyProfile(**values))  # type: ignore[arg-type]


def tandem_program(
    ws: Workspace, names: tuple[str, ...] = NAMES, title: str = "Tandems Ost"
) -> tuple[int, list[int], list[int]]:
    """A tandem program with len(names)//2 pairs: (program, person ids, partnership ids)."""
    prog = ws.programs.create(ProgramInput.from_format(title, "tandem", START, end_date=END))
    people = [
        ws.people.create(PersonInput(name=n, email=f"p{i}@example.de" if i % 2 == 0 else ""))
        for i, n in enumerate(names)
    ]
    ws.programs.enrol_many(prog, people, "peer")
    pairs = ws.partnerships.create_many(
        prog,
        [[(people[i], "peer"), (people[i + 1], "peer")] for i in range(0, len(people) - 1, 2)],
        today=START,
    )
    return prog, people, pairs


def complete(
    ws: Workspace, pair: int, goals: tuple[str, ...] = ("Pivot-Tabellen für Łukasz",), held: int = 2
) -> None:
    """Walk a partnership to completed: goals reached, ``held`` meetings held."""
    ws.partnerships.advance(pair, today=START)
    for g in goals:
        gid = ws.partnerships.add_goal(pair, g, "drei Berichte selbst erstellt")
        ws.partnerships.add_package(gid, f"Lernpaket {g}")
    ws.partnerships.advance(pair, today=dt.date(2026, 3, 9))
    ids = ws.meetings.plan(
        pair,
        MeetingPlan(
            dt.datetime(2026, 3, 10, 16),
            every_weeks=2,
            until=dt.date(2026, 6, 30),
            place="Raum Ő 3",
        ),
    )
    for mid in ids[:held]:
        ws.meetings.set_status(mid, "held")
    ws.partnerships.advance(pair, today=dt.date(2026, 7, 1))
    for g in ws.partnerships.detail(pair).goals:
        ws.partnerships.set_goal_status(g.id, "achieved")
    ws.partnerships.advance(pair, today=dt.date(2026, 7, 15))
