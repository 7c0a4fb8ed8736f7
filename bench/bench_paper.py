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


STAFF = {  # generated names for the demo's logins (no real people)
    "quantri": ("Hoàng Minh Đức", "0238 3881 001", "Quản trị hệ thống"),
    "tiepnhan1": ("Lê Văn Bình", "0238 3881 102", "Công chức tiếp nhận"),
    "tiepnhan2": ("Nguyễn Thị Thu Hà", "0238 3881 103", "Công chức tiếp nhận"),
    "tiepnhan3": ("Trần Đình Khoa", "0238 3881 104", "Công chức tiếp nhận"),
    "chuyenvien1": ("Phạm Thị Mai", "0912 450 118", "Công chức Tư pháp - Hộ tịch"),
    "chuyenvien2": ("Võ Văn Hùng", "0913 227 406", "Công chức Địa chính - Xây dựng"),
    "chuyenvien3": ("Đặng Thị Hồng Nhung", "0986 114 720", "Công chức Văn hóa - Xã hội"),
    "chuyenvien4": ("Hồ Sỹ Tuấn", "0979 301 552", "Công chức Kinh tế"),
    "chuyenvien5": ("Nguyễn Thị Lý", "0945 662 093", "Công chức Tư pháp - Hộ tịch"),
    "lanhdao1": ("Trần Quốc Dũng", "0915 221 043", "Phó Chủ tịch UBND xã"),
}
RENDER_NOW = datetime(2026, 11, 27, 16, 0)


