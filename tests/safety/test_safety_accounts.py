"""Accounts: first admin, roles, lockout, disable, reset, change password, permissions."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from safety_helpers import FAST_HASHER, new_store

from commune_desk.domain.permissions import Action, Actor, PermissionDenied, Role, can
from commune_desk.services.accounts import AccountError, Accounts, LoginFailed


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 4, 24, 8, 0, 0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def accounts(tmp_path: Path) -> Accounts:
    store = new_store(tmp_path / "desk.sqlite3")
    acc = Accounts(store.engine, hasher=FAST_HASHER, clock=Clock())
    acc.add_user(None, "admin", "admin", "quan-tri-xa-hoa-binh", "Quản trị viên")
    return acc


def admin_actor(acc: Accounts) -> Actor:
    return acc.login("admin", "quan-tri-xa-hoa-binh").actor


def test_first_account_must_be_admin(tmp_path: Path) -> None:
    acc = Accounts(new_store(tmp_path / "d.sqlite3").engine, hasher=FAST_HASHER)
    assert not acc.has_users()
    with pytest.raises(AccountError, match="quản trị"):
        acc.add_user(None, "thu", "clerk", "mat-khau-so-123")
    acc.add_user(None, "admin", "admin", "mat-khau-so-123")
    with pytest.raises(AccountError, match="Cần đăng nhập"):
        acc.add_user(None, "admin2", "admin", "mat-khau-so-123")


def test_password_is_stored_as_argon2id(accounts: Accounts) -> None:
    import sqlalchemy as sa

    with accounts.engine.connect() as conn:
        stored = conn.execute(sa.text("SELECT password_hash FROM users")).scalar_one()
    assert stored.startswith("$argon2id$") and "quan-tri-xa-hoa-binh" not in stored


def test_roles_and_new_user_must_change_password(accounts: Accounts) -> None:
    admin = admin_actor(accounts)
    accounts.add_user(admin, "Thu.Nguyen", "clerk", "tam-thoi-123", "Nguyễn Thị Thu")
    result = accounts.login("thu.nguyen", "tam-thoi-123")
    assert result.actor == Actor("thu.nguyen", Role.CLERK, "Nguyễn Thị Thu")
    assert result.must_change_password
    accounts.change_password("thu.nguyen", "tam-thoi-123", "cua-rieng-toi-1")
    assert not accounts.login("thu.nguyen", "cua-rieng-toi-1").must_change_password
    clerk = accounts.login("thu.nguyen", "cua-rieng-toi-1").actor
    with pytest.raises(PermissionDenied, match="không có quyền quản lý tài khoản"):
        accounts.add_user(clerk, "x.y", "admin", "mat-khau-so-123")
    with pytest.raises(PermissionDenied):
        accounts.list_users(clerk)


def test_lockout_after_five_failures_then_unlocks(accounts: Accounts) -> None:
    clock: Clock = accounts.clock  # type: ignore[assignment]
    admin = admin_actor(accounts)
    accounts.add_user(admin, "binh", "officer", "binh-mat-khau")
    messages = set()
    for _ in range(5):
        with pytest.raises(LoginFailed, match="tạm khóa 15 phút") as failed:
            accounts.login("binh", "sai-mat-khau")
        messages.add(str(failed.value))
    with pytest.raises(LoginFailed) as unknown:
        accounts.login("khong-ai-ca", "sai-mat-khau")
    messages.add(str(unknown.value))
    with pytest.raises(LoginFailed) as locked:
        accounts.login("binh", "binh-mat-khau")  # even the right password waits
    messages.add(str(locked.value))
    assert len(messages) == 1  # one message: nothing tells a real account from a made-up one
    clock.now += timedelta(minutes=16)
    assert accounts.login("binh", "binh-mat-khau").actor.role is Role.OFFICER


def test_admin_reset_clears_lockout(accounts: Accounts) -> None:
    admin = admin_actor(accounts)
    accounts.add_user(admin, "hoa", "leader", "hoa-mat-khau")
    for _ in range(5):
        with pytest.raises(LoginFailed):
            accounts.login("hoa", "sai-roi-nhe")
    row = accounts.reset_password(admin, "hoa", "moi-tam-thoi")
    assert row.locked_until is None and row.must_change_password
    assert accounts.login("hoa", "moi-tam-thoi").must_change_password


def test_disable_and_last_admin_guard(accounts: Accounts) -> None:
    admin = admin_actor(accounts)
    accounts.add_user(admin, "lan", "clerk", "lan-mat-khau")
    accounts.disable_user(admin, "lan")
    with pytest.raises(LoginFailed, match="đã bị khóa"):
        accounts.login("lan", "lan-mat-khau")
    accounts.disable_user(admin, "lan", disabled=False)
    accounts.login("lan", "lan-mat-khau")
    with pytest.raises(AccountError, match="cuối cùng"):
        accounts.disable_user(admin, "admin")
    with pytest.raises(AccountError, match="cuối cùng"):
        accounts.set_role(admin, "admin", "clerk")


def test_unknown_login_same_message(accounts: Accounts) -> None:
    with pytest.raises(LoginFailed) as a:
        accounts.login("khong-co", "gi-do-123")
    assert str(a.value).startswith("Tên đăng nhập hoặc mật khẩu không đúng")
    with pytest.raises(LoginFailed):
        accounts.login("", "")


@pytest.mark.parametrize(
    ("login", "password", "message"),
    [
        ("a", "mat-khau-so-123", "Tên đăng nhập"),
        ("Nguyễn", "mat-khau-so-123", "Tên đăng nhập"),
        ("ok.login", "ngan", "ít nhất 8"),
        ("ok.login", "ok.login", "trùng"),
        ("admin", "mat-khau-so-123", "đã có"),
    ],
)
def test_bad_input_refused_and_nothing_changed(accounts: Accounts, login, password, message):
    admin = admin_actor(accounts)
    before = accounts.list_users(admin)
    with pytest.raises(AccountError, match=message):
        accounts.add_user(admin, login, "clerk", password)
    assert accounts.list_users(admin) == before
    with pytest.raises(AccountError, match="Vai trò"):
        accounts.add_user(admin, "ok.login", "boss", "mat-khau-so-123")


def test_account_log_records_who_did_what(accounts: Accounts) -> None:
    admin = admin_actor(accounts)
    accounts.add_user(admin, "thu", "clerk", "mat-khau-so-123")
    accounts.disable_user(admin, "thu")
    actions = [(r["actor"], r["action"], r["target"]) for r in accounts.log()]
    assert ("admin", "user_added", "thu") in actions
    assert ("admin", "user_disabled", "thu") in actions
    import sqlalchemy as sa

    with pytest.raises(sa.exc.DatabaseError, match="append-only"), accounts.engine.begin() as c:
        c.execute(sa.text("DELETE FROM account_log"))


def test_permission_matrix_key_rules() -> None:
    clerk, officer = Actor("a", Role.CLERK), Actor("b", Role.OFFICER)
    leader, admin = Actor("c", Role.LEADER), Actor("d", Role.ADMIN)
    for who in (clerk, officer):
        assert not can(who, Action.APPROVE_SECOND_SUPPLEMENT)
        assert not can(who, Action.SIGN_APOLOGY)
    assert can(leader, Action.APPROVE_SECOND_SUPPLEMENT) and can(leader, Action.SIGN_APOLOGY)
    for action in (Action.EDIT_CALENDAR, Action.EDIT_CATALOG, Action.MANAGE_USERS):
        assert [can(w, action) for w in (clerk, officer, leader, admin)] == [0, 0, 0, 1]


@pytest.mark.parametrize("weak", ["12345678", "password1", "Mat-Khau-123", "matkhau2026",
                                  "aaaaaaaaaa", "abababab", "Admin@123"])
def test_common_and_weak_passwords_refused(accounts: Accounts, weak: str) -> None:
    admin = admin_actor(accounts)
    with pytest.raises(AccountError, match=r"hay bị dùng|khác nhau|trùng"):
        accounts.add_user(admin, "moi.vao", "clerk", weak)
    with pytest.raises(AccountError):
        accounts.reset_password(admin, "admin", weak)
