"""Packaging details that pyproject.toml cannot say: the top-level resources/ folder ships
inside the package as lernpartner_desktop/resources/, and the .qm catalogues are built from
their .ts sources when they are missing or older (with pyside6-lrelease, if it is installed)."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
TRANSLATIONS = HERE / "resources" / "translations"


def _lrelease() -> str | None:
    # The binary inside PySide6 (a build requirement, so an isolated build has it); its
    # Python wrapper script may not find PySide6 from inside pip's build environment.
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin:
        name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
        binary = Path(spec.origin).parent / name
        if binary.exists():
            return str(binary)
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


class BuildWithCatalogues(build_py):
    def run(self) -> None:
        tool = _lrelease()
        for ts in sorted(TRANSLATIONS.glob("*.ts")):
            qm = ts.with_suffix(".qm")
            if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
                continue
            if tool is None:
                print(f"warning: {qm.name} not built (pyside6-lrelease not found)")
                continue
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        super().run()


setup(
    packages=[*find_packages(include=["lernpartner_desktop*"]), "lernpartner_desktop.resources"],
    package_dir={"lernpartner_desktop.resources": "resources"},
    package_data={
        "lernpartner_desktop": [
            "storage/migrations/*.py",
            "storage/migrations/versions/*.py",
            "storage/alembic.ini",
        ],
        "lernpartner_desktop.resources": ["*/*.qm", "*/*.ttf", "*/*.txt", "*/*.html", "*/*.png",
                                          "*/*.svg", "*/*.css", "*/*/*.html", "*/*/*.png"],
    },
    cmdclass={"build_py": BuildWithCatalogues},
)
