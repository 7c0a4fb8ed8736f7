"""The desk shows one generic message for a bug (never the exception's text) and logs it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from commune_desk import errors
from commune_desk.errors import bug_message, install_bug_log


@pytest.fixture
def bug_log(isolated_data_dir: Path) -> Any:
    path = install_bug_log(isolated_data_dir)
    yield path
    errors.uninstall_bug_log()


# --- the GUI: a service raising KeyError shows the generic message, never the key -----------
def test_gui_service_keyerror_shows_generic_message(qtbot: Any, bug_log: Path, desk_store: Any,
                                                    desk_runner: Any, desk_prefs: Any,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from desk_helpers import add_people, make_actor, receive_one

    from commune_desk.app import build_main_window
    from commune_desk.services import dossiers as svc

    window = build_main_window(desk_store, make_actor(), runner=desk_runner, prefs=desk_prefs)
    qtbot.addWidget(window)
    window._quiet = True
    window.start()
    view = receive_one(desk_store)
    add_people(desk_store)
    window.ctx.events.open_dossier.emit(view.id)

    def broken(*_a: Any, **_k: Any) -> Any:
        return {}["applicant"]

    monkeypatch.setattr(svc, "assign_dossier", broken)
    window.detail.perform("assign", {"to": "chuyenvien1", "note": ""})
    shown = window.detail.message.text()
    assert shown == bug_message() and "applicant" not in shown and str(bug_log) in shown
    assert "KeyError: 'applicant'" in bug_log.read_text(encoding="utf-8")

    # A task nobody handles reaches the one place that shows messages, the main window.
    def failing(_token: Any) -> Any:
        raise KeyError("dossier_code")

    window.ctx.runner.submit(failing)
    status = window.statusBar().currentMessage()
    assert status == bug_message() and "dossier_code" not in status


def test_exception_escaping_a_slot_reaches_the_one_message_place(
        qtbot: Any, bug_log: Path, desk_store: Any, desk_runner: Any, desk_prefs: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from desk_helpers import make_actor

    from commune_desk.app import build_main_window, route_uncaught_errors

    window = build_main_window(desk_store, make_actor(), runner=desk_runner, prefs=desk_prefs)
    qtbot.addWidget(window)
    window._quiet = True
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    route_uncaught_errors(window)
    try:
        raise IndexError("list index out of range")
    except IndexError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    shown = window.statusBar().currentMessage()
    assert shown == bug_message() and "index" not in shown
    assert "IndexError: list index out of range" in bug_log.read_text(encoding="utf-8")
