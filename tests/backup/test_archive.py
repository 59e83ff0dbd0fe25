"""Damaged, foreign and future archives: each its own clear error, and nothing changes."""

from __future__ import annotations

import hashlib
import json
import shutil
import struct
from collections.abc import Iterator
from pathlib import Path

import pytest

from lernpartner_desktop.backup import archive
from lernpartner_desktop.backup.restore import Secret
from lernpartner_desktop.base.errors import (
    BackupDamaged,
    BackupHeaderChanged,
    BackupOfAnotherDatabase,
    BackupReordered,
    BackupTooNew,
    BackupTruncated,
    BackupWrongSecret,
    LernpartnerError,
    NotABackup,
    RecoveryCodeInvalid,
)
from tests.backup.helpers import Company, demo_company, flip_bit, tables


@pytest.fixture(scope="module")
def company(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Company]:
    c = demo_company(tmp_path_factory.mktemp("archive") / "data", people=40)
    yield c
    c.ws.close()


@pytest.fixture(scope="module")
def good(company: Company) -> Path:
    return company.ws.backups.make("manual").path


def _copy(good: Path, tmp_path: Path) -> Path:
    target = tmp_path / good.name
    shutil.copyfile(good, target)
    return target


def _refused(company: Company, path: Path, secret: Secret | None = None) -> LernpartnerError:
    """Try to restore ``path``; the error raised, after checking that nothing changed."""
    ws = company.ws
    before = tables(ws.db_path)
    backups_before = sorted(p.name for p in ws.backups.default_folder().iterdir())
    with pytest.raises(LernpartnerError) as caught:
        ws.backups.stage_restore(path, secret or Secret("passphrase", company.passphrase))
    assert tables(ws.db_path) == before
    assert sorted(p.name for p in ws.backups.default_folder().iterdir()) == backups_before
    leftovers = [p.name for p in ws.folder.iterdir() if p.name.startswith(".lernpartner-")]
    assert leftovers == []
    return caught.value


def _chunk_offset(info: archive.ArchiveInfo, index: int) -> int:
    return info.payload_offset + index * (archive.CHUNK + archive.TAG)


def test_the_archive_has_several_chunks_and_opens(company: Company, good: Path) -> None:
    info = archive.read_info(good)
    assert info.data_chunks >= 3  # the reordering test below needs whole chunks to swap
    m = info.manifest
    assert (m.people, m.programs) == (40, len(company.ws.programs.all()))
    assert m.schema and m.app_version and m.database_id
    staged = company.ws.backups.stage_restore(good, Secret("passphrase", company.passphrase))
    try:
        assert staged.facts.people == 40
        assert staged.opened.via == "own"
    finally:
        staged.path.unlink()


def test_one_flipped_bit_in_a_chunk(company: Company, good: Path, tmp_path: Path) -> None:
    path = _copy(good, tmp_path)
    info = archive.read_info(path)
    flip_bit(path, _chunk_offset(info, 1) + 1000, 3)
    error = _refused(company, path)
    assert type(error) is BackupDamaged
    assert "Part 2 of" in error.message()


def test_a_flipped_bit_in_the_final_chunk(company: Company, good: Path, tmp_path: Path) -> None:
    path = _copy(good, tmp_path)
    flip_bit(path, path.stat().st_size - 20)
    assert type(_refused(company, path)) is BackupDamaged


