"""Start the real desk under Xvfb on a demo database and save screenshots of its main screens.

    .venv/bin/python scripts/screenshots.py [--db DEMO.sqlite3] [--n 20000] [--out docs/screenshots]

Without a display it re-runs itself under ``xvfb-run`` (Debian package ``xvfb``) with Qt's
``xcb`` platform, so the pictures come from a real X window, fonts and style included.
"""

from __future__ import annotations

import argparse
import os
import shutil
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
    parser.add_argument("--db", type=Path, default=None, help="an existing demo database (copied)")
    parser.add_argument("--n", type=int, default=20_000, help="dossiers to generate")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("DESK_SCREENSHOTS_CHILD"):
        return _reexec_under_xvfb(argv)

    import datetime as dt

    from PySide6.QtCore import QEventLoop, QTimer

    from commune_desk.app import build_main_window, make_qapplication
    from commune_desk.services.accounts import Accounts
    from commune_desk.services.demo import generate_demo
    from commune_desk.store import open_store

    tmp = Path(tempfile.mkdtemp(prefix="desk-shots-"))
    os.environ["COMMUNE_DESK_DATA_DIR"] = str(tmp)
    db = tmp / "demo.sqlite3"
    if args.db:
        shutil.copy(args.db, db)
        store = open_store(db)
    else:
        store = open_store(db, bulk=True)
        generate_demo(store, args.n, seed=2026)
        store.close()
        store = open_store(db)
    from commune_desk.domain.permissions import SYSTEM_ACTOR
    from commune_desk.services.desk import configure_desk

    configure_desk(store, SYSTEM_ACTOR, commune_code="16941", commune_name="Xã Nghĩa Đàn",
                   agency_id="000.00.04.H40", receiving_unit="Trung tâm Phục vụ hành chính "
                   "công xã Nghĩa Đàn")
    accounts = Accounts(engine=store.engine)
    password = "demo-" + os.urandom(6).hex()
    if not accounts.has_users():
        admin = accounts.add_user(None, "quantri", "admin", password, "Quản trị hệ thống")
        admin_actor = accounts.login(admin.login, password).actor
        accounts.add_user(admin_actor, "lanhdao", "leader", password, "Nguyễn Văn Lãnh")
    actor = accounts.login("lanhdao", password).actor  # the same sign-in the dialog performs

    app = make_qapplication(language="vi")
    window = build_main_window(store, actor, accounts=accounts)
    window._quiet = True  # no modal message boxes while the script drives the window
    window.resize(1440, 900)
    window.show()
    window.start()

    def settle(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    args.out.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []

    def shot(name: str) -> None:
        path = args.out / f"{name}.png"
        window.grab().save(str(path))
        shots.append(path)

    settle(1500)
    shot("01-worklist")
    window.worklist.cards["overdue"].click()
    settle(1500)
    shot("02-list-overdue")
    window.dossiers.show_worklist(None)
    window.dossiers.search.setText("nguyen thi")
    settle(1500)
    shot("03-list-search")
    window.show_screen("intake")
    intake = window.intake
    intake.name.setText("Nguyễn Thị Hồng Đào")
    intake.id_number.setText("040190012345")
    intake.birth_date.setText("12/03/1990")
    intake.phone.setText("0912 345 678")
    intake.address.setText("Xóm 3, xã Nghĩa Đàn, tỉnh Nghệ An")
    proc = next(p for p in intake.reference.procedures if "tình trạng hôn nhân" in p.name)
    intake.picker.choose(proc.code)
    intake.email.setText("dao@")  # a live validation message shows in the picture
    intake._touched.add("email")
    intake._validate_field("email")
    settle(500)
    shot("04-intake")
    # A dossier with a long history for the detail screen.
    with store.read() as s:
        from sqlalchemy import text

        dossier_id = s.execute(text(
            "SELECT id FROM dossiers WHERE reschedule_count > 0 AND supplement_count > 0 "
            "ORDER BY received_at DESC LIMIT 1")).scalar() or s.execute(text(
                "SELECT id FROM dossiers ORDER BY event_count DESC LIMIT 1")).scalar()
    window.open_dossier(str(dossier_id))
    settle(1500)
    shot("05-detail")
    window.show_screen("dashboard")
    settle(2500)
    shot("06-dashboard")
    window.show_screen("settings")
    settle(1500)
    shot("07-settings")
    if window.nav_actions["reports"].isEnabled():
        window.show_screen("reports")
        settle(800)
        shot("08-reports")
    window.ctx.runner.wait_for_done(10_000)
    window.intake._clear_applicant()  # the half-typed intake of the picture: no question on close
    window.close()
    store.close()
    del app
    for p in shots:
        print(p.relative_to(ROOT) if p.is_relative_to(ROOT) else p)
    print(f"({dt.datetime.now():%H:%M %d/%m/%Y}) {len(shots)} ảnh")
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
