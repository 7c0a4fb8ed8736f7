"""Later changes in Settings are recorded as `desk_configured` events, never silent edits."""

from __future__ import annotations

from pathlib import Path

import pytest

from commune_desk.domain.permissions import Actor, Role
from commune_desk.errors import UserError
from commune_desk.services.desk import configure_desk, desk_info, settings_history
from commune_desk.services.setup import SetupRequest, setup_desk
from commune_desk.services.units import UnitError
from commune_desk.store import open_store

ADMIN = Actor("quantri", Role.ADMIN, "Lê Văn Quản")


def test_settings_changes_are_events_with_old_and_new_values(tmp_path: Path) -> None:
    store = open_store(tmp_path / "a.sqlite3")
    setup_desk(store, SetupRequest(commune_code="16816", desk_number=1))
    assert settings_history(store) == []  # the first set-up itself is not a change
    configure_desk(store, ADMIN, desk_number=4, agency_id="000.00.04.H40")
    configure_desk(store, ADMIN, agency_id="000.00.04.H40")  # no change → no event
    history = settings_history(store)
    assert len(history) == 1
    assert history[0]["actor"] == "quantri"
    assert history[0]["changes"]["desk_number"] == {"from": 1, "to": 4}
    assert history[0]["changes"]["agency_id"]["to"] == "000.00.04.H40"
    with pytest.raises(UserError, match="không thể đổi sang xã khác"):
        configure_desk(store, ADMIN, commune_code="16941")
    with pytest.raises(UnitError):
        configure_desk(store, ADMIN, commune_code="40001")
    assert desk_info(store).commune_code == "16816"
    store.close()


def test_calendar_overrides_are_recorded_too(tmp_path: Path) -> None:
    from datetime import date

    from commune_desk.domain.calendar import CalendarEntry, EntryKind
    from commune_desk.services.desk import remove_calendar_override, set_calendar_override

    store = open_store(tmp_path / "c.sqlite3")
    setup_desk(store, SetupRequest(commune_code="16816", desk_number=1))
    day = date(2026, 11, 19)
    set_calendar_override(store, ADMIN, CalendarEntry(day, EntryKind.DAY_OFF, "Nghỉ bù",
                                                      "Quyết định 12/QĐ-UBND"))
    remove_calendar_override(store, ADMIN, day)
    history = settings_history(store)
    assert len(history) == 2
    assert {h["changes"]["calendar:2026-11-19"]["to"] is None for h in history} == {True, False}
    store.close()
