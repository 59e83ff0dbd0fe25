"""The installer's inputs as files in the repository, read the same way by the build and by
the offline tests: pyproject's runtime dependencies, the Windows lock, the constraints, the
exclusion list and the version."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]  # installer/windows
ROOT = HERE.parents[1]
PYPROJECT = ROOT / "pyproject.toml"
LOCK = HERE / "requirements.txt"
CONSTRAINTS = HERE / "constraints.txt"
RUNTIME = HERE / "runtime.txt"
EXCLUDE = HERE / "exclude.txt"
NSIS_SCRIPT = HERE / "lernpartner.nsi"
NSIS_VERSION = HERE / "version.nsh"
ROOT_CA = HERE / "code-signing-roots.pem"
# The roots under which the Python Software Foundation signs python.org's Windows files
# (python.exe and the core under Microsoft's, the bundled OpenSSL and libffi under DigiCert's).
# The PEM file beside this one must hold exactly these (SHA-1 fingerprints); the roots are
# never taken from the files being verified.
ROOT_CA_SHA1 = {
    "F4:00:42:E2:E5:F7:E8:EF:81:89:FE:D1:55:19:AE:CE:42:C3:BF:A2":
        "Microsoft Identity Verification Root Certificate Authority 2020",
    "DD:FB:16:CD:49:31:C9:73:A2:03:7D:3F:C8:3A:4D:7D:77:5D:05:E4": "DigiCert Trusted Root G4",
}
SIGNER_ORGANIZATION = "Python Software Foundation"

PYTHON_VERSION = "3.12"
PLATFORM = "win_amd64"
# How `packaging.markers` sees the target (CPython 3.12 on 64-bit Windows).
MARKER_ENV = {
    "implementation_name": "cpython",
    "platform_machine": "AMD64",
    "platform_python_implementation": "CPython",
    "platform_system": "Windows",
    "python_version": PYTHON_VERSION,
    "python_full_version": f"{PYTHON_VERSION}.9",
    "sys_platform": "win32",
    "os_name": "nt",
}


def project() -> dict[str, object]:
    data = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    table: dict[str, object] = data["project"]
    return table


def version() -> str:
    """The app's version, from pyproject.toml (the one the installer carries)."""
    return str(project()["version"])


def nsis_version() -> str | None:
    m = re.search(r'^!define VERSION "([^"]+)"', NSIS_VERSION.read_text(encoding="utf-8"), re.M)
    return m[1] if m else None


def write_nsis_version() -> None:
    NSIS_VERSION.write_text(
        "; The app's version, as in pyproject.toml (written by lock.py; tests/installer checks "
        f'it).\n!define VERSION "{version()}"\n', encoding="utf-8")


def runtime_dependencies() -> list[str]:
    deps = project()["dependencies"]
    assert isinstance(deps, list)
    return [str(d) for d in deps]


@dataclass(frozen=True)
class Pin:
    name: str  # canonical (PEP 503) name
    version: str
    hashes: tuple[str, ...]
    wheel: str  # the wheel's file name, from the comment the lock script writes
    line: str


_PIN = re.compile(r"^(?P<name>[A-Za-z0-9._-]+)==(?P<version>[^\s;]+)(?P<rest>.*)$")


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def read_pins(path: Path = LOCK) -> list[Pin]:
    """Every requirement line of a hash-pinned file; raises ValueError on a line without a
    hash or anything other than ``name==version``."""
    pins = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        m = _PIN.match(line)
        if not m:
            raise ValueError(f"{path.name}: not an exact pin: {line!r}")
        rest, _, comment = m["rest"].partition("#")
        if ";" in rest:
            raise ValueError(f"{path.name}: markers are not allowed (pip would evaluate them "
                             f"for this Linux host, not for Windows): {line!r}")
        hashes = tuple(re.findall(r"--hash=sha256:([0-9a-f]{64})\b", rest))
        if not hashes:
            raise ValueError(f"{path.name}: no sha256 hash: {line!r}")
        pins.append(Pin(canonical(m["name"]), m["version"], hashes, comment.strip(), line))
    return pins


@dataclass(frozen=True)
class Exclusion:
    pattern: str  # glob relative to the bundle, "/" separated; "**" spans folders
    reason: str


def read_exclusions(path: Path = EXCLUDE) -> list[Exclusion]:
    """The rules in order; a pattern starting with "!" keeps what it matches."""
    rules = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        pattern, _, reason = line.partition("#")
        rules.append(Exclusion(pattern.strip(), reason.strip()))
    return rules


@cache
def _compile(pattern: str) -> re.Pattern[str]:
    """A glob where ``*`` stays within one folder and ``**/`` spans any number of them."""
    out = []
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(out) + r"\Z", re.IGNORECASE)  # Windows names ignore case


def excluded_by(relpath: str, rules: list[Exclusion]) -> Exclusion | None:
    """The first rule that removes ``relpath`` (or a folder above it), unless a "!" rule
    keeps it."""
    if any(_compile(r.pattern[1:]).match(relpath) for r in rules if r.pattern.startswith("!")):
        return None
    for rule in rules:
        if rule.pattern.startswith("!"):
            continue
        rx = _compile(rule.pattern)
        parts = relpath.split("/")
        for i in range(1, len(parts) + 1):
            if rx.match("/".join(parts[:i])):
                return rule
    return None


