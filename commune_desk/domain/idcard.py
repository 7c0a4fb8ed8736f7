"""Chip ID card (CCCD) QR text: parse what a 2D scanner types into the applicant's fields."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from commune_desk.domain.identifiers import IdentifierError, validate_personal_id

# The QR on the back of a chip ID card holds seven fields separated by "|":
# personal ID | old 9-digit ID (may be empty) | full name | birth date DDMMYYYY | sex |
# permanent address | issue date DDMMYYYY.
FIELD_COUNT = 7
_DATE_RE = re.compile(r"^\d{8}$")
_SEXES = {"nam": False, "nữ": True, "nu": True}


@dataclass(frozen=True)
class IdCardData:
    """The applicant fields read from one chip ID card QR code."""

    personal_id: str
    old_id: str
    full_name: str
    birth_date: date
    female: bool
    address: str
    issued_on: date

    @property
    def sex_label(self) -> str:
        return "Nữ" if self.female else "Nam"


def looks_like_idcard_qr(text: str) -> bool:
    """True when the text has the shape of an ID card QR (a 12-digit number, then six "|")."""
    return bool(re.match(r"^\s*\d{12}\|", text)) and text.count("|") == FIELD_COUNT - 1


def _parse_date(text: str, what: str) -> date:
    if not _DATE_RE.match(text):
        raise IdentifierError(f"Mã QR thẻ căn cước: {what} “{text}” phải có dạng NgàyThángNăm (8 chữ số).")
    try:
        return date(int(text[4:]), int(text[2:4]), int(text[:2]))
    except ValueError:
        raise IdentifierError(f"Mã QR thẻ căn cước: {what} “{text}” không phải một ngày có thật.") from None


def parse_idcard_qr(text: str) -> IdCardData:
    """Parse the scanner's text; any malformed part raises IdentifierError (nothing half-read)."""
    raw = text.strip().strip("\r\n")
    parts = raw.split("|")
    if len(parts) != FIELD_COUNT:
        raise IdentifierError(
            f"Mã QR thẻ căn cước phải có {FIELD_COUNT} phần ngăn bởi dấu “|”, "
            f"nhưng đọc được {len(parts)} phần. Hãy quét lại."
        )
    number, old_id, name, birth, sex, address, issued = (p.strip() for p in parts)
    if not re.fullmatch(r"\d{12}", number):
        raise IdentifierError("Mã QR thẻ căn cước: số định danh phải có đúng 12 chữ số.")
    if old_id and not re.fullmatch(r"\d{9}", old_id):
        raise IdentifierError("Mã QR thẻ căn cước: số CMND cũ phải có 9 chữ số.")
    if not name or any(ch.isdigit() for ch in name):
        raise IdentifierError("Mã QR thẻ căn cước: thiếu họ và tên, hoặc họ tên có chữ số.")
    female = _SEXES.get(sex.lower())
    if female is None:
        raise IdentifierError(f"Mã QR thẻ căn cước: giới tính “{sex}” phải là Nam hoặc Nữ.")
    birth_date = _parse_date(birth, "ngày sinh")
    issued_on = _parse_date(issued, "ngày cấp")
    if not address:
        raise IdentifierError("Mã QR thẻ căn cước: thiếu nơi thường trú.")
    if issued_on < birth_date:
        raise IdentifierError("Mã QR thẻ căn cước: ngày cấp đứng trước ngày sinh.")
    validate_personal_id(number, birth_date=birth_date, female=female)
    return IdCardData(number, old_id, " ".join(name.split()), birth_date, female,
                      " ".join(address.split()), issued_on)
