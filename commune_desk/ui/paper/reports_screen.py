"""The "Báo cáo" screen: choose a report and a period, build it on a worker, preview, print, save."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from commune_desk.domain.periods import (
    KIND_LABELS,
    Period,
    PeriodError,
    PeriodKind,
    current_period,
    custom_period,
    periods_of_year,
)
from commune_desk.domain.text import QT_TRANSLATE_NOOP
from commune_desk.domain.vntime import vn_now
from commune_desk.ui.datefield import DateField
from commune_desk.ui.messages import tr_message, ui_message
from commune_desk.ui.paper.preview import load_pdf, print_pdf, write_atomically
from commune_desk.ui.workers import CancelToken, TaskRunner

log = logging.getLogger(__name__)

REPORT = "ii06a"
LEDGER = "ledger"
BRIEF = "brief"
REPORT_LABELS = {
    REPORT: QT_TRANSLATE_NOOP("ReportsScreen", "Tình hình giải quyết TTHC (Biểu II.06a)"),
    LEDGER: QT_TRANSLATE_NOOP("ReportsScreen", "Sổ theo dõi hồ sơ (Mẫu 07)"),
    BRIEF: QT_TRANSLATE_NOOP("ReportsScreen", "Báo cáo nhanh tuần (lãnh đạo)"),
}
_KINDS = (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.HALF, PeriodKind.NINE_MONTHS,
          PeriodKind.YEAR, PeriodKind.WEEK, PeriodKind.CUSTOM)


@dataclass(frozen=True)
class BuiltPaper:
    report: str
    period: Period
    data: Any
    pdf: bytes


def build_paper(store: Any, report: str, period: Period, *, live: bool,
                token: CancelToken | None = None, now: datetime | None = None,
                preparer: str = "") -> BuiltPaper:
    """Runs on a worker: the data from the store, then the PDF."""
    from commune_desk.services import reporting

    progress = token.progress if token is not None else (lambda _d, _t: None)
    data: Any
    if report == REPORT:
        data = reporting.report_data(store, period, use_snapshot=not live, progress=progress,
                                     now=now, preparer=preparer)
        pdf = reporting.render_report(data, "pdf")
    elif report == LEDGER:
        progress(0, 2)
        data = reporting.ledger_data(store, period, now=now)
        progress(1, 2)
        pdf = reporting.render_ledger(data, "pdf")
    else:
        data = reporting.brief_data(store, period, progress=progress, now=now)
        pdf = reporting.render_brief(data)
    if token is not None:
        token.check()
    return BuiltPaper(report, period, data, pdf)


class ReportsScreen(QWidget):
    """Reports and ledger: pick, build (worker, progress), preview, print, save PDF or Excel."""

    built = Signal(object)  # BuiltPaper
    failed = Signal(str)

    def __init__(self, store: Any, runner: TaskRunner | None = None, actor: Any = None,
                 parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.actor = actor
        self.runner = runner or TaskRunner(self)
        self.clock = clock or vn_now
        self.today = self.clock().date()
        self.current: BuiltPaper | None = None
        self._token: CancelToken | None = None
        self._buffer: Any = None

        self.report_combo = QComboBox(self)
        for key, label in REPORT_LABELS.items():
            self.report_combo.addItem(self.tr(label), key)
        self.kind_combo = QComboBox(self)
        for kind in _KINDS:
            self.kind_combo.addItem(QCoreApplication.translate("labels", KIND_LABELS[kind]), kind.value)
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(self.today.year)
        self.period_combo = QComboBox(self)
        self.from_edit = DateField(None, self)
        self.to_edit = DateField(None, self)
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
        first = QDate(self.today.year, self.today.month, 1)
        self.from_edit.setDate(first)
        self.to_edit.setDate(QDate(self.today.year, self.today.month, self.today.day))
        self.window_label = QLabel(self)
        self.live_check = QCheckBox(self.tr("Tính lại, bỏ qua số liệu đã chốt"), self)
        self.live_check.setToolTip(self.tr("Kỳ đã kết thúc được chốt số liệu ở lần lập đầu tiên; "
                                   "đánh dấu để tính lại từ dữ liệu hiện tại."))
        self.build_button = QPushButton(self.tr("&Lập báo cáo"), self)
        self.cancel_button = QPushButton(self.tr("Dừng"), self)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.print_button = QPushButton("&In…", self)
        self.save_pdf_button = QPushButton(self.tr("Lưu &PDF…"), self)
        self.save_xlsx_button = QPushButton(self.tr("Lưu &Excel…"), self)
        for b in (self.print_button, self.save_pdf_button, self.save_xlsx_button):
            b.setEnabled(False)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        form = QFormLayout()
        form.addRow(self.tr("Loại báo cáo"), self.report_combo)
        form.addRow(self.tr("Kỳ"), self.kind_combo)
        form.addRow(self.tr("Năm"), self.year_spin)
        form.addRow(self.tr("Kỳ báo cáo"), self.period_combo)
        form.addRow(self.tr("Từ ngày"), self.from_edit)
        form.addRow(self.tr("Đến ngày"), self.to_edit)
        form.addRow("", self.window_label)
        form.addRow("", self.live_check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.build_button)
        buttons.addWidget(self.cancel_button)
        save = QHBoxLayout()
        for b in (self.print_button, self.save_pdf_button, self.save_xlsx_button):
            save.addWidget(b)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addLayout(buttons)
        left.addWidget(self.progress)
        left.addWidget(self.status)
        left.addLayout(save)
        left.addStretch(1)
        panel = QWidget(self)
        panel.setLayout(left)
        panel.setMaximumWidth(430)
        root = QHBoxLayout(self)
        root.addWidget(panel)
        root.addWidget(self.view, 1)

        self.report_combo.currentIndexChanged.connect(self._on_report_changed)
        self.kind_combo.currentIndexChanged.connect(self._refresh_periods)
        self.year_spin.valueChanged.connect(self._refresh_periods)
        self.period_combo.currentIndexChanged.connect(self._show_window)
        self.from_edit.dateChanged.connect(self._show_window)
        self.to_edit.dateChanged.connect(self._show_window)
        self.build_button.clicked.connect(self.build)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.save_pdf_button.clicked.connect(self._on_save_pdf_clicked)
        self.save_xlsx_button.clicked.connect(self._on_save_xlsx_clicked)
        self.kind_combo.setCurrentIndex(_KINDS.index(PeriodKind.QUARTER))
        self._refresh_periods()

    # --- choosing ------------------------------------------------------------------------

    def _kind(self) -> PeriodKind:
        return PeriodKind(self.kind_combo.currentData())

    def _on_report_changed(self) -> None:
        is_brief = self.report_combo.currentData() == BRIEF
        if is_brief:
            self.kind_combo.setCurrentIndex(_KINDS.index(PeriodKind.WEEK))
        self.kind_combo.setEnabled(not is_brief)
        self.live_check.setEnabled(self.report_combo.currentData() == REPORT)
        self.save_xlsx_button.setVisible(not is_brief)
        self._show_window()

    def period_text(self, p: Period) -> str:
        """The period's label in the desk's language (the domain's label is Vietnamese)."""
        year, _, part = p.key.partition("-")
        roman = {"Q1": "I", "Q2": "II", "Q3": "III", "Q4": "IV"}
        if p.kind is PeriodKind.MONTH and part.isdigit():
            text = self.tr("Tháng %1 năm %2").replace("%1", str(int(part)))
        elif p.kind is PeriodKind.QUARTER and part in roman:
            text = self.tr("Quý %1 năm %2").replace("%1", roman[part])
        elif p.kind is PeriodKind.HALF:
            text = self.tr("6 tháng đầu năm %2")
        elif p.kind is PeriodKind.NINE_MONTHS:
            text = self.tr("9 tháng năm %2")
        elif p.kind is PeriodKind.YEAR:
            text = self.tr("Năm %2")
        elif p.kind is PeriodKind.WEEK and part.startswith("W"):
            text = self.tr("Tuần %1 năm %2").replace("%1", str(int(part[1:])))
        else:
            return p.label
        return text.replace("%2", year)

    def _refresh_periods(self) -> None:
        kind = self._kind()
        custom = kind is PeriodKind.CUSTOM
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        if not custom:
            periods = periods_of_year(kind, self.year_spin.value())
            for p in periods:
                self.period_combo.addItem(self.period_text(p), p.key)
            current = current_period(kind, self.today)
            # Default to the last closed period: that is the report one is asked for.
            closed = [i for i, p in enumerate(periods) if p.end < self.today]
            index = next((i for i, p in enumerate(periods) if p.key == current.key), 0)
            if kind is not PeriodKind.WEEK and closed:
                index = closed[-1]
            self.period_combo.setCurrentIndex(index)
        self.period_combo.blockSignals(False)
        self.period_combo.setEnabled(not custom)
        self.year_spin.setEnabled(not custom)
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        self._show_window()

    def selected_period(self) -> Period:
        from commune_desk.domain.periods import parse_period

        if self._kind() is PeriodKind.CUSTOM:
            a, b = self.from_edit.date(), self.to_edit.date()
            return custom_period(date(a.year(), a.month(), a.day()),
                                 date(b.year(), b.month(), b.day()))
        key = self.period_combo.currentData()
        if not key:
            raise PeriodError(self.tr("Chưa chọn kỳ báo cáo."))
        return parse_period(str(key))

    def select_period(self, key: str) -> None:
        """Select a period by key ("2026-Q3", "2026-W48"), switching kind and year as needed."""
        from commune_desk.domain.periods import parse_period

        p = parse_period(key)
        self.kind_combo.setCurrentIndex(_KINDS.index(p.kind))
        year = int(p.key[:4])
        self.year_spin.setValue(year)
        index = self.period_combo.findData(p.key)
        if index >= 0:
            self.period_combo.setCurrentIndex(index)

    def _show_window(self) -> None:
        try:
            p = self.selected_period()
        except PeriodError as exc:
            self.window_label.setText(tr_message(str(exc)))
            return
        self.window_label.setText(self.tr("Từ %1 đến %2").replace("%1", f"{p.start:%d/%m/%Y}")
                                  .replace("%2", f"{p.end:%d/%m/%Y}"))

    # --- building ------------------------------------------------------------------------

    def build(self) -> CancelToken | None:
        """Build the chosen paper on a worker; ``built`` or ``failed`` follows."""
        try:
            period = self.selected_period()
        except PeriodError as exc:
            self._fail(tr_message(str(exc)))
            return None
        report = str(self.report_combo.currentData())
        if report == BRIEF and period.kind is not PeriodKind.WEEK:
            self._fail(self.tr("Báo cáo nhanh tuần cần chọn một tuần."))
            return None
        live = self.live_check.isChecked()
        store = self.store
        now = self.clock()
        # The person building signs as "Người lập biểu" (full name of the account).
        preparer = str(getattr(self.actor, "full_name", "") or "")
        self.status.setText(self.tr("Đang lập báo cáo…"))
        self.status.setStyleSheet("")
        self.progress.setRange(0, 0)
        self.build_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self._token = self.runner.submit(
            lambda token: build_paper(store, report, period, live=live, token=token, now=now,
                                      preparer=preparer),
            self._on_built, on_error=self._on_error, on_progress=self._on_progress)
        return self._token

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_built(self, paper: BuiltPaper) -> None:
        self._idle()
        self.progress.setValue(1)
        self.current = paper
        self.document.close()
        self._buffer = load_pdf(self.document, paper.pdf, self)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        note = ""
        if paper.report == REPORT:
            data = paper.data
            t = data.total
            note = (self.tr("Tiếp nhận %1, đã giải quyết %2, đang giải quyết %3.")
                    .replace("%1", str(t.received)).replace("%2", str(t.resolved))
                    .replace("%3", str(t.pending)))
            if data.provisional:
                note += " " + self.tr("Số liệu tạm tính (kỳ chưa kết thúc).")
            elif data.snapshot_at is not None:
                note += " " + self.tr("Số liệu chốt lúc %1.").replace(
                    "%1", f"{data.snapshot_at:%H:%M %d/%m/%Y}")
        self.status.setText((self.tr("Đã lập: %1.").replace("%1", self.period_text(paper.period))
                             + " " + note).strip())
        for b in (self.print_button, self.save_pdf_button, self.save_xlsx_button):
            b.setEnabled(True)
        self.built.emit(paper)

    def _on_error(self, exc: BaseException) -> None:

        self._idle()
        self._fail(ui_message(exc))

    def _fail(self, message: str) -> None:
        self.status.setText(message)
        self.status.setStyleSheet("color: #B00020;")
        self.failed.emit(message)

    def _idle(self) -> None:
        self._token = None
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.build_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _on_cancel_clicked(self) -> None:
        if self._token is not None:
            self._token.cancel()
        self._idle()
        self.status.setText(self.tr("Đã dừng."))

    # --- output --------------------------------------------------------------------------

    def suggested_name(self, ext: str) -> str:
        assert self.current is not None
        prefix = {REPORT: "bao-cao", LEDGER: "so-theo-doi", BRIEF: "bao-cao-tuan"}
        return f"{prefix[self.current.report]}-{self.current.period.key}.{ext}"

    def excel_bytes(self) -> bytes:
        from commune_desk.services import reporting

        assert self.current is not None
        if self.current.report == REPORT:
            return reporting.render_report(self.current.data, "xlsx")
        return reporting.render_ledger(self.current.data, "xlsx")

    def _on_print_clicked(self) -> None:
        if self.current is None:
            return
        size = self.document.pagePointSize(0) if self.document.pageCount() else None
        print_pdf(self.current.pdf, self, self.current.period.label, self.runner, size)

    def _save(self, ext: str, make: Any, filter_text: str) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        if self.current is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu thành"), self.suggested_name(ext),
                                              filter_text)
        if not path:
            return

        def done(content: bytes) -> None:
            try:
                write_atomically(Path(path), content)
            except OSError as exc:
                self._fail(self.tr("Không ghi được tệp: %1").replace("%1", str(exc.strerror or exc)))
                return
            self.status.setText(self.tr("Đã lưu %1.").replace("%1", path))

        self.runner.submit(lambda _t: make(), done, on_error=self._on_error)

    def _on_save_pdf_clicked(self) -> None:
        pdf = self.current.pdf if self.current else b""
        self._save("pdf", lambda: pdf, self.tr("Tệp PDF (*.pdf)"))

    def _on_save_xlsx_clicked(self) -> None:
        self._save("xlsx", self.excel_bytes, self.tr("Bảng tính Excel (*.xlsx)"))
