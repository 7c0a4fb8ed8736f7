"""Dossier services on real SQLite files: each action, permissions, refusals, properties."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from desk_people import PASSWORD, team_store
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from commune_desk.domain.permissions import Actor, PermissionDenied, Role
from commune_desk.services import dossiers as svc
from commune_desk.services.integrity import check_store
from commune_desk.store import Store

CLERK = Actor("tiepnhan1", Role.CLERK)
OFFICER = Actor("chuyenvien1", Role.OFFICER)
LEADER = Actor("lanhdao1", Role.LEADER)
T0 = datetime(2026, 3, 2, 8, 0)  # Monday
@pytest.fixture
def store(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Store:
    """A migrated, seeded database with the people the tests hand dossiers to, and who approve
    or sign, copied from a template (one migration run per session)."""
    s = team_store(tmp_path, tmp_path_factory)
    yield s
    s.close()


def snapshot(store: Store) -> tuple[Any, ...]:
    with store.read() as s:
        return (
            s.execute(text("SELECT count(*), max(desk_seq) FROM events")).one(),
            s.execute(text("SELECT * FROM dossiers ORDER BY id")).all(),
            s.execute(text("SELECT next_seq, last_hash, last_hlc FROM desk")).one(),
            s.execute(text("SELECT * FROM code_counters")).all(),
        )


def intake(**kw: Any) -> svc.Intake:
    base: dict[str, Any] = {
        "procedure_code": "XA-HT-04",
        "applicant": svc.Applicant("Nguyễn Thị Đào", "040301012345", date(2001, 5, 3), "0912345678",
                                   "Xóm 3, xã Nghĩa Đàn"),
    }
    base.update(kw)
    return svc.Intake(**base)


def test_receive_computes_code_due_and_fee(store: Store) -> None:
    r = svc.receive_dossier(store, CLERK, intake(), now=T0 + timedelta(hours=1, minutes=30))
    d = r.dossier
    assert d.code.endswith("-260302-1001")
    assert d.status == "received" and d.due_at == "2026-03-05T17:00:00"
    assert "03 ngày làm việc" in r.due_rule
    assert d.applicant_phone == "0912345678" and d.applicant_id_number == "040301012345"
    assert r.changes.status_changed and r.changes.search_changed
    r2 = svc.receive_dossier(store, CLERK, intake(procedure_code="XA-CT-01", pages=5, copies=2),
                             now=T0 + timedelta(hours=2))
    assert r2.dossier.code.endswith("-1002")
    assert r2.dossier.fee_amount == 2 * (2 * 2000 + 3 * 1000)
    assert check_store(store).ok


def test_full_lifecycle_and_history(store: Store) -> None:
    r = svc.receive_dossier(store, CLERK, intake(assignee="chuyenvien1"), now=T0)
    did = r.dossier.id
    assert r.dossier.status == "in_progress" and r.dossier.assignee == "chuyenvien1"
    svc.request_supplement(store, OFFICER, did, ["Bản sao CCCD"], "Thiếu giấy tờ", now=T0 + timedelta(days=1))
    after = svc.receive_supplement(store, CLERK, did, now=T0 + timedelta(days=2))
    # Paused a full working day (Tue 03/03 08:00 → Wed 04/03 08:00): due moves one day.
    assert after.dossier.due_at == "2026-03-06T17:00:00"
    svc.resolve_dossier(store, OFFICER, did, "approved", now=T0 + timedelta(days=3))
    svc.return_result(store, CLERK, did, now=T0 + timedelta(days=3, hours=1))
    final = svc.rate_dossier(store, CLERK, did, "satisfied", now=T0 + timedelta(days=3, hours=2))
    assert final.dossier.status == "returned" and final.dossier.verdict == "truoc_han"
    assert final.dossier.rating == "satisfied"
    state = svc.get_state(store, r.dossier.code)
    assert [h.receiver for h in state.handovers] == ["chuyenvien1"]
    assert state.pauses[0].end == (T0 + timedelta(days=2)).isoformat()
    report = check_store(store)
    assert report.ok and report.dossiers == 1 and report.events == 7


def test_reschedule_withdraw_refuse_attach(store: Store) -> None:
    a = svc.receive_dossier(store, CLERK, intake(), now=T0).dossier
    res = svc.reschedule_dossier(store, OFFICER, a.id, "Cần xác minh", datetime(2026, 3, 10, 17, 0), "lanhdao1",
                                 signer_password=PASSWORD, now=T0 + timedelta(days=1))
    assert res.dossier.due_at == "2026-03-10T17:00:00" and res.dossier.original_due_at == "2026-03-05T17:00:00"
    assert res.dossier.reschedule_count == 1
    b = svc.receive_dossier(store, CLERK, intake(), now=T0).dossier
    w = svc.withdraw_dossier(store, CLERK, b.id, "Công dân xin rút", now=T0 + timedelta(hours=2))
    assert w.dossier.status == "withdrawn"
    c = svc.receive_dossier(store, CLERK, intake(), now=T0).dossier
    f = svc.refuse_dossier(store, CLERK, c.id, "Không thuộc thẩm quyền", now=T0 + timedelta(hours=1))
    assert f.dossier.status == "refused" and f.dossier.verdict == "truoc_han"
    att = svc.add_attachment(store, CLERK, c.id, "ab" * 32, "scan.pdf", 1234, "application/pdf",
                             now=T0 + timedelta(hours=2))
    assert att.dossier.digitised
    assert check_store(store).ok


@pytest.mark.parametrize(
    ("action", "message"),
    [
        (lambda s, d: svc.return_result(s, CLERK, d, now=T0 + timedelta(hours=1)), "chưa thể trả kết quả"),
        (lambda s, d: svc.rate_dossier(s, CLERK, d, "satisfied", now=T0 + timedelta(hours=1)), "chưa thể đánh giá"),
        (lambda s, d: svc.receive_supplement(s, CLERK, d, now=T0 + timedelta(hours=1)), "không có yêu cầu bổ sung"),
        (lambda s, d: svc.resolve_dossier(s, OFFICER, d, "approved", now=T0 - timedelta(days=1)), "trước lúc tiếp nhận"),
        (lambda s, d: svc.reschedule_dossier(s, LEADER, d, "x", datetime(2026, 3, 4, 17), "lanhdao1",
                                             now=T0 + timedelta(hours=1)), "phải sau"),
        (lambda s, d: svc.correct_applicant(s, CLERK, d, {"id_number": "12345"}, "x",
                                            now=T0 + timedelta(hours=1)), "12 chữ số"),
        (lambda s, d: svc.correct_applicant(s, CLERK, d, {"phone": "0912345678"}, "x",
                                            now=T0 + timedelta(hours=1)), "trùng"),
        (lambda s, d: svc.assign_dossier(s, CLERK, "khong-co", "cv", now=T0), "Không tìm thấy"),
    ],
)
def test_refused_commands_change_nothing(store: Store, action: Any, message: str) -> None:
    d = svc.receive_dossier(store, CLERK, intake(), now=T0).dossier
    before = snapshot(store)
    with pytest.raises(svc.ServiceError, match=message):
        action(store, d.id)
    assert snapshot(store) == before


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"procedure_code": "KHONG-CO"}, "Không có thủ tục"),
        ({"applicant": svc.Applicant("Lê An", "0403010123")}, "12 chữ số"),
        ({"applicant": svc.Applicant("Lê An", "040301012345", date(1990, 1, 1))}, "không khớp ngày sinh"),
        ({"applicant": svc.Applicant("Lê An", phone="12345")}, "Số điện thoại"),
        ({"applicant": svc.Applicant("   ")}, "họ tên"),
        ({"channel": "pigeon"}, "Hình thức nộp"),
        ({"procedure_code": "XA-CT-01", "pages": 0}, "Số bản và số trang"),
        ({"received_at": T0 + timedelta(days=1)}, "tương lai"),
    ],
)
def test_bad_intake_is_refused_and_nothing_written(store: Store, kw: dict[str, Any], message: str) -> None:
    before = snapshot(store)
    with pytest.raises(svc.ServiceError, match=message):
        svc.receive_dossier(store, CLERK, intake(**kw), now=T0)
    assert snapshot(store) == before


def test_permissions_are_checked_in_services(store: Store) -> None:
    d = svc.receive_dossier(store, CLERK, intake(), now=T0).dossier
    before = snapshot(store)
    with pytest.raises(PermissionDenied, match="không có quyền"):
        svc.resolve_dossier(store, CLERK, d.id, "approved", now=T0 + timedelta(hours=1))
    with pytest.raises(PermissionDenied):
        svc.receive_dossier(store, OFFICER, intake(), now=T0)
    assert snapshot(store) == before


def test_second_supplement_requires_leader(store: Store) -> None:
    d = svc.receive_dossier(store, CLERK, intake(), now=T0).dossier
    svc.request_supplement(store, OFFICER, d.id, ["a"], "r", now=T0 + timedelta(hours=1))
    svc.receive_supplement(store, CLERK, d.id, now=T0 + timedelta(hours=2))
    with pytest.raises(svc.ServiceError, match="lãnh đạo phê duyệt"):
        svc.request_supplement(store, OFFICER, d.id, ["b"], "r", now=T0 + timedelta(hours=3))
    with pytest.raises(svc.ServiceError, match="không có quyền duyệt"):
        svc.request_supplement(store, OFFICER, d.id, ["b"], "r", second_request_approved_by="chuyenvien1",
                               now=T0 + timedelta(hours=3))
    with pytest.raises(svc.ServiceError, match="nhập mật khẩu"):  # the leader confirms
        svc.request_supplement(store, OFFICER, d.id, ["b"], "r", second_request_approved_by="lanhdao1",
                               now=T0 + timedelta(hours=3))
    r = svc.request_supplement(store, OFFICER, d.id, ["b"], "r", second_request_approved_by="lanhdao1",
                               approver_password=PASSWORD, now=T0 + timedelta(hours=3))
    assert r.dossier.supplement_count == 2


def test_codes_never_collide_and_follow_desk_number(store: Store) -> None:
    from commune_desk.services.desk import configure_desk

    configure_desk(store, Actor("quantri", Role.ADMIN), desk_number=3, agency_id="000.00.04.H41", commune_code="16941",
                   commune_name="Xã Nghĩa Đàn")
    codes = [svc.receive_dossier(store, CLERK, intake(), now=T0 + timedelta(minutes=i)).dossier.code
             for i in range(3)]
    assert codes == [f"000.00.04.H41-260302-{n}" for n in ("3001", "3002", "3003")]
    nxt = svc.receive_dossier(store, CLERK, intake(), now=T0 + timedelta(days=1)).dossier.code
    assert nxt.endswith("-260303-3001")
    # A counter rolled back (restore of an older copy) never hands out a code already held.
    with store.write() as s:
        s.execute(text("UPDATE code_counters SET last_seq = 3001 WHERE day = '2026-03-02'"))
    again = svc.receive_dossier(store, CLERK, intake(), now=T0 + timedelta(hours=3)).dossier.code
    assert again.endswith("-260302-3004")


COMMANDS = [
    lambda s, d, at: svc.assign_dossier(s, CLERK, d, "chuyenvien1", now=at),
    lambda s, d, at: svc.assign_dossier(s, CLERK, d, "chuyenvien2", now=at),
    lambda s, d, at: svc.request_supplement(s, OFFICER, d, ["CCCD"], "Thiếu", now=at),
    lambda s, d, at: svc.request_supplement(s, OFFICER, d, ["Ảnh"], "Lần hai", second_request_approved_by="lanhdao1", approver_password=PASSWORD, now=at),
    lambda s, d, at: svc.receive_supplement(s, CLERK, d, now=at),
    lambda s, d, at: svc.refuse_dossier(s, CLERK, d, "Không đủ điều kiện", now=at),
    lambda s, d, at: svc.reschedule_dossier(s, OFFICER, d, "Xác minh", at + timedelta(days=20), "lanhdao1", signer_password=PASSWORD, now=at),
    lambda s, d, at: svc.resolve_dossier(s, OFFICER, d, "approved", now=at),
    lambda s, d, at: svc.resolve_dossier(s, OFFICER, d, "denied", now=at),
    lambda s, d, at: svc.return_result(s, CLERK, d, now=at),
    lambda s, d, at: svc.withdraw_dossier(s, CLERK, d, "Xin rút", now=at),
    lambda s, d, at: svc.rate_dossier(s, CLERK, d, "acceptable", now=at),
    lambda s, d, at: svc.correct_applicant(s, CLERK, d, {"address": f"Xóm {at.minute}"}, "Sai", now=at),
    lambda s, d, at: svc.add_attachment(s, CLERK, d, f"{at.minute:064x}", "a.pdf", 1, "application/pdf", now=at),
]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 1), st.integers(0, len(COMMANDS) - 1), st.integers(1, 900)),
                min_size=1, max_size=14))
def test_any_command_sequence_keeps_projection_equal_to_fold(
    store: Store, steps: list[tuple[int, int, int]]
) -> None:
    with store.write() as s:  # fresh start for each example (the fixture is shared)
        s.execute(text("DROP TRIGGER events_no_delete"))
        s.execute(text("DELETE FROM events"))
        s.execute(text("DELETE FROM dossiers"))
        s.execute(text("UPDATE desk SET next_seq = 1, last_hash = ''"))
        s.execute(text(
            "CREATE TRIGGER events_no_delete BEFORE DELETE ON events "
            "BEGIN SELECT RAISE(ABORT, 'events are append-only: DELETE refused'); END"))
    ids = [svc.receive_dossier(store, CLERK, intake(), now=T0).dossier.id for _ in range(2)]
    at = T0
    for which, index, minutes in steps:
        at += timedelta(minutes=minutes)
        before = snapshot(store)
        try:
            COMMANDS[index](store, ids[which], at)
        except svc.ServiceError:
            assert snapshot(store) == before  # a refused command changes nothing
    report = check_store(store)
    assert report.ok, report.problems


def test_check_reports_a_removed_event(store: Store) -> None:
    for i in range(3):
        svc.receive_dossier(store, CLERK, intake(), now=T0 + timedelta(minutes=i))
    assert check_store(store).ok
    with store.write() as s:
        s.execute(text("DROP TRIGGER events_no_delete"))
        s.execute(text("DELETE FROM events WHERE desk_seq = 2"))
    report = check_store(store)
    joined = "\n".join(report.problems)
    assert not report.ok
    assert "nhảy từ 1 lên 3" in joined
    assert "không có sự kiện nào" in joined
    assert "events_no_delete" in joined
