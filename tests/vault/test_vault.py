"""The vault: key hierarchy, sealed fields, tampering, recovery, retention (real SQLite files)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from lernpartner_desktop.base.errors import (
    RecordDamaged,
    RecordMoved,
    RecordTooNew,
    RecordTruncated,
    RecoveryCodeInvalid,
    ValidationError,
    VaultHeaderInvalid,
    VaultLocked,
    VaultNotSetUp,
    WrongPassphrase,
    WrongRecoveryCode,
)
from lernpartner_desktop.vault import crypto
from lernpartner_desktop.vault.service import passphrase_hint
from lernpartner_desktop.workspace import Workspace
from tests.conftest import add_person
from tests.core.helpers import START, program_with, tandem

PASS = "Kaffee und Tandem"


def _raw(ws: Workspace, sql: str, **params: object) -> object:
    """Read one value, or change rows, behind the app's back (as an attacker or a bad disk)."""
    with ws.db.write() as s:
        result = s.execute(text(sql), params)
        return result.scalar() if result.returns_rows else None


def _notes(ws: Workspace, person: int, n: int) -> list[int]:
    return [ws.gap_notes.create(f"Lücke {i}", f"Text {i} äöü", person_id=person) for i in range(n)]


def test_round_trip_and_what_the_database_holds(ws: Workspace) -> None:
    anna = add_person(ws, "Anna Alt")
    assert ws.vault.state == "absent"
    with pytest.raises(VaultNotSetUp):
        ws.gap_notes.create("Excel", "Pivot", person_id=anna)
    code = ws.vault.set_up(PASS)
    assert len(code.split("-")) == 8 and ws.vault.state == "unlocked"
    nid = ws.gap_notes.create("Excel-Lücke", "Pivot-Tabellen üben", person_id=anna)
    assert ws.gap_notes.read(nid) == ("Excel-Lücke", "Pivot-Tabellen üben")
    raw = _raw(ws, "SELECT body FROM gap_note WHERE id = :i", i=nid)
    assert isinstance(raw, bytes) and raw[0] == crypto.VERSION_OWNED
    assert b"Pivot" not in raw
    # A fresh nonce on every write: the same text seals differently each time.
    ws.gap_notes.update(nid, "Excel-Lücke", "Pivot-Tabellen üben")
    again = _raw(ws, "SELECT body FROM gap_note WHERE id = :i", i=nid)
    assert again != raw and ws.gap_notes.read(nid)[1] == "Pivot-Tabellen üben"
    ws.vault.lock()
    assert ws.vault.state == "locked"
    (note,) = ws.gap_notes.for_person(anna)
    assert note.title.state == "locked" and note.body.text is None
    assert note.created_on == dt.date.today()  # dates stay plain
    with pytest.raises(VaultLocked):
        ws.gap_notes.read(nid)
    with pytest.raises(VaultLocked):
        ws.gap_notes.update(nid, "x", "y")
    ws.vault.unlock(PASS)
    assert ws.gap_notes.for_person(anna)[0].body.text == "Pivot-Tabellen üben"


def test_wrong_and_empty_passphrase(ws: Workspace) -> None:
    with pytest.raises(ValidationError, match="cannot be empty"):
        ws.vault.set_up("   ")
    assert ws.vault.state == "absent"
    ws.vault.set_up(PASS)
    ws.vault.lock()
    with pytest.raises(WrongPassphrase, match="not correct"):
        ws.vault.unlock("kaffee und tandem")
    with pytest.raises(WrongPassphrase, match="enter the passphrase"):
        ws.vault.unlock("")
    assert ws.vault.state == "locked"


