"""Biểu 06 / II.06a (Circular 01/2020/TT-VPCP) and the Decision 766 indicators page with a chart."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from commune_desk.domain.indices import DECISION_766_WEIGHTS
from commune_desk.reports.data import FieldFigures, Indicators, PeriodicReportData, Signer
from commune_desk.reports.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts
from commune_desk.reports.formatting import dmy, hm, hm_dmy, vn_number, vn_percent
from commune_desk.reports.layout import (
    LANDSCAPE,
    P,
    Rule,
    _text_width,
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



def indicator_lines(ind: Indicators) -> list[tuple[str, str, int | None, int | None,
                                                  float | None, int]]:
    """One line per index component of Decision 766 (weights from domain.md §4, sum 100).

    Digitisation has two base ratios under one weight: the weight is on its first line and the
    second line carries 0, so the printed weights add up to 100. Transparency is scored on
    the province portal's published information and is not computed on the desk.
    """
    w = DECISION_766_WEIGHTS
    return [
        ("Công khai, minh bạch", "chấm trên Cổng Dịch vụ công (không tính trên máy)",
         None, None, None, w["transparency"]),
        ("Tiến độ giải quyết: tỷ lệ hồ sơ đúng hạn", "(trước hạn + đúng hạn) ÷ đã giải quyết",
         ind.resolved_in_time, ind.resolved, ind.on_time_rate, w["progress"]),
        ("Dịch vụ công trực tuyến: tỷ lệ tiếp nhận trực tuyến", "trực tuyến ÷ tiếp nhận trong kỳ",
         ind.received_online, ind.received, ind.online_rate, w["online"]),
        ("Thanh toán trực tuyến", "thanh toán trực tuyến ÷ hồ sơ có thu phí",
         ind.paid_online, ind.paid, ind.online_payment_rate, w["payment"]),
        ("Mức độ hài lòng", "hài lòng ÷ lượt đánh giá",
         ind.satisfied, ind.ratings, ind.satisfaction_rate, w["satisfaction"]),
        ("Số hóa hồ sơ: tỷ lệ hồ sơ được số hóa", "hồ sơ được số hóa ÷ tiếp nhận trong kỳ",
         ind.digitised, ind.received, ind.digitisation_rate, w["digitisation"]),
        ("Số hóa hồ sơ: tỷ lệ trả kết quả điện tử", "kết quả điện tử ÷ kết quả đã trả",
         ind.results_electronic, ind.results, ind.electronic_result_rate, 0),
    ]


def report_table(rows: tuple[FieldFigures, ...], total: FieldFigures, width: float) -> Table:
    """Biểu II.06a: four header rows, one row per field and the total, in one table."""
    h = ParagraphStyle("rh", fontName=SERIF_BOLD, fontSize=10, leading=11.5, alignment=1)
    c = ParagraphStyle("rc", fontName=SERIF, fontSize=10, leading=11.5, alignment=1)
    left = ParagraphStyle("rl", parent=c, alignment=0)
    bold_left = ParagraphStyle("rbl", parent=left, fontName=SERIF_BOLD)

    def ph(t: str) -> Paragraph:
        return Paragraph(t, h)

    head: list[list[object]] = [
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
        body.append([str(i), Paragraph(esc(r.field), left)] + [vn_number(v) for v in r.columns()])
    body.append(["", Paragraph("Tổng cộng", bold_left)] + [vn_number(v) for v in total.columns()])
    first = 11 * mm
    second = 48 * mm
    widths = [first, second] + [(width - first - second) / 11] * 11
    t = Table(head + body, colWidths=widths, repeatRows=4)
    n = len(head) + len(body)
    t.setStyle(grid_style(4, [
        ("SPAN", (0, 0), (0, 2)), ("SPAN", (1, 0), (1, 2)), ("SPAN", (2, 0), (5, 0)),
        ("SPAN", (6, 0), (12, 0)), ("SPAN", (2, 1), (2, 2)), ("SPAN", (3, 1), (4, 1)),
        ("SPAN", (5, 1), (5, 2)), ("SPAN", (6, 1), (9, 1)), ("SPAN", (10, 1), (12, 1)),
        ("ALIGN", (0, 4), (0, -1), "CENTER"),
        ("ALIGN", (2, 4), (-1, -1), "CENTER"),
        ("FONTSIZE", (0, 4), (-1, -1), 11),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("BACKGROUND", (0, 0), (-1, 3), "#EEEEEE"),
        ("FONTNAME", (2, n - 1), (-1, n - 1), SERIF_BOLD),
    ]))
    return t


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _chart(ind: Indicators, width: float) -> Drawing:
    lines = [ln for ln in indicator_lines(ind) if ln[2] is not None]
    labels = [_cap(ln[0].split(": ")[-1]) for ln in lines][::-1]
    values = [round((ln[4] or 0) * 100, 1) for ln in lines][::-1]
    height = 44 * mm
    d = Drawing(width, height)
    ch = HorizontalBarChart()
    ch.x, ch.y = 75 * mm, 10 * mm
    ch.width, ch.height = width - 95 * mm, height - 13 * mm
    ch.data = [values]
    ch.valueAxis.valueMin, ch.valueAxis.valueMax, ch.valueAxis.valueStep = 0, 100, 20
    ch.valueAxis.labels.fontName = SERIF
    ch.valueAxis.labels.fontSize = 9
    ch.valueAxis.labelTextFormat = "%d%%"
    ch.categoryAxis.categoryNames = labels
    ch.categoryAxis.labels.fontName = SERIF
    ch.categoryAxis.labels.fontSize = 10
    ch.categoryAxis.labels.boxAnchor = "e"
    ch.categoryAxis.labels.dx = -4
    ch.bars[0].fillColor = colors.HexColor("#3B6EA5")
    ch.bars[0].strokeColor = None
    ch.barLabelFormat = lambda v: vn_number(v, 1) + "%"
    ch.barLabels.fontName = SERIF
    ch.barLabels.fontSize = 9
    ch.barLabels.boxAnchor = "w"
    ch.barLabels.dx = 3
    d.add(ch)
    d.add(String(75 * mm, 1, "Tỷ lệ (%) — tính trên số liệu của kỳ báo cáo",
                 fontName=SERIF_ITALIC, fontSize=9))
    return d


def _indicator_table(ind: Indicators, width: float) -> Table:
    h = ParagraphStyle("ih", fontName=SERIF_BOLD, fontSize=10.5, leading=12, alignment=1)
    c = ParagraphStyle("ic", fontName=SERIF, fontSize=10.5, leading=12)
    rows: list[list[object]] = [[Paragraph(t, h) for t in (
        "STT", "Thành phần, chỉ số", "Cách tính", "Tử số", "Mẫu số", "Tỷ lệ",
        "Điểm tối đa (QĐ 766)")]]
    lines = indicator_lines(ind)
    spans: list[tuple[object, ...]] = []
    stt = 0
    for k, (label, formula, num, den, ratio, weight) in enumerate(lines, 1):
        shares = k > 1 and weight == 0  # second base ratio of the component above
        if not shares:
            stt += 1
        rows.append(["" if shares else str(stt), Paragraph(esc(label), c),
                     Paragraph(esc(formula), c),
                     "—" if num is None else vn_number(num), "—" if den is None else vn_number(den),
                     "—" if num is None else vn_percent(ratio), "" if shares else str(weight)])
        if shares:
            spans += [("SPAN", (6, k - 1), (6, k)), ("SPAN", (0, k - 1), (0, k))]
    total = sum(ln[5] for ln in lines)
    rows.append(["", Paragraph("<b>Tổng điểm tối đa</b>", c), "", "", "", "", str(total)])
    widths = [11 * mm, 82 * mm, 0.0, 22 * mm, 22 * mm, 20 * mm, 28 * mm]
    widths[2] = width - sum(widths)
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(grid_style(1, [("ALIGN", (3, 1), (-1, -1), "CENTER"),
                              ("ALIGN", (0, 1), (0, -1), "CENTER"),
                              ("FONTSIZE", (0, 1), (-1, -1), 10.5),
                              ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                              ("FONTNAME", (6, -1), (6, -1), SERIF_BOLD),
                              ("BACKGROUND", (0, 0), (-1, 0), "#EEEEEE"), *spans]))
    return t


def doc_number_text(number: str) -> str:
    """Decree 30: numbers below 10 take a leading zero ("05"); blank stays dotted."""
    value = number.strip()
    if value.isdigit() and int(value) < 10:
        return f"{int(value):02d}"
    return value or "......."


def subject_line(data: PeriodicReportData) -> str:
    """The report's subject (trích yếu), in lower case after the first letter."""
    label = data.period_label[:1].lower() + data.period_label[1:]
    return f"Tình hình, kết quả giải quyết thủ tục hành chính {label}"


