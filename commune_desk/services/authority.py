"""Who may write now: every service write re-checks its actor against the accounts, in its transaction."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from commune_desk.domain.permissions import Action, Actor, PermissionDenied, Role, require
from commune_desk.store.engine import Store
from commune_desk.store.models import User

_users = User.__table__


def current_actor(conn: Any, actor: Actor, action: Action, *, no_accounts_ok: bool = True
                  ) -> Actor:
    """``actor`` as the accounts say it is *now* (its stored role), allowed to do ``action``.

    Called inside the write's own transaction (a SQLAlchemy ``Session`` or ``Connection``):
    a made-up login, a disabled account or a demoted one whose session is still open is
    refused (``PermissionDenied``), whatever role the ``Actor`` object claims. A file with no
    account at all (a desk not set up yet: demo data, tests, the set-up wizard) has nobody to
    check against, so the role asked for is checked alone; the app and the command line never
    let anyone work on a file with accounts without logging in. Account changes pass
    ``no_accounts_ok=False``: only a real account changes accounts.
    """
    row = conn.execute(
        sa.select(_users.c.role, _users.c.disabled, _users.c.full_name)
        .where(_users.c.login == actor.login)
    ).first()
    if row is None and no_accounts_ok:
        anyone = conn.execute(sa.select(_users.c.login).limit(1)).first()
        if anyone is None:
            require(actor, action)
            return actor
    if row is None or row.disabled:
        raise PermissionDenied(
            f"Tài khoản {actor.login} không có hoặc đã bị khóa: không được ghi thay đổi. "
            "Hãy đăng nhập lại bằng một tài khoản đang hoạt động."
        )
    now = Actor(actor.login, Role(row.role), actor.full_name or str(row.full_name or ""))
    require(now, action)
    return now


@contextlib.contextmanager
def acting(store: Store, actor: Actor, action: Action) -> Iterator[Session]:
    """One write transaction on behalf of ``actor`` doing ``action``: the permission is checked
    on the role the accounts hold now, inside the transaction, before anything is written.

    The one place where services check who writes (dossiers, attachments, catalogue, calendar,
    desk and paper settings; accounts use ``current_actor`` on their connection)."""
    require(actor, action)  # the claimed role first: a refusal costs no transaction
    with store.write() as session:
        current_actor(session, actor, action)
        yield session


@contextlib.contextmanager
def acting_login(store: Store, login: str, action: Action) -> Iterator[Session]:
    """``acting`` for services that are handed a login only (obstacles): the role is the one
    the accounts hold now; on a file with no account yet, anyone named may write."""
    with store.write() as session:
        current_actor(session, Actor(login, Role.ADMIN), action)
        yield session
