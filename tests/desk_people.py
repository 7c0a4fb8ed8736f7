"""Real accounts for tests that hand dossiers over, approve or sign (issue 15 item 9).

The services refuse a hand-over, an approval or a signature that does not name an active
account with the right role; tests create the people they name (a cheap hasher: tests only).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher

PASSWORD = "Mat-khau-thu-2026!"
CHEAP_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
TEAM: dict[str, tuple[str, str]] = {
    "quantri": ("admin", "Quản Trị Viên"),
    "canbo1": ("admin", "Nguyễn Thị Lan"),
    "canbo2": ("officer", "Trần Văn Hai"),
    "canbo3": ("officer", "Lê Thị Ba"),
    "canbo4": ("officer", "Phạm Văn Bốn"),
    "tiepnhan1": ("clerk", "Hoàng Thị Tiếp"),
    "thu": ("clerk", "Nguyễn Thị Thu"),
    "chuyenvien1": ("officer", "Trần Văn Bình"),
    "chuyenvien2": ("officer", "Đỗ Thị Hai"),
    "lanhdao1": ("leader", "Lê Thị Chủ Tịch"),
}


def add_team(store: Any, logins: tuple[str, ...] | None = None) -> None:
    """The accounts of ``TEAM`` (or the given logins of it) on ``store``; existing ones kept."""
    import sqlalchemy as sa

    from commune_desk.domain.permissions import Actor, Role
    from commune_desk.services.accounts import Accounts, users_table

    engine = store.engine
    accounts = Accounts(engine=engine, hasher=CHEAP_HASHER)
    with engine.connect() as conn:
        have = {r[0] for r in conn.execute(sa.select(users_table.c.login))}
        admins = [r[0] for r in conn.execute(
            sa.select(users_table.c.login).where(users_table.c.role == "admin",
                                                 users_table.c.disabled.is_(False)))]
    wanted = [login for login in (logins or tuple(TEAM)) if login not in have]
    if not wanted:
        return
    if not admins:
        accounts.add_user(None, "quantri", "admin", PASSWORD, TEAM["quantri"][1])
        admins = ["quantri"]
        wanted = [w for w in wanted if w != "quantri"]
    admin = Actor(admins[0], Role.ADMIN)
    for login in wanted:
        role, name = TEAM[login]
        accounts.add_user(admin, login, role, PASSWORD, name)


_TEMPLATES: dict[str, Path] = {}


def team_store(tmp_path: Path, factory: Any, *, name: str = "team",
               prepare: Callable[[Any], None] | None = None) -> Any:
    """A migrated, seeded database with ``TEAM``, copied from a template made once per session
    and ``name`` (``prepare`` runs once on the template, e.g. to disable an account)."""
    from commune_desk.store import open_store

    if name not in _TEMPLATES:
        path = factory.mktemp(f"template-{name}") / "template.db"
        template = open_store(path)
        add_team(template)
        if prepare is not None:
            prepare(template)
        template.close()
        _TEMPLATES[name] = path
    target = tmp_path / "desk.db"
    shutil.copy(_TEMPLATES[name], target)
    return open_store(target)
