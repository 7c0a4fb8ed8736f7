"""Paper in the GUI: reports screen on a worker, form preview, printing to a PDF printer."""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtPdfWidgets")

from desk_helpers import open_test_store
from fake_pool import FakeThreadPool
from openpyxl import load_workbook
from sqlalchemy import text

from commune_desk.services.demo import generate_demo
from commune_desk.store.engine import Store
from commune_desk.ui.workers import TaskRunner

NOW = datetime(2026, 11, 27, 16, 0)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("paperui") / "desk.sqlite3"
    store = open_test_store(path)
    generate_demo(store, 400, seed=5, months=6, now=NOW)
    store.close()
    return path


@pytest.fixture()
def store(demo_db: Path, tmp_path: Path) -> Iterator[Store]:
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(demo_db, copy)  # the template is closed: its WAL was folded in
    s = open_test_store(copy, create=False)
    yield s
    s.close()


def _ready(qtbot, doc) -> None:  # type: ignore[no-untyped-def]
    """QPdfDocument may finish loading from a QBuffer after ``load`` returns."""
    from PySide6.QtPdf import QPdfDocument

    qtbot.waitUntil(lambda: doc.status() == QPdfDocument.Status.Ready, timeout=10000)


@pytest.fixture()
def runner(qtbot) -> TaskRunner:  # type: ignore[no-untyped-def]
    return TaskRunner(read_pool=FakeThreadPool(), write_pool=FakeThreadPool())


def test_reports_screen_builds_report_and_exports_excel(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                        runner: TaskRunner) -> None:
    from commune_desk.ui.paper import ReportsScreen

    screen = ReportsScreen(store, runner, None, clock=lambda: NOW)
    qtbot.addWidget(screen)
    screen.select_period("2026-Q3")
    assert screen.window_label.text() == "Từ 15/06/2026 đến 14/09/2026"
    with qtbot.waitSignal(screen.built, timeout=20000) as blocker:
        screen.build()
    paper = blocker.args[0]
    assert paper.period.key == "2026-Q3" and paper.data.total.balanced
    _ready(qtbot, screen.document)
    assert screen.document.pageCount() >= 2
    text = screen.document.getAllText(0).text()
    assert "Quý III năm 2026" in text
    assert "Đã lập" in screen.status.text() and screen.print_button.isEnabled()
    wb = load_workbook(io.BytesIO(screen.excel_bytes()))
    ws = wb["Bieu II.06a"]
    assert any(row[1] == "Tổng cộng" for row in ws.iter_rows(values_only=True))
    assert screen.suggested_name("xlsx") == "bao-cao-2026-Q3.xlsx"


def test_reports_screen_brief_ledger_and_errors(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                runner: TaskRunner) -> None:
    from commune_desk.ui.paper import ReportsScreen
    from commune_desk.ui.paper.reports_screen import BRIEF, LEDGER

    screen = ReportsScreen(store, runner, None, clock=lambda: NOW)
    qtbot.addWidget(screen)
    screen.report_combo.setCurrentIndex(screen.report_combo.findData(BRIEF))
    assert not screen.kind_combo.isEnabled()
    screen.select_period("2026-W48")
    with qtbot.waitSignal(screen.built, timeout=20000):
        screen.build()
    _ready(qtbot, screen.document)
    assert screen.document.pageCount() >= 1
    screen.report_combo.setCurrentIndex(screen.report_combo.findData(LEDGER))
    screen.select_period("2026-11")
    with qtbot.waitSignal(screen.built, timeout=20000) as blocker:
        screen.build()
    assert blocker.args[0].data.rows
    screen.select_period("2027-Q2")
    with qtbot.waitSignal(screen.failed, timeout=20000) as failed:
        screen.build()
    assert "chưa bắt đầu" in failed.args[0] and "chưa bắt đầu" in screen.status.text()
    assert screen.build_button.isEnabled()


def test_form_preview_and_print_to_pdf(qtbot, store: Store, runner: TaskRunner,  # type: ignore[no-untyped-def]
                                       tmp_path: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtPrintSupport import QPrinter

    from commune_desk.ui.paper import open_form_preview
    from commune_desk.ui.paper.preview import send_to_printer

    with store.read() as session:
        code = session.execute(text(
            "SELECT code FROM dossiers ORDER BY received_at DESC, code DESC LIMIT 1")).scalar_one()
    job = open_form_preview(None, store, code, "01", runner=runner)
    assert job.error == "" and job.dialog is not None
    job.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(job.dialog)
    _ready(qtbot, job.dialog.document)
    assert job.dialog.document.pageCount() == 1
    assert code in job.dialog.document.getAllText(0).text().replace("\n", "")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    printer.setFullPage(True)
    assert send_to_printer(job.dialog.pdf, printer) == "raster"
    assert out.stat().st_size > 10_000
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
        assert info.split("Pages:")[1].split()[0] == "1"

    errors: list[str] = []
    bad = open_form_preview(None, store, "KHONG-CO", "01", runner=runner,
                            on_error=errors.append)
    assert bad.dialog is None and errors and "Không tìm thấy hồ sơ" in errors[0]


def test_reports_screen_open_year_is_provisional_in_pdf_and_excel(  # type: ignore[no-untyped-def]
        qtbot, store: Store, runner: TaskRunner) -> None:
    """Issue 14 item 1 from the GUI: the current year, built on 27/11 at 16:00, says it is
    provisional on the PDF shown and in the Excel file saved from the same screen."""
    from commune_desk.ui.paper import ReportsScreen

    screen = ReportsScreen(store, runner, None, clock=lambda: NOW)
    qtbot.addWidget(screen)
    screen.select_period("2026")
    with qtbot.waitSignal(screen.built, timeout=20000):
        screen.build()
    _ready(qtbot, screen.document)
    assert "Số liệu tạm tính đến 16:00 27/11/2026" in " ".join(
        screen.document.getAllText(0).text().split())
    wb = load_workbook(io.BytesIO(screen.excel_bytes()))
    assert any("tạm tính" in str(c) for ws in wb.worksheets
               for row in ws.iter_rows(values_only=True) for c in row if c)
