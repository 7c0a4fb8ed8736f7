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


STAFF = {  # login → (full name, phone): what the papers must print instead of the login
    "tiepnhan1": ("Lê Văn Bình", "0238 3812 345"),
    "chuyenvien1": ("Phạm Thị Mai", "0912 450 118"),
    "lanhdao1": ("Trần Quốc Dũng", "0915 221 043"),
}


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Store]:
    from argon2 import PasswordHasher

    from commune_desk.services.accounts import Accounts
    from commune_desk.services.paper_settings import PaperSettings, SignerSetting, save_settings

    s = open_store(tmp_path / "desk.sqlite3")
    configure_desk(s, ADMIN, commune_code="16941", commune_name="Xã Nghĩa Đàn",
                   agency_id="000.00.04.H40",
                   receiving_unit="Trung tâm Phục vụ hành chính công xã")
    acc = Accounts(s.engine, hasher=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    acc.add_user(None, "quantri", Role.ADMIN, "mat-khau-quan-tri-1", "Quản trị")
    roles = {a.login: a.role for a in (CLERK, OFFICER, LEADER)}
    for login, (name, phone) in STAFF.items():
        acc.add_user(ADMIN, login, roles[login], "mat-khau-tam-2026", name, phone=phone)
    save_settings(s, ADMIN, PaperSettings(
        centre_signer=SignerSetting("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Hữu Phúc"),
        report_signer=SignerSetting("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hồ Đức Thắng"),
        report_recipient="Ủy ban nhân dân tỉnh Nghệ An",
        lookup_url="https://dichvucong.nghean.gov.vn/tra-cuu?ma={code}"))
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
        assert out == f"https://dichvucong.nghean.gov.vn/tra-cuu?ma={code}"


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
                    "Lê Văn Bình", "Phạm Thị Mai", "09 giờ 00 05/02/2026",
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
    assert printing.normalize_form_number("tl") == "TL"
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


def _all_text(store: Store, code: str, form: str, tmp: Path) -> str:
    return " ".join(pdf_text(printing.print_form(store, code, form), tmp).split())


@needs_poppler
def test_papers_print_full_names_and_phones_never_logins(
        store: Store, lifecycle: dict[str, str], tmp_path: Path) -> None:
    """Defect 4: names and phones from the accounts; signers of 04/05 from the settings."""
    a, b, c = lifecycle["a"], lifecycle["b"], lifecycle["c"]
    texts = {(f, code): _all_text(store, code, f, tmp_path)
             for f, code in (("01", a), ("02", a), ("03", b), ("04", a), ("05", c), ("06", a))}
    for (form, _code), text in texts.items():
        for login in STAFF:
            assert login not in text, (form, login)
    assert "Lê Văn Bình" in texts[("01", a)]  # receiving clerk
    assert ("liên hệ với Ông/Bà Phạm Thị Mai, số điện thoại 0912 450 118"
            in texts[("02", a)])
    assert "Phạm Thị Mai" in texts[("03", b)]
    for key in (("04", a), ("05", c)):
        assert "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC" in texts[key] and "Nguyễn Hữu Phúc" in texts[key]
    assert "Trần Quốc Dũng" in texts[("06", a)]  # signed the apology (form 04 step)


@needs_poppler
def test_unit_names_keep_their_case_and_are_the_configured_ones(
        store: Store, lifecycle: dict[str, str], tmp_path: Path) -> None:
    """Defect 5: "…xã Nghĩa Đàn tiếp nhận…", "UBND xã Nghĩa Đàn", never the placeholder."""
    a = lifecycle["a"]
    t01 = _all_text(store, a, "01", tmp_path)
    assert "Trung tâm Phục vụ hành chính công xã Nghĩa Đàn tiếp nhận hồ sơ của" in t01
    assert "nghĩa đàn" not in t01
    t04 = _all_text(store, a, "04", tmp_path)
    assert "Trung tâm Phục vụ hành chính công xã Nghĩa Đàn tiếp nhận hồ sơ" in t04
    t06 = _all_text(store, a, "06", tmp_path)
    assert "Cơ quan, đơn vị tiếp nhận: Trung tâm Phục vụ hành chính công xã Nghĩa Đàn" in t06
    assert "Cơ quan chủ trì giải quyết: UBND xã Nghĩa Đàn" in t06
    t07 = _all_text(store, a, "07", tmp_path)
    for text in (t01, t04, t06, t07):
        assert "chưa cấu hình" not in text


@needs_poppler
def test_control_slip_one_verdict_rule_every_step_room_to_sign(
        store: Store, lifecycle: dict[str, str], tmp_path: Path) -> None:
    """Defect 6: header and steps use the same appointment; the apology step is listed."""
    a = lifecycle["a"]
    data = printing.form_data(store, a, "06")
    due = data.due_at
    assert due.date().isoformat() == "2026-02-11"  # 10/02 moved one working day by the pause
    assert data.reappointed_at == datetime(2026, 2, 13, 17, 0)
    notes = [s.note for s in data.steps]
    assert any(n.startswith("Xin lỗi, hẹn lại (Mẫu số 04)") for n in notes)
    assert "Yêu cầu bổ sung (Mẫu số 02)" in notes and "Nhận hồ sơ bổ sung" in notes
    for step in data.steps:  # one rule: the step's day against the header's appointment day
        expected = ("Trước hạn" if step.at.date() < due.date() else
                    "Đúng hạn" if step.at.date() == due.date() else "Quá hạn")
        assert step.verdict == expected, step
    text = _all_text(store, a, "06", tmp_path)
    from commune_desk.reports.formatting import hm_dmy

    assert f"hẹn trả kết quả: {hm_dmy(due)}" in text
    assert "Hẹn lại theo văn bản xin lỗi (Mẫu số 04): 17 giờ 00 phút, ngày 13/02/2026" in text
    # Room to sign: each step row is at least 18 mm high (rows measured from the PDF layout).
    from commune_desk.reports import forms

    pdf = forms.build_control_slip(data)
    import re
    from collections import Counter
    from itertools import pairwise

    dates = [(round(x), y) for word, x, y in _word_boxes(pdf, tmp_path)
             if re.fullmatch(r"\d\d/\d\d/\d{4}", word)]
    column = Counter(x for x, _ in dates).most_common(1)[0][0]  # the time column
    tops = sorted(y for x, y in dates if x == column)
    gaps = [b - a_ for a_, b in pairwise(tops)]
    assert len(tops) == len(data.steps) and min(gaps) >= 18 / 25.4 * 72, gaps
    assert int(subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, check=True)
               .stdout.decode().split("Pages:")[1].split()[0]) == 1


