"""Vietnamese labels for stored codes (statuses, channels, verdicts, …), translatable.

Statuses, verdicts and event kinds come from the domain; this module translates them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from commune_desk.domain.deadlines import VERDICT_LABELS
from commune_desk.domain.lifecycle import EVENT_KIND_LABELS, STATUS_LABELS
from commune_desk.ui.i18n import QT_TRANSLATE_NOOP

_CTX = "labels"

# Statuses, verdicts and event kinds are named by the domain (one wording everywhere).
STATUS: dict[str, str] = STATUS_LABELS
VERDICT: dict[str, str] = VERDICT_LABELS
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
EVENT: dict[str, str] = EVENT_KIND_LABELS


def label(table: dict[str, str], key: str | None) -> str:
    """The translated label of ``key`` in ``table`` (the key itself when unknown)."""
    if not key:
        return ""
    source = table.get(key)
    return QCoreApplication.translate(_CTX, source) if source else key
