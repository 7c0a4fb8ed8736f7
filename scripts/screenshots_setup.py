"""Screenshots of the first-run set-up wizard (real X window under Xvfb), for docs/screenshots/.

    .venv/bin/python scripts/screenshots_setup.py [--out docs/screenshots]

Without a display it re-runs itself under ``xvfb-run`` (Debian package ``xvfb``) with Qt's
``xcb`` platform. The last step enrols against a server address where nothing listens, to
show how the set-up continues offline.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _reexec_under_xvfb(argv: list[str]) -> int:
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        print("Lỗi: cần xvfb-run (gói Debian xvfb) để chụp màn hình.", file=sys.stderr)
        return 2
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DESK_SCREENSHOTS_CHILD": "1"}
    cmd = [xvfb, "-a", "-s", "-screen 0 1600x1000x24", sys.executable, __file__, *argv]
    return subprocess.call(cmd, env=env)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("DESK_SCREENSHOTS_CHILD"):
        return _reexec_under_xvfb(argv)

    import keyring
    from keyring.backend import KeyringBackend
    from PySide6.QtCore import QEventLoop, QTimer

    from commune_desk.app import make_qapplication
    from commune_desk.store import open_store
    from commune_desk.ui.setup import SetupWizard
    from commune_desk.ui.workers import TaskRunner

    class _MemoryKeyring(KeyringBackend):  # Xvfb has no session keyring
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            self.items: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.items.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.items[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.items.pop((service, username), None)

    keyring.set_keyring(_MemoryKeyring())
    tmp = Path(tempfile.mkdtemp(prefix="desk-setup-shots-"))
    os.environ["COMMUNE_DESK_DATA_DIR"] = str(tmp)
    app = make_qapplication(language="vi")
    store = open_store(tmp / "new.sqlite3")
    runner = TaskRunner()
    wizard = SetupWizard(store, runner)
    wizard.resize(760, 560)
    wizard.show()
    args.out.mkdir(parents=True, exist_ok=True)

    def settle(ms: int = 300) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def shot(name: str) -> None:
        settle()
        path = args.out / name
        wizard.grab().save(str(path))
        print(path)

    wizard.commune_search.setText("my ly")
    shot("10-setup-commune.png")
    wizard._on_next_clicked()
    wizard.agency_id.setText("H40")
    wizard._on_next_clicked()  # shows the validation message with the example
    shot("11-setup-agency-desk.png")
    wizard.agency_id.setText("000.00.04.H40")
    wizard.desk_number.setValue(2)
    wizard._on_next_clicked()
    shot("12-setup-hours.png")
    wizard._on_next_clicked()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    wizard.server_url.setText(f"http://127.0.0.1:{port}")
    wizard.token.setText("CD1-Vd7kq2mXo9Lr4TfN")
    shot("13-setup-server.png")
    wizard._on_next_clicked()
    for _ in range(100):
        if wizard.pages.currentIndex() == 4:
            break
        settle(100)
    shot("14-setup-done-offline.png")
    runner.wait_for_done(5000)
    wizard.close()
    store.close()
    del app
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