def _word_boxes(pdf: bytes, tmp: Path) -> list[tuple[str, float, float]]:
    import re

    path = tmp / "bbox.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    return [(w, float(x), float(y)) for x, y, w in
            re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', html)]


@needs_poppler
def test_receipt_number_finds_its_row_in_the_ledger_book(
        store: Store, lifecycle: dict[str, str], tmp_path: Path) -> None:
    """Defect 7: "Quyển số: 2026, Số thứ tự: 05/02-1002" is the row's number in any ledger."""
    from commune_desk.reports import ledger

    a, b = lifecycle["a"], lifecycle["b"]
    receipt = printing.form_data(store, b, "01")
    assert (receipt.ledger_book, receipt.ledger_entry) == ("2026", "05/02-1002")
    assert "Quyển số: 2026, Số thứ tự: 05/02-1002" in _all_text(store, b, "01", tmp_path)
    for window in (("05/02/2026", "05/02/2026"), ("01/02/2026", "28/02/2026")):
        period = custom_period(parse_vn_date(window[0]), parse_vn_date(window[1]))
        book = reporting.ledger_data(store, period, now=datetime(2026, 3, 1, 8, 0))
        row = next(r for r in book.rows if ledger.entry_label(r) == receipt.ledger_entry)
        assert row.code == b
        pages = pdf_text(reporting.render_ledger(book, "pdf"), tmp_path, layout=True)
        line = next(ln for ln in pages.splitlines() if ln.strip().startswith("05/02-1002"))
        assert "Trần Văn Bình" in line
    assert printing.form_data(store, a, "01").ledger_entry == "05/02-1001"


