"""PyInstaller runtime hook: UTF-8 standard streams in the frozen desk, whatever the code page.

A frozen program ignores PYTHONUTF8/PYTHONIOENCODING, and on Windows a redirected stdout (a pipe
in CI, ``commune-desk backup > log.txt``) uses the ANSI code page (cp1252), which has no
Vietnamese letters: the first ``print("Đã sao lưu")`` would raise UnicodeEncodeError. A real
console is left alone (Python writes to it in UTF-16); a windowed program has no streams (None).
"""

from __future__ import annotations

import sys


def utf8_stdio() -> None:
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name, None)
        if stream is None or not hasattr(stream, "reconfigure"):
            continue
        try:
            if stream.isatty() or (stream.encoding or "").lower().replace("-", "") == "utf8":
                continue
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
        except (OSError, ValueError):  # a closed or unusual stream: keep it as it is
            continue


utf8_stdio()
