"""Identifiers: dossier codes (desk-partitioned daily sequence), personal ID and phone numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from commune_desk.errors import UserError


class IdentifierError(UserError, ValueError):
    """An identifier that is malformed; the message is Vietnamese and says what is wrong."""


# --- Dossier code -------------------------------------------------------------------------

_AGENCY_RE = re.compile(r"^(?:[0-9A-Z]{2,3}\.){1,6}[A-Z]\d{2}$")
_CODE_RE = re.compile(r"^(?P<agency>[0-9A-Z.]+)-(?P<day>\d{6})-(?P<seq>\d{4})$")
SEQ_PER_DESK = 999
MAX_DESK_NUMBER = 9

# Example identity of a fresh installation until an administrator sets the real one.
DEFAULT_COMMUNE_CODE = "00000"
DEFAULT_COMMUNE_NAME = "Xã mẫu (chưa cấu hình)"
DEFAULT_AGENCY_ID = "000.00.00.H41"
DEFAULT_RECEIVING_UNIT = "Trung tâm Phục vụ hành chính công xã"


@dataclass(frozen=True)
class DossierCode:
    """A parsed dossier code ``<agency id>-<yymmdd>-<4-digit sequence>``."""

    agency_id: str
    day: date
    sequence: int

    @property
    def text(self) -> str:
        return format_dossier_code(self.agency_id, self.day, self.sequence)

    @property
    def desk_number(self) -> int:
        return desk_of_sequence(self.sequence)


def validate_agency_id(agency_id: str) -> str:
    """The agency's electronic id, e.g. ``000.00.04.H40`` (levels, lowest first)."""
    value = agency_id.strip().upper()
    if not _AGENCY_RE.match(value):
        raise IdentifierError(
            f"Mã định danh cơ quan “{agency_id}” không đúng dạng (ví dụ đúng: 000.00.04.H40)."
        )
    return value


def validate_desk_number(desk_number: int) -> int:
    if not 1 <= desk_number <= MAX_DESK_NUMBER:
        raise IdentifierError(f"Số hiệu bàn làm việc phải từ 1 đến {MAX_DESK_NUMBER}.")
    return desk_number


def sequence_range(desk_number: int) -> range:
    """The daily sequence numbers this desk may use: d·1000+1 … d·1000+999."""
    validate_desk_number(desk_number)
    start = desk_number * 1000 + 1
    return range(start, start + SEQ_PER_DESK)


def desk_of_sequence(sequence: int) -> int:
    return sequence // 1000


def next_sequence(desk_number: int, last_used: int | None) -> int:
    """The next daily sequence after ``last_used`` (``None`` = first of the day) for this desk."""
    allowed = sequence_range(desk_number)
    nxt = allowed.start if last_used is None or last_used < allowed.start else last_used + 1
    if nxt not in allowed:
        raise IdentifierError(
            f"Bàn số {desk_number} đã dùng hết {SEQ_PER_DESK} số hồ sơ trong ngày."
        )
    return nxt


def format_dossier_code(agency_id: str, day: date, sequence: int) -> str:
    if not 1 <= sequence <= 9999:
        raise IdentifierError(f"Số thứ tự hồ sơ {sequence} nằm ngoài khoảng 0001–9999.")
    return f"{agency_id}-{day:%y%m%d}-{sequence:04d}"


def parse_dossier_code(code: str) -> DossierCode:
    match = _CODE_RE.match(code.strip().upper())
    if not match:
        raise IdentifierError(f"Mã hồ sơ “{code}” không đúng dạng <mã cơ quan>-<yymmdd>-<số thứ tự>.")
    agency = validate_agency_id(match["agency"])
    day_text = match["day"]
    try:
        day = date(2000 + int(day_text[:2]), int(day_text[2:4]), int(day_text[4:]))
    except ValueError as exc:
        raise IdentifierError(f"Mã hồ sơ “{code}” có ngày không hợp lệ.") from exc
    return DossierCode(agency, day, int(match["seq"]))


# --- Personal ID numbers --------------------------------------------------------------------

