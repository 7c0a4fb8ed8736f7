"""Backup and restore dialog: back up now or to a folder (USB), restore; work runs on a worker."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commune_desk.domain.permissions import Action, Actor, can
from commune_desk.services import backup as backup_service
from commune_desk.ui.messages import ui_message
from commune_desk.ui.workers import TaskRunner


def _size(n: int) -> str:
    return f"{max(1, n // 1024):,} KB".replace(",", ".")


class BackupDialog(QDialog):
    """Lists backups beside the database and offers back up / back up to folder / restore.

    Dependencies: ``db_path`` and ``key`` (a ``crypto.DbKey`` or None), the signed-in ``actor``,
    a ``TaskRunner``; ``close_store()`` is called before a restore so no connection holds the
    file, ``reopen_store(result)`` after it (the app rebuilds its services on the new file).
    ``choose_folder`` / ``choose_file`` / ``confirm`` default to Qt dialogs; tests inject them.
    """

    def __init__(
        self,
        db_path: Path,
        key: Any,
        actor: Actor,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        close_store: Callable[[], None] = lambda: None,
        reopen_store: Callable[[Any], None] = lambda _r: None,
        choose_folder: Callable[[], str] | None = None,
        choose_file: Callable[[], str] | None = None,
        confirm: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sao lưu và khôi phục"))
        self._db = Path(db_path)
        self._key = key
        self._actor = actor
        self._runner = runner
        self._close_store = close_store
        self._reopen_store = reopen_store
        self._choose_folder = choose_folder or (
            lambda: QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục sao lưu (ví dụ ổ USB)"))
        )
        self._choose_file = choose_file or (
            lambda: QFileDialog.getOpenFileName(
                self, self.tr("Chọn tệp sao lưu"), str(backup_service.backup_dir_for(self._db)),
                self.tr("Sao lưu Commune Desk (*.sqlite3);;Mọi tệp (*)"))[0]
        )
        self._confirm = confirm or (
            lambda text: QMessageBox.question(self, self.tr("Xác nhận khôi phục"), text)
            == QMessageBox.StandardButton.Yes
        )
        self.last_result: Any = None

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Các bản sao lưu"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backup_button = QPushButton(self.tr("Sao lưu ngay"))
        self.backup_to_button = QPushButton(self.tr("Sao lưu ra thư mục…"))
        self.restore_button = QPushButton(self.tr("Khôi phục bản đã chọn"))
        self.restore_file_button = QPushButton(self.tr("Khôi phục từ tệp…"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        allowed = can(actor, Action.MANAGE_BACKUPS)
        for button in (self.restore_button, self.restore_file_button):
            button.setVisible(allowed)
        bar = QHBoxLayout()
        for button in (self.backup_button, self.backup_to_button, self.restore_button,
                       self.restore_file_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Các bản sao lưu tự động trong %1:").replace(
            "%1", str(backup_service.backup_dir_for(self._db)))))
        layout.addWidget(self.list)
        layout.addLayout(bar)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self.backup_button.clicked.connect(lambda: self._start_backup(None))
        self.backup_to_button.clicked.connect(self._on_backup_to_clicked)
        self.restore_button.clicked.connect(self._on_restore_selected_clicked)
        self.restore_file_button.clicked.connect(self._on_restore_file_clicked)
        self.refresh_list()

    # ------------------------------------------------------------------ list
    def refresh_list(self) -> None:
        self.list.clear()
        folder = backup_service.backup_dir_for(self._db)
        for path, kind, when in backup_service.list_backups(folder, self._db.stem):
            label = backup_service.KIND_LABELS.get(kind, kind)
            item = QListWidgetItem(
                f"{when:%H:%M:%S %d/%m/%Y} — {label} — {_size(path.stat().st_size)}"
            )
            item.setData(256, str(path))
            self.list.addItem(item)

    def _busy(self, busy: bool, text: str = "") -> None:
        for b in (self.backup_button, self.backup_to_button, self.restore_button,
                  self.restore_file_button):
            b.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        if text:
            self.status.setText(text)

    def _on_progress(self, done: int, total: int) -> None:
        if total:
            self.progress.setValue(done * 100 // total)

    def _on_failed(self, exc: BaseException) -> None:
        self._busy(False, ui_message(exc))

    # ------------------------------------------------------------------ backup
    def _on_backup_to_clicked(self) -> None:
        folder = self._choose_folder()
        if folder:
            self._start_backup(Path(folder))

    def _start_backup(self, folder: Path | None) -> None:
        self._busy(True, self.tr("Đang sao lưu…"))
        db, key = self._db, self._key

        def work(token: Any) -> Any:
            info = backup_service.make_backup(db, key, dest_dir=folder, kind="manual",
                                              progress=token.progress)
            if folder is None:
                backup_service.rotate(info.path.parent, db.stem)
            return info

        self._runner.submit(work, self._on_backed_up, on_error=self._on_failed,
                            on_progress=self._on_progress)

    def _on_backed_up(self, info: Any) -> None:
        self._busy(False, self.tr("Đã sao lưu và kiểm tra: %1 (%2, %3 hồ sơ).")
                   .replace("%1", str(info.path)).replace("%2", _size(info.size))
                   .replace("%3", f"{info.dossiers:,}".replace(",", ".")))
        self.refresh_list()

    # ------------------------------------------------------------------ restore
    def _on_restore_selected_clicked(self) -> None:
        item = self.list.currentItem()
        if item is None:
            self.status.setText(self.tr("Hãy chọn một bản sao lưu trong danh sách."))
            return
        self._start_restore(Path(item.data(256)))

    def _on_restore_file_clicked(self) -> None:
        chosen = self._choose_file()
        if chosen:
            self._start_restore(Path(chosen))

    def _start_restore(self, source: Path) -> None:
        if not self._confirm(
            self.tr("Khôi phục dữ liệu từ %1? Dữ liệu hiện tại được sao lưu trước "
                    "(bản “trước khi khôi phục”), rồi thay bằng bản đã chọn. Sau khi khôi phục, "
                    "bàn làm việc tạm dừng đồng bộ cho tới khi quản trị viên cho phép."
                    ).replace("%1", source.name)
        ):
            return
        self._busy(True, self.tr("Đang khôi phục…"))
        self._close_store()
        db, key, actor = self._db, self._key, self._actor

        def work(token: Any) -> Any:
            return backup_service.restore(db, source, key, actor, progress=token.progress)

        def failed(exc: BaseException) -> None:
            self._on_failed(exc)
            self._reopen_store(None)

        self._runner.submit(work, self._on_restored, on_error=failed,
                            on_progress=self._on_progress, write=True)

    def _on_restored(self, result: Any) -> None:
        self.last_result = result
        self._busy(False, self.tr("Đã khôi phục từ %1. Kỳ đồng bộ mới: %2; đồng bộ tạm dừng "
                                  "chờ quản trị viên cho phép.")
                   .replace("%1", result.restored_from.name).replace("%2", str(result.epoch)))
        self.refresh_list()
        self._reopen_store(result)
