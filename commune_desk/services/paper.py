"""Entry points of the paper part that other parts look up by name (app self-test, desk UI)."""

from __future__ import annotations

from commune_desk.services.printing import FORM_LABELS, FORM_NUMBERS, FormError, print_form

# ``app.py``'s self-test looks for ``form_pdf(store, code, form_no) -> bytes``.
form_pdf = print_form
build_form_pdf = print_form

__all__ = ["FORM_LABELS", "FORM_NUMBERS", "FormError", "build_form_pdf", "form_pdf", "print_form"]
