"""Vietnamese text folding for search and sort keys (case and diacritics removed, đ→d)."""

from __future__ import annotations

import re
import unicodedata


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark a label for Qt's lupdate (the desk translates it at display); returns it unchanged.

    Pure Python: the domain owns its Vietnamese labels, the UI passes them through
    ``QCoreApplication.translate(context, label)``.
    """
    return source


_D_TABLE = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"})
_TOKEN_RE = re.compile(r"[0-9a-z]+")


def _slow_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.translate(_D_TABLE))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


# Precomposed Latin letters (Latin-1 Supplement … Latin Extended Additional, where every
# Vietnamese letter lives) mapped once to their folded form; str.translate is far faster
# than decomposing each string.
_FAST_TABLE: dict[int, str] = {
    cp: _slow_fold(chr(cp)) for cp in range(0x00C0, 0x1F00) if _slow_fold(chr(cp)) != chr(cp)
}
_FAST_TABLE.update({ord(c): c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"})


def fold(text: str) -> str:
    """Lower-case ASCII form of ``text``: "Nguyễn Thị Đào" → "nguyen thi dao"."""
    quick = text.translate(_FAST_TABLE)
    if not quick.isascii():
        quick = _slow_fold(quick)
    return " ".join(quick.lower().split())


def tokens(text: str) -> list[str]:
    """Folded alphanumeric tokens, the way the FTS5 ``unicode61`` tokenizer splits them."""
    return _TOKEN_RE.findall(fold(text))


def sort_key(text: str) -> tuple[str, str]:
    """Key that sorts Vietnamese names by their folded letters, ties by the exact text."""
    return (fold(text), text)


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression for what a user typed; ``None`` when nothing searchable remains.

    Every token must match; the last one is a prefix so results come as the user types. A query
    with separators between digits (a dossier code such as ``000.00.04.H40-2304``) becomes one
    phrase, so the code's parts must stand in that order.
    """
    words = tokens(text)
    if not words:
        return None
    looks_like_code = bool(re.search(r"\d[.\-/]\w", text)) and len(words) > 1
    quoted = [f'"{w}"' for w in words]
    if looks_like_code:
        return '"' + " ".join(words) + '"*'
    quoted[-1] = quoted[-1] + "*"
    return " ".join(quoted)
