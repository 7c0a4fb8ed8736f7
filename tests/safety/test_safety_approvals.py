"""Issue 15 item 9 / issue 13 defect 4, in the services: hand-overs, approvals and signatures
name a real, active user with the right role; another person's approval or signature needs
that person's password (checked like a login, counted toward the lockout). Events that came by
sync are history: they are applied whoever they name."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from desk_people import PASSWORD, add_team, team_store
from sqlalchemy import text

from commune_desk.domain.permissions import Actor, Role
from commune_desk.services import dossiers as svc
from commune_desk.services.accounts import Accounts, LoginFailed
from commune_desk.store import Store, open_store

CLERK = Actor("tiepnhan1", Role.CLERK)
OFFICER = Actor("chuyenvien1", Role.OFFICER)
LEADER = Actor("lanhdao1", Role.LEADER)
T0 = datetime(2026, 3, 2, 8, 0)  # Monday
def _disable_canbo4(template: Store) -> None:
    Accounts(template.engine).disable_user(Actor("quantri", Role.ADMIN), "canbo4")


@pytest.fixture
def store(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Store:
    s = team_store(tmp_path, tmp_path_factory, name="approvals", prepare=_disable_canbo4)
    yield s
    s.close()


def intake(**kw: Any) -> svc.Intake:
    return svc.Intake(procedure_code="XA-HT-04", applicant=svc.Applicant(
        "Nguyễn Thị Đào", "040301012345", date(2001, 5, 3), "0912345678", "Xóm 3, xã Nghĩa Đàn"),
        **kw)


def events(store: Store) -> list[tuple[str, str]]:
    with store.read() as s:
        return [(r[0], r[1]) for r in s.execute(text(
            "SELECT kind, payload FROM events ORDER BY desk_seq"))]


def failures(store: Store, login: str) -> int:
    with store.read() as s:
        return int(s.execute(text("SELECT failed_attempts FROM users WHERE login = :l"),
                             {"l": login}).scalar_one())


@pytest.mark.parametrize(("to", "message"), [
    ("abc", "Không có tài khoản “abc”"),
    ("canbo4", "đã bị khóa"),
    ("", "Chưa chọn người nhận hồ sơ"),
])
def test_hand_over_to_an_unknown_or_disabled_user_is_refused(store: Store, to: str,
                                                             message: str) -> None:
    d = svc.receive_dossier(store, CLERK, intake(), now=T0).dossier
    before = events(store)
    with pytest.raises(svc.ServiceError, match=message):
        svc.assign_dossier(store, CLERK, d.id, to, now=T0 + timedelta(hours=1))
    assert events(store) == before
    with pytest.raises(svc.ServiceError, match=message if to else "Chưa chọn"):
        svc.receive_dossier(store, CLERK, intake(assignee=to or " "), now=T0)
    assert events(store) == before  # intake with a bad assignee: no dossier, no code used
    r = svc.assign_dossier(store, CLERK, d.id, "canbo2", now=T0 + timedelta(hours=1))
    assert r.dossier.assignee == "canbo2"


def _second_request_due(store: Store) -> str:
    d = svc.receive_dossier(store, CLERK, intake(), now=T0).dossier
    svc.request_supplement(store, OFFICER, d.id, ["a"], "r", now=T0 + timedelta(hours=1))
    svc.receive_supplement(store, CLERK, d.id, now=T0 + timedelta(hours=2))
    return str(d.id)


@pytest.mark.parametrize(("approver", "password", "message"), [
    ("khong-co-ai", PASSWORD, "Không có tài khoản “khong-co-ai”"),
    ("chuyenvien2", PASSWORD, "không có quyền duyệt yêu cầu bổ sung lần hai"),
    ("lanhdao1", None, "Cần lanhdao1 nhập mật khẩu"),
])
def test_second_supplement_approved_by_a_real_leader_only(store: Store, approver: str,
                                                          password: str | None,
                                                          message: str) -> None:
    d = _second_request_due(store)
    before = events(store)
    with pytest.raises(svc.ServiceError, match=message):
        svc.request_supplement(store, OFFICER, d, ["b"], "r", second_request_approved_by=approver,
                               approver_password=password, now=T0 + timedelta(hours=3))
    assert events(store) == before


def test_approver_password_is_checked_and_counts_toward_the_lockout(store: Store) -> None:
    d = _second_request_due(store)
    before = events(store)
    for n in range(1, 5):
        with pytest.raises(LoginFailed, match="mật khẩu không đúng"):
            svc.request_supplement(store, OFFICER, d, ["b"], "r",
                                   second_request_approved_by="lanhdao1",
                                   approver_password="doan-bua-123", now=T0 + timedelta(hours=3))
        assert failures(store, "lanhdao1") == n
    with pytest.raises(LoginFailed):  # the fifth wrong password locks the leader's account …
        svc.request_supplement(store, OFFICER, d, ["b"], "r", second_request_approved_by="lanhdao1",
                               approver_password="doan-bua-123", now=T0 + timedelta(hours=3))
    with pytest.raises(LoginFailed):  # … and now even the right one is refused for a while
        svc.request_supplement(store, OFFICER, d, ["b"], "r", second_request_approved_by="lanhdao1",
                               approver_password=PASSWORD, now=T0 + timedelta(hours=3))
    assert events(store) == before
    with store.write() as s:  # the lock runs out
        s.execute(text("UPDATE users SET locked_until = NULL WHERE login = 'lanhdao1'"))
    r = svc.request_supplement(store, OFFICER, d, ["b"], "r", second_request_approved_by="lanhdao1",
                               approver_password=PASSWORD, now=T0 + timedelta(hours=3))
    assert r.dossier.supplement_count == 2
    assert '"second_request_approved_by":"lanhdao1"' in events(store)[-1][1]
    with store.read() as s:
        logged = s.execute(text("SELECT actor, detail FROM account_log WHERE action = 'confirmed'"
                                )).all()
    assert [a for a, _ in logged] == ["lanhdao1"] and "chuyenvien1" in logged[0][1]


def test_the_leader_approves_on_their_own_session_without_a_password(store: Store) -> None:
    d = _second_request_due(store)
    r = svc.request_supplement(store, LEADER, d, ["b"], "r", second_request_approved_by="lanhdao1",
                               now=T0 + timedelta(hours=3))
    assert r.dossier.supplement_count == 2


@pytest.mark.parametrize(("actor", "signer", "password", "message"), [
    (OFFICER, "chuyenvien2", PASSWORD, "không có quyền ký văn bản xin lỗi"),
    (OFFICER, "Chủ tịch", PASSWORD, "Không có tài khoản “Chủ tịch”"),
    (OFFICER, "lanhdao1", None, "Cần lanhdao1 nhập mật khẩu"),
    (OFFICER, "chuyenvien1", None, "không có quyền ký văn bản xin lỗi"),  # signing for oneself
])
def test_apology_signed_by_a_real_leader_only(store: Store, actor: Actor, signer: str,
                                              password: str | None, message: str) -> None:
    d = svc.receive_dossier(store, CLERK, intake(), now=T0).dossier
    before = events(store)
    with pytest.raises(svc.ServiceError, match=message):
        svc.reschedule_dossier(store, actor, d.id, "Chậm", datetime(2026, 3, 10, 17), signer,
                               signer_password=password, now=T0 + timedelta(days=1))
    assert events(store) == before


def test_apology_signed_with_the_signers_password_or_by_the_leader(store: Store) -> None:
    d = svc.receive_dossier(store, CLERK, intake(), now=T0).dossier
    with pytest.raises(LoginFailed):
        svc.reschedule_dossier(store, OFFICER, d.id, "Chậm", datetime(2026, 3, 10, 17), "lanhdao1",
                               signer_password="khong-dung-1", now=T0 + timedelta(days=1))
    assert failures(store, "lanhdao1") == 1
    r = svc.reschedule_dossier(store, OFFICER, d.id, "Chậm", datetime(2026, 3, 10, 17), "lanhdao1",
                               signer_password=PASSWORD, now=T0 + timedelta(days=1))
    assert r.dossier.reschedule_count == 1 and failures(store, "lanhdao1") == 0
    r = svc.reschedule_dossier(store, LEADER, d.id, "Chậm nữa", datetime(2026, 3, 13, 17),
                               "lanhdao1", now=T0 + timedelta(days=2))
    assert r.dossier.reschedule_count == 2


def test_events_that_came_by_sync_are_applied_whoever_they_name(store: Store,
                                                                tmp_path: Path) -> None:
    """Another desk handed a dossier to its own officer and had its own leader sign: this desk
    has neither account, and still takes the events (history, not a local write)."""
    from sqlalchemy import select

    from commune_desk.store.models import Event
    from commune_desk.sync.apply import apply_events
    from commune_desk.sync.protocol import WireEvent

    other = open_store(tmp_path / "other.db")
    try:
        with other.write() as s:
            s.execute(text("UPDATE desk SET desk_number = 2"))
        add_team(other, ("quantri", "canbo3"))
        accounts = Accounts(other.engine)
        accounts.add_user(Actor("quantri", Role.ADMIN), "lanhdao9", "leader", PASSWORD, "Lãnh Đạo Chín")
        boss = Actor("lanhdao9", Role.LEADER)
        d = svc.receive_dossier(other, boss, intake(), now=T0).dossier
        svc.assign_dossier(other, boss, d.id, "canbo3", now=T0 + timedelta(hours=1))
        svc.reschedule_dossier(other, boss, d.id, "Chậm", datetime(2026, 3, 10, 17), "lanhdao9",
                               now=T0 + timedelta(days=1))
        with other.read() as s:
            wire = [WireEvent.from_row(r) for r in s.scalars(
                select(Event).order_by(Event.desk_seq))]
        with store.write() as s:
            s.execute(text("UPDATE desk SET commune_code = :c"), {"c": wire[0].commune_code})
        with store.write() as s:
            result = apply_events(s, wire)
        assert (result.inserted, result.quarantined) == (3, 0)
        view = svc.get_dossier(store, str(d.id))
        assert view.assignee == "canbo3" and view.reschedule_count == 1
    finally:
        other.close()
