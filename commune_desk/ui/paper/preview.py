"""Print preview of a PDF (QtPdf), printing through QPrinter, saving; form preview on a worker."""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize, Qt
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commune_desk.errors import user_message
from commune_desk.ui.workers import CancelToken, TaskRunner

log = logging.getLogger(__name__)


def load_pdf(doc: QPdfDocument, pdf: bytes, owner: Any) -> QBuffer:
    """Load PDF bytes into ``doc`` from memory; the buffer must live as long as the document."""
    buf = QBuffer(owner)
    buf.setData(QByteArray(pdf))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    doc.load(buf)
    return buf


def print_pdf(doc: QPdfDocument, parent: QWidget | None, title: str) -> bool:
    """Ask for a printer and print every page at the printer's resolution (PDF keeps its margins)."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    if doc.pageCount() == 0:
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFullPage(True)
    first = doc.pagePointSize(0)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if first.width() > first.height()
                               else QPageLayout.Orientation.Portrait)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("In")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    render_to_printer(doc, printer)
    return True


def render_to_printer(doc: QPdfDocument, printer: Any) -> None:
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("Không mở được máy in.")
    try:
        dpi = printer.resolution()
        for page in range(doc.pageCount()):
            if page:
                printer.newPage()
            pts = doc.pagePointSize(page)
            size = QSize(round(pts.width() * dpi / 72), round(pts.height() * dpi / 72))
            image = doc.render(page, size)
            target = printer.pageLayout().fullRectPixels(dpi)
            scale = min(target.width() / size.width(), target.height() / size.height())
            painter.save()
            painter.scale(scale, scale)
            painter.drawImage(QPointF(0, 0), image)
            painter.restore()
    finally:
        painter.end()


def save_bytes(parent: QWidget | None, content: bytes, suggested: str, filter_text: str) -> str:
    """Ask where to save and write atomically; returns the path, or "" when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, "Lưu thành", suggested, filter_text)
    if not path:
        return ""
    write_atomically(Path(path), content)
    return path


def write_atomically(path: Path, content: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class PdfPreviewDialog(QDialog):
    """Shows a PDF with zoom, and offers In… (QPrinter) and Lưu thành…."""

    def __init__(self, pdf: bytes, title: str, suggested_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 1000)
        self.pdf = pdf
        self.suggested_name = suggested_name
        self.document = QPdfDocument(self)
        self._buffer = load_pdf(self.document, pdf, self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages_label = QLabel(f"{self.document.pageCount()} trang", self)
        self.print_button = QPushButton("&In…", self)
        self.save_button = QPushButton("&Lưu thành…", self)
        self.zoom_in = QPushButton("Phóng to", self)
        self.zoom_out = QPushButton("Thu nhỏ", self)
        self.fit = QPushButton("Vừa khổ", self)
        close = QPushButton("Đóng", self)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.zoom_in.clicked.connect(lambda: self._zoom(1.25))
        self.zoom_out.clicked.connect(lambda: self._zoom(0.8))
        self.fit.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        close.clicked.connect(self.reject)
        bar = QHBoxLayout()
        for w in (self.print_button, self.save_button, self.zoom_out, self.zoom_in, self.fit):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.pages_label)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.print_button.setDefault(True)

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.2, min(5.0, self.view.zoomFactor() * factor)))

    def _on_print_clicked(self) -> None:
        try:
            print_pdf(self.document, self, self.windowTitle())
        except OSError as exc:
            QMessageBox.warning(self, "Không in được", user_message(exc))

    def _on_save_clicked(self) -> None:
        try:
            save_bytes(self, self.pdf, self.suggested_name, "Tệp PDF (*.pdf)")
        except OSError as exc:
            QMessageBox.warning(self, "Không lưu được", f"Không ghi được tệp: {exc.strerror or exc}")


_SHARED: list[TaskRunner] = []


def _shared_runner() -> TaskRunner:
    """One runner for previews opened without one; kept alive for the application's life."""
    if not _SHARED:
        _SHARED.append(TaskRunner())
    return _SHARED[0]


@dataclass
class PreviewJob:
    """A form being built on a worker; ``dialog`` is set once it is shown, ``error`` on failure."""

    token: CancelToken | None = None
    dialog: PdfPreviewDialog | None = None
    error: str = ""


def open_form_preview(parent: QWidget | None, store: Any, dossier_code: str, form_no: str,
                      *, runner: TaskRunner | None = None,
                      on_error: Callable[[str], None] | None = None) -> PreviewJob:
    """Build form ``form_no`` of ``dossier_code`` on a worker, then show the print preview."""
    from commune_desk.services import printing

    runner = runner or _shared_runner()
    job = PreviewJob()

    def build(token: CancelToken) -> bytes:
        token.progress(0, 1)
        pdf = printing.print_form(store, dossier_code, form_no)
        token.progress(1, 1)
        return pdf

    def done(pdf: bytes) -> None:
        number = printing.normalize_form_number(form_no)
        title = f"Mẫu số {number} — {printing.FORM_LABELS.get(number, '')} — {dossier_code}"
        dialog = PdfPreviewDialog(pdf, title, f"{dossier_code}-mau{number}.pdf", parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        job.dialog = dialog
        dialog.show()

    def failed(exc: BaseException) -> None:

        job.error = user_message(exc)
        if on_error is not None:
            on_error(job.error)
        else:
            QMessageBox.warning(parent, "Không lập được mẫu", job.error)

    job.token = runner.submit(build, done, on_error=failed)
    return job
