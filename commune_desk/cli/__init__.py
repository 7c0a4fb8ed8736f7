"""Command line: ``commune-desk`` opens the GUI by default; subcommands for everything else."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from commune_desk import __version__
from commune_desk.cli.common import exit_on_broken_pipe, print_error
from commune_desk.errors import UserError, install_bug_log, user_message

# Exit status of a bug (sysexits' EX_SOFTWARE); a user error exits with its own code (2).
EXIT_BUG = 70

# Each module exposes ``register(subparsers)`` and binds ``func(args) -> int`` on its parsers.
# Modules are imported here, but each handler imports its heavy libraries (Qt, reportlab,
# SQLAlchemy, httpx) only when it runs, so ``commune-desk deadline`` starts in milliseconds.
COMMAND_MODULES = (
    "commune_desk.cli.deadline_cmd",
    "commune_desk.cli.store_cmd",
    "commune_desk.cli.paper_cmd",
    "commune_desk.cli.setup_cmd",
    "commune_desk.cli.sync_cmd",
    "commune_desk.cli.safety_cmd",
    "commune_desk.cli.gui_cmd",
)


def build_parser() -> argparse.ArgumentParser:
    from commune_desk.cli.vi_argparse import VietnameseParser, install

    install()
    parser = VietnameseParser(
        prog="commune-desk",
        description="Bàn làm việc một cửa cấp xã (Commune Desk).",
    )
    parser.add_argument("--version", action="version", version=f"commune-desk {__version__}")
    parser.add_argument(
        "--db",
        dest="global_db",
        metavar="PATH",
        help="tệp cơ sở dữ liệu (mặc định: thư mục dữ liệu của người dùng)",
    )
    parser.add_argument("--self-test", action="store_true",
                        help="tự kiểm tra không cần màn hình (CSDL tạm) rồi thoát")
    parser.add_argument("--lang", choices=("vi", "en"), default=None, help="ngôn ngữ giao diện")
    sub = parser.add_subparsers(dest="command", metavar="LỆNH")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from commune_desk.store.crypto import take_passphrase_from_env

    take_passphrase_from_env()  # read once, then gone from the environment (issue 15, 10)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # a refusal in Vietnamese (2) or --help / --version (0)
        return exc.code if isinstance(exc.code, int) else 0
    # ``--db`` may stand before or after the subcommand; the one after wins.
    if getattr(args, "db", None) is None and args.global_db is not None:
        args.db = args.global_db
    func = getattr(args, "func", None)
    if func is None:
        from commune_desk.cli.gui_cmd import run_gui

        func = run_gui
        if not hasattr(args, "db"):
            args.db = args.global_db
    start_bug_log()
    try:
        return int(func(args) or 0)
    except UserError as exc:
        print_error(str(exc))
        return int(getattr(exc, "exit_code", 2))
    except BrokenPipeError:  # output piped into `head` and cut short
        exit_on_broken_pipe()
        return 1
    except KeyboardInterrupt:
        print_error("Đã dừng theo yêu cầu.")
        return 130
    except Exception as exc:  # a bug: logged with its traceback, one generic message
        print_error(user_message(exc))
        return EXIT_BUG if not isinstance(exc, OSError) else 2


def start_bug_log() -> None:
    """Bugs go to the rotating log in the data folder (a read-only home only loses the log)."""
    from commune_desk.paths import data_dir

    try:
        folder = data_dir()
    except OSError:  # no data folder: bug messages then name no file
        return
    install_bug_log(folder)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
