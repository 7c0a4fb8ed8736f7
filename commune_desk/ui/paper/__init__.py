"""Paper in the desk: print preview and printing of forms, and the "Báo cáo" reports screen."""

from __future__ import annotations

from commune_desk.ui.paper.preview import PdfPreviewDialog, PreviewJob, open_form_preview
from commune_desk.ui.paper.reports_screen import ReportsScreen

__all__ = ["PdfPreviewDialog", "PreviewJob", "ReportsScreen", "open_form_preview"]