def configured_store(path: Path) -> Any:
    """A desk configured for a real Nghệ An commune (Xã Nghĩa Đàn, 16941) with generated staff,
    paper settings, a demo history and one dossier through every step (forms 01–06)."""
    from commune_desk.domain.permissions import Actor, Role
    from commune_desk.services import dossiers as svc
    from commune_desk.services.demo import generate_demo
    from commune_desk.services.desk import configure_desk
    from commune_desk.services.paper_settings import (
        PaperSettings,
        SignerSetting,
        import_staff_directory,
        save_settings,
    )
    from commune_desk.store.engine import open_store

    admin = Actor("quantri", Role.ADMIN)
    store = open_store(path)
    configure_desk(store, admin, commune_code="16941", agency_id="000.00.04.H41",
                   receiving_unit="Trung tâm Phục vụ hành chính công xã")
    generate_demo(store, 1500, seed=7, months=14, now=RENDER_NOW)
    import_staff_directory(store, admin, [
        {"login": k, "full_name": n, "phone": ph, "title": t} for k, (n, ph, t) in STAFF.items()])
    save_settings(store, admin, PaperSettings(
        lookup_url="https://dichvucong.nghean.gov.vn/tra-cuu-ho-so?ma={code}",
        report_recipient="Ủy ban nhân dân tỉnh Nghệ An",
        report_signer=SignerSetting("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Quốc Dũng"),
        centre_signer=SignerSetting("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Hữu Phúc"),
        report_preparer="Nguyễn Thị Thu Hà"))
    clerk, officer, leader = (Actor("tiepnhan1", Role.CLERK), Actor("chuyenvien1", Role.OFFICER),
                              Actor("lanhdao1", Role.LEADER))
    # Hand-overs and signatures name real accounts (issue 15 item 9).
    from argon2 import PasswordHasher

    from commune_desk.services.accounts import Accounts

    accounts = Accounts(store.engine, hasher=PasswordHasher(time_cost=1, memory_cost=1024,
                                                            parallelism=1))
    if not accounts.has_users():
        accounts.add_user(None, "quantri", Role.ADMIN, "Bench-quan-tri-2026", "Quản trị")
    for who in (clerk, officer, leader):
        accounts.add_user(admin, who.login, who.role, "Bench-mat-khau-2026", STAFF[who.login][0])
    addr = "Xóm Đông Lâm, xã Nghĩa Đàn, tỉnh Nghệ An"

    def receive(name: str, at: datetime, proc: str = "XA-HT-04", **kw: Any) -> str:
        intake = svc.Intake(
            procedure_code=proc, received_at=at, sets=1,
            applicant=svc.Applicant(name=name, phone="0912 345 678", address=addr),
            documents=(svc.DocumentItem("Tờ khai cấp Giấy xác nhận tình trạng hôn nhân", True, 1),
                       svc.DocumentItem("Bản sao Giấy chứng nhận kết hôn", False, 1)), **kw)
        return str(svc.receive_dossier(store, clerk, intake, now=at).dossier.id)

    a = receive("Nguyễn Thị Hường", datetime(2026, 11, 16, 8, 30))
    svc.assign_dossier(store, clerk, a, "chuyenvien1", now=datetime(2026, 11, 16, 9, 0))
    svc.request_supplement(store, officer, a, ["Bản sao Giấy chứng nhận kết hôn có chứng thực"],
                           "Hồ sơ còn thiếu giấy tờ", "Điều 22 Nghị định 123/2015/NĐ-CP",
                           now=datetime(2026, 11, 16, 14, 0))
    svc.receive_supplement(store, clerk, a, now=datetime(2026, 11, 17, 8, 0))
    svc.reschedule_dossier(store, leader, a, "Cần xác minh thông tin cư trú tại nơi cư trú trước đây",
                           datetime(2026, 11, 25, 17, 0), "lanhdao1",
                           now=datetime(2026, 11, 19, 10, 0))
    svc.resolve_dossier(store, officer, a, "approved", now=datetime(2026, 11, 23, 15, 0))
    svc.return_result(store, clerk, a, now=datetime(2026, 11, 24, 9, 0))
    b = receive("Trần Văn Bình", datetime(2026, 11, 16, 10, 0))
    svc.refuse_dossier(store, clerk, b, "Người yêu cầu không cư trú tại xã Nghĩa Đàn; hồ sơ không "
                       "thuộc thẩm quyền giải quyết của UBND xã", now=datetime(2026, 11, 16, 10, 20))
    c = receive("Lê Thị Cúc", datetime(2026, 11, 16, 10, 30))
    svc.withdraw_dossier(store, clerk, c, "Theo đề nghị của người nộp", "citizen_request",
                         "Hoàn trả giấy tờ đã nộp", now=datetime(2026, 11, 17, 9, 0))
    d = receive("Lò Văn Thắng", datetime(2026, 11, 18, 8, 15))
    svc.assign_dossier(store, clerk, d, "chuyenvien1", now=datetime(2026, 11, 18, 9, 0))
    svc.resolve_dossier(store, officer, d, "denied", "Người yêu cầu đã có Giấy xác nhận tình "
                        "trạng hôn nhân còn giá trị sử dụng", now=datetime(2026, 11, 20, 10, 0))
    friday = datetime(2026, 11, 27, 15, 50)
    e = receive("Hồ Văn Nam", friday, "1.001193")
    codes = {k: svc.get_dossier(store, v).code for k, v in
             (("a", a), ("b", b), ("c", c), ("d", d), ("e", e))}
    return store, codes


