"""Fixtures for the desk UI tests: a migrated store, a fake thread pool, a fixed clock."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from desk_helpers import DESK_NOW, make_actor, open_test_store


@pytest.fixture
def desk_store(tmp_path: Path) -> Any:
    store = open_test_store(tmp_path / "desk.sqlite3")
    yield store
    store.close()


@pytest.fixture
def desk_runner(qtbot: Any) -> Any:
    from fake_pool import FakeThreadPool

    from commune_desk.ui.workers import TaskRunner

    return TaskRunner(read_pool=FakeThreadPool(), write_pool=FakeThreadPool())


@pytest.fixture
def desk_ctx(desk_store: Any, desk_runner: Any) -> Any:
    from commune_desk.app import make_context

    return make_context(desk_store, make_actor(), desk_runner, clock=lambda: DESK_NOW)


@pytest.fixture
def desk_prefs(tmp_path: Path) -> Any:
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)


