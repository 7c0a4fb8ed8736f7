"""Benchmark of the paper part: one receipt, a 10,000-row ledger, a year report over a big store.

    .venv/bin/python bench/bench_paper.py --db /tmp/paper1m.sqlite3
    .venv/bin/python bench/bench_paper.py --build 20000      # makes a demo store first

Prints measured figures only. The year report's data query (Biểu II.06a SQL) is timed next
to a raw ``GROUP BY`` aggregate over the same rows in the same run, then the whole build
(figures + indicators + PDF + XLSX) is timed; no snapshot is written (``use_snapshot=False``).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


CPU: list[float] = []  # CPU seconds of the last timed() call (the machine may be shared)


def timed(fn: Callable[[], Any], repeat: int = 1) -> tuple[float, Any]:
    """Median wall time in seconds over ``repeat`` runs, and the last result."""
    times, cpus, result = [], [], None
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        result = fn()
        times.append(time.perf_counter() - t)
        cpus.append(time.process_time() - c)
    CPU[:] = [statistics.median(cpus)]
    return statistics.median(times), result


def cpu() -> str:
    return f"CPU {CPU[0]:.2f} s" if CPU[0] >= 1 else f"CPU {CPU[0] * 1000:.0f} ms"


def pages(pdf: bytes) -> str:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as fh:
        fh.write(pdf)
        fh.flush()
        try:
            out = subprocess.run(["pdfinfo", fh.name], capture_output=True, text=True).stdout
        except FileNotFoundError:
            return "?"
    return out.split("Pages:")[1].split()[0] if "Pages:" in out else "?"


def render_samples(out: Path) -> int:
    """PNG renderings (60 dpi) of every sample paper, for the docs."""
    from commune_desk.reports import brief, forms, ledger, periodic, samples

    out.mkdir(parents=True, exist_ok=True)
    docs = {
        "mau01-giay-tiep-nhan": forms.build_receipt(samples.receipt()),
        "mau02-yeu-cau-bo-sung": forms.build_supplement_request(samples.supplement()),
        "mau03-tu-choi": forms.build_refusal(samples.refusal()),
        "mau04-xin-loi-hen-lai": forms.build_apology(samples.apology()),
        "mau05-dung-giai-quyet": forms.build_stop_notice(samples.stop_notice()),
        "mau06-phieu-kiem-soat": forms.build_control_slip(samples.control_slip()),
        "mau07-so-theo-doi": ledger.build_ledger(samples.ledger(30)),
        "bieu-II06a": periodic.build_periodic_report(samples.periodic()),
        "bao-cao-tuan": brief.build_weekly_brief(samples.brief()),
    }
    with tempfile.TemporaryDirectory() as tmp:
        for name, pdf in docs.items():
            src = Path(tmp) / f"{name}.pdf"
            src.write_bytes(pdf)
            last = "2" if name in ("mau07-so-theo-doi", "bieu-II06a") else "1"
            subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", last, str(src),
                            str(out / name)], check=True)
            print(f"{name}: {len(pdf):,} bytes")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="an existing store (e.g. built by `commune-desk demo`)")
    ap.add_argument("--build", type=int, default=0, help="build a demo store of N dossiers")
    ap.add_argument("--period", default="2026", help="the year report's period (default 2026)")
    ap.add_argument("--now", default="28/11/2026 08:00", help="DD/MM/YYYY HH:MM")
    ap.add_argument("--skip-ledger", action="store_true", help="skip the 10,000-row ledgers")
    ap.add_argument("--render", metavar="DIR", help="only write PNGs of the sample papers to DIR")
    args = ap.parse_args()
    if args.render:
        return render_samples(Path(args.render))

    from sqlalchemy import text

    from commune_desk.domain.periods import parse_period
    from commune_desk.reports import forms, ledger, samples
    from commune_desk.reports.fonts import register_fonts
    from commune_desk.services import printing, reporting
    from commune_desk.store import report_queries as q
    from commune_desk.store.engine import open_store

    now = datetime.strptime(args.now, "%d/%m/%Y %H:%M")
    register_fonts()

    # 1. One receipt.
    t, pdf = timed(lambda: forms.build_receipt(samples.receipt()), 20)
    print(f"receipt (form 01) builder, sample data: {t * 1000:.1f} ms median of 20, "
          f"{len(pdf):,} bytes, {cpu()}")

    # 2. Ledger of 10,000 rows (builder on generated rows).
    data = samples.ledger(10_000 if not args.skip_ledger else 10)
    t, pdf = timed(lambda: ledger.build_ledger(data))
    print(f"ledger 10,000 rows (form 07) builder: {t:.2f} s ({cpu()}), {pages(pdf)} pages, "
          f"{len(pdf) / 1e6:.1f} MB")
    from commune_desk.reports.excel import ledger_xlsx

    t, xlsx = timed(lambda: ledger_xlsx(data))
    print(f"ledger 10,000 rows Excel: {t:.2f} s ({cpu()}), {len(xlsx) / 1e6:.2f} MB")

    if not args.db and not args.build:
        return 0
    if args.build:
        from commune_desk.services.demo import generate_demo

        path = Path(tempfile.mkdtemp()) / "bench.sqlite3"
        store = open_store(path)
        t, _ = timed(lambda: generate_demo(store, args.build, months=12, now=now, seed=1))
        print(f"demo store of {args.build:,} dossiers built in {t:.1f} s")
    else:
        store = open_store(args.db, create=False)
    with store.read() as s:
        total = s.execute(text("SELECT count(*) FROM dossiers")).scalar_one()
        code = s.execute(text("SELECT code FROM dossiers ORDER BY received_at DESC LIMIT 1")
                         ).scalar_one()
    print(f"store: {store.path} — {total:,} dossiers")

    t, pdf = timed(lambda: printing.print_form(store, code, "01"), 10)
    print(f"receipt (form 01) from the store, dossier {code}: {t * 1000:.1f} ms median of 10 "
          f"({cpu()})")

    # Ledger from the store: the most recent window holding about 10,000 dossiers.
    with store.read() as s:
        start = s.execute(text(
            "SELECT received_at FROM dossiers ORDER BY received_at DESC LIMIT 1 OFFSET 9999"
        )).scalar()
    if start and not args.skip_ledger:
        from commune_desk.domain.periods import custom_period

        win = custom_period(datetime.fromisoformat(start).date(), now.date())
        t_q, ldata = timed(lambda: reporting.ledger_data(store, win, now=now))
        c_q = cpu()
        t_r, lpdf = timed(lambda: reporting.render_ledger(ldata, "pdf"))
        print(f"ledger from the store {win.label}: {len(ldata.rows):,} rows, query "
              f"{t_q:.2f} s ({c_q}), PDF {t_r:.2f} s ({cpu()}, {pages(lpdf)} pages)")

    # 3. Year report.
    period = parse_period(args.period)
    s_iso, e_iso = period.start_moment.isoformat(), period.end_moment.isoformat()
    with store.read() as s:
        in_window = q.count_in_window(s, s_iso, e_iso)
        t_raw, raw = timed(lambda: q.raw_aggregate(s, s_iso, e_iso), 3)
        c_raw = cpu()
        t_rep, rows = timed(lambda: q.report_counts(s, s_iso, e_iso), 3)
        c_rep = cpu()
        t_ind, _ = timed(lambda: q.indicator_counts(s, s_iso, e_iso), 3)
        c_ind = cpu()
    assert sum(n for _, n in raw) == sum(
        r.online + r.offline + r.carried for r in rows) == in_window
    print(f"year report {period.label}: {in_window:,} dossiers in the window")
    print(f"  raw SQL aggregate (GROUP BY field, count): {t_raw:.2f} s median of 3 ({c_raw})")
    print(f"  Biểu II.06a data query (13 columns):        {t_rep:.2f} s median of 3 ({c_rep})")
    print(f"  Decision 766 indicator queries:             {t_ind:.2f} s median of 3 ({c_ind})")
    t0 = time.perf_counter()
    t_all, rdata = timed(lambda: reporting.report_data(store, period, now=now,
                                                       use_snapshot=False))
    t_pdf, rpdf = timed(lambda: reporting.render_report(rdata, "pdf"))
    t_x, _ = timed(lambda: reporting.render_report(rdata, "xlsx"))
    whole = time.perf_counter() - t0
    print(f"  whole build {whole:.2f} s: data {t_all:.2f} s + PDF {t_pdf * 1000:.0f} ms "
          f"({pages(rpdf)} pages) + XLSX {t_x * 1000:.0f} ms; balanced: {rdata.total.balanced}")
    week = parse_period(f"{now.isocalendar().year}-W{now.isocalendar().week:02d}")
    t_b, bdata = timed(lambda: reporting.brief_data(store, week, now=now))
    c_b = cpu()
    t_bp, _ = timed(lambda: reporting.render_brief(bdata))
    print(f"weekly brief {week.label}: data {t_b:.2f} s ({c_b}) + PDF {t_bp * 1000:.0f} ms "
          f"({len(bdata.overdue)} overdue listed)")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
