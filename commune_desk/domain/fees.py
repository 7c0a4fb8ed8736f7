"""Fee rules from the procedure catalogue: fixed, per copy, per page with caps, exemptions."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from commune_desk.errors import UserError


class FeeKind(StrEnum):
    FREE = "free"  # miễn phí
    FIXED = "fixed"  # một mức cho mỗi hồ sơ
    PER_COPY = "per_copy"  # theo bản (trích lục, chứng thực chữ ký …)
    PER_PAGE = "per_page"  # theo trang, có mức trần mỗi bản (chứng thực bản sao)
    PROVINCIAL = "provincial"  # do Hội đồng nhân dân tỉnh quy định


class Exemption(StrEnum):
    ON_TIME = "on_time"  # đăng ký khai sinh, khai tử đúng hạn
    POOR_HOUSEHOLD = "poor_household"  # hộ nghèo
    MERIT = "merit"  # người có công với cách mạng
    DISABILITY = "disability"  # người khuyết tật
    ONLINE = "online"  # nộp trực tuyến (theo chính sách từng thời kỳ)
    CHILD = "child"  # trẻ em


EXEMPTION_LABELS: dict[Exemption, str] = {
    Exemption.ON_TIME: "đăng ký đúng hạn",
    Exemption.POOR_HOUSEHOLD: "hộ nghèo",
    Exemption.MERIT: "người có công với cách mạng",
    Exemption.DISABILITY: "người khuyết tật",
    Exemption.ONLINE: "nộp hồ sơ trực tuyến",
    Exemption.CHILD: "trẻ em",
}

FEE_KIND_LABELS: dict[FeeKind, str] = {
    FeeKind.FREE: "Miễn phí",
    FeeKind.FIXED: "Mức cố định",
    FeeKind.PER_COPY: "Theo bản",
    FeeKind.PER_PAGE: "Theo trang",
    FeeKind.PROVINCIAL: "Theo quy định của tỉnh",
}


class FeeError(UserError, ValueError):
    """A fee rule or a fee request that does not make sense (Vietnamese message)."""


def format_vnd(amount: int) -> str:
    """1234567 → "1.234.567 đ"."""
    return f"{amount:,}".replace(",", ".") + " đ"


@dataclass(frozen=True)
class FeeRule:
    """How much a procedure costs; ``amount`` is in đồng (per dossier, per copy or per page)."""

    kind: FeeKind
    amount: int = 0
    first_pages: int = 0  # PER_PAGE: pages charged at ``amount``
    next_page_amount: int = 0  # PER_PAGE: from page first_pages+1
    cap_per_copy: int | None = None
    exemptions: tuple[Exemption, ...] = field(default_factory=tuple)
    note: str = ""

    def __post_init__(self) -> None:
        if self.amount < 0 or self.next_page_amount < 0:
            raise FeeError("Mức phí, lệ phí không được âm.")
        if self.kind == FeeKind.PER_PAGE and self.first_pages < 1:
            raise FeeError("Phí theo trang cần số trang tính theo mức đầu (ít nhất 1).")

    @property
    def text(self) -> str:
        """Vietnamese summary, as the catalogue writes it."""
        if self.kind == FeeKind.FREE:
            base = "Miễn phí"
        elif self.kind == FeeKind.FIXED:
            base = format_vnd(self.amount)
        elif self.kind == FeeKind.PER_COPY:
            base = f"{format_vnd(self.amount)}/bản"
        elif self.kind == FeeKind.PER_PAGE:
            base = (
                f"{format_vnd(self.amount)}/trang với trang 1–{self.first_pages}, "
                f"{format_vnd(self.next_page_amount)}/trang từ trang {self.first_pages + 1}"
            )
            if self.cap_per_copy:
                base += f", tối đa {format_vnd(self.cap_per_copy)}/bản"
        else:
            base = "Theo quy định của HĐND tỉnh"
            if self.amount:
                base += f" ({format_vnd(self.amount)})"
        if self.exemptions:
            base += "; miễn: " + ", ".join(EXEMPTION_LABELS[e] for e in self.exemptions)
        return base

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind.value, "amount": self.amount}
        if self.kind == FeeKind.PER_PAGE:
            data["first_pages"] = self.first_pages
            data["next_page_amount"] = self.next_page_amount
        if self.cap_per_copy is not None:
            data["cap_per_copy"] = self.cap_per_copy
        if self.exemptions:
            data["exemptions"] = [e.value for e in self.exemptions]
        if self.note:
            data["note"] = self.note
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FeeRule:
        try:
            return cls(
                kind=FeeKind(data["kind"]),
                amount=int(data.get("amount", 0)),
                first_pages=int(data.get("first_pages", 0)),
                next_page_amount=int(data.get("next_page_amount", 0)),
                cap_per_copy=(int(data["cap_per_copy"]) if data.get("cap_per_copy") is not None else None),
                exemptions=tuple(Exemption(e) for e in data.get("exemptions", ())),
                note=str(data.get("note", "")),
            )
        except (KeyError, ValueError, TypeError) as exc:
            raise FeeError(f"Quy tắc phí không hợp lệ: {data!r}") from exc


@dataclass(frozen=True)
class FeeQuote:
    amount: int
    explanation: str
    exemption: Exemption | None = None


def compute_fee(
    rule: FeeRule,
    *,
    copies: int = 1,
    pages: int = 1,
    exemption: Exemption | None = None,
    provincial_amount: int | None = None,
) -> FeeQuote:
    """The fee for one dossier; ``pages`` is per copy (certification of copies)."""
    if copies < 1 or pages < 1:
        raise FeeError("Số bản và số trang phải từ 1 trở lên.")
    if exemption is not None:
        if exemption not in rule.exemptions:
            raise FeeError(
                f"Thủ tục này không có trường hợp miễn “{EXEMPTION_LABELS[exemption]}”."
            )
        return FeeQuote(0, f"Miễn: {EXEMPTION_LABELS[exemption]}", exemption)
    if rule.kind == FeeKind.FREE:
        return FeeQuote(0, "Miễn phí")
    if rule.kind == FeeKind.FIXED:
        return FeeQuote(rule.amount, format_vnd(rule.amount))
    if rule.kind == FeeKind.PER_COPY:
        total = rule.amount * copies
        return FeeQuote(total, f"{copies} bản × {format_vnd(rule.amount)} = {format_vnd(total)}")
    if rule.kind == FeeKind.PER_PAGE:
        first = min(pages, rule.first_pages)
        per_copy = first * rule.amount + max(0, pages - rule.first_pages) * rule.next_page_amount
        capped = per_copy
        if rule.cap_per_copy is not None:
            capped = min(per_copy, rule.cap_per_copy)
        total = capped * copies
        note = " (đã áp mức trần)" if capped < per_copy else ""
        return FeeQuote(
            total,
            f"{copies} bản × {pages} trang: {format_vnd(capped)}/bản{note} = {format_vnd(total)}",
        )
    amount = provincial_amount if provincial_amount is not None else rule.amount
    return FeeQuote(amount, f"Theo quy định của tỉnh: {format_vnd(amount)}")
