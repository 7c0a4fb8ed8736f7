"""Work-arounds for defects of the installed Qt binding, applied once when ``commune_desk.ui`` loads.

PySide6 6.12.0's ``SignalInstance.emit()`` returns ``True`` without taking a reference to it, so
every emit from Python code lowers ``True``'s reference count by one. On CPython 3.11 (bools
are not immortal before 3.12) the interpreter dies with "bool_dealloc: deallocating True or
False" after enough emits — in a long session, or at the end of a test run. Measured here:
100 emits of a signal with no receivers → ``sys.getrefcount(True)`` 100 lower.

The fix is detected, not assumed: a probe signal is emitted and, only if ``True`` lost
references, ``True``'s count is raised by 2**40 once, which no session can use up. ``True``
is never freed in a running interpreter, so the extra count changes nothing else.
"""

from __future__ import annotations

import ctypes
import sys

_applied = False


def emit_leaks_true() -> bool:
    """Whether this PySide6 drops a reference to ``True`` on each ``emit()``."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(16):
        probe.ping.emit()
    return sys.getrefcount(True) <= before - 16


def apply() -> bool:
    """Apply the work-around when needed; returns whether it was applied (idempotent)."""
    global _applied
    if _applied:
        return True
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False  # bools are immortal from CPython 3.12
    if not emit_leaks_true():
        return False
    refcount = ctypes.c_ssize_t.from_address(id(True))  # ob_refcnt, the first field
    refcount.value += 1 << 40
    _applied = True
    return True
