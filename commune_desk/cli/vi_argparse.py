"""Vietnamese argparse: its own messages translated, and bounded number types for options."""

from __future__ import annotations

import argparse
from collections.abc import Callable

# argparse looks its messages up through ``_``/``ngettext`` at call time (gettext); the
# command line speaks Vietnamese throughout, so those two names are pointed at this table.
_MESSAGES: dict[str, str] = {
    "%(prog)s: error: %(message)s\n": "Lỗi: %(message)s\n",
    "usage: ": "Cách dùng: ",
    "options": "tùy chọn",
    "positional arguments": "tham số",
    "show this help message and exit": "in hướng dẫn này rồi thoát",
    "show program's version number and exit": "in số phiên bản rồi thoát",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "ambiguous option: %(option)s could match %(matches)s":
        "tùy chọn mơ hồ: %(option)s có thể là %(matches)s",
    "expected at least one argument": "cần ít nhất một giá trị",
    "expected at most one argument": "chỉ được một giá trị",
    "expected one argument": "cần một giá trị",
    "ignored explicit argument %r": "tùy chọn này không nhận giá trị %r",
    "invalid %(type)s value: %(value)r": "giá trị không hợp lệ: %(value)r (cần %(type)s)",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "lựa chọn không hợp lệ: %(value)r (chọn một trong: %(choices)s)",
    "not allowed with argument %s": "không dùng cùng với %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "unrecognized arguments: %s": "không hiểu tham số: %s",
    "unexpected option string: %s": "tùy chọn không mong đợi: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "không có lệnh %(parser_name)r (các lệnh: %(choices)s)",
    "can't open '%(filename)s': %(error)s": "không mở được “%(filename)s”: %(error)s",
    "argument \"-\" with mode %r": "tham số “-” với chế độ %r",
}
_PLURALS: dict[str, str] = {
    "expected %s argument": "cần %s giá trị",
    "conflicting option string: %s": "tùy chọn trùng: %s",
}
# argparse names the expected type by the function's __name__.
_TYPE_NAMES = {"int": "số nguyên", "float": "số", "str": "chuỗi"}


def _gettext(message: str) -> str:
    return _MESSAGES.get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _PLURALS.get(singular, singular if n == 1 else plural)


class VietnameseParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one Vietnamese line on stderr (exit status 2)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        for english, vietnamese in _TYPE_NAMES.items():
            message = message.replace(f"(cần {english})", f"(cần {vietnamese})")
        self.exit(2, f"Lỗi: {message}. Xem hướng dẫn: {self.prog} -h\n")


def install() -> None:
    """Point argparse's message lookup at the Vietnamese table (idempotent)."""
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]


def bounded_int(low: int, high: int, what: str = "giá trị") -> Callable[[str], int]:
    """An argparse type: an integer within [low, high], else a Vietnamese refusal.

    Without a bound a huge number (``--limit 9223372036854775808``, ``--year 9999…``) reached
    SQLite or ``datetime`` and ended in a traceback.
    """

    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except (ValueError, AttributeError):
            raise argparse.ArgumentTypeError(
                f"{what} phải là số nguyên, không phải {text!r}"
            ) from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{what} phải từ {low} đến {high} (đã nhập {text})")
        return value

    parse.__name__ = "số nguyên"
    return parse
