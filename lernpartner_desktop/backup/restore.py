"""Opening a backup with a passphrase or a recovery code, and putting it in place.

Which secret opens a backup:

- Its own header (the vault as it was when the backup was made) opens with the passphrase of
  that day, or with the recovery code, unless a new recovery code was made since. This needs
  nothing but the file: it is how a backup restores on a new PC.
- Every header also carries the keyring of older backup keys (vault/keys.py), so a *newer*
  header opens older backups: on the PC where the backups were made, today's passphrase
  opens older backups through the live vault; on a new PC, through a newer backup lying in
  the same folder (the stick keeps several). We try the backup's own header first, then the
  live vault's, then newer backups of the same database beside it (each passphrase attempt
  costs one Argon2id, so at most a few, one per distinct passphrase).
- The confidential notes *inside* a restored backup stay under the key of its day: they open
  with that day's passphrase or the recovery code. When today's passphrase opened the backup
  through a keyring, the restore can take that day's passphrase or the recovery code as well
  and re-key the restored vault to today's passphrase (see :func:`check_old_secret`).

Nothing of the open data changes until :func:`install`: the backup is opened and checked
completely into a private file in the data folder first (:func:`stage`), so the owner sees
what it holds before confirming.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from lernpartner_desktop.backup import archive, rotation, snapshot
from lernpartner_desktop.backup.archive import ArchiveInfo
from lernpartner_desktop.backup.snapshot import Facts
from lernpartner_desktop.base.atomic import fsync_dir
from lernpartner_desktop.base.errors import (
    BackupError,
    BackupOfAnotherDatabase,
    BackupTooNew,
    BackupWrongSecret,
    DatabaseTooNew,
    NotABackup,
    NotALernpartnerDatabase,
    VaultHeaderInvalid,
    WrongPassphrase,
    WrongRecoveryCode,
)
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP
from lernpartner_desktop.storage.sqlitefile import check_revision, inspect_file
from lernpartner_desktop.vault import keys
from lernpartner_desktop.vault.keys import VaultKeys

Via = Literal["own", "live", "newer"]
SecretKind = Literal["passphrase", "recovery_code"]
#: passphrase attempts beyond the backup's own header (Argon2id: about a second each)
MAX_PASSPHRASE_TRIES = 4
MAX_CODE_TRIES = 16


@dataclass(frozen=True)
class Secret:
    kind: SecretKind
    value: str

    def open(self, exported_header: bytes) -> VaultKeys:
        if self.kind == "passphrase":
            return keys.open_header(exported_header, passphrase=self.value)
        return keys.open_header(exported_header, recovery_code=self.value)


@dataclass(frozen=True)
class Opened:
    info: ArchiveInfo
    private_key: bytes
    via: Via
    secret: Secret


def _material(h: bytes, kind: SecretKind) -> bytes | None:
    """What decides whether a secret opens a header: the same for headers of one epoch."""
    try:
        header = keys.parse_header(h)
    except VaultHeaderInvalid:
        return None
    if kind == "passphrase":
        return header.passphrase_salt + header.kdf.encode()
    return header.recovery_salt + (header.recovery_public_key or header.recovery_wrapped)


def newer_backups(info: ArchiveInfo, folders: Iterable[Path]) -> list[ArchiveInfo]:
    """Newer backups of the same database in ``folders``, newest first."""
    seen: set[Path] = set()
    found = []
    for folder in folders:
        for named in rotation.backups_in(folder):
            path = named.path.resolve()
            if path in seen or path == info.path.resolve():
                continue
            seen.add(path)
            try:
                other = archive.read_info(named.path)
            except (BackupError, OSError):
                continue
            # An older header cannot hold a newer key (keys join the keyring going forward).
            if (
                other.manifest.database_id == info.manifest.database_id
                and other.manifest.created >= info.manifest.created
            ):
                found.append(other)
    return sorted(found, key=lambda i: i.manifest.created, reverse=True)


def open_archive(
    path: Path,
    secret: Secret,
    *,
    live_header: bytes | None = None,
    live_database_id: str | None = None,
    search: Iterable[Path] = (),
) -> Opened:
    """Find the backup private key for ``path`` with ``secret`` (see the module's text).

    Raises the archive's own errors (not a backup, too new, damaged header, cut short),
    RecoveryCodeInvalid for a typo, BackupOfAnotherDatabase when the secret opens this
    PC's vault but the backup comes from another database, else BackupWrongSecret.
    """
    info = archive.read_info(path)
    candidates: list[tuple[Via, bytes]] = [("own", info.vault_header)]
    if live_header is not None:
        candidates.append(("live", live_header))
    candidates += [("newer", other.vault_header) for other in newer_backups(info, search)]
    tried: set[bytes] = set()
    budget = MAX_PASSPHRASE_TRIES + 1 if secret.kind == "passphrase" else MAX_CODE_TRIES
    live_opened = False
    for via, header in candidates:
        material = _material(header, secret.kind)
        if material is None or material in tried or len(tried) >= budget:
            continue
        tried.add(material)
        try:
            opened = secret.open(header)
        except (WrongPassphrase, WrongRecoveryCode, VaultHeaderInvalid):
            continue
        private = opened.backup_private_key_for(info.recipient)
        if private is not None:
            return Opened(info, private, via, secret)
        live_opened = live_opened or via == "live"
    if live_opened and live_database_id and live_database_id != info.manifest.database_id:
        raise BackupOfAnotherDatabase(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This backup was made from another Lernpartner database (another company or "
                "another installation) than the one open now. Your secret opens the open "
                "database, not this backup: use the passphrase or recovery code of the "
                "database it came from.",
            )
        )
    raise wrong_secret(secret.kind, info.manifest.created)


def wrong_secret(kind: SecretKind, made: dt.datetime) -> BackupWrongSecret:
    when = made.astimezone().strftime("%d.%m.%Y %H:%M")
    if kind == "passphrase":
        return BackupWrongSecret(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This passphrase does not open the backup of {when}. A backup opens with the "
                "passphrase that was valid when it was made, or with the recovery code. "
                "Today's passphrase opens it only on the PC where it was made, or when a "
                "newer backup of the same data lies in the same folder.",
            ),
            field="secret",
            when=when,
        )
    return BackupWrongSecret(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This recovery code does not open the backup of {when}. If a new recovery code "
            "was made since, use the recovery sheet that was valid then, or the passphrase "
            "of that day.",
        ),
        field="secret",
        when=when,
    )


# -- staging: the whole backup opened and checked, nothing changed yet ------------------------


@dataclass(frozen=True)
class Staged:
    path: Path
    opened: Opened
    facts: Facts

    @property
    def info(self) -> ArchiveInfo:
        return self.opened.info

    @property
    def notes_need_old_secret(self) -> bool:
        """Today's secret opened the backup through a keyring: the notes inside still open
        only with the secret of the backup's day (or the recovery code)."""
        return self.opened.via != "own"


def stage(
    opened: Opened, work_dir: Path, progress: Callable[[int], None] | None = None
) -> Staged:
    """Open every chunk into a private file in ``work_dir`` and check it: the snapshot's
    hash, ``PRAGMA integrity_check``, a Lernpartner database of a schema this version knows.
    The caller removes it with :func:`discard` unless it is installed."""
    from lernpartner_desktop.backup.writer import damaged_database

    file_key = archive.file_key_for(opened.info, opened.private_key)
    fd, name = tempfile.mkstemp(prefix=snapshot.RESTORE_PREFIX, suffix=".db", dir=work_dir)
    path = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            archive.read_all(opened.info, file_key, out, progress)
            out.flush()
            os.fsync(out.fileno())
        problems = snapshot.integrity_problems(path)
        if problems:
            raise damaged_database(problems)
        try:
            state = inspect_file(path)
            check_revision(path, state.revision)
        except DatabaseTooNew:
            raise BackupTooNew(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This backup holds data of a newer version of Lernpartner (schema "
                    "{schema}). Install the newer version to restore it; nothing was changed.",
                ),
                schema=opened.info.manifest.schema,
            ) from None
        except NotALernpartnerDatabase:
            raise NotABackup(
                QT_TRANSLATE_NOOP("Errors", "This backup does not hold a Lernpartner database.")
            ) from None
        if not snapshot.facts(path, private=True).database_id:
            # The first backup of a database is made before its id is kept in it: the
            # restored file takes the id of the backup, so later backups continue its line.
            snapshot.store_database_id(path, opened.info.manifest.database_id)
        for suffix in ("-wal", "-shm", "-journal"):  # left by our looks into the file
            with contextlib.suppress(FileNotFoundError):
                path.with_name(path.name + suffix).unlink()
        facts = snapshot.facts(path, private=True)
    except BaseException:
        snapshot.remove(path)
        raise
    return Staged(path, opened, facts)


def discard(staged: Staged) -> None:
    snapshot.remove(staged.path)


def check_old_secret(staged: Staged, secret: Secret) -> None:
    """The passphrase of the backup's day or the recovery code must open the restored
    vault; raises the vault's error (wrong passphrase, typo in the code, wrong code)."""
    if staged.facts.vault is None:
        return
    secret.open(keys.export_header(staged.facts.vault))


# -- putting it in place -------------------------------------------------------------------------

_COMPANIONS = ("-wal", "-shm", "-journal")


def install(staged: Path, db_path: Path) -> Path | None:
    """Replace ``db_path`` by ``staged`` in one rename. The database must be closed.

    The old file stays reachable under a second name (a hard link: no moment without a
    database under its name) until :func:`forget` or :func:`roll_back`. Its -wal and -shm
    go first: SQLite would otherwise replay the old log into the new file.
    """
    for suffix in _COMPANIONS:
        with contextlib.suppress(FileNotFoundError):
            db_path.with_name(db_path.name + suffix).unlink()
    aside: Path | None = None
    if db_path.exists():
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        aside = db_path.with_name(f"{snapshot.REPLACED_PREFIX}{stamp}.db")
        try:
            os.link(db_path, aside)
        except OSError:
            shutil.copy2(db_path, aside)
    try:
        os.replace(staged, db_path)
    except BaseException:
        forget(aside)
        raise
    fsync_dir(db_path.parent)
    return aside


def roll_back(aside: Path | None, db_path: Path) -> None:
    """Put the old database back after the restored one failed to open."""
    for suffix in _COMPANIONS:
        with contextlib.suppress(FileNotFoundError):
            db_path.with_name(db_path.name + suffix).unlink()
    if aside is not None:
        os.replace(aside, db_path)
        fsync_dir(db_path.parent)


def forget(aside: Path | None) -> None:
    if aside is not None:
        with contextlib.suppress(FileNotFoundError):
            aside.unlink()

