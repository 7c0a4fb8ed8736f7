"""The official list of provinces and communes (since 01/7/2025) from the `vietnam-provinces` package.

34 provinces (2-digit codes) and 3,321 communes, wards and special zones (5-digit codes),
Decision 19/2025/QĐ-TTg. The package is pinned in pyproject.toml so that a code never changes
meaning under a running office; names are written by ``domain.units``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from commune_desk.domain.calendar import OfficeHours
from commune_desk.domain.units import UnitNames, search_key, unit_names
from commune_desk.errors import UserError

COMMUNE_CODE_DIGITS = 5


class UnitError(UserError, ValueError):
    """An unknown unit code (Vietnamese message)."""


@dataclass(frozen=True)
class Province:
    code: str  # two digits, "40"
    name: str  # "Nghệ An", "Thành phố Hà Nội"
    kind: str  # "tỉnh" | "thành phố trung ương"


@dataclass(frozen=True)
class Commune:
    code: str  # five digits, "16816"
    name: str  # official name with its kind, "Xã Mỹ Lý"
    province_code: str
    province_name: str

    @property
    def names(self) -> UnitNames:
        return unit_names(self.name)

    @property
    def label(self) -> str:
        """What a chooser shows: "Xã Mỹ Lý (16816) — Nghệ An"."""
        return f"{self.name} ({self.code}) — {self.province_name}"


@dataclass(frozen=True)
class _Index:
    provinces: tuple[Province, ...]
    by_code: dict[str, Commune]
    # Every commune once, sorted by its proper name without accents, with its search keys.
    ordered: tuple[tuple[Commune, str, str], ...]


@cache
def _load() -> _Index:
    from vietnam_provinces import Province as VnProvince
    from vietnam_provinces import Ward as VnWard

    provinces = tuple(sorted(
        (Province(f"{int(p.code.value):02d}", p.name, p.division_type.value)
         for p in VnProvince.iter_all()), key=lambda p: search_key(p.name)))
    by_province = {p.code: p for p in provinces}
    by_code: dict[str, Commune] = {}
    for w in VnWard.iter_all():
        prov = by_province[f"{int(w.province_code.value):02d}"]
        code = f"{int(w.code.value):05d}"
        by_code[code] = Commune(code, w.name, prov.code, prov.name)
    keyed = [(c, search_key(c.names.proper), search_key(c.name)) for c in by_code.values()]
    keyed.sort(key=lambda t: (t[1], t[0].code))
    return _Index(provinces, by_code, tuple(keyed))


def data_version() -> str:
    """The package version and the date its data was retrieved (shown in About / docs)."""
    import vietnam_provinces

    return f"vietnam-provinces {vietnam_provinces.__version__} ({vietnam_provinces.__data_version__})"


def provinces() -> tuple[Province, ...]:
    return _load().provinces


def province(code: str) -> Province:
    key = f"{int(code):02d}" if code.strip().isdigit() else code
    for p in provinces():
        if p.code == key:
            return p
    raise UnitError(f"Không có tỉnh, thành phố mã “{code}” trong danh mục đơn vị hành chính.")


def _keyed(province_code: str | None) -> list[tuple[Commune, str, str]]:
    ordered = _load().ordered
    if province_code is None:
        return list(ordered)
    key = province(province_code).code
    return [t for t in ordered if t[0].province_code == key]


def communes(province_code: str | None = None) -> list[Commune]:
    """Communes of one province (or all), sorted by name without accents."""
    return [c for c, _proper, _name in _keyed(province_code)]


def commune(code: str) -> Commune:
    """The commune with this official 5-digit code, or UnitError (Vietnamese)."""
    text = code.strip()
    found = _load().by_code.get(text.zfill(COMMUNE_CODE_DIGITS) if text.isdigit() else text)
    if found is None:
        raise UnitError(
            f"Mã xã “{code}” không có trong danh mục 3.321 xã, phường, đặc khu (từ 01/7/2025); "
            "mã xã gồm 5 chữ số, ví dụ Xã Mỹ Lý (Nghệ An) là 16816."
        )
    return found


def find_communes(query: str, province_code: str | None = None, limit: int = 50) -> list[Commune]:
    """Communes whose name (typed without accents, e.g. "my ly") or code matches ``query``.

    Names starting with the query come first, then names containing it.
    """
    q = search_key(query)
    pool = _keyed(province_code)
    if not q:
        return [c for c, _p, _n in pool[:limit]]
    if q.isdigit():
        return [c for c, _p, _n in pool if c.code.startswith(q)][:limit]
    starts = [c for c, proper, _n in pool if proper.startswith(q)]
    if len(starts) >= limit:
        return starts[:limit]
    contains = [c for c, proper, name in pool if not proper.startswith(q) and q in name]
    return (starts + contains)[:limit]


# Office hours the province sets for its communes (domain.md §2). Provinces without an entry
# start from the national default (Nghệ An's pattern), editable in the wizard and in Settings.
_PROVINCE_HOURS = {"40": OfficeHours.nghe_an}


def default_office_hours(province_code: str) -> OfficeHours:
    maker = _PROVINCE_HOURS.get(province(province_code).code, OfficeHours.nghe_an)
    return maker()
