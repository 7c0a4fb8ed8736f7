"""Builders of the one-stop forms 01–06 (Circular 03/2025 set): plain data in, PDF bytes out."""

from __future__ import annotations

from datetime import date

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from commune_desk.reports.data import (
    ApologyData,
    Applicant,
    ControlSlipData,
    DenialData,
    Issuer,
    ReceiptData,
    RefusalData,
    Signer,
    StopData,
    SupplementData,
)
from commune_desk.reports.fonts import SERIF
from commune_desk.reports.form_set import FormInfo, load_form_set
from commune_desk.reports.formatting import d2, dmy, hm_dmy, hm_long
from commune_desk.reports.layout import (
    PORTRAIT,
    P,
    build_pdf,
    closing_table,
    content_width,
    esc,
    grid_style,
    heading,
    recipients_block,
    signature,
    title,
)

W = content_width(PORTRAIT)


def _form(number: str, form_set: str) -> FormInfo:
    return load_form_set(form_set).form(number)


def _number_text(doc_number: str, info: FormInfo, issuer: Issuer) -> str:
    """"Số: 12/VBXL-TTPVHCC"; dotted blanks when the paper has no number yet."""
    suffix = f"{info.symbol}-{issuer.symbol}" if issuer.symbol else info.symbol
    return f"Số: {doc_number or '.......'}/{suffix}"


def _body_name(issuer: Issuer) -> str:
    """The issuing body as it reads inside a sentence: "Trung tâm Phục vụ hành chính công xã …"."""
    if issuer.sentence_name:
        return issuer.sentence_name
    name = issuer.body.strip()
    if name.isupper():
        name = name[:1] + name[1:].lower()
    if issuer.place and issuer.place.lower() not in name.lower():
        name = f"{name} {_unit_word(issuer)} {issuer.place}"
    return name.replace("phục vụ", "Phục vụ")


def _unit_word(issuer: Issuer) -> str:
    parent = issuer.parent_body.upper()
    return "phường" if "PHƯỜNG" in parent else "xã"


def _sentence(text: str) -> str:
    """Reason text ends the sentence itself: drop its own final stop to avoid ".."."""
    return text.strip().rstrip(".;")


def _line(label: str, value: str, style: str = "body_left") -> Flowable:
    return P(f"{esc(label)}: {esc(value) if value else '…………………………'}", style)


def _applicant_lines(a: Applicant, style: str = "body_left") -> list[Flowable]:
    out = [_line("Ông/Bà", a.name, style)]
    out.append(_line("Địa chỉ", a.address, style))
    contact = f"Số điện thoại: {esc(a.phone) or '……………'}"
    if a.email:
        contact += f"&nbsp;&nbsp;&nbsp;&nbsp;Email: {esc(a.email)}"
    out.append(P(contact, style))
    if a.id_number:
        out.append(_line("Số định danh cá nhân", a.id_number, style))
    return out


