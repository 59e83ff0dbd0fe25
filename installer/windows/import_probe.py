"""Import every module of the app and everything its code imports anywhere (also inside
functions), then print, as JSON, the files of the modules that came in.

    python import_probe.py SITE_PACKAGES [PACKAGE]

Run by the offline tests on this machine and by `make installer` with the bundle's own Python
under wine: an exclusion rule that removes one of these files would break the app. Standard
library only, so the embeddable Python runs it as it is.
"""

from __future__ import annotations

import ast
import importlib
import json
import os
import pkgutil
import sys
from pathlib import Path

# Not imported by the probe: the Alembic environment runs a migration when imported, and
# __main__ starts the app. Their imports are still collected from their source.
NOT_IMPORTED = (".storage.migrations.env", ".__main__")


def package_modules(package: str) -> list[str]:
    root = importlib.import_module(package)
    names = [package]
    for info in pkgutil.walk_packages(root.__path__, prefix=f"{package}."):
        names.append(info.name)
    return names


def imported_names(path: Path, module: str, is_package: bool) -> set[str]:
    """Absolute names of everything a source file imports, wherever the statement is."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                base = base[: len(base) - node.level + (1 if is_package else 0)]
                prefix = ".".join(base + ([node.module] if node.module else []))
            else:
                prefix = node.module or ""
            names.add(prefix)
            # `from x import y`: y may be a submodule; try it, harmless if it is an attribute
            names.update(f"{prefix}.{alias.name}" for alias in node.names if alias.name != "*")
    return names


def probe(package: str) -> tuple[list[str], list[str]]:
    mods = package_modules(package)
    wanted: set[str] = set()
    for name in mods:
        spec = importlib.util.find_spec(name)
        if spec and spec.origin and spec.origin.endswith(".py"):
            is_pkg = spec.submodule_search_locations is not None
            wanted |= imported_names(Path(spec.origin), name, is_pkg)
    failed = []
    for name in sorted(set(mods) | wanted):
        if name.endswith(NOT_IMPORTED) or not name:
            continue
        parent, _, attr = name.rpartition(".")
        if parent in sys.modules and hasattr(sys.modules[parent], attr):
            continue  # `from x import y` where y is a name in x (or an imported submodule)
        try:
            importlib.import_module(name)
        except ImportError as exc:
            if parent in sys.modules and exc.name == name:
                continue  # an attribute that is not a module (checked after the import)
            failed.append(f"{name}: {exc}")
        except Exception as exc:
            failed.append(f"{name}: {type(exc).__name__}: {exc}")
    return sorted(m for m in sys.modules if m), failed


def main() -> int:
    site = Path(sys.argv[1]).resolve()
    package = sys.argv[2] if len(sys.argv) > 2 else "lernpartner_desktop"
    loaded, failed = probe(package)
    # The app's own package may live outside site-packages (an editable install).
    app_root = Path(importlib.import_module(package).__file__).resolve().parents[1]
    files = set()
    for name in loaded:
        f = getattr(sys.modules.get(name), "__file__", None)
        if not f:
            continue
        path = Path(f).resolve()
        for root in (site, app_root):
            if path.is_relative_to(root):
                files.add(path.relative_to(root).as_posix())
                break  # else: the standard library
    json.dump({"files": sorted(files), "failed": failed}, sys.stdout, indent=0)
    return 1 if failed else 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
