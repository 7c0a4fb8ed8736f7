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


@cache
def _load() -> tuple[tuple[Province, ...], dict[str, Commune]]:
    from vietnam_provinces import Province as VnProvince
    from vietnam_provinces import Ward as VnWard

    provinces = tuple(sorted(
        (Province(f"{int(p.code.value):02d}", p.name, p.division_type.value)
         for p in VnProvince.iter_all()), key=lambda p: search_key(p.name)))
    by_code = {p.code: p for p in provinces}
    communes: dict[str, Commune] = {}
    for w in VnWard.iter_all():
        prov = by_code[f"{int(w.province_code.value):02d}"]
        code = f"{int(w.code.value):05d}"
        communes[code] = Commune(code, w.name, prov.code, prov.name)
    return provinces, communes


def data_version() -> str:
    """The package version and the date its data was retrieved (shown in About / docs)."""
    import vietnam_provinces

    return f"vietnam-provinces {vietnam_provinces.__version__} ({vietnam_provinces.__data_version__})"


def provinces() -> tuple[Province, ...]:
    return _load()[0]


def province(code: str) -> Province:
    key = f"{int(code):02d}" if code.strip().isdigit() else code
    for p in provinces():
        if p.code == key:
            return p
    raise UnitError(f"Không có tỉnh, thành phố mã “{code}” trong danh mục đơn vị hành chính.")


def communes(province_code: str | None = None) -> list[Commune]:
    """Communes of one province (or all), sorted by name without accents."""
    items = _load()[1].values()
    if province_code is not None:
        key = province(province_code).code
        items = [c for c in items if c.province_code == key]  # type: ignore[assignment]
    return sorted(items, key=lambda c: (search_key(c.names.proper), c.code))


def commune(code: str) -> Commune:
    """The commune with this official 5-digit code, or UnitError (Vietnamese)."""
    text = code.strip()
    found = _load()[1].get(text.zfill(COMMUNE_CODE_DIGITS) if text.isdigit() else text)
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
    pool = communes(province_code)
    if not q:
        return pool[:limit]
    if q.isdigit():
        return [c for c in pool if c.code.startswith(q)][:limit]
    starts, contains = [], []
    for c in pool:
        proper = search_key(c.names.proper)
        if proper.startswith(q):
            starts.append(c)
        elif q in search_key(c.name):
            contains.append(c)
    return (starts + contains)[:limit]


# Office hours the province sets for its communes (domain.md §2). Provinces without an entry
# start from the national default (Nghệ An's pattern), editable in the wizard and in Settings.
_PROVINCE_HOURS = {"40": OfficeHours.nghe_an}


def default_office_hours(province_code: str) -> OfficeHours:
    maker = _PROVINCE_HOURS.get(province(province_code).code, OfficeHours.nghe_an)
    return maker()
