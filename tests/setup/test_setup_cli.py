"""`commune-desk setup` without a server: official commune, agency id, desk number, refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from commune_desk.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def desk(path: Path) -> object:
    from commune_desk.cli.common import database_key
    from commune_desk.services.desk import desk_info
    from commune_desk.store import open_store

    key = database_key(path, create=False)
    store = open_store(path, key, create=False)
    try:
        return desk_info(store)
    finally:
        store.close()


def test_setup_creates_a_configured_desk_file(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "ban1.sqlite3"
    code, out, err = run(capsys, "setup", "--db", str(db), "--commune", "16816",
                         "--agency-id", "000.00.04.h40", "--desk", "2", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["commune_name"] == "Xã Mỹ Lý" and data["province_name"] == "Nghệ An"
    assert data["committee"] == "UBND xã Mỹ Lý"
    assert data["receiving_unit"] == "Trung tâm Phục vụ hành chính công xã Mỹ Lý"
    assert (data["desk_number"], data["agency_id"]) == (2, "000.00.04.H40")
    assert data["enrolled"] is False
    info = desk(db)
    assert (info.commune_code, info.desk_number, info.configured) == ("16816", 2, True)  # type: ignore[attr-defined]
    assert info.office_hours.seasons[0].name == "Mùa hè"  # type: ignore[attr-defined]
    # Set up again before any dossier: allowed (another number), still one desk.
    code, out, _ = run(capsys, "setup", "--db", str(db), "--commune", "16816", "--desk", "3")
    assert code == 0 and "bàn số 3" in out and "Xã Mỹ Lý" in out


@pytest.mark.parametrize(("argv", "message"), [
    (["--commune", "99999"], "không có trong danh mục"),
    (["--commune", "16816", "--agency-id", "H40"], "không đúng dạng (ví dụ đúng: 000.00.04.H40)"),
    (["--commune", "16816", "--desk", "12"], "từ 1 đến 9"),
    (["--commune", "16816", "--server", "http://127.0.0.1:9"], "--server và --token"),
])
def test_bad_input_is_refused_in_vietnamese_and_leaves_no_file(
        argv: list[str], message: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "x.sqlite3"
    code, _out, err = run(capsys, "setup", "--db", str(db), *argv)
    assert code == 2
    assert message in err and err.startswith("Lỗi:")
    assert not db.exists()


def test_a_file_with_dossiers_cannot_be_set_up_again(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "ban.sqlite3"
    assert run(capsys, "setup", "--db", str(db), "--commune", "16816", "--desk", "1")[0] == 0
    assert run(capsys, "demo", "--db", str(db), "--dossiers", "3", "--months", "1")[0] == 0
    code, _out, err = run(capsys, "setup", "--db", str(db), "--commune", "16941", "--desk", "1")
    assert code == 2 and "đã có 3 hồ sơ" in err
    info = desk(db)
    assert info.commune_code == "16816"  # type: ignore[attr-defined]


def test_demo_refuses_another_desk_number(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "ban.sqlite3"
    assert run(capsys, "setup", "--db", str(db), "--commune", "16816", "--desk", "2")[0] == 0
    code, _out, err = run(capsys, "demo", "--db", str(db), "--dossiers", "3", "--desk", "1")
    assert code == 2 and "bàn số 2, không phải bàn số 1" in err
    code, out, _err = run(capsys, "demo", "--db", str(db), "--dossiers", "3", "--months", "1",
                          "--desk", "2", "--json")
    assert code == 0 and json.loads(out)["desks"] == 1


def test_enroll_on_a_missing_file_says_run_setup_first(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "chua-co.sqlite3"
    code, _out, err = run(capsys, "enroll", "--db", str(db), "--server", "http://127.0.0.1:9",
                          "--token", "CD1-abcdefghijkl")
    assert code == 2 and "commune-desk setup --db" in err
    assert not db.exists()
