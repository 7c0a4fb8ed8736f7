"""Status-bar sync counter (#13 defect 13): "chờ gửi" follows every local write and sync round;
"Đồng bộ ngay" on a desk with no server opens the enrolment form instead of doing nothing."""

from __future__ import annotations

from typing import Any

import pytest
from desk_helpers import DESK_NOW, make_actor, receive_one

pytest.importorskip("PySide6")


def _window(qtbot: Any, store: Any, runner: Any, prefs: Any, role: str = "admin") -> Any:
    from commune_desk.app import build_main_window
    from commune_desk.ui.sync import SyncStatusWidget

    window = build_main_window(store, make_actor(role, "canbo1"), runner=runner, prefs=prefs,
                               clock=lambda: DESK_NOW)
    window._quiet = True
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.findChild(SyncStatusWidget) is not None, timeout=5_000)
    return window, window.findChild(SyncStatusWidget)


def test_pending_counter_follows_local_writes(qtbot: Any, desk_store: Any, desk_runner: Any,
                                             desk_prefs: Any) -> None:
    from commune_desk.services import dossiers as svc
    from commune_desk.services.catalog import catalog
    from commune_desk.services.sync import sync_summary

    window, status = _window(qtbot, desk_store, desk_runner, desk_prefs)
    try:
        qtbot.waitUntil(lambda: status.enrolled is False, timeout=5_000)
        before = sync_summary(desk_store).pending
        assert status.pending == before
        assert f"{before} chờ gửi" in status.pending_label.text()
        proc = next(p for p in catalog(desk_store).procedures
                    if p.limit_unit == "working_days" and p.limit_value >= 3)
        intake = svc.Intake(procedure_code=proc.code,
                            applicant=svc.Applicant(name="Trần Thị Bình",
                                                    id_number="040090000777",
                                                    birth_date=DESK_NOW.date().replace(year=1990),
                                                    address="Xóm 2, xã Nghĩa Đàn"),
                            received_at=DESK_NOW)
        # A write through the desk's one write path (as the intake screen does) announces
        # its Changes on the bus; the counter reads the summary again by itself.
        window.ctx.write(lambda _t: svc.receive_dossier(desk_store, window.ctx.actor, intake,
                                                        now=DESK_NOW))
        qtbot.waitUntil(lambda: status.pending > before, timeout=5_000)
        after = sync_summary(desk_store).pending
        assert status.pending == after
        assert f"{after} chờ gửi" in status.pending_label.text()
        # A write made elsewhere (another service) and then a sync round: the round's
        # signal also brings a fresh count.
        receive_one(desk_store, name="Lê Văn Cường", id_number="040090000779")
        window.sync_loop.round_finished.emit(object())
        qtbot.waitUntil(lambda: status.pending == after + 1, timeout=5_000)
        assert f"{after + 1} chờ gửi" in status.pending_label.text()
    finally:
        window.close()


def test_sync_now_when_not_enrolled_opens_enrolment(qtbot: Any, desk_store: Any,
                                                   desk_runner: Any, desk_prefs: Any) -> None:
    from PySide6.QtCore import Qt

    window, status = _window(qtbot, desk_store, desk_runner, desk_prefs)
    try:
        qtbot.waitUntil(lambda: status.enrolled is False, timeout=5_000)
        assert window.current_screen() != "sync"
        qtbot.mouseClick(status.sync_button, Qt.MouseButton.LeftButton)
        assert window.current_screen() == "sync"
        panel = window.screens["sync"]
        qtbot.waitUntil(lambda: panel.enrol_box.isVisible(), timeout=5_000)
        assert panel.enrol_url.isVisible() and panel.enrol_token.isVisible()
        assert not window.sync_loop.isRunning()  # nothing was started without a server
    finally:
        window.close()