# Province-of-birth-registration codes of the 63-province list (they stay on cards issued
# before 01/7/2025 and on new cards of people registered under the old units).
PROVINCE_CODES: dict[str, str] = {
    "001": "Hà Nội", "002": "Hà Giang", "004": "Cao Bằng", "006": "Bắc Kạn",
    "008": "Tuyên Quang", "010": "Lào Cai", "011": "Điện Biên", "012": "Lai Châu",
    "014": "Sơn La", "015": "Yên Bái", "017": "Hòa Bình", "019": "Thái Nguyên",
    "020": "Lạng Sơn", "022": "Quảng Ninh", "024": "Bắc Giang", "025": "Phú Thọ",
    "026": "Vĩnh Phúc", "027": "Bắc Ninh", "030": "Hải Dương", "031": "Hải Phòng",
    "033": "Hưng Yên", "034": "Thái Bình", "035": "Hà Nam", "036": "Nam Định",
    "037": "Ninh Bình", "038": "Thanh Hóa", "040": "Nghệ An", "042": "Hà Tĩnh",
    "044": "Quảng Bình", "045": "Quảng Trị", "046": "Thừa Thiên Huế", "048": "Đà Nẵng",
    "049": "Quảng Nam", "051": "Quảng Ngãi", "052": "Bình Định", "054": "Phú Yên",
    "056": "Khánh Hòa", "058": "Ninh Thuận", "060": "Bình Thuận", "062": "Kon Tum",
    "064": "Gia Lai", "066": "Đắk Lắk", "067": "Đắk Nông", "068": "Lâm Đồng",
    "070": "Bình Phước", "072": "Tây Ninh", "074": "Bình Dương", "075": "Đồng Nai",
    "077": "Bà Rịa - Vũng Tàu", "079": "TP. Hồ Chí Minh", "080": "Long An",
    "082": "Tiền Giang", "083": "Bến Tre", "084": "Trà Vinh", "086": "Vĩnh Long",
    "087": "Đồng Tháp", "089": "An Giang", "091": "Kiên Giang", "092": "Cần Thơ",
    "093": "Hậu Giang", "094": "Sóc Trăng", "095": "Bạc Liêu", "096": "Cà Mau",
}


@dataclass(frozen=True)
class PersonalId:
    """A structurally valid personal ID number and what its digits say."""

    number: str
    kind: str  # "cccd" (12 digits) or "cmnd" (old 9 digits)
    province: str | None = None
    birth_year: int | None = None
    female: bool | None = None


def century_digit(birth_year: int, female: bool) -> int:
    """The 4th digit of a 12-digit number: 0/1 for the 1900s, 2/3 for the 2000s, …"""
    century_index = birth_year // 100 - 19
    if not 0 <= century_index <= 4:
        raise IdentifierError(f"Năm sinh {birth_year} nằm ngoài khoảng mã hóa của số định danh.")
    return century_index * 2 + (1 if female else 0)


def validate_personal_id(
    text: str, *, birth_date: date | None = None, female: bool | None = None
) -> PersonalId:
    """Check a 12-digit (or old 9-digit) number; consistent with the birth date when given.

    There is no check digit: only the structure and the agreement with the birth year are
    verifiable.
    """
    number = re.sub(r"[\s.]", "", text)
    if not number.isdigit():
        raise IdentifierError(f"Số định danh “{text}” chỉ được gồm chữ số.")
    if len(number) == 9:
        return PersonalId(number, "cmnd")
    if len(number) != 12:
        raise IdentifierError(
            f"Số định danh “{text}” phải có 12 chữ số (hoặc 9 chữ số với CMND cũ), "
            f"nhưng có {len(number)}."
        )
    province = PROVINCE_CODES.get(number[:3])
    if province is None:
        raise IdentifierError(f"Số định danh “{text}”: mã tỉnh nơi đăng ký khai sinh {number[:3]} không tồn tại.")
    digit = int(number[3])
    year = 1900 + (digit // 2) * 100 + int(number[4:6])
    is_female = digit % 2 == 1
    if birth_date is not None and birth_date.year != year:
        raise IdentifierError(
            f"Số định danh “{text}” ứng với năm sinh {year}, không khớp ngày sinh "
            f"{birth_date:%d/%m/%Y}."
        )
    if female is not None and female != is_female:
        raise IdentifierError(f"Số định danh “{text}” không khớp giới tính đã khai.")
    return PersonalId(number, "cccd", province, year, is_female)


def make_personal_id(province_code: str, birth_year: int, female: bool, serial: int) -> str:
    """Build a structurally valid 12-digit number (demo data and tests)."""
    if province_code not in PROVINCE_CODES:
        raise IdentifierError(f"Mã tỉnh {province_code} không tồn tại.")
    return (
        f"{province_code}{century_digit(birth_year, female)}{birth_year % 100:02d}"
        f"{serial % 1_000_000:06d}"
    )


# --- Phone numbers ----------------------------------------------------------------------------

_MOBILE_PREFIXES = ("03", "05", "07", "08", "09")


def normalize_phone(text: str) -> str:
    """A Vietnamese phone number in national form (``0912345678``), or IdentifierError."""
    raw = re.sub(r"[\s.\-()]", "", text)
    if raw.startswith("+84"):
        raw = "0" + raw[3:]
    elif raw.startswith("84") and len(raw) in (11, 12):
        raw = "0" + raw[2:]
    if not raw.isdigit():
        raise IdentifierError(f"Số điện thoại “{text}” chỉ được gồm chữ số (có thể bắt đầu bằng +84).")
    if raw.startswith(_MOBILE_PREFIXES) and len(raw) == 10:
        return raw
    if raw.startswith("02") and len(raw) == 11:
        return raw
    raise IdentifierError(
        f"Số điện thoại “{text}” không đúng dạng: di động 10 số bắt đầu bằng 03, 05, 07, 08, 09; "
        "cố định 11 số bắt đầu bằng 02."
    )
