"""The leader's one-page weekly brief: figures, backlog, overdue and due-soon dossiers, trend."""

from __future__ import annotations

import re
from datetime import time, timedelta

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from commune_desk.reports.data import BriefDossier, WeeklyBriefData
from commune_desk.reports.fonts import SERIF, SERIF_BOLD, register_fonts
from commune_desk.reports.formatting import dmy, short_dt, vn_number, vn_percent
from commune_desk.reports.layout import (
    PORTRAIT,
    P,
    build_pdf,
    content_width,
    esc,
    grid_style,
    heading,
    plain_style,
)

TITLE = "BÁO CÁO NHANH TÌNH HÌNH GIẢI QUYẾT HỒ SƠ"

_BLUE = colors.HexColor("#3B6EA5")
_GREEN = colors.HexColor("#6A9F58")


def _styles() -> dict[str, ParagraphStyle]:
    return {
        "h": ParagraphStyle("bh", fontName=SERIF_BOLD, fontSize=10, leading=12, alignment=1),
        "c": ParagraphStyle("bc", fontName=SERIF, fontSize=10, leading=12),
        "cc": ParagraphStyle("bcc", fontName=SERIF, fontSize=10, leading=12, alignment=1),
        "sec": ParagraphStyle("bs", fontName=SERIF_BOLD, fontSize=12, leading=15,
                              spaceBefore=5, spaceAfter=2),
        "big": ParagraphStyle("bb", fontName=SERIF_BOLD, fontSize=16, leading=19, alignment=1),
    }


