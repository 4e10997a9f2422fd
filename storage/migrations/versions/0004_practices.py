"""practices: favourite phrases from "What I needed to hear" (/affirm)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "favourites",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("item", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_favourites_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_favourites")),
        sa.UniqueConstraint("user_id", "kind", "item", name="uq_favourites_item"),
    )
    with op.batch_alter_table("favourites", schema=None) as batch_op:
        batch_op.create_index(
            "ix_favourites_user_kind", ["user_id", "kind", "created_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("favourites", schema=None) as batch_op:
        batch_op.drop_index("ix_favourites_user_kind")
    op.drop_table("favourites")
