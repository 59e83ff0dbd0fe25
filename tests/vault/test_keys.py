"""The key hierarchy across re-keys: backups, exported headers, recovery codes old and new."""

from __future__ import annotations

import os
import sqlite3

import pytest

from lernpartner_desktop.base.errors import (
    RecordDamaged,
    RecoveryCodeInvalid,
    VaultHeaderInvalid,
    WrongPassphrase,
    WrongRecoveryCode,
)
from lernpartner_desktop.vault import crypto, keys
from lernpartner_desktop.vault.crypto import KdfParams
from lernpartner_desktop.vault.registry import sealed_column
from lernpartner_desktop.workspace import Workspace
from tests.conftest import add_person

PASS = "Kaffee und Tandem"
TODAY = "Heutige Passphrase"


def _open_with_any(privates: tuple[bytes, ...], sealed: bytes) -> bytes:
    for private in privates:
        try:
            return crypto.open_sealed(private, sealed)
        except RecordDamaged:
            continue
    raise AssertionError("no key opens it")


def test_a_backup_made_before_a_passphrase_change_opens_with_todays_passphrase_and_code(
    ws: Workspace,
) -> None:
    code = ws.vault.set_up(PASS)
    ws.vault.lock()
    # A backup while locked: the archive carries the header of its day.
    archive = crypto.seal_to(ws.vault.backup_public_key(), b"Sicherung vom Montag")
    archive_header = ws.vault.export_header()
    ws.vault.change_passphrase(PASS, TODAY)
    ws.vault.lock()
    assert ws.vault.backup_public_key() != crypto.public_key_of(
        keys.open_header(archive_header, passphrase=PASS).backup_private_key
    )  # re-keying made a new backup key pair
    # Today's passphrase, through the live vault's keyring.
    ws.vault.unlock(TODAY)
    assert len(ws.vault.backup_private_keys()) == 2
    assert _open_with_any(ws.vault.backup_private_keys(), archive) == b"Sicherung vom Montag"
    # Today's passphrase and today's code, through today's exported header (no database).
    today_header = ws.vault.export_header()
    for opened in (
        keys.open_header(today_header, passphrase=TODAY),
        keys.open_header(today_header, recovery_code=code),
    ):
        assert _open_with_any(opened.backup_private_keys, archive) == b"Sicherung vom Montag"
        public = crypto.public_key_of(opened.backup_private_keys[1])
        assert opened.backup_private_key_for(public) == opened.backup_private_keys[1]
    # The archive's own header: the passphrase of its day, or the (unchanged) code.
    opened = keys.open_header(archive_header, recovery_code=code)
    assert crypto.open_sealed(opened.backup_private_key, archive) == b"Sicherung vom Montag"
    with pytest.raises(WrongPassphrase):
        keys.open_header(archive_header, passphrase=TODAY)


def test_a_new_recovery_code_keeps_older_backups_open(ws: Workspace) -> None:
    ws.vault.set_up(PASS)
    first = crypto.seal_to(ws.vault.backup_public_key(), b"eins")
    ws.vault.change_passphrase(PASS, TODAY)
    second = crypto.seal_to(ws.vault.backup_public_key(), b"zwei")
    new_code = ws.vault.new_recovery_code(TODAY)
    third = crypto.seal_to(ws.vault.backup_public_key(), b"drei")
    opened = keys.open_header(ws.vault.export_header(), recovery_code=new_code)
    assert len(opened.backup_private_keys) == 3
    assert [_open_with_any(opened.backup_private_keys, s) for s in (first, second, third)] == [
        b"eins",
        b"zwei",
        b"drei",
    ]


def test_an_exported_header_refuses_wrong_secrets_and_tampering(ws: Workspace) -> None:
    code = ws.vault.set_up(PASS)
    exported = ws.vault.export_header()
    assert b"Kaffee" not in exported and ws.vault.backup_private_key() not in exported
    with pytest.raises(WrongPassphrase):
        keys.open_header(exported, passphrase="falsch")
    groups = code.split("-")
    typo = "-".join([groups[0][:4] + ("A" if groups[0][4] != "A" else "B"), *groups[1:]])
    with pytest.raises(RecoveryCodeInvalid, match="Group 1"):
        keys.open_header(exported, recovery_code=typo)
    other_code, _raw = crypto.new_recovery_code()
    with pytest.raises(WrongRecoveryCode):
        keys.open_header(exported, recovery_code=other_code)
    with pytest.raises(ValueError):
        keys.open_header(exported)
    for broken in (b"", b"not json", b"[]", exported.replace(b'"version": 1', b'"version": 9')):
        with pytest.raises(VaultHeaderInvalid):
            keys.open_header(broken, passphrase=PASS)
    # Key settings beyond the cap are refused before any derivation.
    beyond = exported.replace(b'"iterations": 1', b'"iterations": 64').replace(
        f'"memory_kib": {KdfParams.MIN_MEMORY_KIB}'.encode(), b'"memory_kib": 1048576'
    )
    assert beyond != exported
    with pytest.raises(VaultHeaderInvalid, match="four times"):
        keys.open_header(beyond, passphrase=PASS)
    # A swapped public key: the header no longer matches its private key.
    header = keys.parse_header(exported)
    _p, evil = crypto.new_backup_keypair()
    swapped = keys.export_header(keys.Header(**{**header.__dict__, "backup_public_key": evil}))
    with pytest.raises(VaultHeaderInvalid, match="backup key"):
        keys.open_header(swapped, passphrase=PASS)


