"""The translation catalogues: update, list what is missing, fill, merge, build.

    python tools/translations.py update         lupdate: every tr()/translate()/QT_TRANSLATE_NOOP
                                                text into lernpartner_de.ts, and the texts with a
                                                count (%n) into lernpartner_en.ts
    python tools/translations.py todo [LANG]    unfinished entries as JSON (default: de)
    python tools/translations.py fill FILE [LANG]
                                                take translations from a JSON list of
                                                {"context", "source", "comment"?, "translation"
                                                 | "forms": [...]} and mark them finished
    python tools/translations.py release        build the .qm files next to the .ts files
    python tools/translations.py merge BASE OURS THEIRS
                                                git merge driver (see .gitattributes): the union
                                                of both sides' entries, a finished translation
                                                beating an unfinished one

Entries are keyed by (context, source, comment). The catalogues carry no line numbers
(``-locations none``), so that two branches adding texts rarely touch the same lines.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = {"de": "de_DE", "en": "en_GB"}

Key = tuple[str, str, str]


def catalogue(lang: str) -> Path:
    return FOLDER / f"lernpartner_{lang}.ts"


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: run this with the project's virtual environment")
    return found


def sources() -> list[str]:
    package = ROOT / "lernpartner_desktop"
    return sorted(str(p) for p in package.rglob("*.py") if "migrations" not in p.parts)


def update() -> None:
    lupdate = _tool("pyside6-lupdate")
    common = ["-locations", "none", "-no-obsolete", "-silent"]
    subprocess.run(
        [
            lupdate,
            *sources(),
            *common,
            "-target-language",
            LANGUAGES["de"],
            "-ts",
            str(catalogue("de")),
        ],
        check=True,
    )
    # English is the source language; it needs a catalogue only for the plural forms.
    subprocess.run(
        [
            lupdate,
            *sources(),
            *common,
            "-pluralonly",
            "-target-language",
            LANGUAGES["en"],
            "-ts",
            str(catalogue("en")),
        ],
        check=True,
    )


def release() -> None:
    lrelease = _tool("pyside6-lrelease")
    for ts in sorted(FOLDER.glob("*.ts")):
        subprocess.run(
            [lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )


def _key(context: ET.Element, message: ET.Element) -> Key:
    return (
        context.findtext("name") or "",
        message.findtext("source") or "",
        message.findtext("comment") or "",
    )


def _unfinished(message: ET.Element) -> bool:
    tr = message.find("translation")
    return tr is None or tr.get("type") == "unfinished"


def messages(root: ET.Element) -> dict[Key, ET.Element]:
    return {_key(ctx, m): m for ctx in root.iter("context") for m in ctx.iter("message")}


def _write(tree: ET.ElementTree, target: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    target.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def todo(lang: str) -> list[dict[str, object]]:
    root = ET.parse(catalogue(lang)).getroot()
    out: list[dict[str, object]] = []
    for (ctx, source, comment), m in messages(root).items():
        if not _unfinished(m):
            continue
        entry: dict[str, object] = {"context": ctx, "source": source}
        if comment:
            entry["comment"] = comment
        extra = m.findtext("extracomment")
        if extra:
            entry["note"] = extra
        if m.get("numerus") == "yes":
            entry["forms"] = ["", ""]
        else:
            entry["translation"] = ""
        out.append(entry)
    return out


def _set(message: ET.Element, entry: dict[str, object]) -> bool:
    tr = message.find("translation")
    if tr is None:
        tr = ET.SubElement(message, "translation")
    if message.get("numerus") == "yes":
        forms = entry.get("forms")
        if not isinstance(forms, list) or not all(isinstance(f, str) and f for f in forms):
            return False
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        for form in forms:
            ET.SubElement(tr, "numerusform").text = form
    else:
        text = entry.get("translation")
        if not isinstance(text, str) or not text:
            return False
        tr.text = text
    if "type" in tr.attrib:
        del tr.attrib["type"]
    return True


def fill(path: Path, lang: str) -> None:
    entries = json.loads(path.read_text(encoding="utf-8"))
    target = catalogue(lang)
    tree = ET.parse(target)
    found = messages(tree.getroot())
    done = unknown = skipped = 0
    for entry in entries:
        key = (entry["context"], entry["source"], entry.get("comment", ""))
        message = found.get(key)
        if message is None:
            unknown += 1
            print(f"not in the catalogue: {key}", file=sys.stderr)
        elif _set(message, entry):
            done += 1
        else:
            skipped += 1
    _write(tree, target)
    print(f"{done} filled, {skipped} left empty, {unknown} unknown")


def merge(base: Path, ours: Path, theirs: Path) -> int:
    """Union of both sides. Git calls this with %O %A %B and takes the result from %A."""
    tree = ET.parse(ours)
    root = tree.getroot()
    have = messages(root)
    contexts = {ctx.findtext("name") or "": ctx for ctx in root.iter("context")}
    for ctx in ET.parse(theirs).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            key = _key(ctx, m)
            mine = have.get(key)
            if mine is None:
                if name not in contexts:
                    contexts[name] = ET.SubElement(root, "context")
                    ET.SubElement(contexts[name], "name").text = name
                contexts[name].append(m)
                have[key] = m
            elif _unfinished(mine) and not _unfinished(m):
                parent = contexts[name]
                parent.insert(list(parent).index(mine), m)
                parent.remove(mine)
                have[key] = m
    _write(tree, ours)
    return 0


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "todo":
        print(json.dumps(todo(rest[0] if rest else "de"), ensure_ascii=False, indent=1))
    elif command == "fill":
        fill(Path(rest[0]), rest[1] if len(rest) > 1 else "de")
    elif command == "merge":
        return merge(Path(rest[0]), Path(rest[1]), Path(rest[2]))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
