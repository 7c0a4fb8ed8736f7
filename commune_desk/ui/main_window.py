"""The main window: a thin shell of actions, a toolbar, a status bar and routing between screens."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
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
from commune_desk.ui.geometry import restore_window_geometry
from commune_desk.ui.messages import tr_message
from commune_desk.ui.worklist.screen import WorklistScreen

if TYPE_CHECKING:
    from commune_desk.ui.dashboard.screen import DashboardScreen
    from commune_desk.ui.detail.screen import DetailScreen
    from commune_desk.ui.dossiers.screen import DossierListScreen
    from commune_desk.ui.intake.screen import IntakeScreen
    from commune_desk.ui.settings.screen import SettingsScreen
    from commune_desk.ui.sync.loop import SyncLoop

log = logging.getLogger(__name__)


Mounts = dict[str, Callable[[QWidget], QWidget | None]]


class MainWindow(QMainWindow):
    """Holds the screens; routes 'open this dossier' and shows messages in one place.

    The screens belong to the signed-in user: logging out, switching user or unlocking as
    someone else builds them again for the new user's role (``switch_user``). The store, the
    task runner, the bus, the calendar and the sync loop stay: the database is never closed
    and its passphrase never asked again. ``mounts`` may be a function of the context, so
    the parts other teams provide follow the role too.
    """

    # Once, after the paint that first showed the worklist's counts (or its fallback): what
    # must not delay that paint (other screens, sync, the start-up checks) starts then.
    first_painted = Signal()

    def __init__(self, ctx: DeskContext, *, desk_title: str = "",
                 prefs: QSettings | None = None,
                 mounts: Mounts | Callable[[DeskContext], Mounts] | None = None,
                 sync_loop: SyncLoop | None = None,
                 sign_in: Callable[[str, str], Any] | None = None,
                 accounts: Any = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.sync_loop = sync_loop  # started after the first paint on an enrolled desk
        self._desk_title = desk_title
        self.setWindowTitle(self.tr("Bàn làm việc một cửa") + (f" — {desk_title}" if desk_title else ""))
        self.prefs = prefs if prefs is not None else QSettings()
        self.resize(1366, 768)
        geometry = self.prefs.value("window/geometry")
        if geometry:  # size, position and screen of the last session
            restore_window_geometry(self, geometry)
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)

        self._prefs = prefs
        self._mounts_for = mounts if callable(mounts) else (lambda _ctx, m=mounts or {}: m)
        mounted = self._mounts_for(ctx)
        self._status_factory = mounted.get("__status__")

        self.toolbar = QToolBar(self.tr("Điều hướng"), self)
        self.toolbar.setObjectName("navigation")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.nav_actions: dict[str, QAction] = {}
        find = QAction(self.tr("Tìm hồ sơ"), self)
        find.setShortcut(QKeySequence("Ctrl+F"))
        find.triggered.connect(self._on_find_triggered)
        self.addAction(find)

        self.user_label = QLabel(self)
        self.busy_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.user_label)
        # Administration menu: session, backup and restore (the dialog is built when asked for).
        self.backup_dialog: QWidget | None = None
        system_menu = self.menuBar().addMenu(self.tr("Hệ thống"))
        self.system_menu = system_menu
        self._sign_in = sign_in
        self._accounts = accounts
        self.lock_action = QAction(self.tr("Khóa màn hình"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda: self.lock())
        self.switch_action = QAction(self.tr("Đổi người dùng…"), self)
        self.switch_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.switch_action.triggered.connect(self.ask_switch_user)
        self.logout_action = QAction(self.tr("Đăng xuất"), self)
        self.logout_action.triggered.connect(self.log_out)
        for action in (self.lock_action, self.switch_action, self.logout_action):
            action.setEnabled(sign_in is not None)
            if sign_in is None:
                action.setToolTip(self.tr("Bàn làm việc này chạy không có tài khoản đăng nhập."))
            system_menu.addAction(action)
            self.addAction(action)  # the shortcut works with the menu closed
        system_menu.addSeparator()
        self.backup_action = QAction(self.tr("Sao lưu, khôi phục…"), self)
        self.backup_action.triggered.connect(self.open_backup_dialog)
        system_menu.addAction(self.backup_action)
        system_menu.addSeparator()
        self.quit_action = QAction(self.tr("Thoát"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # a window without a title bar too
        self.quit_action.triggered.connect(self.close)  # closeEvent asks about an unsaved intake
        system_menu.addAction(self.quit_action)
        self.addAction(self.quit_action)  # the shortcut works with the menu closed
        system_menu.setToolTipsVisible(True)

        ctx.runner.busy_changed.connect(self._on_runner_busy_changed)
        ctx.runner.task_failed.connect(self._on_runner_task_failed)
        ctx.events.message.connect(self._on_events_message)
        ctx.events.open_dossier.connect(self.open_dossier)
        self._started = False
        self._others_loaded = False
        self._painted = False
        self._closing = False
        self.last_notice = ""  # the last notice shown in a message box (tests read it)
        self._retired: list[QWidget] = []  # screens of the previous user, deleted when idle
        self.lock_screen: Any = None  # ui.auth.LockScreen, built the first time it is needed
        self._focus_before_lock: QWidget | None = None
        from commune_desk.ui.session import SessionGuard, idle_minutes

        self.guard = SessionGuard(self)
        self.guard.set_idle_minutes(idle_minutes(self.prefs))
        self.guard.idle.connect(self._on_idle)
        self._build_for_user(mounted)

    # --- the signed-in user's screens -----------------------------------------------------------
    def _build_for_user(self, mounted: Mounts) -> None:
        """Screens, navigation and menu entries for ``self.ctx.actor`` (its role decides)."""
        ctx = self.ctx
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
        self._factories = {k: f for k, f in mounted.items() if not k.startswith("__")}
        self._backup_factory = mounted.get("__backup__")
        self.toolbar.clear()
        for old in self.nav_actions.values():
            old.deleteLater()
        self.nav_actions = {}
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
        self.user_label.setText(
            f"{ctx.actor.full_name or ctx.actor.login} · "
            f"{QCoreApplication.translate('labels', ROLE_LABELS[ctx.actor.role])}")
        self.backup_action.setEnabled(self._backup_factory is not None
                                      and ctx.can(Action.MANAGE_BACKUPS))
        self.backup_action.setToolTip(
            "" if ctx.can(Action.MANAGE_BACKUPS)
            else self.tr("Chỉ quản trị viên được sao lưu, khôi phục."))
        self.worklist.bucket_chosen.connect(self._on_worklist_bucket_chosen)
        self.worklist.intake_requested.connect(lambda: self.show_screen("intake"))
        self._back_to = "dossiers"

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

        screen = SettingsScreen(self.ctx, self, prefs=self.prefs)
        screen.idle_minutes_changed.connect(self.guard.set_idle_minutes)
        return screen

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
        if self._sign_in is not None:
            self.guard.start()  # idle counting (locks after the remembered minutes)
        last = str(self.prefs.value("window/screen", "") or "")
        if last in ("dossiers", "intake", "dashboard", "settings") and last != "worklist":
            action = self.nav_actions.get(last)
            if action is not None and action.isEnabled():
                self.show_screen(last)  # the screen the clerk left the desk on

    def _after_first_paint(self) -> None:
        if self._painted:
            return
        self._painted = True
        self.first_painted.emit()
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
        """"Đồng bộ ngay" on a desk with no server: an administrator gets the enrolment form;
        anyone else is told that an administrator enrols the desk, and how."""
        from commune_desk.ui.sync.status import enrol_needs_admin_text, may_enrol

        if not may_enrol(self.ctx.actor):
            text = enrol_needs_admin_text()
            self.statusBar().showMessage(text, 15_000)
            if self.isVisible() and not getattr(self, "_quiet", False):
                QMessageBox.information(self, self.tr("Chưa đăng ký máy chủ đồng bộ"), text)
            self.last_notice = text
            return
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
        if not busy:
            self._delete_retired()

    def _on_runner_task_failed(self, exc: BaseException) -> None:
        self._on_events_message("error", user_message(exc))

    def _on_events_message(self, level: str, text: str) -> None:
        text = tr_message(text)  # a lower layer's Vietnamese sentence, in the desk's language
        if level == "error":
            self.statusBar().showMessage(text, 15_000)
            if self.isVisible() and not getattr(self, "_quiet", False):
                QMessageBox.warning(self, self.tr("Có lỗi"), text)
        else:
            self.statusBar().showMessage(text, 8_000)

    # --- session: lock, switch user, log out -----------------------------------------------------
    @property
    def locked(self) -> bool:
        """The lock (or sign-in) screen covers the desk and takes all input."""
        return self.lock_screen is not None and self.lock_screen.isVisible()

    def _lock_widget(self) -> Any:
        if self.lock_screen is None:
            from commune_desk.ui.auth.lock_screen import LockScreen

            assert self._sign_in is not None
            self.lock_screen = LockScreen(self._sign_in, self.ctx.runner, self,
                                          change_password=self._accounts,
                                          desk_name=self._desk_title)
            self.lock_screen.signed_in.connect(self._on_lock_signed_in)
            self.lock_screen.back_requested.connect(self._end_lock)
            self.lock_screen.quit_requested.connect(self._on_lock_quit_requested)
        return self.lock_screen

    def _cover(self) -> Any:
        """Put the lock screen over the window; only it takes input from now on."""
        lock = self._lock_widget()
        if not self.locked:
            focus = QApplication.focusWidget()
            self._focus_before_lock = focus if focus is not None and self.isAncestorOf(focus) \
                else None
        self._close_modal_dialogs()
        for part in (self.menuBar(), self.toolbar, self.stack, self.statusBar()):
            part.setEnabled(False)
        self.guard.lock_to(lock)
        return lock

    def _close_modal_dialogs(self) -> None:
        """A dialog left open (a message, an action dialog) closes: nothing stays in front of
        the lock screen, and nothing behind it can be answered by the next person."""
        from PySide6.QtWidgets import QDialog

        for _ in range(10):
            modal = QApplication.activeModalWidget()
            if not isinstance(modal, QDialog) or modal is self.lock_screen:
                return
            modal.reject()

    def _end_lock(self) -> None:
        if self.lock_screen is not None:
            self.lock_screen.hide()
        for part in (self.menuBar(), self.toolbar, self.stack, self.statusBar()):
            part.setEnabled(True)
        self.guard.unlock()
        focus, self._focus_before_lock = self._focus_before_lock, None
        if focus is not None and focus.isVisible():
            focus.setFocus()

    def lock(self, reason: str = "") -> bool:
        """Cover the desk; the same user's password opens it (or another user signs in).
        Nothing is thrown away: an unsaved intake is still there after the unlock."""
        if self._sign_in is None or self._closing:
            return False
        if self.locked:
            return True
        self._cover().show_unlock(self.ctx.actor, reason=reason)
        self._record_session("locked", reason)
        return True

    def _record_session(self, action: str, detail: str = "") -> None:
        """Lock and log-out go into the account log (on the write lane, never blocking)."""
        record = getattr(self._accounts, "record_session", None)
        if callable(record):
            login = self.ctx.actor.login
            self.ctx.runner.submit(lambda _t: record(login, action, detail), write=True,
                                   on_error=lambda exc: log.warning("session log: %s", exc))

    def _on_idle(self) -> None:
        if self.isVisible() and not self.locked:
            minutes = max(1, round(self.guard.timeout_ms / 60_000))
            self.lock(self.tr("Đã tự khóa sau %1 phút không dùng.").replace("%1", str(minutes)))

    def ask_switch_user(self) -> None:
        """Menu "Đổi người dùng": another person signs in; "Quay lại" returns to the desk."""
        if self._sign_in is None or self.locked or not self._confirm_leaving():
            return
        lock = self._cover()
        lock.actor = self.ctx.actor
        lock.show_switch(from_desk=True)  # "Quay lại" goes back to the desk, not to a lock

    def log_out(self) -> None:
        """Menu "Đăng xuất": the user's screens go; the sign-in screen stays over the window."""
        if self._sign_in is None or self.locked or not self._confirm_leaving():
            return
        self._record_session("logged_out")
        self._retire_screens()
        self.user_label.setText("")
        self._cover().show_signed_out()

    def _confirm_leaving(self) -> bool:
        """Unsaved intake is asked about before the user's screens are thrown away."""
        intake = self.screens.get("intake")
        return intake is None or bool(intake.confirm_discard())  # type: ignore[attr-defined]

    def _on_lock_signed_in(self, actor: Any) -> None:
        same = self.screens and actor.login == self.ctx.actor.login \
            and actor.role == self.ctx.actor.role
        if not same:
            self.switch_user(actor)
        self._end_lock()
        if not same:
            self.show_screen("worklist")

    def _on_lock_quit_requested(self) -> None:
        self._closing = True  # signed out: nothing unsaved is left to ask about
        self.close()

    def switch_user(self, actor: Any) -> None:
        """The desk now works for ``actor``: a new context (same store, runner, bus, calendar,
        sync loop) and screens built again for the new role. Work queued for the previous user
        keeps the previous context, so its events keep the previous actor."""
        import dataclasses

        self._retire_screens()
        self.ctx = dataclasses.replace(self.ctx, actor=actor)
        self._others_loaded = False
        self._build_for_user(self._mounts_for(self.ctx))
        self.show_screen("worklist")
        self.worklist.reload()
        if self._painted:
            self._load_other_screens()

    def _retire_screens(self) -> None:
        """Take the user's screens out of the window; they are deleted once no task of theirs
        is still running (a late answer must not reach a deleted widget)."""
        for widget in list(self.screens.values()):
            self.stack.removeWidget(widget)
            widget.hide()
            self._retired.append(widget)
        self.screens = {}
        self._builders = {}
        self._factories = {}
        if self.backup_dialog is not None:
            self._retired.append(self.backup_dialog)
            self.backup_dialog = None
        for action in self.nav_actions.values():
            action.setEnabled(False)
        self._delete_retired()

    def _delete_retired(self) -> None:
        if self._retired and self.ctx.runner.pending == 0:
            retired, self._retired = self._retired, []
            for widget in retired:
                widget.deleteLater()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.lock_screen is not None and self.lock_screen.isVisible():
            self.lock_screen.setGeometry(self.rect())

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closed while locked (the end of the day, the machine shutting down): nobody is there
        # to answer a question, so none is asked; an unsaved intake is lost, and the backup on
        # close still runs.
        if not self._closing and not self.locked and not self._confirm_leaving():
            event.ignore()  # unsaved intake: the clerk chose to stay
            return
        self.prefs.setValue("window/geometry", self.saveGeometry())
        if self.current_screen() not in ("", "detail"):
            self.prefs.setValue("window/screen", self.current_screen())
        self._closing = True
        self.guard.stop()
        if self.sync_loop is not None:
            self.sync_loop.stop()
        # Writes in flight finish before the window goes (they are short transactions).
        self.ctx.runner.wait_for_done(10_000)
        super().closeEvent(event)
