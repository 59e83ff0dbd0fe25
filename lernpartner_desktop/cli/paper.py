"""lernpartner print / calendar / verify: documents, calendar files and certificate checks.

Documents are written in the language of ``--lang`` (else ``LERNPARTNER_LANG``, the owner's
choice or the system's, as the app does).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from lernpartner_desktop.cli.output import CLI, error


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    lang = argparse.ArgumentParser(add_help=False)
    lang.add_argument("--lang", choices=("de", "en"), help=CLI.tr("language of the document"))
    id_ = "ID"  # as match and status spell it; the same in both languages
    pr = sub.add_parser("print", parents=[common], help=CLI.tr("write a document as PDF"))
    docs = pr.add_subparsers(dest="document", metavar=CLI.tr("DOCUMENT"), required=True)
    pdf = CLI.tr("FILE.pdf")
    out_pdf = CLI.tr("the PDF file to write")

    schedule = docs.add_parser(
        "schedule",
        parents=[common, lang],
        help=CLI.tr("a partnership's schedule, a program's wall plan or a person's dates"),
    )
    which = schedule.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--partnership", type=int, metavar=id_, help=CLI.tr("the partnership's schedule")
    )
    which.add_argument("--program", type=int, metavar=id_, help=CLI.tr("the program's wall plan"))
    which.add_argument("--person", type=int, metavar=id_, help=CLI.tr("the person's dates"))
    schedule.add_argument(
        "--paper",
        choices=("A4", "A3"),
        default="A4",
        help=CLI.tr("wall plan paper size (landscape)"),
    )
    schedule.add_argument(
        "--each",
        action="store_true",
        help=CLI.tr("with --program: every partnership's schedule instead of the wall plan"),
    )
    schedule.add_argument("--out", type=Path, required=True, metavar=pdf, help=out_pdf)
    schedule.set_defaults(run=_schedule)

    certs = docs.add_parser(
        "certificates",
        parents=[common, lang],
        help=CLI.tr(
            "the certificates of a program's completed partnerships (or of one partnership)"
        ),
    )
    certs.add_argument(
        "--program", type=int, metavar=id_, required=True, help=CLI.tr("the program")
    )
    certs.add_argument("--partnership", type=int, metavar=id_, help=CLI.tr("only this partnership"))
    certs.add_argument("--out", type=Path, required=True, metavar=pdf, help=out_pdf)
    certs.set_defaults(run=_certificates)

    closing = docs.add_parser(
        "closing", parents=[common, lang], help=CLI.tr("a partnership's closing document")
    )
    closing.add_argument(
        "--partnership", type=int, metavar=id_, required=True, help=CLI.tr("the partnership")
    )
    closing.add_argument("--out", type=Path, required=True, metavar=pdf, help=out_pdf)
    closing.set_defaults(run=_closing)

    cal = sub.add_parser(
        "calendar",
        parents=[common, lang],
        help=CLI.tr("a calendar file (.ics) for Outlook & co."),
    )
    who = cal.add_mutually_exclusive_group(required=True)
    who.add_argument(
        "--partnership", type=int, metavar=id_, help=CLI.tr("the partnership's meetings")
    )
    who.add_argument(
        "--program", type=int, metavar=id_, help=CLI.tr("all meetings and events of the program")
    )
    who.add_argument("--person", type=int, metavar=id_, help=CLI.tr("the person's dates"))
    cal.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar=CLI.tr("FILE.ics"),
        help=CLI.tr("the calendar file to write"),
    )
    cal.set_defaults(run=_calendar)

    verify = sub.add_parser(
        "verify", parents=[common], help=CLI.tr("check a certificate's number and check code")
    )
    verify.add_argument(
        "number", metavar=CLI.tr("NUMBER"), help=CLI.tr("the certificate's number (LP-YEAR-NNNN)")
    )
    verify.add_argument("code", metavar=CLI.tr("CODE"), help=CLI.tr("the six-character check code"))
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
    with Workspace.open_existing(folder) as ws:
        doc = make(ws)
        target = ws.reports.save(doc, args.out)
        for warning in doc.warnings:
            error(str(warning))
    print(CLI.tr("{file} (%n page(s))", "", doc.pages).format(file=target))
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
    with Workspace.open_existing(folder) as ws:
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
    from lernpartner_desktop.base.i18n import format_date
    from lernpartner_desktop.core.formats import role_label
    from lernpartner_desktop.workspace import Workspace

    with Workspace.open_existing(folder) as ws:
        v = ws.certificates.verify(number, code)
    if v.state == "unknown":
        print(
            CLI.tr("{number}: NOT issued here (no such number with this check code).").format(
                number=v.number
            )
        )
        return 2
    assert v.period_start and v.period_end and v.issued_on
    what = CLI.tr(
        "{kind} for {holder} ({role}) in the program “{program}”, {start} – {end}, "
        "issued on {issued}"
    ).format(
        kind=CLI.tr("certificate")
        if v.kind == "completion"
        else CLI.tr("confirmation of participation"),
        holder=v.holder_name,
        role=role_label(v.role),
        program=v.program_name,
        start=format_date(v.period_start),
        end=format_date(v.period_end),
        issued=format_date(v.issued_on),
    )
    if v.state == "revoked":
        assert v.revoked_on
        print(
            CLI.tr("{number}: REVOKED on {date}: {what}.").format(
                number=v.number, date=format_date(v.revoked_on), what=what
            )
        )
        return 1
    print(CLI.tr("{number}: GENUINE: {what}.").format(number=v.number, what=what))
    return 0
