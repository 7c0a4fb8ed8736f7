"""Hand-overs, approvals and signatures name a real, active user with the right role (issue 15 item 9).

The services check, not only the screens: the person a dossier is handed to, the leader who
approves a second supplement request and the one who signs an apology must be accounts of
this desk, not disabled, whose role may take that step. An approval or a signature by someone
other than the acting user needs that person's password, checked like a login (failures count
toward the lockout) and logged in ``account_log`` as ``confirmed``; a leader approving on their
own session needs none. Events that arrive by sync are history and are never re-checked here
(``sync.apply`` writes them without these services).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from commune_desk.domain.permissions import (
    ACTION_LABELS,
    ROLE_LABELS,
    Action,
    Actor,
    Role,
    can_role,
)

if TYPE_CHECKING:
    from commune_desk.store.engine import Store


def _users() -> sa.Table:
    from commune_desk.services.accounts import users_table

    return users_table


def check_colleague(session: Any, login: str | None, action: Action, *, step: str) -> str:
    """The login of an active account whose role may ``action``; a Vietnamese ``ServiceError``
    otherwise (``step`` says what the person was named for)."""
    from commune_desk.services.dossiers import ServiceError

    login = (login or "").strip()
    if not login:
        raise ServiceError(f"Chưa chọn người {step}.")
    users = _users()
    row = session.execute(
        sa.select(users.c.login, users.c.role, users.c.disabled, users.c.full_name)
        .where(users.c.login == login)).first()
    if row is None:
        raise ServiceError(
            f"Không có tài khoản “{login}” trên bàn này: người {step} phải là một người dùng "
            "của phần mềm; hãy chọn trong danh sách.")
    if row.disabled:
        raise ServiceError(f"Tài khoản {login} ({row.full_name}) đã bị khóa: không thể là "
                           f"người {step}.")
    role = Role(row.role)
    if not can_role(role, action):
        raise ServiceError(f"{row.full_name} ({login}, {ROLE_LABELS[role]}) không có quyền "
                           f"{ACTION_LABELS[action]}: không thể là người {step}.")
    return login


def confirm_colleague(store: Store, actor: Actor, login: str | None, password: str | None,
                      action: Action, *, step: str) -> bool:
    """Before the write: ``login`` (another user than the acting one) confirms ``step`` with
    their password. True when confirmed, False when nothing needed confirming (no one named,
    the acting user themself, or no password given: the write refuses later if it needs one).
    A wrong password raises ``LoginFailed`` (and counts toward that account's lockout)."""
    login = (login or "").strip()
    if not login or login == actor.login or password is None:
        return False
    from commune_desk.services.accounts import Accounts

    with store.read() as session:  # unknown, disabled or wrong role: said before any password
        check_colleague(session, login, action, step=step)
    Accounts(store.engine).confirm(login, password, f"{ACTION_LABELS[action]} (cho {actor.login})")
    return True


def require_confirmation(actor: Actor, login: str, confirmed: bool, action: Action, *,
                         step: str) -> None:
    """Inside the write: another user's approval or signature needs their password."""
    from commune_desk.services.dossiers import ServiceError

    if login != actor.login and not confirmed:
        raise ServiceError(
            f"Cần {login} nhập mật khẩu để xác nhận {ACTION_LABELS[action]} (người {step}); "
            "hoặc người đó tự thực hiện trên phiên đăng nhập của mình.")
