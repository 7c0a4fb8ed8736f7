"""The main window: a thin shell of actions, a toolbar, a status bar and routing between screens."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from commune_desk.domain.permissions import ROLE_LABELS, Action
from commune_desk.errors import user_message
from commune_desk.ui.context import DeskContext
from commune_desk.ui.worklist.screen import WorklistScreen

if TYPE_CHECKING:
    from commune_desk.ui.dashboard.screen import DashboardScreen
    from commune_desk.ui.detail.screen import DetailScreen
    from commune_desk.ui.dossiers.screen import DossierListScreen
    from commune_desk.ui.intake.screen import IntakeScreen
    from commune_desk.ui.settings.screen import SettingsScreen
    from commune_desk.ui.sync.loop import SyncLoop

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Holds the screens; routes 'open this dossier' and shows messages in one place."""

    def __init__(self, ctx: DeskContext, *, desk_title: str = "",
                 prefs: QSettings | None = None,
                 mounts: dict[str, Callable[[QWidget], QWidget | None]] | None = None,
                 sync_loop: SyncLoop | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.sync_loop = sync_loop  # started after the first paint on an enrolled desk
        self.setWindowTitle(self.tr("Bàn làm việc một cửa") + (f" — {desk_title}" if desk_title else ""))
        self.prefs = prefs if prefs is not None else QSettings()
        self.resize(1366, 768)
        geometry = self.prefs.value("window/geometry")
        if geometry:  # size, position and screen of the last session
            self.restoreGeometry(geometry)
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)

        self._prefs = prefs
        # Only the worklist is built before the first paint; the other screens (and their
        # modules) are built the first time they are shown or used: see ``_screen``.
        self.worklist = WorklistScreen(ctx, self)
        self.screens: dict[str, QWidget] = {"worklist": self.worklist}
        self.stack.addWidget(self.worklist)
        self._builders: dict[str, Callable[[], QWidget]] = {
            "dossiers": self._build_dossiers, "intake": self._build_intake,
            "detail": self._build_detail, "dashboard": self._build_dashboard,
            "settings": self._build_settings,
        }
        # Screens other parts hand over (paper reports, sync panel, obstacles, accounts) are
        # built the first time the user opens them: their imports stay off the start-up path.
        self._factories = {k: f for k, f in (mounts or {}).items() if not k.startswith("__")}

        self.toolbar = QToolBar(self.tr("Điều hướng"), self)
        self.toolbar.setObjectName("navigation")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.nav_actions: dict[str, QAction] = {}
        nav = [
            ("worklist", self.tr("Việc cần làm"), "Ctrl+1", None),
            ("dossiers", self.tr("Danh sách hồ sơ"), "Ctrl+2", None),
            ("intake", self.tr("Tiếp nhận"), "Ctrl+N", Action.RECEIVE),
            ("dashboard", self.tr("Tổng quan"), "Ctrl+3", Action.VIEW_REPORTS),
            ("reports", self.tr("Báo cáo, sổ"), "Ctrl+4", Action.VIEW_REPORTS),
            ("sync", self.tr("Đồng bộ"), "Ctrl+5", None),
            ("obstacles", self.tr("Vướng mắc"), "Ctrl+6", None),
            ("users", self.tr("Tài khoản"), "Ctrl+7", Action.MANAGE_USERS),
            ("settings", self.tr("Cài đặt"), "Ctrl+,", None),
        ]
        for key, text, shortcut, permission in nav:
            action = QAction(f"{text}", self)
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{text} ({shortcut})")
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, k=key: self.show_screen(k))
            present = key in self.screens or key in self._builders or key in self._factories
            action.setEnabled(present and (permission is None or ctx.can(permission)))
            if present:
                self.toolbar.addAction(action)
            self.nav_actions[key] = action
        find = QAction(self.tr("Tìm hồ sơ"), self)
        find.setShortcut(QKeySequence("Ctrl+F"))
        find.triggered.connect(self._on_find_triggered)
        self.addAction(find)

        self.user_label = QLabel(
            f"{ctx.actor.full_name or ctx.actor.login} · {QCoreApplication.translate('labels', ROLE_LABELS[ctx.actor.role])}", self)
        self.busy_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self._status_factory = (mounts or {}).get("__status__")
        # Administration menu: backup and restore (the dialog is built when first asked for).
        self._backup_factory = (mounts or {}).get("__backup__")
        self.backup_dialog: QWidget | None = None
        system_menu = self.menuBar().addMenu(self.tr("Hệ thống"))
        self.backup_action = QAction(self.tr("Sao lưu, khôi phục…"), self)
        self.backup_action.setEnabled(self._backup_factory is not None
                                      and ctx.can(Action.MANAGE_BACKUPS))
        if not ctx.can(Action.MANAGE_BACKUPS):
            self.backup_action.setToolTip(self.tr("Chỉ quản trị viên được sao lưu, khôi phục."))
        self.backup_action.triggered.connect(self.open_backup_dialog)
        system_menu.addAction(self.backup_action)
        system_menu.setToolTipsVisible(True)

        ctx.runner.busy_changed.connect(self._on_runner_busy_changed)
        ctx.runner.task_failed.connect(self._on_runner_task_failed)
        ctx.events.message.connect(self._on_events_message)
        ctx.events.open_dossier.connect(self.open_dossier)
        self.worklist.bucket_chosen.connect(self._on_worklist_bucket_chosen)
        self.worklist.intake_requested.connect(lambda: self.show_screen("intake"))
        self._back_to: str = "dossiers"
        self._started = False
        self._others_loaded = False
        self._painted = False
        self._closing = False

    # --- screens built on first use ----------------------------------------------------------
    def _screen(self, key: str) -> QWidget:
        widget = self.screens.get(key)
        if widget is None:
            widget = self._builders.pop(key)()
            self.screens[key] = widget
            self.stack.addWidget(widget)
        return widget

    def _build_dossiers(self) -> QWidget:
        from commune_desk.ui.dossiers.screen import DossierListScreen

        screen = DossierListScreen(self.ctx, self)
        screen.open_requested.connect(self.open_dossier)
        return screen

    def _build_intake(self) -> QWidget:
        from commune_desk.ui.intake.screen import IntakeScreen

        screen = IntakeScreen(self.ctx, self, prefs=self._prefs)
        screen.open_dossier.connect(self.open_dossier)
        return screen

    def _build_detail(self) -> QWidget:
        from commune_desk.ui.detail.screen import DetailScreen

        screen = DetailScreen(self.ctx, self)
        screen.back_requested.connect(lambda: self.show_screen(self._back_to))
        return screen

    def _build_dashboard(self) -> QWidget:
        from commune_desk.ui.dashboard.screen import DashboardScreen

        screen = DashboardScreen(self.ctx, self)
        screen.list_requested.connect(self._on_dashboard_list_requested)
        return screen

    def _build_settings(self) -> QWidget:
        from commune_desk.ui.settings.screen import SettingsScreen

        return SettingsScreen(self.ctx, self)

    @property
    def dossiers(self) -> DossierListScreen:
        return self._screen("dossiers")  # type: ignore[return-value]

    @property
    def intake(self) -> IntakeScreen:
        return self._screen("intake")  # type: ignore[return-value]

    @property
    def detail(self) -> DetailScreen:
        return self._screen("detail")  # type: ignore[return-value]

    @property
    def dashboard(self) -> DashboardScreen:
        return self._screen("dashboard")  # type: ignore[return-value]

    @property
    def settings(self) -> SettingsScreen:
        return self._screen("settings")  # type: ignore[return-value]

    # --- routing ---------------------------------------------------------------------------
    def start(self) -> None:
        """Load what the first screen needs (on workers) and show the worklist."""
        if self._started:
            return
        self._started = True
        # The first paint is the worklist's counts (index probes). The archive's list and its
        # filter choices walk indexes as big as the archive: they load once the counts have
        # painted (or when their screen is opened first), never in competition with them.
        # After the paint that shows the counts: building the list and intake screens (on
        # this thread) must not delay it; the sync status widget and the sync loop (the sync
        # protocol's imports) wait for it too. A worklist that is not on screen (another
        # screen was restored) does not paint: then right after the counts.
        self.worklist.counts_painted.connect(self._after_first_paint)
        self.worklist.counts_loaded.connect(
            lambda _c: None if self.worklist.isVisible()
            else QTimer.singleShot(0, self._after_first_paint))
        QTimer.singleShot(3000, self._after_first_paint)  # the counts failed: load anyway
        self.worklist.reload()
        self.show_screen("worklist")
        last = str(self.prefs.value("window/screen", "") or "")
        if last in ("dossiers", "intake", "dashboard", "settings") and last != "worklist":
            action = self.nav_actions.get(last)
            if action is not None and action.isEnabled():
                self.show_screen(last)  # the screen the clerk left the desk on

    def _after_first_paint(self) -> None:
        if self._painted:
            return
        self._painted = True
        self._load_other_screens()
        if self._status_factory is not None:
            QTimer.singleShot(0, self._mount_status_widget)
        if self.sync_loop is not None:
            QTimer.singleShot(0, self._start_sync_loop)

    def _load_other_screens(self, *_args: Any) -> None:
        if self._others_loaded:
            return
        self._others_loaded = True
        self.dossiers.load_choices()
        self.dossiers.reload()
        self.intake.load_reference()

    def _start_sync_loop(self) -> None:
        """Run the sync loop's thread only on a desk enrolled with a server (asked on a worker)."""
        from commune_desk.services.sync import sync_summary

        store = self.ctx.store
        self.ctx.runner.submit(lambda _t: sync_summary(store).enrolled, self._on_enrolment_known)

    def _on_enrolment_known(self, enrolled: bool) -> None:
        loop = self.sync_loop
        if loop is None or loop.isRunning():
            return
        if enrolled and not self._closing:
            loop.start()
        else:
            loop.mark_not_enrolled()

    def _mount_status_widget(self) -> None:
        factory, self._status_factory = self._status_factory, None
        widget = self._build_part("__status__", factory) if factory else None
        if widget is not None:
            self.statusBar().addPermanentWidget(widget)
            enrol = getattr(widget, "enrol_requested", None)
            if enrol is not None:  # "Đồng bộ ngay" on a desk with no server: the enrolment form
                enrol.connect(self._on_enrol_requested)

    def _on_enrol_requested(self) -> None:
        action = self.nav_actions.get("sync")
        if action is None or not action.isEnabled():
            return
        self.show_screen("sync")

    def open_backup_dialog(self) -> None:
        """Administrators: the backup/restore dialog, window-modal, never blocking the loop."""
        if self._backup_factory is None or not self.ctx.can(Action.MANAGE_BACKUPS):
            return
        if self.backup_dialog is None:
            self.backup_dialog = self._build_part("__backup__", self._backup_factory)
            if self.backup_dialog is None:
                return
        dialog = self.backup_dialog
        open_ = getattr(dialog, "open", None)
        if callable(open_):
            open_()
        dialog.raise_()

    def restart_after_restore(self, restored: bool) -> None:
        """The database file was replaced (or a restore failed after the store was closed):
        the desk cannot keep working on it; say so and close (the clerk starts it again)."""
        from PySide6.QtWidgets import QMessageBox

        text = (self.tr("Đã khôi phục dữ liệu. Phần mềm sẽ đóng lại; hãy mở lại để làm việc "
                        "trên dữ liệu đã khôi phục.") if restored else
                self.tr("Khôi phục không thành công, dữ liệu hiện tại giữ nguyên. Phần mềm sẽ "
                        "đóng lại; hãy mở lại để tiếp tục làm việc."))
        if self.isVisible() and not getattr(self, "_quiet", False):
            QMessageBox.information(self, self.tr("Sao lưu và khôi phục"), text)
        self.statusBar().showMessage(text)
        self._closing = True  # nothing left to ask about: the file under the screens is gone
        QTimer.singleShot(0, self.close)

    def _build_part(self, key: str, factory: Callable[[QWidget], QWidget | None]) -> QWidget | None:
        try:
            return factory(self)
        except Exception as exc:  # a broken optional part must not stop the desk
            log.exception("could not mount %s", key)
            names = {"__status__": self.tr("trạng thái đồng bộ"), "reports": self.tr("Báo cáo"),
                     "sync": self.tr("Đồng bộ"), "obstacles": self.tr("Vướng mắc"),
                     "users": self.tr("Tài khoản"), "__backup__": self.tr("Sao lưu, khôi phục")}
            self.statusBar().showMessage(
                self.tr("Không mở được phần “%1”: %2").replace("%1", names.get(key, key))
                .replace("%2", user_message(exc)), 15_000)
            return None

    def show_screen(self, key: str) -> None:
        widget = self._screen(key) if key in self.screens or key in self._builders else None
        if widget is None and key in self._factories:
            widget = self._build_part(key, self._factories.pop(key))
            if widget is None:
                self.nav_actions[key].setEnabled(False)
                return
            self.screens[key] = widget
            self.stack.addWidget(widget)
        if widget is None:
            return
        if key != "detail" and key in ("worklist", "dossiers"):
            self._back_to = key
        self.stack.setCurrentWidget(widget)
        for k, action in self.nav_actions.items():
            action.setChecked(k == key)
        if key in ("dossiers", "intake") and self._started:
            self._load_other_screens()
        if key == "dossiers":
            self.dossiers.view.setFocus()
        on_show = getattr(widget, "on_shown", None)
        if callable(on_show):
            on_show()

    def current_screen(self) -> str:
        current = self.stack.currentWidget()
        return next((k for k, w in self.screens.items() if w is current), "")

    def open_dossier(self, dossier_id: str) -> None:
        if self.current_screen() in ("worklist", "dossiers"):
            self._back_to = self.current_screen()
        self.detail.show_dossier(dossier_id)
        self.show_screen("detail")

    def _on_worklist_bucket_chosen(self, kind: str) -> None:
        self.dossiers.show_worklist(kind)
        self.show_screen("dossiers")

    def _on_dashboard_list_requested(self, criteria: dict[str, Any]) -> None:
        self.dossiers.show_filtered(**criteria)
        self.show_screen("dossiers")

    def _on_find_triggered(self) -> None:
        self.show_screen("dossiers")
        self.dossiers.search.setFocus()
        self.dossiers.search.selectAll()

    # --- messages (the one place users see errors) -----------------------------------------
    def _on_runner_busy_changed(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Đang xử lý…") if busy else "")

    def _on_runner_task_failed(self, exc: BaseException) -> None:
        self._on_events_message("error", user_message(exc))

    def _on_events_message(self, level: str, text: str) -> None:
        if level == "error":
            self.statusBar().showMessage(text, 15_000)
            if self.isVisible() and not getattr(self, "_quiet", False):
                QMessageBox.warning(self, self.tr("Có lỗi"), text)
        else:
            self.statusBar().showMessage(text, 8_000)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing and not self.intake.confirm_discard():
            event.ignore()  # unsaved intake: the clerk chose to stay
            return
        self.prefs.setValue("window/geometry", self.saveGeometry())
        if self.current_screen() not in ("", "detail"):
            self.prefs.setValue("window/screen", self.current_screen())
        self._closing = True
        if self.sync_loop is not None:
            self.sync_loop.stop()
        # Writes in flight finish before the window goes (they are short transactions).
        self.ctx.runner.wait_for_done(10_000)
        super().closeEvent(event)
