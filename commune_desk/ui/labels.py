"""Vietnamese labels for stored codes (statuses, channels, verdicts, …), translatable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from commune_desk.ui.i18n import QT_TRANSLATE_NOOP

_CTX = "labels"

STATUS = {
    "received": QT_TRANSLATE_NOOP("labels", "Đã tiếp nhận"),
    "in_progress": QT_TRANSLATE_NOOP("labels", "Đang giải quyết"),
    "waiting_supplement": QT_TRANSLATE_NOOP("labels", "Chờ bổ sung"),
    "resolved": QT_TRANSLATE_NOOP("labels", "Đã có kết quả"),
    "refused": QT_TRANSLATE_NOOP("labels", "Từ chối"),
    "returned": QT_TRANSLATE_NOOP("labels", "Đã trả kết quả"),
    "withdrawn": QT_TRANSLATE_NOOP("labels", "Dừng, rút hồ sơ"),
}
VERDICT = {
    "truoc_han": QT_TRANSLATE_NOOP("labels", "Trước hạn"),
    "dung_han": QT_TRANSLATE_NOOP("labels", "Đúng hạn"),
    "qua_han": QT_TRANSLATE_NOOP("labels", "Quá hạn"),
    "trong_han": QT_TRANSLATE_NOOP("labels", "Trong hạn"),
    "qua_han_chua_xong": QT_TRANSLATE_NOOP("labels", "Quá hạn"),
}
CHANNEL = {
    "in_person": QT_TRANSLATE_NOOP("labels", "Trực tiếp"),
    "post": QT_TRANSLATE_NOOP("labels", "Bưu chính"),
    "online": QT_TRANSLATE_NOOP("labels", "Trực tuyến"),
}
RETURN_METHOD = {
    "counter": QT_TRANSLATE_NOOP("labels", "Tại quầy"),
    "post": QT_TRANSLATE_NOOP("labels", "Bưu chính"),
    "online": QT_TRANSLATE_NOOP("labels", "Trực tuyến"),
}
PAYMENT = {
    "cash": QT_TRANSLATE_NOOP("labels", "Tiền mặt"),
    "transfer": QT_TRANSLATE_NOOP("labels", "Chuyển khoản"),
    "online": QT_TRANSLATE_NOOP("labels", "Thanh toán trực tuyến"),
    "exempt": QT_TRANSLATE_NOOP("labels", "Miễn"),
}
RATING = {
    "satisfied": QT_TRANSLATE_NOOP("labels", "Hài lòng"),
    "acceptable": QT_TRANSLATE_NOOP("labels", "Chấp nhận được"),
    "unsatisfied": QT_TRANSLATE_NOOP("labels", "Không hài lòng"),
}
OUTCOME = {
    "approved": QT_TRANSLATE_NOOP("labels", "Giải quyết (chấp thuận)"),
    "denied": QT_TRANSLATE_NOOP("labels", "Không chấp thuận (có lý do)"),
}
EVENT = {
    "received": QT_TRANSLATE_NOOP("labels", "Tiếp nhận hồ sơ"),
    "assigned": QT_TRANSLATE_NOOP("labels", "Phân công / chuyển hồ sơ"),
    "supplement_requested": QT_TRANSLATE_NOOP("labels", "Yêu cầu bổ sung"),
    "supplement_received": QT_TRANSLATE_NOOP("labels", "Nhận hồ sơ bổ sung"),
    "refused": QT_TRANSLATE_NOOP("labels", "Từ chối"),
    "rescheduled": QT_TRANSLATE_NOOP("labels", "Xin lỗi, hẹn lại"),
    "resolved": QT_TRANSLATE_NOOP("labels", "Có kết quả"),
    "returned": QT_TRANSLATE_NOOP("labels", "Trả kết quả"),
    "withdrawn": QT_TRANSLATE_NOOP("labels", "Dừng giải quyết, rút hồ sơ"),
    "rated": QT_TRANSLATE_NOOP("labels", "Đánh giá mức độ hài lòng"),
    "corrected": QT_TRANSLATE_NOOP("labels", "Đính chính thông tin"),
    "attachment_added": QT_TRANSLATE_NOOP("labels", "Đính kèm bản quét"),
}


def label(table: dict[str, str], key: str | None) -> str:
    """The translated label of ``key`` in ``table`` (the key itself when unknown)."""
    if not key:
        return ""
    source = table.get(key)
    return QCoreApplication.translate(_CTX, source) if source else key
