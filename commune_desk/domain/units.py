"""Administrative unit names: how a commune's official name is written in titles and sentences.

Decree 30/2020/NĐ-CP, Appendix II (capitalisation): an administrative unit named by a common
noun + a proper name writes the common noun in lower case inside a phrase ("UBND xã Mỹ Lý",
"Trung tâm Phục vụ hành chính công xã Mỹ Lý"); a unit whose proper part is a number, a
person's name or a historical event keeps the capital of its common noun ("UBND Phường 1 Bảo
Lộc", "UBND Xã Trần Phú"). The official names come with their common noun ("Xã Mỹ Lý",
"Phường Trường Vinh", "Đặc khu Phú Quốc") from the unit list (``services.units``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from commune_desk.domain.text import fold
from commune_desk.errors import UserError

# Kinds of commune-level units after 01/7/2025, as the official names begin.
UNIT_KINDS = ("Đặc khu", "Phường", "Xã")

# Proper parts of commune-level names (01/7/2025 list) that are a person's name or a historical
# event. Names that merely look like a surname ("Xã Lương Sơn", "Xã Hồng Lộc") are places.
PERSON_OR_EVENT_NAMES: frozenset[str] = frozenset({
    "Âu Cơ", "Bạch Đằng", "Chu Văn An", "Điện Biên Phủ", "Đặng Thùy Trâm", "Đống Đa",
    "Hai Bà Trưng", "Hoàng Hoa Thám", "Hoàng Văn Thụ", "Kim Đồng", "Lê Chân", "Lê Đại Hành",
    "Lê Ích Mộc", "Lê Lợi", "Lê Quý Đôn", "Lê Thanh Nghị", "Lý Thường Kiệt", "Lương Thế Trân",
    "Ngô Mây", "Ngô Quyền", "Nguyễn Bỉnh Khiêm", "Nguyễn Du", "Nguyễn Đại Năng", "Nguyễn Huệ",
    "Nguyễn Lương Bằng", "Nguyễn Nghiêm", "Nguyễn Trãi", "Nguyễn Văn Linh", "Nguyễn Việt Khái",
    "Phạm Ngũ Lão", "Phạm Sư Mạnh", "Phan Đình Phùng", "Phan Ngọc Hiển", "Quang Trung",
    "Tô Hiệu", "Trần Hưng Đạo", "Trần Liễu", "Trần Lãm", "Trần Nhân Tông", "Trần Phú",
    "Trần Văn Thời",
})


class UnitNameError(UserError, ValueError):
    """A unit name that does not start with Xã / Phường / Đặc khu (Vietnamese message)."""


@dataclass(frozen=True)
class UnitNames:
    """Every form of one commune-level unit's name the program prints.

    ``official`` "Xã Mỹ Lý"; ``kind`` "xã"; ``proper`` "Mỹ Lý"; ``in_text`` "xã Mỹ Lý" (or
    "Phường 1 Bảo Lộc" for a number/person name); ``committee`` "UBND xã Mỹ Lý";
    ``committee_full`` "Ủy ban nhân dân xã Mỹ Lý"; ``centre`` "Trung tâm Phục vụ hành chính
    công xã Mỹ Lý"; ``place`` "Mỹ Lý" (the place line of a document: "Mỹ Lý, ngày …").
    """

    official: str
    kind: str
    proper: str
    in_text: str
    committee: str
    committee_full: str
    centre: str

    @property
    def place(self) -> str:
        return self.proper

    @property
    def committee_upper(self) -> str:
        """The issuing body in a document header: "UBND XÃ MỸ LÝ"."""
        return self.committee.upper()


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split()))


def split_unit_name(official: str) -> tuple[str, str]:
    """"Xã Mỹ Lý" → ("Xã", "Mỹ Lý"); UnitNameError when it has no unit kind in front."""
    name = _nfc(official)
    for kind in UNIT_KINDS:
        if name.lower().startswith(kind.lower() + " ") and len(name) > len(kind) + 1:
            return kind, name[len(kind) + 1:]
    raise UnitNameError(
        f"Tên đơn vị “{official}” phải bắt đầu bằng “Xã”, “Phường” hoặc “Đặc khu” "
        "(ví dụ: Xã Mỹ Lý)."
    )


def keeps_capital(proper: str) -> bool:
    """True when the proper part is a number or a person/event name (the kind stays capital)."""
    return bool(re.match(r"\d", proper)) or _nfc(proper) in PERSON_OR_EVENT_NAMES


def unit_in_text(official: str) -> str:
    """The name inside a phrase: "xã Mỹ Lý", "phường Trường Vinh", "Phường 1 Bảo Lộc"."""
    kind, proper = split_unit_name(official)
    return f"{kind if keeps_capital(proper) else kind.lower()} {proper}"


def province_in_text(name: str) -> str:
    """A province inside a phrase: "Nghệ An" → "tỉnh Nghệ An", "Thành phố Hà Nội" →
    "thành phố Hà Nội"."""
    name = " ".join(name.split())
    if name.lower().startswith(("thành phố ", "tỉnh ")):
        return name[0].lower() + name[1:]
    return f"tỉnh {name}"


def unit_names(official: str) -> UnitNames:
    """All the printed forms of a commune-level unit's official name (see ``UnitNames``)."""
    kind, proper = split_unit_name(official)
    in_text = unit_in_text(official)
    return UnitNames(
        official=f"{kind} {proper}",
        kind=kind.lower(),
        proper=proper,
        in_text=in_text,
        committee=f"UBND {in_text}",
        committee_full=f"Ủy ban nhân dân {in_text}",
        centre=f"Trung tâm Phục vụ hành chính công {in_text}",
    )


def search_key(text: str) -> str:
    """Accent- and case-free form used to find a unit by a few typed letters ("my ly")."""
    return fold(text)
