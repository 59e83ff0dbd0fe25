"""Paper figures: certificates, wall plan, calendar file and the first page of a preview.

Goals (issue 11), each against ReportLab writing the same number of plain one-line pages in
the same run (the machine is shared and noisy; the ratio says what the layout costs):
- 500 certificates with logo in one PDF: at most 5 s;
- a wall plan for 200 tandems over 12 months: at most 2 s;
- the calendar file of a 200-tandem program: at most 1 s (the baseline: one plain page per
  tandem);
- the preview of a 500-page PDF shows its first page within 0.5 s.

The documents are built from the records the services hand to the reports (no database), so
the figures are the rendering alone. Run: ``python benchmarks/bench_reports.py``
"""

from __future__ import annotations

import datetime as dt
import io
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _quick import QUICK, size

from lernpartner_desktop.core.certificates import IssuedCertificate
from lernpartner_desktop.core.paper import (
    PaperGoal,
    PaperMeeting,
    PaperPartnership,
    PaperPerson,
    PaperProgram,
)
from lernpartner_desktop.reports import layout

CERTIFICATES = size(500, 6)
TANDEMS = size(200, 4)
PREVIEW_PAGES = size(500, 6)
RUNS = size(3, 1)
START = dt.date(2026, 1, 5)
END = dt.date(2026, 12, 18)


def timed(fn) -> float:  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def median(fn) -> float:  # type: ignore[no-untyped-def]
    return statistics.median(timed(fn) for _ in range(RUNS))


def plain_pages(n: int) -> bytes:
    """The baseline: ReportLab's canvas writing n pages of one line each."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    c = Canvas(out, pagesize=A4)
    for i in range(n):
        c.setFont("Helvetica", 12)
        c.drawString(72, 770, f"Page {i + 1}")
        c.showPage()
    c.save()
    return out.getvalue()


def logo() -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (1200, 400), "white")
    ImageDraw.Draw(img).rectangle((40, 40, 1160, 360), fill=(29, 78, 137))
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


def tandem(i: int) -> PaperPartnership:
    a = PaperPerson(2 * i + 1, f"Ayşe Krüger-{i:03d}", "peer", f"a{i}@example.de")
    b = PaperPerson(2 * i + 2, f"Łukasz Wójcik-{i:03d}", "peer")
    meetings = []
    day = dt.datetime.combine(START + dt.timedelta(days=i % 14), dt.time(16))
    n = 0
    while day.date() <= END:
        status = "held" if day.date() < dt.date(2026, 7, 1) else "planned"
        meetings.append(
            PaperMeeting(
                10_000 * i + n,
                1,
                i + 1,
                f"s{i}",
                day,
                60,
                "onsite",
                "Raum 3",
                "regular",
                status,
            )
        )
        day += dt.timedelta(weeks=2)
        n += 1
    goals = (
        PaperGoal("Pivot-Tabellen sicher anwenden", "drei Berichte", "achieved", "", ()),
        PaperGoal("Präsentieren vor Gruppen", "zwei Vorträge", "achieved", "", ()),
    )
    return PaperPartnership(
        i + 1,
        1,
        "Lern-Tandems Vertrieb & Produktion",
        "tandem",
        START,
        END,
        "completed",
        START,
        END,
        (a, b),
        goals,
        tuple(meetings),
    )


def main() -> None:
    from lernpartner_desktop.reports.certificates import certificates_story
    from lernpartner_desktop.reports.wall_plan import wall_plan_story

    head = layout.Letterhead.from_profile(
        type(
            "Profile",
            (),
            {
                "name": "Müller & Söhne Metallbau GmbH",
                "address": "Industriestraße 12\n34123 Kassel",
                "signatory_name": "Jörg Müller",
                "signatory_role": "Geschäftsführer",
                "logo_png": logo(),
                "signature_png": None,
            },
        )()
    )
    pairs = [tandem(i) for i in range(max(TANDEMS, CERTIFICATES // 2))]
    layout.styles()  # fonts registered before anything is timed

    certs = [
        IssuedCertificate(
            f"LP-2026-{n:04d}",
            "7KQ2MX",
            "completion",
            m.id,
            m.name,
            m.role,
            p,
            START,
            END,
            END,
        )
        for n, (p, m) in enumerate(((p, m) for p in pairs for m in p.members), start=1)
    ][:CERTIFICATES]
    pdf = b""

    def build_certs() -> None:
        nonlocal pdf
        story = certificates_story(certs, head, {})
        pdf = layout.build_pdf(
            story,
            title="Zertifikate",
            letterhead=head,
            header=False,
            numbered=False,
            footer_left="",
        )

    t = median(build_certs)
    pages = layout.page_count(pdf)
    b = median(lambda: plain_pages(pages))
    assert pages == len(certs)
    print(
        f"{len(certs)} certificates with logo and QR code: {t:.2f} s, {pages} pages, "
        f"{len(pdf) / 1e6:.1f} MB; plain pages {b:.3f} s; ratio {t / b:.0f}x (goal <= 5 s)"
    )

    program = PaperProgram(
        1,
        "Lern-Tandems Vertrieb & Produktion",
        "tandem",
        START,
        END,
        None,
        None,
        tuple(pairs[:TANDEMS]),
    )

    def build_wall() -> None:
        nonlocal pdf
        story, pagesize = wall_plan_story(program, "A4")
        pdf = layout.build_pdf(story, title="Wandplan", letterhead=head, pagesize=pagesize)

    t = median(build_wall)
    pages = layout.page_count(pdf)
    b = median(lambda: plain_pages(pages))
    meetings = sum(len(p.meetings) for p in program.partnerships)
    print(
        f"Wall plan, {TANDEMS} tandems over 12 months ({meetings} meetings): {t:.2f} s, "
        f"{pages} pages; plain pages {b:.3f} s; ratio {t / b:.0f}x (goal <= 2 s)"
    )

    from lernpartner_desktop.exchange.calendar import build_calendar, entries_of

    data = b""

    def build_ics() -> None:
        nonlocal data
        data = build_calendar(entries_of(program.partnerships), program.name, "bench")

    t = median(build_ics)
    b = median(lambda: plain_pages(TANDEMS))
    print(
        f"Calendar of {TANDEMS} tandems ({meetings} meetings): {t:.3f} s, "
        f"{len(data) / 1e3:.0f} kB; {TANDEMS} plain pages {b:.3f} s; ratio {t / b:.1f}x "
        "(goal <= 1 s)"
    )

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from lernpartner_desktop.ui.print_preview import PrintPreviewDialog

    app = QApplication.instance() or QApplication([])
    big = plain_pages(PREVIEW_PAGES)
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        dlg = PrintPreviewDialog(big, "Vorschau", "x.pdf")
        dlg.show()
        app.processEvents()
        assert dlg.canvas.rendered(0)
        times.append(time.perf_counter() - start)
        dlg.close()
        dlg.deleteLater()
        app.processEvents()
    t = statistics.median(times)
    b = median(lambda: plain_pages(PREVIEW_PAGES))
    print(
        f"Preview of a {PREVIEW_PAGES}-page PDF, first page shown: {t * 1000:.0f} ms; "
        f"writing those pages {b:.3f} s; ratio {t / b:.2f}x (goal <= 0.5 s)"
    )
    if QUICK:
        print("(quick mode: sizes are tiny, the figures mean nothing)")


if __name__ == "__main__":
    main()
