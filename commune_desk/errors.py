"""The error model: ``UserError`` carries a Vietnamese message; anything else is a bug, logged.

Two kinds of failure (qutebrowser's ``misc/sql.py`` idea):

* ``UserError`` and its subclasses — bad input, a refused action, an environment problem the
  user can act on (wrong key, disk full, server unreachable). ``str(exc)`` is a Vietnamese
  sentence shown as it is. Every layer raises these; this module is the lowest one, so the
  pure ``domain`` may import it too.
* Anything else is a bug. It is written with its traceback to a rotating log file in the data
  folder (``install_bug_log``, called once by ``app.py`` and the CLI) and the user sees one
  generic Vietnamese message naming that file — never the exception's own text.

Front ends (the GUI's message place, the CLI's ``main``) turn any exception into what the user
reads with ``user_message``; nothing else formats exceptions for users.
"""

from __future__ import annotations

import logging
import logging.handlers
import threading
from pathlib import Path

log = logging.getLogger("commune_desk.bug")

BUG_LOG_NAME = "commune-desk.log"
BUG_LOG_MAX_BYTES = 1_000_000
BUG_LOG_BACKUPS = 3

_lock = threading.Lock()
_handler: logging.handlers.RotatingFileHandler | None = None


class UserError(Exception):
    """An error the user can understand and act on; ``str(exc)`` is its Vietnamese message."""


def install_bug_log(folder: Path) -> Path | None:
    """Send warnings and bugs (with tracebacks) to ``folder/commune-desk.log``, rotated.

    Idempotent: a second call with the same folder changes nothing; another folder moves the
    log there (tests). Returns the log file's path, or None when the folder cannot be made
    (a read-only home must not stop the program; messages then name no file).
    """
    global _handler
    path = (Path(folder) / BUG_LOG_NAME).resolve()
    with _lock:
        if _handler is not None:
            if Path(_handler.baseFilename) == path:
                return path
            logging.getLogger().removeHandler(_handler)
            _handler.close()
            _handler = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return None
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=BUG_LOG_MAX_BYTES, backupCount=BUG_LOG_BACKUPS, encoding="utf-8",
            delay=True)
        handler.setLevel(logging.WARNING)
        handler.setFormatter(logging.Formatter(
            "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"))
        logging.getLogger().addHandler(handler)
        _handler = handler
    return path


def uninstall_bug_log() -> None:
    """Detach the log file handler (tests; the app keeps it until exit)."""
    global _handler
    with _lock:
        if _handler is not None:
            logging.getLogger().removeHandler(_handler)
            _handler.close()
            _handler = None


def bug_log_path() -> Path | None:
    """The log file bugs are written to, or None before ``install_bug_log``."""
    handler = _handler
    return Path(handler.baseFilename) if handler is not None else None


def bug_message() -> str:
    """The one generic Vietnamese message shown for any bug, naming the log file."""
    path = bug_log_path()
    where = f"tệp “{path}”" if path is not None else "nhật ký của chương trình"
    return ("Đã xảy ra lỗi ngoài dự kiến trong chương trình; thao tác chưa được thực hiện. "
            f"Chi tiết kỹ thuật đã được ghi vào {where}. "
            "Xin gửi tệp đó cho người hỗ trợ kỹ thuật.")


def report_bug(exc: BaseException) -> str:
    """Log ``exc`` with its traceback as a bug and return the generic message for the user."""
    log.error("bug: %s", type(exc).__name__, exc_info=(type(exc), exc, exc.__traceback__))
    flush_bug_log()
    return bug_message()


def flush_bug_log() -> None:
    handler = _handler
    if handler is not None:
        handler.flush()


def user_message(exc: BaseException) -> str:
    """What the user reads for ``exc``: its own message for a ``UserError``, else the bug text.

    An ``OSError`` from the machine (disk full, file locked) is an environment problem the
    user can act on: it is shown by its system description and logged as well.
    """
    if isinstance(exc, UserError):
        return str(exc) or bug_message()
    if isinstance(exc, OSError) and exc.strerror:
        log.warning("environment error", exc_info=(type(exc), exc, exc.__traceback__))
        target = f" “{exc.filename}”" if exc.filename else ""
        return f"Lỗi đọc/ghi tệp{target}: {exc.strerror}."
    return report_bug(exc)
