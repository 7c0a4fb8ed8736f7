"""Shared pieces of the command line: the error type, --db and --json options, output helpers."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from commune_desk.errors import UserError


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
    )

    exists = path.exists()
    if (exists and (not path.is_file() or is_plain_sqlite(path))) or (not exists and not create):
        return None  # open_store reports a missing or unusable path itself
    try:
        return key_for_database(path)
    except CryptoError as exc:
        if not exists:
            raise CliError(str(exc)) from None
        env = os.environ.get(PASSPHRASE_ENV)
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


def open_database(args: argparse.Namespace, *, create: bool = False, bulk: bool = False) -> Any:
    """Open the database named by ``--db`` (or the default one), encrypted or legacy plain."""
    from commune_desk.store import StoreError, open_store

    path = db_path(args).expanduser()
    key = database_key(path, create=create)
    try:
        return open_store(path, key, create=create, bulk=bulk)
    except StoreError as exc:
        raise CliError(str(exc)) from None


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
