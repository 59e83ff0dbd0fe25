"""Running Windows programs of the bundle under wine 10, inside the cached trixie chroot."""

from __future__ import annotations

import os
import signal
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


def kill_chroot_processes(b: Build) -> int:
    """End every process whose root is our chroot (wineserver and Xvfb detach from the
    process group, so this is how a stopped or timed-out run leaves nothing behind)."""
    root = str(b.chroot.resolve())
    killed = 0
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if os.readlink(proc / "root") == root:
                os.kill(int(proc.name), signal.SIGKILL)
                killed += 1
        except (OSError, ValueError):
            continue
    return killed


def run_in_chroot(b: Build, script: str, timeout: float) -> subprocess.CompletedProcess[str]:
    """Run a shell script in the chroot with the build folder at /work and a wine prefix at
    /work/wine; whatever it started is ended when it returns, fails or times out."""
    kill_chroot_processes(b)
    try:
        return subprocess.run(
            ["sh", str(CHROOT_SH), "run", str(b.chroot), str(b.out), "sh", "-c", script],
            capture_output=True, text=True, timeout=timeout, start_new_session=True)
    except subprocess.TimeoutExpired as exc:
        tail = (exc.stdout or b"")[-3000:]
        raise Stop(f"wine: gave up after {timeout:.0f} s:\n{tail!r}") from exc
    finally:
        kill_chroot_processes(b)


WINE_ENV = (
    "export WINEPREFIX=/work/wine WINEDEBUG=-all PYTHONDONTWRITEBYTECODE=1 "
    "WINEDLLOVERRIDES='mscoree,mshtml=' "
    "XDG_RUNTIME_DIR=/tmp/xdg; mkdir -p /tmp/xdg; chmod 700 /tmp/xdg; "
    "[ -d /work/wine ] || { wineboot --init >/dev/null 2>&1; wineserver -w; }; "
)
