"""Automatic backups, the stick's reminder, the list, settings and removable drives."""

from __future__ import annotations

import datetime as dt
import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from lernpartner_desktop.backup import drives, rotation, target
from lernpartner_desktop.backup.settings import BackupSettings
from lernpartner_desktop.base.errors import BackupTargetFull, ValidationError
from lernpartner_desktop.core.settings import write_setting
from lernpartner_desktop.workspace import Workspace
from tests.backup.helpers import Company, demo_company
from tests.backup.test_faults import can_mount, tmpfs
from tests.conftest import add_person


@pytest.fixture
def company(tmp_path: Path) -> Iterator[Company]:
    c = demo_company(tmp_path / "data", people=15)
    c.ws.vault.lock()  # automatic backups run while the vault is locked
    yield c
    c.ws.close()


def backups(ws: Workspace) -> list[str]:
    return [b.path.name for b in rotation.backups_in(ws.backups.folder()[0])]


def test_automatic_backups_only_when_something_changed(company: Company) -> None:
    ws = company.ws
    service = ws.backups  # created at start-up by the app: it listens from then on
    assert service.automatic() is None  # nothing changed, a backup exists? none yet, not closing
    first = service.automatic(closing=True)  # closing without any backup yet: make one
    assert first is not None and backups(ws) == [first.path.name]
    assert ws.vault.state == "locked"
    assert service.automatic() is None
    assert service.automatic(closing=True) is None
    add_person(ws, "Neu Hinzu")
    second = service.automatic()
    assert second is not None and second.info.manifest.people == 16
    assert service.automatic() is None


def test_unlocking_is_no_change_but_a_new_passphrase_is(company: Company) -> None:
    ws = company.ws
    service = ws.backups
    assert service.automatic(closing=True) is not None
    ws.vault.unlock(company.passphrase)
    ws.vault.lock()
    assert service.automatic() is None
    ws.vault.change_passphrase(company.passphrase, "Eine ganz neue Passphrase")
    ws.vault.lock()
    made = service.automatic()
    assert made is not None
    assert service.automatic() is None


