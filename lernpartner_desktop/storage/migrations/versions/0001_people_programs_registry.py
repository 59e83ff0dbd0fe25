"""People, topics, partner ads, programs and participation (first schema).

Revision ID: 0001
Revises:
Create Date: 2026-11-21 10:33:55.671905
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Mark the file as a Lernpartner database (checked before anything opens it).
    op.execute("PRAGMA application_id = 1280331346")
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("department", sa.String(length=100), nullable=False),
        sa.Column("job_title", sa.String(length=100), nullable=False),
        sa.Column("location", sa.String(length=100), nullable=False),
        sa.Column("manager_id", sa.Integer(), nullable=True),
        sa.Column("generation_basis", sa.String(length=20), nullable=True),
        sa.Column("generation_year", sa.Integer(), nullable=True),
        sa.Column("languages", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("consent", sa.Boolean(), nullable=False),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("ad_note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "generation_basis IS NULL OR generation_basis IN ('birth_year', 'entry_year')",
            name=op.f("ck_person_generation_basis"),
        ),
        sa.CheckConstraint(
            "manager_id IS NULL OR manager_id <> id", name=op.f("ck_person_not_own_manager")
        ),
        sa.ForeignKeyConstraint(
            ["manager_id"],
            ["person.id"],
            name=op.f("fk_person_manager_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
        sa.UniqueConstraint("name_key", name=op.f("uq_person_name_key")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_department"), ["department"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_manager_id"), ["manager_id"], unique=False)

    op.create_table(
        "topic",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("name_key", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_topic")),
        sa.UniqueConstraint("name_key", name=op.f("uq_topic_name_key")),
    )
    op.create_table(
        "ad_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("topic_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.CheckConstraint("kind IN ('offer', 'seek')", name=op.f("ck_ad_item_kind")),
        sa.CheckConstraint("level BETWEEN 1 AND 4", name=op.f("ck_ad_item_level")),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_ad_item_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"], ["topic.id"], name=op.f("fk_ad_item_topic_id_topic"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ad_item")),
        sa.UniqueConstraint(
            "person_id", "topic_id", "kind", name=op.f("uq_ad_item_person_id_topic_id_kind")
        ),
    )
    with op.batch_alter_table("ad_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ad_item_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_ad_item_topic_id"), ["topic_id"], unique=False)

    op.create_table(
        "program",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("format", sa.String(length=30), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("cadence_weeks", sa.Integer(), nullable=True),
        sa.Column("max_group_size", sa.Integer(), nullable=False),
        sa.Column("participation", sa.String(length=20), nullable=False),
        sa.Column("content", sa.String(length=20), nullable=False),
        sa.Column("steering", sa.String(length=20), nullable=False),
        sa.Column("hierarchy", sa.String(length=20), nullable=False),
        sa.Column("facilitator_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("content IN ('open', 'prescribed')", name=op.f("ck_program_content")),
        sa.CheckConstraint(
            "format IN ('learning_partnership', 'tandem', 'mentoring', 'reverse_mentoring', 'buddy', 'learning_circle', 'job_shadowing')",
            name=op.f("ck_program_format"),
        ),
        sa.CheckConstraint("hierarchy IN ('across', 'equals')", name=op.f("ck_program_hierarchy")),
        sa.CheckConstraint(
            "participation IN ('voluntary', 'mandatory')", name=op.f("ck_program_participation")
        ),
        sa.CheckConstraint(
            "steering IN ('self_organised', 'steered')", name=op.f("ck_program_steering")
        ),
        sa.CheckConstraint(
            "cadence_weeks IS NULL OR cadence_weeks BETWEEN 1 AND 12",
            name=op.f("ck_program_cadence"),
        ),
        sa.CheckConstraint(
            "end_date IS NULL OR end_date >= start_date", name=op.f("ck_program_dates")
        ),
        sa.CheckConstraint("max_group_size >= 2", name=op.f("ck_program_group_size")),
        sa.ForeignKeyConstraint(
            ["facilitator_id"],
            ["person.id"],
            name=op.f("fk_program_facilitator_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_program")),
        sa.UniqueConstraint("name_key", name=op.f("uq_program_name_key")),
    )
    with op.batch_alter_table("program", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_program_facilitator_id"), ["facilitator_id"], unique=False
        )

    op.create_table(
        "participation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "role IN ('mentor', 'mentee', 'peer', 'buddy', 'member')",
            name=op.f("ck_participation_role"),
        ),
        sa.CheckConstraint(
            "capacity IS NULL OR capacity >= 0", name=op.f("ck_participation_capacity")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_participation_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["program.id"],
            name=op.f("fk_participation_program_id_program"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participation")),
        sa.UniqueConstraint(
            "program_id", "person_id", name=op.f("uq_participation_program_id_person_id")
        ),
    )
    with op.batch_alter_table("participation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_participation_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_participation_program_id"), ["program_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("participation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participation_program_id"))
        batch_op.drop_index(batch_op.f("ix_participation_person_id"))

    op.drop_table("participation")
    with op.batch_alter_table("program", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_program_facilitator_id"))

    op.drop_table("program")
    with op.batch_alter_table("ad_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ad_item_topic_id"))
        batch_op.drop_index(batch_op.f("ix_ad_item_person_id"))

    op.drop_table("ad_item")
    op.drop_table("topic")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_manager_id"))
        batch_op.drop_index(batch_op.f("ix_person_department"))

    op.drop_table("person")
