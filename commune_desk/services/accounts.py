"""User accounts: add, list, disable, reset and change passwords, login with lockout (argon2id)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from commune_desk.domain.permissions import (
    ROLE_LABELS,
    Action,
    Actor,
    Role,
)
from commune_desk.domain.vntime import vn_now
from commune_desk.errors import UserError
from commune_desk.store.models import AccountLogEntry, User

# The tables are declared once, in store/models.py, and created by the store's migrations.
users_table = cast(sa.Table, User.__table__)
account_log_table = cast(sa.Table, AccountLogEntry.__table__)

LOGIN_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")
MIN_PASSWORD_LENGTH = 8  # also domain.passwords.MIN_PASSWORD_LENGTH
ISO = "%Y-%m-%dT%H:%M:%S"
GENERIC_LOGIN_FAILURE = (
    "Tên đăng nhập hoặc mật khẩu không đúng (sau {n} lần sai liên tiếp, tài khoản bị tạm khóa "
    "{minutes} phút)."
)


SESSION_ACTIONS = frozenset({"logged_out", "locked"})


class AccountError(UserError):
    """Bad input or a refused account operation; the message is Vietnamese."""


class LoginFailed(AccountError):
    """Wrong login or password, a disabled account, or a locked one."""


@dataclass(frozen=True)
class LockoutPolicy:
    """After ``max_failures`` wrong passwords in a row the account waits ``lock_minutes``."""

    max_failures: int = 5
    lock_minutes: int = 15


@dataclass(frozen=True)
class UserRow:
    login: str
    full_name: str
    role: Role
    role_label: str
    phone: str
    disabled: bool
    locked_until: datetime | None
    must_change_password: bool
    last_login_at: datetime | None


@dataclass(frozen=True)
class LoginResult:
    actor: Actor
    must_change_password: bool


def default_hasher() -> PasswordHasher:
    """argon2id with argon2-cffi's RFC 9106 low-memory profile (t=3, m=64 MiB, p=4)."""
    return PasswordHasher()


