"""Every document the app prints, as one service: read, lay out, return PDF bytes.

Documents are rendered in memory; only :meth:`ReportService.save` and
:meth:`ReportService.save_certificate_files` write, atomically, so a cancelled or failed job
leaves no file. Long jobs take ``progress(done, total)`` and a ``cancel`` event; they run on
the database worker in the UI (see ``ui/operations.py``).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lernpartner_desktop.base.atomic import save_user_file
from lernpartner_desktop.base.errors import Cancelled, ValidationError
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP
from lernpartner_desktop.core.certificates import CertificateService, IssuedCertificate
from lernpartner_desktop.core.company import CompanyService
from lernpartner_desktop.core.paper import PaperService
from lernpartner_desktop.reports import layout
from lernpartner_desktop.reports.layout import Progress, tr

T = {
    "schedule": QT_TRANSLATE_NOOP("Reports", "Schedule"),
    "schedules": QT_TRANSLATE_NOOP("Reports", "Schedules"),
    "wall_plan": QT_TRANSLATE_NOOP("Reports", "Wall plan"),
    "my_dates": QT_TRANSLATE_NOOP("Reports", "My dates"),
    "certificates": QT_TRANSLATE_NOOP("Reports", "Certificates"),
    "certificate": QT_TRANSLATE_NOOP("Reports", "Certificate"),
    "closing": QT_TRANSLATE_NOOP("Reports", "Closing document"),
}
PAPER_SIZES = ("A4", "A3")


@dataclass(frozen=True)
class Document:
    """A rendered document: the PDF, a title, a file name to suggest, and warnings."""

    pdf: bytes
    title: str
    file_name: str
    warnings: tuple[str, ...] = ()

    @property
    def pages(self) -> int:
        return layout.page_count(self.pdf)


def safe_file_name(text: str) -> str:
    """A file name for every file system: no path characters, not too long."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "", text).strip(" .")
    return (name or "Lernpartner")[:120]


