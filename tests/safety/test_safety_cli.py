"""The safety subcommands end to end, in-process (stdin for passwords, CliError for bad input)."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from safety_helpers import add_events, new_store

from commune_desk.cli import main
from commune_desk.store import crypto, open_store


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "desk.sqlite3"
    store = new_store(path)
    add_events(store, 12)
    store.close()
    return path


def run(argv: list[str], monkeypatch, stdin: str = "") -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(argv)


ADMIN = "admin\nmat-khau-quan-tri\n"  # who acts: login and password on stdin, never an argument


def test_user_add_list_disable_reset(db: Path, monkeypatch, capsys) -> None:
    assert run(["user", "add", "--db", str(db), "--login", "admin", "--role", "admin",
                "--name", "Quản trị"], monkeypatch, "mat-khau-quan-tri\n") == 0
    assert "Đã thêm tài khoản admin" in capsys.readouterr().out
    assert run(["user", "add", "--db", str(db), "--login", "thu", "--role", "clerk"],
               monkeypatch, ADMIN + "tam-thoi-123\n") == 0
    assert "phải đổi mật khẩu" in capsys.readouterr().out
    assert run(["user", "list", "--db", str(db), "--json"], monkeypatch, ADMIN) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["login"], r["role"]) for r in rows] == [("admin", "admin"), ("thu", "clerk")]
    assert run(["user", "disable", "--db", str(db), "--login", "thu"], monkeypatch, ADMIN) == 0
    assert run(["user", "list", "--db", str(db)], monkeypatch, ADMIN) == 0
    out = capsys.readouterr().out
    assert "đã khóa" in out and "Cán bộ tiếp nhận" in out
    assert run(["user", "reset-password", "--db", str(db), "--login", "thu"], monkeypatch,
               ADMIN + "mat-khau-moi-cua-toi-1\n") == 0
    from commune_desk.services.accounts import Accounts

    store = open_store(db, crypto.resolve_key(), seed=False)
    accounts = Accounts(store.engine)
    assert accounts.login("admin", "mat-khau-quan-tri").actor.full_name == "Quản trị"
    store.close()


@pytest.mark.parametrize(
    ("argv", "stdin", "message"),
    [
        (["user", "add", "--login", "admin", "--role", "admin"], "", "stdin trống"),
        (["user", "add", "--login", "admin", "--role", "admin"], "ngan\n", "ít nhất 8"),
        (["user", "add", "--login", "thu", "--role", "clerk"], "mat-khau-so-123\n", "đầu tiên"),
        (["user", "disable", "--login", "khong-co"], "", "tạo tài khoản quản trị"),
    ],
)
def test_user_bad_input(db: Path, monkeypatch, capsys, argv, stdin, message) -> None:
    before = db.read_bytes()
    assert run([*argv[:2], "--db", str(db), *argv[2:]], monkeypatch, stdin) == 2
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: ") and message in err
    assert "Traceback" not in err
    assert db.read_bytes() == before or message != "ít nhất 8"


def test_password_never_an_argument() -> None:
    from commune_desk.cli import build_parser

    with pytest.raises(SystemExit):
        build_parser().parse_args(["user", "add", "--login", "a", "--role", "admin",
                                   "--password", "x"])


def test_audit_verify_green_then_names_first_broken_link(db: Path, monkeypatch, capsys) -> None:
    assert run(["audit", "verify", "--db", str(db)], monkeypatch) == 0
    assert "nguyên vẹn: 12 sự kiện" in capsys.readouterr().out
    key = crypto.resolve_key()
    with crypto.opened(db, key) as conn:  # someone edits the file outside the app
        conn.execute("DROP TRIGGER events_no_update")
        victim = conn.execute("SELECT id FROM events WHERE desk_seq = 5").fetchone()[0]
        conn.execute("UPDATE events SET actor = 'ke-gian' WHERE desk_seq = 5")
    assert run(["audit", "verify", "--db", str(db)], monkeypatch) == 1
    out = capsys.readouterr().out
    assert victim in out and "số 5" in out and "bị sửa" in out
    assert run(["audit", "verify", "--db", str(db), "--json"], monkeypatch) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is False and data["broken"][0]["event_id"] == victim


def test_audit_verify_detects_deleted_event(db: Path, monkeypatch, capsys) -> None:
    with crypto.opened(db, crypto.resolve_key()) as conn:
        conn.execute("DROP TRIGGER events_no_delete")
        victim = conn.execute("SELECT id FROM events WHERE desk_seq = 8").fetchone()[0]
        nxt = conn.execute("SELECT id FROM events WHERE desk_seq = 9").fetchone()[0]
        conn.execute("DELETE FROM events WHERE id = ?", (victim,))
    assert run(["audit", "verify", "--db", str(db)], monkeypatch) == 1
    assert nxt in capsys.readouterr().out


def test_backup_restore_release_roundtrip(db: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    assert run(["user", "add", "--db", str(db), "--login", "admin", "--role", "admin"],
               monkeypatch, "mat-khau-quan-tri\n") == 0
    assert run(["user", "add", "--db", str(db), "--login", "thu", "--role", "clerk"],
               monkeypatch, ADMIN + "tam-thoi-123\n") == 0
    capsys.readouterr()
    usb = tmp_path / "usb"
    assert run(["backup", "--db", str(db), "--to", str(usb), "--json"], monkeypatch) == 2
    assert "Cần đăng nhập để sao lưu" in capsys.readouterr().err
    assert run(["backup", "--db", str(db)], monkeypatch, "thu\ntam-thoi-123\n") == 2  # a clerk
    assert "không có quyền" in capsys.readouterr().err
    assert run(["backup", "--db", str(db), "--to", str(usb), "--json"], monkeypatch, ADMIN) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["encrypted"] and info["events"] == 12
    assert run(["backup", "--db", str(db)], monkeypatch, ADMIN) == 0
    assert "Đã sao lưu và kiểm tra" in capsys.readouterr().out
    before = db.read_bytes()
    # The database key alone is not enough: no login, a wrong password, a clerk — refused.
    for stdin, message in (("", "đăng nhập"), ("admin\nsai-mat-khau-roi\n", "không đúng"),
                           ("thu\ntam-thoi-123\n", "không có quyền")):
        assert run(["restore", "--db", str(db), "--from", info["path"]], monkeypatch,
                   stdin) == 2
        assert message in capsys.readouterr().err
        assert run(["user", "add", "--db", str(db), "--login", "ke.gian", "--role", "admin"],
                   monkeypatch, stdin + "mat-khau-ke-gian-1\n") == 2
        capsys.readouterr()
    assert b"ke.gian" not in db.read_bytes() or db.read_bytes() == before
    assert run(["restore", "--db", str(db), "--from", info["path"]], monkeypatch, ADMIN) == 0
    out = capsys.readouterr().out
    assert "kỳ đồng bộ 2" in out and "sync-release" in out
    with crypto.opened(db, crypto.resolve_key()) as conn:  # the restore is logged, and survives
        logged = conn.execute("SELECT actor, target, detail FROM account_log "
                              "WHERE action = 'restored'").fetchall()
    assert [(a, t) for a, t, _d in logged] == [("admin", Path(info["path"]).name)]
    assert "kỳ đồng bộ 2" in logged[0][2]
    assert run(["restore", "--db", str(db), "--release-hold"], monkeypatch, ADMIN) == 0
    assert "Đã cho phép đồng bộ lại" in capsys.readouterr().out
    assert run(["sync-release", "--db", str(db)], monkeypatch, ADMIN) == 0
    assert "không bị tạm dừng" in capsys.readouterr().out
    assert run(["audit", "verify", "--db", str(db)], monkeypatch, ADMIN) == 0


def test_restore_missing_file_message(db: Path, monkeypatch, capsys) -> None:
    assert run(["restore", "--db", str(db), "--from", "/khong/co/tep.sqlite3"], monkeypatch) == 2
    assert "Không tìm thấy tệp sao lưu" in capsys.readouterr().err
    assert run(["restore", "--db", str(db)], monkeypatch) == 2
    assert "--from FILE" in capsys.readouterr().err


def test_encrypt_plain_database(tmp_path: Path, monkeypatch, capsys) -> None:
    path = tmp_path / "old.sqlite3"
    store = new_store(path, key=None)
    add_events(store, 5)
    store.close()
    assert crypto.is_plain_sqlite(path)
    assert run(["backup", "--db", str(path), "--json"], monkeypatch) == 0
    assert json.loads(capsys.readouterr().out)["encrypted"] is True  # never a plain backup
    assert run(["encrypt", "--db", str(path)], monkeypatch) == 0
    assert "Đã mã hóa" in capsys.readouterr().out
    assert not crypto.is_plain_sqlite(path)
    assert run(["audit", "verify", "--db", str(path)], monkeypatch) == 0
    assert run(["encrypt", "--db", str(path)], monkeypatch) == 0
    assert "đã được mã hóa" in capsys.readouterr().out


def test_no_keyring_cli_refuses_clearly(db: Path, monkeypatch, capsys) -> None:
    import keyring
    from keyring.backends import fail

    monkeypatch.delenv(crypto.PASSPHRASE_ENV, raising=False)
    keyring.set_keyring(fail.Keyring())
    assert run(["audit", "verify", "--db", str(db)], monkeypatch) == 2
    err = capsys.readouterr().err
    assert "không có kho khóa" in err and crypto.PASSPHRASE_ENV in err


def test_restore_refused_while_the_app_has_the_file_open(db: Path, tmp_path: Path, monkeypatch,
                                                        capsys) -> None:
    """The GUI holds a shared lock beside the file (``store.inuse.hold_in_use``) for as long as
    it runs; a CLI restore then refuses instead of replacing the file under it."""
    import gc
    import os
    import subprocess
    import time

    assert run(["user", "add", "--db", str(db), "--login", "admin", "--role", "admin"],
               monkeypatch, "mat-khau-quan-tri\n") == 0
    assert run(["backup", "--db", str(db), "--to", str(tmp_path / "usb"), "--json"],
               monkeypatch, ADMIN) == 0
    capsys.readouterr()
    backups = sorted((tmp_path / "usb").glob("*.sqlite3"))
    root = Path(__file__).resolve().parents[2]
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from pathlib import Path; from commune_desk.store.inuse import "
         f"hold_in_use; h = hold_in_use(Path({str(db)!r})); print('ok', flush=True); "
         "time.sleep(60)"],
        cwd=root, env={**os.environ, "PYTHONPATH": str(root)},
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        # Connections that earlier commands of this process left for the collector checkpoint
        # their WAL into the file when collected: let that happen now, not during the restore.
        gc.collect()
        before = db.read_bytes()
        assert run(["restore", "--db", str(db), "--from", str(backups[0])], monkeypatch,
                   ADMIN) == 2
        assert "đang mở" in capsys.readouterr().err
        assert db.read_bytes() == before
    finally:
        holder.kill()
        holder.wait(10)
    time.sleep(0.1)
    assert run(["restore", "--db", str(db), "--from", str(backups[0])], monkeypatch, ADMIN) == 0
