"""The dossier list screen: filters, search box and the paged table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from commune_desk.domain.listing import (
    ALL_STATUSES,
    OPEN_STATUSES,
    SORTABLE,
    FilterChoices,
    ListFilter,
)
from commune_desk.errors import user_message
from commune_desk.services import listing
from commune_desk.services.changes import Changes
from commune_desk.ui import labels
from commune_desk.ui.context import DeskContext
from commune_desk.ui.datefield import DateField
from commune_desk.ui.dossiers.model import COLUMN_KEYS, DossierListModel
from commune_desk.ui.dossiers.search import SearchBox
from commune_desk.ui.i18n import QT_TRANSLATE_NOOP, fmt_int

WORKLIST_TITLES = {
    "overdue": QT_TRANSLATE_NOOP("DossierListScreen", "Quá hạn"),
    "due_today": QT_TRANSLATE_NOOP("DossierListScreen", "Đến hạn hôm nay"),
    "due_soon": QT_TRANSLATE_NOOP("DossierListScreen", "Đến hạn trong 1 ngày làm việc"),
    "waiting_supplement": QT_TRANSLATE_NOOP("DossierListScreen", "Chờ bổ sung"),
    "mine": QT_TRANSLATE_NOOP("DossierListScreen", "Được giao cho tôi"),
}


def _day(edit: DateField) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


class DossierListScreen(QWidget):
    """Browse the archive. Enter or double-click opens a dossier."""

    open_requested = Signal(str)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._selected_rowid: int | None = None
        self._worklist: str | None = None
        self.model = DossierListModel(ctx.runner, ctx.store, clock=ctx.clock,
                                      remaining=self._remaining_fn(), parent=self)

        self.search = SearchBox(ctx.runner, ctx.store, self)
        self.search.setAccessibleName(self.tr("Tìm hồ sơ"))
        self.search.setObjectName("dossierSearch")
        self.status_box = QComboBox(self)
        self.status_box.addItem(self.tr("Mọi trạng thái"), None)
        self.status_box.addItem(self.tr("Đang mở (chưa xong)"), OPEN_STATUSES)
        for key in ALL_STATUSES:
            self.status_box.addItem(labels.label(labels.STATUS, key), (key,))
        self.procedure_box = QComboBox(self)
        self.procedure_box.setMinimumContentsLength(18)
        self.procedure_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.field_box = QComboBox(self)
        self.assignee_box = QComboBox(self)
        self._reset_choice_boxes()
        self.use_dates = QCheckBox(self.tr("Nhận từ"), self)
        today = QDate.currentDate()
        self.date_from = DateField(today.addMonths(-1), self)
        self.date_to = DateField(today, self)
        self.date_from.setAccessibleName(self.tr("Nhận từ ngày"))
        self.date_to.setAccessibleName(self.tr("Nhận đến ngày"))
        for d in (self.date_from, self.date_to):
            d.setDisplayFormat("dd/MM/yyyy")
            d.setCalendarPopup(True)
            d.setEnabled(False)
        self.worklist_label = QLabel(self)
        self.clear_worklist = QPushButton(self.tr("Bỏ lọc việc cần làm"), self)
        self.clear_worklist.setVisible(False)
        self.count_label = QLabel(self)

        self.view = QTableView(self)
        self.view.setObjectName("dossierTable")
        self.view.setAccessibleName(self.tr("Danh sách hồ sơ"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        vh = self.view.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # fixed row height: no measuring
        vh.setDefaultSectionSize(self.fontMetrics().height() + 8)
        hh = self.view.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        for col, width in enumerate((190, 170, 260, 110, 120, 120, 120, 150, 90)):
            self.view.setColumnWidth(col, width)
        self.view.setSortingEnabled(False)
        hh.setSortIndicatorShown(True)
        hh.setSectionsClickable(True)
        hh.setSortIndicator(5, Qt.SortOrder.DescendingOrder)
        hh.sortIndicatorChanged.connect(self._on_header_sort_changed)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status_box, 1)
        filters.addWidget(self.procedure_box, 2)
        filters.addWidget(self.field_box, 1)
        filters.addWidget(self.assignee_box, 1)
        dates = QHBoxLayout()
        dates.addWidget(self.use_dates)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("đến"), self))
        dates.addWidget(self.date_to)
        dates.addSpacing(16)
        dates.addWidget(self.worklist_label)
        dates.addWidget(self.clear_worklist)
        dates.addStretch(1)
        dates.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(dates)
        layout.addWidget(self.view, 1)

        self.search.text_search.connect(self._on_search_text_search)
        self.search.installEventFilter(self)  # Down / Enter go on into the results
        self._into_results = False
        self.search.dossier_found.connect(self.open_requested)
        for box in (self.status_box, self.procedure_box, self.field_box, self.assignee_box):
            box.currentIndexChanged.connect(self._on_filter_changed)
        self.use_dates.toggled.connect(self._on_use_dates_toggled)
        self.date_from.dateChanged.connect(self._on_filter_changed)
        self.date_to.dateChanged.connect(self._on_filter_changed)
        self.clear_worklist.clicked.connect(self._on_clear_worklist_clicked)
        self.view.activated.connect(self._on_view_activated)
        self.view.doubleClicked.connect(self._on_view_activated)
        self.model.ids_loaded.connect(self._on_model_ids_loaded)
        self.model.loading_changed.connect(self._on_model_loading_changed)
        self.model.query_failed.connect(self._on_model_query_failed)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        ctx.events.changed.connect(self._on_events_changed)
        self._text = ""

    # --- setup -----------------------------------------------------------------------------
    def _remaining_fn(self) -> Callable[[dt.datetime, dt.datetime], int | None] | None:
        calendar = self.ctx.calendar
        if calendar is None:
            return None
        from commune_desk.domain.deadlines import remaining_working_minutes

        def remaining(now: dt.datetime, due: dt.datetime) -> int | None:
            try:
                return remaining_working_minutes(now, due, calendar())
            except ValueError:  # a year the calendar does not cover
                return None

        return remaining

    def _reset_choice_boxes(self) -> None:
        for box, text in ((self.procedure_box, self.tr("Mọi thủ tục")),
                          (self.field_box, self.tr("Mọi lĩnh vực")),
                          (self.assignee_box, self.tr("Mọi người xử lý"))):
            box.blockSignals(True)
            box.clear()
            box.addItem(text, None)
            box.blockSignals(False)

    def load_choices(self) -> None:
        """Fill the filter boxes from the archive (on a worker)."""
        self.ctx.runner.submit(lambda _t: listing.filter_choices(self.ctx.store), self._on_choices)

    def _on_choices(self, choices: FilterChoices) -> None:
        for box, items in ((self.procedure_box, [(n, c) for c, n in choices.procedures]),
                           (self.field_box, [(f, f) for f in choices.fields]),
                           (self.assignee_box, [(a, a) for a in choices.assignees])):
            current = box.currentData()
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for text, data in items:
                box.addItem(text, data)
            idx = box.findData(current)
            box.setCurrentIndex(max(0, idx))
            box.blockSignals(False)

    # --- queries ---------------------------------------------------------------------------
    def current_filter(self) -> ListFilter:
        statuses = self.status_box.currentData() or ()
        now = self.ctx.clock()
        horizon = None
        if self._worklist == "due_soon" and self.ctx.calendar is not None:
            try:
                horizon = self.ctx.calendar().next_working_day(now.date())
            except ValueError:
                horizon = None
        return ListFilter(
            statuses=tuple(statuses),
            procedure_code=self.procedure_box.currentData(),
            field=self.field_box.currentData(),
            assignee=self.assignee_box.currentData(),
            received_from=_day(self.date_from) if self.use_dates.isChecked() else None,
            received_to=_day(self.date_to) if self.use_dates.isChecked() else None,
            text=self._text,
            worklist=self._worklist,
            now=now,
            soon_horizon=horizon,
            login=self.ctx.actor.login,
        )

    def reload(self) -> None:
        self.model.set_query(self.current_filter())

    def show_worklist(self, kind: str | None) -> None:
        """Open the list filtered by one of the front page's buckets."""
        self._worklist = kind
        self.worklist_label.setText(
            self.tr("Việc cần làm: %1").replace("%1", self._worklist_title(kind)) if kind else "")
        self.clear_worklist.setVisible(kind is not None)
        if kind is not None:
            self._clear_filters()
        self.reload()

    def show_filtered(self, *, field: str | None = None, assignee: str | None = None,
                      open_only: bool = False, received_on: dt.date | None = None) -> None:
        """Open the list on exactly what a dashboard bar counts (all other filters cleared)."""
        self._worklist = None
        self.worklist_label.setText("")
        self.clear_worklist.setVisible(False)
        self._clear_filters()
        for box, value in ((self.field_box, field), (self.assignee_box, assignee)):
            if value is None:
                continue
            box.blockSignals(True)
            if box.findData(value) < 0:
                box.addItem(value, value)
            box.setCurrentIndex(box.findData(value))
            box.blockSignals(False)
        if open_only:
            self.status_box.blockSignals(True)
            self.status_box.setCurrentIndex(1)  # "Đang mở (chưa xong)"
            self.status_box.blockSignals(False)
        if received_on is not None:
            for edit in (self.date_from, self.date_to):
                edit.setDate(QDate(received_on.year, received_on.month, received_on.day))
            self.use_dates.blockSignals(True)
            self.use_dates.setChecked(True)
            self.use_dates.blockSignals(False)
            self.date_from.setEnabled(True)
            self.date_to.setEnabled(True)
        self.reload()

    def _worklist_title(self, kind: str) -> str:
        if kind == "mine" and getattr(self.ctx.actor.role, "value", None) == "leader":
            return self.tr("Chờ tôi duyệt/ký")
        return self.tr(WORKLIST_TITLES[kind])

    def _clear_filters(self) -> None:
        """A bucket shows exactly its dossiers: no earlier search, status, field or date filter."""
        for box in (self.status_box, self.procedure_box, self.field_box, self.assignee_box):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.use_dates.blockSignals(True)
        self.use_dates.setChecked(False)
        self.use_dates.blockSignals(False)
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)
        self.search.cancel_pending()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._text = ""

    def _on_header_sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        key = COLUMN_KEYS[column] if 0 <= column < len(COLUMN_KEYS) else ""
        if key == "remaining":
            key = "due_at"
        if key not in SORTABLE:
            # Not indexed: put the indicator back rather than start a minute-long sort.
            current = self.model.list_sort
            hh = self.view.horizontalHeader()
            hh.blockSignals(True)
            col = COLUMN_KEYS.index(current.column) if current.column in COLUMN_KEYS else 5
            hh.setSortIndicator(col, Qt.SortOrder.DescendingOrder if current.descending
                                else Qt.SortOrder.AscendingOrder)
            hh.blockSignals(False)
            self.count_label.setText(self.tr("Không sắp xếp được theo cột này."))
            return
        self.model.sort(column, order)

    def _on_search_text_search(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.reload()

    def _on_filter_changed(self, *_args: object) -> None:
        self.reload()

    def _on_use_dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.reload()

    def _on_clear_worklist_clicked(self) -> None:
        self.show_worklist(None)

    def _on_view_activated(self, index) -> None:  # type: ignore[no-untyped-def]
        dossier_id = self.model.dossier_id_at(index.row())
        if dossier_id:
            self.open_requested.emit(dossier_id)

    def _on_model_loading_changed(self, loading: bool) -> None:
        if loading:
            self.count_label.setText(self.tr("Đang tải…"))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down:
                self.focus_results()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # The search runs (SearchBox); its results take the focus once they are in.
                self._into_results = True
                if self.search.text().strip() == self._text and self.model.rowCount() > 0:
                    self.focus_results()  # the typed search already shows: go straight in
        return super().eventFilter(obj, event)

    def focus_results(self) -> None:
        """Put the keyboard in the result list, on the current (or first) row."""
        self._into_results = False
        if self.model.rowCount() == 0:
            return
        self.view.setFocus()
        if not self.view.currentIndex().isValid():
            self.view.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def _on_model_ids_loaded(self, total: int) -> None:
        self.count_label.setText(self.tr("%1 hồ sơ").replace("%1", fmt_int(total)))
        if self._into_results:
            self.focus_results()
        if self._selected_rowid is not None:
            row = self.model.row_of_rowid(self._selected_rowid)
            if row is not None:
                self.view.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self.view.scrollTo(self.model.index(row, 0))

    def _on_model_query_failed(self, exc: BaseException) -> None:
        self.count_label.setText(self.tr("Lỗi khi tải danh sách"))
        self.ctx.events.message.emit("error", user_message(exc))

    def _remember_selection(self) -> None:
        current = self.view.currentIndex()
        self._selected_rowid = self.model.rowid_at(current.row()) if current.isValid() else None

    def _on_events_changed(self, changes: Changes) -> None:
        if changes.catalog:
            self.load_choices()
        if not (changes.dossiers or changes.calendar):
            return
        # A write or a pull may move a dossier in or out of the filter, a new calendar moves
        # the time left: re-run the query (cheap, on a worker) only when this screen is
        # visible; otherwise just drop the cached rows.
        if self.isVisible():
            self.reload()
        else:
            many = changes.many_dossiers or changes.calendar
            self.model.refresh_rows(None if many else set(changes.dossier_ids))
            self._stale = True

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self._stale = False
            self.reload()
