"""The versioned procedure catalogue: lookups, .xlsx import and export."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from commune_desk.domain.catalog import (
    CatalogError,
    CatalogVersion,
    Procedure,
)
from commune_desk.domain.fees import (
    EXEMPTION_LABELS,
    FEE_KIND_LABELS,
    Exemption,
    FeeError,
    FeeKind,
    FeeRule,
)
from commune_desk.domain.permissions import Action, Actor, require
from commune_desk.domain.text import fold
from commune_desk.domain.vntime import vn_now
from commune_desk.services.authority import acting
from commune_desk.store.models import CatalogVersionRow, ProcedureRow
from commune_desk.store.seed import install_catalog, procedure_from_row

if TYPE_CHECKING:
    from commune_desk.store.engine import Store

SHEET_PROCEDURES = "Thủ tục"
SHEET_INFO = "Thông tin"

COLUMNS: tuple[tuple[str, str], ...] = (
    ("code", "Mã thủ tục"),
    ("national_code", "Mã TTHC quốc gia"),
    ("field", "Lĩnh vực"),
    ("name", "Tên thủ tục"),
    ("limit", "Thời hạn giải quyết"),
    ("extension", "Gia hạn khi cần xác minh (ngày làm việc)"),
    ("cutoff", "Giờ chốt nhận trong ngày"),
    ("limit_note", "Ghi chú thời hạn"),
    ("fee_kind", "Loại phí, lệ phí"),
    ("fee_amount", "Mức thu (đồng)"),
    ("first_pages", "Số trang tính mức đầu"),
    ("next_page_amount", "Mức thu từ trang tiếp theo (đồng)"),
    ("cap_per_copy", "Mức thu tối đa mỗi bản (đồng)"),
    ("exemptions", "Trường hợp miễn"),
    ("fee_note", "Ghi chú phí, lệ phí"),
    ("documents", "Thành phần hồ sơ"),
    ("legal_basis", "Căn cứ pháp lý"),
    ("effective_from", "Ngày hiệu lực"),
    ("active", "Đang áp dụng"),
)


@dataclass(frozen=True)
class CatalogSummary:
    version: int
    name: str
    effective_from: date
    procedures: int
    source: str


# --- versions ------------------------------------------------------------------------------


def current_version(session: Session) -> int:
    version = session.execute(select(func.max(CatalogVersionRow.version))).scalar()
    if version is None:
        raise CatalogError("Cơ sở dữ liệu chưa có danh mục thủ tục.")
    return int(version)


def procedures_of(session: Session, version: int | None = None) -> list[Procedure]:
    v = current_version(session) if version is None else version
    rows = session.execute(
        select(ProcedureRow).where(ProcedureRow.catalog_version == v).order_by(
            ProcedureRow.field, ProcedureRow.name
        )
    ).scalars()
    return [procedure_from_row(r) for r in rows]


def find_procedure(session: Session, code: str, version: int | None = None) -> tuple[int, Procedure]:
    """The procedure ``code`` in ``version`` (default: the current one), or CatalogError."""
    v = current_version(session) if version is None else version
    row = session.get(ProcedureRow, (v, code.strip()))
    if row is None:
        raise CatalogError(f"Không có thủ tục mã “{code}” trong danh mục (phiên bản {v}).")
    return v, procedure_from_row(row)


def catalog(store: Store, version: int | None = None) -> CatalogVersion:
    """A whole catalogue version (default: the current one) as plain data."""
    with store.read() as session:
        v = current_version(session) if version is None else version
        meta = session.get(CatalogVersionRow, v)
        if meta is None:
            raise CatalogError(f"Không có danh mục phiên bản {v}.")
        return CatalogVersion(
            version=v,
            name=meta.name,
            effective_from=date.fromisoformat(meta.effective_from),
            procedures=tuple(procedures_of(session, v)),
            source=meta.source,
        )


def catalog_versions(store: Store) -> list[CatalogSummary]:
    with store.read() as session:
        rows = session.execute(select(CatalogVersionRow).order_by(CatalogVersionRow.version)).scalars()
        result = []
        for r in rows:
            count = session.execute(
                select(func.count()).select_from(ProcedureRow).where(ProcedureRow.catalog_version == r.version)
            ).scalar_one()
            result.append(CatalogSummary(r.version, r.name, date.fromisoformat(r.effective_from), count, r.source))
        return result


# --- xlsx ------------------------------------------------------------------------------------


def _fee_kind_from_text(text: str) -> FeeKind:
    value = text.strip()
    for kind, label in FEE_KIND_LABELS.items():
        if fold(value) in (fold(label), kind.value):
            return kind
    raise ValueError(
        f"loại phí “{text}” không hợp lệ (chọn: {', '.join(FEE_KIND_LABELS.values())})"
    )


def _exemptions_from_text(text: str) -> tuple[Exemption, ...]:
    result = []
    for part in (p.strip() for p in text.replace("\n", ";").split(";")):
        if not part:
            continue
        for ex, label in EXEMPTION_LABELS.items():
            if fold(part) in (fold(label), ex.value):
                result.append(ex)
                break
        else:
            raise ValueError(
                f"trường hợp miễn “{part}” không hợp lệ (chọn: {'; '.join(EXEMPTION_LABELS.values())})"
            )
    return tuple(result)


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y")
    return str(value).strip()


def _int_cell(value: Any, label: str, *, default: int | None = 0) -> int | None:
    text = _cell_text(value).replace(".", "").replace(",", "").replace(" ", "").removesuffix("đ")
    if not text:
        return default
    if not text.lstrip("-").isdigit():
        raise ValueError(f"{label} “{_cell_text(value)}” phải là số nguyên")
    number = int(text)
    if number < 0:
        raise ValueError(f"{label} không được âm")
    return number


def _date_cell(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    raise ValueError(f"ngày hiệu lực “{text}” phải có dạng dd/mm/yyyy")


def _procedure_from_cells(cells: dict[str, Any]) -> Procedure:
    from commune_desk.domain.timelimit import parse_time_limit

    code = _cell_text(cells.get("code"))
    name = _cell_text(cells.get("name"))
    field = _cell_text(cells.get("field"))
    if not code:
        raise ValueError("thiếu mã thủ tục")
    if not name:
        raise ValueError("thiếu tên thủ tục")
    if not field:
        raise ValueError("thiếu lĩnh vực")
    cutoff_text = _cell_text(cells.get("cutoff")) or "15:00"
    try:
        cutoff = time.fromisoformat(cutoff_text.replace("h", ":").zfill(5))
    except ValueError:
        raise ValueError(f"giờ chốt “{cutoff_text}” phải có dạng HH:MM") from None
    limit = parse_time_limit(_cell_text(cells.get("limit")), cutoff=cutoff)
    extension = _int_cell(cells.get("extension"), "Gia hạn xác minh") or limit.extension
    kind = _fee_kind_from_text(_cell_text(cells.get("fee_kind")) or "Miễn phí")
    fee = FeeRule(
        kind=kind,
        amount=_int_cell(cells.get("fee_amount"), "Mức thu") or 0,
        first_pages=_int_cell(cells.get("first_pages"), "Số trang mức đầu") or 0,
        next_page_amount=_int_cell(cells.get("next_page_amount"), "Mức thu trang tiếp") or 0,
        cap_per_copy=_int_cell(cells.get("cap_per_copy"), "Mức tối đa", default=None),
        exemptions=_exemptions_from_text(_cell_text(cells.get("exemptions"))),
        note=_cell_text(cells.get("fee_note")),
    )
    active_text = fold(_cell_text(cells.get("active")) or "có")
    if active_text not in ("co", "khong", "x", "1", "0", "true", "false"):
        raise ValueError("cột Đang áp dụng phải là “Có” hoặc “Không”")
    return Procedure(
        code=code,
        name=name,
        field=field,
        limit_value=limit.value,
        limit_unit=limit.unit.value,
        fee=fee,
        extension=extension,
        cutoff=cutoff,
        national_code=_cell_text(cells.get("national_code")) or None,
        documents=tuple(
            d.strip(" -•\t") for d in _cell_text(cells.get("documents")).splitlines() if d.strip(" -•\t")
        ),
        legal_basis=_cell_text(cells.get("legal_basis")),
        effective_from=_date_cell(cells.get("effective_from")),
        limit_note=_cell_text(cells.get("limit_note")),
        active=active_text in ("co", "x", "1", "true"),
    )


def read_catalog_xlsx(path: str | Path) -> tuple[str, date, str, list[Procedure]]:
    """Parse a catalogue workbook; every bad row is reported, nothing is partly accepted."""
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    p = Path(path)
    if not p.is_file():
        raise CatalogError(f"Không tìm thấy tệp “{p}”.")
    try:
        wb = load_workbook(p, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise CatalogError(f"Tệp “{p.name}” không phải tệp Excel .xlsx hợp lệ ({type(exc).__name__}).") from None
    try:
        if SHEET_PROCEDURES not in wb.sheetnames:
            raise CatalogError(f"Tệp “{p.name}” thiếu trang tính “{SHEET_PROCEDURES}”.")
        name, effective, source = f"Danh mục nhập từ {p.name}", vn_now().date(), p.name
        if SHEET_INFO in wb.sheetnames:
            info = {
                _cell_text(r[0]): r[1] for r in wb[SHEET_INFO].iter_rows(values_only=True) if r and r[0]
            }
            name = _cell_text(info.get("Tên danh mục")) or name
            source = _cell_text(info.get("Nguồn")) or source
            try:
                effective = _date_cell(info.get("Ngày hiệu lực")) or effective
            except ValueError as exc:
                raise CatalogError(f"Trang “{SHEET_INFO}”: {exc}.") from None
        rows = wb[SHEET_PROCEDURES].iter_rows(values_only=True)
        header = next(rows, None)
        if header is None:
            raise CatalogError(f"Trang tính “{SHEET_PROCEDURES}” trống.")
        labels = {fold(label): key for key, label in COLUMNS}
        index: dict[str, int] = {}
        for i, cell in enumerate(header):
            key = labels.get(fold(_cell_text(cell)))
            if key:
                index[key] = i
        missing = [label for key, label in COLUMNS if key in ("code", "name", "field", "limit") and key not in index]
        if missing:
            raise CatalogError(f"Trang tính “{SHEET_PROCEDURES}” thiếu cột: {', '.join(missing)}.")
        procs: list[Procedure] = []
        errors: list[str] = []
        seen: dict[str, int] = {}
        for line, row in enumerate(rows, start=2):
            if row is None or all(c is None or str(c).strip() == "" for c in row):
                continue
            cells = {k: (row[i] if i < len(row) else None) for k, i in index.items()}
            try:
                proc = _procedure_from_cells(cells)
            except (ValueError, FeeError) as exc:
                errors.append(f"Dòng {line}: {exc}")
                continue
            if proc.code in seen:
                errors.append(f"Dòng {line}: mã thủ tục {proc.code} trùng với dòng {seen[proc.code]}")
                continue
            seen[proc.code] = line
            procs.append(proc)
    except CatalogError:
        raise
    except Exception as exc:  # a damaged workbook: bad XML, zip CRC, odd cell types
        raise CatalogError(
            f"Tệp “{p.name}” bị hỏng hoặc không phải tệp Excel .xlsx hợp lệ "
            f"({type(exc).__name__}); không nhập gì."
        ) from None
    finally:
        wb.close()
    if errors:
        raise CatalogError(
            f"Không nhập danh mục: {len(errors)} dòng có lỗi (không dòng nào được nhập).", errors
        )
    if not procs:
        raise CatalogError("Tệp không có thủ tục nào.")
    return name, effective, source, procs


def import_catalog_xlsx(store: Store, actor: Actor, path: str | Path) -> CatalogSummary:
    """Import a workbook as a new catalogue version, all or nothing."""
    require(actor, Action.EDIT_CATALOG)
    name, effective, source, procs = read_catalog_xlsx(path)
    with acting(store, actor, Action.EDIT_CATALOG) as session:
        version = install_catalog(session, name, effective, procs, source)
    return CatalogSummary(version, name, effective, len(procs), source)


def write_catalog_xlsx(cat: CatalogVersion, path: str | Path) -> Path:
    """Write a catalogue version as a workbook that ``import`` reads back unchanged."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    from commune_desk.domain.timelimit import LimitUnit, TimeLimit

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = SHEET_PROCEDURES
    ws.append([label for _, label in COLUMNS])
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for p in cat.procedures:
        fee = p.fee
        ws.append(
            [
                p.code,
                p.national_code or "",
                p.field,
                p.name,
                TimeLimit(p.limit_value, LimitUnit(p.limit_unit), 0, p.cutoff).text,
                p.extension,
                p.cutoff.strftime("%H:%M"),
                p.limit_note,
                FEE_KIND_LABELS[fee.kind],
                fee.amount,
                fee.first_pages or None,
                fee.next_page_amount or None,
                fee.cap_per_copy,
                "; ".join(EXEMPTION_LABELS[e] for e in fee.exemptions),
                fee.note,
                "\n".join(p.documents),
                p.legal_basis,
                p.effective_from.strftime("%d/%m/%Y") if p.effective_from else "",
                "Có" if p.active else "Không",
            ]
        )
    widths = (14, 14, 18, 48, 20, 12, 10, 28, 22, 14, 10, 14, 14, 30, 30, 50, 40, 14, 10)
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    info = wb.create_sheet(SHEET_INFO)
    info.append(["Tên danh mục", cat.name])
    info.append(["Phiên bản", cat.version])
    info.append(["Ngày hiệu lực", cat.effective_from.strftime("%d/%m/%Y")])
    info.append(["Nguồn", cat.source])
    out = Path(path)
    # Built in memory, then written in one go: a full or vanished target raises one OSError
    # here (openpyxl writing straight to the file left a half-closed zip complaining at exit).
    import io

    buffer = io.BytesIO()
    wb.save(buffer)
    with out.open("wb") as fh:
        fh.write(buffer.getvalue())
        fh.flush()
        if out.is_file():  # not for /dev/… or a pipe
            os.fsync(fh.fileno())
    return out


def export_catalog_xlsx(store: Store, path: str | Path, version: int | None = None) -> Path:
    return write_catalog_xlsx(catalog(store, version), path)
