"""Forms 01–07 printed from a dossier recorded through the real services, read back as text."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from commune_desk.domain.periods import custom_period, parse_vn_date
from commune_desk.domain.permissions import Actor, Role
from commune_desk.services import dossiers as svc
from commune_desk.services import printing, reporting
from commune_desk.services.desk import configure_desk
from commune_desk.store.engine import Store, open_store

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils")
ADMIN = Actor("quantri", Role.ADMIN)
CLERK = Actor("tiepnhan1", Role.CLERK)
OFFICER = Actor("chuyenvien1", Role.OFFICER)
LEADER = Actor("lanhdao1", Role.LEADER)


def pdf_text(pdf: bytes, tmp: Path, *, layout: bool = False) -> str:
    path = tmp / "x.pdf"
    path.write_bytes(pdf)
    args = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(tmp_path / "desk.sqlite3")
    configure_desk(s, ADMIN, commune_code="16941", commune_name="Xã Nghĩa Đàn",
                   agency_id="000.00.04.H40",
                   receiving_unit="Trung tâm Phục vụ hành chính công xã")
    yield s
    s.close()


def _receive(store: Store, name: str, at: datetime, code: str = "XA-HT-04") -> str:
    intake = svc.Intake(
        procedure_code=code,
        applicant=svc.Applicant(name=name, phone="0912345678",
                                address="Xóm Đông Lâm, xã Nghĩa Đàn, tỉnh Nghệ An"),
        documents=(svc.DocumentItem("Tờ khai cấp Giấy xác nhận tình trạng hôn nhân", True, 1),
                   svc.DocumentItem("Bản sao Giấy chứng nhận kết hôn", False, 2)),
        sets=1, received_at=at,
    )
    return svc.receive_dossier(store, CLERK, intake, now=at).dossier.id


@pytest.fixture()
def lifecycle(store: Store) -> dict[str, str]:
    a = _receive(store, "Nguyễn Thị Hường", datetime(2026, 2, 5, 8, 30))
    svc.assign_dossier(store, CLERK, a, "chuyenvien1", now=datetime(2026, 2, 5, 9, 0))
    svc.request_supplement(store, OFFICER, a, ["Bản sao Giấy chứng nhận kết hôn có chứng thực"],
                           "Hồ sơ còn thiếu giấy tờ", "Điều 22 Nghị định 123/2015/NĐ-CP",
                           now=datetime(2026, 2, 5, 14, 0))
    svc.receive_supplement(store, CLERK, a, now=datetime(2026, 2, 6, 8, 0))
    svc.reschedule_dossier(store, LEADER, a, "Cần xác minh thông tin cư trú",
                           datetime(2026, 2, 13, 17, 0), "lanhdao1",
                           now=datetime(2026, 2, 9, 10, 0))
    svc.resolve_dossier(store, OFFICER, a, "approved", now=datetime(2026, 2, 12, 15, 0))
    svc.return_result(store, CLERK, a, now=datetime(2026, 2, 13, 9, 0))
    b = _receive(store, "Trần Văn Bình", datetime(2026, 2, 5, 10, 0))
    svc.refuse_dossier(store, OFFICER, b, "Không thuộc thẩm quyền giải quyết của xã",
                       now=datetime(2026, 2, 5, 11, 0))
    c = _receive(store, "Lê Thị Cúc", datetime(2026, 2, 5, 10, 30))
    svc.withdraw_dossier(store, CLERK, c, "Theo đề nghị của người nộp", "citizen_request",
                         "Hoàn trả giấy tờ đã nộp", now=datetime(2026, 2, 6, 9, 0))
    codes = {}
    for key, dossier_id in (("a", a), ("b", b), ("c", c)):
        codes[key] = svc.get_dossier(store, dossier_id).code
    return codes


@needs_poppler
def test_form_01_reads_back_and_qr_decodes(store: Store, lifecycle: dict[str, str],
                                           tmp_path: Path) -> None:
    code = lifecycle["a"]
    pdf = printing.print_form(store, code, "01")
    text = " ".join(pdf_text(pdf, tmp_path).split())
    for expected in (
        "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", f"Mã hồ sơ: {code}",
        "Ông/Bà: Nguyễn Thị Hường", "Xóm Đông Lâm, xã Nghĩa Đàn, tỉnh Nghệ An",
        "Nội dung yêu cầu giải quyết: Xác nhận tình trạng hôn nhân",
        "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân", "2. Số lượng hồ sơ: 01 bộ",
        "03 ngày làm việc", "4. Thời gian nhận hồ sơ: 08 giờ 30 phút, ngày 05 tháng 02 năm 2026",
        "17 giờ 00 phút, ngày 10 tháng 02 năm 2026", "Nghĩa Đàn, ngày 05 tháng 02 năm 2026",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "UBND XÃ NGHĨA ĐÀN", "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ",
    ):
        assert expected in text, expected
    if shutil.which("zbarimg") and shutil.which("pdftoppm"):
        (tmp_path / "r.pdf").write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1",
                        str(tmp_path / "r.pdf"), str(tmp_path / "r")], check=True)
        png = next(tmp_path.glob("r-*.png"))
        out = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True,
                             text=True, check=True).stdout.strip()
        assert out == code


@needs_poppler
def test_forms_02_to_07_read_back(store: Store, lifecycle: dict[str, str],
                                  tmp_path: Path) -> None:
    a, b, c = lifecycle["a"], lifecycle["b"], lifecycle["c"]
    expected = {
        ("02", a): ["PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Hồ sơ của: Nguyễn Thị Hường",
                    "1. Bản sao Giấy chứng nhận kết hôn có chứng thực",
                    "Lý do: Hồ sơ còn thiếu giấy tờ",
                    "Căn cứ pháp lý: Điều 22 Nghị định 123/2015/NĐ-CP", "NGƯỜI HƯỚNG DẪN"],
        ("03", b): ["PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "Trần Văn Bình",
                    "1. Không thuộc thẩm quyền giải quyết của xã", f"Mã hồ sơ (nếu có): {b}"],
        ("04", a): ["VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT",
                    "Kính gửi: Ông/Bà Nguyễn Thị Hường", "Lý do: Cần xác minh thông tin cư trú.",
                    "17 giờ 00 phút, ngày 13 tháng 02 năm 2026",
                    "Nghĩa Đàn, ngày 09 tháng 02 năm 2026", "Nơi nhận:", "KT. GIÁM ĐỐC"],
        ("05", c): ["THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", "Kính gửi: Ông/Bà Lê Thị Cúc",
                    "Đề nghị dừng giải quyết của cá nhân, tổ chức",
                    "Lý do: Theo đề nghị của người nộp.", "Hoàn trả giấy tờ đã nộp", "Nơi nhận:"],
        ("06", a): ["PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", f"Mã hồ sơ: {a}",
                    "Giao: tiepnhan1", "Nhận: chuyenvien1", "09 giờ 00 phút ngày 05/02/2026",
                    "Trước hạn", "Có kết quả giải quyết", "Trả kết quả cho người nộp"],
        ("07", a): ["TRÍCH SỔ THEO DÕI HỒ SƠ", "05/02/2026 13/02/2026",
                    f"(Dòng của hồ sơ {a} trong sổ ngày 05/02/2026)", "Hẹn lại (1 lần)",
                    "Trích từ Sổ theo dõi hồ sơ, quyển số 2026"],
    }
    for (form, code), needles in expected.items():
        text = " ".join(pdf_text(printing.print_form(store, code, form), tmp_path).split())
        for needle in needles:
            assert needle in text, (form, needle)


def test_form_that_does_not_apply_is_refused(store: Store, lifecycle: dict[str, str]) -> None:
    with pytest.raises(printing.FormError, match="chưa có bước"):
        printing.form_data(store, lifecycle["a"], "03")
    with pytest.raises(printing.FormError, match="Không tìm thấy hồ sơ"):
        printing.form_data(store, "000.00.04.H40-260205-9999", "01")
    with pytest.raises(printing.FormError, match="mẫu số"):
        printing.normalize_form_number("08")
    assert printing.normalize_form_number("1") == "01"


def test_pause_at_cutoff_counts_within_time(store: Store) -> None:
    """Paused at the cut-off, resumed after it: within time in that report, not overdue."""
    d = _receive(store, "Phạm Văn Dũng", datetime(2026, 2, 10, 8, 0))  # due 13/02 (3 WD)
    svc.request_supplement(store, OFFICER, d, ["Giấy tờ"], "Thiếu", now=datetime(2026, 2, 11, 9))
    svc.receive_supplement(store, CLERK, d, now=datetime(2026, 3, 2, 8, 0))
    feb = custom_period(parse_vn_date("01/02/2026"), parse_vn_date("28/02/2026"))
    row = reporting.report_data(store, feb, now=datetime(2026, 3, 5, 8, 0)).total
    assert (row.received, row.within, row.overdue) == (1, 1, 0)
    # A dossier never paused whose appointment passed before the cut-off is overdue.
    _receive(store, "Hoàng Thị Em", datetime(2026, 2, 10, 8, 30))
    row = reporting.report_data(store, feb, now=datetime(2026, 3, 5, 8, 0),
                                use_snapshot=False).total
    assert (row.received, row.within, row.overdue) == (2, 1, 1) and row.balanced


def test_apology_keeps_original_appointment_for_the_verdict(
        store: Store, lifecycle: dict[str, str]) -> None:
    feb = custom_period(parse_vn_date("01/02/2026"), parse_vn_date("28/02/2026"))
    data = reporting.report_data(store, feb, now=datetime(2026, 3, 5, 8, 0))
    t = data.total
    # a: resolved 12/02 after its appointment (10/02 + one day of pause), despite the
    # re-appointment to 13/02 → late; b refused at the counter (before any hand-over) → not a
    # received dossier, not counted (defect 10); c withdrawn → on time.
    assert (t.received, t.early, t.on_time, t.late, t.pending) == (2, 0, 1, 1, 0)


@needs_poppler
def test_provisional_report_judges_open_dossiers_at_the_build_moment(
        store: Store, tmp_path: Path) -> None:
    """Defect 1: a dossier received this morning is within time in this year's report."""
    import io

    from openpyxl import load_workbook

    from commune_desk.domain.periods import parse_period

    morning = _receive(store, "Hồ Thị Lan", datetime(2026, 12, 3, 8, 0))
    late = _receive(store, "Phan Văn Long", datetime(2026, 11, 20, 8, 0))  # due 25/11
    assert svc.get_dossier(store, morning).due_at > "2026-12-03T10:35:00"
    assert svc.get_dossier(store, late).due_at < "2026-12-03T10:35:00"
    now = datetime(2026, 12, 3, 10, 35)
    data = reporting.report_data(store, parse_period("2026"), now=now)
    assert data.provisional and data.as_of == now
    assert (data.total.within, data.total.overdue) == (1, 1)
    text = " ".join(pdf_text(reporting.render_report(data, "pdf"), tmp_path).split())
    assert "Số liệu tạm tính đến 10:35 03/12/2026" in text
    wb = load_workbook(io.BytesIO(reporting.render_report(data, "xlsx")))
    values = [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row
              if c.value is not None]
    assert sum(v.startswith("Số liệu tạm tính đến 10:35 03/12/2026") for v in values) == 2
    # The same window once closed is judged at its end (14/12): both are overdue then.
    closed = reporting.report_data(store, parse_period("2026"), now=datetime(2026, 12, 20, 9, 0),
                                   use_snapshot=False)
    assert not closed.provisional and (closed.total.within, closed.total.overdue) == (0, 2)
    text = " ".join(pdf_text(reporting.render_report(closed, "pdf"), tmp_path).split())
    assert "tạm tính" not in text
