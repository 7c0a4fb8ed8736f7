"""Desks and a real server process: enrol, push, pull, converge; status per dossier."""

from __future__ import annotations

from pathlib import Path

from serverkit import Admin, ServerProcess, enroll, make_desk, receive

from commune_desk.services.sync import (
    dossier_sync_status,
    pending_count,
    sync_round,
    sync_summary,
)


def _ids(store) -> set[str]:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    with store.read() as s:
        return set(s.execute(text("SELECT id FROM events")).scalars())


def _dossiers(store) -> dict[str, str]:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    with store.read() as s:
        return dict(s.execute(text("SELECT id, status FROM dossiers")).all())


def test_two_desks_converge(server: ServerProcess, admin: Admin, tmp_path: Path) -> None:
    a = make_desk(tmp_path / "a.sqlite3", 1)
    b = make_desk(tmp_path / "b.sqlite3", 2)
    enroll(a, server, admin)
    enroll(b, server, admin)
    da = [receive(a, f"Người nộp A{i}") for i in range(3)]
    db = [receive(b, f"Người nộp B{i}") for i in range(2)]
    assert dossier_sync_status(a, da) == dict.fromkeys(da, "local")
    ra = sync_round(a)
    assert ra.complete and ra.accepted == 3 and ra.rejected == 0
    assert dossier_sync_status(a, da) == dict.fromkeys(da, "confirmed")
    rb = sync_round(b)
    assert rb.complete and rb.applied == 3
    ra2 = sync_round(a)
    assert ra2.applied == 2 and ra2.pushed == 0
    assert _ids(a) == _ids(b) == {e.id for e in admin.events()}
    assert set(_dossiers(a)) == set(_dossiers(b)) == set(da + db)
    assert sync_summary(a).pending == 0
    with a.read() as s:
        from commune_desk.store.events import desk_row

        assert pending_count(s, desk_row(s).desk_id) == 0
    assert a.read  # stores stay usable
    a.close()
    b.close()


def test_enrolment_token_is_single_use(server: ServerProcess, admin: Admin,
                                       tmp_path: Path) -> None:
    import pytest

    from commune_desk.services.sync import enroll_desk
    from commune_desk.sync.client import SyncRefused

    token = admin.token()
    a = make_desk(tmp_path / "a.sqlite3", 1)
    b = make_desk(tmp_path / "b.sqlite3", 2)
    enroll_desk(a, server.url, token)
    with pytest.raises(SyncRefused) as err:
        enroll_desk(b, server.url, token)
    assert err.value.status == 401 and "đã được dùng" in str(err.value)
    a.close()
    b.close()
