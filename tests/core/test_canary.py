"""The canary: unique strings in every confidential field must never reach the disk in clear."""

from __future__ import annotations

import datetime as dt
import logging
import os
import tempfile
import time
import uuid
from pathlib import Path

import pytest

from lernpartner_desktop.backup.restore import Secret, discard
from lernpartner_desktop.core.records import MeetingPlan
from lernpartner_desktop.storage.sqlitefile import copy_aside
from lernpartner_desktop.workspace import Workspace
from tests.core.helpers import tandem

MAX_SCAN = 64 * 1024 * 1024


def encodings(word: str) -> list[bytes]:
    return [word.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]


def hits(folders: list[Path], words: list[str], since: float = 0.0) -> list[str]:
    """Files under ``folders`` (changed after ``since``) that hold any word in any encoding."""
    needles = [(w, b) for w in words for b in encodings(w)]
    found = []
    for folder in folders:
        for root, _dirs, files in os.walk(folder):
            for name in files:
                path = Path(root) / name
                try:
                    info = path.lstat()
                    if path.is_symlink() or info.st_size > MAX_SCAN or info.st_mtime < since:
                        continue
                    data = path.read_bytes()
                except OSError:
                    continue
                found += [f"{path}: {w}" for w, b in needles if b in data]
    return found


def every_document(ws: Workspace, pid: int, person: int, folder: Path) -> list[tuple[str, bytes]]:
    """Every document and calendar file of a partnership, its program and a member."""
    folder.mkdir()
    prog = ws.paper.partnership(pid).program_id
    docs = [
        ws.reports.schedule(pid),
        ws.reports.closing(pid),
        ws.reports.certificates_pdf(partnership_id=pid),
        ws.reports.wall_plan(prog),
        ws.reports.wall_plan(prog, "A3"),
        ws.reports.person_dates(person),
    ]
    out = [(d.file_name, d.pdf) for d in docs]
    for make in (ws.calendar.for_partnership, ws.calendar.for_program, ws.calendar.for_person):
        target = prog if make == ws.calendar.for_program else pid
        if make == ws.calendar.for_person:
            target = person
        data, name = make(target)
        out.append((f"{make.__name__}.ics", data))
    for name, data in out:  # written as the app writes them, so the disk scan sees them
        (folder / name).write_bytes(data)
    return out


def document_text(data: bytes) -> str:
    """What a reader sees: a PDF's extracted text (its streams are compressed), else the file."""
    if data.startswith(b"%PDF"):
        import io

        from pypdf import PdfReader

        return "".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    return data.decode("utf-8").replace("\r\n ", "")


