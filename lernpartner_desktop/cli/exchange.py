"""lernpartner import / export / gdpr: staff lists in, workbooks out, access and erasure."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lernpartner_desktop.cli.output import CLI


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    imp = sub.add_parser("import", parents=[common], help="import a staff list (CSV or XLSX)")
    what = imp.add_subparsers(dest="what", metavar="WHAT", required=True)
    people = what.add_parser(
        "people",
        parents=[common],
        help="people from a staff list; prints the preview, --apply imports",
    )
    people.add_argument("file", type=Path, metavar="FILE", help="the staff list (.csv, .xlsx)")
    people.add_argument("--apply", action="store_true", help="import (all rows or none)")
    people.add_argument(
        "--skip-existing",
        action="store_true",
        help="leave people who are already here as they are (default: update them)",
    )
    people.add_argument("--sheet", metavar="NAME", help="the sheet of a workbook to read")
    people.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="HEADER=FIELD",
        help="choose the field of a column yourself (FIELD: one of "
        "first_name, last_name, name, personnel_number, department, job_title, location, "
        "manager, email, phone, birth_year, birth_date, entry_date, entry_year, languages, offers, "
        "seeks; "
        "empty to ignore the column)",
    )
    people.set_defaults(
        run=lambda a, folder: _import(
            folder, a.file, a.apply, not a.skip_existing, a.sheet, a.column
        )
    )

    exp = sub.add_parser("export", parents=[common], help="export everything for Excel")
    exp.add_argument("format", choices=("xlsx", "csv"), help="one workbook, or CSV files")
    exp.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="PATH",
        help="the workbook to write (xlsx), or the folder for the CSV files (csv)",
    )
    exp.set_defaults(run=lambda a, folder: _export(folder, a.format, a.out))

    gdpr = sub.add_parser("gdpr", parents=[common], help="access report or erasure of a person")
    act = gdpr.add_subparsers(dest="action", metavar="ACTION", required=True)
    access = act.add_parser(
        "access", parents=[common], help="write the access report (PDF and JSON) of a person"
    )
    access.add_argument("--person", type=int, required=True, metavar="ID")
    access.add_argument("--out", type=Path, required=True, metavar="DIR")
    access.add_argument(
        "--confidential",
        action="store_true",
        help="include gap notes and journal entries (asks for the vault passphrase)",
    )
    access.set_defaults(run=lambda a, folder: _access(folder, a.person, a.out, a.confidential))
    erase = act.add_parser(
        "erase", parents=[common], help="erase a person; prints what goes, --apply erases"
    )
    erase.add_argument("--person", type=int, required=True, metavar="ID")
    erase.add_argument("--apply", action="store_true", help="erase (cannot be undone)")
    erase.set_defaults(run=lambda a, folder: _erase(folder, a.person, a.apply))


def _import(
    folder: Path, file: Path, apply: bool, update: bool, sheet: str | None, columns: list[str]
) -> int:
    from lernpartner_desktop.core.staff_import import field_label
    from lernpartner_desktop.exchange.columns import FIELDS
    from lernpartner_desktop.exchange.columns import field_label as column_label
    from lernpartner_desktop.exchange.people_import import open_staff_file, preview, run_import
    from lernpartner_desktop.workspace import Workspace

    with Workspace.open(folder) as ws:
        staff = open_staff_file(file, ws.staff_import, sheet)
        t = staff.table
        chosen = dict(c.partition("=")[::2] for c in columns)
        for i, header in enumerate(t.headers):
            if header in chosen:
                if chosen[header] and chosen[header] not in FIELDS:
                    print(f"lernpartner: unknown field {chosen[header]!r}", file=sys.stderr)
                    return 2
                staff.mapping[i] = chosen[header]
        where = f"sheet {t.sheet}" if t.kind == "workbook" else f"{t.encoding}, {t.delimiter!r}"
        rows = CLI.tr("%n row(s)", "", len(t.rows))
        print(
            f"{file.name} ({where}): "
            + CLI.tr("header in line {line}").format(line=t.header_line)
            + f", {rows}"
        )
        for header, f in zip(t.headers, staff.mapping, strict=True):
            print(f"  {header!s:<28} -> {column_label(f) if f else '(ignored)'}")
        plan = preview(staff, ws.staff_import, update)
        for row in plan.rows:
            if row.status == "unchanged" and not row.problems:
                continue
            what = row.status
            if row.changes and row.status != "new":
                what += ": " + ", ".join(field_label(c) for c in row.changes)
            print(f"line {row.line}: {row.name or '–'}: {what}")
            for problem in row.problems:
                kind = "error" if problem.error else "note"
                print(f"    {kind}: {problem.message()}")
        print(
            f"\n{plan.count('new')} new, {plan.count('changed')} changed, "
            f"{plan.count('unchanged')} unchanged, {plan.count('skipped')} skipped, "
            f"{plan.count('error')} not imported."
        )
        if not apply:
            print("Nothing was changed. Run again with --apply to import.")
            return 0
        result = run_import(staff, ws.staff_import, update)
        print(f"Imported: {result.added} added, {result.updated} updated.")
    return 0


def _export(folder: Path, fmt: str, out: Path) -> int:
    from lernpartner_desktop.exchange.export import collect, write_csv, write_xlsx
    from lernpartner_desktop.workspace import Workspace

    with Workspace.open(folder) as ws:
        sheets = collect(ws.db)
    if fmt == "xlsx":
        if out.suffix.lower() != ".xlsx":
            out = out.with_suffix(".xlsx")
        out.parent.mkdir(parents=True, exist_ok=True)
        write_xlsx(sheets, out)
        print(f"Wrote {out} ({', '.join(f'{s.name()} {len(s.rows)}' for s in sheets)}).")
    else:
        files = write_csv(sheets, out)
        print(CLI.tr("Wrote %n CSV file(s) to {folder}.", "", len(files)).format(folder=out))
    return 0


def _access(folder: Path, person_id: int, out: Path, confidential: bool) -> int:
    from lernpartner_desktop.exchange.access import write_access_report
    from lernpartner_desktop.workspace import Workspace

    with Workspace.open(folder) as ws:
        if confidential:
            import getpass

            ws.vault.unlock(getpass.getpass("Vault passphrase: "))
        data = ws.gdpr.access(person_id, confidential=confidential)
        pdf, js = write_access_report(data, out, ws.company.get())
    print(f"Wrote {pdf}\n  and {js}")
    return 0


def _erase(folder: Path, person_id: int, apply: bool) -> int:
    from lernpartner_desktop.core.erasure import count_label
    from lernpartner_desktop.workspace import Workspace

    with Workspace.open(folder) as ws:
        pv = ws.erasure.preview(person_id)
        print(f"Erasing {pv.name} (id {pv.person_id}) removes:")
        for key, n in pv.counts.items():
            if n:
                print(f"  {count_label(key)}: {n}")
        for fate in pv.partnerships:
            how = "ends now" if fate.ends_now else "stays for the partner"
            print(
                f"  partnership {fate.id} in {fate.program} with {', '.join(fate.partners)}: "
                f"{how}, as 'former participant'"
            )
        if pv.mentions:
            print(f"  their name or e-mail in {pv.mentions} text(s) of others: replaced")
        if pv.unchecked_sealed:
            print(
                f"  {pv.unchecked_sealed} confidential text(s) cannot be checked for the name "
                "while the vault is locked (unlock in the app to include them)"
            )
        print("Backups made before today still hold this person until they are deleted.")
        if not apply:
            print("Nothing was changed. Run again with --apply to erase (cannot be undone).")
            return 0
        result = ws.erasure.erase(person_id)
    print(f"{result.name} was erased.", file=sys.stdout)
    return 0