@needs_poppler
def test_print_form_07_is_an_extract_not_the_days_book(
        store: Store, lifecycle: dict[str, str], tmp_path: Path) -> None:
    """Defect 8: one dossier's row is titled as an extract, with no day total."""
    text = _all_text(store, lifecycle["a"], "07", tmp_path)
    assert "TRÍCH SỔ THEO DÕI HỒ SƠ" in text and "Tổng số" not in text
    assert "05/02-1001" in text


@needs_poppler
def test_receipt_says_why_and_reads_right(store: Store, tmp_path: Path) -> None:
    """Defect 9: the cut-off rule, wording, a QR with the lookup address, online dossiers."""
    friday = datetime(2026, 11, 27, 16, 50)
    intake = svc.Intake(procedure_code="1.001193", applicant=svc.Applicant(name="Hồ Văn Nam"),
                        received_at=friday)
    code = svc.receive_dossier(store, CLERK, intake, now=friday).dossier.code
    pdf = printing.print_form(store, code, "01")
    text = " ".join(pdf_text(pdf, tmp_path).split())
    assert "17 giờ 00 phút, ngày 30 tháng 11 năm 2026" in text
    assert "Quy tắc: Trong ngày: nhận sau 15:00 trả vào ngày làm việc tiếp theo." in text
    assert "Tại…" not in text and "tại: Tại" not in text
    assert "Miễn phí, lệ phí" not in text
    assert "6. Hình thức nhận kết quả: Nhận trực tiếp tại Bộ phận Một cửa" in text
    assert "tra cứu tình trạng hồ sơ tại dichvucong.nghean.gov.vn" in text
    (tmp_path / "r.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1",
                    str(tmp_path / "r.pdf"), str(tmp_path / "qr")], check=True)
    png = next(tmp_path.glob("qr-*.png"))
    decoded = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True,
                             text=True, check=True).stdout.strip()
    assert decoded == f"https://dichvucong.nghean.gov.vn/tra-cuu?ma={code}"
    # An online dossier: no counter signature box, result returned online.
    online = svc.Intake(procedure_code="1.001193", applicant=svc.Applicant(name="Vi Thị Hoa"),
                        received_at=friday, channel="online")
    ocode = svc.receive_dossier(store, CLERK, online, now=friday).dossier.code
    otext = _all_text(store, ocode, "01", tmp_path)
    assert "Nộp trực tuyến qua Cổng Dịch vụ công; không ký tại Bộ phận Một cửa" in otext
    assert "Hình thức nhận kết quả: Trực tuyến (Cổng Dịch vụ công)" in otext
    assert "Bộ phận Một cửa (Trung tâm" not in otext