def test_clerk_is_told_an_administrator_enrols_the_desk(qtbot: Any, desk_store: Any,
                                                         desk_runner: Any, desk_prefs: Any,
                                                         monkeypatch: Any) -> None:
    from desk_helpers import add_people
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from commune_desk.app import build_main_window
    from commune_desk.services.accounts import Accounts
    from commune_desk.ui.sync import SyncStatusWidget

    add_people(desk_store)  # quantri (admin) among them
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _p, _title, text_, *_a: shown.append(text_))
    accounts = Accounts(engine=desk_store.engine)
    window = build_main_window(desk_store, make_actor("clerk", "tiepnhan1"), runner=desk_runner,
                               prefs=desk_prefs, accounts=accounts, clock=lambda: DESK_NOW)
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "_closing", True))
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.findChild(SyncStatusWidget) is not None, timeout=5_000)
    status = window.findChild(SyncStatusWidget)
    qtbot.waitUntil(lambda: status.enrolled is False, timeout=5_000)
    qtbot.mouseClick(status.sync_button, Qt.MouseButton.LeftButton)
    # A clear message, not a panel without a form: who enrols the desk and how.
    assert len(shown) == 1 and shown[0] == window.last_notice
    for words in ("chưa được đăng ký", "Chỉ quản trị viên", "Đồng bộ", "mã đăng ký máy"):
        assert words in shown[0]
    assert window.current_screen() != "sync" and not window.sync_loop.isRunning()
    # The panel itself says the same to a clerk, and shows no form.
    window.show_screen("sync")
    panel = window.screens["sync"]
    qtbot.waitUntil(lambda: panel.enrol_help.isVisible(), timeout=5_000)
    assert not panel.enrol_box.isVisible() and "Chỉ quản trị viên" in panel.enrol_help.text()
    panel.sync_button.click()  # the panel's own "Đồng bộ ngay": the same, nothing started
    assert panel.enrol_help.isVisible() and not window.sync_loop.isRunning()
    # The administrator signs in on the same desk (Hệ thống › Đổi người dùng…): the form.
    window.switch_user(accounts.login("quantri", "Mat-khau-thu-2026!").actor)
    status.sync_button.click()
    assert window.current_screen() == "sync" and len(shown) == 1
    panel = window.screens["sync"]
    qtbot.waitUntil(lambda: panel.enrol_box.isVisible(), timeout=5_000)
    assert not panel.enrol_help.isVisible()
    panel.sync_button.click()
    assert panel.enrol_url.hasFocus() and "Đăng ký" in panel.enrol_message.text()
    assert not window.sync_loop.isRunning()


def test_clock_offset_is_the_desk_loops_own(qtbot: Any, desk_store: Any, desk_runner: Any,
                                           desk_prefs: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The PC clock's offset seen by a round is kept by the desk's sync loop (built by the
    composition root), not by a module global: the status bar warns from it; a summary read
    without it, or another loop, knows nothing of it."""
    from commune_desk.services import sync
    from commune_desk.ui.sync.loop import SyncLoop

    def round_two_hours_fast(store: Any, client: Any = None, *, batch: int = 0,
                             clock: Any = None) -> Any:
        clock.record(2 * 3600.0)  # what _check_hold records from the server's time
        return sync.SyncReport(clock_warning=clock.warning())

    monkeypatch.setattr(sync, "sync_round", round_two_hours_fast)
    window, status = _window(qtbot, desk_store, desk_runner, desk_prefs)
    try:
        loop = window.sync_loop
        loop._attempt()  # one round, as the loop's thread runs it
        assert "nhanh 2 giờ" in (loop.clock.warning() or "")
        status.refresh()
        qtbot.waitUntil(lambda: "nhanh 2 giờ" in status.pending_label.toolTip(), timeout=5_000)
        assert "đồng hồ máy lệch" in status.pending_label.text()
        assert sync.sync_summary(desk_store).clock_warning is None
        assert "nhanh 2 giờ" in (sync.sync_summary(desk_store, loop.clock).clock_warning or "")
        assert SyncLoop(desk_store).clock.warning() is None
    finally:
        window.ctx.runner.wait_for_done(5_000)
