"""State document layout (Decree 30/2020, Appendix I): margins, heading, title, signatures, page numbers."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from commune_desk.reports.data import Issuer, Signer
from commune_desk.reports.fonts import (
    SERIF,
    SERIF_BOLD,
    SERIF_BOLD_ITALIC,
    SERIF_ITALIC,
    register_fonts,
)
from commune_desk.reports.formatting import place_date

# Decree 30/2020: top 20–25, bottom 20–25, left 30–35, right 15–20 mm.
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
PORTRAIT = A4
LANDSCAPE = landscape(A4)


def content_width(pagesize: tuple[float, float] = PORTRAIT) -> float:
    return float(pagesize[0] - MARGIN_LEFT - MARGIN_RIGHT)


def esc(text: object) -> str:
    """Escape text for reportlab's mini-markup."""
    return (
        str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    )


_STYLES: dict[str, ParagraphStyle] | None = None


def styles() -> dict[str, ParagraphStyle]:
    global _STYLES
    if _STYLES is not None:
        return _STYLES
    register_fonts()
    # Decree 30: paragraphs at least 6 pt apart; single to 1.5 line spacing.
    base = ParagraphStyle("base", fontName=SERIF, fontSize=13, leading=17, alignment=TA_JUSTIFY,
                          spaceAfter=3)
    s = {
        "body": base,
        "body_left": ParagraphStyle("body_left", parent=base, alignment=TA_LEFT),
        # Form 01 must hold on one page whatever the procedure: tighter lines.
        "tight": ParagraphStyle("tight", parent=base, alignment=TA_LEFT, leading=15.5,
                                spaceAfter=1.5),
        "body_indent": ParagraphStyle("body_indent", parent=base, firstLineIndent=10 * mm),
        "item": ParagraphStyle("item", parent=base, leftIndent=8 * mm, firstLineIndent=-5 * mm),
        "org_parent": ParagraphStyle("org_parent", fontName=SERIF, fontSize=12.5, leading=15,
                                     alignment=TA_CENTER),
        "org": ParagraphStyle("org", fontName=SERIF_BOLD, fontSize=12.5, leading=15,
                              alignment=TA_CENTER),
        "number": ParagraphStyle("number", fontName=SERIF, fontSize=13, leading=16,
                                 alignment=TA_CENTER),
        "nation": ParagraphStyle("nation", fontName=SERIF_BOLD, fontSize=12, leading=15,
                                 alignment=TA_CENTER),
        "motto": ParagraphStyle("motto", fontName=SERIF_BOLD, fontSize=13, leading=16,
                                alignment=TA_CENTER),
        "place": ParagraphStyle("place", fontName=SERIF_ITALIC, fontSize=13, leading=16,
                                alignment=TA_CENTER),
        "title": ParagraphStyle("title", fontName=SERIF_BOLD, fontSize=14, leading=18,
                                alignment=TA_CENTER, spaceBefore=8, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", fontName=SERIF_BOLD, fontSize=13, leading=16,
                                   alignment=TA_CENTER),
        "subtitle_n": ParagraphStyle("subtitle_n", fontName=SERIF, fontSize=13, leading=16,
                                     alignment=TA_CENTER),
        "subtitle_i": ParagraphStyle("subtitle_i", fontName=SERIF_ITALIC, fontSize=13,
                                     leading=16, alignment=TA_CENTER),
        "sign_title": ParagraphStyle("sign_title", fontName=SERIF_BOLD, fontSize=13, leading=16,
                                     alignment=TA_CENTER),
        "sign_note": ParagraphStyle("sign_note", fontName=SERIF_ITALIC, fontSize=12,
                                    leading=15, alignment=TA_CENTER),
        "sign_name": ParagraphStyle("sign_name", fontName=SERIF_BOLD, fontSize=13, leading=16,
                                    alignment=TA_CENTER),
        "recip_head": ParagraphStyle("recip_head", fontName=SERIF_BOLD_ITALIC, fontSize=12,
                                     leading=14, alignment=TA_LEFT),
        "recip": ParagraphStyle("recip", fontName=SERIF, fontSize=11, leading=13,
                                alignment=TA_LEFT),
        "cell": ParagraphStyle("cell", fontName=SERIF, fontSize=10.5, leading=12.5,
                               alignment=TA_LEFT),
        "cell_c": ParagraphStyle("cell_c", fontName=SERIF, fontSize=10.5, leading=12.5,
                                 alignment=TA_CENTER),
        "cell_r": ParagraphStyle("cell_r", fontName=SERIF, fontSize=10.5, leading=12.5,
                                 alignment=TA_RIGHT),
        "cell_h": ParagraphStyle("cell_h", fontName=SERIF_BOLD, fontSize=10.5, leading=12.5,
                                 alignment=TA_CENTER),
        "small": ParagraphStyle("small", fontName=SERIF_ITALIC, fontSize=11, leading=13,
                                alignment=TA_LEFT),
        "small_r": ParagraphStyle("small_r", fontName=SERIF, fontSize=11, leading=13,
                                  alignment=TA_RIGHT),
        "small_c": ParagraphStyle("small_c", fontName=SERIF, fontSize=11, leading=13,
                                  alignment=TA_CENTER),
    }
    _STYLES = s
    return s


