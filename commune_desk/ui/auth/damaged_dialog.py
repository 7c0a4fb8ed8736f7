"""Startup dialog when the database fails its integrity check: restore the latest good backup."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commune_desk.domain.permissions import SYSTEM_ACTOR
from commune_desk.services import backup as backup_service
from commune_desk.ui.messages import tr_message, ui_message
from commune_desk.ui.workers import TaskRunner


class DamagedDatabaseDialog(QDialog):
    """Shows ``StartupCheck.message``; offers the latest good backup, another file, or quit.

    Accepted ⇒ the file was restored (``result`` holds the ``RestoreResult``) and the app may
    continue opening it. Nobody is signed in yet, so the restore runs as the system actor: the
    person at the PC already holds the OS account with the database key.
    """

    def __init__(
        self,
        db_path: Path,
        key: Any,
        check: backup_service.StartupCheck,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        choose_file: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cơ sở dữ liệu bị hỏng"))
        self._db = Path(db_path)
        self._key = key
        self._runner = runner
        self._choose_file = choose_file or (
            lambda: QFileDialog.getOpenFileName(self, self.tr("Chọn tệp sao lưu"), "",
                                                self.tr("Sao lưu Commune Desk (*.sqlite3)"))[0]
        )
        self.result: Any = None
        self.message = QLabel(tr_message(check.message))
        self.message.setWordWrap(True)
        self.latest_button = QPushButton(self.tr("Khôi phục bản sao lưu tốt gần nhất"))
        self.latest_button.setEnabled(check.latest_good_backup is not None)
        self.file_button = QPushButton(self.tr("Chọn tệp sao lưu khác…"))
        self.quit_button = QPushButton(self.tr("Thoát"))
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        bar = QHBoxLayout()
        for b in (self.latest_button, self.file_button, self.quit_button):
            bar.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(bar)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self._latest = check.latest_good_backup
        self.latest_button.clicked.connect(lambda: self._restore(self._latest))
        self.file_button.clicked.connect(self._on_file_clicked)
        self.quit_button.clicked.connect(self.reject)

    def _on_file_clicked(self) -> None:
        chosen = self._choose_file()
        if chosen:
            self._restore(Path(chosen))

    def _restore(self, source: Path | None) -> None:
        if source is None:
            return
        for b in (self.latest_button, self.file_button, self.quit_button):
            b.setEnabled(False)
        self.progress.show()
        self.status.setText(self.tr("Đang khôi phục từ %1…").replace("%1", source.name))
        db, key = self._db, self._key
        self._runner.submit(
            lambda token: backup_service.restore(db, source, key, SYSTEM_ACTOR,
                                                 progress=token.progress),
            self._on_restored,
            on_error=self._on_failed,
            on_progress=lambda d, t: self.progress.setValue(d * 100 // t if t else 0),
            write=True,
        )

    def _on_restored(self, result: Any) -> None:
        self.result = result
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.status.setText(ui_message(exc))
        self.latest_button.setEnabled(self._latest is not None)
        self.file_button.setEnabled(True)
        self.quit_button.setEnabled(True)
