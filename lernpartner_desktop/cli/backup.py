"""Backups from the command line: backup, backups, verify-backup, restore.

The passphrase and the recovery code are read from the terminal without echo (getpass), or
one per line from standard input when it is not a terminal (scripts); never from the
command line's arguments, which other users of the PC can see in the process list.

Every text goes through ``CLI.tr``; counts are written as "label: number", so that no text
needs a plural form.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from lernpartner_desktop.cli.output import CLI

if TYPE_CHECKING:
    from lernpartner_desktop.backup.restore import Secret, Staged
    from lernpartner_desktop.backup.service import BackupResult
    from lernpartner_desktop.workspace import Workspace


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    backup = sub.add_parser(
        "backup",
        parents=[common],
        help=CLI.tr("make a verified backup (into the backup folder, or --to a stick)"),
    )
    backup.add_argument(
        "--to",
        metavar="DIR",
        type=Path,
        help=CLI.tr("a stick or folder; keeps its last backups"),
    )
    backup.set_defaults(run=lambda args, folder: _backup(folder, args.to))
    listing = sub.add_parser(
        "backups",
        parents=[common],
        help=CLI.tr("list the backups with date, size and verification"),
    )
    listing.add_argument(
        "--in",
        dest="where",
        metavar="DIR",
        type=Path,
        help=CLI.tr("another folder"),
    )
    listing.set_defaults(run=lambda args, folder: _backups(folder, args.where))
    code_help = CLI.tr("ask for the recovery code instead")
    verify = sub.add_parser(
        "verify-backup",
        parents=[common],
        help=CLI.tr("open and check every part of a backup (asks for the passphrase)"),
    )
    verify.add_argument("file", type=Path)
    verify.add_argument("--recovery-code", action="store_true", help=code_help)
    verify.set_defaults(run=lambda args, folder: _verify(folder, args.file, args.recovery_code))
    restore = sub.add_parser(
        "restore",
        parents=[common],
        # One line in an 80-column console, as every command's description.
        help=CLI.tr("replace the data by a backup (the current data is backed up first)"),
    )
    restore.add_argument("file", type=Path)
    restore.add_argument("--recovery-code", action="store_true", help=code_help)
    restore.add_argument(
        "--yes",
        action="store_true",
        help=CLI.tr("do not ask before replacing"),
    )
    restore.set_defaults(
        run=lambda args, folder: _restore(folder, args.file, args.recovery_code, args.yes)
    )


def read_secret(prompt: str) -> str:
    """From the terminal without echo, or the next line of standard input."""
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline()
    return line.rstrip("\r\n")


def _secret(recovery_code: bool) -> Secret:
    from lernpartner_desktop.backup.restore import Secret

    if recovery_code:
        return Secret("recovery_code", read_secret(CLI.tr("Recovery code: ")))
    return Secret("passphrase", read_secret(CLI.tr("Passphrase: ")))


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


def _when(value: dt.datetime | None) -> str:
    return "-" if value is None else value.astimezone().strftime("%d.%m.%Y %H:%M")


def _counts(people: int, programs: int, partnerships: int) -> str:
    return CLI.tr("people: {people}, programs: {programs}, partnerships: {partnerships}").format(
        people=people, programs=programs, partnerships=partnerships
    )


def _made(result: BackupResult) -> None:
    m = result.info.manifest
    print(CLI.tr("Backup written and verified: {path}").format(path=result.path))
    print(f"  {_mb(result.size)}; {_counts(m.people, m.programs, m.partnerships)}")
    if result.removed:
        print(
            "  "
            + CLI.tr("Older backups removed: {removed}; kept there: {kept}.").format(
                removed=len(result.removed), kept=result.kept
            )
        )
    if result.fallback:
        print(
            "  " + CLI.tr("The backup folder from the settings is missing; used the default one.")
        )


def _backup(folder: Path, to: Path | None) -> int:
    from lernpartner_desktop.workspace import Workspace

    with Workspace.open_existing(folder) as ws:
        result = ws.backups.make("manual") if to is None else ws.backups.to_removable(to)
        _made(result)
    return 0


def _backups(folder: Path, where: Path | None) -> int:
    from lernpartner_desktop.workspace import Workspace

    with Workspace.open_existing(folder) as ws:
        items = ws.backups.listing(where)
        shown = where or ws.backups.folder()[0]
    if not items:
        print(CLI.tr("No backups in {folder}.").format(folder=shown))
        return 0
    made, size = CLI.tr("made"), CLI.tr("size")
    people, verified = (
        CLI.tr("people"),
        CLI.tr("verified"),
    )
    print(f"{made:16}  {size:>9}  {people:>8}  {verified:16}  " + CLI.tr("file"))
    for item in items:
        if item.info is None:
            print(f"{'?':16}  {_mb(item.size):>9}  {'':>8}  {'-':16}  {item.path}")
            print(f"  {item.problem}")
            continue
        m = item.info.manifest
        print(
            f"{_when(m.created):16}  {_mb(item.size):>9}  {m.people:>8}  "
            f"{_when(item.verified_at):16}  {item.path}"
        )
    return 0


def _verify(folder: Path, file: Path, recovery_code: bool) -> int:
    from lernpartner_desktop.workspace import Workspace

    with Workspace.open_existing(folder) as ws:
        info = ws.backups.verify_file(file, _secret(recovery_code))
    m = info.manifest
    print(
        CLI.tr("{file}: sound. Made {when} with Lernpartner {version}; {counts}.").format(
            file=file,
            when=_when(m.created),
            version=m.app_version,
            counts=_counts(m.people, m.programs, m.partnerships),
        )
    )
    return 0


def _code_or_passphrase(typed: str) -> Secret:
    """A recovery code if it reads as one (with or without dashes), else a passphrase."""
    from lernpartner_desktop.backup.restore import Secret
    from lernpartner_desktop.base.errors import RecoveryCodeInvalid
    from lernpartner_desktop.vault.crypto import parse_recovery_code

    try:
        parse_recovery_code(typed)
    except RecoveryCodeInvalid:
        return Secret("passphrase", typed)
    return Secret("recovery_code", typed)


def _preview(ws: Workspace, staged: Staged) -> None:
    m, f = staged.info.manifest, staged.facts
    print(
        CLI.tr("Backup of {when}, made with Lernpartner {version}:").format(
            when=_when(m.created), version=m.app_version
        )
    )
    print("  " + _counts(f.people, f.programs, f.partnerships))
    if f.company:
        print("  " + CLI.tr("company: {company}").format(company=f.company))
    if ws.is_empty():
        print(CLI.tr("The data folder is empty; nothing is replaced."))
    else:
        print(
            CLI.tr(
                "It replaces the data in {folder} (people now: {people}); the current "
                "data is kept as a backup first."
            ).format(folder=ws.folder, people=ws.people.count())
        )


def _ask_old_secret(staged: Staged) -> Secret | None:
    from lernpartner_desktop.backup.restore import check_old_secret

    print(
        CLI.tr(
            "Today's secret opened this backup through a newer key. Its confidential notes "
            "open with the passphrase of that day or the recovery code."
        )
    )
    if staged.opened.secret.kind != "passphrase":
        return None
    typed = read_secret(
        CLI.tr(
            "Recovery code or that day's passphrase, to keep today's passphrase (Enter to skip): "
        )
    )
    if not typed:
        return None
    old = _code_or_passphrase(typed)
    check_old_secret(staged, old)
    return old


def _confirmed(yes: bool) -> bool:
    if yes:
        return True
    if not sys.stdin.isatty():
        print(CLI.tr("Not restored: confirm with --yes when not at a terminal."))
        return False
    answer = input(CLI.tr("Restore now? [y/N] ")).strip().lower()
    if answer in ("y", "yes", "j", "ja"):
        return True
    print(CLI.tr("Nothing was changed."))
    return False


def _restore(folder: Path, file: Path, recovery_code: bool, yes: bool) -> int:
    from lernpartner_desktop.backup.restore import discard
    from lernpartner_desktop.base.errors import RestoreFailed
    from lernpartner_desktop.workspace import Workspace

    ws = Workspace.open(folder)
    try:
        staged = ws.backups.stage_restore(file, _secret(recovery_code))
        try:
            _preview(ws, staged)
            old = _ask_old_secret(staged) if staged.notes_need_old_secret else None
            # A new PC (nothing here yet) has nothing to lose: no confirmation needed.
            if not ws.is_empty() and not _confirmed(yes):
                discard(staged)
                return 1
            new = ws.backups.finish_restore(staged, old_secret=old)
        except RestoreFailed as exc:
            ws = exc.workspace  # type: ignore[attr-defined]  # the old data, put back
            raise
        except BaseException:
            discard(staged)
            raise
        assert isinstance(new, Workspace)
        ws = new
        print(
            CLI.tr("Restored into {folder}; people: {people}.").format(
                folder=ws.folder, people=ws.people.count()
            )
        )
        return 0
    finally:
        ws.close()
