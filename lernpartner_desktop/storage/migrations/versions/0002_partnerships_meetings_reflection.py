"""Partnerships with members, phases, goals and packages, meetings, journal and check-ins.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 11:29:33.031367
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "partnership",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("phase", sa.String(length=20), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("dissolve_reason", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "phase IN ('preparation', 'planning', 'learning', 'closing', 'completed', 'dissolved')",
            name=op.f("ck_partnership_phase"),
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["program.id"],
            name=op.f("fk_partnership_program_id_program"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partnership")),
    )
    with op.batch_alter_table("partnership", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_partnership_phase"), ["phase"], unique=False)
        batch_op.create_index(batch_op.f("ix_partnership_program_id"), ["program_id"], unique=False)

    op.create_table(
        "check_in",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partnership_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("fit", sa.String(length=10), nullable=True),
        sa.Column("progress", sa.Integer(), nullable=True),
        sa.Column("cooperation", sa.Integer(), nullable=True),
        sa.Column("benefit", sa.Integer(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "fit IS NULL OR fit IN ('fits', 'unsure', 'no_fit')", name=op.f("ck_check_in_fit")
        ),
        sa.CheckConstraint("kind IN ('fit', 'interim')", name=op.f("ck_check_in_kind")),
        sa.CheckConstraint(
            "benefit IS NULL OR benefit BETWEEN 1 AND 5", name=op.f("ck_check_in_benefit")
        ),
        sa.CheckConstraint(
            "cooperation IS NULL OR cooperation BETWEEN 1 AND 5",
            name=op.f("ck_check_in_cooperation"),
        ),
        sa.CheckConstraint(
            "progress IS NULL OR progress BETWEEN 1 AND 5", name=op.f("ck_check_in_progress")
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
            name=op.f("fk_check_in_partnership_id_partnership"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_check_in_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_check_in")),
    )
    with op.batch_alter_table("check_in", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_check_in_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "goal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partnership_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("success_criteria", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.CheckConstraint(
            "status IN ('open', 'achieved', 'not_achieved')", name=op.f("ck_goal_status")
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
            name=op.f("fk_goal_partnership_id_partnership"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_goal_person_id_person"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal")),
    )
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_goal_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "journal_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partnership_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("written_on", sa.Date(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
            name=op.f("fk_journal_entry_partnership_id_partnership"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_journal_entry_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_entry")),
    )
    with op.batch_alter_table("journal_entry", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_journal_entry_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("partnership_id", sa.Integer(), nullable=True),
        sa.Column("series_id", sa.String(length=32), nullable=True),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("mode", sa.String(length=10), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.CheckConstraint(
            "kind IN ('regular', 'kickoff', 'interim', 'closing')", name=op.f("ck_meeting_kind")
        ),
        sa.CheckConstraint("mode IN ('onsite', 'online', 'hybrid')", name=op.f("ck_meeting_mode")),
        sa.CheckConstraint(
            "status IN ('planned', 'held', 'cancelled')", name=op.f("ck_meeting_status")
        ),
        sa.CheckConstraint("duration_minutes BETWEEN 5 AND 720", name=op.f("ck_meeting_duration")),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
            name=op.f("fk_meeting_partnership_id_partnership"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["program.id"],
            name=op.f("fk_meeting_program_id_program"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_meeting_program_id"), ["program_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_series_id"), ["series_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "partnership_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partnership_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.CheckConstraint(
            "role IN ('mentor', 'mentee', 'peer', 'buddy', 'member')",
            name=op.f("ck_partnership_member_role"),
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
            name=op.f("fk_partnership_member_partnership_id_partnership"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_partnership_member_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partnership_member")),
        sa.UniqueConstraint(
            "partnership_id",
            "person_id",
            name=op.f("uq_partnership_member_partnership_id_person_id"),
        ),
    )
    with op.batch_alter_table("partnership_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_partnership_member_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_partnership_member_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "phase_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partnership_id", sa.Integer(), nullable=False),
        sa.Column("from_phase", sa.String(length=20), nullable=True),
        sa.Column("to_phase", sa.String(length=20), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
            name=op.f("fk_phase_change_partnership_id_partnership"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phase_change")),
    )
    with op.batch_alter_table("phase_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_phase_change_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "learning_package",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.CheckConstraint(
            "status IN ('open', 'done', 'dropped')", name=op.f("ck_learning_package_status")
        ),
        sa.ForeignKeyConstraint(
            ["goal_id"],
            ["goal.id"],
            name=op.f("fk_learning_package_goal_id_goal"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_learning_package")),
    )
    with op.batch_alter_table("learning_package", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_learning_package_goal_id"), ["goal_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("learning_package", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_learning_package_goal_id"))

    op.drop_table("learning_package")
    with op.batch_alter_table("phase_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_phase_change_partnership_id"))

    op.drop_table("phase_change")
    with op.batch_alter_table("partnership_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partnership_member_person_id"))
        batch_op.drop_index(batch_op.f("ix_partnership_member_partnership_id"))

    op.drop_table("partnership_member")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_starts_at"))
        batch_op.drop_index(batch_op.f("ix_meeting_series_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_program_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_partnership_id"))

    op.drop_table("meeting")
    with op.batch_alter_table("journal_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_journal_entry_partnership_id"))

    op.drop_table("journal_entry")
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_partnership_id"))

    op.drop_table("goal")
    with op.batch_alter_table("check_in", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_check_in_partnership_id"))

    op.drop_table("check_in")
    with op.batch_alter_table("partnership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partnership_program_id"))
        batch_op.drop_index(batch_op.f("ix_partnership_phase"))

    op.drop_table("partnership")