def P(text: str, style: str = "body") -> Paragraph:
    return Paragraph(text, styles()[style])


class Rule(Flowable):  # type: ignore[misc]
    """A centred horizontal rule of a given length (under the body name and the motto)."""

    def __init__(self, length: float, box_width: float, thickness: float = 0.6) -> None:
        super().__init__()
        self.length = length
        self.box_width = box_width
        self.thickness = thickness

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.box_width, 4

    def draw(self) -> None:
        x0 = (self.box_width - self.length) / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x0, 1.5, x0 + self.length, 1.5)


def _text_width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(text, font, size))


def _balanced_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Explicit lines kept as given; a line too wide is cut into two lines of similar length."""
    out: list[str] = []
    for line in text.split("\n"):
        words = line.split()
        if _text_width(line, font, size) <= width or len(words) < 2:
            out.append(line)
            continue
        best = min(range(1, len(words)), key=lambda i: abs(
            _text_width(" ".join(words[:i]), font, size)
            - _text_width(" ".join(words[i:]), font, size)))
        out += [" ".join(words[:best]), " ".join(words[best:])]
    return out


def heading(
    issuer: Issuer,
    number_text: str | None,
    day: date | None,
    width: float,
    *,
    left_share: float = 0.43,
) -> Table:
    """The two-column national heading: issuing body and "Số:" left; motto and place/date right."""
    st = styles()
    lw = width * left_share
    rw = width - lw
    left: list[Flowable] = []
    if issuer.parent_body:
        left.append(Paragraph(esc(issuer.parent_body.upper()), st["org_parent"]))
    body_lines = _balanced_lines(issuer.body.upper(), SERIF_BOLD, 12.5, lw - 4)
    left.append(Paragraph("<br/>".join(esc(x) for x in body_lines), st["org"]))
    widest = max(_text_width(x, SERIF_BOLD, 12.5) for x in body_lines)
    body_len = min(widest, lw - 10) / 3
    left.append(Rule(max(body_len, 25 * mm), lw))
    if number_text:
        left.append(Spacer(1, 3))
        left.append(Paragraph(esc(number_text), st["number"]))
    motto = "Độc lập - Tự do - Hạnh phúc"
    right: list[Flowable] = [
        Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", st["nation"]),
        Paragraph(motto, st["motto"]),
        Rule(_text_width(motto, SERIF_BOLD, 13), rw),
    ]
    if day is not None and issuer.place:
        right.append(Spacer(1, 5))
        right.append(Paragraph(esc(place_date(issuer.place, day)), st["place"]))
    t = Table([[left, right]], colWidths=[lw, rw])
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return t


def title(text: str, *subtitles: str, italic_sub: bool = False,
          space_before: float = 6 * mm) -> list[Flowable]:
    out: list[Flowable] = [Spacer(1, space_before), P(esc(text), "title")]
    for sub in subtitles:
        out.append(P(esc(sub), "subtitle_i" if italic_sub else "subtitle"))
    out.append(Spacer(1, 4 * mm))
    return out


def signature(signer: Signer, *, space: float = 22 * mm) -> list[Flowable]:
    out: list[Flowable] = [P(esc(line), "sign_title") for line in signer.lines]
    if signer.note:
        out.append(P(esc(signer.note), "sign_note"))
    out.append(Spacer(1, space))
    out.append(P(esc(signer.name), "sign_name"))
    return out


def recipients_block(items: Sequence[str]) -> list[Flowable]:
    out: list[Flowable] = [P("Nơi nhận:", "recip_head")]
    out += [P("- " + esc(i), "recip") for i in items]
    return out


def closing_table(
    width: float,
    *,
    left: Sequence[Flowable] | None = None,
    right: Sequence[Flowable] | None = None,
) -> Table:
    """The foot of a paper: "Nơi nhận" or a second signature left, the signature block right."""
    t = Table([[list(left or []), list(right or [])]], colWidths=[width * 0.45, width * 0.55])
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    t.keepWithNext = False
    return t


GRID = colors.black


def plain_style() -> TableStyle:
    """A borderless layout table in the document font."""
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), SERIF),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]
    )


def grid_style(header_rows: int, extra: Sequence[tuple[Any, ...]] = ()) -> TableStyle:
    cmds: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), SERIF),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        cmds.append(("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"))
    cmds.extend(extra)
    return TableStyle(cmds)


class _A4View:
    """What ``_page_number`` reads of the document when an A4 page is reduced onto A5."""

    pagesize = PORTRAIT


def _page_number(canvas: Any, doc: Any) -> None:
    """Decree 30: page numbers centred in the top margin, from page 2 on."""
    page = canvas.getPageNumber()
    if page < 2:
        return
    canvas.saveState()
    canvas.setFont(SERIF, 13)
    w, h = doc.pagesize
    x = MARGIN_LEFT + (w - MARGIN_LEFT - MARGIN_RIGHT) / 2
    canvas.drawCentredString(x, h - MARGIN_TOP / 2 - 4, str(page))
    canvas.restoreState()


PAPER_SIZES = ("A4", "A5")


def build_pdf(
    story: list[Flowable],
    *,
    pagesize: tuple[float, float] = PORTRAIT,
    title_text: str,
    subject: str = "",
    author: str = "Commune Desk",
    paper: str = "A4",
) -> bytes:
    """Lay out ``story`` in the state-document margins and return the PDF bytes.

    ``invariant`` makes the output depend on the content only (no timestamp, fixed ids),
    so a report re-issued from the same snapshot is byte-for-byte the same file.
    ``paper="A5"`` (slips 01–05, a setting): the A4 portrait page is laid out as usual and
    printed reduced onto an A5 sheet (×0.707, the ISO ratio), so nothing is re-flowed.
    """
    register_fonts()
    if paper not in PAPER_SIZES:
        raise ValueError(f"paper {paper!r}")
    buf = io.BytesIO()
    reduce = paper == "A5" and pagesize == PORTRAIT
    doc = BaseDocTemplate(
        buf,
        pagesize=A5 if reduce else pagesize,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title_text,
        subject=subject,
        author=author,
        creator="Commune Desk",
        initialFontName=SERIF,
        initialFontSize=13,
        invariant=1,
    )
    frame = Frame(
        MARGIN_LEFT, MARGIN_BOTTOM,
        pagesize[0] - MARGIN_LEFT - MARGIN_RIGHT, pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
    )
    factor = A5[0] / A4[0]

    def reduced(canvas: Any, d: Any) -> None:
        canvas.scale(factor, factor)  # stays in force for the whole page
        _page_number(canvas, _A4View())

    on_page = reduced if reduce else _page_number
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    doc.build(story)
    return buf.getvalue()


def paged_tables(
    header: list[list[Any]],
    rows: Sequence[list[Any]],
    col_widths: Sequence[float],
    *,
    style: TableStyle,
    first_height: float,
    page_height: float,
    row_style: Sequence[tuple[Any, ...]] = (),
    text_leading: float = 12.5,
) -> list[Flowable]:
    """Split a long table into one table per page, each starting with the header rows.

    reportlab's own splitting re-measures the whole remainder at every page break, which is
    quadratic on a 10,000-row ledger; here each row is measured once and rows are packed
    greedily, so the cost grows linearly. Row heights use the same padding as ``style``.
    """
    from reportlab.platypus import PageBreak

    pad = 2 + 3  # TOPPADDING + BOTTOMPADDING of grid_style

    def row_height(row: Sequence[Any]) -> float:
        h = 0.0
        for cell, w in zip(row, col_widths, strict=False):
            if hasattr(cell, "wrap"):
                _, ch = cell.wrap(w - 6, 10_000)
            else:
                ch = text_leading * (str(cell).count("\n") + 1)
            h = max(h, ch)
        return h + pad

    head_h = sum(row_height(r) for r in header) + 2
    out: list[Flowable] = []
    avail = first_height - head_h
    page: list[list[Any]] = []
    used = 0.0
    for row in rows:
        h = row_height(row)
        if page and used + h > avail:
            out.append(_page_table(header, page, col_widths, style, row_style))
            out.append(PageBreak())
            page, used, avail = [], 0.0, page_height - head_h
        page.append(row)
        used += h
    out.append(_page_table(header, page, col_widths, style, row_style))
    return out


def _page_table(
    header: list[list[Any]],
    rows: list[list[Any]],
    col_widths: Sequence[float],
    style: TableStyle,
    row_style: Sequence[tuple[Any, ...]],
) -> Table:
    t = Table(header + rows, colWidths=list(col_widths), repeatRows=len(header))
    t.setStyle(style)
    if row_style:
        t.setStyle(TableStyle(list(row_style)))
    return t
