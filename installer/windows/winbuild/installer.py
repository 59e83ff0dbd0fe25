"""The NSIS installer: Debian's native makensis compiles lernpartner.nsi around the bundle."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from winbuild.common import Build, Stop, files_of, mb, need_tool, run
from winbuild.inputs import NSIS_SCRIPT, nsis_version, version


def vi_version(v: str) -> str:
    """The four numbers Windows shows in the file's properties (1.2.3 -> 1.2.3.0)."""
    nums = [int(n) for n in re.findall(r"\d+", v.split("+")[0])[:4]]
    if not nums:
        raise Stop(f"installer: version {v!r} has no numbers")
    return ".".join(str(n) for n in [*nums, 0, 0, 0, 0][:4])


def compile_installer(b: Build, out: Path, *, bundle: Path | None = None,
                      app_version: str | None = None, fast: bool = False) -> Path:
    """Compile to ``out`` (a temporary name: the caller renames it when the smoke run passed)."""
    makensis = need_tool("makensis", "nsis")
    if nsis_version() != version():
        raise Stop(f"installer: version.nsh says {nsis_version()}, pyproject.toml {version()}: "
                   "run `python installer/windows/lock.py`")
    v = app_version or version()
    out.unlink(missing_ok=True)
    # -D before the script is read; the script's own !define is skipped for the older build.
    cmd = [makensis, "-V2", "-INPUTCHARSET", "UTF8", f"-DVIVERSION={vi_version(v)}",
           f"-DBUNDLE={bundle or b.bundle}", f"-DOUTFILE={out}"]
    if app_version:
        cmd.append(f"-DVERSION_OVERRIDE={v}")
    if fast:  # the throw-away "older version" of the upgrade test
        cmd.append("-XSetCompressor /FINAL zlib")
    run([*cmd, NSIS_SCRIPT], "compiling the installer with makensis")
    if not out.exists():
        raise Stop(f"installer: makensis left no {out}")
    if not fast:
        b.figures["installer"] = out.stat().st_size
        print(f"   {out.name}: {mb(out.stat().st_size)}")
    return out


def older_bundle(b: Build) -> Path:
    """A copy of the bundle dressed as an older version: a stale module the new version must
    remove, for the upgrade test."""
    old = b.out / "bundle-old"
    shutil.rmtree(old, ignore_errors=True)
    shutil.copytree(b.bundle, old)
    (old / "Lib" / "site-packages" / "lernpartner_stale_module.py").write_text(
        "# only in the older version\n")
    return old


def check_contents(b: Build, exe: Path) -> None:
    """The installer's file list (as 7z reads it) is exactly the bundle's, and the file's
    properties carry the version and the publisher."""
    seven = need_tool("7z", "p7zip-full")
    listing = run([seven, "l", "-ba", "-slt", exe], "listing the installer with 7z").stdout
    packed = {line[7:].strip().replace("\\", "/") for line in listing.splitlines()
              if line.startswith("Path = ")}
    # NSIS's own plug-ins, and the uninstaller it writes at install time
    packed = {p for p in packed if not p.startswith("$PLUGINSDIR/") and p != "Uninstall.exe"}
    wanted = files_of(b.bundle)
    if packed != wanted:
        raise Stop(f"installer: its files differ from the bundle's: missing "
                   f"{sorted(wanted - packed)[:10]}, extra {sorted(packed - wanted)[:10]}")
    import pefile

    pe = pefile.PE(str(exe), fast_load=True)
    pe.parse_data_directories(directories=[
        pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_RESOURCE"]])
    props: dict[str, str] = {}
    for info in getattr(pe, "FileInfo", []) or []:
        for entry in info:
            for table in getattr(entry, "StringTable", []):
                props.update({k.decode(): v.decode() for k, v in table.entries.items()})
    pe.close()
    want = {"ProductVersion": version(), "FileVersion": version(), "CompanyName": "Lernpartner",
            "ProductName": "Lernpartner"}
    wrong = {k: props.get(k) for k, v in want.items() if props.get(k) != v}
    if wrong:
        raise Stop(f"installer: file properties {wrong}, expected {want}")
    print(f"   7z lists the bundle's {len(wanted)} files; properties: "
          + ", ".join(f"{k} {props[k]}" for k in want))
