"""The search box: debounced free text; a typed or scanned dossier code or personal ID jumps."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from commune_desk.domain.listing import looks_like_code, looks_like_personal_id
from commune_desk.services import listing
from commune_desk.ui.workers import TaskRunner

DEBOUNCE_MS = 200


class SearchBox(QLineEdit):
    """Emits ``text_search`` after a pause in typing; ``dossier_found`` for an exact code or ID.

    A USB scanner types the code from a receipt's QR like a keyboard and ends with Enter, so
    Enter searches at once. Each lookup carries a generation number; stale answers are dropped.
    """

    text_search = Signal(str)
    dossier_found = Signal(str)  # dossier id
    person_found = Signal(str, int)  # personal ID, how many dossiers

    def __init__(self, runner: TaskRunner, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._store = store  # opaque: only handed to services.listing
        self._generation = 0
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Tìm: tên, mã hồ sơ, số định danh, điện thoại… (Ctrl+F)"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.textChanged.connect(self._on_self_text_changed)
        self.returnPressed.connect(self._on_self_return_pressed)

    @property
    def generation(self) -> int:
        return self._generation

    def cancel_pending(self) -> None:
        """Forget a typed search not yet run and drop answers still on their way."""
        self._timer.stop()
        self._generation += 1

    def _on_self_text_changed(self, _text: str) -> None:
        self._timer.start()

    def _on_self_return_pressed(self) -> None:
        self._timer.stop()
        self._search(self.text())

    def _on_timer_timeout(self) -> None:
        self._search(self.text())

    def _search(self, raw: str) -> None:
        self._generation += 1
        gen = self._generation
        query = raw.strip()
        if looks_like_code(query):
            self._runner.submit(
                lambda _t: listing.dossier_id_by_code(self._store, query),
                lambda found: self._on_code_answer(gen, query, found))
            return
        if looks_like_personal_id(query):
            self._runner.submit(
                lambda _t: listing.dossier_ids_by_personal_id(self._store, query),
                lambda found: self._on_person_answer(gen, query, found))
            return
        self.text_search.emit(query)

    def _on_code_answer(self, gen: int, query: str, found: str | None) -> None:
        if gen != self._generation:
            return
        if found:
            self.dossier_found.emit(found)
        else:
            self.text_search.emit(query)

    def _on_person_answer(self, gen: int, query: str, found: list[str]) -> None:
        if gen != self._generation:
            return
        if len(found) == 1:
            self.dossier_found.emit(found[0])
        else:
            self.person_found.emit(query, len(found))
            self.text_search.emit(query)
