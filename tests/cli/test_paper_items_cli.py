"""Issue 14, item by item, from the command line on a configured commune's file (no accounts
yet: the paper commands act for the set-up, as on a desk being prepared)."""

from __future__ import annotations

import io
import re
import shutil
import sqlite3
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from commune_desk.cli import main
from commune_desk.domain.permissions import Actor, Role
from commune_desk.services.demo import generate_demo
from commune_desk.services.desk import configure_desk
from commune_desk.store.engine import open_store

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils")
NOW = "27/11/2026 16:00"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("paperitems") / "desk.sqlite3"
    store = open_store(path)
    configure_desk(store, Actor("quantri", Role.ADMIN), commune_code="16941",
                   agency_id="000.00.04.H41")
    generate_demo(store, 500, seed=11, months=12, now=datetime(2026, 11, 27, 16, 0))
    store.close()
    return path


def _one(db: Path, sql: str) -> str:
    con = sqlite3.connect(db)
    row = con.execute(sql).fetchone()
    con.close()
    assert row is not None, sql
    return str(row[0])


def _pdf_text(path: Path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())


def _run(*args: str) -> None:
    assert main(list(args)) == 0, args


def test_open_year_report_is_provisional_and_weights_sum_to_100(db: Path, tmp_path: Path
                                                                 ) -> None:
    """Items 1, 2, 11, 14: the open year says "tạm tính" (PDF and Excel), 766 total 100,
    Decree 30 heading and recipients, the Excel sheet headed and numbered."""
    pdf, xlsx = tmp_path / "bc.pdf", tmp_path / "bc.xlsx"
    for out in (pdf, xlsx):
        _run("report", "--db", str(db), "--period", "2026", "--number", "5", "--out", str(out),
             "--now", NOW)
    text = _pdf_text(pdf)
    assert "Số liệu tạm tính đến 16:00 27/11/2026" in text
    layout = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                            text=True, check=True).stdout
    assert re.search(r"Tổng điểm tối đa\s+100\n", layout)
    assert "Số: 05/BC-UBND" in text and "Kính gửi:" in text and "Như trên;" in text
    assert "ỦY BAN NHÂN DÂN XÃ NGHĨA ĐÀN" in text and "mẫu (chưa cấu hình)" not in text
    cells = {str(c.value) for ws in load_workbook(io.BytesIO(xlsx.read_bytes())).worksheets
             for row in ws.iter_rows() for c in row if c.value is not None}
    assert any("tạm tính" in c for c in cells)
    assert any("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in c for c in cells)
    closed = tmp_path / "q3.pdf"
    _run("report", "--db", str(db), "--period", "2026-Q3", "--out", str(closed), "--now", NOW)
    assert "tạm tính" not in _pdf_text(closed)


def test_receipt_names_the_clerk_and_finds_its_ledger_row(db: Path, tmp_path: Path) -> None:
    """Items 4, 5, 7, 9: full name instead of the login, the commune's name in case, the
    rule of the deadline, and the receipt's entry number printed in the ledger's column (1)."""
    code = _one(db, "SELECT code FROM dossiers WHERE channel != 'online' "
                    "ORDER BY received_at DESC LIMIT 1")
    login = _one(db, f"SELECT actor FROM events e JOIN dossiers d ON d.id = e.dossier_id "
                     f"WHERE d.code = '{code}' AND e.kind = 'received'")
    _run("staff", "--db", str(db), "--login", login, "--name", "Nguyễn Thị Thu Hà",
         "--phone", "0238 3881 103")
    out = tmp_path / "01.pdf"
    _run("print", "--db", str(db), "--dossier", code, "--form", "01", "--out", str(out))
    text = _pdf_text(out)
    assert "Nguyễn Thị Thu Hà" in text and login not in text
    assert "xã Nghĩa Đàn" in text and "xã nghĩa đàn" not in text
    assert "Cách tính:" in text
    entry = text.split("Số thứ tự: ")[1].split()[0]
    day = datetime.strptime(_one(db, f"SELECT received_at FROM dossiers WHERE code = '{code}'"
                                 )[:10], "%Y-%m-%d")
    book = tmp_path / "so.pdf"
    _run("ledger", "--db", str(db), "--from", f"{day:%d/%m/%Y}", "--to", f"{day:%d/%m/%Y}",
         "--out", str(book), "--now", NOW)
    ledger = _pdf_text(book)
    assert entry in ledger and "Xã mẫu" not in ledger
    extract = tmp_path / "07.pdf"
    _run("print", "--db", str(db), "--dossier", code, "--form", "07", "--out", str(extract))
    one = _pdf_text(extract)
    assert "TRÍCH SỔ THEO DÕI HỒ SƠ" in one and entry in one and "Tổng số" not in one


def test_control_slip_and_reply_letter_print_from_the_command_line(db: Path, tmp_path: Path
                                                                   ) -> None:
    """Items 6 and 10: form 06 of a returned dossier on one page with every step; a denied
    dossier prints the reply letter (TL) and not form 03."""
    code = _one(db, "SELECT code FROM dossiers WHERE status = 'returned' "
                    "ORDER BY received_at DESC LIMIT 1")
    out = tmp_path / "06.pdf"
    _run("print", "--db", str(db), "--dossier", code, "--form", "06", "--out", str(out))
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert info.split("Pages:")[1].split()[0] == "1"
    assert "PHIẾU KIỂM SOÁT" in _pdf_text(out)
    denied = _one(db, "SELECT code FROM dossiers WHERE outcome = 'denied' LIMIT 1")
    letter = tmp_path / "tl.pdf"
    _run("print", "--db", str(db), "--dossier", denied, "--form", "TL", "--out", str(letter))
    assert "Văn bản trả lời".upper() in _pdf_text(letter).upper() or "TRẢ LỜI" in _pdf_text(
        letter).upper()
    assert main(["print", "--db", str(db), "--dossier", denied, "--form", "03", "--out",
                 str(tmp_path / "03.pdf")]) == 2
    assert not (tmp_path / "03.pdf").exists()


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return int(info.split("Pages:")[1].split()[0])


def test_layout_brief_one_page_report_table_on_its_page(db: Path, tmp_path: Path) -> None:
    """Item 12: the weekly brief is one page; Biểu II.06a is two landscape pages with the
    table and its total on the first."""
    brief = tmp_path / "tuan.pdf"
    _run("brief", "--db", str(db), "--week", "2026-W48", "--out", str(brief), "--now", NOW)
    assert _pages(brief) == 1
    report = tmp_path / "bc.pdf"
    _run("report", "--db", str(db), "--period", "2026-Q3", "--out", str(report), "--now", NOW)
    assert _pages(report) == 2
    first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(report), "-"],
                           capture_output=True, text=True, check=True).stdout
    assert "Tổng cộng" in first or "Tổng số" in first
