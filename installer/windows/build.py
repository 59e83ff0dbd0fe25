"""`make installer`: the Windows installer, built, trimmed and smoke-tested on this Linux machine.

    .venv/bin/python installer/windows/build.py [--keep-going-after STEP]

Steps: the embeddable CPython (signatures verified), the wheels of the lock (hashes verified),
the app's own wheel, trimming (with the MB each rule saves), the smoke run of the bundle under
wine 10 (in a cached Debian trixie chroot), the NSIS installer, and the smoke run of the
installer (silent install, file list, shortcut, upgrade, uninstall). The installer gets its
final name, dist/Lernpartner-Setup-VERSION.exe, only when all of that passed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from winbuild import bundle, installer, runtime, smoke, trim, wine
from winbuild.common import Build, Stop, mb, tree_size
from winbuild.inputs import version

STEPS = ("runtime", "bundle", "trim", "smoke", "installer", "install-smoke")


def preflight(b: Build) -> None:
    if os.geteuid() != 0:
        raise Stop("make installer needs root (it builds a chroot and mounts /proc in it); "
                   "run it as root or with sudo")
    for folder, need_gb in ((b.cache, 4.0), (b.out, 3.0)):
        folder.mkdir(parents=True, exist_ok=True)
        free = shutil.disk_usage(folder).free / 1e9
        if free < need_gb:
            raise Stop(f"not enough disk space: {free:.1f} GB free under {folder}, "
                       f"the build needs about {need_gb:.0f} GB there")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--until", choices=STEPS, default=STEPS[-1],
                        help="stop after this step (for working on the pipeline)")
    parser.add_argument("--reuse-bundle", action="store_true",
                        help="keep build/windows/bundle from the last run (pipeline work only)")
    parser.add_argument("--reuse-installer", action="store_true",
                        help="with --reuse-bundle: also keep the last installer and go straight "
                             "to its smoke run (pipeline work only)")
    args = parser.parse_args()
    # A stopped build ends its wine processes too (the `finally` of each wine call).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    b = Build()
    final = b.dist / f"Lernpartner-Setup-{version()}.exe"
    started = time.monotonic()
    try:
        preflight(b)
        # A failed run leaves no installer with the final name, not even an older one.
        final.unlink(missing_ok=True)
        with b.step("chroot with wine 10 (made once, then cached)"):
            wine.ensure_chroot(b)
        if not (args.reuse_bundle and b.bundle.exists()):
            shutil.rmtree(b.out, ignore_errors=True)
            b.out.mkdir(parents=True)
            with b.step("Windows runtime: download, verify signatures"):
                runtime.install(b)
            with b.step("wheels and the app into the bundle"):
                bundle.install(b)
            b.figures["bundle_untrimmed"] = tree_size(b.bundle)
            if args.until == "bundle":
                return 0
            with b.step("trim"):
                trim.trim(b)
        b.figures["bundle"] = tree_size(b.bundle)
        if args.until == "trim":
            return 0
        partial = b.out / f".{final.name}.partial"
        if not (args.reuse_bundle and args.reuse_installer and partial.exists()):
            with b.step("smoke run of the bundle under wine"):
                smoke.bundle_smoke(b)
            if args.until == "smoke":
                return 0
            with b.step("NSIS installer"):
                installer.compile_installer(b, partial)
        installer.check_contents(b, partial)
        if args.until == "installer":
            return 0
        with b.step("smoke run of the installer under wine"):
            smoke.installer_smoke(b, partial)
        b.dist.mkdir(parents=True, exist_ok=True)
        partial.replace(final)
    except Stop as exc:
        print(f"\nmake installer: STOP: {exc}", file=sys.stderr)
        return 1
    finally:
        b.times["total"] = time.monotonic() - started
        summary(b)
    print(f"\nmake installer: {final} ({mb(final.stat().st_size)})")
    return 0


def summary(b: Build) -> None:
    print("\n== figures")
    for key, value in b.figures.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            continue  # the trim table, printed by its step and kept in report.json
        shown = mb(value) if isinstance(value, int) and value > 100_000 else value
        print(f"   {key}: {shown}")
    for key, secs in b.times.items():
        print(f"   time {key}: {secs:.1f} s")
    if b.skipped:
        print("   SKIPPED (the packaged app does not have them yet):")
        for s in b.skipped:
            print(f"     - {s}")
    report = {"figures": b.figures, "times": b.times, "skipped": b.skipped}
    if b.out.exists():
        (b.out / "report.json").write_text(json.dumps(report, indent=2, default=str))


if __name__ == "__main__":
    sys.exit(main())
