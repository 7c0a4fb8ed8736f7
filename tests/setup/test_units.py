"""Official units (vietnam-provinces) and how their names are written."""

from __future__ import annotations

import pytest

from commune_desk.domain.units import UnitNameError, unit_in_text, unit_names
from commune_desk.services import units


def test_official_list_counts_and_codes() -> None:
    assert len(units.provinces()) == 34
    assert len(units.communes()) == 3321
    assert units.province("40").name == "Nghệ An"
    nghe_an = units.communes("40")
    assert len(nghe_an) == 130
    assert sum(c.names.kind == "xã" for c in nghe_an) == 119
    assert sum(c.names.kind == "phường" for c in nghe_an) == 11
    my_ly = units.commune("16816")
    assert (my_ly.name, my_ly.province_code) == ("Xã Mỹ Lý", "40")


def test_unknown_code_is_a_vietnamese_error() -> None:
    with pytest.raises(units.UnitError, match="không có trong danh mục"):
        units.commune("99999")
    with pytest.raises(units.UnitError, match="tỉnh"):
        units.province("03")


def test_commune_found_by_letters_typed_without_accents() -> None:
    found = units.find_communes("my ly", "40")
    assert found[0].code == "16816"
    assert units.find_communes("168", "40")[0].code.startswith("168")
    assert all(c.province_code == "40" for c in units.find_communes("xa", "40"))


def test_names_in_titles_and_sentences() -> None:
    n = unit_names("Xã Mỹ Lý")
    assert n.committee == "UBND xã Mỹ Lý"
    assert n.centre == "Trung tâm Phục vụ hành chính công xã Mỹ Lý"
    assert n.committee_full == "Ủy ban nhân dân xã Mỹ Lý"
    assert n.committee_upper == "UBND XÃ MỸ LÝ"
    assert n.place == "Mỹ Lý"
    assert unit_in_text("Phường Trường Vinh") == "phường Trường Vinh"
    assert unit_in_text("Đặc khu Phú Quốc") == "đặc khu Phú Quốc"


def test_number_or_person_names_keep_their_capital() -> None:
    assert unit_names("Phường 1 Bảo Lộc").committee == "UBND Phường 1 Bảo Lộc"
    assert unit_in_text("Xã Trần Phú") == "Xã Trần Phú"
    assert unit_in_text("Phường Điện Biên Phủ") == "Phường Điện Biên Phủ"
    assert unit_in_text("Xã Lương Sơn") == "xã Lương Sơn"  # a place, not a person


def test_every_official_name_has_a_kind() -> None:
    for c in units.communes():
        assert c.names.committee.startswith("UBND ")
    with pytest.raises(UnitNameError, match="Xã"):
        unit_names("Mỹ Lý")
