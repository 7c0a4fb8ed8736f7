"""What a new desk file holds before first use: the desk row and the bundled procedure catalogue."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from commune_desk.domain.catalog import CatalogError, Procedure, load_catalog_document
from commune_desk.domain.fees import FeeRule
from commune_desk.domain.identifiers import DEFAULT_AGENCY_ID as DEFAULT_AGENCY_ID
from commune_desk.domain.identifiers import DEFAULT_COMMUNE_CODE as DEFAULT_COMMUNE_CODE
from commune_desk.domain.identifiers import DEFAULT_COMMUNE_NAME as DEFAULT_COMMUNE_NAME
from commune_desk.domain.identifiers import DEFAULT_RECEIVING_UNIT as DEFAULT_RECEIVING_UNIT
from commune_desk.domain.identifiers import validate_desk_number
from commune_desk.domain.text import fold
from commune_desk.domain.vntime import vn_now_text
from commune_desk.paths import resource
from commune_desk.store.models import CatalogVersionRow, Desk, ProcedureRow

if TYPE_CHECKING:
    from commune_desk.store.engine import Store

BUNDLED_CATALOG = ("catalog", "commune_catalog.json")



def ensure_seeded(store: Store) -> None:
    """A new database gets its desk row and the bundled procedure catalogue (idempotent)."""
    with store.write() as session:
        ensure_desk(session)
        seed_bundled_catalog(session)


def ensure_desk(session: Session, *, desk_number: int = 1) -> Desk:
    desk = session.get(Desk, 1)
    if desk is None:
        desk = Desk(
            id=1,
            desk_id=str(uuid.uuid4()),
            desk_number=validate_desk_number(desk_number),
            epoch=1,
            commune_code=DEFAULT_COMMUNE_CODE,
            commune_name=DEFAULT_COMMUNE_NAME,
            agency_id=DEFAULT_AGENCY_ID,
            receiving_unit=DEFAULT_RECEIVING_UNIT,
            next_seq=1,
            last_hash="",
            last_hlc="0000000000000-00000",
            sync_hold=False,
            office_hours=None,
            counting_mode="end_of_day",
            created_at=vn_now_text(),
        )
        session.add(desk)
        session.flush()
    return desk


# --- a procedure and its row: both directions of the one mapping ---------------------------


def procedure_row(version: int, p: Procedure) -> ProcedureRow:
    """The ``procedures`` row of ``p`` in catalogue ``version``."""
    return ProcedureRow(
        catalog_version=version,
        code=p.code,
        national_code=p.national_code,
        field=p.field,
        name=p.name,
        limit_value=p.limit_value,
        limit_unit=p.limit_unit,
        extension=p.extension,
        cutoff=p.cutoff.strftime("%H:%M"),
        limit_note=p.limit_note,
        fee=json.dumps(p.fee.to_dict(), ensure_ascii=False, sort_keys=True),
        documents=json.dumps(list(p.documents), ensure_ascii=False),
        legal_basis=p.legal_basis,
        effective_from=p.effective_from.isoformat() if p.effective_from else None,
        active=p.active,
        search_text=fold(f"{p.code} {p.name} {p.field}"),
    )


def procedure_from_row(row: ProcedureRow) -> Procedure:
    """The domain ``Procedure`` a ``procedures`` row holds (the inverse of ``procedure_row``)."""
    return Procedure(
        code=row.code,
        name=row.name,
        field=row.field,
        limit_value=row.limit_value,
        limit_unit=row.limit_unit,
        fee=FeeRule.from_dict(json.loads(row.fee)),
        extension=row.extension,
        cutoff=time.fromisoformat(row.cutoff),
        national_code=row.national_code,
        documents=tuple(json.loads(row.documents)),
        legal_basis=row.legal_basis,
        effective_from=date.fromisoformat(row.effective_from) if row.effective_from else None,
        limit_note=row.limit_note,
        active=bool(row.active),
    )


def install_catalog(
    session: Session,
    name: str,
    effective_from: date,
    procedures: Sequence[Procedure],
    source: str = "",
) -> int:
    """Add a whole new catalogue version; older versions stay for the dossiers that use them."""
    if not procedures:
        raise CatalogError("Danh mục không có thủ tục nào.")
    codes = [p.code for p in procedures]
    dupes = sorted({c for c in codes if codes.count(c) > 1})
    if dupes:
        raise CatalogError("Mã thủ tục bị trùng: " + ", ".join(dupes))
    current = session.execute(select(func.max(CatalogVersionRow.version))).scalar()
    version = int(current or 0) + 1
    session.add(
        CatalogVersionRow(
            version=version,
            name=name,
            effective_from=effective_from.isoformat(),
            source=source,
            imported_at=datetime.now().replace(microsecond=0).isoformat(),
            active=True,
        )
    )
    session.flush()
    session.add_all(procedure_row(version, p) for p in procedures)
    session.flush()
    return version


def seed_bundled_catalog(session: Session) -> int | None:
    """Install the bundled catalogue when the database has none; returns the new version."""
    if session.execute(select(func.count()).select_from(CatalogVersionRow)).scalar():
        return None
    path = resource(*BUNDLED_CATALOG)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise CatalogError(f"Không đọc được danh mục thủ tục kèm theo ({path}): {exc}") from None
    name, effective, source, procs = load_catalog_document(doc)
    return install_catalog(session, name, effective, procs, source)
