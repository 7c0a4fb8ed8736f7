"""Print preview of a PDF (QtPdf), printing through QPrinter, saving; form preview on a worker."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPointF,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter
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
from shiboken6 import isValid

from commune_desk.errors import UserError
from commune_desk.ui.messages import ui_message
from commune_desk.ui.workers import CancelToken, TaskRunner

log = logging.getLogger(__name__)


def load_pdf(doc: QPdfDocument, pdf: bytes, owner: Any) -> QBuffer:
    """Load PDF bytes into ``doc`` from memory; the buffer must live as long as the document."""
    buf = QBuffer(owner)
    buf.setData(QByteArray(pdf))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    doc.load(buf)
    return buf


BAND_ROWS = 200
PRINT_DPI = 300  # enough for text and QR codes; a one-page A4 raster is ~35 MB, not 540 MB


def printer_for(page_size_pts: QSizeF | None, title: str,
                mode: Any = None) -> Any:
    """A printer set to the paper's own size and orientation (an A5 slip asks for A5 paper,
    not A4 enlarged); the print dialog starts from it."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.PrinterResolution if mode is None else mode)
    printer.setDocName(title)
    printer.setFullPage(True)
    if page_size_pts is not None:
        w, h = sorted((page_size_pts.width(), page_size_pts.height()))
        printer.setPageSize(QPageSize(QSizeF(w, h), QPageSize.Unit.Point, "",
                                      QPageSize.SizeMatchPolicy.FuzzyMatch))
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape if page_size_pts.width() > page_size_pts.height()
            else QPageLayout.Orientation.Portrait)
    return printer


def choose_printer(page_size_pts: QSizeF | None, parent: QWidget | None, title: str) -> Any:
    """Ask for a printer on the UI thread; returns the configured QPrinter, or None."""
    from PySide6.QtPrintSupport import QPrintDialog

    printer = printer_for(page_size_pts, title)
    # Qt's Unix dialog proposes "<docName minus its last .suffix>.pdf" as the file to print to,
    # which cut a dossier code such as 000.00.04.H40-2026-00001 at its last dot.
    printer.setDocName(dialog_doc_name(title))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("paper", "In"))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    printer.setDocName(title)  # the print queue's job title stays the paper's own name
    return printer if accepted else None


def dialog_doc_name(title: str) -> str:
    """The document name the print dialog starts from: ends in ".pdf", so the default output
    file Qt derives from it (text before the last dot + ".pdf") is the whole title."""
    return title if title.lower().endswith(".pdf") else f"{title}.pdf"


def send_to_printer(pdf: bytes, printer: Any, token: CancelToken | None = None) -> str:
    """Send a PDF to ``printer``; runs on a worker. Returns how it was sent ("vector"/"raster").

    A real print queue on a CUPS system gets the vector PDF itself through ``lp`` (CUPS prints
    PDF natively: exact, small, fast). Anything else (Windows, a PDF file, no ``lp``) gets the
    pages rendered at PRINT_DPI — never at the printer's 1200 dpi, which made a 5 MB job.
    """
    from PySide6.QtPrintSupport import QPrinter

    native = printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
    lp = shutil.which("lp")
    if native and lp and sys.platform != "win32" and printer.printerName():
        args = [lp, "-d", printer.printerName(), "-t", printer.docName() or "commune-desk",
                "-n", str(max(1, printer.copyCount()))]
        done = subprocess.run(args, input=pdf, capture_output=True, timeout=60, check=False)
        if done.returncode != 0:
            raise PrintError(QCoreApplication.translate(
                "paper", "Máy in không nhận lệnh in: %1").replace(
                "%1", done.stderr.decode(errors="replace").strip()[:200]))
        return "vector"
    _render_pages(pdf, printer, token)
    return "raster"


