"""Dossier codes, personal ID numbers and phone numbers."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commune_desk.domain.identifiers import (
    IdentifierError,
    format_dossier_code,
    make_personal_id,
    next_sequence,
    normalize_phone,
    parse_dossier_code,
    sequence_range,
    validate_agency_id,
    validate_personal_id,
)


def test_code_format_and_parse_round_trip() -> None:
    code = format_dossier_code("000.00.04.H40", date(2023, 4, 14), 2)
    assert code == "000.00.04.H40-230414-0002"
    parsed = parse_dossier_code(code)
    assert parsed.agency_id == "000.00.04.H40"
    assert parsed.day == date(2023, 4, 14)
    assert parsed.sequence == 2


def test_desk_ranges_never_overlap() -> None:
    ranges = [set(sequence_range(d)) for d in range(1, 10)]
    for i, a in enumerate(ranges):
        assert len(a) == 999
        for b in ranges[i + 1:]:
            assert not a & b
    assert sequence_range(3).start == 3001 and sequence_range(3)[-1] == 3999


def test_next_sequence_and_exhaustion() -> None:
    assert next_sequence(2, None) == 2001
    assert next_sequence(2, 2001) == 2002
    with pytest.raises(IdentifierError, match="hết 999"):
        next_sequence(2, 2999)
    with pytest.raises(IdentifierError):
        next_sequence(0, None)


@pytest.mark.parametrize("bad", ["", "H40", "000-00-04-H40", "000.00.04.40H", "abc.def"])
def test_bad_agency_ids(bad: str) -> None:
    with pytest.raises(IdentifierError):
        validate_agency_id(bad)


@pytest.mark.parametrize("bad", ["000.00.04.H40-230414", "X-230414-0001", "000.00.04.H40-231399-0001"])
def test_bad_codes(bad: str) -> None:
    with pytest.raises(IdentifierError):
        parse_dossier_code(bad)


def test_personal_id_structure_and_birth_year() -> None:
    pid = validate_personal_id("040301012345", birth_date=date(2001, 5, 3))
    assert pid.kind == "cccd" and pid.province == "Nghệ An"
    assert pid.birth_year == 2001 and pid.female is True
    assert validate_personal_id("040 085 012345").birth_year == 1985
    with pytest.raises(IdentifierError, match="năm sinh 2001"):
        validate_personal_id("040301012345", birth_date=date(1990, 1, 1))
    with pytest.raises(IdentifierError, match="mã tỉnh"):
        validate_personal_id("003301012345")
    with pytest.raises(IdentifierError, match="12 chữ số"):
        validate_personal_id("04030101234")
    with pytest.raises(IdentifierError, match="chữ số"):
        validate_personal_id("04030101234A")
    assert validate_personal_id("186123456").kind == "cmnd"


@given(
    st.sampled_from(["001", "040", "079", "096"]),
    st.integers(1900, 2099),
    st.booleans(),
    st.integers(0, 999_999),
)
def test_made_ids_validate_against_their_birth_year(prov: str, year: int, female: bool, serial: int) -> None:
    number = make_personal_id(prov, year, female, serial)
    pid = validate_personal_id(number, birth_date=date(year, 6, 1), female=female)
    assert pid.birth_year == year


@pytest.mark.parametrize(
    ("raw", "normal"),
    [("0912 345 678", "0912345678"), ("+84912345678", "0912345678"), ("84-38-123-4567", "0381234567"),
     ("02383 123 456", "02383123456")],
)
def test_phone_numbers(raw: str, normal: str) -> None:
    assert normalize_phone(raw) == normal


@pytest.mark.parametrize("bad", ["12345", "0112345678", "09123456789", "0912abc678"])
def test_bad_phone_numbers(bad: str) -> None:
    with pytest.raises(IdentifierError):
        normalize_phone(bad)
