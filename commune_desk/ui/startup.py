"""Start-up checks after the first paint: quick_check and the daily backup on workers, shown in the status bar.

The first paint of the desk must not wait for anything that grows with the archive. Reading
and decrypting every page (``PRAGMA quick_check``) and copying the file (the daily backup)
therefore start once the worklist has painted its counts. The check is the first task on the
serial write lane, so any write the clerk starts meanwhile waits behind it; when the check
fails the lane is held (every write is refused with a Vietnamese message), the writing
actions are disabled and a blocking dialog offers to restore a backup. A failed daily backup
is shown in a blocking message too (work may go on: the file itself is sound).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMessageBox, QProgressBar, QWidget

from commune_desk.ui.messages import ui_message

if TYPE_CHECKING:
    from commune_desk.services.backup import StartupCheck
    from commune_desk.ui.main_window import MainWindow

# Screens whose only purpose is to write: disabled when the file fails its check.
WRITING_SCREENS = ("intake",)
FIRST_PAINT_FALLBACK_MS = 3000


class StartupStatus(QWidget):
    """A label and a progress bar in the status bar while the checks run."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.hide()

    def show_step(self, text: str, done: int = 0, total: int = 0) -> None:
        self.label.setText(text)
        self.bar.setRange(0, total)  # 0..0: a busy bar while the total is unknown
        self.bar.setValue(done)
        self.show()


class StartupChecks(QObject):
    """Runs the start-up check and the daily backup for ``window`` once it has painted."""

    check_finished = Signal(object)  # StartupCheck
    backup_finished = Signal(object)  # BackupInfo | None, or the exception
    finished = Signal()

    def __init__(self, window: MainWindow, db_path: Path, key: Any, *,
                 damaged_dialog: Callable[[StartupCheck], QDialog] | None = None,
                 quit_app: Callable[[], None] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.runner = window.ctx.runner
        self.db_path = Path(db_path)
        self.key = key
        self.status = StartupStatus(window)
        window.statusBar().addPermanentWidget(self.status)
        self.check: StartupCheck | None = None
        self.started = False
        self.done = False
        self._damaged_dialog = damaged_dialog or self._default_damaged_dialog
        self._quit_app = quit_app or self._default_quit

    # -- when to start ---------------------------------------------------------------------
    def start_after_first_paint(self) -> None:
        """Start once the worklist has painted its counts (or after a short fallback delay)."""
        self.window.first_painted.connect(self.start)
        # With ``self`` as the timer's context, a window closed before the fallback fires takes
        # the timer with it: checks never start on a store that has been let go.
        QTimer.singleShot(FIRST_PAINT_FALLBACK_MS, self, self.start)

    def start(self) -> None:
        if self.started:
            return
        self.started = True
        self.status.show_step(self.tr("Đang kiểm tra cơ sở dữ liệu…"))
        path, key, runner = self.db_path, self.key, self.runner
        refusal = self.tr("Cơ sở dữ liệu bị hỏng nên mọi thao tác ghi đã bị chặn; hãy khôi "
                          "phục bản sao lưu. Chi tiết: ")

        def check(_token: Any) -> StartupCheck:
            from commune_desk.services.backup import check_at_start

            result = check_at_start(path, key)
            if not result.ok:
                # Set here, on the lane, so writes queued behind the check are refused too.
                runner.hold_writes(refusal + result.message)
            return result

        runner.submit(check, self._on_checked, on_error=self._on_check_error, write=True)

    # -- results -----------------------------------------------------------------------------
    def _on_checked(self, result: StartupCheck) -> None:
        self.check = result
        self.check_finished.emit(result)
        if not result.ok:
            self._block(result)
            return
        self.status.show_step(self.tr("Đang sao lưu hằng ngày…"))
        path, key = self.db_path, self.key

        def backup(token: Any) -> Any:
            from commune_desk.services.backup import daily_backup_if_due

            return daily_backup_if_due(path, key, progress=token.progress)

        self.runner.submit(
            backup,
            self._on_backed_up, on_error=self._on_backup_error,
            on_progress=lambda d, t: self.status.show_step(
                self.tr("Đang sao lưu hằng ngày…"), d, t))

    def _on_check_error(self, exc: BaseException) -> None:
        from commune_desk.services.backup import StartupCheck

        # The check itself could not run (unreadable file): treat it as a failed check.
        self._on_checked(StartupCheck(False, ui_message(exc), None))

    def _block(self, result: StartupCheck) -> None:
        if self.runner.writes_held is None:
            self.runner.hold_writes(result.message)
        for key in WRITING_SCREENS:
            action = self.window.nav_actions.get(key)
            if action is not None:
                action.setEnabled(False)
        self.status.show_step(self.tr("Cơ sở dữ liệu bị hỏng: đã chặn mọi thao tác ghi."), 1, 1)
        self._finish()
        dialog = self._damaged_dialog(result)
        dialog.exec()
        # Restored or not, this window shows the damaged file: the desk closes; the next
        # start opens the restored one.
        self._quit_app()

    def _on_backed_up(self, info: Any) -> None:
        self.backup_finished.emit(info)
        if info is None:
            self.status.hide()
        else:
            self.status.show_step(self.tr("Đã sao lưu hằng ngày: %s") % Path(info.path).name,
                                  1, 1)
            QTimer.singleShot(8000, self.status.hide)
        self._finish()

    def _on_backup_error(self, exc: BaseException) -> None:
        self.backup_finished.emit(exc)
        self.status.show_step(self.tr("Sao lưu hằng ngày không thành công."), 0, 1)
        self._finish()
        QMessageBox.warning(self.window, self.tr("Sao lưu hằng ngày"), self.tr(
            "Chưa sao lưu được cơ sở dữ liệu hôm nay: ") + ui_message(exc))

    def _finish(self) -> None:
        self.done = True
        self.finished.emit()

    # -- defaults for the real app -----------------------------------------------------------
    def _default_damaged_dialog(self, result: StartupCheck) -> QDialog:
        from commune_desk.ui.auth import DamagedDatabaseDialog
        from commune_desk.ui.workers import TaskRunner

        # The restore replaces the file: the store lets go of it first, and the restore runs
        # on a runner of its own (this one's write lane is held).
        self.window.ctx.store.close()
        return DamagedDatabaseDialog(self.db_path, self.key, result, TaskRunner(self),
                                     self.window)

    def _default_quit(self) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.quit()