@needs_poppler
def test_refusal_at_counter_and_decision_not_to_grant_are_distinct(
        store: Store, lifecycle: dict[str, str], tmp_path: Path) -> None:
    """Defect 10: form 03 only for a refusal before the hand-over (not counted as received);
    a refusal or denial after processing is a resolved dossier with a reply letter."""
    b = lifecycle["b"]  # refused at the counter
    assert "PHIẾU TỪ CHỐI TIẾP NHẬN" in _all_text(store, b, "03", tmp_path)
    with pytest.raises(printing.FormError, match="không có quyết định không giải quyết"):
        printing.form_data(store, b, "TL")
    late = _receive(store, "Đinh Văn Toàn", datetime(2026, 2, 16, 8, 0))
    svc.assign_dossier(store, CLERK, late, "chuyenvien1", now=datetime(2026, 2, 16, 9, 0))
    svc.refuse_dossier(store, OFFICER, late, "Không đủ điều kiện theo kết quả xác minh",
                       now=datetime(2026, 2, 18, 10, 0))
    late_code = svc.get_dossier(store, late).code
    with pytest.raises(printing.FormError, match="Văn bản trả lời"):
        printing.form_data(store, late_code, "03")
    letter = _all_text(store, late_code, "TL", tmp_path)
    assert "VĂN BẢN TRẢ LỜI" in letter and "Không đủ điều kiện theo kết quả xác minh" in letter
    assert "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" in letter and "Hồ Đức Thắng" in letter
    denied = _receive(store, "Lò Thị Mai", datetime(2026, 2, 16, 9, 30))
    svc.assign_dossier(store, CLERK, denied, "chuyenvien1", now=datetime(2026, 2, 16, 10, 0))
    svc.resolve_dossier(store, OFFICER, denied, "denied", "Đất đang có tranh chấp",
                        now=datetime(2026, 2, 17, 10, 0))
    assert "Đất đang có tranh chấp" in _all_text(store, svc.get_dossier(store, denied).code,
                                                  "TL", tmp_path)
    feb = custom_period(parse_vn_date("01/02/2026"), parse_vn_date("28/02/2026"))
    t = reporting.report_data(store, feb, now=datetime(2026, 3, 5, 8, 0)).total
    # a (late), c (withdrawn, on time), the late refusal and the denial (both resolved early);
    # b, refused at the counter, is not a received dossier.
    assert (t.received, t.early, t.on_time, t.late) == (4, 2, 1, 1)


@needs_poppler
@pytest.mark.parametrize("size", ["A4", "A5"])
def test_slips_print_on_the_configured_paper_size(store: Store, lifecycle: dict[str, str],
                                                  tmp_path: Path, size: str) -> None:
    """Defect 13: forms 01–05 on A4 (default) or A5, one page, same text."""
    from dataclasses import replace

    from commune_desk.services.paper_settings import paper_settings, save_settings

    save_settings(store, ADMIN, replace(paper_settings(store), slip_size=size))
    a, b, c = lifecycle["a"], lifecycle["b"], lifecycle["c"]
    expected = "595.276 x 841.89" if size == "A4" else "419.528 x 595.276"
    for form, code in (("01", a), ("02", a), ("03", b), ("04", a), ("05", c)):
        pdf = printing.print_form(store, code, form)
        (tmp_path / "s.pdf").write_bytes(pdf)
        info = subprocess.run(["pdfinfo", str(tmp_path / "s.pdf")], capture_output=True,
                              text=True, check=True).stdout
        assert expected in info and " ".join(info.split()).count("Pages: 1 ") == 1, (form, info)
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in _all_text(store, code, form, tmp_path)
    assert "595.276 x 841.89" in subprocess.run(  # form 06 stays A4
        ["pdfinfo", "-"], input=printing.print_form(store, a, "06"), capture_output=True,
        check=True).stdout.decode()


