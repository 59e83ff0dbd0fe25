"""Removable drives that are mounted and writable: where a USB stick shows up.

- Windows: every drive letter whose ``GetDriveTypeW`` is ``DRIVE_REMOVABLE`` and that holds a
  medium (``GetVolumeInformationW`` answers) that is not read-only.
- Linux: mount points under ``/media`` and ``/run/media`` (where desktops mount sticks),
  mounted read-write.
- macOS: volumes under ``/Volumes`` other than the start-up disk.

USB hard disks often report themselves as fixed drives; the owner can always choose any
folder instead.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

LINUX_ROOTS = ("/media/", "/run/media/")
MOUNTS = Path("/proc/self/mounts")


@dataclass(frozen=True)
class Drive:
    path: Path
    label: str
    free: int | None
    total: int | None
    filesystem: str | None


def removable_drives() -> list[Drive]:
    if sys.platform == "win32":
        return _windows_drives()
    if sys.platform == "darwin":
        return _mac_drives()
    try:
        text = MOUNTS.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    return linux_drives(text)


def _unescape(field: str) -> str:
    """/proc/mounts writes a space as \\040, a tab as \\011 and so on."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def _mounts(text: str) -> list[tuple[Path, str, set[str]]]:
    found = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) < 4:
            continue
        found.append((Path(_unescape(parts[1])), parts[2], set(parts[3].split(","))))
    return found


def linux_drives(mounts_text: str, roots: tuple[str, ...] = LINUX_ROOTS) -> list[Drive]:
    """The writable mounts under ``roots`` in a /proc/mounts text."""
    drives = []
    for point, fstype, options in _mounts(mounts_text):
        if not any(str(point).startswith(root) for root in roots):
            continue
        if "ro" in options or not _writable(point):
            continue
        drives.append(_drive(point, point.name, fstype))
    return sorted(drives, key=lambda d: str(d.path))


def _writable(path: Path) -> bool:
    try:
        if not path.is_dir() or not os.access(path, os.W_OK):
            return False
        if hasattr(os, "statvfs"):
            return not os.statvfs(path).f_flag & os.ST_RDONLY
    except OSError:
        return False
    return True


def _drive(path: Path, label: str, filesystem: str | None) -> Drive:
    free: int | None
    total: int | None
    try:
        usage = shutil.disk_usage(path)
        free, total = usage.free, usage.total
    except OSError:
        free = total = None
    return Drive(path, label, free, total, filesystem)


def _mac_drives() -> list[Drive]:
    volumes = Path("/Volumes")
    if not volumes.is_dir():
        return []
    root_dev = os.stat("/").st_dev
    drives = []
    for point in sorted(volumes.iterdir()):
        try:
            if point.stat().st_dev == root_dev:
                continue  # the start-up disk, linked into /Volumes
        except OSError:
            continue
        if _writable(point):
            drives.append(_drive(point, point.name, None))
    return drives


def filesystem_of(path: Path) -> str | None:
    """The file system type of the volume holding ``path`` ("vfat", "FAT32", "ext4", ...),
    or None when it cannot be told."""
    if sys.platform == "win32":
        return _windows_filesystem(path)
    try:
        text = MOUNTS.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    try:
        target = Path(path).resolve()
    except OSError:
        return None
    best: tuple[int, str] | None = None
    for point, fstype, _options in _mounts(text):
        if target == point or point in target.parents:
            depth = len(point.parts)
            if best is None or depth > best[0]:
                best = (depth, fstype)
    return None if best is None else best[1]


if sys.platform == "win32":
    import ctypes
    from ctypes import wintypes

    DRIVE_REMOVABLE = 2
    FILE_READ_ONLY_VOLUME = 0x00080000

    def _volume_information(root: str) -> tuple[str, str, int] | None:
        kernel32 = ctypes.windll.kernel32
        label = ctypes.create_unicode_buffer(261)
        fs_name = ctypes.create_unicode_buffer(261)
        flags = wintypes.DWORD(0)
        ok = kernel32.GetVolumeInformationW(
            ctypes.c_wchar_p(root), label, 261, None, None, ctypes.byref(flags), fs_name, 261
        )
        if not ok:  # no medium in the drive
            return None
        return label.value, fs_name.value, flags.value

    def _windows_drives() -> list[Drive]:
        kernel32 = ctypes.windll.kernel32
        # No "insert a disk" pop-ups for empty card readers while we look.
        old_mode = kernel32.SetErrorMode(0x0001 | 0x8000)
        try:
            mask = kernel32.GetLogicalDrives()
            drives = []
            for i in range(26):
                if not mask & (1 << i):
                    continue
                root = f"{chr(65 + i)}:\\"
                if kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)) != DRIVE_REMOVABLE:
                    continue
                info = _volume_information(root)
                if info is None:
                    continue
                label, fs_name, flags = info
                if flags & FILE_READ_ONLY_VOLUME or not os.access(root, os.W_OK):
                    continue
                drives.append(_drive(Path(root), label or root, fs_name or None))
            return drives
        finally:
            kernel32.SetErrorMode(old_mode)

    def _windows_filesystem(path: Path) -> str | None:
        kernel32 = ctypes.windll.kernel32
        buffer = ctypes.create_unicode_buffer(261)
        if not kernel32.GetVolumePathNameW(ctypes.c_wchar_p(str(path)), buffer, 261):
            return None
        info = _volume_information(buffer.value)
        return None if info is None else info[1] or None