def test_each_kind_of_damage_has_its_own_error_and_spares_the_others(ws: Workspace) -> None:
    anna = add_person(ws, "Anna Alt")
    ws.vault.set_up(PASS)
    a, b, c, d, e = _notes(ws, anna, 5)
    body = _raw(ws, "SELECT body FROM gap_note WHERE id = :i", i=a)
    assert isinstance(body, bytes)
    # a: one flipped bit in the ciphertext
    flipped = body[:-5] + bytes([body[-5] ^ 0x01]) + body[-4:]
    _raw(ws, "UPDATE gap_note SET body = :b WHERE id = :i", b=flipped, i=a)
    # b: the intact record of note c copied into note b
    _raw(ws, "UPDATE gap_note SET body = (SELECT body FROM gap_note WHERE id = :c) WHERE id = :b",
         c=c, b=b)  # fmt: skip
    # d: cut short
    _raw(ws, "UPDATE gap_note SET body = substr(body, 1, 20) WHERE id = :i", i=d)
    # e: a version byte from the future
    _raw(ws, "UPDATE gap_note SET body = CAST(X'07' || substr(body, 2) AS BLOB) WHERE id = :i", i=e)
    with pytest.raises(RecordDamaged, match="changed or damaged") as damaged:
        ws.gap_notes.read(a)
    assert type(damaged.value) is RecordDamaged
    with pytest.raises(RecordMoved, match="belongs to another record"):
        ws.gap_notes.read(b)
    with pytest.raises(RecordTruncated):
        ws.gap_notes.read(d)
    with pytest.raises(RecordTooNew, match="newer Lernpartner"):
        ws.gap_notes.read(e)
    assert ws.gap_notes.read(c) == ("Lücke 2", "Text 2 äöü")
    shown = {n.id: n.body for n in ws.gap_notes.for_person(anna)}
    assert shown[c].text == "Text 2 äöü"
    assert {shown[i].state for i in (a, b, d, e)} == {"damaged"}
    assert "belongs to another record" in shown[b].problem


def test_a_record_moved_to_another_column_fails_too(ws: Workspace) -> None:
    anna = add_person(ws, "Anna Alt")
    ws.vault.set_up(PASS)
    (nid,) = _notes(ws, anna, 1)
    _raw(ws, "UPDATE gap_note SET title = body WHERE id = :i", i=nid)
    with pytest.raises(RecordMoved):
        ws.gap_notes.read(nid)


@pytest.mark.parametrize(
    ("memory_kib", "iterations", "match"),
    [(18 * 1024, 3, "18 MiB"), (2 * 1024 * 1024, 3, "2048 MiB"), (64 * 1024, 0, "passes: 0")],
)
def test_key_settings_out_of_range_are_refused(
    ws: Workspace, memory_kib: int, iterations: int, match: str
) -> None:
    ws.vault.set_up(PASS)
    ws.vault.lock()
    _raw(
        ws,
        "UPDATE vault SET kdf_memory_kib = :m, kdf_iterations = :i",
        m=memory_kib,
        i=iterations,
    )
    with pytest.raises(VaultHeaderInvalid, match=match):
        ws.vault.unlock(PASS)
    assert ws.vault.state == "locked"


def test_key_settings_are_bound_to_the_wrapped_key(ws: Workspace) -> None:
    """Lowering the stored cost within range does not give a cheaper way in."""
    ws.vault.set_up(PASS)
    ws.vault.lock()
    _raw(ws, "UPDATE vault SET kdf_iterations = kdf_iterations + 1")
    with pytest.raises(WrongPassphrase):
        ws.vault.unlock(PASS)


