"""``commune-desk print|report|brief|ledger``: files written on success, nothing on bad input."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from datetime import datetime
from pathlib import Path

import pytest

from commune_desk.cli import main
from commune_desk.services.demo import generate_demo
from commune_desk.store.engine import open_store

NOW = "27/11/2026 16:00"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("papercli") / "desk.sqlite3"
    store = open_store(path)
    generate_demo(store, 600, seed=3, months=6, now=datetime(2026, 11, 27, 16, 0))
    store.close()
    return path


def _code(db: Path, where: str = "1=1") -> str:
    con = sqlite3.connect(db)
    code = con.execute(f"SELECT code FROM dossiers WHERE {where} ORDER BY received_at DESC "
                       "LIMIT 1").fetchone()[0]
    con.close()
    return str(code)


def _run(*args: str) -> int:
    return main(list(args))


def test_print_receipt(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "phieu01.pdf"
    code = _code(db)
    assert _run("print", "--db", str(db), "--dossier", code, "--form", "01", "--out",
                str(out)) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "Đã ghi" in capsys.readouterr().out
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert f"Mã hồ sơ: {code}" in text
    assert [p.name for p in tmp_path.iterdir()] == ["phieu01.pdf"]  # no temp file left


@pytest.mark.parametrize("period", ["2026-Q3", "2026-09", "2026-H1", "2026-9M"])
def test_report_pdf_and_xlsx(db: Path, tmp_path: Path, period: str) -> None:
    for ext in ("pdf", "xlsx"):
        out = tmp_path / f"bc.{ext}"
        assert _run("report", "--db", str(db), "--period", period, "--out", str(out),
                    "--now", NOW) == 0
        assert out.stat().st_size > 1000


def test_report_custom_window_ledger_and_brief(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "tuy-chon.pdf"
    assert _run("report", "--db", str(db), "--from", "01/10/2026", "--to", "31/10/2026",
                "--out", str(out), "--now", NOW) == 0
    out = tmp_path / "so.xlsx"
    assert _run("ledger", "--db", str(db), "--from", "01/11/2026", "--to", "27/11/2026",
                "--out", str(out), "--now", NOW) == 0
    out = tmp_path / "tuan.pdf"
    assert _run("brief", "--db", str(db), "--week", "2026-W48", "--out", str(out),
                "--now", NOW) == 0
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["print", "--dossier", "000.00.00.H41-991231-1001", "--form", "01"], "Không tìm thấy hồ sơ"),
        (["print", "--dossier", "X", "--form", "09"], "mẫu số"),
        (["report", "--period", "2030-Q1"], "chưa bắt đầu"),
        (["report", "--period", "2019"], "Không có hồ sơ"),
        (["report", "--period", "2026-Q7"], "Không hiểu kỳ báo cáo"),
        (["report", "--from", "31/10/2026", "--to", "01/10/2026"], "sau ngày kết thúc"),
        (["report", "--from", "31/02/2026", "--to", "01/03/2026"], "không tồn tại"),
        (["report"], "Cần chỉ ra kỳ báo cáo"),
        (["report", "--period", "2026-Q3", "--from", "01/01/2026", "--to", "02/01/2026"],
         "không dùng cả hai"),
        (["brief", "--week", "2026-Q3"], "không phải một tuần"),
        (["brief", "--week", "2030-W02"], "chưa bắt đầu"),
        (["ledger", "--from", "01/01/2020", "--to", "31/01/2020"], "Không có hồ sơ"),
    ],
)
def test_bad_input_gives_vietnamese_error_and_no_file(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str],
        message: str) -> None:
    out = tmp_path / "ket-qua.pdf"
    code = _run(args[0], "--db", str(db), *args[1:], "--out", str(out))
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: ") and message in err
    assert list(tmp_path.iterdir()) == []


def test_bad_output_and_missing_db(db: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert _run("report", "--db", str(db), "--period", "2026-Q3", "--out",
                str(tmp_path / "x.docx")) == 2
    assert "phải có đuôi" in capsys.readouterr().err
    assert _run("brief", "--db", str(db), "--week", "2026-W40", "--out",
                str(tmp_path / "x.xlsx")) == 2
    assert _run("report", "--db", str(tmp_path / "none.sqlite3"), "--period", "2026-Q3",
                "--out", str(tmp_path / "x.pdf")) == 2
    assert "Không tìm thấy tệp cơ sở dữ liệu" in capsys.readouterr().err
    assert _run("report", "--db", str(db), "--period", "2026-Q3", "--out",
                str(tmp_path / "no-dir" / "x.pdf")) == 2
    assert list(tmp_path.iterdir()) == []


def test_paper_settings_and_staff_commands_change_what_is_printed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 14: signers, slip size, lookup address and staff names are settings (CLI)."""
    shutil.copy(_fresh_db(tmp_path), tmp_path / "d.sqlite3")
    path = str(tmp_path / "d.sqlite3")
    assert _run("paper-settings", "--db", path, "--slip-size", "A5", "--lookup-url",
                "https://dichvucong.nghean.gov.vn/tra-cuu?ma={code}", "--centre-signer",
                "KT. GIÁM ĐỐC;PHÓ GIÁM ĐỐC;Nguyễn Hữu Phúc") == 0
    out = capsys.readouterr().out
    assert "Khổ phiếu (Mẫu 01–05): A5" in out and "Nguyễn Hữu Phúc" in out
    assert _run("paper-settings", "--db", path, "--report-signer", "chỉ một phần") == 2
    assert _run("paper-settings", "--db", path, "--lookup-url", "ftp://x") == 2
    con = sqlite3.connect(path)
    actor = con.execute("SELECT actor FROM events WHERE kind = 'received' LIMIT 1").fetchone()[0]
    con.close()
    assert _run("staff", "--db", path, "--login", actor, "--name", "Lê Văn Bình",
                "--phone", "0238 3812 345") == 0
    code = _code(Path(path))
    out_pdf = tmp_path / "01.pdf"
    assert _run("print", "--db", path, "--dossier", code, "--form", "01", "--out",
                str(out_pdf)) == 0
    info = subprocess.run(["pdfinfo", str(out_pdf)], capture_output=True, text=True).stdout
    assert "419.528 x 595.276" in info  # A5
    text = subprocess.run(["pdftotext", str(out_pdf), "-"], capture_output=True,
                          text=True).stdout
    assert "dichvucong.nghean.gov.vn" in text


def _fresh_db(tmp_path: Path) -> Path:
    path = tmp_path / "fresh.sqlite3"
    store = open_store(path)
    generate_demo(store, 30, seed=5, months=1, now=datetime(2026, 11, 27, 16, 0))
    store.close()
    return path
