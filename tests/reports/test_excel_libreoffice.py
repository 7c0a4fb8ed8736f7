"""Every xlsx the desk writes opens in LibreOffice and prints each sheet on the intended pages."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from commune_desk.reports import excel, samples

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_office = pytest.mark.skipif(SOFFICE is None or shutil.which("pdftotext") is None,
                                  reason="LibreOffice Calc and poppler-utils (./dev TEST_DEBS)")


def to_pdf(xlsx: bytes, tmp: Path, name: str) -> list[str]:
    """Convert with LibreOffice (own profile, no network) and return the pages' text."""
    src = tmp / f"{name}.xlsx"
    src.write_bytes(xlsx)
    profile = (tmp / "lo-profile").as_uri()
    subprocess.run([str(SOFFICE), f"-env:UserInstallation={profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                   check=True, capture_output=True, timeout=180)
    pdf = tmp / f"{name}.pdf"
    assert pdf.exists(), "LibreOffice could not open the workbook"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    return [p for p in text.split("\f") if p.strip()]


@needs_office
def test_report_workbook_prints_one_page_per_sheet(tmp_path: Path) -> None:
    data = replace(samples.periodic(), provisional=True, as_of=datetime(2026, 3, 3, 10, 35))
    pages = to_pdf(excel.report_xlsx(data), tmp_path, "report")
    assert len(pages) == 2, [p[:200] for p in pages]
    first = " ".join(pages[0].split())
    for needle in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 25/BC-UBND", "BÁO CÁO",
                   "Số liệu tạm tính đến 10:35 03/03/2026", "Tổng cộng", "Nơi nhận:",
                   "Nguyễn Hữu Phúc"):
        assert needle in first, needle
    second = " ".join(pages[1].split())
    assert "CÁC CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP" in second
    assert "Tổng điểm tối đa" in second


@needs_office
def test_ledger_workbook_prints_full_width_with_header_on_every_page(tmp_path: Path) -> None:
    data = samples.ledger(120)
    pages = to_pdf(excel.ledger_xlsx(data), tmp_path, "ledger")
    assert 2 <= len(pages) <= 8
    for page in pages:
        flat = " ".join(page.split())
        assert "Mã hồ sơ" in flat and "Ghi chú" in flat  # title rows repeated, last column on
    text = " ".join(" ".join(pages).split())
    assert "SỔ THEO DÕI HỒ SƠ" in text and "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG" in text
    assert all(r.code in text for r in data.rows)
    assert "Tổng số: 120 hồ sơ." in text


@needs_office
def test_formula_text_stays_text_in_libreoffice(tmp_path: Path) -> None:
    base = samples.ledger(2)
    evil = '=HYPERLINK("http://127.0.0.1/x";"bam vao day")'
    data = replace(base, rows=(replace(base.rows[0], applicant_name=evil), base.rows[1]))
    text = " ".join(" ".join(to_pdf(excel.ledger_xlsx(data), tmp_path, "evil")).split())
    assert "=HYPERLINK(" in text
