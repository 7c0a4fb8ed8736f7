"""Composition root of the desktop app: arguments, early checks, store, login, main window.

Nothing else builds long-lived objects: this module opens and migrates the store, builds the
task runner, the calendar provider and the context, mounts the parts other teams provide
(paper, sync, accounts) and hands everything to the main window by constructor.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

# What the first paint needs besides Qt is imported here, before PySide6 is: PySide6 reads the
# source of every module imported after it (its ``__feature__`` check, ~1 ms a module), and
# the store's SQLAlchemy Core alone is ~150 modules.
from commune_desk.domain.vntime import vn_now
from commune_desk.errors import UserError, install_bug_log, user_message
from commune_desk.services import listing as _listing  # noqa: F401 - the worklist's reads
from commune_desk.services.desk import CalendarProvider, desk_info
from commune_desk.store import StoreError, open_store

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from commune_desk.domain.permissions import Actor
    from commune_desk.store.engine import Store
    from commune_desk.ui.context import DeskContext
    from commune_desk.ui.main_window import MainWindow
    from commune_desk.ui.sync.loop import SyncLoop
    from commune_desk.ui.workers import TaskRunner

ORGANIZATION = "CommuneDesk"
APPLICATION = "Commune Desk"


class EnvironmentProblem(UserError):
    """Something about this machine the user can act on, found before Qt loads (Vietnamese)."""


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="commune-desk-gui", description="Bàn làm việc một cửa cấp xã")
    p.add_argument("--db", metavar="PATH", default=None, help="tệp cơ sở dữ liệu")
    p.add_argument("--lang", choices=("vi", "en"), default=None, help="ngôn ngữ giao diện")
    p.add_argument("--self-test", action="store_true",
                   help="tự kiểm tra không cần màn hình (dùng CSDL tạm) rồi thoát")
    return p.parse_args(argv)


def check_environment(db_path: Path | None) -> None:
    """Checks that need no Qt: a writable data folder (Python ≥ 3.11 is the package's floor)."""
    folder = (db_path.expanduser().resolve().parent if db_path else None)
    if folder is None:
        from commune_desk.paths import data_dir

        folder = data_dir()
    if folder.exists() and not os.access(folder, os.W_OK):
        raise EnvironmentProblem(f"Không có quyền ghi vào thư mục dữ liệu “{folder}”.")


def make_context(store: Store, actor: Actor, runner: TaskRunner,
                 clock: Callable[[], Any] | None = None) -> DeskContext:
    from commune_desk.services.changes import Changes
    from commune_desk.ui.context import DeskContext, DeskEvents

    calendar = CalendarProvider(store)
    events = DeskEvents()

    def refresh_calendar(changes: Changes) -> None:
        if changes.calendar or changes.settings:  # overrides, office hours, a province calendar
            calendar.invalidate()

    # Connected first, so every screen that redraws on the same change sees the new calendar.
    events.changed.connect(refresh_calendar)
    ctx = DeskContext(runner=runner, actor=actor, events=events,
                      clock=clock or vn_now, store=store, calendar=calendar)
    calendar()  # build once now (~tens of ms) so workers never race to build it
    return ctx


def _mounts(ctx: DeskContext, accounts: Any, loop: SyncLoop,
            db_key: Any = None) -> dict[str, Callable[[QWidget], QWidget | None]]:
    """Screens built the first time they are opened; their modules are imported then (off the
    start-up path), directly: a broken screen fails loudly instead of vanishing."""
    from commune_desk.domain.permissions import Action

    def reports(parent: QWidget) -> QWidget:
        from commune_desk.ui.paper import ReportsScreen

        return ReportsScreen(ctx.store, ctx.runner, ctx.actor, parent)

    def sync_panel(parent: QWidget) -> QWidget:
        from commune_desk.ui.sync import SyncPanel

        return SyncPanel(ctx.store, ctx.runner, ctx.actor, parent, loop=loop)

    def obstacles(parent: QWidget) -> QWidget:
        from commune_desk.ui.sync import ObstaclesScreen

        return ObstaclesScreen(ctx.store, ctx.runner, ctx.actor, parent)

    def status(parent: QWidget) -> QWidget:
        from commune_desk.ui.sync import SyncStatusWidget

        return SyncStatusWidget(ctx.store, ctx.runner, ctx.actor, parent, loop=loop,
                                events=ctx.events)

    def users(parent: QWidget) -> QWidget:
        from commune_desk.ui.auth import UsersScreen

        return UsersScreen(accounts, ctx.runner, ctx.actor, parent)

    def backup(parent: QWidget) -> QWidget:
        from commune_desk.ui.auth import BackupDialog

        def close_store() -> None:  # a restore replaces the file: nothing may hold it
            loop.stop()
            ctx.store.close()

        def reopen_store(result: Any) -> None:
            restart = getattr(parent, "restart_after_restore", None)
            if callable(restart):
                restart(result is not None)

        return BackupDialog(Path(ctx.store.path), db_key, ctx.actor, ctx.runner, parent,
                            close_store=close_store, reopen_store=reopen_store)

    mounts: dict[str, Callable[[QWidget], QWidget | None]] = {
        "sync": sync_panel, "obstacles": obstacles, "__status__": status,
    }
    if ctx.can(Action.MANAGE_BACKUPS) and getattr(ctx.store, "path", None) is not None:
        mounts["__backup__"] = backup
    if ctx.can(Action.VIEW_REPORTS):
        mounts["reports"] = reports
    if accounts is not None and ctx.can(Action.MANAGE_USERS):
        mounts["users"] = users
    return mounts


def build_main_window(store: Store, actor: Actor, *, runner: TaskRunner | None = None,
                      prefs: QSettings | None = None, accounts: Any = None,
                      clock: Callable[[], Any] | None = None,
                      db_key: Any = None) -> MainWindow:
    """The desk for a signed-in user (also used by tests, screenshots and the benchmark)."""
    from PySide6.QtCore import QCoreApplication, Qt

    from commune_desk.ui.main_window import MainWindow
    from commune_desk.ui.sync.loop import SyncLoop
    from commune_desk.ui.workers import TaskRunner

    runner = runner or TaskRunner()
    ctx = make_context(store, actor, runner, clock)
    info = desk_info(store)
    from commune_desk.ui.desk_name import remember_desk_name

    remember_desk_name(store.path, info.commune_name)  # the login that opens the file next time
    # The desk's one sync loop: what each round brings goes on the bus, onto the UI thread.
    loop = SyncLoop(store)
    loop.round_finished.connect(ctx.events.on_sync_round, Qt.ConnectionType.QueuedConnection)
    # The mounted parts follow the signed-in user's role: built again after a switch of user.
    window = MainWindow(ctx, desk_title=QCoreApplication.translate("MainWindow", "%1 · bàn số %2")
                        .replace("%1", info.commune_name).replace("%2", str(info.desk_number)),
                        prefs=prefs, mounts=lambda c: _mounts(c, accounts, loop, db_key),
                        sync_loop=loop, accounts=accounts,
                        sign_in=accounts.login if accounts is not None else None)
    runner.setParent(window)
    return window


def make_qapplication(argv: Sequence[str] = (), language: str | None = None) -> QApplication:
    from PySide6.QtCore import QCoreApplication, QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from commune_desk.ui.i18n import install_translators
    from commune_desk.ui.textsize import apply_text_scale, saved_scale

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    # Qt's own file dialog (not the platform's) so it speaks the desk's language, Vietnamese
    # included: no platform dialog follows our translation files.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    lang = language or str(QSettings().value("ui/language", "vi"))
    install_translators(app, lang)
    apply_text_scale(app, saved_scale())  # type: ignore[arg-type]
    return app  # type: ignore[return-value]


# --- normal start -------------------------------------------------------------------------------
def _open_store_interactive(path: Path, runner: TaskRunner
                            ) -> tuple[Store, Any, tuple[Actor, Any] | None] | None:
    """Key, open+migrate; None when the user quits. Returns the store, its key and, when a
    user's login is what opened the file, who signed in (else None: sign in next).

    When neither the keyring nor the session passphrase opens the file and its key file holds
    wraps, the login dialog comes first and the login opens the file (``store.keyfile``): no
    passphrase prompt. The key step has no fallback: without a key (no keyring, no passphrase,
    no wrap) the app stops, it never creates or opens an unencrypted database. The integrity
    check runs after the first paint (``schedule_startup_checks``); only a file that cannot
    even be opened is checked here, so the administrator can restore a backup before anything
    else.
    """
    from PySide6.QtWidgets import QDialog, QMessageBox

    from commune_desk.store import keyfile
    from commune_desk.store.crypto import is_plain_sqlite, key_without_login

    if (path.is_file() and not is_plain_sqlite(path) and keyfile.wrapped_logins(path)
            and key_without_login(path) is None):
        return _sign_in_to_open(path, runner)

    from commune_desk.store.crypto import (
        CryptoError,
        WrongKey,
        connect,
        key_for_database,
        passphrase_key,
    )
    from commune_desk.ui.auth import DamagedDatabaseDialog, NoKeyringDialog
    from commune_desk.ui.messages import tr_message

    def opens_file(key: Any) -> bool:
        """A wrong passphrase is asked again in the dialog instead of closing the app."""
        try:
            connect(path, key).close()
        except WrongKey:
            return False
        return True

    def ask(new_file: bool, reason: str) -> Any:
        dialog = NoKeyringDialog(None, new_file=new_file, reason=tr_message(reason),
                                 make_key=passphrase_key,
                                 opens_file=opens_file)
        return dialog.key if dialog.exec() == QDialog.DialogCode.Accepted else None

    try:
        key = key_for_database(path, ask_passphrase=ask)
    except CryptoError as exc:
        QMessageBox.critical(None, "Commune Desk", tr_message(str(exc)))
        return None
    try:
        return open_store(path, key), key, None
    except StoreError as exc:
        refused = exc
    from commune_desk.services.backup import check_at_start

    check = check_at_start(path, key)
    if check.ok:  # sound but refused (newer version, read-only, …): the message says why
        QMessageBox.critical(None, "Commune Desk", tr_message(str(refused)))
        return None
    if DamagedDatabaseDialog(path, key, check, runner).exec() != QDialog.DialogCode.Accepted:
        return None
    try:  # the restored file
        return open_store(path, key), key, None
    except StoreError as exc:
        QMessageBox.critical(None, "Commune Desk", tr_message(str(exc)))
        return None


def _sign_in_to_open(path: Path, runner: TaskRunner
                     ) -> tuple[Store, Any, tuple[Actor, Any]] | None:
    """The login dialog opens the file: the login unwraps the database key (``FileLogin``)."""
    from PySide6.QtWidgets import QDialog

    from commune_desk.services.accounts import FileLogin
    from commune_desk.ui.auth import LoginDialog

    opener = FileLogin(path)
    from commune_desk.ui.desk_name import remembered_desk_name

    # The desk's name is inside the locked file: the one remembered when it was last open.
    login = LoginDialog(opener, runner, desk_name=remembered_desk_name(path) or path.stem)
    if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
        if opener.store is not None:
            opener.store.close()
        return None
    return opener.store, opener.key, (login.actor, opener.accounts)


def _sign_in(store: Store, runner: TaskRunner, desk_name: str,
             key: Any = None) -> tuple[Actor, Any] | None:
    from PySide6.QtWidgets import QDialog

    from commune_desk.services.accounts import Accounts
    from commune_desk.store.keyfile import KeyWraps
    from commune_desk.ui.auth import FirstAdminDialog, LoginDialog

    # The key file follows the accounts: the first administrator, users added, passwords reset
    # or changed get a wrap; a login without one (an older file) adds it.
    accounts = Accounts(engine=store.engine, keys=KeyWraps(Path(store.path), key))
    if not accounts.has_users():
        first = FirstAdminDialog(accounts, runner)
        if first.exec() != QDialog.DialogCode.Accepted:
            return None
    login = LoginDialog(accounts, runner, desk_name=desk_name)
    if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
        return None
    return login.actor, accounts


def needs_first_setup(store: Store) -> bool:
    """A new database (no commune chosen, no dossier, no user yet) opens on the set-up wizard."""
    from commune_desk.services.accounts import Accounts
    from commune_desk.services.setup import dossier_count

    return (not desk_info(store).configured and dossier_count(store) == 0
            and not Accounts(engine=store.engine).has_users())


def run(args: argparse.Namespace) -> int:
    """Start the desk on ``args.db`` (or the default database) and run the event loop."""
    db = Path(args.db) if getattr(args, "db", None) else None
    try:
        check_environment(db)
    except EnvironmentProblem as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 2
    from commune_desk.paths import data_dir, default_db_path

    install_bug_log(data_dir())
    path = (db or default_db_path()).expanduser().resolve()
    app = make_qapplication(language=getattr(args, "lang", None))
    from commune_desk.ui.heartbeat import install_from_env

    heartbeat = install_from_env(app)  # noqa: F841 - opt-in stall probe (scripts/clerk_morning.py)
    from commune_desk.ui.workers import TaskRunner

    runner = TaskRunner()
    opened = _open_store_interactive(path, runner)
    if opened is None:
        return 1
    store, key, signed = opened
    from commune_desk.store.inuse import hold_in_use

    in_use = hold_in_use(path)  # noqa: F841 - a CLI restore waits while this is held
    info = desk_info(store)
    if signed is None and needs_first_setup(store):
        from PySide6.QtWidgets import QDialog

        from commune_desk.ui.setup import SetupWizard

        if SetupWizard(store, runner).exec() != QDialog.DialogCode.Accepted:
            store.close()
            return 1
        info = desk_info(store)
    if signed is None:
        signed = _sign_in(store, runner, info.commune_name, key)
    if signed is None:
        store.close()
        return 1
    actor, accounts = signed
    window = build_main_window(store, actor, runner=runner, accounts=accounts, db_key=key)
    route_uncaught_errors(window)
    window.show()
    window.start()
    if window.sync_loop is not None:  # the loop's thread ends before the interpreter does
        app.aboutToQuit.connect(window.sync_loop.stop)
    # Objects made during start-up live as long as the app: keep the collector's full passes
    # (which hold the GIL) from walking them again and again.
    import gc

    gc.freeze()
    schedule_startup_checks(window, path, key)
    code = int(app.exec())
    from commune_desk.services.backup import backup_on_close

    try:
        backup_on_close(path, key)
    except Exception as exc:  # the user sees it; closing must still finish
        print(f"Lỗi khi sao lưu lúc đóng: {user_message(exc)}", file=sys.stderr)
    store.close()
    return code


def route_uncaught_errors(window: MainWindow) -> None:
    """An exception escaping a Qt slot is a bug: log it and show the one generic message."""

    def hook(kind: type[BaseException], exc: BaseException, tb: Any) -> None:
        if not isinstance(exc, Exception):  # KeyboardInterrupt, SystemExit: Python's own way
            sys.__excepthook__(kind, exc, tb)
            return
        window.ctx.events.message.emit("error", user_message(exc.with_traceback(tb)))

    sys.excepthook = hook


def schedule_startup_checks(window: MainWindow, path: Path, key: Any) -> Any:
    """``quick_check`` and the daily backup on workers once the worklist has painted
    (``ui/startup.py``): the first paint never waits for work that grows with the file."""
    from commune_desk.ui.startup import StartupChecks

    checks = StartupChecks(window, path, key)
    checks.start_after_first_paint()
    return checks


# --- self-test -------------------------------------------------------------------------------------
def self_test() -> int:
    """Headless check of a built or installed app on a temporary database; exit 0 when all works."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    steps: list[str] = []
    with tempfile.TemporaryDirectory(prefix="commune-desk-selftest-") as tmp:
        import datetime as dt

        from commune_desk.domain.deadlines import compute_due
        from commune_desk.domain.permissions import Actor, Role
        from commune_desk.services import dossiers as svc
        from commune_desk.services.catalog import catalog
        from commune_desk.services.desk import store_calendar

        store = open_store(Path(tmp) / "selftest.sqlite3")
        steps.append("mở và nâng cấp CSDL tạm")
        cal = store_calendar(store)
        proc = next(p for p in catalog(store).procedures if p.limit_unit == "working_days")
        now = vn_now().replace(microsecond=0)
        due = compute_due(now, proc.time_limit(), cal)
        steps.append(f"tính hạn: {proc.limit_text} → {due.due:%H:%M %d/%m/%Y}")
        actor = Actor("selftest", Role.ADMIN, "Tự kiểm tra")
        result = svc.receive_dossier(store, actor, svc.Intake(
            procedure_code=proc.code,
            applicant=svc.Applicant(name="Nguyễn Văn Kiểm", id_number="040090000001",
                                    birth_date=dt.date(1990, 1, 1), address="Xã mẫu"),
            received_at=now), now=now)
        code = result.dossier.code
        steps.append(f"ghi hồ sơ {code}")
        _qapp = make_qapplication(language="vi")  # kept alive until the window closes
        window = build_main_window(store, actor)
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        window.worklist.counts_loaded.connect(loop.quit)
        QTimer.singleShot(10_000, loop.quit)
        window.start()
        if window.worklist.counts is None:
            loop.exec()
        if window.worklist.counts is None or window.worklist.counts.total != 1:
            print("Lỗi: màn hình việc cần làm không hiện đúng số hồ sơ.", file=sys.stderr)
            return 1
        steps.append("dựng cửa sổ chính và đếm việc cần làm")
        pdf_step = _self_test_receipt(store, code, Path(tmp))
        steps.append(pdf_step)
        window.ctx.runner.wait_for_done(5000)
        window.close()
        store.close()
    for s in steps:
        print(f"✓ {s}")
    print(f"Tự kiểm tra thành công trong {time.perf_counter() - started:.1f} giây.")
    return 0


def _self_test_receipt(store: Store, code: str, folder: Path) -> str:
    """Build form 01 (fonts, form set, receipt layout) and read the dossier code back from it."""
    from commune_desk.services.printing import print_form

    data = print_form(store, code, "01")
    target = folder / f"{code}-01.pdf"
    target.write_bytes(data)
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    doc.load(str(target))
    text = doc.getAllText(0).text() if doc.pageCount() else ""
    if code not in text.replace("\n", ""):
        raise RuntimeError("Giấy tiếp nhận không chứa mã hồ sơ khi đọc lại.")
    return f"in giấy tiếp nhận {target.name} ({len(data)} byte) và đọc lại mã hồ sơ"


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.self_test:
        return self_test()
    return run(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
