"""Paper settings (signers, slip size, lookup address, recipient) and the staff directory."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from commune_desk.domain.permissions import Action, Actor, require
from commune_desk.errors import UserError
from commune_desk.services.authority import acting

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from commune_desk.store.engine import Store

PAPER_SIZES = ("A4", "A5")


class PaperSettingsError(UserError, ValueError):
    """A paper setting that cannot be stored (Vietnamese message)."""


@dataclass(frozen=True)
class SignerSetting:
    """Who signs: authority lines ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH") and the full name."""

    authority: str = ""  # "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN" or "" (signs in own name)
    title: str = ""  # "PHÓ CHỦ TỊCH", "GIÁM ĐỐC"
    name: str = ""

    def lines(self) -> tuple[str, ...]:
        return tuple(x for x in (self.authority.strip(), self.title.strip()) if x)


@dataclass(frozen=True)
class PaperSettings:
    """Everything a paper needs that is not in the events (domain.md: settings, not constants)."""

    slip_size: str = "A4"  # forms 01–05: "A4" (default) or "A5"
    # Lookup address printed in the QR of form 01; "{code}" is replaced by the dossier code.
    # Empty: the QR holds the bare code and the slip does not promise a lookup.
    lookup_url: str = ""
    # The report sent up: "Kính gửi:" and the first "Nơi nhận" line.
    report_recipient: str = "Ủy ban nhân dân tỉnh"
    # Signer of the periodic report (commune People's Committee).
    report_signer: SignerSetting = field(
        default_factory=lambda: SignerSetting("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", ""))
    # Signer of forms 04 and 05 (head of the centre, or a deputy).
    centre_signer: SignerSetting = field(
        default_factory=lambda: SignerSetting("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", ""))
    report_preparer: str = ""  # "Người lập biểu" when the builder has no account name

    def lookup_address(self, code: str) -> str:
        url = self.lookup_url.strip()
        if not url:
            return ""
        return url.replace("{code}", code) if "{code}" in url else url + code


def load_settings(session: Session) -> PaperSettings:
    """The stored settings over the defaults."""
    raw: dict[str, Any] = {str(k): json.loads(v) for k, v in session.execute(
        text("SELECT key, value FROM paper_settings")).all()}
    base = PaperSettings()
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key in ("report_signer", "centre_signer") and isinstance(value, dict):
            values[key] = SignerSetting(**{k: str(v) for k, v in value.items()
                                           if k in ("authority", "title", "name")})
        elif hasattr(base, key):
            values[key] = str(value)
    return replace(base, **values)


def paper_settings(store: Store) -> PaperSettings:
    with store.read() as session:
        return load_settings(session)


def save_settings(store: Store, actor: Actor, settings: PaperSettings) -> PaperSettings:
    """Store every paper setting (administrator or leader); checked before anything is
    written."""
    require(actor, Action.EDIT_PAPER_SETTINGS)
    if settings.slip_size not in PAPER_SIZES:
        raise PaperSettingsError(
            f"Khổ giấy “{settings.slip_size}” không hợp lệ; chọn A4 hoặc A5.")
    url = settings.lookup_url.strip()
    if url and not url.startswith(("https://", "http://")):
        raise PaperSettingsError("Địa chỉ tra cứu phải bắt đầu bằng https://")
    for signer in (settings.report_signer, settings.centre_signer):
        if signer.name.strip() and not signer.lines():
            raise PaperSettingsError(
                f"Người ký “{signer.name.strip()}” cần chức vụ (ví dụ PHÓ CHỦ TỊCH).")
    data = asdict(settings)
    with acting(store, actor, Action.EDIT_PAPER_SETTINGS) as session:
        for key, value in data.items():
            session.execute(text(
                "INSERT INTO paper_settings (key, value) VALUES (:k, :v) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                {"k": key, "v": json.dumps(value, ensure_ascii=False, sort_keys=True)})
    return settings


# --- people on papers ----------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    login: str
    full_name: str
    phone: str = ""
    title: str = ""


def staff_people(session: Session) -> dict[str, Person]:
    """login → person: the synced staff directory, overridden by this desk's own accounts."""
    people: dict[str, Person] = {}
    for login, name, phone, title in session.execute(text(
            "SELECT login, full_name, phone, title FROM staff_directory")).all():
        people[str(login)] = Person(str(login), str(name), str(phone or ""), str(title or ""))
    for login, name, phone in session.execute(text(
            "SELECT login, full_name, phone FROM users")).all():
        known = people.get(str(login))
        people[str(login)] = Person(
            str(login), str(name or login),
            str(phone or "") or (known.phone if known else ""),
            known.title if known else "")
    return people


def merge_staff_directory(session: Session, entries: list[dict[str, Any]],
                          now: datetime | None = None) -> int:
    """Store directory entries (login, full_name, phone, title); returns how many."""
    from commune_desk.store.staff import upsert_staff

    return upsert_staff(session, entries, (now or datetime.now()).replace(microsecond=0)
                        .isoformat())


def import_staff_directory(store: Store, actor: Actor, entries: list[dict[str, Any]]) -> int:
    """An administrator or leader (or sync) stores directory entries, e.g. for actors of
    other desks; an entry needs a login and a full name (Vietnamese message otherwise)."""
    for e in entries:
        login = str(e.get("login") or "").strip()
        if not login or not str(e.get("full_name") or "").strip():
            raise PaperSettingsError(
                f"Dòng danh bạ “{login or '(chưa có tên đăng nhập)'}” cần cả tên đăng nhập "
                "và họ tên đầy đủ.")
    with acting(store, actor, Action.EDIT_PAPER_SETTINGS) as session:
        return merge_staff_directory(session, entries)


def staff_directory(store: Store) -> list[Person]:
    """The directory entries (not the accounts), by login."""
    with store.read() as session:
        return [Person(str(login), str(name), str(phone or ""), str(title or ""))
                for login, name, phone, title in session.execute(text(
                    "SELECT login, full_name, phone, title FROM staff_directory "
                    "ORDER BY login")).all()]


def remove_staff_entry(store: Store, actor: Actor, login: str) -> bool:
    """Remove one directory entry (an account of this desk keeps its own name)."""
    with acting(store, actor, Action.EDIT_PAPER_SETTINGS) as session:
        gone = session.execute(text("DELETE FROM staff_directory WHERE login = :l "
                                    "RETURNING login"), {"l": login.strip()}).first()
    return gone is not None
