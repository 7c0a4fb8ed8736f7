"""Form 07, the tracking ledger: A4 landscape, header rows on every page, any date range.

Every row carries its entry number in the book (``entry_label``): the book is the year, the
entry the receipt day and the dossier's own daily sequence (``05/02-1009``), so the number a
receipt (form 01) prints finds its row in any printout of the ledger, on every desk, offline.

Speed: cells are plain strings wrapped here (widths measured once per distinct text), every
row's height is known before layout, pages are packed greedily (linear in the number of rows)
and each page is drawn directly (grid lines, one text object) instead of a reportlab Table.
"""

from __future__ import annotations

import re
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak

from commune_desk.domain.identifiers import IdentifierError, parse_dossier_code
from commune_desk.reports.data import LedgerData, LedgerRow
from commune_desk.reports.fonts import SERIF, SERIF_BOLD, register_fonts
from commune_desk.reports.form_set import load_form_set
from commune_desk.reports.formatting import dmy, vn_number
from commune_desk.reports.layout import (
    GRID,
    LANDSCAPE,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    P,
    build_pdf,
    content_width,
    esc,
    heading,
    title,
)

LEDGER_TITLE = "Sổ theo dõi hồ sơ"
HEADERS = (
    "Số vào sổ", "Mã hồ sơ", "Tên TTHC", "Số lượng hồ sơ (bộ)", "Tên cá nhân, tổ chức",
    "Địa chỉ, số điện thoại", "Cơ quan chủ trì giải quyết", "Nhận hồ sơ (ngày giờ)",
    "Hẹn trả kết quả", "Chuyển hồ sơ đến cơ quan giải quyết",
    "Nhận kết quả từ cơ quan giải quyết", "Trả kết quả cho cá nhân, tổ chức", "Ký nhận",
    "Ghi chú",
)
FONT_SIZE = 8
LEADING = 8.8
HEAD_SIZE, HEAD_LEADING = 7, 7.8
PAD_TOP, PAD_BOTTOM, PAD_SIDE = 0.8, 1.0, 2.0
ROW_EXTRA = PAD_TOP + PAD_BOTTOM + 0.2


def ledger_book(received_at: datetime) -> str:
    """The ledger book of a receipt: one book a year."""
    return str(received_at.year)


def ledger_entry(code: str, fallback: int = 0) -> str:
    """Entry of a dossier in its book: receipt day and daily sequence, ``05/02-1009``."""
    try:
        c = parse_dossier_code(code)
    except (IdentifierError, ValueError):
        return str(fallback) if fallback else ""
    return f"{c.day.day:02d}/{c.day.month:02d}-{c.sequence:04d}"


def entry_label(row: LedgerRow) -> str:
    return ledger_entry(row.code, row.seq)


def _widths() -> list[float]:
    """Column widths (252 mm in all): the five date columns just hold "27/01/2026", the code
    its two lines; what is left goes to procedure, name, address and deciding body so that a
    commune's usual rows take two lines (at least 20 rows a page)."""
    total = content_width(LANDSCAPE)
    fixed = {0: 15 * mm, 1: 20.5 * mm, 3: 9.5 * mm, 7: 14.5 * mm, 8: 14.5 * mm, 9: 14.5 * mm,
             10: 14.5 * mm, 11: 14.5 * mm, 12: 12 * mm, 13: 19 * mm}
    rest = total - sum(fixed.values())
    share = {2: 0.32, 4: 0.19, 5: 0.33, 6: 0.16}
    return [fixed[i] if i in fixed else rest * share[i] for i in range(14)]


def local_area_pattern(areas: tuple[str, ...]) -> re.Pattern[str] | None:
    """``, <area>`` ending an address (before the "; phone" or at the end), any case/spacing."""
    alts = ["\\s+".join(re.escape(w) for w in a.split()) for a in areas if a.split()]
    if not alts:
        return None
    return re.compile(r"\s*,\s*(?:" + "|".join(alts) + r")\s*(?=;|$)", re.IGNORECASE)


def short_contact(contact: str, pattern: re.Pattern[str] | None) -> str:
    """The address without the ledger's own area (said once on the paper); unchanged when
    nothing would be left of the address."""
    if pattern is None:
        return contact
    out = pattern.sub("", contact, count=1)
    return out if out and not out.startswith(";") else contact


def local_area_note(area: str) -> str:
    return (f"Cột (6): địa chỉ trên địa bàn {area} được ghi không kèm “{area}”; "
            "bản Excel ghi đầy đủ.")


