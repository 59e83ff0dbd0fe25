"""Where the data lives: the platform's user data folder, unless overridden.

platformdirs (the maintained successor of appdirs) gives the folder; we pass no app author, so
Windows gets ``%LOCALAPPDATA%\\Lernpartner`` (not ``...\\Lernpartner\\Lernpartner``), Linux
``~/.local/share/Lernpartner`` (``$XDG_DATA_HOME``) and macOS
``~/Library/Application Support/Lernpartner``. The Windows installer's uninstaller names the
same folder when the owner asks it to delete the data.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from lernpartner_desktop import APP_NAME

if TYPE_CHECKING:
    from platformdirs.api import PlatformDirsABC

ENV_VAR = "LERNPARTNER_DATA_DIR"
#: The database's name (storage.sqlitefile.DB_FILENAME; repeated to keep this module light).
_DB_FILENAME = "lernpartner.db"


def default_data_dir(dirs: type[PlatformDirsABC] | None = None) -> Path:
    """The platform's user data folder for Lernpartner (``dirs``: a platformdirs class, for
    tests of another platform's rule)."""
    if dirs is None:
        from platformdirs import PlatformDirs as dirs
    folder = Path(dirs(APP_NAME, appauthor=False, roaming=False).user_data_dir)
    # Builds before the Windows installer used platformdirs' app-author level as well
    # (%LOCALAPPDATA%\Lernpartner\Lernpartner): a database there, and none in the new
    # folder, is still the one to open.
    older = folder / APP_NAME
    if not (folder / _DB_FILENAME).exists() and (older / _DB_FILENAME).exists():
        return older
    return folder


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` beats ``LERNPARTNER_DATA_DIR`` beats the platform's user data folder."""
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()
