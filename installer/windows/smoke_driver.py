"""The smoke run inside wine, driven by the bundle's own Python (standard library only).

    python.exe smoke_driver.py bundle  BUNDLE RESULTS
    python.exe smoke_driver.py install SETUP OLD_SETUP BUNDLE RESULTS

Each check prints one line (ok / FAIL / SKIPPED) and lands in RESULTS/<phase>.json, which
`make installer` reads on the Linux side. It stops at the first failure.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

DEMO_PASSPHRASE = "Demo-Tresor 2026"
results: dict[str, object] = {"checks": [], "skipped": [], "figures": {}}


class Failed(Exception):
    pass


def record(status: str, name: str, detail: str = "") -> None:
    line = f"   {status:7s} {name}" + (f": {detail}" if detail else "")
    print(line, flush=True)
    results["checks"].append({"status": status, "name": name, "detail": detail})  # type: ignore[attr-defined]
    if status == "SKIPPED":
        results["skipped"].append(f"{name}: {detail}")  # type: ignore[attr-defined]
    if status == "FAIL":
        raise Failed(f"{name}: {detail}")


def env(**extra: str) -> dict[str, str]:
    e = dict(os.environ)
    e["PYTHONDONTWRITEBYTECODE"] = "1"  # the bundle must stay as built (file-list check)
    e["LERNPARTNER_LANG"] = "en"  # the checks read the CLI's English messages
    e.pop("QT_QPA_PLATFORM", None)
    e.update(extra)
    return e


class App:
    def __init__(self, folder: Path) -> None:
        self.python = folder / "python.exe"
        self.pythonw = folder / "pythonw.exe"
        self.fonts = folder / "Lib/site-packages/lernpartner_desktop/resources/fonts"

    def cli(self, *args: str, stdin: str | None = None, timeout: float = 300,
            **extra: str) -> subprocess.CompletedProcess[str]:
        def go(**more: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run([str(self.python), "-m", "lernpartner_desktop", *args],
                                  input=stdin, capture_output=True, text=True,
                                  encoding="utf-8", errors="replace", timeout=timeout,
                                  env=env(**extra, **more))

        done = go()
        if done.returncode != 0 and "UnicodeEncodeError" in done.stderr:
            # Output into a pipe uses the ANSI code page on Windows until the CLI writes
            # UTF-8 itself (issue 9). Say so once, then test the command with UTF-8 forced.
            if not any("UTF-8" in s for s in results["skipped"]):  # type: ignore[attr-defined]
                record("SKIPPED", "CLI output into a pipe or file (UTF-8)",
                       f"`{' '.join(args[-2:])}` failed with UnicodeEncodeError: the CLI does "
                       "not write UTF-8 yet (issue 9); commands rerun with PYTHONIOENCODING")
            done = go(PYTHONIOENCODING="utf-8")
        return done

    def gui(self, data: Path, **extra: str) -> subprocess.Popen[str]:
        return subprocess.Popen([str(self.python), "-m", "lernpartner_desktop", "--data-dir",
                                 str(data)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, env=env(QT_QPA_FONTDIR=str(self.fonts), **extra))


def expect(done: subprocess.CompletedProcess[str], name: str, code: int = 0) -> str:
    if done.returncode != code:
        record("FAIL", name, f"exit {done.returncode}, expected {code}:\n"
               f"{done.stdout[-1500:]}\n{done.stderr[-3000:]}")
    return done.stdout


def commands(app: App) -> set[str]:
    """The sub-commands the packaged CLI has (from its --help)."""
    out = app.cli("--help").stdout
    start = out.find("{")
    if start >= 0:  # argparse's own list: {gui,demo,...}
        return set(out[start + 1: out.find("}", start)].split(","))
    # With a metavar the list is one command per line, indented, before its help text.
    return set(re.findall(r"^ {4}([a-z][a-z-]*)(?:\s|$)", out, flags=re.M))


def timed(fn, *args, **kw):  # type: ignore[no-untyped-def]
    t0 = time.monotonic()
    out = fn(*args, **kw)
    return out, time.monotonic() - t0


def bundle_phase(bundle: Path, work: Path) -> None:
    app = App(bundle)
    record("ok", "the bundle's Python starts", sys.version.split()[0])
    data = work / "data"
    missing = work / "no-such-folder"
    done = app.cli("--data-dir", str(missing), "check")
    expect(done, "check on a missing folder", 1)
    if missing.exists():
        record("FAIL", "check on a missing folder", "it created the folder")
    record("ok", "check on a missing folder", done.stderr.strip().splitlines()[-1][:120])

    done = app.cli("where", LERNPARTNER_DATA_DIR="")
    want = Path(os.environ["LOCALAPPDATA"]) / "Lernpartner"
    if Path(done.stdout.strip()) != want:
        record("FAIL", "default data folder", f"{done.stdout.strip()!r}, expected {want}")
    record("ok", "default data folder", str(want))

    done, secs = timed(app.cli, "--data-dir", str(data), "demo", "--people", "60")
    out = expect(done, "demo")
    results["figures"]["demo_seconds"] = round(secs, 1)  # type: ignore[index]
    record("ok", "demo", out.strip().splitlines()[0])
    # "... N people, M programs." (the folder's name may hold digits too: take the last)
    n_programs = int(re.findall(r"\d+", out.strip().splitlines()[0])[-1])
    expect(app.cli("--data-dir", str(data), "check"), "check after demo")
    record("ok", "check after demo")

    # A database of the first released schema, upgraded on Windows (Alembic, the copy set
    # aside, the atomic rename) by the first command that opens it.
    old = work / "old-schema"
    old.mkdir()
    shutil.copy2(Path(__file__).resolve().parent / "schema_0001.db", old / "lernpartner.db")
    expect(app.cli("--data-dir", str(old), "status"), "status on a schema-0001 database")
    expect(app.cli("--data-dir", str(old), "check"), "check after the upgrade of schema 0001")
    kept = [p.name for p in old.glob("lernpartner.db.before-schema*.bak")]
    if not kept:
        record("FAIL", "upgrade of an old database", "no copy set aside")
    record("ok", "upgrade of a schema-0001 database", f"check passes, copy kept: {kept[0]}")

    matched = 0
    for program in range(1, n_programs + 1):
        done, secs = timed(app.cli, "--data-dir", str(data), "match", "--program", str(program))
        out = expect(done, f"match --program {program}")
        matched += out.count("\n")
    record("ok", "match", f"{n_programs} programs, {matched} lines of suggestions and reasons")
    if not matched:
        record("FAIL", "match", "no output")

    with open(work / "status.txt", "w", encoding="ascii") as fh:  # a redirect, as `> file`
        done = subprocess.run([str(app.python), "-m", "lernpartner_desktop", "--data-dir",
                               str(data), "status"], stdout=fh, stderr=subprocess.PIPE,
                              text=True, env=env())
    if done.returncode != 0 and "UnicodeEncodeError" in done.stderr:
        record("SKIPPED", "status > file (UTF-8 output)",
               "UnicodeEncodeError: the CLI does not write UTF-8 yet (issue 9)")
    elif not (work / "status.txt").stat().st_size:
        record("FAIL", "status > file", f"empty output; {done.stderr[-1500:]}")
    else:
        expect(done, "status > file")
        raw = (work / "status.txt").read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            record("SKIPPED", "status > file (UTF-8 output)",
                   "the file is in the ANSI code page, not UTF-8 (issue 9)")
        else:
            record("ok", "status > file (UTF-8 output)", f"{len(text)} characters")

    have = commands(app)
    pdf = work / "certificates.pdf"
    if "print" in have and "certificates" in app.cli("print", "--help").stdout:
        # Certificates exist for completed partnerships: the first demo program that has one.
        for program in ("1", "2", "3", "4", "5"):
            done = app.cli("--data-dir", str(data), "print", "certificates", "--program",
                           program, "--out", str(pdf))
            if done.returncode == 0:
                break
        expect(done, "print certificates")
        if not pdf.read_bytes().startswith(b"%PDF"):
            record("FAIL", "print certificates", "not a PDF")
        record("ok", "print certificates", f"{pdf.stat().st_size} bytes")
    else:
        record("SKIPPED", "print certificates", "the packaged CLI has no `print` command yet")
    backups = work / "backups"
    if "backup" in have:
        backups.mkdir(exist_ok=True)
        expect(app.cli("--data-dir", str(data), "backup", "--to", str(backups)), "backup")
        files = [p for p in backups.rglob("*") if p.is_file()]
        if not files:
            record("FAIL", "backup", f"no file in {backups}")
        record("ok", "backup", ", ".join(f"{p.name} ({p.stat().st_size} bytes)" for p in files))
        if "restore" in have:
            restored = work / "restored"
            expect(app.cli("--data-dir", str(restored), "restore", str(files[0]),
                           stdin=DEMO_PASSPHRASE + "\n"), "restore")
            expect(app.cli("--data-dir", str(restored), "check"), "check after restore")
            record("ok", "restore", f"into {restored}, check passes")
        else:
            record("SKIPPED", "restore", "the packaged CLI has no `restore` command yet")
    else:
        record("SKIPPED", "backup", "the packaged CLI has no `backup` command yet")
        record("SKIPPED", "restore", "the packaged CLI has no `restore` command yet")

    atomic_replace_check(app, work)
    gui_checks(app, data, work)


def atomic_replace_check(app: App, work: Path) -> None:
    """Renaming over a file another process holds open: retried, then a clear error."""
    target = work / "held.txt"
    target.write_text("old")
    code = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from lernpartner_desktop.base.atomic import write_bytes_atomic\n"
        "from lernpartner_desktop.base.errors import LernpartnerError\n"
        "try:\n"
        "    write_bytes_atomic(Path(sys.argv[1]), b'new')\n"
        "    print('replaced')\n"
        "except LernpartnerError as exc:\n"
        "    print('refused:', exc)\n"
    )
    holder = ("import sys, time\nfh = open(sys.argv[1], 'rb')\nprint('held', flush=True)\n"
              "time.sleep(float(sys.argv[2]))\n")
    for hold, want in ((1.0, "replaced"), (30.0, "refused")):
        target.write_text("old")
        h = subprocess.Popen([str(app.python), "-c", holder, str(target), str(hold)],
                             stdout=subprocess.PIPE, text=True, env=env())
        assert h.stdout is not None
        h.stdout.readline()
        done = subprocess.run([str(app.python), "-c", code, str(target)], capture_output=True,
                              text=True, env=env(), timeout=120)
        h.kill()
        h.wait()
        leftovers = [p.name for p in work.glob(".held.txt.*")]
        if not done.stdout.startswith(want) or leftovers:
            record("FAIL", f"atomic replace while held {hold:.0f} s",
                   f"{done.stdout.strip()} {done.stderr[-800:]} temp files left: {leftovers}")
        record("ok", f"atomic replace while held {hold:.0f} s", done.stdout.strip()[:150])


def gui_checks(app: App, data: Path, work: Path) -> None:
    gui = app.gui(data, QT_QPA_PLATFORM="offscreen")
    time.sleep(20)
    if gui.poll() is not None:
        out, err = gui.communicate()
        record("FAIL", "GUI (offscreen) stays up", f"exit {gui.returncode}: {err[-3000:]}")
    record("ok", "GUI (offscreen) stays up", "20 s")
    done = app.cli("--data-dir", str(data), "status")
    if done.returncode == 0 or "already running" not in done.stderr:
        gui.kill()
        record("FAIL", "instance lock", f"a second process got the folder: {done.stderr[-500:]}")
    record("ok", "instance lock", done.stderr.strip()[:120])
    gui.kill()
    gui.wait()
    expect(app.cli("--data-dir", str(data), "status"), "lock released when the GUI died")
    record("ok", "lock released when the GUI was killed")

    for platform in ("offscreen", "windows"):
        if platform == "windows" and not os.environ.get("DISPLAY"):
            continue
        times = []
        for _ in range(3):
            p = app.gui(data, LERNPARTNER_STARTUP_PROBE=f"{time.time():.6f}",
                        **({"QT_QPA_PLATFORM": platform} if platform == "offscreen" else {}))
            try:
                out, err = p.communicate(timeout=180)
            except subprocess.TimeoutExpired:
                p.kill()
                out, err = p.communicate()
            vals = dict(ln.split("=", 1) for ln in out.splitlines() if "=" in ln)
            if "startup_seconds" not in vals:
                record("FAIL", f"GUI start-up ({platform})", f"exit {p.returncode}: {err[-3000:]}")
            times.append(float(vals["startup_seconds"]))
        results["figures"][f"gui_startup_{platform}_seconds"] = [round(t, 2) for t in times]  # type: ignore[index]
        record("ok", f"GUI start-up ({platform})",
               f"median {statistics.median(times):.2f} s of {', '.join(f'{t:.2f}' for t in times)}")


def main() -> int:
    sys.stdout.reconfigure(encoding="utf-8", errors="replace")  # type: ignore[union-attr]
    # The embeddable Python's ._pth leaves the script's folder off sys.path.
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    phase = sys.argv[1]
    out = Path(sys.argv[-1])
    out.mkdir(parents=True, exist_ok=True)
    try:
        if phase == "bundle":
            bundle_phase(Path(sys.argv[2]), out)
        else:
            from smoke_install import install_phase  # type: ignore[import-not-found]

            install_phase(Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]), out,
                          record, results, App, expect)
        ok = True
    except Failed:
        ok = False
    except Exception as exc:
        results["checks"].append({"status": "FAIL", "name": "driver", "detail": repr(exc)})  # type: ignore[attr-defined]
        print(f"   FAIL    driver: {exc!r}", flush=True)
        ok = False
    (out / f"{phase}.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
