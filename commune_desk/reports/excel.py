"""Excel (openpyxl) exports of the ledger and Biểu II.06a: headed, signed, printable, text-safe.

Both workbooks are written in openpyxl's write-only mode (rows streamed, shared styles), every
text cell is stored as text (a value such as ``=HYPERLINK(...)`` never becomes a formula), rows
that wrap get a height that holds their lines, and each sheet carries its print set-up: A4,
Decree 30 margins, fit to the page width (the report sheets to one page each), title rows.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins

from commune_desk.reports.data import LedgerData, PeriodicReportData, Signer
from commune_desk.reports.formatting import dmy, place_date
from commune_desk.reports.ledger import HEADERS as LEDGER_HEADERS
from commune_desk.reports.ledger import LEDGER_TITLE, entry_label
from commune_desk.reports.periodic import (
    FORM_CODE,
    INDICATORS_TITLE,
    TITLE,
    doc_number_text,
    indicator_lines,
    provisional_note,
    subject_line,
)

FONT = "Times New Roman"  # what the office PC has; Liberation Serif stands in on Linux
_thin = Side(style="thin", color="000000")
BORDER = Border(left=_thin, right=_thin, top=_thin, bottom=_thin)
HEAD_FILL = PatternFill("solid", fgColor="EEEEEE")
DT_FORMAT = "dd/mm/yyyy hh:mm"
INT_FORMAT = "#,##0"
PCT_FORMAT = "0.0%"
TEXT_FORMAT = "@"
# Decree 30 margins in inches: top/bottom 20 mm, left 30 mm, right 15 mm.
MARGINS = PageMargins(left=30 / 25.4, right=15 / 25.4, top=20 / 25.4, bottom=20 / 25.4,
                      header=8 / 25.4, footer=8 / 25.4)
LINE_PT = 15.0  # height of one 11 pt line


def _save(wb: Workbook) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


class _Styles:
    """Shared style objects (one per kind): building one per cell is what makes big sheets slow."""

    def __init__(self) -> None:
        self.fonts = {(b, i, s): Font(name=FONT, bold=b, italic=i, size=s)
                      for b in (False, True) for i in (False, True) for s in (10, 11, 12, 13, 14)}
        self.wrap = {h: Alignment(horizontal=h, vertical="center", wrap_text=True)
                     for h in ("left", "center", "right")}


_S = _Styles()


def _styled(ws: Any, value: object, key: tuple[Any, ...]) -> WriteOnlyCell:
    """A cell with the style of ``key``: the style array is copied from a template cell
    (setting font, border… per cell hashes the style objects and dominated the run time)."""
    templates: dict[tuple[Any, ...], Any] = ws.parent.__dict__.setdefault("_paper_templates", {})
    tpl = templates.get(key)
    if tpl is None:
        _kind, bold, italic, size, align, border, fill, fmt = key
        tpl = WriteOnlyCell(ws)
        tpl.font = _S.fonts[(bold, italic, size)]
        tpl.alignment = _S.wrap[align]
        if border:
            tpl.border = BORDER
        if fill:
            tpl.fill = HEAD_FILL
        if fmt:
            tpl.number_format = fmt
        templates[key] = tpl
    c = WriteOnlyCell(ws)
    if value is not None:
        # The type is known here: skip openpyxl's per-value type probing (``_bind_value``).
        c._value = value
        c.data_type = ("s" if isinstance(value, str) else
                       "d" if isinstance(value, datetime | date) else "n")
    c._style = StyleArray(tpl._style)
    return c


def _text(ws: Any, value: object, *, bold: bool = False, italic: bool = False, size: int = 11,
          align: str = "left", border: bool = False, fill: bool = False) -> WriteOnlyCell:
    """A text cell that stays text (never a formula), in the paper's font."""
    text = None if value is None or value == "" else str(value)
    # Stored with data type "s": "=..." is written as a string, never as a formula.
    return _styled(ws, text, ("t", bold, italic, size, align, border, fill,
                              TEXT_FORMAT if text is not None else None))


def _num(ws: Any, value: object, fmt: str = INT_FORMAT, *, bold: bool = False) -> WriteOnlyCell:
    return _styled(ws, value, ("n", bold, False, 11, "center", True, False,
                               fmt if value is not None else None))


def _sheet(wb: Workbook, title: str) -> Any:
    """A write-only sheet that takes rows of ready cells without re-binding each one.

    openpyxl's ``append`` first tries every value as a cell *value* (a failed type check per
    cell) before accepting a styled cell; here the cells are placed as they are.
    """
    ws = wb.create_sheet(title)

    def cells_to_row(values: Iterable[Any], row_idx: int) -> Iterable[Any]:
        for col_idx, cell in enumerate(values, 1):
            if cell is None:
                continue
            cell.column = col_idx
            cell.row = row_idx
            yield cell

    ws._values_to_row = cells_to_row
    return ws


