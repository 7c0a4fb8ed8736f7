"""The README path as a new user takes it, through the real `commune-desk` entry point."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def cli(args: list[str], env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "commune_desk", *args], input=stdin, env=env,
                          cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_new_user_path_with_passphrase_mode(tmp_path: Path) -> None:
    # A fresh process has no test keyring: this is the "no keyring" machine, passphrase mode.
    env = dict(os.environ, PYTHONPATH=str(ROOT),
               COMMUNE_DESK_DB_PASSPHRASE="mat-khau-csdl-2026",
               COMMUNE_DESK_DATA_DIR=str(tmp_path / "data"),
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    db = tmp_path / "desk.sqlite3"
    r = cli(["user", "add", "--db", str(db), "--login", "admin", "--role", "admin"], env,
            "mat-khau-quan-tri\n")
    assert r.returncode == 0, r.stderr
    admin = "admin\nmat-khau-quan-tri\n"  # the administrator logs in (stdin, never an argument)
    r = cli(["user", "add", "--db", str(db), "--login", "thu", "--role", "clerk",
             "--name", "Nguyễn Thị Thu"], env, admin + "mat-khau-tam-1\n")
    assert r.returncode == 0, r.stderr
    r = cli(["backup", "--db", str(db), "--to", str(tmp_path / "usb"), "--json"], env, admin)
    assert r.returncode == 0, r.stderr
    backup = json.loads(r.stdout)["path"]
    r = cli(["restore", "--db", str(db), "--from", backup], env, admin)
    assert r.returncode == 0 and "kỳ đồng bộ 2" in r.stdout, r.stderr
    r = cli(["audit", "verify", "--db", str(db)], env, admin)
    assert r.returncode == 0 and "nguyên vẹn" in r.stdout, r.stderr
    r = cli(["sync-release", "--db", str(db)], env, admin)
    assert r.returncode == 0, r.stderr
    r = cli(["user", "list", "--db", str(db)], env, admin)
    assert "Nguyễn Thị Thu" in r.stdout, r.stderr

    no_key = dict(env)
    del no_key["COMMUNE_DESK_DB_PASSPHRASE"]
    r = cli(["user", "list", "--db", str(db)], no_key)  # neither the key nor a login
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "Cần đăng nhập" in r.stderr
    # Without the database passphrase, the administrator's login opens the file (key file).
    r = cli(["user", "list", "--db", str(db)], no_key, admin)
    assert r.returncode == 0 and "Nguyễn Thị Thu" in r.stdout, r.stderr
    wrong = dict(env, COMMUNE_DESK_DB_PASSPHRASE="mat-khau-sai-roi-nhe")
    r = cli(["audit", "verify", "--db", str(db)], wrong, "admin\nsai-mat-khau-roi\n")
    assert r.returncode == 2 and "không đúng" in r.stderr and "Traceback" not in r.stderr
