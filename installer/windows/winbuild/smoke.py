"""The smoke runs under wine, seen from the Linux side: copy the driver next to the bundle, run
it with the bundle's own Python in the chroot, read its results."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from winbuild.common import Build, Stop
from winbuild.wine import WINE_ENV, run_in_chroot

HERE = Path(__file__).resolve().parents[1]
DRIVER_FILES = ("smoke_driver.py", "smoke_install.py", "import_probe.py")
XVFB = "xvfb-run -a -s '-screen 0 1366x768x24'"


def _stage(b: Build) -> None:
    folder = b.out / "driver"
    folder.mkdir(exist_ok=True)
    for name in DRIVER_FILES:
        shutil.copy2(HERE / name, folder / name)
    # the oldest released schema, for the upgrade check
    shutil.copy2(b.root / "tests" / "fixtures" / "schema_0001.db", folder / "schema_0001.db")


def _win(path: str) -> str:
    return "Z:" + path.replace("/", "\\\\")


def run_probe(b: Build) -> list[str]:
    _stage(b)
    script = (WINE_ENV + "cd /work; wine /work/bundle/python.exe "
              f"{_win('/work/driver/import_probe.py')} {_win('/work/bundle/Lib/site-packages')}"
              " > /work/probe.json; rc=$?; wineserver -k; exit $rc")
    done = run_in_chroot(b, script, timeout=600)
    probe = b.out / "probe.json"
    text = probe.read_text(encoding="utf-8", errors="replace") if probe.exists() else ""
    if done.returncode != 0 or not text.strip():
        raise Stop(f"import probe under wine failed (exit {done.returncode}):\n{text[-2000:]}"
                   f"\n{done.stderr[-3000:]}")
    data = json.loads(text)
    if data["failed"]:
        raise Stop("import probe: the untrimmed bundle cannot import:\n   "
                   + "\n   ".join(data["failed"]))
    print(f"   import probe under wine: {len(data['files'])} module files loaded")
    return list(data["files"])


def _driver(b: Build, phase: str, args: list[str], timeout: float) -> dict[str, object]:
    _stage(b)
    results = f"/work/smoke-{phase}"
    shutil.rmtree(b.out / f"smoke-{phase}", ignore_errors=True)
    script = (WINE_ENV + f"cd /work; {XVFB} wine /work/bundle/python.exe "
              f"{_win('/work/driver/smoke_driver.py')} {phase} "
              + " ".join(_win(a) for a in args) + f" {_win(results)}"
              "; rc=$?; wineserver -k; exit $rc")
    done = run_in_chroot(b, script, timeout=timeout)
    print(done.stdout, end="", flush=True)
    path = b.out / f"smoke-{phase}" / f"{phase}.json"
    if not path.exists():
        raise Stop(f"smoke run ({phase}) under wine ended without results "
                   f"(exit {done.returncode}):\n{done.stderr[-3000:]}")
    results_ = json.loads(path.read_text(encoding="utf-8"))
    b.skipped += results_["skipped"]
    for key, value in results_["figures"].items():
        b.figures[key] = value
    failed = [c for c in results_["checks"] if c["status"] == "FAIL"]
    if failed or done.returncode != 0:
        detail = failed[0]["detail"] if failed else done.stderr[-3000:]
        name = failed[0]["name"] if failed else "driver"
        raise Stop(f"smoke run ({phase}) under wine: {name} failed:\n{detail}")
    return results_


def bundle_smoke(b: Build) -> None:
    _driver(b, "bundle", ["/work/bundle"], timeout=1800)


def installer_smoke(b: Build, setup: Path) -> None:
    from winbuild import installer

    old = installer.compile_installer(b, b.out / "Lernpartner-Setup-older.exe",
                                      bundle=installer.older_bundle(b), app_version="0.0.1",
                                      fast=True)
    staged = b.out / "setup.exe"
    shutil.copy2(setup, staged)
    _driver(b, "install", ["/work/setup.exe", f"/work/{old.name}", "/work/bundle"],
            timeout=2400)
    check_shortcut(b.out / "smoke-install" / "Lernpartner.lnk")
    staged.unlink()


def check_shortcut(lnk: Path) -> None:
    """The Start-menu shortcut starts pythonw.exe -m lernpartner_desktop in the program
    folder (read with LnkParse3, as Windows would read the file)."""
    import LnkParse3

    with open(lnk, "rb") as fh:
        info = LnkParse3.lnk_file(fh).get_json()
    data = info.get("data", {})
    target = (info.get("link_info", {}).get("local_base_path")
              or data.get("relative_path") or "")
    args = data.get("command_line_arguments", "")
    want = "\\Programs\\Lernpartner\\pythonw.exe"
    if not target.lower().endswith(want.lower()) or args.strip() != "-m lernpartner_desktop":
        raise Stop(f"Start-menu shortcut: target {target!r} with {args!r}, expected "
                   f"...{want} with '-m lernpartner_desktop'")
    print(f"   ok      shortcut target: {target} {args}")
