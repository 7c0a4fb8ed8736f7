"""A short smoke of scripts/clerk_morning.py: a real X window set up and logged into by keys."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
NEEDED = ("Xvfb", "xdotool", "xmodmap")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(any(shutil.which(t) is None for t in NEEDED),
                       reason="needs Xvfb, xdotool and xmodmap (Debian xvfb, xdotool, x11-xserver-utils)"),
]


def test_set_up_and_first_login_by_keys_in_a_real_x_window(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "clerk_morning.py"), "--smoke", "--lang", "vi",
         "--size", "1024x600", "--out", str(tmp_path)],
        env=env, capture_output=True, text=True, timeout=240, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    shots = tmp_path / "vi-1024x600"
    names = sorted(p.name for p in shots.glob("*.png"))
    assert names == ["01-setup-commune.png", "02-setup-agency-desk.png", "03-setup-hours.png",
                     "04-setup-server.png", "05-setup-done.png", "06-first-admin.png",
                     "07-login.png", "08-worklist-admin.png"], names
    worklist = QImage(str(shots / "08-worklist-admin.png"))
    assert (worklist.width(), worklist.height()) == (1024, 600)
    # The main window covers the screen: the picture is not the black, empty X root.
    assert worklist.pixelColor(512, 300).lightness() > 100
