"""The staff directory table: people who may appear on papers (from accounts or sync)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session


def upsert_staff(session: Session, entries: Iterable[Mapping[str, Any]], stamp: str) -> int:
    """Store (login, full_name, phone, title) entries; ones without login or name are skipped."""
    n = 0
    for e in entries:
        login = str(e.get("login") or "").strip()
        name = str(e.get("full_name") or "").strip()
        if not login or not name:
            continue
        session.execute(text(
            "INSERT INTO staff_directory (login, full_name, phone, title, updated_at) "
            "VALUES (:l, :n, :p, :t, :u) ON CONFLICT(login) DO UPDATE SET "
            "full_name = excluded.full_name, phone = excluded.phone, title = excluded.title, "
            "updated_at = excluded.updated_at"),
            {"l": login, "n": name, "p": str(e.get("phone") or "").strip(),
             "t": str(e.get("title") or "").strip(), "u": stamp[:19]})
        n += 1
    return n