class ReportService:
    def __init__(
        self, paper: PaperService, certificates: CertificateService, company: CompanyService
    ) -> None:
        self.paper = paper
        self.certificates = certificates
        self.company = company

    def _head(self) -> layout.Letterhead:
        return layout.Letterhead.from_profile(self.company.get())

    def _document(
        self, story: list[Any], title: str, name: str, head: layout.Letterhead, **kw: Any
    ) -> Document:
        pdf = layout.build_pdf(story, title=title, letterhead=head, **kw)
        return Document(pdf, title, safe_file_name(name) + ".pdf", head.warnings)

    # -- schedules -----------------------------------------------------------------------------

    def schedule(self, partnership_id: int) -> Document:
        from lernpartner_desktop.reports.schedule import schedule_story

        pair = self.paper.partnership(partnership_id)
        title = tr(T["schedule"])
        story = schedule_story([pair], layout.styles())
        return self._document(story, title, f"{title} {pair.title}", self._head())

    def schedules(
        self,
        program_id: int,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> Document:
        """The schedule of every running or completed partnership of a program."""
        from lernpartner_desktop.reports.schedule import schedule_story

        program = self.paper.program(
            program_id, phases=("preparation", "planning", "learning", "closing", "completed")
        )
        self._require_pairs(program.name, len(program.partnerships))
        title = tr(T["schedules"])
        story = schedule_story(list(program.partnerships), layout.styles())
        return self._document(
            story,
            title,
            f"{title} {program.name}",
            self._head(),
            progress=progress,
            cancel=cancel,
            expected_pages=len(program.partnerships),
        )

    def wall_plan(self, program_id: int, paper: str = "A4") -> Document:
        from lernpartner_desktop.reports.wall_plan import wall_plan_story

        if paper not in PAPER_SIZES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Choose the paper size A4 or A3."), field="paper"
            )
        program = self.paper.program(
            program_id, phases=("preparation", "planning", "learning", "closing", "completed")
        )
        title = tr(T["wall_plan"])
        story, pagesize = wall_plan_story(program, paper)
        return self._document(
            story, title, f"{title} {program.name} {paper}", self._head(), pagesize=pagesize
        )

    def person_dates(self, person_id: int) -> Document:
        from lernpartner_desktop.reports.schedule import dates_story

        dates = self.paper.person_dates(person_id)
        title = tr(T["my_dates"])
        story = dates_story(dates, layout.styles())
        return self._document(story, title, f"{title} {dates.person.name}", self._head())

    # -- certificates --------------------------------------------------------------------------

    def issue(
        self, program_id: int | None = None, partnership_id: int | None = None
    ) -> list[IssuedCertificate]:
        if partnership_id is not None:
            return self.certificates.issue_for_partnership(partnership_id)
        if program_id is None:
            raise ValueError("a program or a partnership")
        return self.certificates.issue_for_program(program_id)

    def certificates_pdf(
        self,
        program_id: int | None = None,
        partnership_id: int | None = None,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> Document:
        """Certificates of a program (completed partnerships) or of one partnership."""
        certs = self.issue(program_id, partnership_id)
        return self._certificates_document(certs, progress, cancel)

    def _certificates_document(
        self,
        certs: list[IssuedCertificate],
        progress: Progress | None,
        cancel: threading.Event | None,
        head: layout.Letterhead | None = None,
    ) -> Document:
        from lernpartner_desktop.reports.certificates import certificates_story

        head = head or self._head()
        texts = {
            pid: self.certificates.texts(pid) for pid in {c.partnership.program_id for c in certs}
        }
        story = certificates_story(certs, head, texts)
        first = certs[0]
        if len(certs) == 1:
            name = f"{tr(T['certificate'])} {first.number} {first.holder_name}"
        else:
            name = f"{tr(T['certificates'])} {first.partnership.program_name}"
        return self._document(
            story,
            tr(T["certificates"]),
            name,
            head,
            header=False,
            numbered=False,
            footer_left="",
            progress=progress,
            cancel=cancel,
            expected_pages=len(certs),
        )

    def save_certificate_files(
        self,
        program_id: int,
        folder: Path,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> list[Path]:
        """One PDF per certificate in ``folder``: all of them, or (cancelled, failed) none."""
        certs = self.certificates.issue_for_program(program_id)
        head = self._head()
        rendered: list[tuple[Path, bytes]] = []
        for i, cert in enumerate(certs, start=1):
            if cancel is not None and cancel.is_set():
                raise Cancelled(QT_TRANSLATE_NOOP("Errors", "Cancelled. No file was written."))
            doc = self._certificates_document([cert], None, None, head)
            rendered.append((Path(folder) / doc.file_name, doc.pdf))
            if progress is not None:
                progress(i, len(certs))
        written: list[Path] = []
        try:
            for target, pdf in rendered:
                existed = target.exists()
                save_user_file(target, pdf)
                if not existed:
                    written.append(target)
        except BaseException:
            for path in written:  # all or nothing: a half batch is worse than none
                path.unlink(missing_ok=True)
            raise
        return [t for t, _pdf in rendered]

    # -- closing -------------------------------------------------------------------------------

    def closing(self, partnership_id: int) -> Document:
        from lernpartner_desktop.reports.closing import closing_story

        pair = self.paper.partnership(partnership_id)
        title = tr(T["closing"])
        story = closing_story([pair], layout.styles())
        return self._document(story, title, f"{title} {pair.title}", self._head())

    # -- writing -------------------------------------------------------------------------------

    @staticmethod
    def save(doc: Document, target: Path) -> Path:
        """Write a document atomically (``.pdf`` added when missing)."""
        target = Path(target)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        save_user_file(target, doc.pdf)
        return target

    @staticmethod
    def _require_pairs(program_name: str, count: int) -> None:
        if not count:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "“{program}” has no partnerships to print yet."),
                program=program_name,
            )