def _kpis(data: WeeklyBriefData, width: float) -> Table:
    s = _styles()
    w = data.this_week
    prev = data.weeks[:-1]
    avg_received = sum(x.received for x in prev) / len(prev) if prev else None
    sat = data.satisfied / data.ratings if data.ratings else None
    labels = ("Tiếp nhận", "Đã giải quyết", "Tỷ lệ đúng hạn", "Văn bản xin lỗi",
              "Hài lòng")
    values = (vn_number(w.received), vn_number(w.resolved), vn_percent(w.on_time_rate),
              vn_number(data.apologies), vn_percent(sat))
    notes = (
        f"TB 4 tuần trước: {vn_number(avg_received, 1)}" if avg_received is not None else "",
        f"trong đó đúng hạn: {vn_number(w.resolved_in_time)}",
        "(trước hạn + đúng hạn) ÷ đã giải quyết",
        "Mẫu số 04 đã ban hành",
        f"{vn_number(data.satisfied)}/{vn_number(data.ratings)} lượt đánh giá",
    )
    rows = [[Paragraph(x, s["h"]) for x in labels],
            [Paragraph(x, s["big"]) for x in values],
            [Paragraph(f"<i>{esc(x)}</i>", s["cc"]) for x in notes]]
    t = Table(rows, colWidths=[width / 5] * 5)
    t.setStyle(grid_style(0, [("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                              ("LINEBELOW", (0, 0), (-1, 1), 0, colors.white),
                              ("BACKGROUND", (0, 0), (-1, 0), "#EEEEEE")]))
    return t


def _trend(data: WeeklyBriefData, width: float) -> Table:
    s = _styles()
    rows: list[list[object]] = [[Paragraph(x, s["h"]) for x in
                                 ("Tuần", "Tiếp nhận", "Giải quyết", "Đúng hạn")]]
    for wk in data.weeks:
        rows.append([wk.label, vn_number(wk.received), vn_number(wk.resolved),
                     vn_percent(wk.on_time_rate)])
    tw = width * 0.42
    t = Table(rows, colWidths=[tw * 0.31, tw * 0.23, tw * 0.23, tw * 0.23])
    last = len(rows) - 1
    t.setStyle(grid_style(1, [("ALIGN", (0, 1), (-1, -1), "CENTER"),
                              ("FONTNAME", (0, last), (-1, last), SERIF_BOLD),
                              ("FONTSIZE", (0, 1), (-1, -1), 10),
                              ("BACKGROUND", (0, 0), (-1, 0), "#EEEEEE")]))
    cw = width - tw - 4 * mm
    d = Drawing(cw, 46 * mm)
    ch = VerticalBarChart()
    ch.x, ch.y, ch.width, ch.height = 10 * mm, 8 * mm, cw - 14 * mm, 34 * mm
    ch.data = [[w.received for w in data.weeks], [w.resolved for w in data.weeks]]
    ch.categoryAxis.categoryNames = [w.label for w in data.weeks]
    ch.categoryAxis.labels.fontName = SERIF
    ch.categoryAxis.labels.fontSize = 9
    ch.valueAxis.labels.fontName = SERIF
    ch.valueAxis.labels.fontSize = 9
    ch.valueAxis.valueMin = 0
    ch.bars[0].fillColor = _BLUE
    ch.bars[1].fillColor = _GREEN
    ch.bars.strokeColor = None
    d.add(ch)
    lg = Legend()
    lg.x, lg.y = 12 * mm, 46 * mm
    lg.fontName = SERIF
    lg.fontSize = 9
    lg.alignment = "right"
    lg.columnMaximum = 1
    lg.colorNamePairs = [(_BLUE, "Tiếp nhận"), (_GREEN, "Giải quyết")]
    d.add(lg)
    outer = Table([[t, d]], colWidths=[tw + 4 * mm, cw])
    outer.setStyle(plain_style())
    return outer


def _dossier_table(items: tuple[BriefDossier, ...], width: float, empty: str) -> Table:
    s = _styles()
    rows: list[list[object]] = [[Paragraph(x, s["h"]) for x in
                                 ("STT", "Mã hồ sơ", "Thủ tục", "Người nộp", "Hạn trả",
                                  "Người xử lý")]]
    for i, d in enumerate(items, 1):
        rows.append([str(i), Paragraph(esc(d.code), s["c"]), Paragraph(esc(d.procedure_name), s["c"]),
                     Paragraph(esc(d.applicant_name), s["c"]),
                     Paragraph(short_dt(d.due_at), s["cc"]), Paragraph(esc(d.assignee), s["c"])])
    if not items:
        rows.append(["", Paragraph(f"<i>{esc(empty)}</i>", s["c"]), "", "", "", ""])
    from reportlab.pdfbase.pdfmetrics import stringWidth

    code_w = max([stringWidth(d.code, SERIF, 10) + 10 for d in items] + [30 * mm])
    widths = [9 * mm, code_w, 0.0, 30 * mm, 23 * mm, 30 * mm]
    widths[2] = width - sum(widths)
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(grid_style(1, [("ALIGN", (0, 1), (0, -1), "CENTER"),
                              ("FONTSIZE", (0, 1), (-1, -1), 10),
                              ("BACKGROUND", (0, 0), (-1, 0), "#EEEEEE")]))
    return t


def _cut_note(shown: int, total: int) -> list[Flowable]:
    if total <= shown:
        return []
    return [P(f"… và {vn_number(total - shown)} hồ sơ khác (xem đầy đủ trong danh sách hồ sơ "
              "trên máy).", "small")]


def _story(data: WeeklyBriefData, n_overdue: int, n_soon: int) -> list[Flowable]:
    s = _styles()
    width = content_width(PORTRAIT)
    story: list[Flowable] = [heading(data.issuer, None, data.issued_on, width)]
    story.append(Spacer(1, 2 * mm))
    story.append(P(TITLE, "title"))
    story.append(P(f"{esc(data.week_label)} (từ ngày {dmy(data.date_from)} đến ngày "
                   f"{dmy(data.date_to)})", "subtitle_i"))
    story.append(Spacer(1, 2 * mm))
    story.append(_kpis(data, width))
    story.append(Paragraph("1. So sánh với 4 tuần trước", s["sec"]))
    story.append(_trend(data, width))
    story.append(Paragraph("2. Hồ sơ đang giải quyết theo lĩnh vực", s["sec"]))
    rows: list[list[object]] = [[Paragraph(x, s["h"]) for x in
                                 ("Lĩnh vực", "Đang giải quyết", "Trong đó quá hạn")]]
    for b in data.backlog:
        rows.append([Paragraph(esc(b.field), s["c"]), vn_number(b.open), vn_number(b.overdue)])
    rows.append([Paragraph("<b>Tổng cộng</b>", s["c"]), vn_number(sum(b.open for b in data.backlog)),
                 vn_number(sum(b.overdue for b in data.backlog))])
    t = Table(rows, colWidths=[width * 0.5, width * 0.25, width * 0.25])
    t.setStyle(grid_style(1, [("ALIGN", (1, 1), (-1, -1), "CENTER"),
                              ("FONTSIZE", (0, 1), (-1, -1), 10),
                              ("TOPPADDING", (0, 0), (-1, -1), 1),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                              ("FONTNAME", (0, -1), (-1, -1), SERIF_BOLD),
                              ("BACKGROUND", (0, 0), (-1, 0), "#EEEEEE")]))
    story.append(t)
    od_total = data.overdue_total if data.overdue_total is not None else len(data.overdue)
    soon_total = data.due_soon_total if data.due_soon_total is not None else len(data.due_soon)
    overdue, soon = data.overdue[:n_overdue], data.due_soon[:n_soon]
    story.append(Paragraph(f"3. Hồ sơ quá hạn ({vn_number(od_total)})", s["sec"]))
    story.append(_dossier_table(overdue, width, "Không có hồ sơ quá hạn."))
    story += _cut_note(len(overdue), od_total)
    story.append(Paragraph(
        f"4. Hồ sơ đến hạn trong 2 ngày làm việc tới ({vn_number(soon_total)})", s["sec"]))
    story.append(_dossier_table(soon, width, "Không có hồ sơ đến hạn."))
    story += _cut_note(len(soon), soon_total)
    if data.now is not None:
        story.append(Spacer(1, 1 * mm))
        moment = data.now
        when = (f"hết ngày {dmy(moment - timedelta(days=1))}"
                if moment.time() == time(0, 0) else short_dt(moment))
        story.append(P(f"Số liệu tính đến {when}.", "small"))
    if data.chain_head:
        story.append(P(f"Đầu chuỗi kiểm toán: {esc(data.chain_head)}.", "small"))
    return story


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b", pdf))


def build_weekly_brief(data: WeeklyBriefData) -> bytes:
    """One page: when the lists do not fit, they are shortened (longest first) and each says
    how many more there are; their headings always give the full counts."""
    register_fonts()
    n_od, n_soon = len(data.overdue), len(data.due_soon)
    while True:
        pdf = build_pdf(_story(data, n_od, n_soon), title_text=f"{TITLE} — {data.week_label}",
                        subject="Báo cáo tuần")
        if _pages(pdf) <= 1 or (n_od == 0 and n_soon == 0):
            return pdf
        # Too long: cut the longer list (by half while long, then one row at a time).
        if n_od >= n_soon:
            n_od = n_od // 2 if n_od > 12 else n_od - 1
        else:
            n_soon = n_soon // 2 if n_soon > 12 else n_soon - 1
