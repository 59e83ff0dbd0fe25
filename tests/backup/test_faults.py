"""Targets that fail: full, read-only, removed or pulled out while writing or checking, too
small a file system. Each time a clear message, no file under a final name that fails
verification, no partial file left behind, the previous backup intact, the database as it
was.

Where the machine allows (root and ``mount``), the full and read-only targets are real
tmpfs mounts; the same faults are also injected at the file-write boundary
(``backup.target._write``), which works everywhere.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from lernpartner_desktop.backup import archive, target, writer
from lernpartner_desktop.base.errors import (
    BackupFailed,
    BackupFileTooLarge,
    BackupTargetFull,
    BackupTargetGone,
    BackupTargetNotWritable,
)
from lernpartner_desktop.workspace import Workspace
from tests.backup.helpers import Company, demo_company, tables


@pytest.fixture
def company(tmp_path: Path) -> Iterator[Company]:
    c = demo_company(tmp_path / "data", people=30)
    yield c
    c.ws.close()


def can_mount() -> bool:
    return os.name == "posix" and os.geteuid() == 0 and shutil.which("mount") is not None


@contextlib.contextmanager
def tmpfs(path: Path, size_kib: int) -> Iterator[Path]:
    path.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700", "tmpfs", str(path)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def remount(path: Path, options: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{options}", str(path)], check=True)


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def verifies(company: Company, path: Path) -> bool:
    """Open every chunk of ``path`` with the vault's keys and check the restored copy."""
    ws = company.ws
    info = archive.read_info(path)
    ws.vault.unlock(company.passphrase)
    try:
        private = next(
            k
            for k in ws.vault.backup_private_keys()
            if archive.crypto.public_key_of(k) == info.recipient
        )
    finally:
        ws.vault.lock()
    writer.verify(path, archive.file_key_for(info, private), ws.folder)
    return True


def assert_unharmed(company: Company, folder: Path, before: list[str], db: object) -> None:
    """Nothing new under a final name, no temporary file, the old backups still verify, the
    database as it was, no copy left in the data folder."""
    assert names(folder) == before
    for name in before:
        assert verifies(company, folder / name)
    assert tables(company.ws.db_path) == db
    assert [p for p in company.ws.folder.iterdir() if p.name.startswith(".lernpartner")] == []


def _fail_after(monkeypatch: pytest.MonkeyPatch, limit: int, make_error: object) -> None:
    """Let ``limit`` bytes through the write boundary, then fail the way ``make_error`` says
    (an OSError, or a callable run once before the write goes on)."""
    real = target._write
    written = [0]

    def write(fd: int, data: bytes | bytearray | memoryview) -> None:
        if written[0] >= limit:
            if isinstance(make_error, OSError):
                raise make_error
            if callable(make_error):
                make_error()
        written[0] += len(data)
        real(fd, data)

    monkeypatch.setattr(target, "_write", write)


# -- a target that fills up -----------------------------------------------------------------


@pytest.mark.skipif(not can_mount(), reason="needs root and mount (the injected test runs)")
def test_a_real_stick_that_is_too_small(company: Company, tmp_path: Path) -> None:
    with tmpfs(tmp_path / "stick", 64) as stick:
        before, db = names(stick), tables(company.ws.db_path)
        with pytest.raises(BackupTargetFull) as caught:
            company.ws.backups.to_removable(stick)
        assert "not enough space" in caught.value.message()
        assert "MB are free" in caught.value.message()
        assert_unharmed(company, stick, before, db)


