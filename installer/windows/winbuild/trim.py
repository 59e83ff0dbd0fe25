"""Trimming the bundle to what the app loads, measuring what each rule saves.

Before anything is removed, the import probe runs with the bundle's own Python under wine: no
rule may remove a module file it loaded. After removing, every DLL, PYD and EXE left must
still find each DLL it imports (in the bundle or in Windows itself).
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from pathlib import Path

from winbuild.common import Build, Stop, files_of, mb
from winbuild.inputs import EXCLUDE, Exclusion, excluded_by, read_exclusions

PE_SUFFIXES = (".dll", ".pyd", ".exe")
# DLLs that Windows itself provides (beyond what wine's system folder lists): the API sets
# and a few that wine lacks but every Windows 10/11 has.
WINDOWS_DLL_PREFIXES = ("api-ms-win-", "ext-ms-win-")
WINDOWS_EXTRA = {"d3d12.dll", "dxcore.dll", "icu.dll", "dwmapi.dll", "uxtheme.dll",
                 "mpr.dll", "userenv.dll", "netapi32.dll", "wtsapi32.dll", "dwrite.dll",
                 "d3d11.dll", "dxgi.dll", "d3d9.dll", "version.dll", "winmm.dll", "shcore.dll",
                 "authz.dll", "bcryptprimitives.dll", "ncrypt.dll", "crypt32.dll",
                 "secur32.dll", "ws2_32.dll", "iphlpapi.dll", "dnsapi.dll", "wininet.dll"}


def plan(files: set[str], rules: list[Exclusion]) -> dict[Exclusion, list[str]]:
    removed: dict[Exclusion, list[str]] = defaultdict(list)
    for rel in sorted(files):
        rule = excluded_by(rel, rules)
        if rule is not None:
            removed[rule].append(rel)
    return removed


def system_dlls(b: Build) -> set[str]:
    folder = b.chroot / "usr/lib/x86_64-linux-gnu/wine/x86_64-windows"
    names = {p.name.lower() for p in folder.iterdir()}  # .dll, .drv, .ocx, ...
    if len(names) < 100:
        raise Stop(f"trim: wine's system DLLs not found under {folder}")
    return names | WINDOWS_EXTRA


def pe_imports(path: Path) -> set[str]:
    import pefile

    pe = pefile.PE(str(path), fast_load=True)
    pe.parse_data_directories(directories=[
        pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_IMPORT"],
        pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_DELAY_IMPORT"]])
    names = set()
    for attr in ("DIRECTORY_ENTRY_IMPORT", "DIRECTORY_ENTRY_DELAY_IMPORT"):
        for entry in getattr(pe, attr, []):
            names.add(entry.dll.decode("ascii", "replace").lower())
    pe.close()
    return names


def check_dll_closure(b: Build) -> int:
    """Every PE file left imports only DLLs that are in the bundle or in Windows."""
    system = system_dlls(b)
    present = {p.name.lower() for p in b.bundle.rglob("*") if p.suffix.lower() in PE_SUFFIXES}
    missing = []
    count = 0
    for path in sorted(b.bundle.rglob("*")):
        if path.suffix.lower() not in PE_SUFFIXES:
            continue
        count += 1
        for dll in pe_imports(path):
            if dll in present or dll in system or dll.startswith(WINDOWS_DLL_PREFIXES):
                continue
            missing.append(f"{path.relative_to(b.bundle).as_posix()} imports {dll}")
    if missing:
        raise Stop("trim: a file left in the bundle needs a DLL that is not there; adjust "
                   f"{EXCLUDE.name}:\n   " + "\n   ".join(missing))
    return count


def probe_files(b: Build) -> set[str]:
    """Module files the import probe loads with the bundle's Python, relative to the bundle."""
    from winbuild import smoke

    result = smoke.run_probe(b)
    return {f"Lib/site-packages/{f}" for f in result}


def trim(b: Build) -> None:
    rules = read_exclusions()
    loaded = probe_files(b)
    files = files_of(b.bundle)
    removed = plan(files, rules)
    clash = [f"{rel} (loaded by the app) would be removed by `{rule.pattern}`"
             for rule, rels in removed.items() for rel in rels if rel in loaded]
    if clash:
        raise Stop("trim: the exclusion list removes modules the app imports:\n   "
                   + "\n   ".join(clash))
    saved = []
    for rule, rels in removed.items():
        size = sum((b.bundle / r).stat().st_size for r in rels)
        for r in rels:
            os.remove(b.bundle / r)
        saved.append((size, len(rels), rule))
    for folder in sorted((p for p in b.bundle.rglob("*") if p.is_dir()), reverse=True):
        if not any(folder.iterdir()):
            folder.rmdir()
    unused = [r.pattern for r in rules if r not in removed and not r.pattern.startswith("!")]
    checked = check_dll_closure(b)
    saved.sort(key=lambda s: -s[0])
    total = sum(s[0] for s in saved)
    print(f"   trimmed {mb(total)} in {sum(s[1] for s in saved)} files; {checked} DLL/PYD/EXE "
          "files left, each finds every DLL it imports")
    for size, n, rule in saved:
        print(f"   {mb(size):>9}  {n:5d} files  {rule.pattern}  ({rule.reason})")
    if unused:
        print("   rules that matched nothing (the package changed?): " + ", ".join(unused))
    b.figures["trimmed"] = total
    b.figures["trim_rules"] = [
        {"pattern": r.pattern, "reason": r.reason, "bytes": s, "files": n} for s, n, r in saved]
    (b.out / "trim.json").write_text(json.dumps(b.figures["trim_rules"], indent=1))
