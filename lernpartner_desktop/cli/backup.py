"""Backups from the command line: backup, backups, verify-backup, restore.

The passphrase and the recovery code are read from the terminal without echo (getpass), or
one per line from standard input when it is not a terminal (scripts); never from the
command line's arguments, which other users of the PC can see in the process list.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

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
        help="make a verified backup (into the backup folder, or --to a stick or folder)",
    )
    backup.add_argument(
        "--to", metavar="DIR", type=Path, help="a stick or folder; keeps its last backups"
    )
    backup.set_defaults(run=lambda args, folder: _backup(folder, args.to))
    listing = sub.add_parser(
        "backups", parents=[common], help="list the backups with date, size and verification"
    )
    listing.add_argument("--in", dest="where", metavar="DIR", type=Path, help="another folder")
    listing.set_defaults(run=lambda args, folder: _backups(folder, args.where))
    verify = sub.add_parser(
        "verify-backup",
        parents=[common],
        help="open and check every part of a backup (asks for the passphrase)",
    )
    verify.add_argument("file", type=Path)
    verify.add_argument(
        "--recovery-code", action="store_true", help="ask for the recovery code instead"
    )
    verify.set_defaults(run=lambda args, folder: _verify(folder, args.file, args.recovery_code))
    restore = sub.add_parser(
        "restore",
        parents=[common],
        help="replace the data by a backup (asks for the passphrase; keeps the current data "
        "as a backup first)",
    )
    restore.add_argument("file", type=Path)
    restore.add_argument(
        "--recovery-code", action="store_true", help="ask for the recovery code instead"
    )
    restore.add_argument("--yes", action="store_true", help="do not ask before replacing")
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
        return Secret("recovery_code", read_secret("Recovery code: "))
    return Secret("passphrase", read_secret("Passphrase: "))


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


def _when(value: dt.datetime | None) -> str:
    return "-" if value is None else value.astimezone().strftime("%d.%m.%Y %H:%M")


def _made(result: BackupResult) -> None:
    m = result.info.manifest
    print(f"Backup written and verified: {result.path}")
    print(
        f"  {_mb(result.size)}; {m.people} people, {m.programs} programs, "
        f"{m.partnerships} partnerships; schema {m.schema}"
    )
    if result.removed:
        print(f"  {len(result.removed)} older backup(s) removed; {result.kept} kept there.")
    if result.fallback:
        print("  The backup folder from the settings is missing; used the default one.")


def _backup(folder: Path, to: Path | None) -> int:
    from lernpartner_desktop.workspace import Workspace

    with Workspace.open(folder) as ws:
        result = ws.backups.make("manual") if to is None else ws.backups.to_removable(to)
        _made(result)
    return 0


def _backups(folder: Path, where: Path | None) -> int:
    from lernpartner_desktop.workspace import Workspace

    with Workspace.open(folder) as ws:
        items = ws.backups.listing(where)
        shown = where or ws.backups.folder()[0]
    if not items:
        print(f"No backups in {shown}.")
        return 0
    print(f"{'made':16}  {'size':>9}  {'people':>6}  {'verified':16}  file")
    for item in items:
        if item.info is None:
            print(f"{'?':16}  {_mb(item.size):>9}  {'':>6}  {'-':16}  {item.path}")
            print(f"  {item.problem}")
            continue
        m = item.info.manifest
        print(
            f"{_when(m.created):16}  {_mb(item.size):>9}  {m.people:>6}  "
            f"{_when(item.verified_at):16}  {item.path}"
        )
    return 0


def _verify(folder: Path, file: Path, recovery_code: bool) -> int:
    from lernpartner_desktop.workspace import Workspace

    with Workspace.open(folder) as ws:
        info = ws.backups.verify_file(file, _secret(recovery_code))
    m = info.manifest
    print(
        f"{file}: sound. Made {_when(m.created)} with Lernpartner {m.app_version}; "
        f"{m.people} people, {m.programs} programs, {m.partnerships} partnerships."
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
    print(f"Backup of {_when(m.created)}, made with Lernpartner {m.app_version}:")
    print(f"  {f.people} people, {f.programs} programs, {f.partnerships} partnerships")
    if f.company:
        print(f"  company: {f.company}")
    if ws.is_empty():
        print("The data folder is empty; nothing is replaced.")
    else:
        print(
            f"It replaces the data in {ws.folder} ({ws.people.count()} people now); the "
            "current data is kept as a backup first."
        )


def _restore(folder: Path, file: Path, recovery_code: bool, yes: bool) -> int:
    from lernpartner_desktop.backup.restore import check_old_secret, discard
    from lernpartner_desktop.base.errors import RestoreFailed
    from lernpartner_desktop.workspace import Workspace

    ws = Workspace.open(folder)
    try:
        staged = ws.backups.stage_restore(file, _secret(recovery_code))
        try:
            _preview(ws, staged)
            old: Secret | None = None
            if staged.notes_need_old_secret:
                print(
                    "Today's secret opened this backup through a newer key. Its confidential "
                    "notes open with the passphrase of that day or the recovery code."
                )
                if staged.opened.secret.kind == "passphrase":
                    typed = read_secret(
                        "Recovery code or that day's passphrase, to keep today's passphrase "
                        "(Enter to skip): "
                    )
                    if typed:
                        old = _code_or_passphrase(typed)
                        check_old_secret(staged, old)
            if not yes:
                if not sys.stdin.isatty():
                    print("Not restored: confirm with --yes when not at a terminal.")
                    discard(staged)
                    return 1
                if input("Restore now? [y/N] ").strip().lower() not in ("y", "yes", "j", "ja"):
                    print("Nothing was changed.")
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
        print(f"Restored. {ws.people.count()} people in {ws.folder}.")
        return 0
    finally:
        ws.close()
