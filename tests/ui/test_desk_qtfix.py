"""The PySide6 emit() reference defect is neutralised once commune_desk.ui is imported."""

from __future__ import annotations

import subprocess
import sys


def test_many_emits_do_not_kill_the_interpreter() -> None:
    code = (
        "import commune_desk.ui\n"
        "from PySide6.QtCore import QObject, Signal\n"
        "class O(QObject):\n"
        "    n = Signal(bool)\n"
        "o = O()\n"
        "o.n.connect(lambda v: None)\n"
        "for _ in range(50_000):\n"
        "    o.n.emit(True)\n"
        "import gc; gc.collect()\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "ok"
