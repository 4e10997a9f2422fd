"""nudges: per-user schedules with a UTC next-due index, and deliveries keyed by due time

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "nudge_schedules",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("times", sa.String(length=32), nullable=False),
        sa.Column("days", sa.String(length=7), nullable=False),
        sa.Column("quiet_start", sa.String(length=5), nullable=True),
        sa.Column("quiet_end", sa.String(length=5), nullable=True),
        sa.Column("paused_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("next_due_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ignored_streak", sa.Integer(), nullable=False),
        sa.Column("asked_fewer", sa.Boolean(), nullable=False),
        sa.Column("last_sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("recent_variants", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_nudge_schedules_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_nudge_schedules")),
    )
    with op.batch_alter_table("nudge_schedules", schema=None) as batch_op:
        batch_op.create_index("ix_nudge_schedules_due", ["next_due_at"], unique=False)
    op.create_table(
        "nudge_deliveries",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("claim", sa.String(length=32), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_nudge_deliveries_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nudge_deliveries")),
        sa.UniqueConstraint("user_id", "due_at", name="uq_nudge_deliveries_due"),
    )


def downgrade() -> None:
    op.drop_table("nudge_deliveries")
    with op.batch_alter_table("nudge_schedules", schema=None) as batch_op:
        batch_op.drop_index("ix_nudge_schedules_due")
    op.drop_table("nudge_schedules")
