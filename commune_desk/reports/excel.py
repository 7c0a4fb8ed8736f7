"""Excel (openpyxl) exports of the ledger and Biểu II.06a: real numbers and dates, formats, widths."""

from __future__ import annotations

import io
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from commune_desk.reports.data import LedgerData, PeriodicReportData
from commune_desk.reports.formatting import dmy
from commune_desk.reports.ledger import HEADERS as LEDGER_HEADERS
from commune_desk.reports.periodic import FORM_CODE, TITLE, indicator_lines

FONT = "Times New Roman"  # what the office PC has; Liberation Serif stands in on Linux
_thin = Side(style="thin", color="000000")
BORDER = Border(left=_thin, right=_thin, top=_thin, bottom=_thin)
HEAD_FILL = PatternFill("solid", fgColor="EEEEEE")
DT_FORMAT = "dd/mm/yyyy hh:mm"
INT_FORMAT = "#,##0"
PCT_FORMAT = "0.0%"


def _save(wb: Workbook) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _title(ws: Worksheet, row: int, text: str, ncols: int, *, bold: bool = True,
           italic: bool = False, size: int = 13) -> None:
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1, value=text)
    c.font = Font(name=FONT, bold=bold, italic=italic, size=size)
    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _head(ws: Worksheet, row: int, col: int, text: str) -> None:
    c = ws.cell(row=row, column=col, value=text)
    c.font = Font(name=FONT, bold=True, size=11)
    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    c.fill = HEAD_FILL
    c.border = BORDER


_FONTS = {b: Font(name=FONT, size=11, bold=b) for b in (False, True)}
_ALIGNS = {c: Alignment(vertical="center", wrap_text=True, horizontal="center" if c else None)
           for c in (False, True)}


def _cell(ws: Worksheet, row: int, col: int, value: object, fmt: str | None = None,
          *, bold: bool = False, center: bool = False) -> None:
    # Shared style objects: openpyxl interns them, and building one per cell is what makes
    # a 10,000-row sheet slow.
    c = ws.cell(row=row, column=col, value=value)
    c.font = _FONTS[bold]
    c.border = BORDER
    c.alignment = _ALIGNS[center]
    if fmt:
        c.number_format = fmt


def ledger_xlsx(data: LedgerData) -> bytes:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "So theo doi ho so"
    n = len(LEDGER_HEADERS)
    _title(ws, 1, data.issuer.body.replace("\n", " ").upper(), n, size=12)
    _title(ws, 2, "SỔ THEO DÕI HỒ SƠ", n, size=14)
    _title(ws, 3, f"(Từ ngày {dmy(data.date_from)} đến ngày {dmy(data.date_to)})", n,
           bold=False, italic=True, size=12)
    for i, h in enumerate(LEDGER_HEADERS, 1):
        _head(ws, 5, i, h)
        _head(ws, 6, i, f"({i})")
    ws.row_dimensions[5].height = 48
    r = 7
    for row in data.rows:
        values: list[tuple[object, str | None]] = [
            (row.seq, INT_FORMAT), (row.code, None), (row.procedure_name, None),
            (row.sets, INT_FORMAT), (row.applicant_name, None), (row.applicant_contact, None),
            (row.deciding_unit, None), (row.received_at, DT_FORMAT), (row.due_at, DT_FORMAT),
            (row.transferred_at, DT_FORMAT), (row.result_in_at, DT_FORMAT),
            (row.returned_at, DT_FORMAT), (None, None), (row.note or None, None),
        ]
        for col, (v, fmt) in enumerate(values, 1):
            _cell(ws, r, col, v, fmt, center=isinstance(v, int | datetime))
        r += 1
    widths = (6, 28, 34, 9, 22, 30, 20, 16, 16, 16, 16, 16, 10, 18)
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "C7"
    ws.print_title_rows = "5:6"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if data.rows:
        ws.auto_filter.ref = f"A6:{get_column_letter(n)}{r - 1}"
    return _save(wb)


