"""Backups of the open workspace: automatic ones, to a stick, listing, checking, status.

``ws.backups`` (workspace.py). Every method that reads or writes files runs on the database
worker in the UI. Backups are sealed to the vault's backup public key, so they run while the
vault is locked; without a vault there is no backup (they are always encrypted).

Automatic backups go to ``backups/`` beside the database (or the folder chosen in the
settings): when the app closes and every 30 minutes (a setting), each time only if something
changed since the last one; they are thinned like Anki's (:mod:`rotation`). A backup to a
stick keeps the last 10 of this database there (a setting); the overview reminds when the
last one is older than 7 days (a setting).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from lernpartner_desktop.backup import archive, drives, restore, rotation, snapshot
from lernpartner_desktop.backup import settings as backup_settings
from lernpartner_desktop.backup.archive import ArchiveInfo
from lernpartner_desktop.backup.log import BackupLog, Entry
from lernpartner_desktop.backup.restore import Secret, Staged, open_archive
from lernpartner_desktop.backup.settings import BackupSettings
from lernpartner_desktop.backup.writer import Made, Progress, needs_vault, verify, write_backup
from lernpartner_desktop.base.errors import BackupError, LernpartnerError, VaultNotSetUp

if TYPE_CHECKING:
    from lernpartner_desktop.base.changes import ChangeHub
    from lernpartner_desktop.storage.database import Database
    from lernpartner_desktop.vault.service import Vault

log = logging.getLogger(__name__)

DEFAULT_FOLDER = "backups"
#: on a stick or another folder chosen for it, backups go into this subfolder of the drive
STICK_FOLDER = "Lernpartner-Sicherungen"
KEEP_BEFORE_RESTORE = 5
#: areas whose announcement is no change of the data (our own, and locking the vault)
_NOT_DATA = frozenset({"backups", "vault"})


class Host(Protocol):
    """What the service needs of the workspace."""

    folder: Path
    db_path: Path
    changes: ChangeHub

    @property
    def db(self) -> Database: ...

    @property
    def vault(self) -> Vault: ...

    def replace_database(self, staged: Path) -> Host: ...


@dataclass(frozen=True)
class BackupResult:
    path: Path
    info: ArchiveInfo
    size: int
    verified_at: dt.datetime
    removed: tuple[Path, ...]
    kept: int
    #: the folder chosen in the settings is missing on this PC; ``backups/`` was used
    fallback: bool = False


@dataclass(frozen=True)
class Listed:
    path: Path
    size: int
    info: ArchiveInfo | None
    problem: str | None
    verified_at: dt.datetime | None


@dataclass(frozen=True)
class BackupStatus:
    vault: bool
    last_backup: dt.datetime | None
    last_removable: dt.datetime | None
    last_removable_path: str | None
    remind_days: int

    def removable_overdue(self, now: dt.datetime | None = None) -> bool:
        if self.remind_days <= 0:
            return False
        if self.last_removable is None:
            return True
        now = (now or dt.datetime.now()).astimezone()
        return now - self.last_removable >= dt.timedelta(days=self.remind_days)


def stick_folder(drive: Path) -> Path:
    return drive / STICK_FOLDER


class BackupService:
    def __init__(self, host: Host) -> None:
        self.host = host
        self.log = BackupLog(host.folder)
        self._dirty = False
        self._vault_changed = False
        self._cleaned = False
        self._looked_at_file = False
        host.changes.subscribe(self._note)

    # -- what changed ------------------------------------------------------------------------
    def _note(self, areas: frozenset[str]) -> None:
        if areas - _NOT_DATA:
            self._dirty = True
        if "vault" in areas:  # a re-key changes the file; locking does not (checked later)
            self._vault_changed = True

    @property
    def changed(self) -> bool:
        return self._dirty or self._vault_changed

    # -- settings and folders --------------------------------------------------------------------
    def settings(self) -> BackupSettings:
        return backup_settings.load(self.host.db)

    def save_settings(self, value: BackupSettings) -> None:
        backup_settings.save(self.host.db, value)
        self.host.changes.announce("settings")

    def default_folder(self) -> Path:
        return self.host.folder / DEFAULT_FOLDER

    def folder(self, settings: BackupSettings | None = None) -> tuple[Path, bool]:
        """The folder for automatic backups and whether it is the fallback (the chosen one is
        missing on this PC)."""
        chosen = (settings or self.settings()).folder
        if chosen:
            path = Path(chosen).expanduser()
            if path.is_dir():
                return path, False
            log.warning("backup folder %s is missing; using the default", path)
        folder = self.default_folder()
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        return folder, bool(chosen)

    def _recipient(self) -> bytes:
        vault = self.host.vault
        if not vault.exists():
            raise needs_vault()
        try:
            return vault.backup_public_key()
        except VaultNotSetUp:
            raise needs_vault() from None

    def _clean_once(self) -> None:
        if not self._cleaned:
            self._cleaned = True
            for path in snapshot.remove_leftovers(self.host.folder):
                log.info("removed a copy left by an interrupted backup: %s", path)

    # -- making backups ----------------------------------------------------------------------------
    def make(
        self,
        origin: str = "manual",
        target: Path | None = None,
        progress: Progress | None = None,
        now: dt.datetime | None = None,
    ) -> BackupResult:
        """A verified backup into ``target`` (default: the backup folder), then thinning."""
        self._clean_once()
        recipient = self._recipient()
        current = self.settings()
        fallback = False
        if target is None:
            target, fallback = self.folder(current)
        # Whatever changes from here on is not in this backup.
        self._dirty = self._vault_changed = False
        try:
            made = write_backup(
                self.host.db_path,
                target,
                recipient,
                origin=origin,
                now=now,
                work_dir=self.host.folder,
                filesystem=drives.filesystem_of(target),
                progress=progress,
            )
        except BaseException:
            self._dirty = True
            raise
        self._record(made, origin)
        if origin == "removable":
            removed = self._thin_newest(made, current.removable_keep, before_restore=False)
        elif origin == "before-restore":
            removed = self._thin_newest(made, KEEP_BEFORE_RESTORE, before_restore=True)
        else:
            removed = self._thin(made, current, now)
        kept = len(self._same_database(made.path.parent, made.info.manifest.database_id))
        self.host.changes.announce("backups")
        return BackupResult(
            made.path, made.info, made.size, made.verified_at, tuple(removed), kept, fallback
        )

    def automatic(self, *, closing: bool = False, now: dt.datetime | None = None) -> (
        BackupResult | None
    ):
        """A backup if something changed since the last one (or, when closing, if there is
        none yet); None when there was nothing to do or no vault to seal to."""
        if not self.host.vault.exists():
            return None
        if not self._due(closing):
            return None
        return self.make("automatic", now=now)

    def _due(self, closing: bool) -> bool:
        folder, _fallback = self.folder()
        newest = rotation.backups_in(folder)
        if not self._looked_at_file:
            # Changes of a session that ended without its closing backup (a crash, a power
            # cut): the file is newer than the newest backup.
            self._looked_at_file = True
            if newest and self._file_changed_after(newest[0].path):
                self._dirty = True
        if self._dirty:
            return True
        if not newest:
            return closing or self._vault_changed
        if self._vault_changed:
            self._vault_changed = False
            try:
                last_header = archive.read_info(newest[0].path).vault_header
            except (BackupError, OSError):
                return True
            return last_header != self.host.vault.export_header()
        return False

    def _file_changed_after(self, backup: Path) -> bool:
        try:
            made = backup.stat().st_mtime
            db = self.host.db_path
            changed = max(
                p.stat().st_mtime for p in (db, db.with_name(db.name + "-wal")) if p.exists()
            )
        except (OSError, ValueError):
            return True
        return changed > made

    def to_removable(self, folder: Path, progress: Progress | None = None) -> BackupResult:
        """A backup onto a stick (or any folder), verified; keeps the last N there."""
        try:
            folder.mkdir(exist_ok=True)
        except OSError as exc:
            from lernpartner_desktop.backup.target import failure

            raise failure(exc, folder) from exc
        return self.make("removable", target=folder, progress=progress)

    def keep_before_restore(self, progress: Progress | None = None) -> BackupResult | None:
        """The current database as a backup before a restore replaces it (None when it holds
        nothing: an empty first start)."""
        if self._is_empty():
            return None
        return self.make("before-restore", progress=progress)

    def _is_empty(self) -> bool:
        facts = snapshot.facts(self.host.db_path)
        return facts.people == 0 and facts.programs == 0 and facts.vault is None

    def _record(self, made: Made, origin: str) -> None:
        self.log.record(
            Entry(
                path=str(made.path),
                size=made.path.stat().st_size,
                made=made.info.manifest.created.isoformat(timespec="seconds"),
                verified=made.verified_at.isoformat(timespec="seconds"),
                origin=origin,
            )
        )

    # -- thinning ---------------------------------------------------------------------------------
    def _same_database(self, folder: Path, database_id: str) -> list[rotation.Named]:
        """Our backups in ``folder`` made from this database (another company's backups on
        the same stick are never touched)."""
        same = []
        for named in rotation.backups_in(folder):
            try:
                if archive.read_info(named.path).manifest.database_id == database_id:
                    same.append(named)
            except (BackupError, OSError):
                continue
        return same

    def _delete(self, victims: list[rotation.Named], keep: Path) -> list[Path]:
        removed = []
        for named in victims:
            if named.path == keep:
                continue
            try:
                named.path.unlink()
                removed.append(named.path)
            except OSError as exc:
                log.warning("could not remove old backup %s: %s", named.path, exc)
        return removed

    def _thin(
        self, made: Made, current: BackupSettings, now: dt.datetime | None
    ) -> list[Path]:
        today = (now or dt.datetime.now()).astimezone().date()
        limits = rotation.Limits(current.keep_daily, current.keep_weekly, current.keep_monthly)
        ours = self._same_database(made.path.parent, made.info.manifest.database_id)
        return self._delete(rotation.obsolete(ours, today, limits), made.path)

    def _thin_newest(self, made: Made, keep: int, *, before_restore: bool) -> list[Path]:
        ours = [
            n
            for n in self._same_database(made.path.parent, made.info.manifest.database_id)
            if n.before_restore == before_restore
        ]
        return self._delete(rotation.newest_first_beyond(ours, keep), made.path)

    # -- looking at backups ---------------------------------------------------------------------
    def listing(self, folder: Path | None = None) -> list[Listed]:
        """The backups in ``folder`` (default: the backup folder) and on sticks this PC wrote
        to that are plugged in, newest first."""
        paths: dict[Path, None] = {}
        folders = [folder] if folder is not None else [self.folder()[0]]
        for f in folders:
            for named in rotation.backups_in(f):
                paths[named.path] = None
        if folder is None:
            for entry in self.log.entries():
                path = Path(entry.path)
                if entry.origin == "removable" and path.is_file():
                    paths[path] = None
        listed = [self._describe(p) for p in paths]
        return sorted(
            listed,
            key=lambda item: item.info.manifest.created.timestamp() if item.info else 0.0,
            reverse=True,
        )

    def _describe(self, path: Path) -> Listed:
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        entry = self.log.find(path)
        verified = entry.verified_at if entry is not None and entry.size == size else None
        try:
            return Listed(path, size, archive.read_info(path), None, verified)
        except BackupError as exc:
            return Listed(path, size, None, exc.message(), None)
        except OSError as exc:
            return Listed(path, size, None, exc.strerror or str(exc), None)

    def status(self) -> BackupStatus:
        entries = self.log.entries()
        removable = next((e for e in reversed(entries) if e.origin == "removable"), None)
        newest = max((e.made_at for e in entries if e.origin != "seen"), default=None)
        return BackupStatus(
            vault=self.host.vault.exists(),
            last_backup=newest,
            last_removable=removable.made_at if removable else None,
            last_removable_path=removable.path if removable else None,
            remind_days=self.settings().remind_days,
        )

    def verify_file(
        self, path: Path, secret: Secret, progress: Callable[[int], None] | None = None
    ) -> ArchiveInfo:
        """Open and check a backup completely with the passphrase or recovery code (every
        chunk, the snapshot's hash, ``PRAGMA integrity_check``); nothing is restored."""
        self._clean_once()
        opened = open_archive(
            path,
            secret,
            live_header=self._live_header(),
            live_database_id=snapshot.facts(self.host.db_path).database_id,
            search=(path.parent, self.folder()[0]),
        )
        file_key = archive.file_key_for(opened.info, opened.private_key)
        info = verify(path, file_key, self.host.folder, progress)
        known = self.log.find(path)
        self.log.record(
            Entry(
                path=str(path),
                size=path.stat().st_size,
                made=info.manifest.created.isoformat(timespec="seconds"),
                verified=dt.datetime.now().astimezone().isoformat(timespec="seconds"),
                origin=known.origin if known is not None else "seen",
            )
        )
        return info

    # -- restoring -------------------------------------------------------------------------------
    def stage_restore(
        self, path: Path, secret: Secret, progress: Callable[[int], None] | None = None
    ) -> Staged:
        """Open ``path`` with the passphrase or recovery code and check it completely into a
        private file in the data folder; nothing of the open data changes. The keys of this
        PC's vault and of newer backups beside it are tried too (backup/restore.py)."""
        self._clean_once()
        opened = open_archive(
            path,
            secret,
            live_header=self._live_header(),
            live_database_id=snapshot.facts(self.host.db_path).database_id,
            search=(path.parent, self.folder()[0]),
        )
        return restore.stage(opened, self.host.folder, progress)

    def finish_restore(
        self,
        staged: Staged,
        *,
        old_secret: Secret | None = None,
        progress: Progress | None = None,
        keep_current: bool = True,
    ) -> Host:
        """Keep the current database as a backup (unless the caller did already), put the
        staged one in its place and return the workspace on it (this one is closed).

        With ``old_secret`` (the passphrase of the backup's day or the recovery code, checked
        with restore.check_old_secret), a backup that today's passphrase opened through a
        keyring gets its vault re-keyed to today's passphrase, so that its notes open with
        it. Should that fail after all, the restore stands and the notes keep the secret of
        their day (logged)."""
        if keep_current:
            self.keep_before_restore(progress)
        new = self.host.replace_database(staged.path)
        today = staged.opened.secret
        if old_secret is not None and staged.notes_need_old_secret and today.kind == "passphrase":
            try:
                if old_secret.kind == "passphrase":
                    new.vault.change_passphrase(old_secret.value, today.value)
                else:
                    new.vault.reset_with_recovery_code(old_secret.value, today.value)
            except LernpartnerError as exc:
                log.warning("restored vault not re-keyed to today's passphrase: %s", exc)
            new.vault.lock()
        return new

    def _live_header(self) -> bytes | None:
        vault = self.host.vault
        return vault.export_header() if vault.exists() else None

