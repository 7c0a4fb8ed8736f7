"""Small operations the screens run on workers: each calls one service and returns plain data.

This is the desk's seam to the lower layers (Anki's ``aqt/operations``): widgets never hold a
session; they call a function here on a worker and get back a frozen result, then announce what
changed (the service's ``Changes``) on ``DeskEvents.changed`` through ``DeskContext.write``,
so each screen decides whether to redraw.
"""

from __future__ import annotations

import datetime as dt
import inspect
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from commune_desk.domain.catalog import Procedure
from commune_desk.errors import UserError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from commune_desk.domain.deadlines import Deadline
    from commune_desk.services.dossiers import ActionResult, Intake
    from commune_desk.ui.context import DeskContext
    from commune_desk.ui.workers import CancelToken

log = logging.getLogger(__name__)



# --- paper (printing) ---------------------------------------------------------------------
def open_receipt_preview(parent: QWidget, ctx: DeskContext, dossier_code: str,
                         form_no: str = "01") -> None:
    # Imported on first use: the paper screens stay off the start-up path.
    from commune_desk.ui.paper import open_form_preview

    open_form_preview(parent, ctx.store, dossier_code, form_no, runner=ctx.runner,
                      on_error=lambda text: ctx.events.message.emit("error", text))


# --- intake ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class IntakeReference:
    procedures: tuple[Procedure, ...]
    catalog_version: int
    receiving_unit: str
    deciding_unit: str
    commune_name: str
    counting_mode: str = "end_of_day"


def intake_reference(ctx: DeskContext) -> IntakeReference:
    from commune_desk.services.catalog import catalog
    from commune_desk.services.desk import desk_info

    info = desk_info(ctx.store)
    cat = catalog(ctx.store)
    return IntakeReference(
        procedures=tuple(cat.procedures),
        catalog_version=cat.version,
        receiving_unit=info.receiving_unit,
        deciding_unit=f"UBND {info.commune_name}",
        commune_name=info.commune_name,
        counting_mode=info.counting_mode,
    )


def preview_due(ctx: DeskContext, proc: Procedure, received_at: dt.datetime,
                counting_mode: str = "end_of_day") -> Deadline:
    """The appointment the clerk will print, from the service's own rule and the desk's calendar."""
    from commune_desk.domain.deadlines import CountingMode
    from commune_desk.services.dossiers import appointment

    assert ctx.calendar is not None
    return appointment(proc, received_at, ctx.calendar(), CountingMode(counting_mode))


def receive(ctx: DeskContext, intake: Intake) -> ActionResult:
    """Save the intake form's ``Intake`` as it is, in one transaction (the service recomputes
    the due moment and the fee with the same rules the form previewed)."""
    from commune_desk.services.dossiers import receive_dossier

    return receive_dossier(ctx.store, ctx.actor, intake, now=intake.received_at,
                           calendar=ctx.calendar)


def moment(value: Any) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


# --- detail ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class TimelineEntry:
    kind: str
    occurred_at: str
    actor: str
    summary: str
    desk_id: str = ""


@dataclass(frozen=True)
class DossierDetail:
    state: Any  # domain.lifecycle.DossierState
    timeline: tuple[TimelineEntry, ...]
    remaining_minutes: int | None
    attachments: tuple[Mapping[str, Any], ...] = field(default_factory=tuple)
    received_payload: Mapping[str, Any] = field(default_factory=dict)


