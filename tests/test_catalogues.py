"""The translation catalogues are complete, and every count is a real plural.

* every entry of every catalogue is finished, plural entries with all their forms;
* every text that ``lupdate`` finds in the code has a German translation (and, with a count,
  English plural forms);
* a text with a count uses ``%n`` with numerus forms: no "(s)" on screen, no "{count} clashes"
  or ``f"{len(x)} people"`` glued together by hand.
"""

from __future__ import annotations

import ast
import itertools
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "lernpartner_desktop"
FOLDER = ROOT / "resources" / "translations"
CATALOGUES = {"de": FOLDER / "lernpartner_de.ts", "en": FOLDER / "lernpartner_en.ts"}

#: (context, source) -> numerus?
Texts = dict[tuple[str, str], bool]


def _texts(root: ET.Element) -> Texts:
    return {
        (ctx.findtext("name") or "", m.findtext("source") or ""): m.get("numerus") == "yes"
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    }


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Texts:
    """What lupdate finds in the code today, into a fresh catalogue."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import translations  # the project's own tool: the same files, the same options
    finally:
        sys.path.pop(0)
    fresh = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(lupdate), *translations.sources(), "-ts", str(fresh)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return _texts(ET.parse(fresh).getroot())


def unfinished(ts: Path, plural_forms: int) -> list[str]:
    """Entries of a catalogue that would reach the user untranslated or half-translated."""
    problems = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            source = m.findtext("source") or ""
            where = f"{ts.name} [{name}] {source!r}"
            tr = m.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                problems.append(f"{where}: unfinished")
                continue
            if m.get("numerus") != "yes":
                if not (tr.text or "").strip():
                    problems.append(f"{where}: empty")
                continue
            forms = [f.text or "" for f in tr.findall("numerusform")]
            if len(forms) != plural_forms or not all(f.strip() for f in forms):
                problems.append(f"{where}: needs {plural_forms} plural forms, has {forms}")
            elif "%n" in source and "%n" not in forms[-1]:
                # The singular may say "jede Woche"; the plural must show the number.
                problems.append(f"{where}: the plural form lacks %n: {forms[-1]!r}")
    return problems


# -- a count is a plural --------------------------------------------------------------------

_HAND_PLURAL = re.compile(r"\((?:e?s)\)")
#: A placeholder that holds a count, followed by a word: "{count} clashes", "%d days".
_GLUED = re.compile(
    r"(?:%d|%i|\{(?:n|count|number|total|days|weeks|months|years|minutes|hours|people"
    r"|persons|mentees|mentors|members|places|iterations|lanes|\w+_count)\})\s+(?!of\b|to\b|and\b|or\b)"
    r"[^\W\d_]{2,}"
)


def count_problems(texts: Texts) -> list[str]:
    """Texts with a count written by hand instead of with %n and numerus forms."""
    problems = []
    for (ctx, source), numerus in sorted(texts.items()):
        where = f"[{ctx}] {source!r}"
        if _HAND_PLURAL.search(source) and not numerus:
            problems.append(f"{where}: '(s)' without numerus forms; use tr(text, '', n)")
        if "%n" in source and not numerus:
            problems.append(f"{where}: %n without a count; use tr(text, '', n)")
        if _GLUED.search(source):
            problems.append(f"{where}: a count glued to a noun; use %n with numerus forms")
    return problems


def _shows_a_count(value: ast.expr) -> bool:
    return (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Name)
        and value.func.id in ("len", "sum")
    )


def glued_in_code(files: Iterable[Path]) -> list[str]:
    """f-strings that print a count straight before a word: f"{len(rows)} people"."""
    problems = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.JoinedStr):
                continue
            parts = node.values
            for part, after in itertools.pairwise(parts):
                if (
                    isinstance(part, ast.FormattedValue)
                    and _shows_a_count(part.value)
                    and isinstance(after, ast.Constant)
                    and re.match(r"\s+[^\W\d_]{2,}", str(after.value))
                ):
                    problems.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
    return problems


def _sources() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts]


# -- the tests ------------------------------------------------------------------------------


def test_every_entry_of_every_catalogue_is_finished() -> None:
    problems = unfinished(CATALOGUES["de"], 2) + unfinished(CATALOGUES["en"], 2)
    assert not problems, f"{len(problems)} entries: " + "\n".join(problems[:20])


def test_every_text_in_the_code_has_its_translation(extracted: Texts) -> None:
    german = _texts(ET.parse(CATALOGUES["de"]).getroot())
    english = _texts(ET.parse(CATALOGUES["en"]).getroot())
    missing = [
        f"[{ctx}] {source!r}" + (" (with a count)" if numerus else "")
        for (ctx, source), numerus in sorted(extracted.items())
        if german.get((ctx, source)) != numerus
    ]
    missing += [
        f"English plural forms of [{ctx}] {source!r}"
        for (ctx, source), numerus in sorted(extracted.items())
        if numerus and not english.get((ctx, source))
    ]
    assert not missing, (
        f"{len(missing)} texts lack a translation; run `make translations` and fill what "
        "`tools/translations.py todo de` (and `todo en`) lists:\n" + "\n".join(missing[:20])
    )


def test_every_count_in_the_code_is_a_real_plural(extracted: Texts) -> None:
    problems = count_problems(extracted) + glued_in_code(_sources())
    assert not problems, "\n".join(problems)


def test_the_count_check_finds_planted_mistakes(tmp_path: Path) -> None:
    planted = {
        ("Errors", "{count} clash(es) in all."): False,  # (s) by hand
        ("Status", "No meeting for {days} days or more"): False,  # glued
        ("CLI", "Created %d partnerships."): False,  # glued
        ("Page", "%n person(s) selected"): False,  # %n but extracted without a count
    }
    for key, numerus in planted.items():
        assert count_problems({key: numerus}), key
    fine = {
        ("Page", "%n person(s) selected"): True,
        ("MainWindow", "Ctrl+%d"): False,
        ("Errors", "A group has 2 to {max} members, not {n}."): False,
        ("Errors", "{name} in {program}: %n too many"): True,
        ("People", "%1 of %n person(s)"): True,
        ("Matching", "Shared topic: {topic} (seek it: {seekers})"): False,
    }
    assert count_problems(fine) == []
    code = tmp_path / "planted.py"
    code.write_text(
        'rows = []\nprint(f"{len(rows)} people")\nprint(f"Total: {len(rows)}")\n',
        encoding="utf-8",
    )
    assert glued_in_code([code]) == ["planted.py:2: f'{len(rows)} people'"]


def test_each_context_object_carries_its_context_name() -> None:
    """lupdate takes the context of ``Status.tr(...)`` from the variable's name."""
    wrong = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Call)
                and isinstance(node.value.func, ast.Name)
                and node.value.func.id == "Context"
            ):
                arg = node.value.args[0]
                name = arg.value if isinstance(arg, ast.Constant) else None
                if isinstance(arg, ast.Name):  # Context(CONTEXT): the module's constant
                    name = _constant(path, arg.id)
                targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
                if targets != [name]:
                    wrong.append(f"{path.name}:{node.lineno}: {targets} = Context({name!r})")
    assert not wrong, wrong


