"""The dossier list, the worklist counts and the search box's lookups, each in one read snapshot.

Screens call these on a worker with the opaque store handle; the plain types they exchange
(``ListFilter``, ``Sort``, ``DossierRow`` …) live in ``domain.listing``.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Iterable
from typing import TYPE_CHECKING

from commune_desk.domain.listing import DossierRow, FilterChoices, ListFilter, Sort, WorklistCounts
from commune_desk.store import list_queries as lq

if TYPE_CHECKING:
    from commune_desk.store.engine import Store


def first_page(store: Store, flt: ListFilter, sort: Sort,
               page_size: int) -> tuple[array[int], dict[int, DossierRow]]:
    """The ordered row ids of a list and the rows of its first page, from one snapshot."""
    with store.read() as session:
        ids = lq.ordered_ids(session, flt, sort)
        return ids, lq.rows_by_ids(session, ids[:page_size])


def rows_by_ids(store: Store, ids: Iterable[int]) -> dict[int, DossierRow]:
    """The list rows for these row ids (one page), keyed by row id."""
    with store.read() as session:
        return lq.rows_by_ids(session, ids)


def worklist_counts(store: Store, *, now: dt.datetime, soon_horizon: dt.date,
                    login: str | None) -> WorklistCounts:
    with store.snapshot() as conn:  # Core only: this is the query the first paint waits for
        return lq.worklist_counts(conn, now=now, soon_horizon=soon_horizon, login=login)


def filter_choices(store: Store) -> FilterChoices:
    with store.read() as session:
        return lq.filter_choices(session)


def dossier_id_by_code(store: Store, code: str) -> str | None:
    with store.read() as session:
        return lq.dossier_id_by_code(session, code)


def dossier_ids_by_personal_id(store: Store, id_number: str) -> list[str]:
    with store.read() as session:
        return lq.dossier_ids_by_personal_id(session, id_number)