@pytest.mark.skipif(not can_mount(), reason="needs root and mount (the injected test runs)")
def test_a_real_stick_that_fills_up_while_writing(
    company: Company, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with tmpfs(tmp_path / "stick", 2048) as stick:
        first = company.ws.backups.to_removable(stick).path
        before, db = names(stick), tables(company.ws.db_path)
        assert before == [first.name]

        def someone_copies_photos() -> None:
            if not (stick / "Fotos.bin").exists():
                with open(stick / "Fotos.bin", "wb") as fh, contextlib.suppress(OSError):
                    while True:
                        fh.write(b"\xff" * 65536)

        _fail_after(monkeypatch, 100_000, someone_copies_photos)
        with pytest.raises(BackupTargetFull) as caught:
            company.ws.backups.to_removable(stick)
        assert "not enough space" in caught.value.message()
        (stick / "Fotos.bin").unlink()
        assert_unharmed(company, stick, before, db)


def test_a_target_that_fills_up_injected(
    company: Company, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    first = company.ws.backups.to_removable(stick).path
    before, db = names(stick), tables(company.ws.db_path)
    _fail_after(monkeypatch, 70_000, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
    with pytest.raises(BackupTargetFull):
        company.ws.backups.to_removable(stick)
    assert_unharmed(company, stick, before, db)
    assert verifies(company, first)


# -- a read-only target -----------------------------------------------------------------------


def test_a_read_only_target(company: Company, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    if can_mount():
        context: contextlib.AbstractContextManager[Path] = tmpfs(stick, 2048)
    else:
        stick.mkdir()
        context = contextlib.nullcontext(stick)
    with context:
        company.ws.backups.to_removable(stick)
        before, db = names(stick), tables(company.ws.db_path)
        if can_mount():
            remount(stick, "ro")  # the switch on the stick
        else:
            stick.chmod(0o555)
        try:
            with pytest.raises(BackupTargetNotWritable) as caught:
                company.ws.backups.to_removable(stick)
            assert "write-protected" in caught.value.message()
            assert_unharmed(company, stick, before, db)
        finally:
            if can_mount():
                remount(stick, "rw")
            else:
                stick.chmod(0o755)


def test_a_write_protected_target_injected(
    company: Company, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    company.ws.backups.to_removable(stick)
    before, db = names(stick), tables(company.ws.db_path)
    _fail_after(monkeypatch, 0, OSError(errno.EROFS, os.strerror(errno.EROFS)))
    with pytest.raises(BackupTargetNotWritable):
        company.ws.backups.to_removable(stick)
    assert_unharmed(company, stick, before, db)


# -- a folder removed, a stick pulled out ----------------------------------------------------


def test_the_target_folder_removed_during_the_write(
    company: Company, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "stick"
    folder = stick / "Lernpartner-Sicherungen"
    folder.mkdir(parents=True)
    db = tables(company.ws.db_path)
    _fail_after(monkeypatch, 100_000, lambda: shutil.rmtree(folder, ignore_errors=True))
    with pytest.raises(BackupTargetGone) as caught:
        company.ws.backups.to_removable(folder)
    assert "disappeared" in caught.value.message()
    assert not folder.exists()
    assert tables(company.ws.db_path) == db
    assert [p for p in company.ws.folder.iterdir() if p.name.startswith(".lernpartner")] == []


def test_the_stick_pulled_out_during_verification(
    company: Company, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    db = tables(company.ws.db_path)
    real = archive.read_info

    def pulled(path: Path) -> archive.ArchiveInfo:
        if path.parent == stick:
            shutil.rmtree(stick)
        return real(path)

    monkeypatch.setattr(archive, "read_info", pulled)
    with pytest.raises(BackupTargetGone):
        company.ws.backups.to_removable(stick)
    assert not stick.exists()
    assert tables(company.ws.db_path) == db


def test_a_stick_that_reads_back_wrong_is_not_kept(
    company: Company, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failing stick: what is read back differs from what was written."""
    stick = tmp_path / "stick"
    stick.mkdir()
    first = company.ws.backups.to_removable(stick).path
    before, db = names(stick), tables(company.ws.db_path)
    real = archive.read_all

    def bit_rot(info: archive.ArchiveInfo, *args: object, **kw: object) -> bytes:
        data = bytearray(info.path.read_bytes())
        data[info.payload_offset + 10] ^= 0x10
        info.path.write_bytes(bytes(data))
        return real(info, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(archive, "read_all", bit_rot)
    with pytest.raises(BackupFailed) as caught:
        company.ws.backups.to_removable(stick)
    assert "did not read back intact" in caught.value.message()
    monkeypatch.undo()
    assert_unharmed(company, stick, before, db)
    assert verifies(company, first)


# -- a file system that cannot hold the file ------------------------------------------------


def test_fat32_cannot_hold_a_file_over_4_gb(tmp_path: Path) -> None:
    with pytest.raises(BackupFileTooLarge) as caught:
        target.check_room(tmp_path, 5 * 1024**3, "vfat")
    assert "FAT32" in caught.value.message()
    target.check_room(tmp_path, 1024, "vfat")  # a small one fits


def test_a_file_too_large_for_the_target_injected(
    company: Company, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    db = tables(company.ws.db_path)
    _fail_after(monkeypatch, 70_000, OSError(errno.EFBIG, os.strerror(errno.EFBIG)))
    with pytest.raises(BackupFileTooLarge):
        company.ws.backups.to_removable(stick)
    assert names(stick) == []
    assert tables(company.ws.db_path) == db


def test_a_damaged_database_is_not_backed_up(company: Company, tmp_path: Path) -> None:
    """Older, sound backups must not be rotated away by a backup of a damaged file."""
    stick = tmp_path / "stick"
    stick.mkdir()
    company.ws.backups.to_removable(stick)
    before = names(stick)
    ws: Workspace = company.ws
    # An index that no longer matches its table, as a disk error could leave it.
    con = sqlite3.connect(ws.db_path)
    con.execute("PRAGMA writable_schema = ON")
    con.execute(
        "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_ad_item_person_id ON ad_item "
        "(topic_id)' WHERE name = 'ix_ad_item_person_id'"
    )
    con.commit()
    con.close()
    with pytest.raises(BackupFailed) as caught:
        ws.backups.to_removable(stick)
    assert "The database has errors" in caught.value.message()
    assert names(stick) == before
    assert [p for p in ws.folder.iterdir() if p.name.startswith(".lernpartner")] == []