def test_no_confidential_text_reaches_the_disk(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    log_file = tmp_path / "app.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    root = logging.getLogger()
    root.addHandler(handler)
    old_level = root.level
    root.setLevel(logging.DEBUG)
    caplog.set_level(logging.DEBUG)
    started = time.time() - 2
    canary = f"Kanarienvogel{uuid.uuid4().hex[:12]}"
    words: list[str] = []

    def word(label: str) -> str:
        w = f"{canary}-{label}-Übung"
        words.append(w)
        return w

    folder = tmp_path / "data"
    try:
        ws = Workspace.open(folder)
        try:
            ws.vault.set_up("Kanarien-Passphrase")
            _prog, pid, ids = tandem(ws)
            anna, ben = ids["Anna Alt"], ids["Ben Neu"]
            ws.partnerships.advance(pid)
            ws.partnerships.add_goal(pid, f"{canary}-goal")  # a goal title is not confidential
            (mid,) = ws.meetings.plan(pid, MeetingPlan(dt.datetime(2026, 3, 10, 16)))
            ws.meetings.set_status(mid, "held")
            ws.partnerships.record_fit(pid, anna, "fits", word("fit"))
            ws.partnerships.record_interim(pid, ben, 4, 4, 4, word("interim"))
            j1 = ws.partnerships.add_journal_entry(pid, anna, word("journal-kept"))
            j2 = ws.partnerships.add_journal_entry(pid, ben, word("journal-deleted"))
            ws.partnerships.delete_journal_entry(j2)
            n1 = ws.gap_notes.create(word("person-title"), word("person-body"), person_id=anna)
            n2 = ws.gap_notes.create(word("pair-title"), word("pair-body"), partnership_id=pid)
            ws.gap_notes.update(n1, word("person-title-edited"), word("person-body-edited"))
            ws.gap_notes.update(n2, word("pair-title-edited"), word("pair-body-edited"))
            ws.gap_notes.delete(n2)
            ws.vault.lock()
            ws.vault.unlock("Kanarien-Passphrase")
            j3 = ws.partnerships.add_journal_entry(pid, ben, word("journal-before-rekey"))
            ws.partnerships.dissolve(pid, word("dissolve"))
            # A copy as the app keeps one before an upgrade, then a re-key (new passphrase)
            # and a new note: neither the re-keyed file, its WAL nor the copy hold text.
            copy = copy_aside(ws.db_path, "schema0099")
            ws.vault.change_passphrase("Kanarien-Passphrase", "Neue Kanarien-Passphrase")
            n3 = ws.gap_notes.create(word("after-rekey-title"), word("after-rekey"), person_id=ben)
            paper = every_document(ws, pid, anna, tmp_path / "paper")
            # Everything reads back while unlocked: the scan below is not vacuous.
            d = ws.partnerships.detail(pid)
            assert d.dissolve_reason.text == words[-3]
            assert any(j.id == j1 and j.body.text == words[2] for j in d.journal)
            assert any(j.id == j3 and j.body.text.endswith("before-rekey-Übung") for j in d.journal)
            assert ws.gap_notes.read(n3)[1] == words[-1]
            assert copy.exists()
            assert ws.gap_notes.read(n1)[1].endswith("person-body-edited-Übung")
            # Backups: an automatic one while the vault is locked, one to a "stick", and a
            # restore checked into the data folder and abandoned (its copy is removed).
            ws.vault.lock()
            assert ws.backups.automatic(closing=True) is not None
            stick = ws.backups.to_removable(tmp_path / "stick").path
            staged = ws.backups.stage_restore(
                stick, Secret("passphrase", "Neue Kanarien-Passphrase")
            )
            discard(staged)
            # Scan once while the workspace is open (WAL and shm present), once after closing.
            assert (folder / "lernpartner.db-wal").exists()
            open_hits = hits([folder], words)
            # Paper and calendars, printed once more with the vault locked.
            ws.vault.lock()
            paper += every_document(ws, pid, anna, tmp_path / "paper-locked")
        finally:
            ws.close()
    finally:
        root.removeHandler(handler)
        handler.close()
        root.setLevel(old_level)
    assert open_hits == []
    # Not a vacuous scan: the goal title (not confidential) is in the documents' text.
    texts = [(name, document_text(data)) for name, data in paper]
    assert len(texts) == 18
    # The closing document, open and locked (the dissolved pair's confirmation has no goals).
    assert sum(f"{canary}-goal" in t for _n, t in texts) == 2
    for name, text in texts:
        assert not [w for w in words if w in text], name
    backups = sorted(tmp_path.rglob("*.lpbackup"))
    assert len(backups) == 2
    assert hits([folder, tmp_path], words) == []
    # The backup is not vacuous: restored elsewhere, it gives the canary back.
    elsewhere = Workspace.open(tmp_path / "restored")
    restored = elsewhere.backups.finish_restore(
        elsewhere.backups.stage_restore(stick, Secret("passphrase", "Neue Kanarien-Passphrase"))
    )
    try:
        assert isinstance(restored, Workspace)
        restored.vault.unlock("Neue Kanarien-Passphrase")
        assert restored.gap_notes.read(n3)[1] == words[-1]
    finally:
        restored.close()
    assert hits([Path(tempfile.gettempdir())], words, since=started) == []
    assert not any(canary in r.getMessage() for r in caplog.records)
    # The scan would find the canary if it were there in any of the three encodings.
    probe = tmp_path / "probe.bin"
    probe.write_bytes(b"x" + words[0].encode("utf-16-le"))
    assert hits([tmp_path], words[:1]) == [f"{probe}: {words[0]}"]
