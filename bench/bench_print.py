"""Benchmark of printing a receipt: time to the print queue and the longest UI-thread stall.

    .venv/bin/python bench/bench_print.py [--repeat 5]

Builds a real form 01 from a small demo store, then prints it to a PDF "printer" (QPrinter at
1200 dpi, as a real high-resolution printer) two ways in the same run:
  * the desk's way: ``submit_print`` on a worker (300 dpi, drawn in bands), UI timer running;
  * the old way (baseline): render at the printer's 1200 dpi and draw on the UI thread.
A 10 ms QTimer on the UI thread records its largest gap: that is how long the window froze.
Prints medians; the machine may be shared, so compare the two figures of one run.
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def receipt_pdf(folder: Path) -> bytes:
    from commune_desk.services import printing
    from commune_desk.services.demo import generate_demo
    from commune_desk.store.engine import open_store

    store = open_store(folder / "desk.sqlite3")
    try:
        generate_demo(store, 20, seed=3, months=1, now=datetime(2026, 11, 27, 16, 0))
        code = store.engine.connect().exec_driver_sql(
            "SELECT code FROM dossiers ORDER BY code LIMIT 1").scalar_one()
        return printing.print_form(store, code, "01")
    finally:
        store.close()


def pdf_printer(out: Path) -> Any:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setFullPage(True)
    return printer


def run(app: Any, job: Any) -> tuple[float, float]:
    """Run ``job(done)`` with a 10 ms UI heartbeat; returns (seconds to done, longest gap)."""
    from PySide6.QtCore import QEventLoop, QTimer

    beats: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: beats.append(time.perf_counter()))
    loop = QEventLoop()
    finished: list[float] = []

    def done(*_: object) -> None:
        finished.append(time.perf_counter())
        QTimer.singleShot(30, loop.quit)

    timer.start()
    started = time.perf_counter()
    beats.append(started)
    QTimer.singleShot(0, lambda: job(done))
    loop.exec()
    timer.stop()
    gaps = [b - a for a, b in itertools.pairwise(beats)]
    return finished[0] - started, max(gaps)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtCore import QPointF, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QApplication

    from commune_desk.ui.paper.preview import submit_print
    from commune_desk.ui.workers import TaskRunner

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-print-"))
    pdf = receipt_pdf(folder)
    runner = TaskRunner()

    def worker_job(done: Any) -> None:
        submit_print(pdf, pdf_printer(folder / "new.pdf"), runner, on_done=done,
                     on_error=lambda text: (print("error:", text), done()))

    def old_job(done: Any) -> None:
        printer = pdf_printer(folder / "old.pdf")
        doc_path = folder / "r.pdf"
        doc_path.write_bytes(pdf)
        doc = QPdfDocument()
        doc.load(str(doc_path))
        dpi = printer.resolution()
        painter = QPainter(printer)
        pts = doc.pagePointSize(0)
        image = doc.render(0, QSize(round(pts.width() * dpi / 72), round(pts.height() * dpi / 72)))
        painter.drawImage(QPointF(0, 0), image)
        painter.end()
        done()

    new = [run(app, worker_job) for _ in range(args.repeat)]
    old = [run(app, old_job) for _ in range(max(1, args.repeat // 2))]
    med = statistics.median
    print(f"receipt (1 page A4), {args.repeat} runs, medians:")
    print(f"  worker, 300 dpi in bands : {med(t for t, _ in new):6.2f} s to the queue, "
          f"longest UI stall {med(g for _, g in new) * 1000:6.0f} ms, job "
          f"{(folder / 'new.pdf').stat().st_size / 1e6:.2f} MB")
    print(f"  old: 1200 dpi, UI thread : {med(t for t, _ in old):6.2f} s to the queue, "
          f"longest UI stall {med(g for _, g in old) * 1000:6.0f} ms, job "
          f"{(folder / 'old.pdf').stat().st_size / 1e6:.2f} MB")
    print(f"  stall ratio new/old      : {med(g for _, g in new) / med(g for _, g in old):.3f}")


if __name__ == "__main__":
    main()