@needs_poppler
def test_weekly_brief_is_one_page_and_a_past_week_is_shown_as_it_stood(
        store: Store, tmp_path: Path) -> None:
    """Defect 12: the brief holds on one page; a past week is folded as of its end."""
    from commune_desk.domain.periods import parse_period

    x = _receive(store, "Đặng Thị Thu", datetime(2026, 2, 2, 8, 0))  # due 05/02
    svc.assign_dossier(store, CLERK, x, "chuyenvien1", now=datetime(2026, 2, 2, 9, 0))
    for i in range(40):  # many overdue dossiers: the lists must be cut to one page
        _receive(store, f"Nguyễn Văn Khách {i}", datetime(2026, 2, 3, 8, i))
    # After the week (W07: 09/02–15/02) the dossier changes hands and is finished.
    svc.assign_dossier(store, CLERK, x, "lanhdao1", now=datetime(2026, 2, 17, 9, 0))
    svc.resolve_dossier(store, LEADER, x, "approved", now=datetime(2026, 2, 18, 9, 0))
    week = parse_period("2026-W07")
    data = reporting.brief_data(store, week, now=datetime(2026, 3, 2, 8, 0))
    assert data.now == week.end_moment
    assert data.overdue_total == 41
    row = next(d for d in data.overdue if d.code == svc.get_dossier(store, x).code)
    assert row.assignee == "Phạm Thị Mai"  # the officer at the week's end, not the later one
    assert sum(b.open for b in data.backlog) == 41
    pdf = reporting.render_brief(data)
    (tmp_path / "b.pdf").write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(tmp_path / "b.pdf")], capture_output=True, text=True,
                          check=True).stdout
    assert " ".join(info.split()).count("Pages: 1 ") == 1
    text = " ".join(pdf_text(pdf, tmp_path).split())
    assert "Hồ sơ quá hạn (41)" in text and "hồ sơ khác" in text
    assert "Số liệu tính đến hết ngày 15/02/2026." in text


@needs_poppler
def test_store_ledger_prints_twenty_rows_a_page_and_every_address_whole(
        store: Store, tmp_path: Path) -> None:
    """Issue 14 item 15 with store data: a configured commune's demo dossiers (hamlet, commune,
    province; phone) print at least 20 rows a landscape page; the commune's own "xã Nghĩa Đàn,
    tỉnh Nghệ An" is left out of column (6) and the page says so; any other address is whole."""
    import io
    import math

    from openpyxl import load_workbook

    from commune_desk.reports import ledger
    from commune_desk.services.demo import generate_demo

    now = datetime(2026, 3, 2, 8, 0)
    generate_demo(store, 420, seed=3, months=1, now=now)
    outside = "Xóm 3, xã Nghĩa Hưng, tỉnh Nghệ An"
    intake = svc.Intake(procedure_code="XA-HT-04", received_at=datetime(2026, 3, 2, 7, 40),
                        sets=1, applicant=svc.Applicant(name="Đinh Văn Tư", phone="0911000222",
                                                        address=outside),
                        documents=(svc.DocumentItem("Tờ khai", True, 1),))
    svc.receive_dossier(store, CLERK, intake, now=datetime(2026, 3, 2, 7, 40))
    book = reporting.ledger_data(store, custom_period(parse_vn_date("01/01/2026"),
                                                      parse_vn_date("02/03/2026")), now=now)
    assert book.local_area[0] == "xã Nghĩa Đàn, tỉnh Nghệ An"
    local = [r for r in book.rows if "xã Nghĩa Đàn, tỉnh Nghệ An" in r.applicant_contact]
    assert len(local) == len(book.rows) - 1 and len(book.rows) >= 400
    pdf = reporting.render_ledger(book, "pdf")
    path = tmp_path / "book.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    n_pages = int(info.split("Pages:")[1].split()[0])
    assert n_pages <= math.ceil(len(book.rows) / 20), (len(book.rows), n_pages)
    text = pdf_text(pdf, tmp_path, layout=True)
    flat = " ".join(text.split())
    assert ledger.local_area_note("xã Nghĩa Đàn, tỉnh Nghệ An") in flat
    lines = {ln.strip().split()[0]: ln for ln in text.splitlines() if ln.strip()[:1].isdigit()}
    for r in book.rows:  # every row found by its entry; its hamlet and phone printed on it
        line = lines[ledger.entry_label(r)]
        address, _, phone = r.applicant_contact.partition("; ")
        assert address.split(",")[0] in line
        if phone:
            assert phone in flat
    assert "xã Nghĩa Hưng, tỉnh" in flat and "Nghệ An; 0911000222" in flat
    # The workbook keeps every address whole.
    ws = load_workbook(io.BytesIO(reporting.render_ledger(book, "xlsx"))).active
    values = {str(c.value) for row in ws.iter_rows() for c in row if c.value}
    assert all(r.applicant_contact in values for r in book.rows)
