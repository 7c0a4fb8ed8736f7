"""Shared pieces of the command line: the error type, --db and --json options, output helpers."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from commune_desk.errors import UserError


def _setup_actor() -> Any:
    from commune_desk.domain.permissions import Actor, Role

    return Actor(login="khoi-tao", role=Role.ADMIN, full_name="Cài đặt ban đầu (chưa có tài khoản)")


class CliError(UserError):
    """A user-facing error: printed in Vietnamese without a traceback, exit code non-zero."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def print_error(message: str) -> None:
    print(f"Lỗi: {message}", file=sys.stderr)


def add_db_option(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    """``--db PATH`` on a subcommand (it may also stand before the subcommand)."""
    parser.add_argument("--db", metavar="PATH", required=False, default=None,
                        help="tệp cơ sở dữ liệu SQLite")
    parser.set_defaults(_db_required=required)


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="in kết quả dạng JSON")


def db_path(args: argparse.Namespace) -> Path:
    """The database path the user asked for, or the default one in the user's data folder."""
    value = getattr(args, "db", None)
    if value:
        return Path(value)
    if getattr(args, "_db_required", False):
        raise CliError("Cần chỉ ra tệp cơ sở dữ liệu bằng --db PATH.")
    from commune_desk.paths import default_db_path

    return default_db_path()


def print_json(data: Any) -> None:
    """Print ``data`` as JSON; a reader that goes away (``| head``) ends the program quietly."""
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        exit_on_broken_pipe()


