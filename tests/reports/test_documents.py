"""Every document: the right names, dates and goals, spelled right; our fonts; page counts."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from lernpartner_desktop.base.errors import Cancelled, ValidationError
from lernpartner_desktop.core.records import MeetingPlan
from lernpartner_desktop.reports import layout
from lernpartner_desktop.workspace import Workspace
from tests.reports.paper_helpers import (
    NAMES,
    company,
    complete,
    only_our_fonts,
    pdf_pages,
    pdf_text,
    tandem_program,
)


def test_schedule_lists_every_meeting_with_moves_cancellations_and_program_events(
    ws: Workspace,
) -> None:
    company(ws)
    prog, _people, (pair, _other) = tandem_program(ws)
    ws.partnerships.advance(pair)
    gid = ws.partnerships.add_goal(pair, "Präsentieren vor Gruppen")
    pkg = ws.partnerships.add_package(gid, "Übung: Kurzvortrag")
    ids = ws.meetings.plan(
        pair,
        MeetingPlan(
            dt.datetime(2026, 3, 10, 16),
            every_weeks=2,
            until=dt.date(2026, 11, 20),
            place="Raum Ő 3",
            package_id=pkg,
        ),
    )
    ws.meetings.set_status(ids[0], "held")
    ws.meetings.move(ids[2], dt.datetime(2026, 4, 8, 10))
    ws.meetings.set_status(ids[3], "cancelled")
    (online,) = ws.meetings.plan(
        pair, MeetingPlan(dt.datetime(2026, 11, 24, 9), mode="online", topic="Rückblick")
    )
    ws.meetings.plan_program_event(
        prog, MeetingPlan(dt.datetime(2026, 3, 5, 9), kind="kickoff", place="Kantine")
    )
    doc = ws.reports.schedule(pair)
    text = pdf_text(doc.pdf)
    assert only_our_fonts(doc.pdf)
    for name in NAMES[:2]:
        assert name in text
    assert "p0@example.de" in text  # contact details
    assert "Tue 10.03.2026" in text and "16:00–17:00" in text
    assert "Wed 08.04.2026" in text and "moved from 07.04." in text
    assert "cancelled" in text and "held" in text
    assert "Übung: Kurzvortrag" in text and "Rückblick" in text
    assert "Kick-off" in text and "Kantine" in text
    assert "place to be agreed" in text  # the online meeting has no link yet
    assert len(ids) == 19
    # A weekly series besides: the table continues over pages, the header row repeated.
    ws.meetings.plan(
        pair, MeetingPlan(dt.datetime(2026, 3, 13, 9), every_weeks=1, until=dt.date(2026, 11, 20))
    )
    doc = ws.reports.schedule(pair)
    text = pdf_text(doc.pdf)
    pages = pdf_pages(doc.pdf)
    assert doc.pages == pages >= 2
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    assert text.count("Topic or learning package") == pages
    assert "Müller & Söhne Metallbau GmbH" in text
    del online


def test_schedules_of_a_program_are_numbered_per_partnership(ws: Workspace) -> None:
    prog, _people, _pairs = tandem_program(ws)
    doc = ws.reports.schedules(prog)
    text = pdf_text(doc.pdf)
    assert pdf_pages(doc.pdf) == 2
    assert text.count("Page 1 of 1") == 2
    assert all(name in text for name in NAMES)


def test_wall_plan_has_one_row_per_partnership_across_pages(ws: Workspace) -> None:
    names = tuple(f"Person {i:03d} Øster" for i in range(60))
    prog, _people, pairs = tandem_program(ws, names, "Großes Tandem-Programm")
    for pair in pairs[:3]:
        ws.partnerships.advance(pair)
        ws.partnerships.add_goal(pair, "Ziel")
        ws.partnerships.advance(pair)
        ws.meetings.plan(pair, MeetingPlan(dt.datetime(2026, 3, 10, 16), every_weeks=2))
    ws.meetings.plan_program_event(prog, MeetingPlan(dt.datetime(2026, 6, 1, 9), kind="interim"))
    a4 = ws.reports.wall_plan(prog, "A4")
    a3 = ws.reports.wall_plan(prog, "A3")
    text = pdf_text(a4.pdf)
    assert only_our_fonts(a4.pdf)
    assert all(f"Person {i:03d} Øster & Person {i + 1:03d} Øster" in text for i in (0, 28, 58))
    assert "Mar" in text and "Nov" in text and "Interim talk" in text
    # 30 rows: 19 on an A4 landscape sheet, 23 (in larger type) on A3
    assert a4.pages == 2 and a3.pages == 2
    assert "Person 036 Øster" in pdf_text(a4.pdf).split("Page 1 of 2")[1]
    import io

    from pypdf import PdfReader

    box = PdfReader(io.BytesIO(a3.pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (1191, 842)  # A3 landscape


def test_my_dates_shows_one_persons_meetings_across_programs(ws: Workspace) -> None:
    _prog, people, (pair, _o) = tandem_program(ws)
    prog2, people2, (pair2, _o2) = tandem_program(
        ws, ("Zoë Šimić", "Jürgen Ärmel", "A B", "C D"), "Mentoring Süd"
    )
    # Ayşe takes part in the second program too.
    ws.programs.enrol(prog2, people[0], "peer")
    ws.partnerships.dissolve(pair2)
    third = ws.partnerships.create(prog2, [(people[0], "peer"), (people2[0], "peer")])
    for p in (pair, third):
        ws.partnerships.advance(p)
        ws.partnerships.add_goal(p, "Ziel")
        ws.partnerships.advance(p)
    ws.meetings.plan(pair, MeetingPlan(dt.datetime(2026, 5, 5, 10)))
    ws.meetings.plan(third, MeetingPlan(dt.datetime(2026, 5, 6, 11), place="Halle ß"))
    doc = ws.reports.person_dates(people[0])
    text = pdf_text(doc.pdf)
    assert "My dates" in text and "Ayşe Krüger" in text
    assert "Łukasz Wójcik" in text and "Zoë Šimić" in text
    assert "Tandems Ost" in text and "Mentoring Süd" in text
    assert text.index("05.05.2026") < text.index("06.05.2026")
    assert "Jürgen Ärmel" not in text and "C D" not in text  # not her partnerships


def test_closing_document_holds_goals_criteria_packages_and_signature_lines(
    ws: Workspace,
) -> None:
    _prog, _people, (pair, _o) = tandem_program(ws)
    complete(ws, pair, goals=("Excel-Pivot für Őrs", "Präsentieren"), held=3)
    pkg = ws.paper.partnership(pair).goals[0].packages[0]
    assert pkg.status == "open"
    doc = ws.reports.closing(pair)
    text = pdf_text(doc.pdf)
    assert only_our_fonts(doc.pdf)
    for expected in (
        "Closing document",
        "Ayşe Krüger",
        "Łukasz Wójcik",
        "Tandems Ost",
        "Excel-Pivot für Őrs",
        "Präsentieren",
        "drei Berichte selbst erstellt",
        "achieved",
        "3 of 9 planned meetings were held.",
        "Our joint reflection",
        "Signatures",
        "Place, date",
        "Preparation",
        "Completed",
        "15.07.2026",
    ):
        assert expected in text, expected


def test_certificates_carry_goals_number_and_a_qr_code_that_decodes(ws: Workspace) -> None:
    import pypdfium2 as pdfium
    import zxingcpp

    company(ws, signature_png=_signature())
    prog, _people, pairs = tandem_program(ws)
    complete(ws, pairs[0])
    doc = ws.reports.certificates_pdf(program_id=prog)
    assert doc.pages == 2  # one per member of the completed pair; the running one has none
    assert only_our_fonts(doc.pdf)
    text = pdf_text(doc.pdf)
    certs = ws.certificates.rows(prog)
    assert [c.holder_name for c in certs] == ["Ayşe Krüger", "Łukasz Wójcik"]
    year = dt.date.today().year
    assert [c.number for c in certs] == [f"LP-{year}-0001", f"LP-{year}-0002"]
    for expected in (
        "Certificate",
        "Ayşe Krüger",
        "Łukasz Wójcik",
        "Tandems Ost",
        "Pivot-Tabellen für Łukasz",
        "Meetings held",
        "Kassel,",
        "Jörg Müller",
        "Geschäftsführer",
        f"LP-{year}-0001",
    ):
        assert expected in text, expected
    pdf = pdfium.PdfDocument(doc.pdf)
    for i, cert in enumerate(certs):
        image = pdf[i].render(scale=200 / 72).to_pil()
        (found,) = zxingcpp.read_barcodes(image)
        number, code = found.text.split()
        assert number == cert.number
        assert ws.certificates.verify(number, code).state == "genuine"
    pdf.close()


def _signature() -> bytes:
    from tests.reports.paper_helpers import red_png

    return red_png(300, 80)


def test_reprint_keeps_numbers_and_a_batch_never_repeats_one(ws: Workspace) -> None:
    names = tuple(f"Teilnehmerin {i} Ğüç" for i in range(8))
    prog, _people, pairs = tandem_program(ws, names)
    for p in pairs[:3]:
        complete(ws, p)
    first = [c.number for c in ws.reports.issue(program_id=prog)]
    assert len(first) == 6 and len(set(first)) == 6
    complete(ws, pairs[3])
    again = [c.number for c in ws.reports.issue(program_id=prog)]
    assert again[:6] == first and len(set(again)) == 8
    one = ws.reports.issue(partnership_id=pairs[0])
    assert [c.number for c in one] == first[:2]


def test_revoke_and_verify(ws: Workspace) -> None:
    prog, _people, pairs = tandem_program(ws)
    complete(ws, pairs[0])
    a, b = ws.reports.issue(program_id=prog)
    v = ws.certificates.verify(a.number.lower(), a.check_code.lower().replace("0", "o"))
    assert v.state == "genuine" and v.holder_name == "Ayşe Krüger"
    assert v.program_name == "Tandems Ost" and v.issued_on == dt.date.today()
    assert ws.certificates.verify(a.number, b.check_code).state == "unknown"
    assert ws.certificates.verify("LP-1999-0001", a.check_code).state == "unknown"
    ws.certificates.revoke(a.number)
    v = ws.certificates.verify(a.number, a.check_code)
    assert v.state == "revoked" and v.revoked_on == dt.date.today()
    # A revoked certificate is not printed again; the partner's still is.
    assert [c.number for c in ws.reports.issue(program_id=prog)] == [b.number]


def test_a_dissolved_partnership_gets_a_participation_confirmation_without_goals(
    ws: Workspace,
) -> None:
    prog, _people, (pair, _o) = tandem_program(ws)
    ws.partnerships.advance(pair)
    ws.partnerships.add_goal(pair, "Geheimes Ziel Zwölf")
    ws.partnerships.dissolve(pair, today=dt.date(2026, 5, 1))
    doc = ws.reports.certificates_pdf(partnership_id=pair)
    text = pdf_text(doc.pdf)
    assert "Confirmation of participation" in text and "Ayşe Krüger" in text
    assert "Geheimes Ziel Zwölf" not in text and "goals" not in text.lower()
    assert "01.05.2026" in text
    with pytest.raises(ValidationError, match="No partnership of “Tandems Ost” has completed"):
        ws.reports.certificates_pdf(program_id=prog)


def test_owner_text_with_placeholders_and_bad_placeholders(ws: Workspace) -> None:
    prog, _people, (pair, _o) = tandem_program(ws)
    complete(ws, pair)
    ws.certificates.set_texts(prog, "Urkunde", "{name} war {role} in {program} bis {end}.")
    text = pdf_text(ws.reports.certificates_pdf(program_id=prog).pdf)
    assert "Urkunde" in text and "Ayşe Krüger war Peer in Tandems Ost bis 15.07.2026." in text
    with pytest.raises(ValidationError, match=r"Unknown placeholder \{vorname\}"):
        ws.certificates.set_texts(prog, None, "{vorname} war da")
    with pytest.raises(ValidationError, match="not closed"):
        ws.certificates.set_texts(prog, None, "{name war da")
    ws.certificates.set_texts(prog, "", "")
    assert ws.certificates.texts(prog) == (None, None)


def test_long_names_and_titles_shrink_inside_their_boxes(ws: Workspace) -> None:
    long_a = "Maximiliane-Friederike Alexandra von Hohenzollern-Sigmaringen"[:60]
    long_b = "Bartholomäus-Konstantin Wolfgang Freiherr von Schönebeck-Ost"[:60]
    title = "Programm für generationenübergreifendes Lernen in der Produktion"[:60]
    prog, _people, (pair,) = tandem_program(ws, (long_a, long_b), title)
    complete(ws, pair, goals=("Ein sehr langes Lernziel über Tabellenkalkulation und Daten",))
    for doc in (
        ws.reports.schedule(pair),
        ws.reports.closing(pair),
        ws.reports.certificates_pdf(program_id=prog),
        ws.reports.wall_plan(prog),
    ):
        text = pdf_text(doc.pdf).replace("\n", " ")
        assert long_a.split()[0] in text and "Schönebeck-Ost" in text, doc.title
        # Every character lies on the page: nothing ran over the right edge.
        _assert_inside_page(doc.pdf)
    cert = ws.reports.certificates_pdf(program_id=prog)
    assert cert.pages == 2


def _assert_inside_page(pdf: bytes) -> None:
    import io

    from pypdf import PdfReader

    for page in PdfReader(io.BytesIO(pdf)).pages:
        width = float(page.mediabox.width)
        xs: list[float] = []

        def visit(
            text: str,
            cm: list[float],
            tm: list[float],
            _fd: object,
            size: float,
            xs: list[float] = xs,
        ) -> None:
            if text.strip():
                from reportlab.pdfbase.pdfmetrics import stringWidth

                x = tm[4] * cm[0] + cm[4]
                scale = (tm[0] or 1) * (cm[0] or 1)
                xs.append(x + stringWidth(text, "LP-Sans", size) * scale)

        page.extract_text(visitor_text=visit)
        assert xs and max(xs) <= width - 20, (max(xs), width)


def test_damaged_missing_and_huge_logos(ws: Workspace) -> None:
    from PIL import Image

    _prog, _people, (pair, _o) = tandem_program(ws)
    company(ws, logo_png=None)
    assert ws.reports.schedule(pair).warnings == ()
    company(ws, logo_png=b"\x89PNG\r\n\x1a\n not really a png")
    doc = ws.reports.schedule(pair)
    assert doc.pages == 1 and "logo cannot be read" in doc.warnings[0]
    # A 20,000-pixel logo that reached the database anyway is scaled down, not embedded whole.
    import io

    big = io.BytesIO()
    Image.new("L", (20000, 40), 90).save(big, format="PNG")
    company(ws, logo_png=big.getvalue())
    doc = ws.reports.schedule(pair)
    assert doc.warnings == () and len(doc.pdf) < 400_000
    pic = layout.picture(big.getvalue())
    assert pic is not None and max(pic.width, pic.height) == layout.MAX_IMAGE_SIDE


def test_no_partnership_and_unknown_ids_say_so(ws: Workspace) -> None:
    from lernpartner_desktop.base.errors import NotFound
    from lernpartner_desktop.core.records import ProgramInput

    empty = ws.programs.create(ProgramInput.from_format("Leer", "tandem", dt.date(2026, 1, 5)))
    with pytest.raises(ValidationError, match="has no partnerships to print"):
        ws.reports.schedules(empty)
    assert "no partnerships yet" in pdf_text(ws.reports.wall_plan(empty).pdf)
    with pytest.raises(NotFound):
        ws.reports.schedule(999)
    with pytest.raises(ValidationError, match="A3"):
        ws.reports.wall_plan(empty, "Letter")


def test_a_cancelled_batch_stops_and_writes_nothing(ws: Workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    names = tuple(f"Person {i}" for i in range(12))
    prog, _people, pairs = tandem_program(ws, names)
    for p in pairs:
        complete(ws, p)
    cancel = threading.Event()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 3:
            cancel.set()

    with pytest.raises(Cancelled):
        ws.reports.certificates_pdf(program_id=prog, progress=progress, cancel=cancel)
    assert seen[:3] == [(1, 12), (2, 12), (3, 12)]
    folder = tmp_path / "certs"
    folder.mkdir()
    cancel = threading.Event()
    with pytest.raises(Cancelled):
        ws.reports.save_certificate_files(
            prog, folder, lambda d, t: cancel.set() if d == 5 else None, cancel
        )
    assert list(folder.iterdir()) == []
    written = ws.reports.save_certificate_files(prog, folder)
    assert len(written) == 12 and sorted(folder.iterdir()) == sorted(written)
    assert all(pdf_pages(p.read_bytes()) == 1 for p in written)
