"""The shape of every known event kind's payload: one check shared by the desk's fold and the server.

``check_payload`` is state-free: it says whether the fields the readers use (the fold, the
printouts, the province dashboard and statistics) have the types they expect. Whether the
event may happen in the dossier's current state is ``lifecycle``'s business. Unknown kinds pass
(a newer desk's new kind is stored and never read by code that does not know it); extra fields
pass too.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from typing import Any

from commune_desk.errors import UserError

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
INT64_MAX = 2**63 - 1


class PayloadError(UserError, ValueError):
    """A payload whose fields do not have the expected types (Vietnamese message)."""


Check = Callable[[Any], bool]


def _text(value: Any) -> bool:
    return isinstance(value, str)


def _nonempty(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) <= INT64_MAX


def _count(value: Any) -> bool:
    return _int(value) and 0 <= value <= 1_000_000


def _size(value: Any) -> bool:
    return _int(value) and value >= 0


def _bool(value: Any) -> bool:
    return isinstance(value, bool)


def _moment(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _date(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _one_of(*choices: str) -> Check:
    return lambda value: value in choices


def _text_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(i, str) for i in value)


def _applicant(value: Any) -> bool:
    return (isinstance(value, Mapping) and _nonempty(value.get("name"))
            and all(v is None or isinstance(v, str) for v in value.values()))


def _fee(value: Any) -> bool:
    return (isinstance(value, Mapping)
            and (value.get("amount") is None or _int(value["amount"]))
            and (value.get("method") is None or isinstance(value["method"], str)))


def _documents(value: Any) -> bool:
    return isinstance(value, list) and all(
        isinstance(d, Mapping) and (d.get("count") is None or _count(d["count"]))
        and (d.get("name") is None or isinstance(d["name"], str)) for d in value)


# field -> (check, required, label). An optional field may be absent or null.
Spec = dict[str, tuple[Check, bool, str]]

_RECEIVED: Spec = {
    "code": (_nonempty, True, "mã hồ sơ"),
    "procedure_code": (_nonempty, True, "mã thủ tục"),
    "applicant": (_applicant, True, "người nộp (cần họ tên)"),
    "procedure_name": (_text, False, "tên thủ tục"),
    "field": (_text, False, "lĩnh vực"),
    "catalog_version": (_int, False, "phiên bản danh mục"),
    "received_at": (_moment, False, "thời điểm tiếp nhận"),
    "submitted_at": (_moment, False, "thời điểm nộp"),
    "due_at": (_moment, False, "thời điểm hẹn trả"),
    "channel": (_one_of("in_person", "post", "online"), False, "hình thức nộp"),
    "fee": (_fee, False, "lệ phí"),
    "documents": (_documents, False, "thành phần hồ sơ"),
    "sets": (_count, False, "số bộ hồ sơ"),
    "with_extension": (_bool, False, "gia hạn"),
    "limit": (_text, False, "thời hạn giải quyết"),
    "due_rule": (_text, False, "cách tính hạn"),
    "return_method": (_text, False, "cách trả kết quả"),
    "receiving_unit": (_text, False, "đơn vị tiếp nhận"),
    "deciding_unit": (_text, False, "đơn vị quyết định"),
}

SPECS: dict[str, Spec] = {
    "received": _RECEIVED,
    "assigned": {"to": (_nonempty, True, "người nhận"), "note": (_text, False, "ghi chú")},
    "supplement_requested": {
        "items": (_text_list, True, "nội dung bổ sung"),
        "reason": (_text, False, "lý do"),
        "legal_basis": (_text, False, "căn cứ"),
        "second_request_approved_by": (_text, False, "người phê duyệt")},
    "supplement_received": {
        "due_at": (_moment, False, "thời điểm hẹn trả"),
        "original_due_at": (_moment, False, "thời điểm hẹn trả ban đầu"),
        "note": (_text, False, "ghi chú")},
    "refused": {"reasons": (_text, True, "lý do từ chối")},
    "rescheduled": {"new_due_at": (_moment, True, "ngày hẹn mới"),
                    "reason": (_text, False, "lý do"), "signed_by": (_text, False, "người ký")},
    "resolved": {"outcome": (_one_of("approved", "denied"), True, "kết quả"),
                 "ready_at": (_moment, False, "thời điểm có kết quả"),
                 "note": (_text, False, "ghi chú")},
    "returned": {"method": (_text, False, "cách trả"), "note": (_text, False, "ghi chú")},
    "withdrawn": {"grounds": (_one_of("citizen_request", "legal"), True, "căn cứ dừng"),
                  "reason": (_text, False, "lý do")},
    "rated": {"level": (_one_of("satisfied", "acceptable", "unsatisfied"), True, "mức hài lòng")},
    "corrected": {"name": (_nonempty, False, "họ tên"), "id_number": (_text, False, "số định danh"),
                  "birth_date": (_text, False, "ngày sinh"), "phone": (_text, False, "số điện thoại"),
                  "address": (_text, False, "địa chỉ"), "email": (_text, False, "thư điện tử"),
                  "reason": (_text, False, "lý do")},
    "attachment_added": {"sha256": (lambda v: isinstance(v, str) and bool(_SHA256.match(v)), True,
                                    "mã băm SHA-256 (64 chữ số hex thường)"),
                         "name": (_nonempty, True, "tên tệp"), "size": (_size, False, "kích thước"),
                         "mime": (_text, False, "kiểu tệp")},
    "obstacle_reported": {
        "field": (_nonempty, True, "lĩnh vực"), "procedure": (_text, False, "thủ tục"),
        "blocker": (_text, True, "loại vướng mắc"), "since": (_date, True, "từ ngày"),
        "dossiers_held": (_count, True, "số hồ sơ bị ảnh hưởng"),
        "description": (_nonempty, True, "mô tả")},
    "obstacle_answered": {"answer": (_nonempty, True, "nội dung trả lời"),
                          "answered_by": (_text, True, "người trả lời"),
                          "seal": (_text, False, "dấu xác thực của tỉnh")},
    "obstacle_closed": {"note": (_text, False, "ghi chú")},
}
"""Every kind the software reads, with the fields it reads."""


def is_known_kind(kind: str) -> bool:
    return kind in SPECS


def check_payload(kind: str, payload: Any) -> None:
    """Raise ``PayloadError`` when a known kind's payload has a field of the wrong type."""
    spec = SPECS.get(kind)
    if spec is None:
        return
    if not isinstance(payload, Mapping):
        raise PayloadError("Nội dung sự kiện phải là một đối tượng JSON.")
    for name, (check, required, label) in spec.items():
        value = payload.get(name)
        if value is None:
            if required:
                raise PayloadError(f"Sự kiện “{kind}” thiếu trường {name} ({label}).")
            continue
        if not check(value):
            shown = repr(value)
            if len(shown) > 60:
                shown = shown[:57] + "..."
            raise PayloadError(f"Sự kiện “{kind}”: trường {name} ({label}) có giá trị "
                               f"không hợp lệ: {shown}.")
    if kind == "corrected" and not any(k in payload for k in
                                       ("name", "id_number", "birth_date", "phone", "address",
                                        "email")):
        raise PayloadError("Sự kiện “corrected” không đính chính thông tin nào.")
