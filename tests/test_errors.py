"""The error model: one UserError base; any other exception is a logged bug with one message."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path
from typing import Any

import pytest

import commune_desk
from commune_desk import errors
from commune_desk.errors import UserError, bug_message, install_bug_log, user_message

# Exceptions that are control flow, not failures a user reads.
NOT_USER_FACING = {"commune_desk.ui.workers.Cancelled"}


@pytest.fixture
def bug_log(isolated_data_dir: Path) -> Any:
    path = install_bug_log(isolated_data_dir)
    yield path
    errors.uninstall_bug_log()


def _project_exceptions() -> list[type[BaseException]]:
    found: dict[str, type[BaseException]] = {}
    for info in pkgutil.walk_packages(commune_desk.__path__, "commune_desk."):
        if ".migrations" in info.name or info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for _name, obj in inspect.getmembers(module, inspect.isclass):
            if (issubclass(obj, BaseException) and obj.__module__ == info.name
                    and obj is not UserError):
                found[f"{obj.__module__}.{obj.__qualname__}"] = obj
    return [cls for name, cls in sorted(found.items()) if name not in NOT_USER_FACING]


def test_every_project_exception_is_a_user_error() -> None:
    classes = _project_exceptions()
    assert len(classes) >= 25  # StoreError, CryptoError, TransitionError, SyncError, …
    strays = [f"{c.__module__}.{c.__qualname__}" for c in classes if not issubclass(c, UserError)]
    assert strays == []


def test_user_error_message_is_shown_as_is(bug_log: Path) -> None:
    from commune_desk.domain.lifecycle import TransitionError
    from commune_desk.store.engine import StoreError

    assert user_message(StoreError("Tệp cơ sở dữ liệu đang bị khóa.")) == \
        "Tệp cơ sở dữ liệu đang bị khóa."
    assert user_message(TransitionError("Hồ sơ đã trả kết quả.")) == "Hồ sơ đã trả kết quả."
    assert not bug_log.exists()  # nothing logged for an expected error


@pytest.mark.parametrize("exc", [KeyError("applicant"), IndexError("list index out of range"),
                                 ValueError("Expecting value: line 1 column 1"),
                                 LookupError("applicant")])
def test_any_other_exception_is_a_logged_bug(bug_log: Path, exc: Exception) -> None:
    try:
        raise exc
    except Exception as caught:
        text = user_message(caught)
    assert text == bug_message()
    assert str(bug_log) in text and "applicant" not in text and "index" not in text
    assert "Expecting" not in text
    logged = bug_log.read_text(encoding="utf-8")
    assert "Traceback" in logged and type(exc).__name__ in logged and str(exc.args[0]) in logged


def test_bug_log_rotates(bug_log: Path) -> None:
    handler = errors._handler
    assert handler is not None and handler.maxBytes > 0 and handler.backupCount >= 1
    assert install_bug_log(bug_log.parent) == bug_log  # idempotent


# --- the CLI: same message, non-zero exit, no traceback -------------------------------------
def test_cli_bug_prints_generic_message_without_traceback(
        capsys: pytest.CaptureFixture[str], isolated_data_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from commune_desk.cli import EXIT_BUG, main
    from commune_desk.services import calendar_source

    def broken(*_a: Any, **_k: Any) -> Any:
        raise KeyError("secret_field")

    monkeypatch.setattr(calendar_source, "load_calendar", broken)
    try:
        code = main(["deadline", "--received", "17/11/2026 09:00", "--limit", "5 ngày làm việc"])
    finally:
        log_path = errors.bug_log_path()
        errors.uninstall_bug_log()
    _out, err = capsys.readouterr()
    assert code == EXIT_BUG
    assert log_path == (isolated_data_dir / errors.BUG_LOG_NAME).resolve()
    assert "secret_field" not in err and "Traceback" not in err
    assert "lỗi ngoài dự kiến" in err and str(log_path) in err
    logged = log_path.read_text(encoding="utf-8")
    assert "Traceback" in logged and "KeyError: 'secret_field'" in logged


def test_cli_user_error_from_a_service_is_printed(capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from commune_desk.cli import main
    from commune_desk.domain.calendar import CalendarError
    from commune_desk.services import calendar_source

    def refused(*_a: Any, **_k: Any) -> Any:
        raise CalendarError("Lịch chưa có dữ liệu năm 2031.")

    monkeypatch.setattr(calendar_source, "load_calendar", refused)
    code = main(["deadline", "--received", "17/11/2026 09:00", "--limit", "5 ngày làm việc"])
    errors.uninstall_bug_log()
    _out, err = capsys.readouterr()
    assert code == 2 and "Lịch chưa có dữ liệu năm 2031." in err