def _constant(path: Path, name: str) -> str | None:
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if (
            isinstance(node, ast.Assign)
            and [t.id for t in node.targets if isinstance(t, ast.Name)] == [name]
            and isinstance(node.value, ast.Constant)
        ):
            return str(node.value.value)
    return None


TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def hidden_in_fstrings(files: Iterable[Path]) -> list[str]:
    """tr() inside an f-string: lupdate reads the f-string as one string and never sees the
    call, so the text silently stays English."""
    found = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.JoinedStr):
                continue
            for sub in ast.walk(node):
                if isinstance(sub, ast.Call):
                    func = sub.func
                    name = func.attr if isinstance(func, ast.Attribute) else ""
                    name = func.id if isinstance(func, ast.Name) else name
                    # Only a literal text is extracted by lupdate: tr(T["key"]) translates a
                    # text marked elsewhere with QT_TRANSLATE_NOOP, and that is fine.
                    at = 1 if name in ("translate", "QT_TRANSLATE_NOOP") else 0
                    literal = len(sub.args) > at and isinstance(sub.args[at], ast.Constant)
                    if name in TRANSLATING and literal:
                        found.append(f"{path.name}:{sub.lineno}: {ast.unparse(sub)}")
    return found


def test_no_translation_hides_inside_an_fstring(tmp_path: Path) -> None:
    code = tmp_path / "planted.py"
    code.write_text('x = f"<b>{self.tr(\'Why:\')}</b>"\ny = self.tr("Why:")\n', encoding="utf-8")
    assert hidden_in_fstrings([code]) == ["planted.py:1: self.tr('Why:')"]
    assert hidden_in_fstrings(_sources()) == []
