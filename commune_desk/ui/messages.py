"""Sentences the domain and services write in Vietnamese, shown in the desk's language.

The lower layers (deadline explanations, identifier and fee checks, ``UserError`` messages)
build Vietnamese sentences and must stay Qt-free. The desk shows them through ``tr_message``:
an exact entry in the "messages" context, else the first template below whose pattern the
sentence matches, with its arguments translated the same way. In the Vietnamese desk every
sentence comes back unchanged.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QLocale

from commune_desk.domain.calendar import WEEKDAY_NAMES
from commune_desk.domain.text import QT_TRANSLATE_NOOP

CONTEXT = "messages"

TEMPLATES: tuple[str, ...] = (
    # deadlines (domain.deadlines)
    QT_TRANSLATE_NOOP("messages", "Nhận hồ sơ lúc %1."),
    QT_TRANSLATE_NOOP("messages", "Nhận ngoài giờ làm việc: tính từ %1."),
    QT_TRANSLATE_NOOP("messages", "Thời hạn giải quyết: %1."),
    QT_TRANSLATE_NOOP("messages", "Trong ngày: nhận trước %1 trả trong ngày làm việc"),
    QT_TRANSLATE_NOOP("messages", "Trong ngày: nhận sau %1 trả vào ngày làm việc tiếp theo"),
    QT_TRANSLATE_NOOP("messages", "%1; gia hạn xác minh %2 ngày làm việc"),
    QT_TRANSLATE_NOOP("messages", "%1 ngày làm việc, không tính ngày nhận; hẹn cuối giờ làm "
                                  "việc của ngày làm việc thứ %2"),
    QT_TRANSLATE_NOOP("messages", "%1 ngày làm việc = %2 giờ làm việc tính từ lúc nhận"),
    QT_TRANSLATE_NOOP("messages", "%1 giờ làm việc tính từ lúc nhận, chỉ trong giờ hành chính"),
    QT_TRANSLATE_NOOP("messages", "%1 ngày theo lịch, không tính ngày nhận"),
    QT_TRANSLATE_NOOP("messages", "Ngày thứ %1 kể từ ngày nhận: %2."),
    QT_TRANSLATE_NOOP("messages", "Ngày đó là ngày nghỉ (%1): lùi sang %2."),
    QT_TRANSLATE_NOOP("messages", "Tính %1 ngày làm việc từ %2 đến %3."),
    QT_TRANSLATE_NOOP("messages", "Không tính: %1."),
    QT_TRANSLATE_NOOP("messages", "Hẹn trả kết quả: %1."),
    QT_TRANSLATE_NOOP("messages", "Đang tạm dừng từ %1 (chờ bổ sung)."),
    QT_TRANSLATE_NOOP("messages", "Tạm dừng %1 → %2: cộng %3 giờ %4 phút làm việc."),
    QT_TRANSLATE_NOOP("messages", "%1 là ngày làm việc (%2)"),
    QT_TRANSLATE_NOOP("messages", "%1 (+%2 ngày làm việc nếu cần xác minh)"),
    QT_TRANSLATE_NOOP("messages", "%1 ngày làm việc"),
    QT_TRANSLATE_NOOP("messages", "%1 giờ làm việc"),
    QT_TRANSLATE_NOOP("messages", "%1 ngày"),
    QT_TRANSLATE_NOOP("messages", "cuối tuần: %1"),
    # identifiers (domain.identifiers)
    QT_TRANSLATE_NOOP("messages", "Số định danh “%1” phải có 12 chữ số (hoặc 9 chữ số với CMND "
                                  "cũ), nhưng có %2."),
    QT_TRANSLATE_NOOP("messages", "Số định danh “%1” chỉ được gồm chữ số."),
    QT_TRANSLATE_NOOP("messages", "Số định danh “%1”: mã tỉnh nơi đăng ký khai sinh %2 không "
                                  "tồn tại."),
    QT_TRANSLATE_NOOP("messages", "Số định danh “%1” ứng với năm sinh %2, không khớp ngày sinh "
                                  "%3."),
    QT_TRANSLATE_NOOP("messages", "Số định danh “%1” không khớp giới tính đã khai."),
    QT_TRANSLATE_NOOP("messages", "Năm sinh %1 nằm ngoài khoảng mã hóa của số định danh."),
    QT_TRANSLATE_NOOP("messages", "Số điện thoại “%1” chỉ được gồm chữ số (có thể bắt đầu bằng "
                                  "+84)."),
    QT_TRANSLATE_NOOP("messages", "Số điện thoại “%1” không đúng dạng: di động 10 số bắt đầu "
                                  "bằng 03, 05, 07, 08, 09; cố định 11 số bắt đầu bằng 02."),
    # accounts and rights (domain.permissions, services.authority), bugs and files (errors)
    QT_TRANSLATE_NOOP("messages", "Tài khoản %1 (%2) không có quyền %3."),
    QT_TRANSLATE_NOOP("messages", "Tài khoản %1 không có hoặc đã bị khóa: không được ghi thay "
                                  "đổi. Hãy đăng nhập lại bằng một tài khoản đang hoạt động."),
    QT_TRANSLATE_NOOP("messages", "Đã xảy ra lỗi ngoài dự kiến trong chương trình; thao tác chưa "
                                  "được thực hiện. Chi tiết kỹ thuật đã được ghi vào %1. Xin gửi "
                                  "tệp đó cho người hỗ trợ kỹ thuật."),
    QT_TRANSLATE_NOOP("messages", "tệp “%1”"),
    QT_TRANSLATE_NOOP("messages", "Lỗi đọc/ghi tệp “%1”: %2."),
    QT_TRANSLATE_NOOP("messages", "Lỗi đọc/ghi tệp: %1."),
    # fees (domain.fees)
    QT_TRANSLATE_NOOP("messages", "Theo quy định của tỉnh: %1"),
    QT_TRANSLATE_NOOP("messages", "%1; miễn: %2"),
    QT_TRANSLATE_NOOP("messages", "Theo quy định của HĐND tỉnh (%1)"),
    QT_TRANSLATE_NOOP("messages", "%1 bản × %2 = %3"),
    QT_TRANSLATE_NOOP("messages", "%1 bản × %2 trang: %3/bản (đã áp mức trần) = %4"),
    QT_TRANSLATE_NOOP("messages", "%1 bản × %2 trang: %3/bản = %4"),
)

# Whole sentences or words (no argument) the lower layers use.
WORDS: tuple[str, ...] = (
    # the database key (store.crypto)
    QT_TRANSLATE_NOOP("messages", "Máy này không có kho khóa (keyring) của hệ điều hành nên không "
                                  "thể cất khóa mã hóa cơ sở dữ liệu. Quản trị viên hãy chọn: dùng "
                                  "mật khẩu cơ sở dữ liệu nhập mỗi lần khởi động (biến môi trường "
                                  "COMMUNE_DESK_DB_PASSPHRASE hoặc hộp thoại khi mở phần mềm), "
                                  "hoặc không mở phần mềm. Phần mềm không bao giờ tự lưu dữ liệu ở "
                                  "dạng không mã hóa."),
    QT_TRANSLATE_NOOP("messages", "Khóa trong kho khóa của hệ điều hành không mở được tệp này; có "
                                  "thể tệp được mã hóa bằng mật khẩu. Hãy nhập mật khẩu cơ sở dữ "
                                  "liệu."),
    QT_TRANSLATE_NOOP("messages", "Lưu ý: lịch nghỉ năm này chưa chính thức (dự kiến), có thể "
                                  "thay đổi."),
    QT_TRANSLATE_NOOP("messages", "Trong ngày"),
    QT_TRANSLATE_NOOP("messages", "nhật ký của chương trình"),
    QT_TRANSLATE_NOOP("messages", "ngày nghỉ"),
    QT_TRANSLATE_NOOP("messages", "ngày làm bù"),
    QT_TRANSLATE_NOOP("messages", "Theo quy định của HĐND tỉnh"),
    QT_TRANSLATE_NOOP("messages", "Theo quy định của tỉnh"),
    QT_TRANSLATE_NOOP("messages", "hộ nghèo"),
    QT_TRANSLATE_NOOP("messages", "người có công với cách mạng"),
    QT_TRANSLATE_NOOP("messages", "đăng ký đúng hạn"),
    QT_TRANSLATE_NOOP("messages", "người khuyết tật"),
    QT_TRANSLATE_NOOP("messages", "nộp hồ sơ trực tuyến"),
    QT_TRANSLATE_NOOP("messages", "trẻ em"),
)


# Refusals of the lifecycle and the dossier service (domain.lifecycle, services.dossiers).
LIFECYCLE_TEMPLATES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("messages", "Hình thức nộp “%1” không hợp lệ."),
    QT_TRANSLATE_NOOP("messages", "Hồ sơ %1 đang do %2 xử lý."),
    QT_TRANSLATE_NOOP("messages", "Loại sự kiện “%1” không được hỗ trợ."),
    QT_TRANSLATE_NOOP("messages", "Thời điểm %1 trước lúc tiếp nhận hồ sơ (%2)."),
    QT_TRANSLATE_NOOP("messages", "Hồ sơ %1 đang ở trạng thái “%2”, %3."),
    QT_TRANSLATE_NOOP("messages", "Ngày hẹn mới (%1) phải sau ngày hẹn hiện tại (%2)."),
    QT_TRANSLATE_NOOP("messages", "Văn bản xin lỗi và hẹn lại phải được lập trước khi hết hạn (%1)."),
    QT_TRANSLATE_NOOP("messages", "Hồ sơ %1 đã được tiếp nhận trước đó."),
    QT_TRANSLATE_NOOP("messages", "Không tìm thấy hồ sơ %1."),
    QT_TRANSLATE_NOOP("messages", "Không tìm thấy hồ sơ “%1”."),
    QT_TRANSLATE_NOOP("messages", "Thư điện tử “%1” không hợp lệ."),
    QT_TRANSLATE_NOOP("messages", "Số CMND cũ “%1” phải có 9 chữ số."),
    QT_TRANSLATE_NOOP("messages", "Thủ tục “%1” không còn áp dụng."),
    QT_TRANSLATE_NOOP("messages", "Thiếu %1."),
)
LIFECYCLE_WORDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("messages", "chưa thể trả kết quả"),
    QT_TRANSLATE_NOOP("messages", "chưa thể đánh giá"),
    QT_TRANSLATE_NOOP("messages", "không có yêu cầu bổ sung nào đang chờ"),
    QT_TRANSLATE_NOOP("messages", "không thể chuyển xử lý"),
    QT_TRANSLATE_NOOP("messages", "không thể dừng giải quyết"),
    QT_TRANSLATE_NOOP("messages", "không thể ghi nhận kết quả"),
    QT_TRANSLATE_NOOP("messages", "không thể hẹn lại"),
    QT_TRANSLATE_NOOP("messages", "không thể từ chối"),
    QT_TRANSLATE_NOOP("messages", "không thể yêu cầu bổ sung"),
    QT_TRANSLATE_NOOP("messages", "không thể đính chính"),
    QT_TRANSLATE_NOOP("messages", "không thể đính kèm"),
    QT_TRANSLATE_NOOP("messages", "Thiếu mã hồ sơ."),
    QT_TRANSLATE_NOOP("messages", "Thiếu thủ tục hành chính."),
    QT_TRANSLATE_NOOP("messages", "Thiếu họ tên người nộp hồ sơ."),
    QT_TRANSLATE_NOOP("messages", "Chưa chọn người nhận hồ sơ."),
    QT_TRANSLATE_NOOP("messages", "Cần ghi rõ nội dung phải bổ sung, hoàn thiện."),
    QT_TRANSLATE_NOOP("messages", "Cần ghi rõ lý do yêu cầu bổ sung."),
    QT_TRANSLATE_NOOP("messages", "Hồ sơ đã được yêu cầu bổ sung một lần; lần tiếp theo cần lãnh đạo phê duyệt."),
    QT_TRANSLATE_NOOP("messages", "Cần ghi rõ lý do từ chối."),
    QT_TRANSLATE_NOOP("messages", "Cần ghi rõ lý do chậm trễ."),
    QT_TRANSLATE_NOOP("messages", "Kết quả giải quyết phải là “giải quyết” hoặc “không giải quyết”."),
    QT_TRANSLATE_NOOP("messages", "Cần chọn căn cứ dừng: theo đề nghị của công dân hoặc theo quy định."),
    QT_TRANSLATE_NOOP("messages", "Cần ghi rõ lý do dừng giải quyết."),
    QT_TRANSLATE_NOOP("messages", "Mức độ hài lòng phải là hài lòng, chấp nhận được hoặc không hài lòng."),
    QT_TRANSLATE_NOOP("messages", "Không có thông tin nào được đính chính."),
    QT_TRANSLATE_NOOP("messages", "Họ tên người nộp không được để trống."),
    QT_TRANSLATE_NOOP("messages", "Thông tin đính chính trùng với thông tin hiện có."),
    QT_TRANSLATE_NOOP("messages", "Mã băm SHA-256 của tệp đính kèm không hợp lệ."),
    QT_TRANSLATE_NOOP("messages", "Thiếu tên tệp đính kèm."),
    QT_TRANSLATE_NOOP("messages", "Hồ sơ chưa được tiếp nhận."),
    QT_TRANSLATE_NOOP("messages", "Thời điểm có kết quả trước lúc tiếp nhận hồ sơ."),
    QT_TRANSLATE_NOOP("messages", "Chưa nhập họ tên người nộp hồ sơ."),
    QT_TRANSLATE_NOOP("messages", "Thời điểm tiếp nhận không được ở tương lai."),
    QT_TRANSLATE_NOOP("messages", "Thời điểm nộp hồ sơ không được sau thời điểm tiếp nhận."),
    QT_TRANSLATE_NOOP("messages", "Số bộ hồ sơ phải từ 1 trở lên."),
    QT_TRANSLATE_NOOP("messages", "Thời điểm có kết quả không được ở tương lai."),
    QT_TRANSLATE_NOOP("messages", "Kích thước tệp không hợp lệ."),
    QT_TRANSLATE_NOOP("messages", "Nội dung tệp không khớp mã băm hoặc kích thước đã ghi."),
)


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for template in (*TEMPLATES, *LIFECYCLE_TEMPLATES):
        parts = re.split(r"(%\d)", template)
        rx = "".join("(.+?)" if re.fullmatch(r"%\d", p) else re.escape(p) for p in parts)
        out.append((template, re.compile(rx, re.DOTALL)))
    return tuple(out)


def _vietnamese() -> bool:
    return QLocale().language() == QLocale.Language.Vietnamese


def tr_message(text: str, *, _depth: int = 0) -> str:
    """``text`` (one or more lines from a lower layer) in the desk's language."""
    if not text or _vietnamese():
        return text
    if "\n" in text:
        return "\n".join(tr_message(line) for line in text.split("\n"))
    exact = QCoreApplication.translate(CONTEXT, text)
    if exact != text:
        return exact
    label = QCoreApplication.translate("labels", text)
    if label != text:  # a weekday, a role, a status…
        return label
    if _depth > 3:
        return text
    for template, pattern in _patterns():
        match = pattern.fullmatch(text)
        if match is None:
            continue
        translated = QCoreApplication.translate(CONTEXT, template)
        if translated == template:
            continue
        for i, arg in enumerate(match.groups(), start=1):
            translated = translated.replace(f"%{i}", _argument(arg, _depth + 1))
        return translated
    return _words(text) if _depth else text


def _argument(arg: str, depth: int) -> str:
    """A template's argument: a "; " or ", " list is translated item by item."""
    pieces = []
    for piece in arg.split("; "):
        done = tr_message(piece.strip(), _depth=depth)
        if done == piece and ", " in piece:
            done = ", ".join(tr_message(x.strip(), _depth=depth) for x in piece.split(", "))
        pieces.append(done)
    return "; ".join(pieces)


_DONG = re.compile(r"(\d) đ(?=\W|$)")


def _words(text: str) -> str:
    """Weekday names inside a moment ("20:05 thứ Năm 03/12/2026") and the đồng sign of an
    amount ("200.000 đ") in the desk's language."""
    for name in WEEKDAY_NAMES:
        if name in text:
            text = text.replace(name, QCoreApplication.translate("labels", name))
    return _DONG.sub(lambda m: m.group(1) + " " + QCoreApplication.translate("format", "đ"), text)


def ui_message(exc: BaseException) -> str:
    """``errors.user_message`` in the desk's language (what every screen shows for a failure)."""
    from commune_desk.errors import user_message

    return tr_message(user_message(exc))
