"""Issue 14 item 10 from the detail screen: a decision not to grant offers the reply letter
(TL), a refusal at the counter form 03; the letter prints from the "In mẫu…" menu."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6.QtPdfWidgets")

from desk_helpers import DESK_NOW, add_people, make_actor, receive_one
from PySide6.QtWidgets import QApplication

from commune_desk.app import make_context
from commune_desk.ui.detail.screen import DetailScreen, form_after
from commune_desk.ui.paper import PdfPreviewDialog


def _detail(qtbot: Any, store: Any, runner: Any) -> DetailScreen:
    add_people(store)  # "quantri" acts, "chuyenvien1" gets the dossier
    ctx = make_context(store, make_actor("admin", "quantri"), runner, clock=lambda: DESK_NOW)
    screen = DetailScreen(ctx)
    qtbot.addWidget(screen)
    return screen


def _preview(qtbot: Any) -> Any:
    def find() -> Any:
        return next((w for w in QApplication.topLevelWidgets()
                     if isinstance(w, PdfPreviewDialog) and w.isVisible()), None)

    qtbot.waitUntil(lambda: find() is not None, timeout=15_000)
    return find()


def test_form_after_each_action() -> None:
    assert form_after("refuse", {}, handed_over=False) == "03"
    assert form_after("refuse", {}, handed_over=True) == "TL"
    assert form_after("resolve", {"outcome": "denied"}, handed_over=True) == "TL"
    assert form_after("resolve", {"outcome": "approved"}, handed_over=True) is None
    assert form_after("withdraw", {}, handed_over=True) == "05"


def test_denied_dossier_offers_and_prints_the_reply_letter(
        qtbot: Any, desk_store: Any, desk_runner: Any, tmp_path: Path) -> None:
    view = receive_one(desk_store)  # by "canbo1", before the desk has accounts
    detail = _detail(qtbot, desk_store, desk_runner)
    detail.show_dossier(view.id)
    detail.perform("assign", {"to": "chuyenvien1", "note": ""})
    detail.perform("resolve", {"outcome": "denied",
                               "note": "Người yêu cầu đã có giấy xác nhận còn giá trị"})
    assert detail.offered_form == "TL"
    assert "Văn bản trả lời" in detail.form_offer.text()
    detail.form_offer.click()
    dialog = _preview(qtbot)
    assert "Mẫu số TL" in dialog.windowTitle() or "Văn bản trả lời" in dialog.windowTitle()
    if shutil.which("pdftotext"):
        (tmp_path / "tl.pdf").write_bytes(dialog.pdf)
        text = subprocess.run(["pdftotext", str(tmp_path / "tl.pdf"), "-"],
                              capture_output=True, text=True, check=True).stdout
        assert "Người yêu cầu đã có giấy xác nhận còn giá trị" in " ".join(text.split())
    dialog.close()
    # Form 03 is not for this dossier: the menu's 03 says so in Vietnamese.
    errors: list[str] = []
    from commune_desk.ui.paper import open_form_preview

    open_form_preview(None, desk_store, view.code, "03", runner=desk_runner,
                      on_error=errors.append)
    assert errors and "Văn bản trả lời" in errors[0]


def test_refusal_after_hand_over_offers_the_reply_letter(
        qtbot: Any, desk_store: Any, desk_runner: Any) -> None:
    view = receive_one(desk_store)
    detail = _detail(qtbot, desk_store, desk_runner)
    detail.show_dossier(view.id)
    detail.perform("assign", {"to": "chuyenvien1", "note": ""})
    detail.perform("refuse", {"reasons": "Không đủ điều kiện theo quy định"})
    assert detail.offered_form == "TL"
    detail.form_actions["TL"].trigger()
    dialog = _preview(qtbot)
    assert dialog.windowTitle()
    dialog.close()
