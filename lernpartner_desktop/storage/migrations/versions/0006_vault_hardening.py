"""The vault, hardened: ids never reused, a keyring of backup keys, records bound to owners.

Schema: person, partnership, gap_note, journal_entry and check_in become AUTOINCREMENT
tables (a sealed record, or the person or partnership it is bound to, never shares an id
with a deleted one); the vault row gets ``backup_keyring`` (older backup private keys),
``recovery_public_key`` (the recovery code's X25519 public half) and ``format``.

Records: format 2 binds each record to its owning ids as well (vault/crypto.py), so a
note moved to another person, or a journal entry given another author, no longer opens.
Re-sealing needs the data key, which a migration never has: it runs while the vault is
locked and the passphrase exists only in the owner's head. So this revision only marks an
existing vault as ``format = 1`` ("records may still be of format 1"), and the vault
converts at the next unlock (vault/service.py: Vault._convert): every record re-sealed as
format 2 and the row set to ``format = 2`` in one transaction, so a crash leaves either
all records convertible or all converted. Version bytes tell the two apart (1 and 2 in the
first byte of every record). While locked the app shows placeholders as before; once the
row says 2, a format-1 record is damage (``RecordDamaged``), so an old ciphertext replayed
from a copy made before the upgrade opens nowhere. A record moved to another owner between
the upgrade and that first unlock is converted as if it belonged there: that window is as
wide as the owner leaves it, and closing it would need the key inside the migration.

Ids: without AUTOINCREMENT SQLite reuses the highest id after a delete, so an old record
could be replayed into a new row with the same address. The copy made before this upgrade
can only replay format-1 records, which are refused after the conversion; from here on ids
only grow. A vault from before this revision keeps its recovery code: its symmetric wrap
stays until the code is next typed (reset) or the passphrase changes (which then issues a
new code, see vault/keys.py).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 16:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# Owners first: the tables that point to them are rebuilt afterwards.
NO_ID_REUSE = ("person", "partnership", "gap_note", "journal_entry", "check_in")


def upgrade() -> None:
    with op.batch_alter_table("vault", schema=None) as batch_op:
        batch_op.add_column(sa.Column("backup_keyring", sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column("recovery_public_key", sa.LargeBinary(), nullable=True))
        # Existing vaults: format 1 until the next unlock converts their records.
        batch_op.add_column(
            sa.Column("format", sa.Integer(), nullable=False, server_default=sa.text("1"))
        )
    for table in NO_ID_REUSE:
        # Rebuilt with AUTOINCREMENT; rows keep their ids and sqlite_sequence starts at the
        # highest one.
        with op.batch_alter_table(
            table, recreate="always", table_kwargs={"sqlite_autoincrement": True}
        ):
            pass


def downgrade() -> None:
    for table in reversed(NO_ID_REUSE):
        with op.batch_alter_table(
            table, recreate="always", table_kwargs={"sqlite_autoincrement": False}
        ):
            pass
    with op.batch_alter_table("vault", schema=None) as batch_op:
        batch_op.drop_column("format")
        batch_op.drop_column("recovery_public_key")
        batch_op.drop_column("backup_keyring")