def test_a_truncated_file(company: Company, good: Path, tmp_path: Path) -> None:
    path = _copy(good, tmp_path)
    data = path.read_bytes()
    for keep in (len(data) - 1, len(data) // 2, 200):
        path.write_bytes(data[:keep])
        error = _refused(company, path)
        assert type(error) is BackupTruncated, keep
        assert "incomplete" in error.message()


def test_two_chunks_swapped(company: Company, good: Path, tmp_path: Path) -> None:
    path = _copy(good, tmp_path)
    info = archive.read_info(path)
    data = bytearray(path.read_bytes())
    step = archive.CHUNK + archive.TAG
    a, b = _chunk_offset(info, 0), _chunk_offset(info, 1)
    data[a : a + step], data[b : b + step] = data[b : b + step], data[a : a + step]
    path.write_bytes(bytes(data))
    error = _refused(company, path)
    assert type(error) is BackupReordered
    assert "part 2 sits where part 1 belongs" in error.message()


def _rewrite_header(path: Path, edit: object, *, fix_checksum: bool) -> None:
    data = path.read_bytes()
    magic, version, length = archive.PREFIX.unpack(data[: archive.PREFIX.size])
    header = json.loads(data[archive.PREFIX.size : archive.PREFIX.size + length])
    edit(header)  # type: ignore[operator]
    new_header = json.dumps(header, indent=1).encode()
    signed = archive.PREFIX.pack(magic, version, len(new_header)) + new_header
    rest = data[archive.PREFIX.size + length :]
    digest = hashlib.sha256(signed).digest() if fix_checksum else rest[:32]
    path.write_bytes(signed + digest + rest[32:])


def test_a_header_edited(company: Company, good: Path, tmp_path: Path) -> None:
    path = _copy(good, tmp_path)

    def more_people(h: dict[str, dict[str, int]]) -> None:
        h["counts"]["people"] += 1

    _rewrite_header(path, more_people, fix_checksum=False)
    assert type(_refused(company, path)) is BackupHeaderChanged
    # Someone who also recomputes the plain checksum is caught by the keyed MAC.
    path = _copy(good, tmp_path)
    _rewrite_header(path, more_people, fix_checksum=True)
    assert archive.read_info(path).manifest.people == 41
    error = _refused(company, path)
    assert type(error) is BackupHeaderChanged
    assert "changed or damaged" in error.message()


def test_a_future_format_version(company: Company, good: Path, tmp_path: Path) -> None:
    path = _copy(good, tmp_path)
    data = bytearray(path.read_bytes())
    struct.pack_into(">H", data, len(archive.MAGIC), archive.FORMAT_VERSION + 1)
    path.write_bytes(bytes(data))
    error = _refused(company, path)
    assert type(error) is BackupTooNew
    assert "newer version of Lernpartner" in error.message()


def test_extra_bytes_at_the_end(company: Company, good: Path, tmp_path: Path) -> None:
    path = _copy(good, tmp_path)
    path.write_bytes(path.read_bytes() + b"\0" * 16)
    assert type(_refused(company, path)) is BackupDamaged


def test_not_a_backup_and_an_empty_file(company: Company, tmp_path: Path) -> None:
    pdf = tmp_path / "Rechnung.pdf"
    pdf.write_bytes(b"%PDF-1.7\n" + b"x" * 500)
    error = _refused(company, pdf)
    assert type(error) is NotABackup and "Rechnung.pdf" in error.message()
    db = tmp_path / "copy.lpbackup"
    shutil.copyfile(company.ws.db_path, db)  # a database, not a backup of it
    assert type(_refused(company, db)) is NotABackup
    empty = tmp_path / "leer.lpbackup"
    empty.write_bytes(b"")
    error = _refused(company, empty)
    assert type(error) is NotABackup and "empty" in error.message()


def test_a_wrong_passphrase_and_a_typo_in_the_code(
    company: Company, good: Path, tmp_path: Path
) -> None:
    error = _refused(company, good, Secret("passphrase", "Demo-Tresor 2025"))
    assert type(error) is BackupWrongSecret
    assert "passphrase that was valid when it was made" in error.message()
    typo = company.code[:6] + ("X" if company.code[6] != "X" else "Y") + company.code[7:]
    error = _refused(company, good, Secret("recovery_code", typo))
    assert isinstance(error, RecoveryCodeInvalid) and "Group 2" in error.message()


def test_another_companys_backup_with_this_companys_passphrase(
    company: Company, tmp_path: Path
) -> None:
    other = demo_company(tmp_path / "other", people=12, seed=3)
    try:
        other.ws.vault.change_passphrase(other.passphrase, "Andere Firma GmbH 2026")
        theirs = other.ws.backups.make("manual").path
    finally:
        other.ws.close()
    error = _refused(company, theirs)
    assert type(error) is BackupOfAnotherDatabase
    assert "another Lernpartner database" in error.message()
    # With their own passphrase it opens: a backup is not bound to one PC.
    staged = company.ws.backups.stage_restore(
        theirs, Secret("passphrase", "Andere Firma GmbH 2026")
    )
    assert staged.facts.people == 12
    staged.path.unlink()


def test_each_failure_reads_differently(company: Company, good: Path, tmp_path: Path) -> None:
    """The owner can tell the cases apart by the message alone."""
    messages = set()
    for make in (
        lambda p: flip_bit(p, archive.read_info(p).payload_offset + 5),
        lambda p: p.write_bytes(p.read_bytes()[:-100]),
        lambda p: flip_bit(p, 40),
        lambda p: p.write_bytes(b""),
    ):
        path = _copy(good, tmp_path)
        make(path)
        messages.add(_refused(company, path).message())
    assert len(messages) == 4
