"""The app and its dependencies in the bundle: Windows wheels from the hash-pinned lock, and the
project's own wheel (with the built .qm catalogues, fonts and help pages inside the package)."""

from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

from winbuild.common import Build, Stop, python, run, sha256
from winbuild.inputs import LOCK, PLATFORM, PYTHON_VERSION, read_pins

PIP_TARGET = [
    "--only-binary=:all:",
    f"--platform={PLATFORM}",
    f"--python-version={PYTHON_VERSION}",
    "--implementation=cp",
    f"--abi=cp{PYTHON_VERSION.replace('.', '')}",
]


def download_wheels(b: Build) -> list[Path]:
    pins = read_pins(LOCK)
    folder = b.cache / "wheels"
    folder.mkdir(parents=True, exist_ok=True)
    run([python(), "-m", "pip", "download", "--quiet", "--no-deps", "--require-hashes",
         *PIP_TARGET, "-r", LOCK, "-d", folder],
        "downloading the Windows wheels of installer/windows/requirements.txt (hash-pinned)")
    wheels = []
    for pin in pins:
        path = folder / pin.wheel
        if not pin.wheel or not path.exists():
            raise Stop(f"wheels: {pin.name}=={pin.version}: expected {pin.wheel or 'a wheel'} "
                       f"in {folder}; refresh the lock (installer/windows/lock.py)")
        got = sha256(path)
        if got not in pin.hashes:
            raise Stop(f"wheels: {path.name} has sha256 {got}, the lock pins "
                       f"{', '.join(pin.hashes)}: refusing it")
        wheels.append(path)
    return wheels


def project_wheel(b: Build) -> Path:
    out = b.out / "app-wheel"
    shutil.rmtree(out, ignore_errors=True)
    env = {**os.environ, "PATH": f"{Path(python()).parent}{os.pathsep}{os.environ['PATH']}"}
    run([python(), "-m", "pip", "wheel", "--quiet", "--no-deps",
         "-w", out, b.root], "building the project's wheel", env=env)
    (wheel,) = out.glob("lernpartner_desktop-*.whl")
    with zipfile.ZipFile(wheel) as z:
        names = z.namelist()
    for needed in ("lernpartner_desktop/resources/translations/lernpartner_de.qm",
                   "lernpartner_desktop/resources/fonts/NotoSans-Regular.ttf"):
        if needed not in names:
            raise Stop(f"app: the project's wheel lacks {needed} (run `make translations`?)")
    return wheel


def install(b: Build) -> dict[str, int]:
    wheels = download_wheels(b)
    app = project_wheel(b)
    b.site.mkdir(parents=True, exist_ok=True)
    run([python(), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
         "--no-compile", "--ignore-requires-python", "--target", b.site, *PIP_TARGET,
         *wheels, app], "installing the wheels into the bundle")
    # pip writes Linux launcher scripts for console entry points; the bundle starts the app
    # with python(w).exe -m lernpartner_desktop instead.
    shutil.rmtree(b.site / "bin", ignore_errors=True)
    (b.bundle / "lernpartner.cmd").write_text(
        '@"%~dp0python.exe" -m lernpartner_desktop %*\r\n', encoding="ascii")
    return {"wheels": len(wheels)}
