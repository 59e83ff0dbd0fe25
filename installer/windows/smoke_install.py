"""The installer phase of the smoke run (imported by smoke_driver.py under wine): install an
older build silently, give it data, upgrade with the new installer, compare the installed files
with the bundle, check the Start-menu shortcut, start the app as it does, uninstall keeping the
data, then install again and uninstall with the data."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

PROGRAM = Path(os.environ["LOCALAPPDATA"]) / "Programs" / "Lernpartner"
DATA = Path(os.environ["LOCALAPPDATA"]) / "Lernpartner"
START_MENU = Path(os.environ["APPDATA"]) / "Microsoft/Windows/Start Menu/Programs/Lernpartner.lnk"
# Made by the installer, not part of the bundle.
INSTALLER_FILES = {"Uninstall.exe"}


def files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def install_phase(setup: Path, old_setup: Path, bundle: Path, out: Path, record: Any,
                  results: dict[str, Any], App: Any, expect: Any) -> None:
    def run_setup(exe: Path, *args: str) -> float:
        t0 = time.monotonic()
        done = subprocess.run([str(exe), "/S", *args], capture_output=True, timeout=600)
        if done.returncode != 0:
            record("FAIL", f"{exe.name} {' '.join(args)}", f"exit {done.returncode}")
        return time.monotonic() - t0

    def uninstall(*args: str) -> None:
        uninstaller = PROGRAM / "Uninstall.exe"
        done = subprocess.run([str(uninstaller), "/S", *args], timeout=300)
        # The uninstaller copies itself away and returns at once: wait for it to finish.
        deadline = time.monotonic() + 180
        while (PROGRAM / "python.exe").exists() or uninstaller.exists():
            if time.monotonic() > deadline:
                record("FAIL", f"uninstall {' '.join(args)}", f"exit {done.returncode}; "
                       f"{sorted(files(PROGRAM))[:10]} still there")
            time.sleep(1)
        time.sleep(2)

    secs = run_setup(old_setup)
    app = App(PROGRAM)
    if not (PROGRAM / "Lib/site-packages/lernpartner_stale_module.py").exists():
        record("FAIL", "older build installed", f"nothing in {PROGRAM}")
    expect(app.cli("demo", "--people", "40", LERNPARTNER_DATA_DIR=""), "demo with the older build")
    db = DATA / "lernpartner.db"
    if not db.exists():
        record("FAIL", "older build's data", f"no {db}")
    record("ok", "older build installed silently, demo data in the default folder",
           f"{secs:.1f} s, {db}")
    before = app.cli("status", LERNPARTNER_DATA_DIR="").stdout

    secs = run_setup(setup)
    results["figures"]["install_seconds"] = round(secs, 1)
    if (PROGRAM / "Lib/site-packages/lernpartner_stale_module.py").exists():
        record("FAIL", "upgrade", "a module of the older build is still there")
    installed = files(PROGRAM) - INSTALLER_FILES
    wanted = files(bundle)
    if installed != wanted:
        record("FAIL", "installed files = bundle files",
               f"missing {sorted(wanted - installed)[:10]}, "
               f"extra {sorted(installed - wanted)[:10]}")
    size = sum((PROGRAM / f).stat().st_size for f in files(PROGRAM))
    results["figures"]["installed"] = size
    record("ok", "upgrade installed silently; installed files = bundle files",
           f"{len(installed)} files, {size / 1e6:.1f} MB, {secs:.1f} s")
    expect(app.cli("check", LERNPARTNER_DATA_DIR=""), "check after the upgrade")
    after = app.cli("status", LERNPARTNER_DATA_DIR="").stdout
    if after != before:
        record("FAIL", "data kept by the upgrade", "status differs before and after")
    record("ok", "data kept by the upgrade", "check passes, status unchanged")

    # Start-up of the installed copy: the first start compiles and caches the bytecode in the
    # program folder (the owner's own folder, writable), later starts use it.
    for label in ("first start", "later start"):
        p = subprocess.run([str(app.python), "-m", "lernpartner_desktop"], capture_output=True,
                           text=True, timeout=300,
                           env={**{k: v for k, v in os.environ.items()
                                   if k not in ("PYTHONDONTWRITEBYTECODE", "QT_QPA_PLATFORM")},
                                "LERNPARTNER_STARTUP_PROBE": f"{time.time():.6f}"})
        vals = dict(ln.split("=", 1) for ln in p.stdout.splitlines() if "=" in ln)
        if "startup_seconds" not in vals:
            record("FAIL", f"installed app, {label}", p.stderr[-2000:])
        key = "gui_startup_installed_" + label.split()[0] + "_seconds"
        results["figures"][key] = round(float(vals["startup_seconds"]), 2)
        record("ok", f"installed app under Xvfb, {label}", f"{vals['startup_seconds']} s")

    if not START_MENU.exists():
        record("FAIL", "Start-menu shortcut", f"no {START_MENU}")
    shutil.copy2(START_MENU, out / "Lernpartner.lnk")
    record("ok", "Start-menu shortcut", str(START_MENU))

    # Start as the shortcut does (pythonw.exe, no console); the app then holds the data folder.
    t0 = time.monotonic()
    gui = subprocess.Popen([str(PROGRAM / "pythonw.exe"), "-m", "lernpartner_desktop"],
                           env={k: v for k, v in os.environ.items()
                                if k not in ("QT_QPA_PLATFORM", "LERNPARTNER_DATA_DIR")})
    deadline = t0 + 120
    while True:
        done = app.cli("status", LERNPARTNER_DATA_DIR="")
        if "already running" in done.stderr:
            break
        if gui.poll() is not None or time.monotonic() > deadline:
            record("FAIL", "app started with pythonw.exe", f"exit {gui.poll()}")
        time.sleep(1)
    time.sleep(5)
    if gui.poll() is not None:
        record("FAIL", "app started with pythonw.exe", f"ended with {gui.returncode}")
    record("ok", "app started with pythonw.exe as the shortcut does, holds the data folder",
           f"{time.monotonic() - t0:.1f} s")
    gui.kill()
    gui.wait()

    uninstall()
    left = files(PROGRAM) if PROGRAM.exists() else set()
    if left or START_MENU.exists():
        record("FAIL", "uninstall", f"left {sorted(left)[:10]}, shortcut {START_MENU.exists()}")
    if not db.exists():
        record("FAIL", "uninstall keeps the data", f"{db} is gone")
    record("ok", "uninstall removes the program and keeps the data", str(DATA))

    run_setup(setup)
    expect(app.cli("check", LERNPARTNER_DATA_DIR=""), "check after installing again")
    uninstall("/DELETEDATA")
    if DATA.exists():
        record("FAIL", "uninstall /DELETEDATA", f"{DATA} still there")
    record("ok", "uninstall with \"also delete my data\" removes the data folder")