def _summary(kind: str, p: Mapping[str, Any]) -> str:
    from commune_desk.domain.lifecycle import vn_moment
    from commune_desk.ui import labels

    if kind == "received":
        return QCoreApplication.translate("operations", "Hẹn trả %1").replace("%1", vn_moment(p.get("due_at"))) + f" · {p.get('procedure_name', '')}"
    if kind == "assigned":
        return QCoreApplication.translate("operations", "Chuyển cho %1").replace("%1", str(p.get("to", ""))) + (f" — {p['note']}" if p.get("note") else "")
    if kind == "supplement_requested":
        items = "; ".join(str(i) for i in p.get("items", []))
        return (QCoreApplication.translate("operations", "Cần bổ sung: %1. Lý do: %2").replace("%1", items)
                .replace("%2", str(p.get("reason", ""))))
    if kind == "supplement_received":
        return str(p.get("note", ""))
    if kind == "refused":
        return str(p.get("reasons", ""))
    if kind == "rescheduled":
        return (QCoreApplication.translate("operations", "Hẹn lại %1. Lý do: %2").replace("%1", vn_moment(p.get("new_due_at")))
                .replace("%2", str(p.get("reason", ""))))
    if kind == "resolved":
        return labels.label(labels.OUTCOME, p.get("outcome")) + (
            f" — {p['note']}" if p.get("note") else "")
    if kind == "returned":
        return labels.label(labels.RETURN_METHOD, p.get("method")) + (
            f" — {p['note']}" if p.get("note") else "")
    if kind == "withdrawn":
        return str(p.get("reason", ""))
    if kind == "rated":
        return labels.label(labels.RATING, p.get("level"))
    if kind == "corrected":
        from commune_desk.domain.lifecycle import APPLICANT_FIELD_LABELS

        parts = [f"{APPLICANT_FIELD_LABELS.get(k, k)}: {v}" for k, v in p.items()
                 if k in APPLICANT_FIELD_LABELS]
        return "; ".join(parts) + (QCoreApplication.translate("operations", " (lý do: %1)").replace("%1", str(p["reason"]))
                                 if p.get("reason") else "")
    if kind == "attachment_added":
        return f"{p.get('name', '')} ({int(p.get('size', 0)) // 1024} KB)"
    return ""


def load_detail(ctx: DeskContext, dossier_id: str) -> DossierDetail:
    from commune_desk.domain.deadlines import remaining_working_minutes
    from commune_desk.domain.lifecycle import fold
    from commune_desk.services.dossiers import get_events

    events = get_events(ctx.store, dossier_id)
    state = fold(events)
    if state is None:
        raise UserError(QCoreApplication.translate("operations", "Không tìm thấy hồ sơ."))
    remaining = None
    if state.is_open and state.due_at and state.paused_since is None and ctx.calendar:
        try:
            remaining = remaining_working_minutes(
                ctx.clock(), dt.datetime.fromisoformat(state.due_at), ctx.calendar())
        except ValueError:
            remaining = None
    timeline = tuple(TimelineEntry(e.kind, e.occurred_at, e.actor, _summary(e.kind, e.payload),
                                   e.desk_id) for e in events)
    attachments = tuple(e.payload for e in events if e.kind == "attachment_added")
    received = next((e.payload for e in events if e.kind == "received"), {})
    return DossierDetail(state, timeline, remaining, attachments, received)


def run_action(ctx: DeskContext, name: str, dossier_id: str, **kwargs: Any) -> Any:
    """Call the dossier service ``name(store, actor, dossier_id, **kwargs)`` (one transaction)."""
    from commune_desk.services import dossiers as svc

    fn = getattr(svc, name)
    if "calendar" in inspect.signature(fn).parameters:  # the desk's one calendar provider
        kwargs["calendar"] = ctx.calendar
    return fn(ctx.store, ctx.actor, dossier_id, now=ctx.clock().replace(microsecond=0), **kwargs)


# --- attachments ---------------------------------------------------------------------------
def attach_file(ctx: DeskContext, dossier_id: str, source: str | Path,
                token: CancelToken | None = None) -> ActionResult:
    """Attach a scan through the service (copy by hash, row and event in one transaction)."""
    from commune_desk.services.attachments import attach_file as attach

    return attach(ctx.store, ctx.actor, dossier_id, source,
                  now=ctx.clock().replace(microsecond=0),
                  check=token.check if token is not None else None)
