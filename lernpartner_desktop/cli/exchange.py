"""lernpartner import / export / gdpr: staff lists in, workbooks out, access and erasure."""

from __future__ import annotations

import argparse
from pathlib import Path

from lernpartner_desktop.cli.output import CLI, error
from lernpartner_desktop.exchange.columns import FIELDS


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    id_ = "ID"  # as match and status spell it; the same in both languages
    imp = sub.add_parser(
        "import", parents=[common], help=CLI.tr("import a staff list (CSV or XLSX)")
    )
    what = imp.add_subparsers(dest="what", metavar=CLI.tr("WHAT"), required=True)
    people = what.add_parser(
        "people",
        parents=[common],
        help=CLI.tr("people from a staff list; prints the preview, --apply imports"),
    )
    people.add_argument(
        "file", type=Path, metavar=CLI.tr("FILE"), help=CLI.tr("the staff list (.csv, .xlsx)")
    )
    people.add_argument("--apply", action="store_true", help=CLI.tr("import (all rows or none)"))
    people.add_argument(
        "--skip-existing",
        action="store_true",
        help=CLI.tr("leave people who are already here as they are (default: update them)"),
    )
    people.add_argument(
        "--sheet", metavar=CLI.tr("NAME"), help=CLI.tr("the sheet of a workbook to read")
    )
    people.add_argument(
        "--column",
        action="append",
        default=[],
        metavar=CLI.tr("HEADER=FIELD"),
        help=CLI.tr(
            "choose the field of a column yourself (FIELD: one of {fields}; empty to ignore "
            "the column)"
        ).format(fields=", ".join(FIELDS)),
    )
    people.set_defaults(
        run=lambda a, folder: _import(
            folder, a.file, a.apply, not a.skip_existing, a.sheet, a.column
        )
    )

    exp = sub.add_parser("export", parents=[common], help=CLI.tr("export everything for Excel"))
    exp.add_argument("format", choices=("xlsx", "csv"), help=CLI.tr("one workbook, or CSV files"))
    exp.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar=CLI.tr("PATH"),
        help=CLI.tr("the workbook to write (xlsx), or the folder for the CSV files (csv)"),
    )
    exp.set_defaults(run=lambda a, folder: _export(folder, a.format, a.out))

    gdpr = sub.add_parser(
        "gdpr", parents=[common], help=CLI.tr("access report or erasure of a person (GDPR)")
    )
    act = gdpr.add_subparsers(dest="action", metavar=CLI.tr("ACTION"), required=True)
    person = CLI.tr("the person")
    access = act.add_parser(
        "access",
        parents=[common],
        help=CLI.tr("write the access report (PDF and JSON) of a person"),
    )
    access.add_argument("--person", type=int, required=True, metavar=id_, help=person)
    access.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar=CLI.tr("DIR"),
        help=CLI.tr("the folder for the two files"),
    )
    access.add_argument(
        "--confidential",
        action="store_true",
        help=CLI.tr("include gap notes and journal entries (asks for the vault passphrase)"),
    )
    access.set_defaults(run=lambda a, folder: _access(folder, a.person, a.out, a.confidential))
    erase = act.add_parser(
        "erase",
        parents=[common],
        help=CLI.tr("erase a person; prints what goes, --apply erases"),
    )
    erase.add_argument("--person", type=int, required=True, metavar=id_, help=person)
    erase.add_argument("--apply", action="store_true", help=CLI.tr("erase (cannot be undone)"))
    erase.set_defaults(run=lambda a, folder: _erase(folder, a.person, a.apply))


def _status_label(status: str) -> str:
    return {
        "new": CLI.tr("new"),
        "changed": CLI.tr("changed"),
        "unchanged": CLI.tr("unchanged"),
        "skipped": CLI.tr("skipped"),
        "error": CLI.tr("not imported"),
    }.get(status, status)