def _qr(value: str, size: float = 26 * mm) -> Drawing:
    widget = QrCodeWidget(value, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    d = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    d.add(widget)
    return d


def _host(url: str) -> str:
    """"https://dichvucong.nghean.gov.vn/tra-cuu?ma=…" → "dichvucong.nghean.gov.vn"."""
    rest = url.split("://", 1)[-1]
    return rest.split("/", 1)[0] or url


def _issued(day: date | None, fallback: date) -> date:
    return day or fallback


def build_receipt(data: ReceiptData) -> bytes:
    """Form 01: receipt of the dossier and appointment to return the result, with a QR code."""
    info = _form("01", data.form_set)
    day = _issued(data.issued_on, data.received_at.date())
    story: list[Flowable] = [heading(data.issuer, None, day, W)]
    story += title(info.title, space_before=4 * mm)
    code_block = [P(f"Mã hồ sơ: <b>{esc(data.code)}</b>", "tight")]
    if data.lookup_address:
        code_block.append(P("(Quét mã QR để tra cứu tình trạng hồ sơ tại "
                            f"{esc(_host(data.lookup_address))})", "small"))
    else:
        code_block.append(P("(Mã QR ghi mã hồ sơ; dùng mã này khi tra cứu)", "small"))
    qr = _qr(data.lookup_address or data.code, 23 * mm)
    top = Table([[code_block, qr]], colWidths=[W - 27 * mm, 27 * mm])
    top.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), SERIF), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    story.append(top)
    story.append(P(f"{esc(_body_name(data.issuer))} tiếp nhận hồ sơ của:", "tight"))
    story += _applicant_lines(data.applicant, "tight")
    story.append(_line("Nội dung yêu cầu giải quyết", data.procedure_name, "tight"))
    story.append(P("1. Thành phần hồ sơ nộp gồm:", "tight"))
    rows: list[list[object]] = [[P("STT", "cell_h"), P("Tên giấy tờ", "cell_h"),
                                 P("Bản chính", "cell_h"), P("Bản sao", "cell_h"),
                                 P("Số lượng", "cell_h")]]
    for i, doc in enumerate(data.documents, 1):
        rows.append([P(str(i), "cell_c"), P(esc(doc.name), "cell"),
                     P("x" if doc.original else "", "cell_c"),
                     P("" if doc.original else "x", "cell_c"), P(d2(doc.count), "cell_c")])
    if not data.documents:
        rows.append([P("", "cell"), P("(không có giấy tờ)", "cell"), "", "", ""])
    t = Table(rows, colWidths=[12 * mm, W - 12 * mm - 3 * 20 * mm, 20 * mm, 20 * mm, 20 * mm],
              repeatRows=1)
    t.setStyle(grid_style(1))
    story += [t, Spacer(1, 2 * mm)]
    story.append(P(f"2. Số lượng hồ sơ: {d2(data.sets)} bộ", "tight"))
    story.append(P(f"3. Thời gian giải quyết hồ sơ theo quy định là: {esc(data.limit_text)}",
                   "tight"))
    story.append(P(f"4. Thời gian nhận hồ sơ: {hm_long(data.received_at)}", "tight"))
    story.append(P(f"5. Thời gian trả kết quả giải quyết hồ sơ: <b>{hm_long(data.due_at)}</b>",
                   "tight"))
    if data.deadline_explanation:  # why this appointment (domain.md §2: show the rule)
        story.append(P("Cách tính: " + " ".join(esc(x) for x in data.deadline_explanation),
                       "small"))
    story.append(P(f"6. Hình thức nhận kết quả: {esc(data.return_method)}", "tight"))
    n = 7
    if data.fee_text:
        story.append(P(f"{n}. Phí, lệ phí: {esc(data.fee_text)}", "tight"))
        n += 1
    book = esc(data.ledger_book) or "……"
    entry = esc(data.ledger_entry) or "……"
    story.append(P(f"Vào Sổ theo dõi hồ sơ, Quyển số: {book}, Số thứ tự: {entry}", "tight"))
    story.append(Spacer(1, 3 * mm))
    if data.online:
        applicant_sig: list[Flowable] = [
            P("NGƯỜI NỘP HỒ SƠ", "sign_title"),
            P("(Nộp trực tuyến qua Cổng Dịch vụ công; không ký tại Bộ phận Một cửa)",
              "sign_note"), Spacer(1, 4 * mm), P(esc(data.applicant.name), "sign_name")]
    else:
        applicant_sig = signature(Signer(("NGƯỜI NỘP HỒ SƠ",), data.applicant.name),
                                  space=18 * mm)
    story.append(KeepTogether(closing_table(W, left=applicant_sig,
                                            right=signature(data.receiver, space=18 * mm))))
    return build_pdf(story, title_text=f"{info.title} — {data.code}", subject=info.code,
                     paper=data.paper)


