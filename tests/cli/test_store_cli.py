"""The store's command line: demo, check, search, catalog import/export, bad input."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from commune_desk.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A legacy plain (unencrypted) file: the command line still reads such files as they are.

    Module-scoped, so it cannot rely on the per-test keyring; the encrypted files the CLI
    creates itself are covered in test_store_cli_encrypted.py.
    """
    from commune_desk.services.demo import generate_demo
    from commune_desk.store import open_store

    path = tmp_path_factory.mktemp("cli") / "demo.db"
    store = open_store(path, bulk=True)
    try:
        generate_demo(store, 1200, seed=3)
    finally:
        store.close()
    # Tests copy the main file's bytes: fold the WAL in first, or a copy taken while another
    # connection kept the WAL alive would miss the newest pages (and the dossier they change).
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path


def test_demo_json_progress_and_bar(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "d.db"
    code, out, err = run(capsys, "--db", str(db), "demo", "--dossiers", "25", "--json-progress")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines == [{"committed": 25}]
    assert "Đang tạo hồ sơ mẫu" in err and "100.0%" in err
    code, out, _ = run(capsys, "demo", "--db", str(db), "--dossiers", "10", "--seed", "2", "--json")
    assert code == 0 and json.loads(out)["dossiers"] == 10


def test_check_json_and_text(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--db", str(demo_db), "--json")
    data = json.loads(out)
    assert code == 0 and data["ok"] is True and data["dossiers"] == 1200
    assert data["events"] > 1200 and len(data["digest"]) == 64
    code, out, _ = run(capsys, "check", "--db", str(demo_db))
    assert code == 0 and "toàn vẹn" in out and "1.200 hồ sơ" in out


def test_check_reports_damage_with_nonzero_exit(demo_db: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(demo_db.read_bytes())
    con = sqlite3.connect(bad)
    # Always a different status (the demo is dated from today, so num 1 may be withdrawn already).
    con.execute("UPDATE dossiers SET status = CASE status WHEN 'withdrawn' THEN 'received' "
                "ELSE 'withdrawn' END WHERE num = 1")
    assert con.total_changes == 1
    con.commit()
    con.close()
    code, out, _ = run(capsys, "check", "--db", str(bad))
    assert code == 1 and "CÓ LỖI" in out and "status" in out
    code, out, _ = run(capsys, "check", "--db", str(bad), "--json")
    assert code == 1 and json.loads(out)["ok"] is False


def test_search_finds_without_marks(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    con = sqlite3.connect(demo_db)
    name, code_ = con.execute("SELECT applicant_name, code FROM dossiers WHERE applicant_name LIKE 'Nguyễn Thị%' LIMIT 1").fetchone()
    con.close()
    from commune_desk.domain.text import fold

    code, out, _ = run(capsys, "search", "--db", str(demo_db), fold(name), "--limit", "500", "--json")
    hits = json.loads(out)
    assert code == 0 and any(h["code"] == code_ for h in hits)
    # every hit holds every query word as a word prefix (FTS5 prefix tokens, any order)
    for h in hits:
        words = fold(h["applicant"] + " " + h["procedure"]).split()
        assert all(any(w.startswith(t) for w in words) for t in fold(name).split()), h
    assert {"code", "applicant", "procedure", "status", "due_at"} <= set(hits[0])
    code, out, _ = run(capsys, "search", "--db", str(demo_db), code_[:-1])
    assert code == 0 and code_ in out and "hẹn trả" in out
    code, out, _ = run(capsys, "search", "--db", str(demo_db), "zzzz khong ai ten nay")
    assert code == 0 and "Không tìm thấy" in out


def test_catalog_export_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "c.db"
    xlsx = tmp_path / "danh_muc.xlsx"
    code, out, _ = run(capsys, "catalog", "export", "--db", str(db), str(xlsx))
    assert code == 2 and out == ""  # the database does not exist yet: export refuses to create it
    code, out, _ = run(capsys, "catalog", "import", "--db", str(db), str(xlsx))
    assert code == 2
    main(["demo", "--db", str(db), "--dossiers", "1"])
    capsys.readouterr()
    code, out, _ = run(capsys, "catalog", "export", "--db", str(db), str(xlsx), "--json")
    assert code == 0 and json.loads(out)["procedures"] >= 28 and xlsx.exists()
    code, out, _ = run(capsys, "catalog", "import", "--db", str(db), str(xlsx))
    assert code == 0 and "phiên bản 2" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["check", "--db", "{tmp}/khong_co.db"], "Không tìm thấy"),
        (["search", "--db", "{tmp}/khong_co.db", "abc"], "Không tìm thấy"),
        (["demo", "--db", "{tmp}/x.db", "--dossiers", "0"], "--dossiers"),
        (["demo", "--db", "{tmp}/x.db", "--dossiers", "5", "--desk", "12"], "--desk"),
        (["check", "--db", "{tmp}/junk.db"], "không phải cơ sở dữ liệu"),
        (["catalog", "import", "--db", "{tmp}/x.db", "{tmp}/junk.xlsx"], "không phải tệp Excel"),
        (["check", "--db", "{tmp}/future.db"], "mới hơn"),
        (["demo", "--db", "{tmp}/ro.db", "--dossiers", "5"], "chỉ cho phép đọc"),
    ],
)
def test_bad_input_gives_vietnamese_error_and_exit_2(
    argv: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "junk.db").write_bytes(b"garbage" * 100)
    (tmp_path / "junk.xlsx").write_bytes(b"garbage" * 100)
    from commune_desk.store import open_store

    open_store(tmp_path / "future.db").close()
    con = sqlite3.connect(tmp_path / "future.db")
    con.execute("UPDATE alembic_version SET version_num = 'ffff'")
    con.commit()
    con.close()
    open_store(tmp_path / "ro.db").close()
    os.chmod(tmp_path / "ro.db", 0o444)
    try:
        code, _out, err = run(capsys, *[a.format(tmp=tmp_path) for a in argv])
    finally:
        os.chmod(tmp_path / "ro.db", 0o644)
    assert code == 2
    assert err.startswith("Lỗi: ") and message in err
    assert "Traceback" not in err


def test_json_into_a_closed_pipe_exits_quietly(demo_db: Path) -> None:
    """``commune-desk search … --json | head``: the reader is gone, no traceback."""
    import subprocess
    import sys

    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has already gone: every write gets EPIPE
    try:
        proc = subprocess.run(
            [sys.executable, "-c", "import sys; from commune_desk.cli import main; "
             "sys.exit(main(sys.argv[1:]))", "search", "--db", str(demo_db), "nguyen", "--json"],
            stdout=write_end, stderr=subprocess.PIPE, timeout=120, check=False,
        )
    finally:
        os.close(write_end)
    assert proc.returncode == 1
    assert proc.stderr.decode() == ""


def test_print_json_broken_pipe_raises_system_exit(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    from commune_desk.cli.common import print_json

    class Gone(io.StringIO):
        def write(self, _s: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(sys, "stdout", Gone())
    with pytest.raises(SystemExit) as caught:
        print_json({"a": 1})
    assert caught.value.code == 1