def _import(
    folder: Path, file: Path, apply: bool, update: bool, sheet: str | None, columns: list[str]
) -> int:
    from lernpartner_desktop.core.staff_import import field_label
    from lernpartner_desktop.exchange.columns import field_label as column_label
    from lernpartner_desktop.exchange.people_import import open_staff_file, preview, run_import
    from lernpartner_desktop.workspace import Workspace

    with Workspace.open_existing(folder) as ws:
        staff = open_staff_file(file, ws.staff_import, sheet)
        t = staff.table
        chosen = dict(c.partition("=")[::2] for c in columns)
        for i, header in enumerate(t.headers):
            if header in chosen:
                if chosen[header] and chosen[header] not in FIELDS:
                    error(
                        CLI.tr("unknown field “{field}”; known fields: {fields}").format(
                            field=chosen[header], fields=", ".join(FIELDS)
                        )
                    )
                    return 2
                staff.mapping[i] = chosen[header]
        where = (
            CLI.tr("sheet {sheet}").format(sheet=t.sheet)
            if t.kind == "workbook"
            else f"{t.encoding}, {t.delimiter!r}"
        )
        print(
            f"{file.name} ({where}): "
            + CLI.tr("header in line {line}").format(line=t.header_line)
            + ", "
            + CLI.tr("%n row(s)", "", len(t.rows))
        )
        ignored = CLI.tr("(ignored)")
        for header, f in zip(t.headers, staff.mapping, strict=True):
            print(f"  {header!s:<28} -> {column_label(f) if f else ignored}")
        plan = preview(staff, ws.staff_import, update)
        for row in plan.rows:
            if row.status == "unchanged" and not row.problems:
                continue
            what = _status_label(row.status)
            if row.changes and row.status != "new":
                what += ": " + ", ".join(field_label(c) for c in row.changes)
            print(
                CLI.tr("line {line}: {name}: {what}").format(
                    line=row.line, name=row.name or "–", what=what
                )
            )
            for problem in row.problems:
                kind = CLI.tr("error") if problem.error else CLI.tr("note")
                print(f"    {kind}: {problem.message()}")
        print(
            "\n"
            + CLI.tr(
                "new: {new}, changed: {changed}, unchanged: {unchanged}, skipped: {skipped}, "
                "not imported: {error}."
            ).format(**{k: plan.count(k) for k in _STATUSES})
        )
        if not apply:
            print(CLI.tr("Nothing was changed. Run again with --apply to import."))
            return 0
        result = run_import(staff, ws.staff_import, update)
        print(
            CLI.tr("Imported: new: {added}, updated: {updated}.").format(
                added=result.added, updated=result.updated
            )
        )
    return 0


_STATUSES = ("new", "changed", "unchanged", "skipped", "error")


def _export(folder: Path, fmt: str, out: Path) -> int:
    from lernpartner_desktop.exchange.export import collect, write_csv, write_xlsx
    from lernpartner_desktop.workspace import Workspace

    with Workspace.open_existing(folder) as ws:
        sheets = collect(ws.db)
    if fmt == "xlsx":
        if out.suffix.lower() != ".xlsx":
            out = out.with_suffix(".xlsx")
        out.parent.mkdir(parents=True, exist_ok=True)
        write_xlsx(sheets, out)
        # "People: 40, Programs: 3": a label and a number, no plural to pick.
        counts = ", ".join(f"{s.name()}: {len(s.rows)}" for s in sheets)
        print(CLI.tr("Wrote {file} ({counts}).").format(file=out, counts=counts))
    else:
        files = write_csv(sheets, out)
        print(CLI.tr("Wrote %n CSV file(s) to {folder}.", "", len(files)).format(folder=out))
    return 0


def _access(folder: Path, person_id: int, out: Path, confidential: bool) -> int:
    from lernpartner_desktop.exchange.access import write_access_report
    from lernpartner_desktop.workspace import Workspace

    with Workspace.open_existing(folder) as ws:
        if confidential:
            import getpass

            ws.vault.unlock(getpass.getpass(CLI.tr("Vault passphrase: ")))
        data = ws.gdpr.access(person_id, confidential=confidential)
        pdf, js = write_access_report(data, out, ws.company.get())
    print(CLI.tr("Wrote {pdf}\n  and {json}").format(pdf=pdf, json=js))
    return 0


def _erase(folder: Path, person_id: int, apply: bool) -> int:
    from lernpartner_desktop.core.erasure import count_label
    from lernpartner_desktop.workspace import Workspace

    with Workspace.open_existing(folder) as ws:
        pv = ws.erasure.preview(person_id)
        print(CLI.tr("Erasing {name} (id {id}) removes:").format(name=pv.name, id=pv.person_id))
        for key, n in pv.counts.items():
            if n:
                print(f"  {count_label(key)}: {n}")
        for fate in pv.partnerships:
            line = (
                CLI.tr(
                    "partnership {id} in {program} with {partners}: ends now; the partner "
                    "keeps it with “former participant”"
                )
                if fate.ends_now
                else CLI.tr(
                    "partnership {id} in {program} with {partners}: stays; they appear as "
                    "“former participant”"
                )
            )
            print(
                "  "
                + line.format(id=fate.id, program=fate.program, partners=", ".join(fate.partners))
            )
        if pv.mentions:
            print(
                "  "
                + CLI.tr(
                    "their name or e-mail in %n text(s) of others: replaced by “former "
                    "participant”",
                    "",
                    pv.mentions,
                )
            )
        if pv.unchecked_sealed:
            print(
                "  "
                + CLI.tr(
                    "%n confidential text(s) cannot be checked for the name while the vault is "
                    "locked (unlock it in the app to include them)",
                    "",
                    pv.unchecked_sealed,
                )
            )
        print(CLI.tr("Backups made before today still hold this person until they are deleted."))
        if not apply:
            print(
                CLI.tr("Nothing was changed. Run again with --apply to erase (cannot be undone).")
            )
            return 0
        result = ws.erasure.erase(person_id)
    print(CLI.tr("{name} was erased.").format(name=result.name))
    return 0