def _lines(text: str, width_chars: float) -> int:
    """How many lines ``text`` takes in a column ``width_chars`` wide (Excel width units)."""
    if not text:
        return 1
    per_line = max(1.0, width_chars * 1.15)  # Times 11 pt is narrower than the width unit
    return sum(max(1, math.ceil(len(part) / per_line)) for part in str(text).split("\n"))


def _print_setup(ws: Any, *, landscape: bool, fit_height: int, title_rows: str | None = None
                 ) -> None:
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = fit_height
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = MARGINS
    ws.print_options.horizontalCentered = True
    if title_rows:
        ws.print_title_rows = title_rows


def _merge(ws: Any, row: int, c0: int, c1: int) -> None:
    if c1 > c0:
        ws.merged_cells.add(f"{get_column_letter(c0)}{row}:{get_column_letter(c1)}{row}")


def _heading_rows(ws: Any, left: Sequence[tuple[str, bool]], right: Sequence[tuple[str, bool, bool]],
                  split: int, ncols: int, start: int) -> int:
    """Decree 30 heading: the issuing body (and number) left, the national motto right.

    ``left``: (text, bold); ``right``: (text, bold, italic). Returns the next free row.
    """
    n = max(len(left), len(right))
    for i in range(n):
        row = start + i
        lt = left[i] if i < len(left) else ("", False)
        rt = right[i] if i < len(right) else ("", False, False)
        cells = [_text(ws, lt[0], bold=lt[1], size=12, align="center")]
        cells += [_text(ws, None)] * (split - 1)
        cells.append(_text(ws, rt[0], bold=rt[1], italic=rt[2], size=12, align="center"))
        cells += [_text(ws, None)] * (ncols - split - 1)
        ws.append(cells)
        _merge(ws, row, 1, split)
        _merge(ws, row, split + 1, ncols)
    return start + n


def _full_row(ws: Any, row: int, value: str, ncols: int, **style: Any) -> int:
    ws.append([_text(ws, value, **style)] + [_text(ws, None)] * (ncols - 1))
    _merge(ws, row, 1, ncols)
    return row + 1


# --- ledger (form 07) ---------------------------------------------------------------------

_LEDGER_WIDTHS = (9, 27, 30, 8, 20, 28, 18, 15, 15, 15, 15, 15, 9, 16)
_LEDGER_TEXT_COLS = (1, 2, 4, 5, 6, 13)  # zero-based columns holding free text