def test_a_failed_automatic_backup_is_tried_again(
    company: Company, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = company.ws
    assert ws.backups.automatic(closing=True) is not None
    add_person(ws, "Neu Hinzu")
    real = target._write

    def full(fd: int, data: bytes | bytearray | memoryview) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(target, "_write", full)
    with pytest.raises(BackupTargetFull):
        ws.backups.automatic()
    monkeypatch.setattr(target, "_write", real)
    made = ws.backups.automatic()  # nothing new changed, but the change is not backed up yet
    assert made is not None and made.info.manifest.people == 16


def test_changes_of_a_session_without_its_closing_backup(company: Company) -> None:
    """The app was killed after a change: the next session backs it up at its first turn."""
    ws = company.ws
    assert ws.backups.automatic(closing=True) is not None
    folder = company.ws.folder
    ws.close()
    crashed = Workspace.open(folder)  # a session that ends without its closing backup
    add_person(crashed, "Vor Dem Absturz")
    crashed.close()
    company.ws = Workspace.open(folder)
    made = company.ws.backups.automatic()
    assert made is not None and made.info.manifest.people == 16
    assert company.ws.backups.automatic() is None


def test_a_missing_backup_folder_falls_back_to_the_default(
    company: Company, tmp_path: Path
) -> None:
    ws = company.ws
    blocked = tmp_path / "gone"
    blocked.mkdir()
    ws.backups.save_settings(BackupSettings(folder=str(blocked)))
    blocked.rmdir()  # the chosen folder is missing on this PC: the default one is used
    add_person(ws, "Neu Hinzu")
    made = ws.backups.automatic()
    assert made is not None and made.fallback
    assert made.path.parent == ws.backups.default_folder()


def test_no_vault_no_automatic_backup(tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path / "data")
    try:
        add_person(ws, "Anna Alt")
        assert ws.backups.automatic(closing=True) is None
        assert not ws.backups.status().vault
    finally:
        ws.close()


def test_the_stick_reminder(company: Company, tmp_path: Path) -> None:
    ws = company.ws
    status = ws.backups.status()
    assert status.last_removable is None and status.removable_overdue()
    stick = tmp_path / "stick"
    stick.mkdir()
    made = ws.backups.to_removable(stick)
    status = ws.backups.status()
    assert status.last_removable is not None
    assert status.last_removable_path == str(made.path)
    assert not status.removable_overdue()
    later = dt.datetime.now().astimezone() + dt.timedelta(days=7, minutes=1)
    assert status.removable_overdue(later)
    ws.backups.save_settings(BackupSettings(remind_days=0))
    assert not ws.backups.status().removable_overdue(later + dt.timedelta(days=400))


def test_the_stick_keeps_its_last_backups(company: Company, tmp_path: Path) -> None:
    ws = company.ws
    ws.backups.save_settings(BackupSettings(removable_keep=3))
    stick = tmp_path / "stick"
    stick.mkdir()
    made = [ws.backups.to_removable(stick) for _ in range(5)]
    left = [b.path for b in rotation.backups_in(stick)]
    assert left == [m.path for m in reversed(made[-3:])]
    assert made[-1].kept == 3 and made[-1].removed == (made[-4].path,)


def test_the_list_says_what_is_verified(company: Company, tmp_path: Path) -> None:
    ws = company.ws
    auto = ws.backups.make("automatic")
    stick = tmp_path / "stick"
    stick.mkdir()
    usb = ws.backups.to_removable(stick)
    damaged = ws.backups.folder()[0] / "Lernpartner-Sicherung-2020-01-01-1200.lpbackup"
    damaged.write_bytes(b"not a backup")
    listed = {item.path: item for item in ws.backups.listing()}
    assert set(listed) == {auto.path, usb.path, damaged}
    assert listed[auto.path].verified_at is not None and listed[auto.path].info is not None
    assert listed[usb.path].verified_at is not None
    assert listed[damaged].info is None and "not a Lernpartner backup" in (
        listed[damaged].problem or ""
    )
    # A file changed since it was verified no longer counts as verified.
    with open(auto.path, "ab") as fh:
        fh.write(b"x")
    again = {item.path: item for item in ws.backups.listing()}
    assert again[auto.path].verified_at is None
    assert again[auto.path].problem is not None  # and it says what is wrong with it


def test_settings_round_trip_and_limits(company: Company) -> None:
    ws = company.ws
    chosen = BackupSettings(
        folder="/tmp/irgendwo",
        keep_daily=5,
        keep_weekly=4,
        keep_monthly=3,
        interval_minutes=15,
        removable_keep=7,
        remind_days=14,
    )
    ws.backups.save_settings(chosen)
    assert ws.backups.settings() == chosen
    with pytest.raises(ValidationError) as caught:
        ws.backups.save_settings(BackupSettings(keep_daily=1000))
    assert caught.value.field == "keep_daily"
    # A value edited outside Lernpartner is clamped, garbage gives the default.
    with ws.db.write() as s:
        write_setting(s, "backup.interval_minutes", "100000")
        write_setting(s, "backup.keep_weekly", "viele")
    current = ws.backups.settings()
    assert current.interval_minutes == 24 * 60 and current.keep_weekly == 10


MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
/dev/sdb1 /media/anna/USB\\040STICK vfat rw,nosuid,nodev 0 0
/dev/sdc1 /media/anna/SCHREIBSCHUTZ vfat ro,nosuid,nodev 0 0
/dev/sdd1 /run/media/anna/Sicherung exfat rw,nosuid 0 0
/dev/sde1 /mnt/data ext4 rw 0 0
"""


def test_linux_drives_are_writable_mounts_under_media(tmp_path: Path) -> None:
    media = tmp_path / "media"
    (media / "anna" / "USB STICK").mkdir(parents=True)
    (media / "anna" / "SCHREIBSCHUTZ").mkdir(parents=True)
    (tmp_path / "run" / "anna" / "Sicherung").mkdir(parents=True)
    text = MOUNTS.replace("/run/media/", f"{tmp_path}/run/").replace(" /media/", f" {media}/")
    found = drives.linux_drives(text, roots=(f"{media}/", f"{tmp_path}/run/"))
    assert [(d.label, d.filesystem) for d in found] == [
        ("USB STICK", "vfat"),
        ("Sicherung", "exfat"),
    ]
    assert found[0].free is not None and found[0].free > 0


@pytest.mark.skipif(not can_mount(), reason="needs root and mount")
def test_a_real_mount_is_listed_with_its_file_system(tmp_path: Path) -> None:
    media = tmp_path / "media"
    media.mkdir()
    with tmpfs(media / "STICK", 1024) as stick:
        found = drives.linux_drives(Path("/proc/self/mounts").read_text(), roots=(f"{media}/",))
        assert [d.path for d in found] == [stick]
        assert drives.filesystem_of(stick / "Lernpartner-Sicherungen") == "tmpfs"
        assert found[0].total is not None and found[0].total <= 1024 * 1024
        subprocess.run(["mount", "-o", "remount,ro", str(stick)], check=True)
        assert drives.linux_drives(Path("/proc/self/mounts").read_text(), (f"{media}/",)) == []
        subprocess.run(["mount", "-o", "remount,rw", str(stick)], check=True)


def test_removable_drives_runs_on_this_machine() -> None:
    found = drives.removable_drives()
    assert all(d.path.is_dir() and os.access(d.path, os.W_OK) for d in found)