def provisional_note(data: PeriodicReportData) -> str:
    """"Số liệu tạm tính đến 10:35 03/12/2026" — a window that has not closed yet."""
    if not data.provisional:
        return ""
    moment = data.as_of
    return f"Số liệu tạm tính đến {hm(moment)} {dmy(moment)}" if moment else "Số liệu tạm tính"


def build_periodic_report(data: PeriodicReportData) -> bytes:
    register_fonts()
    width = content_width(LANDSCAPE)
    total = data.total
    number = f"Số: {doc_number_text(data.doc_number)}/BC-{data.issuer.symbol}"
    subject = subject_line(data)
    story: list[Flowable] = [
        P(f"<i>{FORM_CODE}</i>", "small_r"),
        heading(data.issuer, number, data.issued_on, width, left_share=0.40),
        P("BÁO CÁO", "title"),
        P(esc(subject), "subtitle"),
        Rule(min(_text_width(subject, SERIF_BOLD, 13) / 3, 60 * mm), width),
        Spacer(1, 2 * mm),
        P(f"Kính gửi: {esc(data.recipient)}.", "subtitle_n"),
        P(f"Kỳ báo cáo: {esc(data.period_label)} (từ ngày {dmy(data.date_from)} "
          f"đến ngày {dmy(data.date_to)})", "subtitle_i"),
    ]
    note = provisional_note(data)
    if note:
        story.append(P(f"<b>{esc(note)}</b> — kỳ báo cáo chưa kết thúc; hồ sơ đang giải quyết "
                       "được tính trong hạn hay quá hạn tại thời điểm này.", "subtitle_i"))
    story.append(KeepTogether([
        P(f"<b>{esc(TITLE)}</b>", "small_c"),
        P("<i>Đơn vị tính: Số hồ sơ TTHC</i>", "small_r"),
        report_table(data.rows, total, width)]))
    bad = [r.field for r in (*data.rows, total) if not r.balanced]
    check = ("khớp ở mọi dòng" if not bad else "KHÔNG KHỚP ở: " + ", ".join(bad))
    check_note = f"Đối chiếu Biểu II.06a: cột (3) = cột (7) + cột (11) — {check}."
    if data.snapshot_at is not None:
        check_note += f" Số liệu chốt lúc {hm_dmy(data.snapshot_at)}."
    story.append(Spacer(1, 1 * mm))
    story.append(P(esc(check_note), "small"))
    # Next page: Decision 766 indicators, then the foot (the report is signed at its end).
    story.append(PageBreak())
    story.append(P(esc(INDICATORS_TITLE), "title"))
    story.append(P("(Theo Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ; "
                   f"kỳ báo cáo: {esc(data.period_label)})", "subtitle_i"))
    if note:
        story.append(P(f"<b>{esc(note)}</b>", "subtitle_i"))
    story.append(Spacer(1, 2 * mm))
    story.append(_indicator_table(data.indicators, width))
    story.append(Spacer(1, 2 * mm))
    story.append(_chart(data.indicators, width))
    preparer = signature(Signer(("NGƯỜI LẬP BIỂU",), data.preparer, note=""), space=16 * mm)
    foot = Table([[recipients_block(data.recipients), preparer,
                   signature(data.signer, space=16 * mm)]],
                 colWidths=[width * 0.34, width * 0.28, width * 0.38])
    foot.setStyle(plain_style())
    story.append(KeepTogether([Spacer(1, 2 * mm), foot]))
    return build_pdf(story, pagesize=LANDSCAPE,
                     title_text=f"Báo cáo {data.period_label}", subject=FORM_CODE)