def render_samples(out: Path) -> int:
    """PNG renderings (60 dpi) of every paper, printed from a configured commune's store."""
    from commune_desk.domain.periods import custom_period, parse_period
    from commune_desk.services import printing, reporting

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        store, codes = configured_store(Path(tmp) / "desk.sqlite3")
        day = RENDER_NOW.date()
        docs = {
            "mau01-giay-tiep-nhan": printing.print_form(store, codes["e"], "01"),
            "mau02-yeu-cau-bo-sung": printing.print_form(store, codes["a"], "02"),
            "mau03-tu-choi": printing.print_form(store, codes["b"], "03"),
            "mau04-xin-loi-hen-lai": printing.print_form(store, codes["a"], "04"),
            "mau05-dung-giai-quyet": printing.print_form(store, codes["c"], "05"),
            "mau06-phieu-kiem-soat": printing.print_form(store, codes["a"], "06"),
            "van-ban-tra-loi": printing.print_form(store, codes["d"], "TL"),
            "mau07-so-theo-doi": reporting.render_ledger(reporting.ledger_data(
                store, custom_period(day.replace(day=16), day.replace(day=20)),
                now=RENDER_NOW), "pdf"),
            "bieu-II06a": reporting.render_report(reporting.report_data(
                store, parse_period("2026"), now=RENDER_NOW, doc_number="5"), "pdf"),
            "bao-cao-tuan": reporting.render_brief(reporting.brief_data(
                store, parse_period("2026-W47"), now=RENDER_NOW)),
        }
        store.close()
        for old in out.glob("*.png"):
            if not old.name.startswith("man-hinh"):
                old.unlink()
        for name, pdf in docs.items():
            src = Path(tmp) / f"{name}.pdf"
            src.write_bytes(pdf)
            last = "2" if name in ("mau07-so-theo-doi", "bieu-II06a") else "1"
            subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", last, str(src),
                            str(out / name)], check=True)
            print(f"{name}: {len(pdf):,} bytes, {pages(pdf)} page(s)")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="an existing store (e.g. built by `commune-desk demo`)")
    ap.add_argument("--build", type=int, default=0, help="build a demo store of N dossiers")
    ap.add_argument("--unconfigured", action="store_true",
                    help="with --build: leave the desk unconfigured (\"Xã mẫu\") as a fresh demo "
                         "file is; by default it is set up for Xã Nghĩa Đàn (16941) first")
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

    # 2. Ledger of 10,000 rows (builder on generated rows), median of 3.
    n_rows = 10_000 if not args.skip_ledger else 10
    data = samples.ledger(n_rows)
    t, pdf = timed(lambda: ledger.build_ledger(data), 3)
    n_pages = pages(pdf)
    per_page = f"{n_rows / int(n_pages):.1f}" if n_pages.isdigit() else "?"
    print(f"ledger {n_rows:,} rows (form 07) PDF: {t:.2f} s median of 3 ({cpu()}), "
          f"{n_pages} pages = {per_page} rows a page, {len(pdf) / 1e6:.1f} MB")
    from commune_desk.reports.excel import ledger_xlsx

    t, xlsx = timed(lambda: ledger_xlsx(data), 3)
    print(f"ledger {n_rows:,} rows Excel (write-only): {t:.2f} s median of 3 ({cpu()}), "
          f"{len(xlsx) / 1e6:.2f} MB")

    if not args.db and not args.build:
        return 0
    if args.build:
        from commune_desk.services.demo import generate_demo

        path = Path(tempfile.mkdtemp()) / "bench.sqlite3"
        store = open_store(path)
        if not args.unconfigured:  # a real desk's dossiers: received after the set-up
            from commune_desk.domain.permissions import Actor, Role
            from commune_desk.services.desk import configure_desk

            configure_desk(store, Actor("quantri", Role.ADMIN), commune_code="16941",
                           agency_id="000.00.04.H41")
        t, _ = timed(lambda: generate_demo(store, args.build, months=12, now=now, seed=1))
        print(f"demo store of {args.build:,} dossiers built in {t:.1f} s"
              f"{' (desk not configured)' if args.unconfigured else ' (Xã Nghĩa Đàn, 16941)'}")
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
        n_pages = pages(lpdf)
        per_page = f"{len(ldata.rows) / int(n_pages):.1f}" if n_pages.isdigit() else "?"
        print(f"ledger from the store {win.label}: {len(ldata.rows):,} rows, query "
              f"{t_q:.2f} s ({c_q}), PDF {t_r:.2f} s ({cpu()}), {n_pages} pages = "
              f"{per_page} rows a page")

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
