"""Alembic environment: always run programmatically with a connection in ``attributes``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from lernpartner_desktop.storage.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only for `alembic revision --autogenerate` by hand
    from pathlib import Path

    from lernpartner_desktop.storage.database import make_engine

    engine = make_engine(Path(config.get_main_option("sqlalchemy.url") or "dev.db"))
    connection = engine.connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
    broken = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
    if broken:
        raise RuntimeError(f"migration left broken references: {broken[:5]}")