def exit_on_broken_pipe() -> None:
    """Leave without a traceback when stdout's reader has closed the pipe.

    Python's own advice: point stdout at /dev/null so the final flush at exit does not
    complain again, then exit with status 1 (the output was cut short).
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # stdout is not a real file (tests)
        pass
    raise SystemExit(1)


def database_key(path: Path, *, create: bool) -> Any:
    """The SQLCipher key for ``path`` (a ``DbKey``), or None for a plain or missing file.

    The same policy as the GUI (``crypto.key_for_database``): the passphrase in
    ``COMMUNE_DESK_DB_PASSPHRASE``, else the OS keyring key (created for a new file). A new
    file is therefore always encrypted. A legacy plain file is opened as it is: the command
    line never converts a file (the GUI encrypts it, after a backup, at its next start).
    """
    from commune_desk.store.crypto import (
        MIN_PASSPHRASE_LENGTH,
        PASSPHRASE_ENV,
        CryptoError,
        is_plain_sqlite,
        key_for_database,
        session_passphrase,
    )

    exists = path.exists()
    if (exists and (not path.is_file() or is_plain_sqlite(path))) or (not exists and not create):
        return None  # open_store reports a missing or unusable path itself
    try:
        return key_for_database(path)
    except CryptoError as exc:
        if not exists:
            raise CliError(str(exc)) from None
        env = session_passphrase()
        if env and len(env) >= MIN_PASSPHRASE_LENGTH:
            raise CliError(
                f"Mật khẩu trong biến môi trường {PASSPHRASE_ENV} không mở được tệp “{path}”: "
                "sai mật khẩu, hoặc tệp không phải cơ sở dữ liệu của Commune Desk."
            ) from None
        hint = "" if env else (
            f" Nếu tệp được mã hóa bằng mật khẩu, hãy đặt mật khẩu đó trong biến môi trường "
            f"{PASSPHRASE_ENV}."
        )
        raise CliError(
            f"Không mở được tệp “{path}”: tệp đã được mã hóa hoặc không phải cơ sở dữ liệu "
            f"SQLite, và không có khóa nào mở được nó. {exc}{hint}"
        ) from None


def require_desk_file(path: Path, key: Any, *, current: bool = False,
                      quick_check: bool = False) -> None:
    """Refuse, without writing a byte, a path that is not a Commune Desk database.

    A directory, an empty (0-byte) file, a foreign SQLite file or one that is not ours, and
    (``current``: for commands that only read) a file whose schema is not this version's:
    reading never creates, migrates or changes a file.
    """
    from commune_desk.store import crypto

    if not path.exists():
        raise CliError(f"Không tìm thấy tệp cơ sở dữ liệu “{path}”.")
    if not path.is_file():
        raise CliError(f"“{path}” không phải là tệp cơ sở dữ liệu.")
    if path.stat().st_size == 0:
        raise CliError(f"Tệp “{path}” rỗng (0 byte): không phải cơ sở dữ liệu Commune Desk.")
    try:
        with crypto.opened(path, key) as conn:
            names = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = None
            if "alembic_version" in names:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            if quick_check:
                rows = conn.execute("PRAGMA quick_check").fetchall()
                if len(rows) != 1 or rows[0][0] != "ok":
                    raise CliError(
                        f"Cơ sở dữ liệu “{path}” bị hỏng ({rows[0][0]}). Hãy khôi phục bản sao "
                        "lưu tốt gần nhất: commune-desk restore --from TỆP_SAO_LƯU."
                    )
    except crypto.CryptoError as exc:
        raise CliError(str(exc)) from None
    except CliError:
        raise
    except Exception as exc:  # "file is not a database", "malformed"
        raise CliError(f"Không đọc được “{path}”: tệp hỏng hoặc không phải cơ sở dữ liệu "
                       f"({exc}).") from None
    if not {"alembic_version", "desk", "events"} <= names or revision is None:
        raise CliError(f"Tệp “{path}” không phải cơ sở dữ liệu Commune Desk; không thay đổi gì.")
    if current:
        from commune_desk.store import migration

        if revision != migration.head_revision():
            newer = not migration.is_known(revision)
            raise CliError(
                f"Tệp “{path}” dùng lược đồ {revision} "
                + ("của một phiên bản Commune Desk mới hơn; hãy cài phiên bản mới nhất."
                   if newer else "của phiên bản cũ; hãy mở bằng phần mềm để nâng cấp (có "
                   "sao lưu) trước khi dùng lệnh chỉ đọc này.")
                + " Tệp không bị thay đổi."
            )


_NO_KEY: Any = object()


def open_database(args: argparse.Namespace, *, create: bool = False, bulk: bool = False,
                  read_only: bool = False, key: Any = _NO_KEY, seed: bool | None = None) -> Any:
    """Open the database named by ``--db`` (or the default one), encrypted or legacy plain.

    Without ``create`` the file must already be a Commune Desk database; ``read_only``
    commands also refuse a file that would need an upgrade (they never change a file).
    """
    from sqlalchemy.exc import DatabaseError

    from commune_desk.store import StoreError, open_store

    path = db_path(args).expanduser()
    if key is _NO_KEY:
        key = database_key(path, create=create)
    if not create:
        require_desk_file(path, key, current=read_only)
    try:
        if seed is None:
            seed = not read_only
        return open_store(path, key, create=create, bulk=bulk, seed=seed)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    except DatabaseError as exc:  # "database disk image is malformed" while opening
        raise CliError(
            f"Cơ sở dữ liệu “{path}” bị hỏng, SQLite không đọc được ({exc.orig}). Hãy khôi phục "
            "bản sao lưu tốt gần nhất: commune-desk restore --from TỆP_SAO_LƯU."
        ) from None


def read_password(prompt: str, *, confirm: bool = True) -> str:
    """From a prompt (not echoed) on a terminal, else one line of standard input."""
    if sys.stdin is None:
        raise CliError("Không có nơi nhập mật khẩu (stdin đóng).")
    if sys.stdin.isatty():
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Nhập lại mật khẩu: ") != first:
            raise CliError("Hai lần nhập mật khẩu không giống nhau.")
        return first
    line = sys.stdin.readline()
    if not line:
        raise CliError("Không đọc được mật khẩu từ đầu vào chuẩn (stdin trống).")
    return line.rstrip("\r\n")


def read_login(purpose: str) -> tuple[str, str]:
    """Login and password of the person acting: prompts on a terminal (the password hidden),
    else two lines of standard input. Never an argument (it would sit in the shell history
    and in the process list)."""
    if sys.stdin is None:
        raise CliError("Không có nơi nhập tên đăng nhập và mật khẩu (stdin đóng).")
    if sys.stdin.isatty():
        print(f"Đăng nhập để {purpose}.", file=sys.stderr)
        sys.stderr.write("Tên đăng nhập: ")
        sys.stderr.flush()
        login = sys.stdin.readline().strip()
        return login, getpass.getpass("Mật khẩu: ")
    login = sys.stdin.readline()
    password = sys.stdin.readline()
    if not login or not password:
        raise CliError(
            f"Cần đăng nhập để {purpose}: đưa tên đăng nhập và mật khẩu vào đầu vào chuẩn "
            "(mỗi thứ một dòng)."
        )
    return login.strip(), password.rstrip("\r\n")


SETUP_ACTOR = _setup_actor()


@dataclass
class Acting:
    """An open desk file and who acts on it (``open_as``); ``key`` is the one that opened it."""

    store: Any
    actor: Any
    key: Any
    accounts: Any

    def close(self) -> None:
        self.store.close()



def key_by_login(path: Path, purpose: str) -> tuple[Any, tuple[str, str] | None]:
    """The key of an encrypted file that has a key file, and the login that unwrapped it.

    The OS keyring or the session passphrase come first (no prompt); otherwise the user's
    login and password unwrap the key from the key file. ``(_NO_KEY, None)`` when the file has
    no key file (plain, new, or not migrated yet): the caller resolves the key as before.
    A wrong login or password is the one generic message, as at the desk.
    """
    from commune_desk.services.accounts import (
        GENERIC_LOGIN_FAILURE,
        AccountError,
        LockoutPolicy,
        normalize_login,
    )
    from commune_desk.store import crypto, keyfile

    if not (path.is_file() and not crypto.is_plain_sqlite(path) and keyfile.wrapped_logins(path)):
        return _NO_KEY, None
    key = crypto.key_without_login(path)
    if key is not None:
        return key, None
    creds = read_login(purpose)
    try:
        key = keyfile.unwrap(path, normalize_login(creds[0]), creds[1])
    except AccountError:
        key = None
    if key is None:
        raise CliError(GENERIC_LOGIN_FAILURE.format(
            n=LockoutPolicy.max_failures, minutes=LockoutPolicy.lock_minutes))
    return key, creds


def open_as(args: argparse.Namespace, action: Any, purpose: str, *, create: bool = False,
            bulk: bool = False, read_only: bool = False, seed: bool | None = None,
            need_accounts: bool = False) -> Acting:
    """Open the database named by ``--db`` as a logged-in user allowed to do ``action``.

    Every command on citizens' data or accounts comes through here (issue 15, defect 1). The
    login and password come from a terminal prompt or two lines of standard input, never an
    argument. When neither the OS keyring nor the session passphrase opens the file, the
    login and password unwrap the database key from the key file beside it (a clerk needs no
    database key). ``action=None``: any active account. A file with no account yet (a desk
    being set up, fresh demo data) has nobody to log in: the command acts as ``SETUP_ACTOR``.
    A command that writes also gives the user a wrap of the key if they had none (an older
    file migrates at its users' logins); a read-only command writes nothing, not even that.
    """
    from commune_desk.domain.permissions import PermissionDenied, require
    from commune_desk.services.accounts import (
        Accounts,
        LoginFailed,
    )
    from commune_desk.store import keyfile

    path = db_path(args).expanduser()
    key, creds = key_by_login(path, purpose)
    if key is _NO_KEY:
        key = database_key(path, create=create)
    store = open_database(args, create=create, bulk=bulk, read_only=read_only, key=key, seed=seed)
    try:
        keys = None if read_only else keyfile.KeyWraps(path, key)
        accounts = Accounts(store.engine, keys=keys)
        if not accounts.has_users():
            if need_accounts:
                raise CliError("Chưa có tài khoản nào: hãy tạo tài khoản quản trị trước "
                               "(commune-desk user add --role admin).")
            return Acting(store, SETUP_ACTOR, key, accounts)
        if creds is None:
            creds = read_login(purpose)
        actor = accounts.login(*creds, record=not read_only).actor
        if action is not None:
            require(actor, action)
    except (LoginFailed, PermissionDenied) as exc:
        store.close()
        raise CliError(str(exc)) from None
    except BaseException:
        store.close()
        raise
    return Acting(store, actor, key, accounts)
