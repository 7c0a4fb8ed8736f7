"""Form 07, the tracking ledger: A4 landscape, header rows on every page, any date range."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from commune_desk.reports.data import LedgerData, LedgerRow
from commune_desk.reports.fonts import SERIF, SERIF_BOLD, register_fonts
from commune_desk.reports.form_set import load_form_set
from commune_desk.reports.formatting import dmy, vn_number
from commune_desk.reports.layout import (
    LANDSCAPE,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    P,
    build_pdf,
    content_width,
    esc,
    grid_style,
    heading,
    paged_tables,
    title,
)

HEADERS = (
    "STT", "Mã hồ sơ", "Tên TTHC", "Số lượng hồ sơ (bộ)", "Tên cá nhân, tổ chức",
    "Địa chỉ, số điện thoại", "Cơ quan chủ trì giải quyết", "Nhận hồ sơ (ngày giờ)",
    "Hẹn trả kết quả", "Chuyển hồ sơ đến cơ quan giải quyết",
    "Nhận kết quả từ cơ quan giải quyết", "Trả kết quả cho cá nhân, tổ chức", "Ký nhận",
    "Ghi chú",
)
_FONT_SIZE = 9


def _widths(codes_width: float) -> list[float]:
    total = content_width(LANDSCAPE)
    fixed = {0: 9 * mm, 1: codes_width, 3: 11 * mm, 7: 17 * mm, 8: 17 * mm, 9: 17 * mm,
             10: 17 * mm, 11: 17 * mm, 12: 14 * mm, 13: 16 * mm}
    rest = total - sum(fixed.values())
    share = {2: 0.29, 4: 0.22, 5: 0.29, 6: 0.20}
    return [fixed[i] if i in fixed else rest * share[i] for i in range(14)]


def _when(value: datetime | None) -> str:
    if value is None:
        return ""
    return f"{value:%H:%M}\n{dmy(value)}"


def _row(r: LedgerRow, cell: object) -> list[object]:
    # Cells that never wrap are plain strings (a Paragraph costs three wraps per cell);
    # only the free-text columns are Paragraphs.
    return [
        str(r.seq), r.code, Paragraph(esc(r.procedure_name), cell), vn_number(r.sets),
        Paragraph(esc(r.applicant_name), cell), Paragraph(esc(r.applicant_contact), cell),
        Paragraph(esc(r.deciding_unit), cell), _when(r.received_at), _when(r.due_at),
        _when(r.transferred_at), _when(r.result_in_at), _when(r.returned_at), "",
        Paragraph(esc(r.note), cell) if r.note else "",
    ]


def build_ledger(data: LedgerData) -> bytes:
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    info = load_form_set(data.form_set).form("07")
    cell = ParagraphStyle("lc", fontName=SERIF, fontSize=_FONT_SIZE, leading=10.5)
    cell_c = ParagraphStyle("lcc", parent=cell, alignment=1)
    head = ParagraphStyle("lh", fontName=SERIF_BOLD, fontSize=_FONT_SIZE, leading=10.5,
                          alignment=1)
    widest = max((stringWidth(r.code, SERIF, _FONT_SIZE) for r in data.rows), default=0)
    widths = _widths(max(widest + 8, 24 * mm))
    width = content_width(LANDSCAPE)
    day = data.issued_on or data.date_to
    story: list[Flowable] = [heading(data.issuer, None, day, width, left_share=0.40)]
    story += title(info.title, f"(Từ ngày {dmy(data.date_from)} đến ngày {dmy(data.date_to)})",
                   italic_sub=True)
    header = [[Paragraph(h, head) for h in HEADERS],
              [Paragraph(f"({i})", cell_c) for i in range(1, 15)]]
    rows = [_row(r, cell) for r in data.rows]
    if not rows:
        rows = [["", Paragraph("Không có hồ sơ trong khoảng thời gian này.", cell)] + [""] * 12]
    frame_h = LANDSCAPE[1] - MARGIN_TOP - MARGIN_BOTTOM
    used = sum(f.wrap(width, frame_h)[1] for f in story)
    style = grid_style(2, [("BACKGROUND", (0, 0), (-1, 1), "#EEEEEE"),
                           ("FONTSIZE", (0, 2), (-1, -1), _FONT_SIZE),
                           ("LEADING", (0, 2), (-1, -1), 10.5),
                           ("ALIGN", (0, 2), (0, -1), "CENTER"),
                           ("ALIGN", (3, 2), (3, -1), "CENTER"),
                           ("ALIGN", (7, 2), (11, -1), "CENTER")])
    story += paged_tables(header, rows, widths, style=style, first_height=frame_h - used - 8,
                          page_height=frame_h - 4, text_leading=10.5)
    story.append(P(f"Tổng số: {vn_number(len(data.rows))} hồ sơ.", "small"))
    if data.chain_head:
        story.append(P(f"Đầu chuỗi kiểm toán: {esc(data.chain_head)}.", "small"))
    return build_pdf(story, pagesize=LANDSCAPE,
                     title_text=f"{info.title} {dmy(data.date_from)}–{dmy(data.date_to)}",
                     subject=info.code)