def build_supplement_request(data: SupplementData) -> bytes:
    """Form 02: what the applicant must add or correct, why, and whom to call."""
    info = _form("02", data.form_set)
    day = _issued(data.issued_on, (data.received_at.date() if data.received_at else date.today()))
    story: list[Flowable] = [heading(data.issuer, _number_text(data.doc_number, info,
                                                               data.issuer), day, W)]
    story += title(info.title)
    story.append(P(f"Hồ sơ của: <b>{esc(data.applicant.name)}</b>", "body_left"))
    story.append(_line("Mã hồ sơ", data.code))
    story.append(_line("Nội dung yêu cầu giải quyết", data.procedure_name))
    if data.received_at:
        story.append(_line("Thời gian tiếp nhận", hm_dmy(data.received_at)))
    story.append(P("Sau khi xem xét thành phần hồ sơ, đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ "
                   "gồm những nội dung sau:", "body"))
    for i, item in enumerate(data.items, 1):
        story.append(P(f"{i}. {esc(item)}", "item"))
    story.append(_line("Lý do", data.reason))
    if data.legal_basis:
        story.append(_line("Căn cứ pháp lý", data.legal_basis))
    contact = esc(data.contact_name) or "…………………"
    phone = esc(data.contact_phone) or "……………"
    story.append(P("Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ với "
                   f"Ông/Bà {contact}, số điện thoại {phone} để được hướng dẫn.", "body"))
    story.append(Spacer(1, 5 * mm))
    story.append(KeepTogether(closing_table(W, right=signature(data.officer))))
    return build_pdf(story, title_text=f"{info.title} — {data.code}", subject=info.code,
                     paper=data.paper)


def build_refusal(data: RefusalData) -> bytes:
    """Form 03: refusal, with the specific reasons."""
    info = _form("03", data.form_set)
    day = _issued(data.issued_on, date.today())
    story: list[Flowable] = [heading(data.issuer, _number_text(data.doc_number, info,
                                                               data.issuer), day, W)]
    story += title(info.title)
    story.append(P(f"{esc(_body_name(data.issuer))} tiếp nhận hồ sơ của: "
                   f"<b>{esc(data.applicant.name)}</b>", "body_left"))
    story.append(_line("Đề nghị giải quyết thủ tục hành chính", data.procedure_name))
    story.append(P(f"Mã hồ sơ (nếu có): {esc(data.code) or '……………'}", "body_left"))
    story.append(P("Qua nghiên cứu, đối chiếu với quy định, hồ sơ của Ông/Bà không đủ điều kiện "
                   "để tiếp nhận, giải quyết với lý do cụ thể như sau:", "body"))
    for i, reason in enumerate(data.reasons, 1):
        story.append(P(f"{i}. {esc(reason)}", "item"))
    story.append(P("Xin thông báo để Ông/Bà được biết và thực hiện./.", "body"))
    story.append(Spacer(1, 5 * mm))
    story.append(KeepTogether(closing_table(W, right=signature(data.officer))))
    return build_pdf(story, title_text=f"{info.title} — {data.code}", subject=info.code,
                     paper=data.paper)