def report_xlsx(data: PeriodicReportData) -> bytes:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Bieu II.06a"
    ncols = 13
    ws.cell(row=1, column=1, value=FORM_CODE).font = Font(name=FONT, italic=True, size=11)
    _title(ws, 2, data.issuer.body.replace("\n", " ").upper(), ncols, size=12)
    _title(ws, 3, TITLE, ncols)
    _title(ws, 4, f"Kỳ báo cáo: {data.period_label} (từ ngày {dmy(data.date_from)} đến ngày "
           f"{dmy(data.date_to)})", ncols, bold=False, italic=True, size=12)
    ws.cell(row=5, column=ncols, value="Đơn vị tính: Số hồ sơ TTHC").font = Font(
        name=FONT, italic=True, size=11)
    ws.cell(row=5, column=ncols).alignment = Alignment(horizontal="right")
    top = 6
    for rr in range(top, top + 4):
        for cc in range(1, ncols + 1):
            _head(ws, rr, cc, "")
    spans = [
        ((0, 1), (2, 1), "STT"), ((0, 2), (2, 2), "Lĩnh vực giải quyết"),
        ((0, 3), (0, 6), "Số hồ sơ nhận giải quyết"), ((0, 7), (0, 13), "Kết quả giải quyết"),
        ((1, 3), (2, 3), "Tổng số"), ((1, 4), (1, 5), "Trong kỳ"), ((1, 6), (2, 6), "Từ kỳ trước"),
        ((1, 7), (1, 10), "Số hồ sơ đã giải quyết"), ((1, 11), (1, 13), "Số hồ sơ đang giải quyết"),
    ]
    for (r0, c0), (r1, c1), text in spans:
        ws.merge_cells(start_row=top + r0, start_column=c0, end_row=top + r1, end_column=c1)
        _head(ws, top + r0, c0, text)
    for col, text in ((4, "Trực tuyến"), (5, "Trực tiếp, dịch vụ bưu chính"), (7, "Tổng số"),
                      (8, "Trước hạn"), (9, "Đúng hạn"), (10, "Quá hạn"), (11, "Tổng số"),
                      (12, "Trong hạn"), (13, "Quá hạn")):
        _head(ws, top + 2, col, text)
    for col in range(1, ncols + 1):
        _head(ws, top + 3, col, f"({col})")
    r = top + 4
    for i, fig in enumerate(data.rows, 1):
        _cell(ws, r, 1, i, INT_FORMAT, center=True)
        _cell(ws, r, 2, fig.field)
        for j, v in enumerate(fig.columns(), 3):
            _cell(ws, r, j, v, INT_FORMAT, center=True)
        r += 1
    _cell(ws, r, 1, None)
    _cell(ws, r, 2, "Tổng cộng", bold=True)
    # Values, not formulas: a reader that does not recalculate still sees the numbers.
    total = data.total
    for j, v in enumerate(total.columns(), 3):
        _cell(ws, r, j, v, INT_FORMAT, bold=True, center=True)
    r += 2
    check = "khớp" if all(f.balanced for f in (*data.rows, total)) else "KHÔNG KHỚP"
    ws.cell(row=r, column=2, value=f"Đối chiếu: cột (3) = cột (7) + cột (11) — {check}")
    widths = [6, 34] + [12] * 11
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.row_dimensions[top + 2].height = 45
    ws.freeze_panes = ws.cell(row=top + 4, column=3)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4

    ws2 = wb.create_sheet("Chi so QD 766")
    heads = ("STT", "Chỉ số", "Cách tính", "Tử số", "Mẫu số", "Tỷ lệ", "Điểm tối đa")
    _title(ws2, 1, "CÁC CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP (QĐ 766/QĐ-TTg)", len(heads))
    for i, h in enumerate(heads, 1):
        _head(ws2, 3, i, h)
    for k, (label, formula, num, den, ratio, weight) in enumerate(
            indicator_lines(data.indicators), 1):
        row = 3 + k
        _cell(ws2, row, 1, k, INT_FORMAT, center=True)
        _cell(ws2, row, 2, label)
        _cell(ws2, row, 3, formula)
        _cell(ws2, row, 4, num, INT_FORMAT, center=True)
        _cell(ws2, row, 5, den, INT_FORMAT, center=True)
        _cell(ws2, row, 6, ratio, PCT_FORMAT, center=True)
        _cell(ws2, row, 7, weight, INT_FORMAT, center=True)
    for i, w in enumerate((6, 36, 40, 12, 12, 12, 12), 1):
        ws2.column_dimensions[get_column_letter(i)].width = w
    return _save(wb)
