"""Live checks of the intake fields, with Vietnamese messages (pure Python, no Qt widgets)."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication

from commune_desk.domain.identifiers import IdentifierError, normalize_phone, validate_personal_id
from commune_desk.ui.i18n import parse_vn_date
from commune_desk.ui.messages import tr_message

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_NAME_RE = re.compile(r"^[^\d!@#$%^&*()_+=\[\]{};:\"\\|<>/?~`]+$")


def check_name(text: str) -> str | None:
    name = " ".join(text.split())
    if not name:
        return QCoreApplication.translate("validation", "Chưa nhập họ và tên người nộp.")
    if len(name) < 2:
        return QCoreApplication.translate("validation", "Họ và tên quá ngắn.")
    if not _NAME_RE.match(name):
        return QCoreApplication.translate("validation", "Họ và tên không được chứa chữ số hay ký hiệu.")
    return None


def check_birth_date(text: str, today: dt.date) -> str | None:
    if not text.strip():
        return None
    day = parse_vn_date(text)
    if day is None:
        return QCoreApplication.translate("validation", "Ngày sinh phải theo dạng ngày/tháng/năm, ví dụ 05/02/1990.")
    if day > today:
        return QCoreApplication.translate("validation", "Ngày sinh không thể sau ngày hôm nay.")
    if day.year < 1900:
        return QCoreApplication.translate("validation", "Năm sinh không hợp lệ.")
    return None


def check_personal_id(text: str, birth_text: str) -> str | None:
    if not text.strip():
        return QCoreApplication.translate("validation", "Chưa nhập số định danh cá nhân (12 chữ số trên thẻ căn cước).")
    birth = parse_vn_date(birth_text) if birth_text.strip() else None
    try:
        validate_personal_id(text, birth_date=birth)
    except IdentifierError as exc:
        return tr_message(str(exc))
    return None


def check_phone(text: str) -> str | None:
    if not text.strip():
        return None
    try:
        normalize_phone(text)
    except IdentifierError as exc:
        return tr_message(str(exc))
    return None


def check_email(text: str) -> str | None:
    if not text.strip():
        return None
    if not _EMAIL_RE.match(text.strip()):
        return QCoreApplication.translate("validation", "Thư điện tử “%1” không đúng dạng (ví dụ ten@example.vn).").replace("%1", text.strip())
    return None


def check_address(text: str) -> str | None:
    if not text.strip():
        return QCoreApplication.translate("validation", "Chưa nhập địa chỉ người nộp.")
    return None


def check_unit(text: str, what: str) -> str | None:
    if not text.strip():
        return QCoreApplication.translate("validation", "Chưa nhập %1.").replace("%1", what)
    return None