@dataclass
class Accounts:
    """Account use cases over a SQLAlchemy engine; one transaction per call.

    ``clock`` returns naive local time; ``hasher`` may be a cheaper PasswordHasher in tests.
    ``keys`` (``store.keyfile.KeyWraps``: the database's key file with the key in memory) is
    kept in step: adding a user, resetting or changing a password wraps the database key for
    that password; disabling a user removes their wrap; a login without a wrap adds one.
    """

    engine: Any
    hasher: PasswordHasher = None  # type: ignore[assignment]
    policy: LockoutPolicy = LockoutPolicy()
    clock: Callable[[], datetime] = vn_now
    keys: Any = None

    def __post_init__(self) -> None:
        if self.hasher is None:
            self.hasher = default_hasher()
        self._dummy_hash: str | None = None

    # ----------------------------------------------------------------- queries
    def has_users(self) -> bool:
        with self.engine.connect() as conn:
            count = conn.execute(sa.select(sa.func.count()).select_from(users_table)).scalar_one()
            return bool(count > 0)

    def list_users(self, actor: Actor) -> list[UserRow]:
        with self.engine.connect() as conn:
            self._require_current(conn, actor, Action.MANAGE_USERS)
            rows = conn.execute(sa.select(users_table).order_by(users_table.c.login)).mappings()
            return [self._row(r) for r in rows]

    def colleagues(self) -> list[UserRow]:
        """Active accounts, by full name: whom a dossier can be handed to, who approves or signs.

        Open to every logged-in user (a desk's colleagues are no secret); the caller filters
        by the role the step needs (``permissions.can_role``)."""
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(users_table).where(users_table.c.disabled.is_(False))
                                .order_by(users_table.c.full_name)).mappings()
            return [self._row(r) for r in rows]

    def log(self, limit: int = 200) -> list[dict[str, str]]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(account_log_table).order_by(account_log_table.c.at.desc()).limit(limit)
            ).mappings()
            return [dict(r) for r in rows]

    # ----------------------------------------------------------------- writes
    def add_user(
        self, actor: Actor | None, login: str, role: Role | str, password: str, full_name: str = "",
        phone: str = "",
    ) -> UserRow:
        """Create an account. ``actor`` may be None only to create the first administrator."""
        login = normalize_login(login)
        role = parse_role(role)
        check_password(password, login)
        full_name = full_name.strip() or login
        now = self._now()
        pw_hash = self.hasher.hash(password)
        with self.engine.begin() as conn:
            count = conn.execute(sa.select(sa.func.count()).select_from(users_table)).scalar_one()
            if actor is None:
                if count:
                    raise AccountError("Cần đăng nhập bằng tài khoản quản trị để thêm tài khoản.")
                if role is not Role.ADMIN:
                    raise AccountError("Tài khoản đầu tiên phải là tài khoản quản trị (admin).")
                by = "khởi tạo"
            else:
                self._require_current(conn, actor, Action.MANAGE_USERS)
                by = actor.login
            exists = conn.execute(
                sa.select(users_table.c.login).where(users_table.c.login == login)
            ).first()
            if exists:
                raise AccountError(f"Tên đăng nhập {login} đã có.")
            conn.execute(
                users_table.insert().values(
                    login=login,
                    full_name=full_name,
                    role=role.value,
                    password_hash=pw_hash,
                    disabled=False,
                    must_change_password=actor is not None,
                    failed_attempts=0,
                    locked_until=None,
                    created_at=now,
                    created_by=by,
                    password_changed_at=now,
                    last_login_at=None,
                    phone=phone.strip(),
                )
            )
            self._log(conn, by, "user_added", login, f"vai trò {role.value}")
            added = self._row(self._get(conn, login))
        if self.keys is not None:
            self.keys.put(login, password)
        return added

    def set_contact(self, actor: Actor, login: str, *, full_name: str | None = None,
                    phone: str | None = None) -> UserRow:
        """Full name and phone number as printed on papers (forms, reports)."""
        login = normalize_login(login)
        values: dict[str, str] = {}
        if full_name is not None:
            if not full_name.strip():
                raise AccountError("Họ tên không được để trống.")
            values["full_name"] = full_name.strip()
        if phone is not None:
            values["phone"] = phone.strip()
        with self.engine.begin() as conn:
            self._require_current(conn, actor, Action.MANAGE_USERS)
            if self._get(conn, login) is None:
                raise AccountError(f"Không có tài khoản {login}.")
            if values:
                conn.execute(users_table.update().where(users_table.c.login == login)
                             .values(**values))
                self._log(conn, actor.login, "contact_changed", login, ", ".join(sorted(values)))
            return self._row(self._get(conn, login))

    def disable_user(self, actor: Actor, login: str, *, disabled: bool = True) -> UserRow:
        login = normalize_login(login)
        with self.engine.begin() as conn:
            self._require_current(conn, actor, Action.MANAGE_USERS)
            row = self._get(conn, login)
            if disabled and row["role"] == Role.ADMIN.value and not row["disabled"]:
                admins = conn.execute(
                    sa.select(sa.func.count())
                    .select_from(users_table)
                    .where(users_table.c.role == Role.ADMIN.value, ~users_table.c.disabled)
                ).scalar_one()
                if admins <= 1:
                    raise AccountError(
                        "Không thể khóa tài khoản quản trị cuối cùng: sẽ không còn ai quản lý "
                        "được phần mềm."
                    )
            conn.execute(
                users_table.update()
                .where(users_table.c.login == login)
                .values(disabled=disabled, failed_attempts=0, locked_until=None)
            )
            self._log(conn, actor.login, "user_disabled" if disabled else "user_enabled", login, "")
            changed = self._row(self._get(conn, login))
        if disabled and self.keys is not None:
            self.keys.remove(login)  # a disabled user no longer opens the file
        return changed

    def set_role(self, actor: Actor, login: str, role: Role | str) -> UserRow:
        login = normalize_login(login)
        role = parse_role(role)
        with self.engine.begin() as conn:
            self._require_current(conn, actor, Action.MANAGE_USERS)
            row = self._get(conn, login)
            if row["role"] == Role.ADMIN.value and role is not Role.ADMIN:
                admins = conn.execute(
                    sa.select(sa.func.count())
                    .select_from(users_table)
                    .where(users_table.c.role == Role.ADMIN.value, ~users_table.c.disabled)
                ).scalar_one()
                if admins <= 1:
                    raise AccountError("Không thể đổi vai trò của tài khoản quản trị cuối cùng.")
            conn.execute(
                users_table.update().where(users_table.c.login == login).values(role=role.value)
            )
            self._log(conn, actor.login, "role_changed", login, f"vai trò {role.value}")
            return self._row(self._get(conn, login))

    def reset_password(self, actor: Actor, login: str, new_password: str) -> UserRow:
        """An administrator sets a temporary password; the user must change it at next login."""
        login = normalize_login(login)
        check_password(new_password, login)
        pw_hash = self.hasher.hash(new_password)
        with self.engine.begin() as conn:
            self._require_current(conn, actor, Action.MANAGE_USERS)
            self._get(conn, login)
            conn.execute(
                users_table.update()
                .where(users_table.c.login == login)
                .values(
                    password_hash=pw_hash,
                    must_change_password=actor.login != login,
                    failed_attempts=0,
                    locked_until=None,
                    password_changed_at=self._now(),
                )
            )
            self._log(conn, actor.login, "password_reset", login, "")
            changed = self._row(self._get(conn, login))
        if self.keys is not None:
            self.keys.put(login, new_password)  # the old password no longer opens the file
        return changed

    def change_password(self, login: str, old_password: str, new_password: str) -> None:
        """The user changes their own password (needs the current one)."""
        self.login(login, old_password)  # raises LoginFailed; counts failures like a login
        login = normalize_login(login)
        check_password(new_password, login)
        if new_password == old_password:
            raise AccountError("Mật khẩu mới phải khác mật khẩu cũ.")
        pw_hash = self.hasher.hash(new_password)
        with self.engine.begin() as conn:
            conn.execute(
                users_table.update()
                .where(users_table.c.login == login)
                .values(
                    password_hash=pw_hash,
                    must_change_password=False,
                    password_changed_at=self._now(),
                )
            )
            self._log(conn, login, "password_changed", login, "")
        if self.keys is not None:
            self.keys.put(login, new_password)

    def record_session(self, login: str, action: str, detail: str = "") -> None:
        """A step of a desk session with no password to check — ``logged_out`` or ``locked``
        (an unlock or a switch of user is a login, logged as such) — in the account log."""
        if action not in SESSION_ACTIONS:
            raise AccountError(f"Không ghi được việc “{action}” vào nhật ký tài khoản.")
        login = normalize_login(login)
        with self.engine.begin() as conn:
            self._log(conn, login, action, login, detail)

    def confirm(self, login: str, password: str, what: str) -> None:
        """A colleague confirms an approval or a signature on someone else's session with
        their own password: checked like a login (failures count toward the lockout, one
        message), logged as ``confirmed`` with ``what``; raises ``LoginFailed``."""
        self.login(login, password, log_action="confirmed", log_detail=what)

    def login(self, login: str, password: str, *, record: bool = True,
              log_action: str = "logged_in", log_detail: str = "") -> LoginResult:
        """Check a password; lock the account after repeated failures. Raises ``LoginFailed``.

        A wrong password, an unknown login and a locked account all get one and the same
        message (no account enumeration, no "attempts left" that only real accounts show);
        a disabled account says so only to someone who typed its right password.
        """
        generic = GENERIC_LOGIN_FAILURE.format(
            n=self.policy.max_failures, minutes=self.policy.lock_minutes)
        try:
            login = normalize_login(login)
        except AccountError:
            raise LoginFailed(generic) from None
        now_dt = self.clock().replace(microsecond=0)
        failure: str | None = None
        with self.engine.begin() as conn:
            row = conn.execute(
                sa.select(users_table).where(users_table.c.login == login)
            ).mappings().first()
            if row is None:
                self._burn_time(password)  # same cost as a real check: no login enumeration
                raise LoginFailed(generic)
            locked = _parse(row["locked_until"])
            if locked is not None and locked > now_dt:
                self._burn_time(password)
                raise LoginFailed(generic)
            if not self._verify(row["password_hash"], password):
                failures = int(row["failed_attempts"]) + 1
                values: dict[str, Any] = {"failed_attempts": failures}
                if failures >= self.policy.max_failures:
                    until = now_dt + timedelta(minutes=self.policy.lock_minutes)
                    values = {"failed_attempts": 0, "locked_until": until.strftime(ISO)}
                    if record:
                        self._log(conn, login, "locked_out", login, f"{failures} lần sai")
                if record:
                    conn.execute(
                        users_table.update().where(users_table.c.login == login).values(**values)
                    )
                failure = generic  # raised after the block so the counter is committed
            elif row["disabled"]:
                raise LoginFailed(
                    f"Tài khoản {login} đã bị khóa bởi quản trị viên. Hãy liên hệ quản trị viên."
                )
        if failure is not None:
            raise LoginFailed(failure)
        if not record:  # a read-only command: the password is checked, nothing is written
            with self.engine.connect() as conn:
                row = conn.execute(
                    sa.select(users_table).where(users_table.c.login == login)
                ).mappings().one()
                return LoginResult(Actor(login=login, role=Role(row["role"]),
                                         full_name=row["full_name"]),
                                   bool(row["must_change_password"]))
        with self.engine.begin() as conn:
            row = conn.execute(
                sa.select(users_table).where(users_table.c.login == login)
            ).mappings().one()
            updates: dict[str, Any] = {"failed_attempts": 0, "locked_until": None}
            if log_action == "logged_in":
                updates["last_login_at"] = now_dt.strftime(ISO)
            if self.hasher.check_needs_rehash(row["password_hash"]):
                updates["password_hash"] = self.hasher.hash(password)
            conn.execute(users_table.update().where(users_table.c.login == login).values(**updates))
            self._log(conn, login, log_action, login, log_detail)
            actor = Actor(login=login, role=Role(row["role"]), full_name=row["full_name"])
            result = LoginResult(actor, bool(row["must_change_password"]))
        if self.keys is not None:
            self.keys.ensure(login, password)  # an older file: this user's wrap, from now on
        return result

    # ----------------------------------------------------------------- helpers
    def _require_current(self, conn: Any, actor: Actor, action: Action) -> None:
        """The actor handed in is checked against the accounts as they are now, inside the
        write's transaction (``services.authority.current_actor``): a made-up login, a
        disabled account or a demoted one (whose session is still open) is refused, whatever
        role the ``Actor`` object claims."""
        from commune_desk.services.authority import current_actor

        current_actor(conn, actor, action, no_accounts_ok=False)

    def _verify(self, stored: str, password: str) -> bool:
        try:
            return bool(self.hasher.verify(stored, password))
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def _burn_time(self, password: str) -> None:
        if self._dummy_hash is None:
            self._dummy_hash = self.hasher.hash("commune-desk-dummy-password")
        self._verify(self._dummy_hash, password)

    def _now(self) -> str:
        return self.clock().strftime(ISO)

    def _get(self, conn: Any, login: str) -> Any:
        row = conn.execute(
            sa.select(users_table).where(users_table.c.login == login)
        ).mappings().first()
        if row is None:
            raise AccountError(f"Không có tài khoản {login}.")
        return row

    def _log(self, conn: Any, actor: str, action: str, target: str, detail: str) -> None:
        conn.execute(
            account_log_table.insert().values(
                id=str(uuid.uuid4()),
                at=self._now(),
                actor=actor,
                action=action,
                target=target,
                detail=detail,
            )
        )

    def _row(self, r: Any) -> UserRow:
        role = Role(r["role"])
        return UserRow(
            login=r["login"],
            full_name=r["full_name"],
            role=role,
            phone=str(r["phone"] or ""),
            role_label=ROLE_LABELS[role],
            disabled=bool(r["disabled"]),
            locked_until=_parse(r["locked_until"]),
            must_change_password=bool(r["must_change_password"]),
            last_login_at=_parse(r["last_login_at"]),
        )