def build_apology(data: ApologyData) -> bytes:
    """Form 04: apology for the delay and the new appointment, signed by the head of the body."""
    info = _form("04", data.form_set)
    day = _issued(data.issued_on, date.today())
    story: list[Flowable] = [heading(data.issuer, _number_text(data.doc_number, info,
                                                               data.issuer), day, W)]
    story += title(info.title)
    story.append(P(f"Kính gửi: Ông/Bà {esc(data.applicant.name)}", "subtitle"))
    story.append(Spacer(1, 3 * mm))
    body = _body_name(data.issuer)
    story.append(P(
        f"Ngày {dmy(data.received_at)}, {esc(body)} tiếp nhận hồ sơ của Ông/Bà đề nghị giải "
        f"quyết thủ tục hành chính: {esc(data.procedure_name)}; Mã hồ sơ: {esc(data.code)}. "
        f"Thời gian hẹn trả kết quả giải quyết hồ sơ: {hm_dmy(data.original_due_at)}.",
        "body_indent"))
    story.append(P(
        "Tuy nhiên, đến nay chưa trả kết quả giải quyết hồ sơ của Ông/Bà đúng thời gian hẹn "
        f"ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả. Lý do: {esc(_sentence(data.reason))}.",
        "body_indent"))
    story.append(P(
        f"Sự chậm trễ này đã gây phiền hà cho Ông/Bà. {esc(body)} xin lỗi Ông/Bà và xin hẹn "
        f"lại thời gian trả kết quả vào <b>{hm_long(data.new_due_at)}</b>.", "body_indent"))
    story.append(P("Rất mong nhận được sự thông cảm của Ông/Bà./.", "body_indent"))
    story.append(Spacer(1, 5 * mm))
    story.append(KeepTogether(closing_table(W, left=recipients_block(data.recipients),
                                            right=signature(data.signer))))
    return build_pdf(story, title_text=f"{info.title} — {data.code}", subject=info.code,
                     paper=data.paper)


def build_stop_notice(data: StopData) -> bytes:
    """Form 05: processing stopped (withdrawal at the citizen's request or a legal ground)."""
    info = _form("05", data.form_set)
    day = _issued(data.issued_on, data.stopped_at.date())
    story: list[Flowable] = [heading(data.issuer, _number_text(data.doc_number, info,
                                                               data.issuer), day, W)]
    story += title(info.title)
    story.append(P(f"Kính gửi: Ông/Bà {esc(data.applicant.name)}", "subtitle"))
    story.append(Spacer(1, 3 * mm))
    body = _body_name(data.issuer)
    story.append(P(
        f"Ngày {dmy(data.received_at)}, {esc(body)} đã tiếp nhận hồ sơ của Ông/Bà đề nghị giải "
        f"quyết thủ tục hành chính: {esc(data.procedure_name)}; Mã hồ sơ: {esc(data.code)}.",
        "body_indent"))
    story.append(P(f"Căn cứ: {esc(_sentence(data.grounds))}.", "body_indent"))
    story.append(P(
        f"{esc(body)} thông báo dừng giải quyết hồ sơ nêu trên kể từ {hm_dmy(data.stopped_at)}. "
        f"Lý do: {esc(_sentence(data.reason))}.", "body_indent"))
    story.append(P("Việc xử lý hồ sơ, giấy tờ và phí, lệ phí đã nộp: "
                   f"{esc(_sentence(data.papers_fees))}.",
                   "body_indent"))
    story.append(P("Xin thông báo để Ông/Bà được biết./.", "body_indent"))
    story.append(Spacer(1, 5 * mm))
    story.append(KeepTogether(closing_table(W, left=recipients_block(data.recipients),
                                            right=signature(data.signer))))
    return build_pdf(story, title_text=f"{info.title} — {data.code}", subject=info.code,
                     paper=data.paper)


