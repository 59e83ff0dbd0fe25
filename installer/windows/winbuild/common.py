"""What every build step shares: the folders, running tools, stopping with a reason, timing."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from winbuild.inputs import ROOT


class Stop(Exception):
    """The build cannot go on; the message says which part and why."""


@dataclass
class Build:
    root: Path = ROOT
    out: Path = ROOT / "build" / "windows"
    dist: Path = ROOT / "dist"
    # Downloads and the wine chroot live outside the work tree: `make clean` and `git clean`
    # keep them, and nothing there is ever committed.
    cache: Path = Path(os.environ.get("LERNPARTNER_INSTALLER_CACHE",
                                      "/var/cache/lernpartner-installer"))
    times: dict[str, float] = field(default_factory=dict)
    figures: dict[str, object] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)

    @property
    def bundle(self) -> Path:
        return self.out / "bundle"

    @property
    def site(self) -> Path:
        return self.bundle / "Lib" / "site-packages"

    @property
    def chroot(self) -> Path:
        return self.cache / "wine-trixie"

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        print(f"\n== {name}", flush=True)
        t0 = time.monotonic()
        yield
        self.times[name] = time.monotonic() - t0
        print(f"   ({self.times[name]:.1f} s)", flush=True)


def run(cmd: Sequence[str | Path], what: str, **kw: object) -> subprocess.CompletedProcess[str]:
    """Run a tool; on failure stop with ``what`` and the end of its output."""
    try:
        done = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, **kw)  # type: ignore[call-overload]
    except FileNotFoundError as exc:
        raise Stop(f"{what}: {cmd[0]} is not installed") from exc
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-25:])
        raise Stop(f"{what} failed (exit {done.returncode}):\n{tail}")
    return done


def need_tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if not found:
        raise Stop(f"missing tool: {name} (Debian package {package}); `make installer` installs "
                   f"it when run as root")
    return found


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def files_of(path: Path) -> set[str]:
    """Relative, "/"-separated names of every file under ``path``."""
    return {p.relative_to(path).as_posix() for p in path.rglob("*") if p.is_file()}


def mb(n: float) -> str:
    return f"{n / 1e6:.1f} MB"


def python() -> str:
    return sys.executable
