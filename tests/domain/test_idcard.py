"""Chip ID card QR parsing: every field, and malformed scans refused whole."""

from datetime import date

import pytest

from commune_desk.domain.idcard import looks_like_idcard_qr, parse_idcard_qr
from commune_desk.domain.identifiers import IdentifierError

SAMPLE = ("001085012345|123456789|Nguyễn Văn An|15081985|Nam|"
          "Thôn 3, xã Mỹ Lý, huyện Kỳ Sơn, Nghệ An|20042021")


def test_parses_every_field() -> None:
    card = parse_idcard_qr(SAMPLE + "\r\n")
    assert card.personal_id == "001085012345"
    assert card.old_id == "123456789"
    assert card.full_name == "Nguyễn Văn An"
    assert card.birth_date == date(1985, 8, 15)
    assert card.female is False and card.sex_label == "Nam"
    assert card.address == "Thôn 3, xã Mỹ Lý, huyện Kỳ Sơn, Nghệ An"
    assert card.issued_on == date(2021, 4, 20)
    assert looks_like_idcard_qr(SAMPLE)


def test_old_id_may_be_empty_and_female() -> None:
    card = parse_idcard_qr("040301000123||Lê Thị Hoa|02032001|Nữ|Xóm 1, xã Mỹ Lý, Nghệ An|01012022")
    assert card.old_id == "" and card.female is True and card.birth_date == date(2001, 3, 2)


@pytest.mark.parametrize("text, fragment", [
    ("001085012345|123456789|Nguyễn Văn An|15081985|Nam|Thôn 3", "7 phần"),
    ("00108501234|123456789|Nguyễn Văn An|15081985|Nam|Thôn 3|20042021", "12 chữ số"),
    ("001085012345|12345|Nguyễn Văn An|15081985|Nam|Thôn 3|20042021", "CMND"),
    ("001085012345|123456789|Nguyễn Văn An|31021985|Nam|Thôn 3|20042021", "ngày có thật"),
    ("001085012345|123456789|Nguyễn Văn An|15081985|Khác|Thôn 3|20042021", "giới tính"),
    ("001085012345|123456789|Nguyễn Văn An|15081990|Nam|Thôn 3|20042021", "năm sinh"),
    ("001085012345|123456789|Nguyễn Văn An|15081985|Nữ|Thôn 3|20042021", "giới tính"),
    ("001085012345|123456789||15081985|Nam|Thôn 3|20042021", "họ và tên"),
    ("001085012345|123456789|Nguyễn Văn An|15081985|Nam||20042021", "thường trú"),
    ("001085012345|123456789|Nguyễn Văn An|15081985|Nam|Thôn 3|2004202", "8 chữ số"),
])
def test_malformed_scans_are_refused(text: str, fragment: str) -> None:
    with pytest.raises(IdentifierError) as err:
        parse_idcard_qr(text)
    assert fragment in str(err.value)


def test_plain_text_is_not_taken_for_a_scan() -> None:
    assert not looks_like_idcard_qr("Nguyễn Văn An")
    assert not looks_like_idcard_qr("001085012345")
