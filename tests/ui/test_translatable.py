"""No user-visible string may escape Qt's translation mechanism.

Scans the UI package for literal texts handed straight to Qt's text setters and widget
constructors; a literal must be wrapped in tr()/translate() (or come from the core's
QT_TRANSLATE_NOOP catalogue). The German catalogue must know every source text.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "lernpartner_desktop" / "ui"
TS = ROOT / "resources" / "translations" / "lernpartner_de.ts"

TEXT_CALLS = {
    "setText",
    "setWindowTitle",
    "setPlaceholderText",
    "setToolTip",
    "setStatusTip",
    "addItem",
    "addItems",
    "addRow",
    "addMenu",
    "addButton",
    "setAccessibleName",
    "showMessage",
    "setSuffix",
    "setPrefix",
    "setTitle",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QGroupBox",
    "QAction",
    "QRadioButton",
    "information",
    "warning",
    "critical",
    "question",
    "about",
    "SectionTitle",
    "_Figure",
    "QListWidgetItem",
}


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


MESSAGE_BOXES = {"information", "warning", "critical", "question", "about"}
_TAG = re.compile(r"<[^>]*>")


def _words(text: str) -> bool:
    """Does the literal hold words (not just markup, punctuation or spacing)?"""
    return any(ch.isalpha() for ch in _TAG.sub("", text))


def _bare_literals(node: ast.Call) -> list[str]:
    # Only the argument that is shown: the text (the title and text of a message box); item
    # data such as addItem(label, "birth_year") is not for the eye.
    shown = node.args[1:3] if _name(node.func) in MESSAGE_BOXES else node.args[:1]
    found = []
    for arg in shown:
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and _words(arg.value):
            found.append(arg.value)
        if isinstance(arg, ast.JoinedStr):
            found += [
                str(part.value)
                for part in arg.values
                if isinstance(part, ast.Constant) and _words(str(part.value))
            ]
    return found


def test_no_literal_text_reaches_a_widget_untranslated() -> None:
    offenders = []
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _name(node.func) in TEXT_CALLS:
                offenders += [
                    f"{path.relative_to(ROOT)}:{node.lineno}: {text!r}"
                    for text in _bare_literals(node)
                ]
    assert offenders == []


def test_the_catalogue_knows_every_source_text(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    files = [
        str(p) for p in (ROOT / "lernpartner_desktop").rglob("*.py") if "migrations" not in p.parts
    ]
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), *files, "-ts", str(fresh)], check=True, capture_output=True, timeout=120
    )

    def sources(ts: Path) -> set[tuple[str, str]]:
        root = ET.parse(ts).getroot()
        return {
            (ctx.findtext("name") or "", m.findtext("source") or "")
            for ctx in root.iter("context")
            for m in ctx.iter("message")
            if (
                m.find("translation") is None
                or m.find("translation").get("type") not in ("obsolete", "vanished")
            )
        }

    missing = sources(fresh) - sources(TS)
    assert not missing, (
        f"{len(missing)} texts are not in {TS.name}; run `make translations`: {sorted(missing)[:5]}"
    )
