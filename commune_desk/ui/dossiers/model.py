"""Paged table model over the dossiers projection (the shape of Anki's browser table).

A worker runs the filtered, sorted query and returns the ordered rowids; the model keeps only
those and fetches the rows of the pages the view asks for, on a worker, into a bounded cache.
``data()`` does no SQL and no formatting: a miss records the wanted page and returns a
placeholder; the page arrives by signal and the rows repaint. Every query carries a generation
number so an answer to an old filter or sort is dropped.
"""

from __future__ import annotations

import datetime as dt
import functools
from array import array
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from commune_desk.domain.listing import OPEN_STATUSES, SORTABLE, DossierRow, ListFilter, Sort
from commune_desk.domain.vntime import vn_now
from commune_desk.services import listing
from commune_desk.ui import labels
from commune_desk.ui.i18n import QT_TRANSLATE_NOOP, fmt_datetime, fmt_working_minutes, parse_iso
from commune_desk.ui.workers import CancelToken, TaskRunner

PAGE_SIZE = 100
MAX_CACHED_PAGES = 80

# (key, header) — key is also the sort key (domain.listing.SORTABLE) when sortable.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("code", QT_TRANSLATE_NOOP("DossierListModel", "Mã hồ sơ")),
    ("applicant_name", QT_TRANSLATE_NOOP("DossierListModel", "Người nộp")),
    ("procedure_name", QT_TRANSLATE_NOOP("DossierListModel", "Thủ tục")),
    ("field", QT_TRANSLATE_NOOP("DossierListModel", "Lĩnh vực")),
    ("status", QT_TRANSLATE_NOOP("DossierListModel", "Trạng thái")),
    ("received_at", QT_TRANSLATE_NOOP("DossierListModel", "Ngày nhận")),
    ("due_at", QT_TRANSLATE_NOOP("DossierListModel", "Hẹn trả")),
    ("remaining", QT_TRANSLATE_NOOP("DossierListModel", "Thời hạn")),
    ("assignee", QT_TRANSLATE_NOOP("DossierListModel", "Người xử lý")),
)
COLUMN_KEYS = tuple(k for k, _ in COLUMNS)

_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_DISPLAY = Qt.ItemDataRole.DisplayRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_USER = Qt.ItemDataRole.UserRole
_OVERDUE = QBrush(QColor("#b00020"))
_SOON = QBrush(QColor("#a15c00"))
_DONE = QBrush(QColor("#5f6368"))


@dataclass(frozen=True, slots=True)
class DisplayRow:
    """A list row, formatted on the worker so ``data()`` only looks things up."""

    rowid: int
    dossier_id: str
    code: str
    cells: tuple[str, ...]
    tone: str  # "overdue" | "soon" | "done" | ""


def format_rows(rows: dict[int, DossierRow], now: dt.datetime,
                remaining: Callable[[dt.datetime, dt.datetime], int | None]) -> dict[int, DisplayRow]:
    """Turn stored rows into display rows (runs on the worker)."""
    out: dict[int, DisplayRow] = {}
    for rid, r in rows.items():
        due = parse_iso(r.due_at)
        open_ = r.status in OPEN_STATUSES
        tone = ""
        if open_ and r.status == "waiting_supplement":
            term = labels.label(labels.STATUS, "waiting_supplement")
        elif open_ and due is not None:
            minutes = remaining(now, due)
            if minutes is None:
                term = ""
            else:
                term = fmt_working_minutes(minutes)
                if minutes < 0:
                    tone = "overdue"
                elif minutes <= 480:
                    tone = "soon"
        else:
            term = labels.label(labels.VERDICT, r.verdict)
            tone = "done"
            if r.verdict == "qua_han":
                tone = "overdue"
        cells = (
            r.code,
            r.applicant_name,
            r.procedure_name,
            r.field,
            labels.label(labels.STATUS, r.status),
            fmt_datetime(parse_iso(r.received_at)),
            fmt_datetime(due),
            term,
            r.assignee or "",
        )
        out[rid] = DisplayRow(rid, r.id, r.code, cells, tone)
    return out


