"""Staff-list import and GDPR erasure: personnel number and entry date of a person; a
partnership member may be a former participant (person erased, row kept for the partner).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23 16:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("personnel_number", sa.String(length=50), nullable=True))
        batch_op.add_column(sa.Column("entry_date", sa.Date(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_person_personnel_number"), ["personnel_number"], unique=True
        )

    # The member row of an erased person stays with person_id NULL; deleting a person in any
    # other way keeps the partner's history too (SET NULL instead of CASCADE).
    with op.batch_alter_table("partnership_member", schema=None) as batch_op:
        batch_op.alter_column("person_id", existing_type=sa.Integer(), nullable=True)
        batch_op.drop_constraint("fk_partnership_member_person_id_person", type_="foreignkey")
        batch_op.create_foreign_key(
            batch_op.f("fk_partnership_member_person_id_person"),
            "person",
            ["person_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    op.execute("DELETE FROM partnership_member WHERE person_id IS NULL")
    with op.batch_alter_table("partnership_member", schema=None) as batch_op:
        batch_op.drop_constraint("fk_partnership_member_person_id_person", type_="foreignkey")
        batch_op.create_foreign_key(
            batch_op.f("fk_partnership_member_person_id_person"),
            "person",
            ["person_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch_op.alter_column("person_id", existing_type=sa.Integer(), nullable=False)

    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_personnel_number"))
        batch_op.drop_column("entry_date")
        batch_op.drop_column("personnel_number")
