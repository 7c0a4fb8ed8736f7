"""Settings: desk identity, office hours, calendar overrides with their source document."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QDate

from commune_desk.domain.calendar import EntryKind
from commune_desk.errors import UserError
from commune_desk.ui.settings.screen import SettingsScreen, parse_day_month, parse_sessions


@pytest.fixture
def settings(qtbot: Any, desk_ctx: Any, desk_prefs: Any) -> SettingsScreen:
    screen = SettingsScreen(desk_ctx, prefs=desk_prefs)
    qtbot.addWidget(screen)
    screen.reload()
    return screen


def test_desk_identity_saved(settings: SettingsScreen) -> None:
    from commune_desk.services.desk import desk_info

    settings.commune_code.setText("16941")  # the name follows the official code
    settings.agency_id.setText("000.00.04.H40")
    settings.desk_number.setValue(2)
    settings._on_save_desk_clicked()
    info = desk_info(settings.ctx.store)
    assert (info.commune_name, info.agency_id, info.desk_number) == ("Xã Nghĩa Đàn",
                                                                     "000.00.04.H40", 2)
    assert "Đã lưu" in settings.message.text()
    # Kept outside the encrypted file: the login that opens it next time is headed by it.
    from commune_desk.ui.desk_name import remembered_desk_name

    assert remembered_desk_name(settings.ctx.store.path) == "Xã Nghĩa Đàn"


def test_bad_agency_id_changes_nothing(settings: SettingsScreen) -> None:
    from commune_desk.services.desk import desk_info

    before = desk_info(settings.ctx.store)
    settings.agency_id.setText("khong hop le")
    settings._on_save_desk_clicked()
    assert desk_info(settings.ctx.store) == before
    assert settings.message.text() and "Đã lưu" not in settings.message.text()


def test_calendar_override_needs_source_then_moves_deadlines(settings: SettingsScreen) -> None:
    from commune_desk.services.desk import store_calendar

    day = dt.date(2026, 11, 19)  # a Thursday
    settings.override_day.setDate(QDate(day))
    settings.override_kind.setCurrentIndex(settings.override_kind.findData(EntryKind.DAY_OFF.value))
    settings.override_name.setText("Nghỉ theo quyết định của tỉnh")
    settings._on_add_override_clicked()
    assert "văn bản căn cứ" in settings.message.text()
    assert store_calendar(settings.ctx.store).is_working_day(day)
    settings.override_source.setText("Quyết định 12/QĐ-UBND ngày 10/11/2026")
    settings._on_add_override_clicked()
    assert not store_calendar(settings.ctx.store).is_working_day(day)
    assert not settings.ctx.calendar().is_working_day(day)  # the desk's provider was refreshed
    assert settings.overrides.rowCount() == 1
    settings.overrides.setCurrentCell(0, 0)
    settings._on_remove_override_clicked()
    assert store_calendar(settings.ctx.store).is_working_day(day)


def test_makeup_day_must_be_weekend(settings: SettingsScreen) -> None:
    settings.override_day.setDate(QDate(2026, 11, 18))
    settings.override_kind.setCurrentIndex(
        settings.override_kind.findData(EntryKind.MAKEUP_WORKDAY.value))
    settings.override_name.setText("Làm bù")
    settings.override_source.setText("TB 1")
    settings._on_add_override_clicked()
    assert "thứ Bảy hoặc Chủ nhật" in settings.message.text()
    assert settings.overrides.rowCount() == 0


def test_office_hours_round_trip_and_errors(settings: SettingsScreen) -> None:
    from commune_desk.services.desk import desk_info

    assert settings.hours.rowCount() == 2  # Nghệ An summer and winter by default
    settings.hours.item(0, 2).setText("07:00-11:00, 13:00-17:00")
    settings._on_save_hours_clicked()
    hours = desk_info(settings.ctx.store).office_hours
    assert any(s.sessions[0] == (dt.time(7), dt.time(11)) for s in hours.seasons)
    settings.hours.item(0, 2).setText("17:00-07:00")
    settings._on_save_hours_clicked()
    assert "tăng dần" in settings.message.text()
    with pytest.raises(UserError, match="07:00-11:30"):
        parse_sessions("sáng")
    with pytest.raises(UserError, match="ngày/tháng"):
        parse_day_month("16-4")
    assert parse_day_month("16/4") == (4, 16)


def test_language_choice_is_remembered(settings: SettingsScreen, desk_prefs: Any) -> None:
    settings.language.setCurrentIndex(settings.language.findData("en"))
    assert desk_prefs.value("ui/language") == "en"
