"""Vietnamese folding for search and sort keys."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from commune_desk.domain.text import fold, fts_query, sort_key, tokens


def test_fold_removes_case_marks_and_d_stroke() -> None:
    assert fold("Nguyễn Thị Đào") == "nguyen thi dao"
    assert fold("ĐẶNG  Văn   Ữ") == "dang van u"
    assert fold("Hòa Bình, Thừa Thiên Huế") == "hoa binh, thua thien hue"


def test_every_vietnamese_letter_folds_to_ascii() -> None:
    letters = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
    folded = fold(letters + letters.upper())
    assert folded.isascii()
    assert set(folded) <= set("aeiouyd")


@given(st.text(max_size=40))
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


def test_tokens_split_like_fts() -> None:
    assert tokens("000.00.04.H40-230414-0002") == ["000", "00", "04", "h40", "230414", "0002"]


def test_fts_query_names_and_codes() -> None:
    assert fts_query("Nguyễn Thị Đào") == '"nguyen" "thi" "dao"*'
    assert fts_query("000.00.04.H40-2304") == '"000 00 04 h40 2304"*'
    assert fts_query("  ,;  ") is None


def test_sort_key_orders_by_folded_letters() -> None:
    names = ["Đào", "Dung", "Anh", "Ánh"]
    assert sorted(names, key=sort_key) == ["Anh", "Ánh", "Đào", "Dung"]


@given(st.text(max_size=60))
def test_fast_fold_equals_decomposition(text: str) -> None:
    from commune_desk.domain.text import _slow_fold

    assert fold(text) == " ".join(_slow_fold(text).lower().split())
