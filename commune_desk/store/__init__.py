"""Local store: SQLite through SQLAlchemy 2, append-only events, dossier projection, search."""

from commune_desk.store.engine import Store, StoreError, open_store

__all__ = ["Store", "StoreError", "open_store"]
