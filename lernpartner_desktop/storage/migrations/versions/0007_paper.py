"""Paper: issued certificates, certificate texts per program, meeting moves and topics.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meeting") as batch:
        batch.add_column(sa.Column("original_starts_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("sequence", sa.Integer(), server_default="0", nullable=False))
        batch.add_column(
            sa.Column("topic", sa.String(length=200), server_default="", nullable=False)
        )
        batch.add_column(sa.Column("package_id", sa.Integer(), nullable=True))
        batch.create_index(batch.f("ix_meeting_package_id"), ["package_id"], unique=False)
        batch.create_foreign_key(
            batch.f("fk_meeting_package_id_learning_package"),
            "learning_package",
            ["package_id"],
            ["id"],
            ondelete="SET NULL",
        )
    with op.batch_alter_table("program") as batch:
        batch.add_column(sa.Column("certificate_title", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("certificate_body", sa.Text(), nullable=True))
    op.create_table(
        "certificate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("serial", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("partnership_id", sa.Integer(), nullable=True),
        sa.Column("program_id", sa.Integer(), nullable=True),
        sa.Column("holder_name", sa.String(length=200), nullable=False),
        sa.Column("program_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("check_code", sa.String(length=16), nullable=False),
        sa.Column("revoked_on", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('completion', 'participation')", name=op.f("ck_certificate_kind")
        ),
        sa.CheckConstraint("serial >= 1", name=op.f("ck_certificate_serial")),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
            name=op.f("fk_certificate_partnership_id_partnership"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_certificate_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["program.id"],
            name=op.f("fk_certificate_program_id_program"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate")),
        sa.UniqueConstraint("number", name=op.f("uq_certificate_number")),
        sa.UniqueConstraint(
            "partnership_id", "person_id", name=op.f("uq_certificate_partnership_id_person_id")
        ),
    )
    with op.batch_alter_table("certificate") as batch:
        batch.create_index(batch.f("ix_certificate_partnership_id"), ["partnership_id"])
        batch.create_index(batch.f("ix_certificate_person_id"), ["person_id"])
        batch.create_index(batch.f("ix_certificate_program_id"), ["program_id"])


def downgrade() -> None:
    op.drop_table("certificate")
    with op.batch_alter_table("program") as batch:
        batch.drop_column("certificate_body")
        batch.drop_column("certificate_title")
    with op.batch_alter_table("meeting") as batch:
        batch.drop_constraint("fk_meeting_package_id_learning_package", type_="foreignkey")
        batch.drop_index("ix_meeting_package_id")
        batch.drop_column("package_id")
        batch.drop_column("topic")
        batch.drop_column("sequence")
        batch.drop_column("original_starts_at")