def ledger_xlsx(data: LedgerData) -> bytes:
    """Form 07 as a sheet: commune heading, title, period, header on every printed page."""
    wb = Workbook(write_only=True)
    ws = _sheet(wb, "So theo doi ho so")
    n = len(LEDGER_HEADERS)
    for i, w in enumerate(_LEDGER_WIDTHS, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "C7"
    _print_setup(ws, landscape=True, fit_height=0, title_rows="5:6")
    issuer = data.issuer
    row = _heading_rows(
        ws, [(issuer.parent_body.upper(), False), (issuer.body.replace("\n", " ").upper(), True)],
        [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
         ("Độc lập - Tự do - Hạnh phúc", True, False)], 5, n, 1)
    row = _full_row(ws, row, LEDGER_TITLE.upper() if data.extract_of is None
                    else "TRÍCH " + LEDGER_TITLE.upper(), n, bold=True, size=14, align="center")
    row = _full_row(ws, row, f"(Từ ngày {dmy(data.date_from)} đến ngày {dmy(data.date_to)})", n,
                    italic=True, size=12, align="center")
    ws.row_dimensions[row].height = 48
    ws.append([_text(ws, h, bold=True, align="center", border=True, fill=True)
               for h in LEDGER_HEADERS])
    ws.append([_text(ws, f"({i})", bold=True, align="center", border=True, fill=True)
               for i in range(1, n + 1)])
    row += 2
    for r in data.rows:
        texts = (entry_label(r), r.code, r.procedure_name, None, r.applicant_name,
                 r.applicant_contact, r.deciding_unit)
        height = max(_lines(str(texts[c] or ""), _LEDGER_WIDTHS[c]) for c in
                     (2, 4, 5, 6))
        if r.note:
            height = max(height, _lines(r.note, _LEDGER_WIDTHS[13]))
        ws.row_dimensions[row].height = max(2, height) * LINE_PT
        cells = [
            _text(ws, texts[0], align="center", border=True), _text(ws, r.code, border=True),
            _text(ws, r.procedure_name, border=True), _num(ws, r.sets),
            _text(ws, r.applicant_name, border=True),
            _text(ws, r.applicant_contact, border=True), _text(ws, r.deciding_unit, border=True),
            _num(ws, r.received_at, DT_FORMAT), _num(ws, r.due_at, DT_FORMAT),
            _num(ws, r.transferred_at, DT_FORMAT), _num(ws, r.result_in_at, DT_FORMAT),
            _num(ws, r.returned_at, DT_FORMAT), _text(ws, None, border=True),
            _text(ws, r.note, border=True),
        ]
        ws.append(cells)
        row += 1
    if data.rows:
        ws.auto_filter.ref = f"A6:{get_column_letter(n)}{row - 1}"
    else:
        row = _full_row(ws, row, "Không có hồ sơ trong khoảng thời gian này.", n, italic=True)
    if data.extract_of is None:
        _full_row(ws, row, f"Tổng số: {len(data.rows):,} hồ sơ.".replace(",", "."), n,
                  italic=True)
    return _save(wb)


# --- Biểu II.06a ----------------------------------------------------------------------------


def _signature_rows(ws: Any, start: int, ncols: int, recipients: Iterable[str],
                    signers: Sequence[tuple[Signer, int, int]], split: int) -> int:
    """"Nơi nhận" left (columns 1..split), signature blocks at the given column spans."""
    rec = ["Nơi nhận:", *(f"- {x}" for x in recipients)]
    blocks = []
    for signer, c0, c1 in signers:
        lines: list[tuple[str, bool, bool]] = [(x, True, False) for x in signer.lines]
        if signer.note:
            lines.append((signer.note, False, True))
        lines += [("", False, False)] * 4
        lines.append((signer.name, True, False))
        blocks.append((lines, c0, c1))
    n = max(len(rec), *(len(b[0]) for b in blocks))
    for i in range(n):
        row = start + i
        cells = [_text(ws, None)] * ncols
        if i < len(rec):
            cells[0] = _text(ws, rec[i], bold=i == 0, italic=i == 0, size=12 if i == 0 else 11)
        for lines, c0, _c1 in blocks:
            if i < len(lines):
                text, bold, italic = lines[i]
                cells[c0 - 1] = _text(ws, text, bold=bold, italic=italic, size=12,
                                      align="center")
        ws.append(cells)
        _merge(ws, row, 1, split)
        for _block, c0, c1 in blocks:
            _merge(ws, row, c0, c1)
    return start + n


def report_xlsx(data: PeriodicReportData) -> bytes:
    """Biểu II.06a with the national heading, number, date, "tạm tính" warning and signatures;
    the Decision 766 page on a second sheet. Each sheet prints on one landscape page."""
    wb = Workbook(write_only=True)
    ws = _sheet(wb, "Bieu II.06a")
    ncols = 13
    widths = [6, 30] + [10.5] * 11
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    _print_setup(ws, landscape=True, fit_height=1)
    issuer = data.issuer
    body = issuer.body.split("\n")
    number = f"Số: {doc_number_text(data.doc_number)}/BC-{issuer.symbol}"
    row = _full_row(ws, 1, FORM_CODE, ncols, italic=True, align="right")
    row = _heading_rows(
        ws, [(body[0], True), (body[1] if len(body) > 1 else "", True), (number, False)],
        [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
         ("Độc lập - Tự do - Hạnh phúc", True, False),
         (place_date(issuer.place, data.issued_on) if issuer.place else "", False, True)],
        5, ncols, row)
    row = _full_row(ws, row, "BÁO CÁO", ncols, bold=True, size=14, align="center")
    row = _full_row(ws, row, subject_line(data), ncols, bold=True, size=13, align="center")
    row = _full_row(ws, row, f"Kính gửi: {data.recipient}.", ncols, size=13, align="center")
    row = _full_row(ws, row, f"Kỳ báo cáo: {data.period_label} (từ ngày {dmy(data.date_from)} "
                    f"đến ngày {dmy(data.date_to)})", ncols, italic=True, size=12, align="center")
    note = provisional_note(data)
    if note:
        row = _full_row(ws, row, f"{note} — kỳ báo cáo chưa kết thúc.", ncols, bold=True,
                        italic=True, size=12, align="center")
    row = _full_row(ws, row, TITLE, ncols, bold=True, size=11, align="center")
    row = _full_row(ws, row, "Đơn vị tính: Số hồ sơ TTHC", ncols, italic=True, align="right")
    top = row
    grid: list[list[str]] = [[""] * ncols for _ in range(4)]
    spans = [
        ((0, 1), (2, 1), "STT"), ((0, 2), (2, 2), "Lĩnh vực giải quyết"),
        ((0, 3), (0, 6), "Số hồ sơ nhận giải quyết"), ((0, 7), (0, 13), "Kết quả giải quyết"),
        ((1, 3), (2, 3), "Tổng số"), ((1, 4), (1, 5), "Trong kỳ"), ((1, 6), (2, 6), "Từ kỳ trước"),
        ((1, 7), (1, 10), "Số hồ sơ đã giải quyết"), ((1, 11), (1, 13), "Số hồ sơ đang giải quyết"),
    ]
    for (r0, c0), _end, text in spans:
        grid[r0][c0 - 1] = text
    for col, text in ((4, "Trực tuyến"), (5, "Trực tiếp, dịch vụ bưu chính"), (7, "Tổng số"),
                      (8, "Trước hạn"), (9, "Đúng hạn"), (10, "Quá hạn"), (11, "Tổng số"),
                      (12, "Trong hạn"), (13, "Quá hạn")):
        grid[2][col - 1] = text
    grid[3] = [f"({c})" for c in range(1, ncols + 1)]
    ws.row_dimensions[top + 2].height = 45
    for line in grid:
        ws.append([_text(ws, v, bold=True, align="center", border=True, fill=True) for v in line])
    for (r0, c0), (r1, c1), _label in spans:
        ws.merged_cells.add(f"{get_column_letter(c0)}{top + r0}:{get_column_letter(c1)}{top + r1}")
    row = top + 4
    for i, fig in enumerate(data.rows, 1):
        ws.append([_num(ws, i), _text(ws, fig.field, border=True)]
                  + [_num(ws, v) for v in fig.columns()])
        row += 1
    total = data.total
    # Values, not formulas: a reader that does not recalculate still sees the numbers.
    ws.append([_text(ws, None, border=True), _text(ws, "Tổng cộng", bold=True, border=True)]
              + [_num(ws, v, bold=True) for v in total.columns()])
    row += 1
    check = "khớp" if all(f.balanced for f in (*data.rows, total)) else "KHÔNG KHỚP"
    row = _full_row(ws, row, f"Đối chiếu: cột (3) = cột (7) + cột (11) — {check}.", ncols,
                    italic=True)
    ws.append([])
    row += 1
    _signature_rows(ws, row, ncols, data.recipients,
                    [(Signer(("NGƯỜI LẬP BIỂU",), data.preparer, note=""), 5, 8),
                     (data.signer, 9, 13)], 4)

    ws2 = _sheet(wb, "Chi so QD 766")
    heads = ("STT", "Thành phần, chỉ số", "Cách tính", "Tử số", "Mẫu số", "Tỷ lệ",
             "Điểm tối đa (QĐ 766)")
    nc = len(heads)
    for i, w in enumerate((6, 44, 42, 11, 11, 10, 13), 1):
        ws2.column_dimensions[get_column_letter(i)].width = w
    _print_setup(ws2, landscape=True, fit_height=1)
    r2 = _full_row(ws2, 1, INDICATORS_TITLE, nc, bold=True, size=13, align="center")
    r2 = _full_row(ws2, r2, "(Theo Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính "
                   f"phủ; kỳ báo cáo: {data.period_label})", nc, italic=True, size=12,
                   align="center")
    if note:
        r2 = _full_row(ws2, r2, note, nc, bold=True, italic=True, size=12, align="center")
    ws2.append([_text(ws2, h, bold=True, align="center", border=True, fill=True) for h in heads])
    r2 += 1
    stt = 0
    lines = indicator_lines(data.indicators)
    for k, (label, formula, num, den, ratio, weight) in enumerate(lines):
        shares = k > 0 and weight == 0
        if not shares:
            stt += 1
        ws2.row_dimensions[r2].height = 2 * LINE_PT
        ws2.append([_num(ws2, None if shares else stt), _text(ws2, label, border=True),
                    _text(ws2, formula, border=True), _num(ws2, num), _num(ws2, den),
                    _num(ws2, ratio, PCT_FORMAT), _num(ws2, None if shares else weight)])
        if shares:
            ws2.merged_cells.add(f"G{r2 - 1}:G{r2}")
            ws2.merged_cells.add(f"A{r2 - 1}:A{r2}")
        r2 += 1
    ws2.append([_text(ws2, None, border=True),
                _text(ws2, "Tổng điểm tối đa", bold=True, border=True)]
               + [_text(ws2, None, border=True)] * 4
               + [_num(ws2, sum(ln[5] for ln in lines), bold=True)])
    return _save(wb)