def test_change_passphrase_re_keys_every_record_and_keeps_the_recovery_code(
    ws: Workspace,
) -> None:
    anna = add_person(ws, "Anna Alt")
    code = ws.vault.set_up(PASS)
    (nid,) = _notes(ws, anna, 1)
    before = _raw(ws, "SELECT body FROM gap_note WHERE id = :i", i=nid)
    with pytest.raises(WrongPassphrase, match="current passphrase is not correct") as wrong:
        ws.vault.change_passphrase("falsch", "neu und lang genug")
    assert wrong.value.field == "current"
    with pytest.raises(WrongPassphrase, match="enter the current passphrase"):
        ws.vault.change_passphrase("", "neu und lang genug")
    with pytest.raises(ValidationError, match="empty"):
        ws.vault.change_passphrase(PASS, "")
    assert _raw(ws, "SELECT body FROM gap_note WHERE id = :i", i=nid) == before  # untouched
    steps: list[tuple[int, int]] = []
    assert (
        ws.vault.change_passphrase(PASS, "neu und lang genug", lambda *a: steps.append(a)) is None
    )
    assert steps[0] == (0, 2) and steps[-1] == (2, 2)  # title and body
    assert _raw(ws, "SELECT body FROM gap_note WHERE id = :i", i=nid) != before  # re-sealed
    ws.vault.lock()
    with pytest.raises(WrongPassphrase):
        ws.vault.unlock(PASS)
    ws.vault.unlock("neu und lang genug")
    assert ws.gap_notes.read(nid)[0] == "Lücke 0"
    # The printed sheet still works after the change (the new key is sealed to its public half).
    ws.vault.lock()
    ws.vault.reset_with_recovery_code(code, "dritte Passphrase")
    assert ws.gap_notes.read(nid) == ("Lücke 0", "Text 0 äöü")


def test_recovery_code_resets_a_forgotten_passphrase(ws: Workspace) -> None:
    anna = add_person(ws, "Anna Alt")
    code = ws.vault.set_up(PASS)
    (nid,) = _notes(ws, anna, 1)
    ws.vault.lock()
    # Typed in lower case, with spaces instead of dashes and O for 0: still accepted.
    typed = code.lower().replace("-", " ").replace("0", "o")
    ws.vault.reset_with_recovery_code(typed, "ganz neue Passphrase")
    assert ws.vault.state == "unlocked" and ws.gap_notes.read(nid)[0] == "Lücke 0"
    ws.vault.lock()
    ws.vault.unlock("ganz neue Passphrase")
    # A new recovery code replaces the old sheet.
    newer = ws.vault.new_recovery_code("ganz neue Passphrase")
    ws.vault.lock()
    with pytest.raises(WrongRecoveryCode):
        ws.vault.reset_with_recovery_code(code, "noch eine")
    ws.vault.reset_with_recovery_code(newer, "noch eine")
    assert ws.gap_notes.read(nid)[1] == "Text 0 äöü"


def test_recovery_code_typos_name_the_group(ws: Workspace) -> None:
    code = ws.vault.set_up(PASS)
    ws.vault.lock()
    groups = code.split("-")
    for g in range(8):
        wrong = list(groups)
        ch = wrong[g][2]
        wrong[g] = wrong[g][:2] + ("A" if ch != "A" else "B") + wrong[g][3:]
        with pytest.raises(RecoveryCodeInvalid, match=f"Group {g + 1} ") as exc:
            ws.vault.reset_with_recovery_code("-".join(wrong), "neu")
        assert exc.value.params["group"] == g + 1
    # Swapped neighbours are caught unless their values differ by exactly 16 (odd weights).
    swapped = list(groups)
    a, b = (crypto.ALPHABET.index(ch) for ch in groups[3][:2])
    swapped[3] = groups[3][1] + groups[3][0] + groups[3][2:]
    if (a - b) % 16:
        with pytest.raises(RecoveryCodeInvalid, match="Group 4 "):
            ws.vault.reset_with_recovery_code("-".join(swapped), "neu")
    with pytest.raises(RecoveryCodeInvalid, match="8 groups of 5"):
        ws.vault.reset_with_recovery_code("-".join(groups[:7]), "neu")
    with pytest.raises(RecoveryCodeInvalid, match='contains "U"'):
        ws.vault.reset_with_recovery_code("U" + code[1:], "neu")
    assert ws.vault.state == "locked"
    ws.vault.unlock(PASS)  # nothing changed


def test_every_single_character_typo_is_caught() -> None:
    code, raw = crypto.new_recovery_code()
    assert crypto.parse_recovery_code(code) == raw
    flat = code.replace("-", "")
    for i, ch in enumerate(flat):
        for other in crypto.ALPHABET:
            if other == ch:
                continue
            typo = flat[:i] + other + flat[i + 1 :]
            with pytest.raises(RecoveryCodeInvalid) as exc:
                crypto.parse_recovery_code(typo)
            assert exc.value.params["group"] == i // 5 + 1


