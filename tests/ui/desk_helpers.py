"""Helpers shared by the desk UI tests (imported by tests/ui/conftest.py and the tests)."""

from __future__ import annotations

import datetime as dt
from typing import Any

# Tuesday 17/11/2026, 09:00 — a working day a week before the 24/11 holiday.
DESK_NOW = dt.datetime(2026, 11, 17, 9, 0, 0)

# The UI tests run on SQLCipher files like the real desk; a raw key (no KDF) keeps them fast.
TEST_KEY_HEX = "5e" * 32


def desk_key() -> Any:
    from commune_desk.store.crypto import DbKey, KeyMode

    return DbKey(TEST_KEY_HEX, KeyMode.RAW)


def open_test_store(path: Any, **kwargs: Any) -> Any:
    """``open_store`` on an encrypted file with the UI tests' key."""
    from commune_desk.store import open_store

    return open_store(path, desk_key(), **kwargs)


def make_actor(role: str = "admin", login: str = "canbo1") -> Any:
    from commune_desk.domain.permissions import Actor, Role

    return Actor(login, Role(role), "Cán bộ Một")


def receive_one(store: Any, *, name: str = "Nguyễn Văn An", code: str | None = None,
                procedure: str | None = None, now: dt.datetime = DESK_NOW,
                id_number: str = "040090000123") -> Any:
    """A dossier received through the real service; returns its DossierView."""
    from commune_desk.services import dossiers as svc
    from commune_desk.services.catalog import catalog

    procs = catalog(store).procedures
    proc = next(p for p in procs if (procedure is None and p.limit_unit == "working_days"
                                     and p.limit_value >= 3) or p.code == procedure)
    result = svc.receive_dossier(store, make_actor(), svc.Intake(
        procedure_code=proc.code,
        applicant=svc.Applicant(name=name, id_number=id_number, birth_date=dt.date(1990, 5, 4),
                                address="Xóm 1, xã Nghĩa Đàn"),
        received_at=now), now=now)
    return result.dossier


def add_people(store: Any) -> None:
    """Accounts to hand dossiers to and to sign with (a cheap hasher: tests only)."""
    from argon2 import PasswordHasher

    from commune_desk.domain.permissions import Actor, Role
    from commune_desk.services.accounts import Accounts

    accounts = Accounts(engine=store.engine,
                        hasher=PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    pw = "Mat-khau-thu-2026!"
    if not accounts.has_users():
        accounts.add_user(None, "quantri", "admin", pw, "Quản Trị Viên")
    admin = Actor("quantri", Role.ADMIN)
    # the UI tests' acting user (make_actor): services re-check the actor against the accounts
    accounts.add_user(admin, "canbo1", "admin", pw, "Cán bộ Một")
    accounts.add_user(admin, "chuyenvien1", "officer", pw, "Trần Văn Bình")
    accounts.add_user(admin, "lanhdao1", "leader", pw, "Lê Thị Chủ Tịch")
    accounts.add_user(admin, "cunghi", "officer", pw, "Phạm Văn Nghỉ")
    accounts.disable_user(admin, "cunghi")
