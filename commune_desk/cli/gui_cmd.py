"""The default command: start the desktop application."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("gui", help="mở ứng dụng (mặc định khi không có lệnh)")
    p.add_argument("--db", metavar="PATH", default=None, help="tệp cơ sở dữ liệu SQLite")
    p.add_argument("--lang", choices=("vi", "en"), default=None, help="ngôn ngữ giao diện")
    p.add_argument("--self-test", action="store_true",
                   help="tự kiểm tra không cần màn hình (CSDL tạm) rồi thoát")
    p.set_defaults(func=run_gui)


def run_gui(args: argparse.Namespace) -> int:
    """Open the desk on ``args.db`` (or the default database in the user's data folder)."""
    from commune_desk import app

    if getattr(args, "self_test", False):
        return app.self_test()
    return app.run(args)
