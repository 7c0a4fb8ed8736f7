"""Addresses after the 2025 mergers: the current commune and province for a pre-merger address."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class AddressUpdate:
    """A pre-merger address (with a district) and the unit it belongs to since 01/7/2025."""

    original: str
    current: str  # the address in the two-level form: "Thôn 3, Xã Mỹ Lý, Tỉnh Nghệ An"
    ward: str  # "Xã Mỹ Lý"
    province: str  # "Tỉnh Nghệ An"
    ward_code: str
    province_code: str
    # The old commune was split between several new ones: the library's default is shown and
    # the others are named so the clerk can ask the citizen.
    alternatives: tuple[str, ...] = ()

    @property
    def unit_text(self) -> str:
        """The short line shown beside the address: "→ xã Mỹ Lý, tỉnh Nghệ An"."""
        return f"→ {_lower_kind(self.ward)}, {_lower_kind(self.province)}"

    def stored_form(self) -> str:
        """What the applicant's address keeps: the paper's wording and the current unit."""
        return f"{self.original} (nay là {_lower_kind(self.ward)}, {_lower_kind(self.province)})"


_KINDS = ("Xã", "Phường", "Đặc khu", "Thị trấn", "Tỉnh", "Thành phố")


def _lower_kind(name: str) -> str:
    """Lower-case only the unit kind ("Xã Mỹ Lý" → "xã Mỹ Lý"); the proper name keeps its case."""
    for kind in _KINDS:
        if name.startswith(kind + " "):
            return kind.lower() + name[len(kind):]
    return name


@functools.lru_cache(maxsize=1)
def _library() -> Any:
    # Imported on first use: the package loads its tables (~0.3 s) and the intake calls this
    # from a worker, never at start-up.
    import vietnamadminunits
    from vietnamadminunits.converter import converter_2025

    return vietnamadminunits, converter_2025


def convert_old_address(text: str) -> AddressUpdate | None:
    """The current unit of an address written with a district, or None.

    None when the text names no district (it is already in the two-level form) or names a unit
    the library does not know. Never uses the network: where an old commune was split, the
    library's own default is taken and the other candidates are listed (its geocoding of the
    street, which would call a web service, is not used).
    """
    text = " ".join(text.split())
    if not text:
        return None
    lib, conv = _library()
    legacy = lib.ParseMode.LEGACY
    try:
        old = lib.parse_address(text, mode=legacy, keep_street=True, level=3)
    except Exception:  # the library raises plain exceptions on text it cannot read
        return None
    if not (old.ward_key and old.district_key and old.province_key):
        return None
    units_only = ", ".join(p for p in (old.ward, old.district, old.province) if p)
    try:
        new = lib.convert_address(units_only)
    except Exception:
        return None
    if not new.ward or not new.province:
        return None
    alternatives: tuple[str, ...] = ()
    new_province_key = next((k for k, v in conv.DICT_PROVINCE.items() if old.province_key in v), None)
    split = conv.DICT_PROVINCE_WARD_DIVIDED.get(new_province_key or "", {}).get(
        f"{old.province_key}_{old.district_key}_{old.ward_key}", [])
    if split:
        names = []
        for ward in split:
            unit = lib.parse_address(f"{ward['newWardKey']},{new_province_key}",
                                     mode=lib.ParseMode.FROM_2025, keep_street=False, level=2)
            if unit.ward and unit.ward != new.ward:
                names.append(unit.ward)
        alternatives = tuple(names)
    current = ", ".join(p for p in (old.street, new.ward, new.province) if p)
    return AddressUpdate(text, current, new.ward, new.province, str(new.ward_code or ""),
                         str(new.province_code or ""), alternatives)
