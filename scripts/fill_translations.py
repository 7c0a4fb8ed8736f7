"""Fill the desk's .ts files: English for every Vietnamese source string, Vietnamese for Qt's words.

Run after ``pyside6-lupdate`` (see docs/ui.md), then ``pyside6-lrelease``. Strings missing from
the table below are reported and left unfinished (Qt then shows the Vietnamese source).
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "commune_desk" / "resources" / "translations"

QT_VI = {
    "OK": "Đồng ý", "Save": "Lưu", "Save All": "Lưu tất cả", "Open": "Mở", "&Yes": "&Có",
    "Yes to &All": "Có với &tất cả", "&No": "&Không", "N&o to All": "K&hông với tất cả",
    "Abort": "Hủy bỏ", "Retry": "Thử lại", "Ignore": "Bỏ qua", "Close": "Đóng", "Cancel": "Hủy",
    "Discard": "Bỏ", "Help": "Trợ giúp", "Apply": "Áp dụng", "Reset": "Đặt lại",
    "Restore Defaults": "Khôi phục mặc định", "&Undo": "&Hoàn tác", "&Redo": "&Làm lại",
    "Cu&t": "&Cắt", "&Copy": "Sao &chép", "&Paste": "&Dán", "Delete": "Xóa",
    "Select All": "Chọn tất cả", "Look in:": "Tìm trong:", "File &name:": "&Tên tệp:",
    "Files of type:": "Loại tệp:", "&Open": "&Mở", "&Save": "&Lưu", "&Choose": "&Chọn",
    "Back": "Quay lại", "Parent Directory": "Thư mục cha", "Create New Folder": "Tạo thư mục mới",
    "List View": "Dạng danh sách", "Detail View": "Dạng chi tiết",
    "All Files (*)": "Mọi tệp (*)", "Name": "Tên", "Size": "Kích thước",
    "Date Modified": "Ngày sửa", "Type": "Loại",
}

EN = {
    "Chưa nhập: %1": "Missing: %1",
    "Tổng quan chỉ số": "Indicators overview",
    "Làm mới (F5)": "Refresh (F5)",
    "Tỷ lệ giải quyết đúng hạn": "On-time resolution rate",
    "Tỷ lệ hài lòng": "Satisfaction rate",
    "Tỷ lệ số hóa hồ sơ": "Digitisation rate",
    "Tỷ lệ hồ sơ trực tuyến": "Online submission rate",
    "Tỷ lệ thanh toán trực tuyến": "Online payment rate",
    "Hồ sơ đang giải quyết theo lĩnh vực": "Open dossiers by field",
    "Trong hạn": "Within time",
    "Quá hạn": "Overdue",
    "Hồ sơ đã giải quyết theo tháng": "Resolved dossiers by month",
    "Trước/đúng hạn": "Early/on time",
    "Hồ sơ tiếp nhận 30 ngày gần nhất": "Dossiers received in the last 30 days",
    "Số hồ sơ": "Dossiers",
    "Đánh giá mức độ hài lòng": "Satisfaction ratings",
    "Số lượt": "Ratings",
    "Đang tính…": "Computing…",
    "Từ ngày %1 đến ngày %2 · Tiếp nhận %3 · Đã giải quyết %4 · Đang giải quyết %5 (quá hạn %6)":
        "From %1 to %2 · Received %3 · Resolved %4 · Open %5 (overdue %6)",
    "%1 trước/đúng hạn trên %2 đã giải quyết": "%1 early/on time of %2 resolved",
    "%1 hài lòng trên %2 lượt": "%1 satisfied of %2 ratings",
    "%1 trên %2 hồ sơ tiếp nhận": "%1 of %2 dossiers received",
    "%1 trên %2 lượt nộp phí": "%1 of %2 fee payments",
    "Hài lòng": "Satisfied",
    "Chấp nhận được": "Acceptable",
    "Không hài lòng": "Unsatisfied",
    "← Danh sách (Alt+←)": "← List (Alt+←)",
    "Người nộp": "Applicant",
    "Số định danh": "Personal ID",
    "Ngày sinh": "Date of birth",
    "Điện thoại": "Phone",
    "Địa chỉ": "Address",
    "Thư điện tử": "Email",
    "Hình thức nộp": "Submitted by",
    "Tiếp nhận / giải quyết": "Receiving / deciding unit",
    "Phí, lệ phí": "Fees",
    "Người đang xử lý": "Handled by",
    "Đánh giá": "Rating",
    "Thông tin hồ sơ": "Dossier details",
    "Quá trình giải quyết": "Processing history",
    "Bản quét đính kèm": "Attached scans",
    "Thao tác": "Actions",
    "In giấy tiếp nhận (01)": "Print receipt (01)",
    "In phiếu kiểm soát (06)": "Print control slip (06)",
    "Chức năng in chưa được cài đặt trong bản này.": "Printing is not installed in this build.",
    "Hẹn trả: %1": "Due: %1",
    "Chưa có ngày hẹn": "No due date yet",
    "Hẹn ban đầu: %1 (đã hẹn lại %2 lần)": "Original appointment: %1 (rescheduled %2 times)",
    "Đang dừng tính thời gian từ %1 (chờ bổ sung).": "Clock paused since %1 (waiting for supplement).",
    "Kết thúc lúc %1 — %2": "Finished at %1 — %2",
    " (giờ làm việc)": " (working time)",
    "(chưa phân công)": "(not assigned)",
    "(chưa đánh giá)": "(not rated)",
    "Chưa chọn ngày hẹn mới.": "No new date chosen.",
    "ngày nghỉ": "day off",
    "Ngày %1 là ngày nghỉ (%2); hãy chọn ngày làm việc.": "%1 is a day off (%2); choose a working day.",
    "Ngày hẹn mới phải sau ngày hẹn hiện tại (%1).": "The new date must be after the current appointment (%1).",
    "Ngày sinh phải theo dạng ngày/tháng/năm, ví dụ 05/02/1990.": "Date of birth must be day/month/year, e.g. 05/02/1990.",
    "Chọn bản quét": "Choose a scan",
    "Bản quét (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Mọi tệp (*)": "Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)",
    "Không có thông tin nào thay đổi.": "Nothing was changed.",
    "Đang lưu…": "Saving…",
    "Đã ghi: %1.": "Recorded: %1.",
    "Mã hồ sơ": "Dossier code",
    "Thủ tục": "Procedure",
    "Lĩnh vực": "Field",
    "Trạng thái": "Status",
    "Ngày nhận": "Received",
    "Hẹn trả": "Due",
    "Thời hạn": "Time left",
    "Người xử lý": "Assignee",
    "Mọi trạng thái": "Any status",
    "Đang mở (chưa xong)": "Open (not finished)",
    "Nhận từ": "Received from",
    "Bỏ lọc việc cần làm": "Clear to-do filter",
    "đến": "to",
    "Mọi thủ tục": "Any procedure",
    "Mọi lĩnh vực": "Any field",
    "Mọi người xử lý": "Any assignee",
    "Việc cần làm: %1": "To do: %1",
    "Đang tải…": "Loading…",
    "%1 hồ sơ": "%1 dossiers",
    "Lỗi khi tải danh sách": "Could not load the list",
    "Người nộp hồ sơ": "Applicant",
    "Họ và tên *": "Full name *",
    "Số định danh cá nhân *": "Personal ID number *",
    "Địa chỉ *": "Address *",
    "Thủ tục hành chính *": "Procedure *",
    "Giấy tờ đã nhận": "Documents received",
    "Bản chính": "Original",
    "Số lượng": "Count",
    "Giấy tờ (Dấu cách để đánh dấu)": "Documents (Space to tick)",
    "Số bộ hồ sơ:": "Number of sets:",
    "Tiếp nhận và trả kết quả": "Submission and return",
    "Hình thức trả kết quả": "Result returned by",
    "Đơn vị tiếp nhận *": "Receiving unit *",
    "Cơ quan giải quyết *": "Deciding unit *",
    "Quy định": "Rule",
    "Số bản": "Copies",
    "Số trang mỗi bản": "Pages per copy",
    "Mức của tỉnh": "Provincial amount",
    "Miễn phí": "Free",
    "Số tiền": "Amount",
    "Hình thức nộp phí": "Paid by",
    "Hẹn trả kết quả (tính trước khi lưu)": "Appointment (computed before saving)",
    "Lưu hồ sơ (Ctrl+S)": "Save dossier (Ctrl+S)",
    "In giấy tiếp nhận (Ctrl+P)": "Print receipt (Ctrl+P)",
    "Mở hồ sơ vừa lưu (Ctrl+O)": "Open the saved dossier (Ctrl+O)",
    "Xóa trắng (Ctrl+Shift+N)": "Clear form (Ctrl+Shift+N)",
    "Chức năng in giấy tiếp nhận chưa được cài đặt trong bản này.": "Receipt printing is not installed in this build.",
    "Không": "None",
    "Lĩnh vực: %1 · Thời hạn: %2 · Mã: %3": "Field: %1 · Time limit: %2 · Code: %3",
    "Chọn thủ tục để tính ngày hẹn trả.": "Choose a procedure to compute the appointment.",
    "Không tính được ngày hẹn": "Could not compute the appointment",
    "Chưa lưu được — còn %1 lỗi: %2": "Not saved — %1 problem(s): %2",
    "Đã lưu hồ sơ %1 — hẹn trả %2.": "Saved dossier %1 — due %2.",
    "Chưa lưu được: %1": "Not saved: %1",
    "Bàn làm việc một cửa": "One-stop desk",
    "Điều hướng": "Navigation",
    "Việc cần làm": "To do",
    "Danh sách hồ sơ": "Dossiers",
    "Tiếp nhận": "Intake",
    "Tổng quan": "Dashboard",
    "Báo cáo, sổ": "Reports",
    "Đồng bộ": "Sync",
    "Vướng mắc": "Obstacles",
    "Tài khoản": "Accounts",
    "Cài đặt": "Settings",
    "Chưa có trong bản này": "Not in this build",
    "Tìm hồ sơ": "Find dossier",
    "Đang xử lý…": "Working…",
    "Có lỗi": "Error",
    "Gõ tên hoặc mã thủ tục, ví dụ: khai sinh, chung thuc": "Type a procedure name or code, e.g. khai sinh",
    "Tìm: tên, mã hồ sơ, số định danh, điện thoại… (Ctrl+F)": "Search: name, dossier code, personal ID, phone… (Ctrl+F)",
    "Lưu thông tin bàn làm việc": "Save desk details",
    "Đơn vị và bàn làm việc": "Office and desk",
    "Tên xã, phường": "Commune name",
    "Mã xã (5 chữ số)": "Commune code (5 digits)",
    "Mã định danh cơ quan": "Agency electronic ID",
    "Số bàn (1–9)": "Desk number (1–9)",
    "Đơn vị tiếp nhận": "Receiving unit",
    "Mùa": "Season",
    "Từ ngày (ngày/tháng)": "From (day/month)",
    "Các buổi (07:00-11:30, 13:30-17:00)": "Sessions (07:00-11:30, 13:30-17:00)",
    "Thêm mùa": "Add season",
    "Lưu giờ làm việc": "Save office hours",
    "Giờ làm việc theo mùa": "Office hours by season",
    "Ngày": "Date",
    "Loại": "Kind",
    "Tên": "Name",
    "Văn bản căn cứ": "Source document",
    "ví dụ: Nghỉ bù Quốc khánh": "e.g. National Day compensatory day off",
    "ví dụ: Thông báo 123/TB-UBND ngày 01/8/2026": "e.g. Notice 123/TB-UBND of 01/8/2026",
    "Thêm ngày": "Add day",
    "Xóa ngày đã chọn": "Remove selected day",
    "Lịch làm việc: ngày nghỉ, ngày làm bù": "Working calendar: days off, make-up days",
    "Văn bản căn cứ *": "Source document *",
    "Nhập danh mục thủ tục từ tệp Excel…": "Import procedure catalogue from Excel…",
    "Danh mục thủ tục hành chính": "Procedure catalogue",
    "Ngôn ngữ giao diện": "Interface language",
    "Ngôn ngữ (áp dụng khi mở lại)": "Language (applies after restart)",
    "Đang dùng: %1 (phiên bản %2, hiệu lực từ %3, %4 thủ tục)": "In use: %1 (version %2, effective %3, %4 procedures)",
    "Tên xã, phường không được để trống.": "The commune name must not be empty.",
    "Đã lưu thông tin bàn làm việc.": "Desk details saved.",
    "Mùa mới": "New season",
    "Đã lưu giờ làm việc.": "Office hours saved.",
    "Chưa nhập tên ngày (ví dụ: Nghỉ bù Quốc khánh).": "Enter a name for the day (e.g. National Day compensatory day off).",
    "Chưa nhập văn bản căn cứ (số, ngày của thông báo).": "Enter the source document (number and date of the notice).",
    "Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.": "A make-up working day must be a Saturday or Sunday.",
    "Đã thêm ngày %1 vào lịch.": "Added %1 to the calendar.",
    "Hãy chọn một ngày trong bảng.": "Select a day in the table.",
    "Đã xóa ngày %1 khỏi lịch.": "Removed %1 from the calendar.",
    "Chọn tệp danh mục": "Choose a catalogue file",
    "Tệp Excel (*.xlsx)": "Excel files (*.xlsx)",
    "Đang nhập danh mục…": "Importing catalogue…",
    "Đã nhập danh mục thủ tục.": "Catalogue imported.",
    "Ngôn ngữ sẽ được áp dụng khi mở lại phần mềm.": "The language applies the next time the app starts.",
    "Thời điểm": "When",
    "Bước": "Step",
    "Người thực hiện": "By",
    "Nội dung": "Details",
    "Đã qua hẹn trả, chưa có kết quả": "Past the appointment, no result yet",
    "Đến hạn hôm nay": "Due today",
    "Hẹn trả trong ngày hôm nay": "Appointment is today",
    "Đến hạn trong 1 ngày làm việc": "Due within one working day",
    "Hẹn trả đến hết ngày làm việc kế tiếp": "Due by the end of the next working day",
    "Chờ bổ sung": "Waiting for supplement",
    "Đang dừng tính thời gian, chờ công dân bổ sung": "Clock paused, waiting for the citizen",
    "Được giao cho tôi": "Assigned to me",
    "Hồ sơ đang mở tôi phụ trách": "Open dossiers I handle",
    "+  Tiếp nhận hồ sơ mới (Ctrl+N)": "+  New dossier (Ctrl+N)",
    "Việc cần làm — %1": "To do — %1",
    "Hôm nay là ngày làm việc.": "Today is a working day.",
    "Hôm nay là ngày nghỉ (%1).": "Today is a day off (%1).",
    "Đang mở: %1 hồ sơ · Toàn bộ lưu trữ: %2 hồ sơ": "Open: %1 dossiers · Whole archive: %2 dossiers",
    "Đã tiếp nhận": "Received",
    "Đang giải quyết": "In progress",
    "Đã có kết quả": "Result ready",
    "Từ chối": "Refused",
    "Đã trả kết quả": "Returned",
    "Dừng, rút hồ sơ": "Withdrawn",
    "Trước hạn": "Early",
    "Đúng hạn": "On time",
    "Trực tiếp": "In person",
    "Bưu chính": "Post",
    "Trực tuyến": "Online",
    "Tại quầy": "At the counter",
    "Tiền mặt": "Cash",
    "Chuyển khoản": "Bank transfer",
    "Thanh toán trực tuyến": "Online payment",
    "Miễn": "Exempt",
    "Giải quyết (chấp thuận)": "Approved",
    "Không chấp thuận (có lý do)": "Denied (with reasons)",
    "Tiếp nhận hồ sơ": "Received",
    "Phân công / chuyển hồ sơ": "Assigned / handed over",
    "Yêu cầu bổ sung": "Supplement requested",
    "Nhận hồ sơ bổ sung": "Supplement received",
    "Xin lỗi, hẹn lại": "Apology, new date",
    "Có kết quả": "Result ready",
    "Trả kết quả": "Result returned",
    "Dừng giải quyết, rút hồ sơ": "Processing stopped, withdrawn",
    "Đính chính thông tin": "Details corrected",
    "Đính kèm bản quét": "Scan attached",
    "Chuyển / phân công": "Assign / hand over",
    "Chuyển cho (tên đăng nhập)": "Hand over to (login)",
    "Ghi chú": "Note",
    "Nội dung cần bổ sung (mỗi dòng một mục)": "What to supply (one item per line)",
    "Lý do": "Reason",
    "Căn cứ pháp lý": "Legal basis",
    "Lãnh đạo duyệt yêu cầu lần hai (nếu có)": "Leader approving a second request (if any)",
    "Lý do từ chối": "Reasons for refusal",
    "Ngày hẹn mới": "New appointment date",
    "Lý do chậm trễ": "Reason for the delay",
    "Người ký văn bản xin lỗi": "Apology signed by",
    "Kết quả": "Outcome",
    "Hình thức trả": "Returned by",
    "Dừng / rút hồ sơ": "Stop / withdraw",
    "Căn cứ": "Grounds",
    "Theo đề nghị của công dân": "At the citizen's request",
    "Theo quy định của pháp luật": "By law",
    "Xử lý giấy tờ, phí đã nộp": "Papers and fees handled as",
    "Đánh giá hài lòng": "Record satisfaction",
    "Mức độ": "Level",
    "Họ và tên": "Full name",
    "Số định danh cá nhân": "Personal ID number",
    "Ngày sinh (dd/mm/yyyy)": "Date of birth (dd/mm/yyyy)",
    "Lý do đính chính": "Reason for the correction",
    "Đính kèm bản quét…": "Attach a scan…",
    "0 phút": "0 minutes",
    "Không sắp xếp được theo cột này.": "This column cannot be sorted.",
    "Chỉ quản trị viên được sửa thông tin bàn làm việc và giờ làm việc; lịch và danh mục theo quyền của tài khoản.":
        "Only an administrator may change the desk details and office hours; the calendar and catalogue follow the account's rights.",
    "Không mở được phần “%1”: %2": "Could not open “%1”: %2",
    "trạng thái đồng bộ": "sync status",
    "Báo cáo": "Reports",
    "quá hạn %1": "overdue by %1",
    "còn %1": "%1 left",
}
sys.path.insert(0, str(Path(__file__).resolve().parent))
from translations_en_s3 import EN_S3  # noqa: E402

EN = {**EN_S3, **EN}
EN_PLURAL = {"%n ngày": ("%n day", "%n days"), "%n giờ": ("%n hour", "%n hours"),
             "%n phút": ("%n minute", "%n minutes")}


def fill(path: Path, table: dict[str, str], plural: dict[str, tuple[str, ...]],
         only_contexts: set[str] | None = None) -> list[str]:
    tree = ET.parse(path)
    missing = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            assert tr is not None
            if only_contexts is not None and name not in only_contexts:
                continue
            if msg.get("numerus") == "yes":
                forms = plural.get(source)
                if forms is None:
                    missing.append(source)
                    continue
                for child in list(tr):
                    tr.remove(child)
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
                tr.attrib.pop("type", None)
                continue
            value = table.get(source)
            if value is None:
                missing.append(f"{name}: {source}")
                continue
            tr.text = value
            tr.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


QT_CONTEXTS = {"QPlatformTheme", "QLineEdit", "QWidgetTextControl", "QFileDialog",
               "QFileSystemModel"}


def add_qt_contexts(path: Path) -> int:
    """Write Qt's own dialog words in Vietnamese (``qt_words_vi.QT_VI``) into ``path``.

    lupdate does not see Qt's sources, so the messages are created here (or updated when an
    earlier run left them); returns how many were written.
    """
    from qt_words_vi import QT_VI as by_context

    tree = ET.parse(path)
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    count = 0
    for cname, table in sorted(by_context.items()):
        ctx = contexts.get(cname)
        if ctx is None:
            ctx = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = cname
        messages = {m.findtext("source"): m for m in ctx.iter("message")}
        for source, text in sorted(table.items()):
            msg = messages.get(source)
            if msg is None:
                msg = ET.SubElement(ctx, "message")
                ET.SubElement(msg, "source").text = source
                ET.SubElement(msg, "translation")
            tr = msg.find("translation")
            assert tr is not None
            tr.text = text
            tr.attrib.pop("type", None)
            count += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return count


def missing_entries(root: Path = ROOT) -> list[str]:
    """Messages still without a translation in the .ts files (nothing is written)."""
    out = []
    for name, only in (("commune_desk_vi.ts", QT_CONTEXTS), ("commune_desk_en.ts", None)):
        for ctx in ET.parse(root / name).getroot().iter("context"):
            cname = ctx.findtext("name") or ""
            if only is not None and cname not in only:
                continue
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if tr is None or tr.get("type") == "unfinished" or not (
                        (tr.text or "").strip() or list(tr)):
                    out.append(f"{name} {cname}: {msg.findtext('source')}")
    return out


def main(root: Path = ROOT) -> int:
    qt_contexts = QT_CONTEXTS
    missing_vi = fill(root / "commune_desk_vi.ts", QT_VI, {}, qt_contexts)
    add_qt_contexts(root / "commune_desk_vi.ts")
    missing_en = fill(root / "commune_desk_en.ts", {**EN, **{k: k for k in QT_VI}}, EN_PLURAL)
    for m in missing_vi + missing_en:
        print("missing:", m)
    return 1 if (missing_vi or missing_en) else 0


if __name__ == "__main__":
    sys.exit(main())