def build_control_slip(data: ControlSlipData) -> bytes:
    """Form 06: one row per step (hand-overs, supplement, apology, result, return), with room
    for both signatures; every verdict is against the one appointment in the header."""
    info = _form("06", data.form_set)
    day = _issued(data.issued_on, data.received_at.date())
    story: list[Flowable] = [heading(data.issuer, None, day, W)]
    story += title(info.title, space_before=3 * mm)
    story.append(P(f"Mã hồ sơ: <b>{esc(data.code)}</b>", "body_left"))
    story.append(_line("Kèm theo hồ sơ của", data.applicant_name))
    story.append(_line("Thủ tục hành chính", data.procedure_name))
    story.append(_line("Cơ quan, đơn vị tiếp nhận", data.receiving_unit))
    story.append(_line("Cơ quan chủ trì giải quyết", data.deciding_unit))
    story.append(P(f"Nhận hồ sơ lúc: {hm_dmy(data.received_at)}; "
                   f"hẹn trả kết quả: <b>{hm_dmy(data.due_at)}</b>", "body_left"))
    if data.reappointed_at is not None:
        story.append(P(f"Hẹn lại theo văn bản xin lỗi (Mẫu số 04): {hm_dmy(data.reappointed_at)}. "
                       "Kết quả từng bước vẫn so với thời hạn hẹn trả ban đầu.", "small"))
    story.append(Spacer(1, 2 * mm))
    head = [P("TT", "cell_h"), P("Bên giao<br/>(ký, ghi rõ họ tên)", "cell_h"),
            P("Bên nhận<br/>(ký, ghi rõ họ tên)", "cell_h"),
            P("Thời gian giao, nhận", "cell_h"),
            P("Kết quả (trước hạn/ đúng hạn/ quá hạn)", "cell_h"), P("Nội dung, ghi chú", "cell_h")]
    rows: list[list[object]] = [head]
    sign_room = "<br/><br/><br/>"  # with the name and padding: about 19 mm for a signature
    for i, step in enumerate(data.steps, 1):
        rows.append([
            P(str(i), "cell_c"), P(f"{sign_room}{esc(step.giver)}", "cell_c"),
            P(f"{sign_room}{esc(step.receiver)}", "cell_c"),
            P(f"{step.at.hour:02d} giờ {step.at.minute:02d}<br/>{dmy(step.at)}", "cell_c"),
            P(esc(step.verdict), "cell_c"), P(esc(step.note), "cell")])
    if not data.steps:
        rows.append(["", P("(chưa có lần giao, nhận nào)", "cell"), "", "", "", ""])
    widths = [10 * mm, 0.0, 0.0, 22 * mm, 22 * mm, 38 * mm]
    widths[1] = widths[2] = (W - sum(widths)) / 2
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(grid_style(1, [("VALIGN", (0, 1), (-1, -1), "MIDDLE")]))
    story.append(t)
    return build_pdf(story, title_text=f"{info.title} — {data.code}", subject=info.code)


DENIAL_TITLE = "VĂN BẢN TRẢ LỜI"
DENIAL_SUBTITLE = "Về việc không giải quyết hồ sơ thủ tục hành chính"


def build_denial_letter(data: DenialData) -> bytes:
    """A decision not to grant after processing: a resolved dossier, answered in writing.

    Not form 03 (refusal at the counter, before the dossier is accepted for processing).
    """
    day = _issued(data.issued_on, data.decided_at.date())
    number = f"Số: {data.doc_number or '.......'}/TL-{data.issuer.symbol}"
    story: list[Flowable] = [heading(data.issuer, number, day, W)]
    story += title(DENIAL_TITLE, DENIAL_SUBTITLE)
    story.append(P(f"Kính gửi: Ông/Bà {esc(data.applicant.name)}", "subtitle"))
    story.append(Spacer(1, 3 * mm))
    body = _body_name(data.issuer)
    story.append(P(
        f"Ngày {dmy(data.received_at)}, {esc(body)} tiếp nhận hồ sơ của Ông/Bà đề nghị giải "
        f"quyết thủ tục hành chính: {esc(data.procedure_name)}; Mã hồ sơ: {esc(data.code)}.",
        "body_indent"))
    story.append(P("Sau khi thẩm định, hồ sơ không đủ điều kiện để giải quyết với lý do "
                   "cụ thể như sau:", "body_indent"))
    for i, reason in enumerate(data.reasons, 1):
        story.append(P(f"{i}. {esc(_sentence(reason))}.", "item"))
    story.append(P("Hồ sơ đã được giải quyết xong với kết quả: không giải quyết. Giấy tờ đã nộp "
                   "được trả lại cùng văn bản này./.", "body_indent"))
    story.append(Spacer(1, 5 * mm))
    story.append(KeepTogether(closing_table(W, left=recipients_block(data.recipients),
                                            right=signature(data.signer))))
    return build_pdf(story, title_text=f"{DENIAL_TITLE} — {data.code}", subject="Văn bản trả lời",
                     paper=data.paper)
