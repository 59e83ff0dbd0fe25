"""Where the data lives: the platformdirs user data folder, unless overridden.

platformdirs is the maintained successor of appdirs (same API, current OS conventions,
e.g. %LOCALAPPDATA%\\Lernpartner\\Lernpartner on Windows, ~/.local/share/Lernpartner on Linux).
"""

from __future__ import annotations

import os
from pathlib import Path

from lernpartner_desktop import APP_AUTHOR, APP_NAME

ENV_VAR = "LERNPARTNER_DATA_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` beats ``LERNPARTNER_DATA_DIR`` beats the platform's user data folder."""
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


def default_data_dir() -> Path:
    """The platform's user data folder: where the app keeps its data unless told otherwise."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))