def test_the_cost_cap_is_four_times_the_shipped_setting() -> None:
    shipped = crypto.SHIPPED_KDF
    KdfParams(shipped.memory_kib, shipped.iterations * 4, shipped.lanes).check()
    KdfParams(1024 * 1024, 3, 4).check()  # 1 GiB x 3: exactly four times 256 MiB x 3
    with pytest.raises(VaultHeaderInvalid, match="four times"):
        KdfParams(1024 * 1024, 4, 4).check()
    with pytest.raises(VaultHeaderInvalid, match="four times"):
        KdfParams(shipped.memory_kib, shipped.iterations * 4 + 1, shipped.lanes).check()


# -- vaults from before schema 0006 -----------------------------------------------------------


def _make_legacy(ws: Workspace, code: str) -> None:
    """Turn the vault into one as schema 0005 wrote it: format-1 records, a symmetric wrap
    of the data key under the recovery code, no keyring (the fixtures of 0003 to 0005 hold
    such vaults, but not their recovery codes)."""
    data_key = ws.vault._require_key()
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    aead = AESGCM(data_key)
    salt = crypto.random_salt()
    wrapped = crypto.wrap(
        crypto.recovery_key(crypto.parse_recovery_code(code), salt), data_key, keys.RECOVERY_LABEL
    )
    con = sqlite3.connect(ws.db_path, isolation_level=None)
    try:
        con.execute(
            "UPDATE vault SET format = 1, recovery_public_key = NULL, recovery_salt = ?, "
            "recovery_wrapped = ?",
            (salt, wrapped),
        )
        col = sealed_column("gap_note", "body")
        for row_id, record, person, pair in con.execute(
            "SELECT id, body, person_id, partnership_id FROM gap_note"
        ).fetchall():
            plain = ws.vault._require_cipher().open(record, col.address(row_id, [person, pair]))
            header = crypto.HEADER.pack(crypto.VERSION_AESGCM, col.code, row_id)
            nonce = os.urandom(crypto.NONCE_BYTES)
            v1 = header + nonce + aead.encrypt(nonce, plain.encode(), header + b"|gap_note.body")
            con.execute("UPDATE gap_note SET body = ? WHERE id = ?", (v1, row_id))
    finally:
        con.close()
    ws.vault.lock()


def _versions(ws: Workspace) -> set[int]:
    con = sqlite3.connect(ws.db_path)
    try:
        return {r[0][0] for r in con.execute("SELECT body FROM gap_note")}
    finally:
        con.close()


def test_format_1_records_are_converted_at_the_next_unlock_and_refused_after(
    ws: Workspace,
) -> None:
    anna = add_person(ws, "Anna Alt")
    code = ws.vault.set_up(PASS)
    a = ws.gap_notes.create("Eins", "erste", person_id=anna)
    b = ws.gap_notes.create("Zwei", "zweite", person_id=anna)
    _make_legacy(ws, code)
    con = sqlite3.connect(ws.db_path, isolation_level=None)
    old_b = con.execute("SELECT body FROM gap_note WHERE id = ?", (b,)).fetchone()[0]
    assert _versions(ws) == {crypto.VERSION_AESGCM}
    # Locked: placeholders, as before.
    assert {n.body.state for n in ws.gap_notes.for_person(anna)} == {"locked"}
    ws.vault.unlock(PASS)
    assert _versions(ws) == {crypto.VERSION_OWNED}
    assert con.execute("SELECT format FROM vault").fetchone()[0] == 2
    assert ws.gap_notes.read(a) == ("Eins", "erste")
    # A format-1 record put back afterwards (from a copy made before the upgrade): damage.
    con.execute("UPDATE gap_note SET body = ? WHERE id = ?", (old_b, b))
    con.close()
    with pytest.raises(RecordDamaged):
        ws.gap_notes.read(b)


def test_a_code_from_before_schema_0006_is_replaced_with_the_first_passphrase_change(
    ws: Workspace,
) -> None:
    anna = add_person(ws, "Anna Alt")
    old_code = ws.vault.set_up(PASS)
    nid = ws.gap_notes.create("Eins", "erste", person_id=anna)
    _make_legacy(ws, old_code)
    new_code = ws.vault.change_passphrase(PASS, TODAY)
    assert new_code is not None and new_code != old_code  # shown at once by the UI
    ws.vault.lock()
    with pytest.raises(WrongRecoveryCode):
        ws.vault.reset_with_recovery_code(old_code, "x")
    ws.vault.reset_with_recovery_code(new_code, "wieder neu")
    assert ws.gap_notes.read(nid) == ("Eins", "erste")
    # From now on the code survives passphrase changes.
    assert ws.vault.change_passphrase("wieder neu", TODAY) is None


def test_a_code_from_before_schema_0006_is_kept_when_it_is_typed(ws: Workspace) -> None:
    anna = add_person(ws, "Anna Alt")
    code = ws.vault.set_up(PASS)
    nid = ws.gap_notes.create("Eins", "erste", person_id=anna)
    _make_legacy(ws, code)
    ws.vault.reset_with_recovery_code(code, TODAY)
    assert ws.vault.change_passphrase(TODAY, "noch eine") is None  # converted: carried over
    ws.vault.lock()
    ws.vault.reset_with_recovery_code(code, "und noch eine")
    assert ws.gap_notes.read(nid) == ("Eins", "erste")
