"""Biểu 06 / II.06a (Circular 01/2020/TT-VPCP) and the Decision 766 indicators page with a chart."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from commune_desk.reports.data import FieldFigures, Indicators, PeriodicReportData, Signer
from commune_desk.reports.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts
from commune_desk.reports.formatting import dmy, hm_dmy, vn_number, vn_percent
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
    plain_style,
    recipients_block,
    signature,
)

FORM_CODE = "Biểu số II.06a/VPCP/KSTT"
TITLE = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC"
INDICATORS_TITLE = "CÁC CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP"

# (label, formula, numerator, denominator, ratio, weight of the index component)
_WEIGHTS = {"progress": 20, "online": 12, "payment": 10, "satisfaction": 18, "digitisation": 22}


def indicator_lines(ind: Indicators) -> list[tuple[str, str, int, int, float | None, int]]:
    return [
        ("Tỷ lệ hồ sơ giải quyết đúng hạn", "(trước hạn + đúng hạn) ÷ đã giải quyết",
         ind.resolved_in_time, ind.resolved, ind.on_time_rate, _WEIGHTS["progress"]),
        ("Tỷ lệ hồ sơ tiếp nhận trực tuyến", "trực tuyến ÷ tiếp nhận trong kỳ",
         ind.received_online, ind.received, ind.online_rate, _WEIGHTS["online"]),
        ("Tỷ lệ thanh toán trực tuyến", "thanh toán trực tuyến ÷ hồ sơ có thu phí",
         ind.paid_online, ind.paid, ind.online_payment_rate, _WEIGHTS["payment"]),
        ("Tỷ lệ hài lòng", "hài lòng ÷ lượt đánh giá",
         ind.satisfied, ind.ratings, ind.satisfaction_rate, _WEIGHTS["satisfaction"]),
        ("Tỷ lệ số hóa hồ sơ", "hồ sơ được số hóa ÷ tiếp nhận trong kỳ",
         ind.digitised, ind.received, ind.digitisation_rate, _WEIGHTS["digitisation"]),
        ("Tỷ lệ trả kết quả điện tử", "kết quả điện tử ÷ kết quả đã trả",
         ind.results_electronic, ind.results, ind.electronic_result_rate,
         _WEIGHTS["digitisation"]),
    ]


def _report_tables(rows: tuple[FieldFigures, ...], total: FieldFigures, width: float,
                   room: float, foot_height: float) -> list[Flowable]:
    """The table, split so the signature block never stands alone on a page.

    When the table and the foot do not fit in ``room``, the last rows (at least two, with
    the total) go to the next page under a repeated header, together with the foot.
    """
    h = ParagraphStyle("rh", fontName=SERIF_BOLD, fontSize=10, leading=12, alignment=1)
    c = ParagraphStyle("rc", fontName=SERIF, fontSize=10.5, leading=12.5, alignment=1)
    left = ParagraphStyle("rl", parent=c, alignment=0)
    bold_left = ParagraphStyle("rbl", parent=left, fontName=SERIF_BOLD)

    def ph(t: str) -> Paragraph:
        return Paragraph(t, h)

    head = [
        [ph("STT"), ph("Lĩnh vực giải quyết"), ph("Số hồ sơ nhận giải quyết"), "", "", "",
         ph("Kết quả giải quyết"), "", "", "", "", "", ""],
        ["", "", ph("Tổng số"), ph("Trong kỳ"), "", ph("Từ kỳ trước"),
         ph("Số hồ sơ đã giải quyết"), "", "", "", ph("Số hồ sơ đang giải quyết"), "", ""],
        ["", "", "", ph("Trực tuyến"), ph("Trực tiếp, dịch vụ bưu chính"), "",
         ph("Tổng số"), ph("Trước hạn"), ph("Đúng hạn"), ph("Quá hạn"),
         ph("Tổng số"), ph("Trong hạn"), ph("Quá hạn")],
        [Paragraph(f"({i})", c) for i in range(1, 14)],
    ]
    body: list[list[object]] = []
    for i, r in enumerate(rows, 1):
        body.append([Paragraph(str(i), c), Paragraph(esc(r.field), left)]
                    + [vn_number(v) for v in r.columns()])
    body.append(["", Paragraph("Tổng cộng", bold_left)] + [vn_number(v) for v in total.columns()])
    first = 12 * mm
    second = 50 * mm
    widths = [first, second] + [(width - first - second) / 11] * 11

    def table(part: list[list[object]], with_total: bool) -> Table:
        t = Table(head + part, colWidths=widths, repeatRows=4)
        n = len(head) + len(part)
        cmds: list[tuple[object, ...]] = [
            ("SPAN", (0, 0), (0, 2)), ("SPAN", (1, 0), (1, 2)), ("SPAN", (2, 0), (5, 0)),
            ("SPAN", (6, 0), (12, 0)), ("SPAN", (2, 1), (2, 2)), ("SPAN", (3, 1), (4, 1)),
            ("SPAN", (5, 1), (5, 2)), ("SPAN", (6, 1), (9, 1)), ("SPAN", (10, 1), (12, 1)),
            ("ALIGN", (2, 4), (-1, -1), "CENTER"),
            ("FONTSIZE", (2, 4), (-1, -1), 11),
            ("BACKGROUND", (0, 0), (-1, 3), "#EEEEEE"),
        ]
        if with_total:
            cmds.append(("FONTNAME", (2, n - 1), (-1, n - 1), SERIF_BOLD))
        t.setStyle(grid_style(4, cmds))
        return t

    whole = table(body, True)
    _, h_all = whole.wrap(width, 10_000)
    if h_all + foot_height <= room:
        return [whole]
    _, h_head = table([], False).wrap(width, 10_000)
    heights = [table([r], False).wrap(width, 10_000)[1] - h_head for r in body]
    used, n = h_head, 0
    while n < len(body) - 2 and used + heights[n] <= room:
        used += heights[n]
        n += 1
    if n == 0:
        return [whole]
    return [table(body[:n], False), PageBreak(), table(body[n:], True)]


def _chart(ind: Indicators, width: float) -> Drawing:
    lines = indicator_lines(ind)
    labels = [ln[0] for ln in lines][::-1]
    values = [round((ln[4] or 0) * 100, 1) for ln in lines][::-1]
    height = 62 * mm
    d = Drawing(width, height)
    ch = HorizontalBarChart()
    ch.x, ch.y = 75 * mm, 13 * mm
    ch.width, ch.height = width - 95 * mm, height - 18 * mm
    ch.data = [values]
    ch.valueAxis.valueMin, ch.valueAxis.valueMax, ch.valueAxis.valueStep = 0, 100, 20
    ch.valueAxis.labels.fontName = SERIF
    ch.valueAxis.labels.fontSize = 10
    ch.valueAxis.labelTextFormat = "%d%%"
    ch.categoryAxis.categoryNames = labels
    ch.categoryAxis.labels.fontName = SERIF
    ch.categoryAxis.labels.fontSize = 11
    ch.categoryAxis.labels.boxAnchor = "e"
    ch.categoryAxis.labels.dx = -4
    ch.bars[0].fillColor = colors.HexColor("#3B6EA5")
    ch.bars[0].strokeColor = None
    ch.barLabelFormat = lambda v: vn_number(v, 1) + "%"
    ch.barLabels.fontName = SERIF
    ch.barLabels.fontSize = 10
    ch.barLabels.boxAnchor = "w"
    ch.barLabels.dx = 3
    d.add(ch)
    d.add(String(75 * mm, 1, "Tỷ lệ (%) — tính trên số liệu của kỳ báo cáo",
                 fontName=SERIF_ITALIC, fontSize=10))
    return d


def _indicator_table(ind: Indicators, width: float) -> Table:
    h = ParagraphStyle("ih", fontName=SERIF_BOLD, fontSize=11, leading=13, alignment=1)
    c = ParagraphStyle("ic", fontName=SERIF, fontSize=11, leading=13)
    rows: list[list[object]] = [[Paragraph(t, h) for t in (
        "STT", "Chỉ số", "Cách tính", "Tử số", "Mẫu số", "Tỷ lệ", "Điểm tối đa (QĐ 766)")]]
    for i, (label, formula, num, den, ratio, weight) in enumerate(indicator_lines(ind), 1):
        rows.append([str(i), Paragraph(label, c), Paragraph(formula, c), vn_number(num),
                     vn_number(den), vn_percent(ratio), str(weight)])
    widths = [12 * mm, 70 * mm, 0.0, 24 * mm, 24 * mm, 24 * mm, 30 * mm]
    widths[2] = width - sum(widths)
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(grid_style(1, [("ALIGN", (3, 1), (-1, -1), "CENTER"),
                              ("ALIGN", (0, 1), (0, -1), "CENTER"),
                              ("FONTSIZE", (0, 1), (-1, -1), 11),
                              ("BACKGROUND", (0, 0), (-1, 0), "#EEEEEE")]))
    return t


def build_periodic_report(data: PeriodicReportData) -> bytes:
    register_fonts()
    width = content_width(LANDSCAPE)
    total = data.total
    number = f"Số: {data.doc_number or '.......'}/BC-{data.issuer.symbol}"
    story: list[Flowable] = [
        P(f"<i>{FORM_CODE}</i>", "small_r"),
        heading(data.issuer, number, data.issued_on, width, left_share=0.40),
        Spacer(1, 3 * mm),
        P("BÁO CÁO", "title"),
        P(esc(TITLE), "subtitle"),
        P(f"Kỳ báo cáo: {esc(data.period_label)} (từ ngày {dmy(data.date_from)} "
          f"đến ngày {dmy(data.date_to)})", "subtitle_i"),
    ]
    if data.provisional:
        story.append(P("<b>Số liệu tạm tính</b> — kỳ báo cáo chưa kết thúc.", "subtitle_i"))
    story.append(P("<i>Đơn vị tính: Số hồ sơ TTHC</i>", "small_r"))
    story.append(Spacer(1, 1 * mm))
    preparer = signature(Signer(("NGƯỜI LẬP BIỂU",), data.preparer), space=18 * mm)
    foot = Table([[recipients_block(("UBND tỉnh (qua Văn phòng);", "Lưu: VT.")), preparer,
                   signature(data.signer, space=18 * mm)]],
                 colWidths=[width * 0.34, width * 0.28, width * 0.38])
    foot.setStyle(plain_style())
    frame_h = LANDSCAPE[1] - MARGIN_TOP - MARGIN_BOTTOM
    room = frame_h - sum(f.wrap(width, frame_h)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                         for f in story) - 6
    foot_h = foot.wrap(width, frame_h)[1] + 3 * mm + 6
    story += _report_tables(data.rows, total, width, room, foot_h)
    story.append(Spacer(1, 3 * mm))
    story.append(KeepTogether(foot))
    bad = [r.field for r in (*data.rows, total) if not r.balanced]
    check = ("khớp ở mọi dòng" if not bad else "KHÔNG KHỚP ở: " + ", ".join(bad))
    note = f"Đối chiếu Biểu II.06a: cột (3) = cột (7) + cột (11) — {check}."
    if data.snapshot_at is not None:
        note += f" Số liệu chốt lúc {hm_dmy(data.snapshot_at)}."
    # Page 2: Decision 766 indicators.
    story.append(PageBreak())
    story.append(P(esc(INDICATORS_TITLE), "title"))
    story.append(P("(Theo Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ)",
                   "subtitle_i"))
    story.append(P(f"Kỳ báo cáo: {esc(data.period_label)} (từ ngày {dmy(data.date_from)} "
                   f"đến ngày {dmy(data.date_to)})", "subtitle_i"))
    story.append(Spacer(1, 4 * mm))
    story.append(_indicator_table(data.indicators, width))
    story.append(Spacer(1, 5 * mm))
    story.append(_chart(data.indicators, width))
    story.append(Spacer(1, 3 * mm))
    story.append(P(esc(note), "small"))
    return build_pdf(story, pagesize=LANDSCAPE,
                     title_text=f"Báo cáo {data.period_label}", subject=FORM_CODE)
