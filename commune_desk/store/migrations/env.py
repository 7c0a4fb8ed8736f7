"""Alembic environment: runs on the connection the store hands over (never from a URL)."""

from __future__ import annotations

from alembic import context

from commune_desk.store.migration import compare_server_default, include_name
from commune_desk.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - the store always passes a connection
    raise RuntimeError("Alembic must be run through commune_desk.store.migration.upgrade().")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    compare_server_default=compare_server_default,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
