"""The sync commands end to end: server administration, enroll, sync --json, obstacle add/list,
and their bad paths (clear Vietnamese message, exit code 2, nothing changed)."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from serverkit import Admin, ServerProcess, make_desk, receive

from commune_desk.cli import main


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_server_admin_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                               monkeypatch: pytest.MonkeyPatch) -> None:
    url = str(tmp_path / "srv.sqlite3")
    code, out, _ = _run(capsys, "server", "add-commune", "--db", url, "--code", "40105",
                        "--name", "Phường Vinh Phú")
    assert code == 0 and "40105" in out
    code, _, err = _run(capsys, "server", "add-commune", "--db", url, "--code", "40105",
                        "--name", "Trùng")
    assert code == 2 and "đã được đăng ký" in err
    code, _, err = _run(capsys, "server", "add-commune", "--db", url, "--code", "x y",
                        "--name", "Sai mã")
    assert code == 2 and "Mã xã không hợp lệ" in err
    code, out, _ = _run(capsys, "server", "issue-token", "--db", url, "--code", "40105")
    assert code == 0 and out.strip().startswith("CD1-")
    code, _, err = _run(capsys, "server", "issue-token", "--db", url, "--code", "99999")
    assert code == 2 and "Chưa có xã" in err
    monkeypatch.setattr("sys.stdin", io.StringIO("mot-mat-khau-dai\n"))
    code, out, _ = _run(capsys, "server", "add-officer", "--db", url, "--login", "tinh.an",
                        "--name", "Võ Thị Hà")
    assert code == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("ngan\n"))
    code, _, err = _run(capsys, "server", "add-officer", "--db", url, "--login", "tinh.binh")
    assert code == 2 and "ít nhất 10 ký tự" in err
    code, out, _ = _run(capsys, "server", "communes", "--db", url, "--json")
    assert json.loads(out) == [{"code": "40105", "name": "Phường Vinh Phú"}]
    code, _, err = _run(capsys, "server", "communes", "--db", "mysql://x/y")
    assert code == 2 and "Chỉ hỗ trợ SQLite hoặc PostgreSQL" in err


def test_enroll_sync_obstacle_commands(sqlite_server: ServerProcess, admin: Admin,
                                       tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from sqlalchemy import text

    db = tmp_path / "desk.sqlite3"
    store = make_desk(db, 1)
    with store.write() as s:
        s.execute(text("UPDATE desk SET commune_code = '40002', commune_name = 'Xã Nam Đàn'"))
    receive(store)
    store.close()
    code, _, err = _run(capsys, "enroll", "--db", str(db), "--server", sqlite_server.url,
                        "--token", admin.token("40001"))
    assert code == 2 and "dành cho xã 40001" in err
    code, _, err = _run(capsys, "sync", "--db", str(db))
    assert code == 2 and "chưa đăng ký" in err
    code, _, err = _run(capsys, "enroll", "--db", str(db), "--server", sqlite_server.url,
                        "--token", "CD1-khong-dung-1234567890")
    assert code == 2 and "không đúng" in err
    code, out, _ = _run(capsys, "enroll", "--db", str(db), "--server", sqlite_server.url,
                        "--token", admin.token("40002"))
    assert code == 0 and "kho mật khẩu" in out
    code, out, _ = _run(capsys, "obstacle", "add", "--db", str(db), "--field", "Tư pháp",
                        "--blocker", "mang", "--since", "02/11/2026", "--dossiers", "4",
                        "--description", "Mất mạng cả tuần", "--json")
    assert code == 0 and json.loads(out)["id"]
    code, _, err = _run(capsys, "obstacle", "add", "--db", str(db), "--field", "Tư pháp",
                        "--blocker", "mua", "--since", "02/11/2026", "--description", "x")
    assert code == 2 and "Loại vướng mắc không hợp lệ" in err
    code, _, err = _run(capsys, "obstacle", "add", "--db", str(db), "--field", "Tư pháp",
                        "--blocker", "mang", "--since", "31/02/2026", "--description", "x")
    assert code == 2 and "Ngày không hợp lệ" in err
    code, out, _ = _run(capsys, "sync", "--db", str(db), "--json")
    report: dict[str, Any] = json.loads(out)
    assert code == 0 and report["ok"] and report["accepted"] == 2 and report["pending"] == 0
    code, out, _ = _run(capsys, "obstacle", "list", "--db", str(db), "--json")
    (ob,) = json.loads(out)
    assert ob["blocker_label"] == "Mạng, đường truyền" and ob["answers"] == []
    code, out, _ = _run(capsys, "obstacle", "close", "--db", str(db), "--id", ob["id"])
    assert code == 0
    code, _, err = _run(capsys, "obstacle", "close", "--db", str(db), "--id", ob["id"])
    assert code == 2 and "đã đóng" in err
    sqlite_server.stop()
    code, out, _ = _run(capsys, "sync", "--db", str(db), "--json")
    offline = json.loads(out)
    assert code == 3 and offline["offline"] and offline["pending"] == 1


def test_no_keyring_is_said_plainly(sqlite_server: ServerProcess, admin: Admin, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    import keyring
    from keyring.backends import fail

    db = tmp_path / "desk.sqlite3"
    make_desk(db, 1).close()
    token = admin.token()
    keyring.set_keyring(fail.Keyring())
    code, _, err = _run(capsys, "enroll", "--db", str(db), "--server", sqlite_server.url,
                        "--token", token)
    assert code == 2 and "kho mật khẩu" in err and "không lưu" in err
    assert not list(tmp_path.glob("*token*"))
    # The token was not spent: a desk with a keyring can still use it.
    from commune_desk.server.models import EnrolToken

    with admin.sessions() as s:
        assert s.query(EnrolToken).one().used_at is None
