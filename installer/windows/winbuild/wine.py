"""Running Windows programs of the bundle under wine 10, inside the cached trixie chroot."""

from __future__ import annotations

import subprocess
from pathlib import Path

from winbuild.common import Build, Stop, need_tool

CHROOT_SH = Path(__file__).resolve().parents[1] / "chroot.sh"


def ensure_chroot(b: Build) -> None:
    for tool, package in (("mmdebstrap", "mmdebstrap"), ("unshare", "util-linux"),
                          ("chroot", "coreutils")):
        need_tool(tool, package)
    done = subprocess.run(["sh", str(CHROOT_SH), "ensure", str(b.chroot)])
    if done.returncode != 0:
        raise Stop(f"the wine chroot could not be built in {b.chroot} (see above)")


def run_in_chroot(b: Build, script: str, timeout: float) -> subprocess.CompletedProcess[str]:
    """Run a shell script in the chroot with the build folder at /work and a fresh wine prefix
    at /work/wine; wineserver is stopped at the end so nothing outlives the call."""
    done = subprocess.run(
        ["sh", str(CHROOT_SH), "run", str(b.chroot), str(b.out), "sh", "-c", script],
        capture_output=True, text=True, timeout=timeout)
    return done


WINE_ENV = (
    "export WINEPREFIX=/work/wine WINEDEBUG=-all PYTHONDONTWRITEBYTECODE=1 WINEDLLOVERRIDES='mscoree,mshtml=' "
    "XDG_RUNTIME_DIR=/tmp/xdg; mkdir -p /tmp/xdg; chmod 700 /tmp/xdg; "
    "[ -d /work/wine ] || { wineboot --init >/dev/null 2>&1; wineserver -w; }; "
)
