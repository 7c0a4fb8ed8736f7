"""Settings › paper: signers, slip size, lookup address and staff names typed in the GUI reach
the printed PDF; only administrators and leaders see the page; bad input changes nothing."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6.QtPdfWidgets")

from desk_helpers import DESK_NOW, make_actor, receive_one

from commune_desk.ui.settings.screen import SettingsScreen

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils")


def _screen(qtbot: Any, ctx: Any, prefs: Any) -> SettingsScreen:
    screen = SettingsScreen(ctx, prefs=prefs)
    qtbot.addWidget(screen)
    screen.reload()
    return screen


def _ctx(store: Any, runner: Any, role: str) -> Any:
    from commune_desk.app import make_context

    return make_context(store, make_actor(role), runner, clock=lambda: DESK_NOW)


def _text(pdf: bytes, tmp: Path) -> str:
    path = tmp / "x.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _page_size(path: Path) -> str:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return info.split("Page size:")[1].split("pts")[0].strip()


@needs_poppler
def test_paper_settings_typed_in_the_gui_are_what_prints(
        qtbot: Any, desk_ctx: Any, desk_prefs: Any, desk_runner: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtPrintSupport import QPrinter

    from commune_desk.services import dossiers as svc
    from commune_desk.services import printing
    from commune_desk.ui.paper import open_form_preview
    from commune_desk.ui.paper.preview import printer_for, send_to_printer

    store = desk_ctx.store
    view = receive_one(store)  # received by "canbo1", who has no account on this desk
    screen = _screen(qtbot, desk_ctx, desk_prefs)
    page = screen.paper
    assert page is not None and page.isVisibleTo(screen)
    page.slip_size.setCurrentIndex(page.slip_size.findData("A5"))
    page.lookup_url.setText("https://dichvucong.nghean.gov.vn/tra-cuu-ho-so?ma={code}")
    page.report_recipient.setText("Ủy ban nhân dân tỉnh Nghệ An")
    page.centre_signer.authority.setText("KT. GIÁM ĐỐC")
    page.centre_signer.title.setText("PHÓ GIÁM ĐỐC")
    page.centre_signer.name.setText("Nguyễn Hữu Phúc")
    page.report_signer.name.setText("Hồ Đức Thắng")
    qtbot.mouseClick(page.save_settings, Qt.MouseButton.LeftButton)
    assert "Đã lưu cài đặt giấy tờ" in page.message.text()

    qtbot.mouseClick(page.add_staff, Qt.MouseButton.LeftButton)
    for col, value in enumerate(("canbo1", "Lê Văn Bình", "0238 3812 345",
                                 "Công chức tiếp nhận")):
        page.staff.item(0, col).setText(value)
    qtbot.mouseClick(page.save_staff, Qt.MouseButton.LeftButton)
    assert "Đã lưu danh bạ (1 người)" in page.message.text()

    # A fresh screen shows what is stored.
    fresh = _screen(qtbot, desk_ctx, desk_prefs)
    again = fresh.paper
    assert again is not None
    assert again.slip_size.currentData() == "A5"
    assert again.centre_signer.name.text() == "Nguyễn Hữu Phúc"
    assert [again.staff.item(0, c).text() for c in range(4)] == [
        "canbo1", "Lê Văn Bình", "0238 3812 345", "Công chức tiếp nhận"]

    # Form 01 from the detail screen's preview, sent to a (PDF) printer: A5, the clerk's full
    # name, the lookup address in the QR's caption.
    job = open_form_preview(None, store, view.code, "01", runner=desk_runner)
    assert job.error == "" and job.dialog is not None
    job.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(job.dialog)
    text = _text(job.dialog.pdf, tmp_path)
    assert "Lê Văn Bình" in text and "canbo1" not in text
    assert "dichvucong.nghean.gov.vn" in text
    from PySide6.QtGui import QPageSize
    from PySide6.QtPdf import QPdfDocument

    doc = job.dialog.document  # what the dialog's print button sizes the printer from
    qtbot.waitUntil(lambda: doc.status() == QPdfDocument.Status.Ready, timeout=10000)
    printer = printer_for(doc.pagePointSize(0), "Mẫu 01", QPrinter.PrinterMode.HighResolution)
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A5
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert send_to_printer(job.dialog.pdf, printer) == "raster"
    assert _page_size(tmp_path / "x.pdf") == "419.528 x 595.276"  # the slip: A5
    assert _page_size(out) == "420 x 595"  # printed on A5 paper, not enlarged to A4

    # Form 05 (the centre signs) and the report (the commune signs) carry the typed names.
    svc.withdraw_dossier(store, make_actor(), view.id, "Theo đề nghị của người nộp",
                         "citizen_request", "Hoàn trả giấy tờ đã nộp", now=DESK_NOW)
    text05 = _text(printing.print_form(store, view.code, "05"), tmp_path)
    assert "PHÓ GIÁM ĐỐC" in text05 and "Nguyễn Hữu Phúc" in text05


def test_bad_paper_settings_change_nothing_and_say_why(
        qtbot: Any, desk_ctx: Any, desk_prefs: Any) -> None:
    from commune_desk.services.paper_settings import paper_settings, staff_directory

    before = paper_settings(desk_ctx.store)
    screen = _screen(qtbot, desk_ctx, desk_prefs)
    page = screen.paper
    assert page is not None
    page.lookup_url.setText("ftp://tra-cuu.example")
    page.save_settings.click()
    assert "https://" in page.message.text()
    page.lookup_url.setText("")
    page.report_signer.authority.setText("")
    page.report_signer.title.setText("")
    page.report_signer.name.setText("Hồ Đức Thắng")
    page.save_settings.click()
    assert "cần chức vụ" in page.message.text()
    assert paper_settings(desk_ctx.store) == before
    page.add_staff.click()
    page.staff.item(0, 0).setText("tiepnhan9")  # no full name
    page.save_staff.click()
    assert "họ tên đầy đủ" in page.message.text()
    assert staff_directory(desk_ctx.store) == []


@pytest.mark.parametrize(("role", "shown"), [("admin", True), ("leader", True),
                                             ("clerk", False), ("officer", False)])
def test_paper_page_is_for_administrators_and_leaders(
        qtbot: Any, desk_store: Any, desk_runner: Any, desk_prefs: Any, role: str,
        shown: bool) -> None:
    from commune_desk.services.paper_settings import paper_settings

    screen = _screen(qtbot, _ctx(desk_store, desk_runner, role), desk_prefs)
    assert (screen.paper is not None) is shown
    if screen.paper is not None:
        screen.paper.centre_signer.name.setText("Nguyễn Hữu Phúc")
        screen.paper.save_settings.click()
        assert paper_settings(desk_store).centre_signer.name == "Nguyễn Hữu Phúc"


def test_removing_a_directory_entry(qtbot: Any, desk_ctx: Any, desk_prefs: Any) -> None:
    from commune_desk.services.paper_settings import import_staff_directory, staff_directory

    import_staff_directory(desk_ctx.store, desk_ctx.actor, [
        {"login": "chuyenvien7", "full_name": "Phạm Thị Mai", "phone": "", "title": ""}])
    screen = _screen(qtbot, desk_ctx, desk_prefs)
    page = screen.paper
    assert page is not None and page.staff.rowCount() == 1
    page.remove_staff.click()
    assert "Hãy chọn" in page.message.text()
    page.staff.setCurrentCell(0, 1)
    page.remove_staff.click()
    assert staff_directory(desk_ctx.store) == [] and page.staff.rowCount() == 0
