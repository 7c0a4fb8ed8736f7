"""Old addresses (with a district) are shown with the commune and province they belong to now."""

import socket

import pytest

from commune_desk.services.addresses import convert_old_address


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the address conversion must not use the network")
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)


def test_merged_commune_keeps_its_name_in_the_new_province() -> None:
    update = convert_old_address("Thôn 3, xã Mỹ Lý, huyện Kỳ Sơn, Nghệ An")
    assert update is not None
    assert update.ward == "Xã Mỹ Lý" and update.province == "Tỉnh Nghệ An"
    assert update.ward_code == "16816" and update.province_code == "40"
    assert update.unit_text == "→ xã Mỹ Lý, tỉnh Nghệ An"
    assert update.current == "Thôn 3, Xã Mỹ Lý, Tỉnh Nghệ An"
    assert update.stored_form().startswith("Thôn 3, xã Mỹ Lý, huyện Kỳ Sơn, Nghệ An (nay là xã Mỹ Lý")


def test_merged_ward_gets_its_new_name() -> None:
    update = convert_old_address("123 Lê Lợi, phường Hưng Bình, TP Vinh, Nghệ An")
    assert update is not None and update.ward == "Phường Thành Vinh"


def test_split_ward_lists_the_alternatives_without_network() -> None:
    update = convert_old_address("Số 5 ngõ 2, Phường Dịch Vọng Hậu, Quận Cầu Giấy, Hà Nội")
    assert update is not None
    assert update.ward == "Phường Cầu Giấy"
    assert "Phường Nghĩa Đô" in update.alternatives


@pytest.mark.parametrize("text", ["", "abc", "Thôn 3, Xã Mỹ Lý, Tỉnh Nghệ An"])
def test_no_district_means_nothing_to_convert(text: str) -> None:
    assert convert_old_address(text) is None
