"""PDF (reportlab) and Excel (openpyxl) builders for slips, ledger and reports: data in, bytes out."""