def _parse(value: str | None) -> datetime | None:
    return datetime.strptime(value, ISO) if value else None


def normalize_login(login: str) -> str:
    value = (login or "").strip().lower()
    if not LOGIN_RE.match(value):
        raise AccountError(
            "Tên đăng nhập phải dài 2–32 ký tự, chỉ gồm chữ cái không dấu, chữ số và . _ - "
            f"(đã nhập: {login!r})."
        )
    return value


def parse_role(role: Role | str) -> Role:
    try:
        return Role(role)
    except ValueError:
        allowed = ", ".join(r.value for r in Role)
        raise AccountError(f"Vai trò không hợp lệ: {role!r}. Chọn một trong: {allowed}.") from None


def check_password(password: str, login: str = "") -> None:
    """Length, variety, not the login, not a common password (``domain.passwords``)."""
    from commune_desk.domain.passwords import password_problem

    problem = password_problem(password, login)
    if problem is not None:
        raise AccountError(problem)


class FileLogin:
    """Logging in is what opens the file: login + password unwrap the database key from the key
    file beside it (``store.keyfile``), the store opens with it, then the accounts check the
    password, the lockout and the role as for any login.

    Has ``login`` and ``change_password`` like ``Accounts`` (the login dialog and the command
    line take either). After a successful ``login``: ``store``, ``key`` and ``accounts`` are
    set (the caller closes the store). ``open_kwargs`` go to the one opener, ``open_store``.
    """

    def __init__(self, path: Any, *, hasher: PasswordHasher | None = None,
                 **open_kwargs: Any) -> None:
        from pathlib import Path

        self.path = Path(path)
        self.hasher = hasher
        self.open_kwargs = {"create": False, **open_kwargs}
        self.store: Any = None
        self.key: Any = None
        self.accounts: Accounts | None = None

    def login(self, login: str, password: str, *, record: bool = True) -> LoginResult:
        from commune_desk.store import open_store
        from commune_desk.store.keyfile import KeyWraps, unwrap

        if self.accounts is None:
            generic = GENERIC_LOGIN_FAILURE.format(n=LockoutPolicy.max_failures,
                                                   minutes=LockoutPolicy.lock_minutes)
            try:
                name = normalize_login(login)
            except AccountError:
                raise LoginFailed(generic) from None
            key = unwrap(self.path, name, password)
            if key is None:
                raise LoginFailed(generic)
            self.store = open_store(self.path, key, **self.open_kwargs)
            self.key = key
            self.accounts = Accounts(self.store.engine, hasher=self.hasher,  # type: ignore[arg-type]
                                     keys=KeyWraps(self.path, key))
        return self.accounts.login(login, password, record=record)

    def change_password(self, login: str, old_password: str, new_password: str) -> None:
        if self.accounts is None:
            self.login(login, old_password)
        assert self.accounts is not None
        self.accounts.change_password(login, old_password, new_password)