class _Wrapper:
    """Greedy word wrap by measured width, cached per (text, width)."""

    def __init__(self, font: str, size: float) -> None:
        self.font, self.size = font, size
        self.cache: dict[tuple[str, float], str] = {}

    def __call__(self, text: str, width: float) -> str:
        key = (text, width)
        hit = self.cache.get(key)
        if hit is not None:
            return hit
        lines: list[str] = []
        for para in text.split("\n"):
            line = ""
            for word in para.split():
                trial = f"{line} {word}" if line else word
                if line and stringWidth(trial, self.font, self.size) <= width:
                    line = trial
                    continue
                if line:
                    lines.append(line)
                pieces = self._pieces(word, width)
                lines.extend(pieces[:-1])
                line = pieces[-1]
            lines.append(line)
        out = "\n".join(lines)
        self.cache[key] = out
        return out

    def _pieces(self, word: str, width: float) -> list[str]:
        """A word that starts a line; one wider than the column (a long e-mail address, a number
        without spaces) is cut into pieces that fit, so it never runs into the next cell."""
        # No glyph of the serif font is wider than 1.34 em: a short word needs no measuring.
        if len(word) * self.size * 1.4 <= width or stringWidth(word, self.font, self.size) <= width:
            return [word]
        out, piece = [], ""
        for ch in word:
            if piece and stringWidth(piece + ch, self.font, self.size) > width:
                out.append(piece)
                piece = ""
            piece += ch
        out.append(piece)
        return out


def _when(value: datetime | None) -> str:
    if value is None:
        return ""
    return f"{value:%H:%M}\n{dmy(value)}"


def _code_text(code: str) -> str:
    """The code on two lines at its last-but-one dash: agency id, then day and sequence."""
    head, sep, tail = code.rpartition("-")
    head2, sep2, mid = head.rpartition("-")
    return f"{head2}-\n{mid}-{tail}" if sep and sep2 else code


def build_ledger(data: LedgerData) -> bytes:
    register_fonts()
    info = load_form_set(data.form_set).form("07")
    widths = _widths()
    width = content_width(LANDSCAPE)
    day = data.issued_on or data.date_to
    story: list[Flowable] = [heading(data.issuer, None, day, width, left_share=0.40)]
    if data.extract_of is None:
        story += title(info.title.upper(),
                       f"(Từ ngày {dmy(data.date_from)} đến ngày {dmy(data.date_to)})",
                       italic_sub=True, space_before=3 * mm)
    else:
        story += title("TRÍCH " + info.title.upper(),
                       f"(Dòng của hồ sơ {data.extract_of} trong sổ ngày {dmy(data.date_from)})",
                       italic_sub=True, space_before=3 * mm)
    area = local_area_pattern(data.local_area)
    contacts = [short_contact(r.applicant_contact, area) for r in data.rows]
    shortened = any(c != r.applicant_contact for c, r in zip(contacts, data.rows, strict=True))
    if shortened:
        story.append(P(f"<i>{esc(local_area_note(data.local_area[0]))}</i>", "small_c"))
    # Header cells are wrapped once here (plain strings): a Paragraph would be re-wrapped
    # on every one of the hundreds of pages.
    head_wrap = _Wrapper(SERIF_BOLD, HEAD_SIZE)
    header: list[list[str]] = [
        [head_wrap(h, w - 2 * PAD_SIDE) for h, w in zip(HEADERS, widths, strict=True)],
        [f"({i})" for i in range(1, 15)]]
    wrap = _Wrapper(SERIF, FONT_SIZE)
    inner = [w - 2 * PAD_SIDE for w in widths]
    body: list[list[str]] = []
    heights: list[float] = []
    for r, contact in zip(data.rows, contacts, strict=True):
        cells = [
            entry_label(r), _code_text(r.code), wrap(r.procedure_name, inner[2]),
            vn_number(r.sets), wrap(r.applicant_name, inner[4]),
            wrap(contact, inner[5]), wrap(r.deciding_unit, inner[6]),
            _when(r.received_at), _when(r.due_at), _when(r.transferred_at),
            _when(r.result_in_at), _when(r.returned_at), "", wrap(r.note, inner[13]),
        ]
        lines = max(c.count("\n") + 1 for c in cells)
        body.append(cells)
        heights.append(lines * LEADING + ROW_EXTRA)
    if not body:
        body = [["", "Không có hồ sơ trong khoảng thời gian này."] + [""] * 12]
        heights = [LEADING + ROW_EXTRA]
    head_heights = [max(c.count("\n") + 1 for c in hr) * HEAD_LEADING + ROW_EXTRA
                    for hr in header]
    frame_h = LANDSCAPE[1] - MARGIN_TOP - MARGIN_BOTTOM
    used = sum(f.wrap(width, frame_h)[1] + f.getSpaceBefore() + f.getSpaceAfter()
               for f in story)
    foot_h = 16.0
    avail = frame_h - used - sum(head_heights) - 2
    start, total_h = 0, 0.0
    n = len(body)
    for i, h in enumerate(heights):
        last_page_needs = foot_h if i == n - 1 else 0.0
        if i > start and total_h + h + last_page_needs > avail:
            story.append(_LedgerPage(header, body[start:i], widths, head_heights,
                                     heights[start:i]))
            story.append(PageBreak())
            start, total_h = i, 0.0
            avail = frame_h - sum(head_heights) - 2
        total_h += h
    story.append(_LedgerPage(header, body[start:], widths, head_heights, heights[start:]))
    if data.extract_of is None:
        story.append(P(f"Tổng số: {vn_number(len(data.rows))} hồ sơ (quyển số "
                       f"{esc(str(data.date_from.year))}).", "small"))
    else:
        story.append(P("Trích từ Sổ theo dõi hồ sơ, quyển số "
                       f"{esc(str(data.date_from.year))}; số vào sổ ghi ở cột (1).", "small"))
    if data.chain_head:
        story.append(P(f"Đầu chuỗi kiểm toán: {esc(data.chain_head)}.", "small"))
    return build_pdf(story, pagesize=LANDSCAPE,
                     title_text=f"{info.title} {dmy(data.date_from)}–{dmy(data.date_to)}",
                     subject=info.code)


