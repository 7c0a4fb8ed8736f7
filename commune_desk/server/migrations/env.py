"""Alembic environment of the server database: runs on the connection handed in by ``db.migrate``."""

from __future__ import annotations

from alembic import context

from commune_desk.server.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only programmatic use is supported
    raise RuntimeError("Chạy migration qua commune_desk.server.db.migrate().")
context.configure(connection=connection, target_metadata=Base.metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
