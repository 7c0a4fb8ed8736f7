"""Accounts gate (issue 15, defects 1 and 10): the services trust no ``Actor`` object — each
write re-checks the actor against the accounts as they are now; the command line acts only as
a logged-in user (see also test_safety_cli.test_backup_restore_release_roundtrip)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from safety_helpers import FAST_HASHER, new_store

from commune_desk.cli import main
from commune_desk.domain.permissions import Actor, PermissionDenied, Role
from commune_desk.services.accounts import Accounts


@pytest.fixture
def accounts(tmp_path: Path) -> Accounts:
    store = new_store(tmp_path / "desk.sqlite3")
    acc = Accounts(store.engine, hasher=FAST_HASHER)
    acc.add_user(None, "admin", "admin", "quan-tri-xa-hoa-binh", "Quản trị viên")
    return acc


def test_made_up_admin_actor_is_refused(accounts: Accounts) -> None:
    forged = Actor("khong-ton-tai", Role.ADMIN, "Quản trị bịa ra")
    for call in (lambda: accounts.add_user(forged, "moi.vao", "admin", "mot-cum-tu-dai-1"),
                 lambda: accounts.list_users(forged),
                 lambda: accounts.reset_password(forged, "admin", "mot-cum-tu-dai-1"),
                 lambda: accounts.disable_user(forged, "admin")):
        with pytest.raises(PermissionDenied, match="không có hoặc đã bị khóa"):
            call()
    assert [u.login for u in accounts.list_users(accounts.login(
        "admin", "quan-tri-xa-hoa-binh").actor)] == ["admin"]


def test_disabled_or_demoted_session_stops_writing(accounts: Accounts) -> None:
    admin = accounts.login("admin", "quan-tri-xa-hoa-binh").actor
    accounts.add_user(admin, "lan", "admin", "lan-mat-khau-rieng")
    lan = accounts.login("lan", "lan-mat-khau-rieng").actor  # an open session, role admin
    accounts.set_role(admin, "lan", "clerk")  # demoted while the session is open
    with pytest.raises(PermissionDenied, match="không có quyền"):
        accounts.add_user(lan, "ban.cua.lan", "admin", "mot-cum-tu-dai-1")
    accounts.set_role(admin, "lan", "admin")
    accounts.disable_user(admin, "lan")  # disabled while the session is open
    with pytest.raises(PermissionDenied, match="đã bị khóa"):
        accounts.reset_password(lan, "admin", "mot-cum-tu-dai-1")


def test_cli_user_commands_need_a_real_admin_login(tmp_path: Path, monkeypatch, capsys) -> None:
    db = tmp_path / "desk.sqlite3"
    new_store(db).close()

    def run(argv: list[str], stdin: str) -> int:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        return main(argv)

    assert run(["user", "add", "--db", str(db), "--login", "admin", "--role", "admin"],
               "quan-tri-xa-hoa-binh\n") == 0
    capsys.readouterr()
    # The database key alone (what "dong-lenh" used to be) no longer makes an administrator.
    for who in ("", "khong-ai\nquan-tri-xa-hoa-binh\n", "admin\nsai-mat-khau\n"):
        assert run(["user", "reset-password", "--db", str(db), "--login", "admin"],
                   who + "mat-khau-cua-ke-gian-1\n") == 2
        assert run(["user", "disable", "--db", str(db), "--login", "admin"], who) == 2
        err = capsys.readouterr().err
        assert "Traceback" not in err and err.startswith("Lỗi: ")
    assert run(["user", "list", "--db", str(db)], "admin\nquan-tri-xa-hoa-binh\n") == 0
    assert "hoạt động" in capsys.readouterr().out


def test_every_service_write_rechecks_the_actor(tmp_path: Path) -> None:
    """Dossiers, catalogue, calendar, desk and paper settings: a live session of a user who has
    since been disabled or demoted writes nothing more (services.authority.acting)."""
    import datetime as dt
    from dataclasses import replace

    from sqlalchemy import text

    from commune_desk.domain.calendar import CalendarEntry, EntryKind
    from commune_desk.services import dossiers as svc
    from commune_desk.services.catalog import export_catalog_xlsx, import_catalog_xlsx
    from commune_desk.services.desk import configure_desk, set_calendar_override
    from commune_desk.services.obstacles import record_obstacle
    from commune_desk.services.paper_settings import paper_settings, save_settings
    from commune_desk.store.seed import ensure_seeded

    store = new_store(tmp_path / "desk.sqlite3")
    ensure_seeded(store)
    acc = Accounts(store.engine, hasher=FAST_HASHER)
    acc.add_user(None, "admin", "admin", "quan-tri-xa-hoa-binh")
    admin = acc.login("admin", "quan-tri-xa-hoa-binh").actor
    acc.add_user(admin, "thu.nguyen", "clerk", "thu-mat-khau-rieng")
    acc.add_user(admin, "lan.tran", "admin", "lan-mat-khau-rieng")
    clerk = acc.login("thu.nguyen", "thu-mat-khau-rieng").actor
    lan = acc.login("lan.tran", "lan-mat-khau-rieng").actor  # open sessions
    intake = svc.Intake("XA-HT-04", svc.Applicant("Nguyễn Thị Đào", "040301012345",
                                                   dt.date(2001, 5, 3)))
    first = svc.receive_dossier(store, clerk, intake)
    xlsx = tmp_path / "catalog.xlsx"
    export_catalog_xlsx(store, xlsx)

    def counts() -> tuple[int, ...]:
        with store.read() as s:
            return tuple(s.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                         for t in ("events", "catalog_versions", "calendar_overrides",
                                   "paper_settings"))

    acc.disable_user(admin, "thu.nguyen")
    acc.set_role(admin, "lan.tran", "clerk")
    before = counts()
    day = CalendarEntry(dt.date(2026, 12, 31), EntryKind.DAY_OFF, "Nghỉ bù")
    for refused in (
        lambda: svc.receive_dossier(store, clerk, intake),
        lambda: svc.assign_dossier(store, clerk, first.dossier.id, "admin"),
        lambda: import_catalog_xlsx(store, lan, xlsx),
        lambda: set_calendar_override(store, lan, day),
        lambda: configure_desk(store, lan, desk_number=2),
        lambda: save_settings(store, lan, replace(paper_settings(store), slip_size="A5")),
        lambda: svc.receive_dossier(store, Actor("bia.ra", Role.ADMIN), intake),  # made up
        lambda: record_obstacle(store, actor="thu.nguyen", field="Hộ tịch", procedure="",
                                blocker="khac", since=dt.date(2026, 1, 5), dossiers_held=1,
                                description="Thiếu hướng dẫn"),
    ):
        with pytest.raises(PermissionDenied):
            refused()
    assert counts() == before
    # The same calls by an account that is active now go through.
    svc.assign_dossier(store, admin, first.dossier.id, "admin")
    set_calendar_override(store, admin, day)
    assert counts() != before
