"""lernpartner print / calendar / verify: documents, calendar files and certificate checks.

Documents are written in the language of ``--lang`` (else ``LERNPARTNER_LANG``, the owner's
choice or the system's, as the app does).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    lang = argparse.ArgumentParser(add_help=False)
    lang.add_argument("--lang", choices=("de", "en"), help="language of the document")
    pr = sub.add_parser("print", parents=[common], help="write a document as PDF")
    docs = pr.add_subparsers(dest="document", metavar="DOCUMENT", required=True)

    schedule = docs.add_parser(
        "schedule",
        parents=[common, lang],
        help="a partnership's schedule, a program's wall plan or a person's dates",
    )
    which = schedule.add_mutually_exclusive_group(required=True)
    which.add_argument("--partnership", type=int, metavar="ID")
    which.add_argument("--program", type=int, metavar="ID", help="the program's wall plan")
    which.add_argument("--person", type=int, metavar="ID", help="the person's dates")
    schedule.add_argument(
        "--paper", choices=("A4", "A3"), default="A4", help="wall plan paper size (landscape)"
    )
    schedule.add_argument(
        "--each",
        action="store_true",
        help="with --program: every partnership's schedule instead of the wall plan",
    )
    schedule.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    schedule.set_defaults(run=_schedule)

    certs = docs.add_parser(
        "certificates",
        parents=[common, lang],
        help="the certificates of a program's completed partnerships (or of one partnership)",
    )
    certs.add_argument("--program", type=int, metavar="ID", required=True)
    certs.add_argument("--partnership", type=int, metavar="ID")
    certs.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    certs.set_defaults(run=_certificates)

    closing = docs.add_parser(
        "closing", parents=[common, lang], help="a partnership's closing document"
    )
    closing.add_argument("--partnership", type=int, metavar="ID", required=True)
    closing.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    closing.set_defaults(run=_closing)

    cal = sub.add_parser(
        "calendar", parents=[common, lang], help="a calendar file (.ics) for Outlook & co."
    )
    who = cal.add_mutually_exclusive_group(required=True)
    who.add_argument("--partnership", type=int, metavar="ID")
    who.add_argument("--program", type=int, metavar="ID")
    who.add_argument("--person", type=int, metavar="ID")
    cal.add_argument("--out", type=Path, required=True, metavar="FILE.ics")
    cal.set_defaults(run=_calendar)

    verify = sub.add_parser(
        "verify", parents=[common], help="check a certificate's number and check code"
    )
    verify.add_argument("number")
    verify.add_argument("code")
    verify.set_defaults(run=lambda args, folder: _verify(folder, args.number, args.code))


def _language(code: str | None) -> Any:
    """Documents in ``--lang`` when given; otherwise the language the command line already
    speaks (cli/output.setup)."""
    if not code:
        return None
    from lernpartner_desktop.ui.i18n import use_language

    return use_language(code)


def _write(folder: Path, args: argparse.Namespace, make: Any) -> int:
    from lernpartner_desktop.workspace import Workspace

    keep = _language(args.lang)  # noqa: F841 - the translators live while we print
    with Workspace.open(folder) as ws:
        doc = make(ws)
        target = ws.reports.save(doc, args.out)
        for warning in doc.warnings:
            print(f"lernpartner: {warning}", file=sys.stderr)
    print(f"{target} ({doc.pages} page(s))")
    return 0


def _schedule(args: argparse.Namespace, folder: Path) -> int:
    def make(ws: Any) -> Any:
        if args.partnership is not None:
            return ws.reports.schedule(args.partnership)
        if args.person is not None:
            return ws.reports.person_dates(args.person)
        if args.each:
            return ws.reports.schedules(args.program)
        return ws.reports.wall_plan(args.program, args.paper)

    return _write(folder, args, make)


def _certificates(args: argparse.Namespace, folder: Path) -> int:
    def make(ws: Any) -> Any:
        if args.partnership is not None:
            pair = ws.paper.partnership(args.partnership)
            if pair.program_id != args.program:
                from lernpartner_desktop.base.errors import ValidationError
                from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP

                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "That partnership belongs to another program.")
                )
            return ws.reports.certificates_pdf(partnership_id=args.partnership)
        return ws.reports.certificates_pdf(program_id=args.program)

    return _write(folder, args, make)


def _closing(args: argparse.Namespace, folder: Path) -> int:
    return _write(folder, args, lambda ws: ws.reports.closing(args.partnership))


def _calendar(args: argparse.Namespace, folder: Path) -> int:
    from lernpartner_desktop.workspace import Workspace

    keep = _language(args.lang)  # noqa: F841
    with Workspace.open(folder) as ws:
        if args.partnership is not None:
            data, _name = ws.calendar.for_partnership(args.partnership)
        elif args.program is not None:
            data, _name = ws.calendar.for_program(args.program)
        else:
            data, _name = ws.calendar.for_person(args.person)
        target = ws.calendar.save(data, args.out)
    print(target)
    return 0


def _verify(folder: Path, number: str, code: str) -> int:
    """Exit 0: genuine; 1: revoked; 2: not issued here."""
    from lernpartner_desktop.workspace import Workspace

    with Workspace.open(folder) as ws:
        v = ws.certificates.verify(number, code)
    if v.state == "unknown":
        print(f"{v.number}: NOT issued here (no such number with this check code).")
        return 2
    kind = "certificate" if v.kind == "completion" else "confirmation of participation"
    what = (
        f"{kind} for {v.holder_name} ({v.role}) in the program “{v.program_name}”, "
        f"{v.period_start:%d.%m.%Y} – {v.period_end:%d.%m.%Y}, issued on {v.issued_on:%d.%m.%Y}"
    )
    if v.state == "revoked":
        print(f"{v.number}: REVOKED on {v.revoked_on:%d.%m.%Y}: {what}.")
        return 1
    print(f"{v.number}: GENUINE: {what}.")
    return 0
