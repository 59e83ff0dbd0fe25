"""Where the shipped files are: translations, fonts, help pages, icons.

An installed wheel (and the Windows bundle) carries them inside the package as
``lernpartner_desktop/resources/`` (setup.py maps the top-level ``resources/`` folder there); a
source checkout, editable install included, reads the top-level folder directly.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]


def resources_dir() -> Path:
    packaged = _PACKAGE / "resources"
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