_CENTRED = frozenset({0, 3, 7, 8, 9, 10, 11})


class _LedgerPage(Flowable):  # type: ignore[misc]
    """One page of the ledger table drawn directly: grid lines, then every text line through
    one text object (a reportlab Table creates a text object and applies cell styles per cell,
    which dominated the time of a 10,000-row ledger)."""

    def __init__(self, header: list[list[str]], rows: list[list[str]], widths: list[float],
                 head_heights: list[float], heights: list[float]) -> None:
        super().__init__()
        self.header, self.rows, self.widths = header, rows, widths
        self.head_heights, self.heights = head_heights, heights
        self.width = sum(widths)
        self.height = sum(head_heights) + sum(heights)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        xs = [0.0]
        for w in self.widths:
            xs.append(xs[-1] + w)
        tops = [self.height]
        for h in (*self.head_heights, *self.heights):
            tops.append(tops[-1] - h)
        head_bottom = tops[len(self.head_heights)]
        c.saveState()
        c.setFillColor(colors.HexColor("#EEEEEE"))
        c.rect(0, head_bottom, self.width, self.height - head_bottom, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setStrokeColor(GRID)
        c.setLineWidth(0.5)
        lines: list[tuple[float, float, float, float]] = [(0.0, y, self.width, y) for y in tops]
        lines += [(x, 0.0, x, self.height) for x in xs]
        c.lines(lines)
        text = c.beginText()
        widths_cache: dict[tuple[str, str, float], float] = {}

        def put(cells: list[str], top: float, bottom: float, font: str, size: float,
                leading: float, middle: bool) -> None:
            text.setFont(font, size, leading)
            for col, cell in enumerate(cells):
                if not cell:
                    continue
                parts = cell.split("\n")
                if middle:
                    block = len(parts) * leading
                    y = (top + bottom) / 2 + block / 2 - size * 0.93
                else:
                    y = top - PAD_TOP - size * 0.93
                for part in parts:
                    x = xs[col] + PAD_SIDE
                    if middle or col in _CENTRED:
                        key = (part, font, size)
                        w = widths_cache.get(key)
                        if w is None:
                            w = widths_cache[key] = stringWidth(part, font, size)
                        x = (xs[col] + xs[col + 1] - w) / 2
                    text.setTextOrigin(x, y)
                    text.textOut(part)
                    y -= leading

        for i, cells in enumerate(self.header):
            put(cells, tops[i], tops[i + 1], SERIF_BOLD if i == 0 else SERIF, HEAD_SIZE,
                HEAD_LEADING, True)
        base = len(self.header)
        for i, cells in enumerate(self.rows):
            put(cells, tops[base + i], tops[base + i + 1], SERIF, FONT_SIZE, LEADING, False)
        c.drawText(text)
        c.restoreState()