def test_backups_seal_while_locked_and_open_with_passphrase_or_code(ws: Workspace) -> None:
    code = ws.vault.set_up(PASS)
    ws.vault.lock()
    public = ws.vault.backup_public_key()  # available while locked
    sealed = crypto.seal_to(public, b"backup bytes \x00\x01")
    assert b"backup bytes" not in sealed
    with pytest.raises(VaultLocked):
        ws.vault.backup_private_key()
    ws.vault.unlock(PASS)
    assert crypto.open_sealed(ws.vault.backup_private_key(), sealed) == b"backup bytes \x00\x01"
    tampered = sealed[:-1] + bytes([sealed[-1] ^ 1])
    with pytest.raises(RecordDamaged):
        crypto.open_sealed(ws.vault.backup_private_key(), tampered)
    other_private, _ = crypto.new_backup_keypair()
    with pytest.raises(RecordDamaged):
        crypto.open_sealed(other_private, sealed)
    ws.vault.lock()
    ws.vault.reset_with_recovery_code(code, "neu")
    assert _open_with_any(ws.vault.backup_private_keys(), sealed) == b"backup bytes \x00\x01"


def _open_with_any(privates: tuple[bytes, ...], sealed: bytes) -> bytes:
    for private in privates:
        try:
            return crypto.open_sealed(private, sealed)
        except RecordDamaged:
            continue
    raise AssertionError("no key opens it")


def test_retention_purges_gap_notes_of_ended_partnerships(ws: Workspace) -> None:
    ws.vault.set_up(PASS)
    _prog, pid, ids = tandem(ws)
    anna = ids["Anna Alt"]
    ws.gap_notes.create("Lücke im Tandem", "", partnership_id=pid)
    ws.gap_notes.create("Persönlich", "bleibt", person_id=anna)
    ended = dt.date(2026, 5, 1)
    ws.partnerships.dissolve(pid, "passt nicht", today=ended)
    ws.vault.lock()  # purging needs no passphrase
    assert ws.gap_notes.purge_expired(ended + dt.timedelta(days=89)) == 0
    assert ws.gap_notes.purge_expired(ended + dt.timedelta(days=90)) == 1
    assert ws.gap_notes.for_partnership(pid) == []
    assert len(ws.gap_notes.for_person(anna)) == 1  # a person's own notes are not affected
    ws.settings.set_int("gap_notes.retention_days", 0)  # 0 keeps them
    ws.vault.unlock(PASS)
    prog2, more = program_with(ws, "tandem", {"Cem Cay": "peer", "Dana Dorn": "peer"})
    pid2 = ws.partnerships.create(prog2, [(i, "peer") for i in more.values()], today=START)
    ws.gap_notes.create("Noch eine", "", partnership_id=pid2)
    ws.partnerships.dissolve(pid2, today=ended)
    assert ws.gap_notes.purge_expired(ended + dt.timedelta(days=3000)) == 0
    with pytest.raises(ValidationError, match="from 0 to 3650"):
        ws.settings.set_int("gap_notes.retention_days", -1)


def test_gap_note_rules(ws: Workspace) -> None:
    anna = add_person(ws, "Anna Alt")
    ws.vault.set_up(PASS)
    with pytest.raises(ValidationError, match="title"):
        ws.gap_notes.create("  ", "x", person_id=anna)
    with pytest.raises(ValidationError, match="either one person or one partnership"):
        ws.gap_notes.create("x", "y")
    nid = ws.gap_notes.create("Titel", "", person_id=anna)
    ws.gap_notes.delete(nid)
    assert ws.gap_notes.for_person(anna) == []


def test_secure_delete_is_on(ws: Workspace) -> None:
    with ws.db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA secure_delete")).scalar() == 1


def test_passphrase_hint_grows_with_length() -> None:
    scores = [
        passphrase_hint(p).score
        for p in ("abc", "abcdefgh", "abcdefghijkl", "drei kleine Katzen sitzen")
    ]
    assert scores == sorted(scores) and scores[0] == 0 and scores[-1] == 3  # fmt: skip
