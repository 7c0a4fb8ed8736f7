"""Shared pieces of the command line: the error type, --db and --json options, output helpers."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


class CliError(Exception):
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
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
