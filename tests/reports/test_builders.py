"""Paper builders on sample data: embedded fonts, layout rules, text read back, Excel cells."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from commune_desk.reports import brief, excel, forms, ledger, periodic, samples
from commune_desk.reports.data import FieldFigures
from commune_desk.reports.form_set import FormSetError, form_set_for, load_form_set
from commune_desk.reports.formatting import long_date, place_date, vn_number, vn_percent

needs_poppler = pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils")

BUILDS = {
    "01": lambda: forms.build_receipt(samples.receipt()),
    "02": lambda: forms.build_supplement_request(samples.supplement()),
    "03": lambda: forms.build_refusal(samples.refusal()),
    "04": lambda: forms.build_apology(samples.apology()),
    "05": lambda: forms.build_stop_notice(samples.stop_notice()),
    "06": lambda: forms.build_control_slip(samples.control_slip()),
    "07": lambda: ledger.build_ledger(samples.ledger(60)),
    "report": lambda: periodic.build_periodic_report(samples.periodic()),
    "brief": lambda: brief.build_weekly_brief(samples.brief()),
}


def _tool(args: list[str], pdf: bytes, tmp: Path) -> str:
    path = tmp / "doc.pdf"
    path.write_bytes(pdf)
    return subprocess.run([*args, str(path), *(["-"] if args[0] == "pdftotext" else [])],
                          check=True, capture_output=True, text=True).stdout


def _pages(pdf: bytes, tmp: Path) -> list[str]:
    return _tool(["pdftotext", "-layout"], pdf, tmp).split("\f")


def test_vietnamese_formats() -> None:
    assert vn_number(1234567) == "1.234.567"
    assert vn_number(12.5, 1) == "12,5"
    assert vn_percent(0.9731) == "97,3%" and vn_percent(None) == "—"
    assert long_date(date(2026, 2, 5)) == "ngày 05 tháng 02 năm 2026"
    assert long_date(date(2026, 3, 9)) == "ngày 09 tháng 3 năm 2026"
    assert place_date("Nghĩa Đàn", date(2026, 11, 24)) == "Nghĩa Đàn, ngày 24 tháng 11 năm 2026"


def test_form_sets_are_versioned_data() -> None:
    assert load_form_set().form("04").title.startswith("VĂN BẢN XIN LỖI")
    assert load_form_set("2018").form("04").title == "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"
    assert load_form_set("2018").form("07").code == "Mẫu số 06"
    assert form_set_for(date(2025, 6, 30)).name == "2018"
    assert form_set_for(date(2025, 7, 1)).name == "2025"
    with pytest.raises(FormSetError):
        load_form_set("2018").form("05")
    with pytest.raises(FormSetError):
        load_form_set("1999")


@needs_poppler
@pytest.mark.parametrize("name", list(BUILDS))
def test_every_font_is_embedded_and_no_helvetica(name: str, tmp_path: Path) -> None:
    pdf = BUILDS[name]()
    lines = _tool(["pdffonts"], pdf, tmp_path).splitlines()[2:]
    assert lines, "no fonts listed"
    for line in lines:
        assert "LiberationSerif" in line, line
        parts = line.split()
        # columns: name type encoding emb sub uni object ID
        assert parts[-5:-2] == ["yes", "yes", "yes"], line


def test_output_is_deterministic() -> None:
    assert BUILDS["report"]() == BUILDS["report"]()
    assert BUILDS["01"]() == BUILDS["01"]()


@needs_poppler
def test_page_numbers_from_page_two_and_header_repeated(tmp_path: Path) -> None:
    pdf = ledger.build_ledger(samples.ledger(60))
    pages = [p for p in _pages(pdf, tmp_path) if p.strip()]
    assert len(pages) >= 3
    assert "SỔ THEO DÕI HỒ SƠ" in pages[0]
    assert pages[0].strip().splitlines()[0].strip() != "1"
    for n, page in enumerate(pages[1:], 2):
        first = page.strip().splitlines()[0].strip()
        assert first == str(n)
        assert "Mã hồ sơ" in page and "(14)" in page and "Ký nhận" in page
    text = " ".join(" ".join(pages).split())
    assert "Tổng số: 60 hồ sơ (quyển số 2026)." in text
    entries = [ledger.entry_label(r) for r in samples.ledger(60).rows]
    assert all(entry in text for entry in entries)


@needs_poppler
def test_periodic_report_text_and_balance(tmp_path: Path) -> None:
    data = samples.periodic()
    pages = _pages(periodic.build_periodic_report(data), tmp_path)
    text = " ".join(" ".join(pages).split())
    for needle in ("Biểu số II.06a/VPCP/KSTT", "BÁO CÁO",
                   "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC",
                   "Kỳ báo cáo: Quý I năm 2026 (từ ngày 15/12/2025 đến ngày 14/03/2026)",
                   "Đơn vị tính: Số hồ sơ TTHC", "Số: 25/BC-UBND", "Nghĩa Đàn, ngày 16 tháng 3 năm 2026",
                   "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Hữu Phúc", "Nơi nhận:",
                   "- Như trên;", "- Lưu: VT.", "khớp ở mọi dòng",
                   "Kính gửi: Ủy ban nhân dân tỉnh Nghệ An.",
                   "Tình hình, kết quả giải quyết thủ tục hành chính quý I năm 2026",
                   "CÁC CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP",
                   "Tiến độ giải quyết: tỷ lệ hồ sơ đúng hạn"):
        assert needle in text, needle
    total = data.total
    assert total.received == total.resolved + total.pending
    row = " ".join(vn_number(v) for v in total.columns())
    assert f"Tổng cộng {row}" in text
    for r in data.rows:
        assert f"{r.field} " + " ".join(vn_number(v) for v in r.columns()) in text
    assert "99,4%" in text  # 1.340 / 1.348
    assert "tạm tính" not in text  # a closed window


@needs_poppler
def test_report_number_below_ten_has_a_leading_zero_and_subject_is_bold(tmp_path: Path) -> None:
    from dataclasses import replace

    pdf = periodic.build_periodic_report(replace(samples.periodic(), doc_number="5"))
    text = " ".join(_tool(["pdftotext"], pdf, tmp_path).split())
    assert "Số: 05/BC-UBND" in text
    fonts = _tool(["pdffonts"], pdf, tmp_path)
    assert "LiberationSerif-Bold" in fonts


def test_decision_766_weights_sum_to_100() -> None:
    from commune_desk.domain.indices import DECISION_766_WEIGHTS

    assert dict(DECISION_766_WEIGHTS) == {"transparency": 18, "progress": 20, "online": 12,
                                          "payment": 10, "satisfaction": 18,
                                          "digitisation": 22}
    lines = periodic.indicator_lines(samples.periodic().indicators)
    assert sum(ln[5] for ln in lines) == 100
    assert [ln[5] for ln in lines].count(22) == 1  # digitisation counted once


@needs_poppler
def test_decision_766_page_prints_weights_summing_to_100(tmp_path: Path) -> None:
    pages = _pages(periodic.build_periodic_report(samples.periodic()), tmp_path)
    page = " ".join([p for p in pages if p.strip()][-1].split())
    assert "Công khai, minh bạch" in page
    assert "Tổng điểm tối đa 100" in page
    layout = _tool(["pdftotext", "-layout", "-f", "2", "-l", "2"],
                   periodic.build_periodic_report(samples.periodic()), tmp_path)
    table = layout.split("Điểm tối đa")[1].split("Tổng điểm tối đa")[0]
    weights = [int(ln.split()[-1]) for ln in table.splitlines()
               if ln.split() and ln.split()[-1].isdigit() and len(ln.split()[-1]) == 2]
    assert sorted(weights) == [10, 12, 18, 18, 20, 22], table
    assert sum(weights) == 100


@needs_poppler
def test_unbalanced_row_is_flagged(tmp_path: Path) -> None:
    from dataclasses import replace

    bad = FieldFigures("Hộ tịch", online=1, offline=0, carried=0, early=0, on_time=0)
    assert not bad.balanced
    data = replace(samples.periodic(), rows=(bad,))
    text = " ".join(_tool(["pdftotext"], periodic.build_periodic_report(data), tmp_path).split())
    assert "KHÔNG KHỚP ở: Hộ tịch, Tổng cộng" in text


@needs_poppler
def test_brief_reads_back(tmp_path: Path) -> None:
    text = " ".join(_tool(["pdftotext"], BUILDS["brief"](), tmp_path).split())
    for needle in ("BÁO CÁO NHANH TÌNH HÌNH GIẢI QUYẾT HỒ SƠ", "Tuần 48 năm 2026",
                   "(từ ngày 23/11/2026 đến ngày 29/11/2026)", "000.00.04.H40-261117-1004",
                   "Phạm Thị Mai", "95,7%", "94,3%", "83/88 lượt đánh giá",
                   "Hồ sơ quá hạn (1)", "đến hạn trong 2 ngày làm việc tới (2)"):
        assert needle in text, needle
    pages = [p for p in _pages(BUILDS["brief"](), tmp_path) if p.strip()]
    assert len(pages) == 1


def _find_row(ws: object, first_value: object, col: int = 1) -> int:
    for row in ws.iter_rows():  # type: ignore[attr-defined]
        if row[col - 1].value == first_value:
            return int(row[0].row)
    raise AssertionError(first_value)


def test_report_excel_has_numbers_formats_and_widths() -> None:
    data = samples.periodic()
    wb = load_workbook(io.BytesIO(excel.report_xlsx(data)))
    ws = wb["Bieu II.06a"]
    first = _find_row(ws, data.rows[0].field, 2)
    rows = list(ws.iter_rows(min_row=first, max_row=first + len(data.rows), values_only=True))
    for r, fig in zip(rows, data.rows, strict=False):
        assert r[1] == fig.field and list(r[2:13]) == list(fig.columns())
        assert all(isinstance(v, int) for v in r[2:13])
    assert rows[-1][1] == "Tổng cộng" and list(rows[-1][2:13]) == list(data.total.columns())
    assert ws.cell(row=first, column=3).number_format == "#,##0"
    ind = wb["Chi so QD 766"]
    r = _find_row(ind, "Tiến độ giải quyết: tỷ lệ hồ sơ đúng hạn", 2)
    assert ind.cell(row=r, column=4).value == 1340 and ind.cell(row=r, column=5).value == 1348
    assert abs(ind.cell(row=r, column=6).value - 1340 / 1348) < 1e-12
    assert ind.cell(row=r, column=6).number_format == "0.0%"
    total = _find_row(ind, "Tổng điểm tối đa", 2)
    assert ind.cell(row=total, column=7).value == 100


def test_report_excel_is_headed_numbered_dated_signed_and_fits_a_page() -> None:
    from dataclasses import replace

    data = replace(samples.periodic(), doc_number="5", provisional=True,
                   as_of=datetime(2026, 3, 3, 10, 35))
    wb = load_workbook(io.BytesIO(excel.report_xlsx(data)))
    ws = wb["Bieu II.06a"]
    values = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    for needle in ("ỦY BAN NHÂN DÂN", "XÃ NGHĨA ĐÀN", "Số: 05/BC-UBND",
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                   "Nghĩa Đàn, ngày 16 tháng 3 năm 2026", "BÁO CÁO",
                   "Kính gửi: Ủy ban nhân dân tỉnh Nghệ An.", "Nơi nhận:", "- Như trên;",
                   "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Hữu Phúc",
                   "NGƯỜI LẬP BIỂU", "Lê Văn Bình"):
        assert needle in values, needle
    assert any(v.startswith("Số liệu tạm tính đến 10:35 03/03/2026") for v in values)
    for sheet in wb.worksheets:
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 1
        assert abs(sheet.page_margins.left - 30 / 25.4) < 1e-6
    ind_values = [str(c.value) for row in wb["Chi so QD 766"].iter_rows() for c in row
                  if c.value is not None]
    assert any(v.startswith("Số liệu tạm tính đến 10:35 03/03/2026") for v in ind_values)


def test_ledger_excel_has_real_dates_heading_and_print_setup() -> None:
    data = samples.ledger(10)
    wb = load_workbook(io.BytesIO(excel.ledger_xlsx(data)))
    ws = wb.active
    assert ws is not None
    assert ws.cell(row=1, column=1).value == "UBND XÃ NGHĨA ĐÀN"
    assert ws.cell(row=2, column=1).value == "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"
    r = _find_row(ws, ledger.entry_label(data.rows[0]))
    first = [c.value for c in ws[r]]
    assert first[0] == "02/02-1001" and first[1] == data.rows[0].code
    assert first[2] == data.rows[0].procedure_name and first[4] == data.rows[0].applicant_name
    assert isinstance(first[7], datetime) and first[7] == data.rows[0].received_at
    assert ws.cell(row=r, column=8).number_format == "dd/mm/yyyy hh:mm"
    assert ws.print_title_rows == "$5:$6"
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.row_dimensions[r].height >= 30  # two lines: wrapped rows do not overlap
    assert ws.max_row == 6 + 10 + 1


def test_excel_writes_text_cells_as_text_never_formulas() -> None:
    from dataclasses import replace

    base = samples.ledger(3)
    evil = "=HYPERLINK(\"http://127.0.0.1/x\",\"bấm\")"
    rows = (replace(base.rows[0], applicant_name=evil, note="@SUM(1+1)"), *base.rows[1:])
    raw = excel.ledger_xlsx(replace(base, rows=rows))
    wb = load_workbook(io.BytesIO(raw))
    ws = wb.active
    assert ws is not None
    r = _find_row(ws, ledger.entry_label(rows[0]))
    cell = ws.cell(row=r, column=5)
    assert cell.value == evil and cell.data_type == "s"
    import zipfile

    sheet_xml = zipfile.ZipFile(io.BytesIO(raw)).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml


@needs_poppler
@pytest.mark.parametrize("name", ["01", "02", "03", "04", "05", "06", "brief"])
def test_slips_fit_on_one_page(name: str, tmp_path: Path) -> None:
    info = _tool(["pdfinfo"], BUILDS[name](), tmp_path)
    assert info.split("Pages:")[1].split()[0] == "1"


@needs_poppler
def test_brief_says_when_a_list_is_cut(tmp_path: Path) -> None:
    from dataclasses import replace

    data = replace(samples.brief(), overdue_total=41)
    text = " ".join(_tool(["pdftotext"], brief.build_weekly_brief(data), tmp_path).split())
    assert "Hồ sơ quá hạn (41)" in text and "… và 40 hồ sơ khác" in text


@needs_poppler
def test_receipt_with_long_content_still_fits_one_page(tmp_path: Path) -> None:
    from dataclasses import replace

    from commune_desk.reports.data import DocumentItem

    long = replace(
        samples.receipt(),
        procedure_name="Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật",
        documents=tuple(DocumentItem(f"Giấy tờ kèm theo số {i} theo quy định của thủ tục", i % 2 == 0)
                        for i in range(1, 7)),
        deadline_explanation=("Nhận hồ sơ lúc 10:11 thứ Tư 25/11/2026.",
                              "Thời hạn giải quyết: 30 ngày.",
                              "Ngày thứ 30 kể từ ngày nhận: thứ Sáu 25/12/2026.",
                              "Hẹn trả kết quả: 17:00 thứ Sáu 25/12/2026."),
    )
    info = _tool(["pdfinfo"], forms.build_receipt(long), tmp_path)
    assert info.split("Pages:")[1].split()[0] == "1"


def test_ledger_leaves_out_only_its_own_commune_at_the_end_of_an_address() -> None:
    from commune_desk.domain.units import province_in_text
    from commune_desk.reports.ledger import local_area_pattern, short_contact

    assert province_in_text("Nghệ An") == "tỉnh Nghệ An"
    assert province_in_text("Thành phố Hà Nội") == "thành phố Hà Nội"
    pat = local_area_pattern(("xã Nghĩa Đàn, tỉnh Nghệ An", "xã Nghĩa Đàn, Nghệ An", "xã Nghĩa Đàn"))
    cases = {
        "Xóm Đông Lâm, xã Nghĩa Đàn, tỉnh Nghệ An; 0912345678": "Xóm Đông Lâm; 0912345678",
        "Xóm 3,  Xã Nghĩa   Đàn, Tỉnh Nghệ An": "Xóm 3",
        "Khối Tân Tiến, xã Nghĩa Đàn, Nghệ An": "Khối Tân Tiến",
        "Xóm 5, xã Nghĩa Đàn": "Xóm 5",
        # Another commune, the area not at the end, or nothing left: printed as written.
        "Xóm 3, xã Nghĩa Hưng, tỉnh Nghệ An; 0912345678": "Xóm 3, xã Nghĩa Hưng, tỉnh Nghệ An; "
                                                           "0912345678",
        "xã Nghĩa Đàn, tỉnh Nghệ An; 0912345678": "xã Nghĩa Đàn, tỉnh Nghệ An; 0912345678",
        "Đội 2, xã Nghĩa Đàn cũ, tỉnh Thanh Hóa": "Đội 2, xã Nghĩa Đàn cũ, tỉnh Thanh Hóa",
    }
    for given, printed in cases.items():
        assert short_contact(given, pat) == printed
    assert short_contact("Xóm 3, xã Nghĩa Đàn", local_area_pattern(())) == "Xóm 3, xã Nghĩa Đàn"


def test_ledger_wraps_a_word_wider_than_its_column_instead_of_overflowing() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from commune_desk.reports.fonts import SERIF, register_fonts
    from commune_desk.reports.ledger import FONT_SIZE, _Wrapper

    register_fonts()
    wrap = _Wrapper(SERIF, FONT_SIZE)
    word = "nguyenthihuongxomdonglam.nghiadan@thudientu.example.vn"
    lines = wrap(f"Xóm Đông Lâm; {word}", 80).split("\n")
    assert "".join(lines[1:]) == word  # every character kept, in order
    assert all(stringWidth(ln, SERIF, FONT_SIZE) <= 80 for ln in lines)