def _render_pages(pdf: bytes, printer: Any, token: CancelToken | None) -> None:
    # A document of this thread's own, loaded from a file (synchronous, unlike a QIODevice).
    fd, tmp = tempfile.mkstemp(suffix=".pdf")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(pdf)
        doc = QPdfDocument()
        doc.load(tmp)
        pages = doc.pageCount()
        if pages == 0:
            raise PrintError(QCoreApplication.translate("paper", "Tài liệu không có trang nào để in."))
        printer.setResolution(PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError(QCoreApplication.translate("paper", "Không mở được máy in."))
        try:
            for page in range(pages):
                if token is not None:
                    token.check()
                    token.progress(page, pages)
                if page:
                    printer.newPage()
                pts = doc.pagePointSize(page)
                size = QSize(round(pts.width() * PRINT_DPI / 72), round(pts.height() * PRINT_DPI / 72))
                image = doc.render(page, size)
                target = printer.pageLayout().fullRectPixels(printer.resolution())
                scale = min(target.width() / size.width(), target.height() / size.height())
                painter.save()
                painter.scale(scale, scale)
                # In bands: one drawImage of a whole page holds the GIL for ~0.3 s while the
                # print engine converts it; bands of 200 rows let the UI thread in between.
                for top in range(0, image.height(), BAND_ROWS):
                    rows = min(BAND_ROWS, image.height() - top)
                    painter.drawImage(QPointF(0, top), image.copy(0, top, image.width(), rows))
                painter.restore()
        finally:
            painter.end()
        doc.close()
    finally:
        Path(tmp).unlink(missing_ok=True)


def print_pdf(pdf: bytes, parent: QWidget | None, title: str, runner: TaskRunner,
              page_size_pts: QSizeF | None = None,
              on_done: Callable[[str], None] | None = None,
              on_error: Callable[[str], None] | None = None) -> CancelToken | None:
    """Ask for a printer, then send the PDF on a worker; the UI thread never waits for it."""
    printer = choose_printer(page_size_pts, parent, title)
    if printer is None:
        return None
    return submit_print(pdf, printer, runner, on_done=on_done, on_error=on_error, parent=parent)


def submit_print(pdf: bytes, printer: Any, runner: TaskRunner, *,
                 on_done: Callable[[str], None] | None = None,
                 on_error: Callable[[str], None] | None = None,
                 parent: QWidget | None = None) -> CancelToken:
    """Send ``pdf`` to an already chosen printer on the runner's read pool."""
    jobs = _PRINTERS
    jobs.append(printer)  # the QPrinter must outlive the worker that paints on it

    def finished(how: str) -> None:
        if printer in jobs:
            jobs.remove(printer)
        if on_done is not None:
            on_done(how)

    def failed(exc: BaseException) -> None:
        if printer in jobs:
            jobs.remove(printer)
        text = ui_message(exc)
        if on_error is not None:
            on_error(text)
        else:
            QMessageBox.warning(parent, QCoreApplication.translate("paper", "Không in được"), text)

    return runner.submit(lambda token: send_to_printer(pdf, printer, token), finished,
                         on_error=failed)


_PRINTERS: list[Any] = []


class PrintError(UserError, OSError):
    """The printer refused or could not be opened; the message is Vietnamese."""


def save_bytes(parent: QWidget | None, content: bytes, suggested: str, filter_text: str) -> str:
    """Ask where to save and write atomically; returns the path, or "" when cancelled."""
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("PdfPreviewDialog", "Lưu thành"), suggested, filter_text)
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
                 parent: QWidget | None, runner: TaskRunner) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(title)
        self.resize(900, 1000)
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        if screen is not None:  # never taller or wider than the screen (1366×768, 1024×600)
            room = screen.availableGeometry()
            self.resize(min(900, room.width() - 40), min(1000, room.height() - 40))
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
        self.save_button = QPushButton(self.tr("&Lưu thành…"), self)
        self.zoom_in = QPushButton(self.tr("Phóng to"), self)
        self.zoom_out = QPushButton(self.tr("Thu nhỏ"), self)
        self.fit = QPushButton(self.tr("Vừa khổ"), self)
        close = QPushButton(self.tr("Đóng"), self)
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
        size = self.document.pagePointSize(0) if self.document.pageCount() else None
        self.print_button.setEnabled(False)
        self.pages_label.setText(QCoreApplication.translate("paper", "Đang gửi tới máy in…"))

        # The clerk may close the preview while the job is still on its worker (the dialog
        # deletes itself on close): the answer then only goes to a message, never to a widget.
        def done(_how: str) -> None:
            if not isValid(self.print_button):
                return
            self.print_button.setEnabled(True)
            self.pages_label.setText(QCoreApplication.translate("paper", "Đã gửi tới máy in."))

        def failed(text: str) -> None:
            if not isValid(self.print_button):
                QMessageBox.warning(None, QCoreApplication.translate("paper", "Không in được"), text)
                return
            self.print_button.setEnabled(True)
            self.pages_label.setText("")
            QMessageBox.warning(self, QCoreApplication.translate("paper", "Không in được"), text)

        if print_pdf(self.pdf, self, self.windowTitle(), self.runner, size,
                     on_done=done, on_error=failed) is None:
            self.print_button.setEnabled(True)
            self.pages_label.setText(f"{self.document.pageCount()} trang")

    def _on_save_clicked(self) -> None:
        try:
            save_bytes(self, self.pdf, self.suggested_name, self.tr("Tệp PDF (*.pdf)"))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Không lưu được"), self.tr("Không ghi được tệp: %1")
                                .replace("%1", str(exc.strerror or exc)))


@dataclass
class PreviewJob:
    """A form being built on a worker; ``dialog`` is set once it is shown, ``error`` on failure."""

    token: CancelToken | None = None
    dialog: PdfPreviewDialog | None = None
    error: str = ""


def open_form_preview(parent: QWidget | None, store: Any, dossier_code: str, form_no: str,
                      *, runner: TaskRunner,
                      on_error: Callable[[str], None] | None = None) -> PreviewJob:
    """Build form ``form_no`` of ``dossier_code`` on a worker, then show the print preview."""
    from commune_desk.services import printing

    job = PreviewJob()

    def build(token: CancelToken) -> bytes:
        token.progress(0, 1)
        pdf = printing.print_form(store, dossier_code, form_no)
        token.progress(1, 1)
        return pdf

    def done(pdf: bytes) -> None:
        number = printing.normalize_form_number(form_no)
        title = (QCoreApplication.translate("PdfPreviewDialog", "Mẫu số %1").replace("%1", number)
                 + f" — {printing.FORM_LABELS.get(number, '')} — {dossier_code}")
        dialog = PdfPreviewDialog(pdf, title, f"{dossier_code}-mau{number}.pdf", parent, runner)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        job.dialog = dialog
        dialog.show()

    def failed(exc: BaseException) -> None:

        job.error = ui_message(exc)
        if on_error is not None:
            on_error(job.error)
        else:
            QMessageBox.warning(
                parent, QCoreApplication.translate("PdfPreviewDialog", "Không lập được mẫu"), job.error)

    job.token = runner.submit(build, done, on_error=failed)
    return job