class DossierListModel(QAbstractTableModel):
    """The whole archive as a table; rows are fetched by id, a page at a time, on workers."""

    ids_loaded = Signal(int)  # total rows after a new query
    loading_changed = Signal(bool)
    query_failed = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        store: Any,
        *,
        clock: Callable[[], dt.datetime] = vn_now,
        remaining: Callable[[dt.datetime, dt.datetime], int | None] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._store = store  # opaque: only handed to services.listing
        self._clock = clock
        self._remaining = remaining or (lambda now, due: int((due - now).total_seconds() // 60))
        self._ids: array[int] = array("q")
        self._pages: OrderedDict[int, dict[int, DisplayRow]] = OrderedDict()
        self._wanted: set[int] = set()
        self._in_flight: set[int] = set()
        self._generation = 0
        self._filter = ListFilter()
        self._sort = Sort()
        self._loading = False
        self._query_token: CancelToken | None = None
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(0)
        self._fetch_timer.timeout.connect(self._fetch_wanted)

    # --- queries ---------------------------------------------------------------------------
    @property
    def list_filter(self) -> ListFilter:
        return self._filter

    @property
    def list_sort(self) -> Sort:
        return self._sort

    @property
    def generation(self) -> int:
        return self._generation

    def set_query(self, flt: ListFilter | None = None, sort: Sort | None = None) -> None:
        """Run a new query on a worker; the model resets when its answer arrives."""
        if flt is not None:
            self._filter = flt
        if sort is not None:
            self._sort = sort
        self._generation += 1
        gen = self._generation
        flt_now, sort_now = self._filter, self._sort
        if self._query_token is not None:
            self._query_token.cancel()
        self._set_loading(True)
        now, remaining = self._clock(), self._remaining

        def job(token: CancelToken) -> tuple[array[int], dict[int, DisplayRow]]:
            # The first page comes with the ids, so the view paints once, with real rows.
            ids, rows = listing.first_page(self._store, flt_now, sort_now, PAGE_SIZE)
            return ids, format_rows(rows, now, remaining)

        self._query_token = self._runner.submit(
            job,
            lambda result: self._on_ids(gen, *result),
            on_error=lambda exc: self._on_query_error(gen, exc),
        )

    def refresh(self) -> None:
        """Re-run the current query (after a write that may have changed what matches)."""
        self.set_query()

    def refresh_rows(self, dossier_ids: set[str] | None = None) -> None:
        """Drop cached pages (those holding ``dossier_ids``, or all) so they are fetched again."""
        if dossier_ids is None:
            pages = list(self._pages)
        else:
            pages = [p for p, rows in self._pages.items()
                     if any(r.dossier_id in dossier_ids for r in rows.values())]
        for page in pages:
            self._pages.pop(page, None)
            first = page * PAGE_SIZE
            last = min(first + PAGE_SIZE, len(self._ids)) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def _on_ids(self, gen: int, ids: array[int], first_page: dict[int, DisplayRow] | None = None) -> None:
        if gen != self._generation:
            return  # an answer to an older filter or sort
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        if first_page:
            self._pages[0] = first_page
        self._wanted.clear()
        self._in_flight.clear()
        self.endResetModel()
        self._set_loading(False)
        self.ids_loaded.emit(len(ids))

    def _on_query_error(self, gen: int, exc: BaseException) -> None:
        if gen == self._generation:
            self._set_loading(False)
            self.query_failed.emit(exc)

    def _set_loading(self, value: bool) -> None:
        if value != self._loading:
            self._loading = value
            self.loading_changed.emit(value)

    @property
    def loading(self) -> bool:
        return self._loading

    # --- pages -----------------------------------------------------------------------------
    def _row(self, row: int) -> DisplayRow | None:
        page = row // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            if page not in self._in_flight and page not in self._wanted:
                self._wanted.add(page)
                if not self._fetch_timer.isActive():
                    self._fetch_timer.start()
            return None
        return rows.get(self._ids[row])

    def _fetch_wanted(self) -> None:
        gen = self._generation
        now = self._clock()
        remaining = self._remaining
        for page in sorted(self._wanted):
            if page in self._in_flight or page in self._pages:
                continue
            first = page * PAGE_SIZE
            page_ids = list(self._ids[first:first + PAGE_SIZE])
            if not page_ids:
                continue
            self._in_flight.add(page)

            def job(token: CancelToken, page_ids: list[int] = page_ids) -> dict[int, DisplayRow]:
                rows = listing.rows_by_ids(self._store, page_ids)
                return format_rows(rows, now, remaining)

            self._runner.submit(job, functools.partial(self._on_page, gen, page),
                                on_error=functools.partial(self._on_page_error, gen, page))
        self._wanted.clear()

    def _on_page(self, gen: int, page: int, rows: dict[int, DisplayRow]) -> None:
        if gen != self._generation:
            return
        self._in_flight.discard(page)
        self._pages[page] = rows
        self._pages.move_to_end(page)
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        first = page * PAGE_SIZE
        last = min(first + PAGE_SIZE, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def _on_page_error(self, gen: int, page: int, exc: BaseException) -> None:
        if gen == self._generation:
            self._in_flight.discard(page)
            self.query_failed.emit(exc)

    # --- lookups for the screen -----------------------------------------------------------
    def rowid_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def dossier_id_at(self, row: int) -> str | None:
        if not 0 <= row < len(self._ids):
            return None
        rows = self._pages.get(row // PAGE_SIZE)
        item = rows.get(self._ids[row]) if rows else None
        return item.dossier_id if item else None

    def row_of_rowid(self, rowid: int) -> int | None:
        try:
            return self._ids.index(rowid)
        except ValueError:
            return None

    def is_loaded(self, row: int) -> bool:
        return (row // PAGE_SIZE) in self._pages

    # --- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == _DISPLAY:
            item = self._row(index.row())
            if item is None:
                return "…" if index.column() == 0 else ""
            return item.cells[index.column()]
        if role == _FOREGROUND:
            rows = self._pages.get(index.row() // PAGE_SIZE)
            item = rows.get(self._ids[index.row()]) if rows else None
            if item is None or not item.tone:
                return None
            if item.tone == "overdue" and index.column() in (6, 7):
                return _OVERDUE
            if item.tone == "soon" and index.column() in (6, 7):
                return _SOON
            if item.tone == "done":
                return _DONE
            return None
        if role == _USER:
            rows = self._pages.get(index.row() // PAGE_SIZE)
            item = rows.get(self._ids[index.row()]) if rows else None
            return item.dossier_id if item else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(COLUMNS):
                return self.tr(COLUMNS[section][1])
            return None
        return str(section + 1)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else _NO_FLAGS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMN_KEYS[column] if 0 <= column < len(COLUMNS) else "received_at"
        if key == "remaining":
            key = "due_at"
        if key not in SORTABLE:
            return
        self.set_query(sort=Sort(key, order == Qt.SortOrder.DescendingOrder))
