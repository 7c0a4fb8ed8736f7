"""Sample inputs for every paper: used by the docs renderings, the benchmark and the tests."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from commune_desk.reports.data import (
    ApologyData,
    Applicant,
    BacklogLine,
    BriefDossier,
    ControlSlipData,
    ControlStep,
    DocumentItem,
    FieldFigures,
    Indicators,
    Issuer,
    LedgerData,
    LedgerRow,
    PeriodicReportData,
    ReceiptData,
    RefusalData,
    Signer,
    StopData,
    SupplementData,
    WeekFigures,
    WeeklyBriefData,
)

ISSUER = Issuer(
    parent_body="UBND XÃ NGHĨA ĐÀN",
    body="TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG",
    place="Nghĩa Đàn",
    sentence_name="Trung tâm Phục vụ hành chính công xã Nghĩa Đàn",
)
COMMUNE = Issuer(body="ỦY BAN NHÂN DÂN\nXÃ NGHĨA ĐÀN", place="Nghĩa Đàn", symbol="UBND",
                 sentence_name="Ủy ban nhân dân xã Nghĩa Đàn")
CODE = "000.00.04.H40-260205-1001"
APPLICANT = Applicant(
    name="Nguyễn Thị Hường",
    address="Xóm Đông Lâm, xã Nghĩa Đàn, tỉnh Nghệ An",
    phone="0912 345 678",
    email="huong.nguyen@example.vn",
    id_number="040186000123",
)
PROCEDURE = "Xác nhận tình trạng hôn nhân"
RECEIVED = datetime(2026, 2, 5, 8, 30)
DUE = datetime(2026, 2, 10, 17, 0)


def receipt(code: str = CODE) -> ReceiptData:
    return ReceiptData(
        issuer=ISSUER, code=code, applicant=APPLICANT, procedure_name=PROCEDURE,
        documents=(
            DocumentItem("Tờ khai cấp Giấy xác nhận tình trạng hôn nhân", True, 1),
            DocumentItem("Bản sao Giấy chứng nhận kết hôn", False, 1),
        ),
        sets=1, limit_text="03 ngày làm việc", received_at=RECEIVED, due_at=DUE,
        deadline_explanation=(
            "Nhận hồ sơ lúc 08:30 thứ Năm 05/02/2026 (ngày làm việc).",
            "Tính từ ngày làm việc tiếp theo: 06/02, 09/02, 10/02/2026 (bỏ qua thứ Bảy, Chủ nhật).",
            "Hẹn trả vào cuối giờ làm việc ngày thứ 3: 17:00 thứ Ba 10/02/2026.",
        ),
        return_method="Tại Bộ phận Một cửa (Trung tâm Phục vụ hành chính công)",
        fee_text="15.000 đồng (tiền mặt)",
        ledger_book="01/2026", ledger_entry="0123",
        receiver=Signer(("NGƯỜI TIẾP NHẬN HỒ SƠ",), "Lê Văn Bình"),
    )


def supplement() -> SupplementData:
    return SupplementData(
        issuer=ISSUER, code=CODE, applicant=APPLICANT, procedure_name=PROCEDURE,
        received_at=RECEIVED,
        items=("Bản sao Giấy chứng nhận kết hôn có chứng thực",
               "Tờ khai ghi rõ nơi cư trú trước khi chuyển đến xã Nghĩa Đàn"),
        reason="Hồ sơ còn thiếu giấy tờ theo quy định",
        legal_basis="Điều 22 Nghị định 123/2015/NĐ-CP",
        contact_name="Lê Văn Bình", contact_phone="0238 3812 345",
        officer=Signer(("NGƯỜI HƯỚNG DẪN",), "Lê Văn Bình"), issued_on=date(2026, 2, 6),
        doc_number="15",
    )


def refusal() -> RefusalData:
    return RefusalData(
        issuer=ISSUER, code=CODE, applicant=APPLICANT, procedure_name=PROCEDURE,
        reasons=("Người yêu cầu không cư trú tại xã Nghĩa Đàn và không thuộc thẩm quyền giải quyết.",),
        officer=Signer(("NGƯỜI TIẾP NHẬN HỒ SƠ",), "Lê Văn Bình"), issued_on=date(2026, 2, 5),
        doc_number="03",
    )


def apology() -> ApologyData:
    return ApologyData(
        issuer=ISSUER, code=CODE, applicant=APPLICANT, procedure_name=PROCEDURE,
        received_at=RECEIVED, original_due_at=DUE, new_due_at=datetime(2026, 2, 12, 17, 0),
        reason="Cần xác minh thông tin cư trú tại địa phương nơi cư trú trước đây",
        signer=Signer(("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), "Trần Quốc Dũng"),
        issued_on=date(2026, 2, 9), doc_number="07",
    )


def stop_notice() -> StopData:
    return StopData(
        issuer=ISSUER, code=CODE, applicant=APPLICANT, procedure_name=PROCEDURE,
        received_at=RECEIVED, stopped_at=datetime(2026, 2, 9, 9, 15),
        grounds="Đơn đề nghị rút hồ sơ của Ông/Bà ngày 09/02/2026",
        reason="Theo đề nghị của cá nhân",
        papers_fees="Hoàn trả toàn bộ giấy tờ; lệ phí đã nộp được hoàn lại 15.000 đồng",
        signer=Signer(("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), "Trần Quốc Dũng"),
        doc_number="02",
    )


def control_slip() -> ControlSlipData:
    return ControlSlipData(
        issuer=ISSUER, code=CODE, applicant_name=APPLICANT.name, procedure_name=PROCEDURE,
        receiving_unit="Trung tâm Phục vụ hành chính công xã Nghĩa Đàn",
        deciding_unit="UBND xã Nghĩa Đàn", received_at=RECEIVED, due_at=DUE,
        steps=(
            ControlStep("Lê Văn Bình (Trung tâm PVHCC)", "Phạm Thị Mai (công chức Tư pháp - Hộ tịch)",
                        datetime(2026, 2, 5, 9, 0), "Trước hạn"),
            ControlStep("Phạm Thị Mai (công chức Tư pháp - Hộ tịch)", "Trần Quốc Dũng (Phó Chủ tịch UBND xã)",
                        datetime(2026, 2, 9, 15, 30), "Đúng hạn", "Trình ký"),
            ControlStep("Trần Quốc Dũng (Phó Chủ tịch UBND xã)", "Lê Văn Bình (Trung tâm PVHCC)",
                        datetime(2026, 2, 10, 10, 0), "Đúng hạn"),
        ),
    )


_FIELDS = ("Hộ tịch", "Chứng thực", "Hộ kinh doanh", "Đất đai", "Xây dựng", "Bảo trợ xã hội")
_PROCS = ("Đăng ký khai sinh", "Chứng thực bản sao từ bản chính", "Đăng ký thành lập hộ kinh doanh",
          "Hòa giải tranh chấp đất đai", "Cấp giấy phép xây dựng nhà ở riêng lẻ",
          "Xác định mức độ khuyết tật")
_NAMES = ("Nguyễn Văn An", "Trần Thị Bích", "Lê Đức Cường", "Phạm Thị Dung", "Hoàng Văn Em",
          "Võ Thị Phượng", "Đặng Quốc Giang", "Bùi Thị Hạnh")


def ledger(n: int = 40) -> LedgerData:
    rows = []
    start = datetime(2026, 2, 2, 7, 45)
    for i in range(n):
        rec = start + timedelta(minutes=37 * i)
        rows.append(LedgerRow(
            seq=i + 1, code=f"000.00.04.H40-{rec:%y%m%d}-{1001 + i % 900:04d}",
            procedure_name=_PROCS[i % len(_PROCS)], sets=1 + i % 2,
            applicant_name=_NAMES[i % len(_NAMES)],
            applicant_contact=f"Xóm {i % 12 + 1}, xã Nghĩa Đàn; 09{i:08d}"[:60],
            deciding_unit="UBND xã Nghĩa Đàn", received_at=rec, due_at=rec + timedelta(days=3),
            transferred_at=rec + timedelta(hours=1),
            result_in_at=rec + timedelta(days=2) if i % 3 else None,
            returned_at=rec + timedelta(days=2, hours=2) if i % 3 else None,
            note="" if i % 7 else "Bổ sung hồ sơ",
        ))
    return LedgerData(issuer=ISSUER, date_from=date(2026, 2, 2), date_to=date(2026, 2, 6),
                      rows=tuple(rows), issued_on=date(2026, 2, 6))


def periodic() -> PeriodicReportData:
    rows = (
        FieldFigures("Hộ tịch", online=312, offline=145, carried=12, early=290, on_time=150,
                     late=3, within=20, overdue=6),
        FieldFigures("Chứng thực", online=40, offline=820, carried=0, early=845, on_time=15),
        FieldFigures("Hộ kinh doanh", online=22, offline=9, carried=3, early=20, on_time=10,
                     late=1, within=3),
        FieldFigures("Đất đai", online=0, offline=14, carried=5, early=2, on_time=8, late=4,
                     within=3, overdue=2),
    )
    ind = Indicators(resolved=1348, resolved_in_time=1340, received=1362, received_online=374,
                     paid=900, paid_online=210, ratings=640, satisfied=601, digitised=1190,
                     results=1330, results_electronic=402)
    return PeriodicReportData(
        issuer=COMMUNE, period_label="Quý I năm 2026", date_from=date(2025, 12, 15),
        date_to=date(2026, 3, 14), rows=rows, indicators=ind, issued_on=date(2026, 3, 16),
        doc_number="25", preparer="Lê Văn Bình",
        signer=Signer(("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), "Nguyễn Hữu Phúc", note=""),
        recipient="Ủy ban nhân dân tỉnh Nghệ An",
    )


def brief() -> WeeklyBriefData:
    weeks = (WeekFigures("T44", 120, 110, 108), WeekFigures("T45", 131, 125, 121),
             WeekFigures("T46", 118, 122, 119), WeekFigures("T47", 140, 128, 126),
             WeekFigures("T48", 152, 139, 133))
    od = (BriefDossier("000.00.04.H40-261117-1004", "Hòa giải tranh chấp đất đai", "Lê Đức Cường",
                       datetime(2026, 11, 24, 17, 0), "Phạm Thị Mai"),)
    soon = (BriefDossier("000.00.04.H40-261125-1012", "Đăng ký thành lập hộ kinh doanh",
                         "Võ Thị Phượng", datetime(2026, 11, 30, 17, 0), "Đặng Quốc Giang"),
            BriefDossier("000.00.04.H40-261126-2003", "Xác nhận tình trạng hôn nhân",
                         "Bùi Thị Hạnh", datetime(2026, 12, 1, 17, 0), "Phạm Thị Mai"))
    return WeeklyBriefData(
        issuer=COMMUNE, week_label="Tuần 48 năm 2026", date_from=date(2026, 11, 23),
        date_to=date(2026, 11, 29), weeks=weeks,
        backlog=(BacklogLine("Hộ tịch", 14, 0), BacklogLine("Đất đai", 6, 1),
                 BacklogLine("Hộ kinh doanh", 4, 0)),
        overdue=od, due_soon=soon, apologies=1, ratings=88, satisfied=83,
        issued_on=date(2026, 11, 30), now=datetime(2026, 11, 30, 7, 30),
    )
