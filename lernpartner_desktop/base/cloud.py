"""Is a folder synced to the cloud? (OneDrive, Dropbox, Google Drive, iCloud, Nextcloud, Box.)

A file saved there is copied to the service within seconds. For a recovery sheet that means
the recovery code leaves the office; for other documents the owner should at least know.
Known by the folder names the clients create and, for OneDrive on Windows, by the folders its
client announces in the environment (``OneDrive``, ``OneDriveCommercial``,
``OneDriveConsumer``). A best effort: a renamed sync folder is not recognised.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path, PurePath

#: (pattern for one folder name, the service as people call it)
_FOLDERS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^onedrive(\b|\s|-|$)", re.I), "OneDrive"),
    (re.compile(r"^dropbox(\b|\s|$)", re.I), "Dropbox"),
    (
        re.compile(r"^(google ?drive|my drive|meine ablage|geteilte ablagen|shared drives)$", re.I),
        "Google Drive",
    ),
    (
        re.compile(r"^(icloud ?drive|icloud~.*|mobile documents|com~apple~clouddocs)$", re.I),
        "iCloud",
    ),
    (re.compile(r"^nextcloud$", re.I), "Nextcloud"),
    (re.compile(r"^(box|box sync)$", re.I), "Box"),
)
_ENV = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")


def cloud_service(path: str | PurePath, env: Mapping[str, str] | None = None) -> str | None:
    """The name of the service ``path`` is synced to, or None for a local folder."""
    env = os.environ if env is None else env
    p = path if isinstance(path, PurePath) else PurePath(path)
    for var in _ENV:
        root = env.get(var)
        if root:
            try:
                p.relative_to(type(p)(root))
                return "OneDrive"
            except ValueError:
                pass
    for part in p.parts[:-1] if p.suffix else p.parts:
        for pattern, service in _FOLDERS:
            if pattern.search(part):
                return service
        # Google Drive for desktop mounts a drive "Google Drive" or "GoogleDrive-<account>".
        if part.lower().startswith("googledrive"):
            return "Google Drive"
    return None


def is_synced(path: str | Path) -> bool:
    return cloud_service(path) is not None
