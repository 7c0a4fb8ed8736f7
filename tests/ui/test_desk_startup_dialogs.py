"""Start-up dialogs (#13 defect 12): a wrong database passphrase is typed again instead of
closing the app; the login dialog grows so a long error message shows whole."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")

RIGHT = "mật khẩu đúng của xã 2026"


def test_wrong_passphrase_is_retried_then_opens(qtbot: Any, tmp_path: Path,
                                                monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QDialog

    from commune_desk import app
    from commune_desk.store import open_store
    from commune_desk.store.crypto import PASSPHRASE_ENV, passphrase_key
    from commune_desk.ui.auth import NoKeyringDialog

    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    path = tmp_path / "desk.sqlite3"
    open_store(path, passphrase_key(RIGHT)).close()
    seen: list[NoKeyringDialog] = []

    def drive(dialog: NoKeyringDialog) -> int:
        """What the administrator does: two wrong passphrases, then the right one."""
        qtbot.addWidget(dialog)
        dialog.show()
        seen.append(dialog)
        for attempt, wrong in enumerate(("sai mật khẩu rồi 1", "sai mật khẩu rồi 2"), 1):
            dialog.passphrase_edit.setText(wrong)
            dialog._on_ok()
            assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
            assert dialog.attempts == attempt
            assert "Mật khẩu không đúng" in dialog.error.text()
            assert "not a database" not in dialog.error.text()
            assert dialog.error.isVisible()
            assert dialog.error.height() >= dialog.error.heightForWidth(dialog.error.width())
        dialog.passphrase_edit.setText(RIGHT)
        dialog._on_ok()
        return int(dialog.result())

    monkeypatch.setattr(NoKeyringDialog, "exec", drive)
    opened = app._open_store_interactive(path, None)  # type: ignore[arg-type]
    assert opened is not None and len(seen) == 1
    store, key = opened
    try:
        assert key.pragma_value() == passphrase_key(RIGHT).pragma_value()
        assert store.path == path
    finally:
        store.close()


def test_cancel_on_passphrase_still_stops(qtbot: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from commune_desk import app
    from commune_desk.store import open_store
    from commune_desk.store.crypto import PASSPHRASE_ENV, passphrase_key
    from commune_desk.ui.auth import NoKeyringDialog

    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    path = tmp_path / "desk.sqlite3"
    open_store(path, passphrase_key(RIGHT)).close()
    monkeypatch.setattr(NoKeyringDialog, "exec", lambda self: 0)
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.critical", lambda *_a, **_k: 0)
    assert app._open_store_interactive(path, None) is None  # type: ignore[arg-type]


def test_login_error_is_not_clipped(qtbot: Any) -> None:
    from fake_pool import FakeThreadPool

    from commune_desk.ui.auth import LoginDialog
    from commune_desk.ui.workers import TaskRunner

    runner = TaskRunner(read_pool=FakeThreadPool(), write_pool=FakeThreadPool())
    dialog = LoginDialog(object(), runner, desk_name="Xã Nghĩa Đàn")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    text = ("Tài khoản “tiepnhan1” đã bị khóa tạm thời sau năm lần nhập sai mật khẩu liên tiếp; "
            "hãy chờ mười lăm phút rồi thử lại, hoặc nhờ quản trị viên của xã mở khóa tài khoản "
            "trên màn hình Tài khoản.")
    dialog.show_error(text)
    label = dialog.error
    assert label.wordWrap() and label.isVisible()
    assert dialog.height() > before  # the dialog grew for the message
    # The label is tall enough for all its wrapped lines and lies inside the dialog.
    assert label.height() >= label.heightForWidth(label.width())
    assert label.geometry().bottom() <= dialog.height()
    assert label.width() <= dialog.width()
