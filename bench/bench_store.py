"""Store benchmark: demo generation, file size, search latency vs raw FTS5, overdue first page."""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

QUERIES = (
    "nguyen thi dao", "tran van hung", "le thi hoa", "pham minh", "hoang thi lan",
    "nguyen van an", "vu thi", "dang van duc", "ho thi huong", "bui quang",
    "khai sinh", "chung thuc ban sao", "ket hon", "tinh trang hon nhan", "ho kinh doanh",
    "040", "0912", "0987", "000.00.00.H41-2511", "nguyen thi thu trang",
)


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dossiers", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=None, help="database to build (must not exist)")
    parser.add_argument("--reuse", action="store_true", help="measure an existing database as is")
    parser.add_argument("--check", action="store_true", help="also run the full soundness check")
    parser.add_argument("--limit", type=int, default=50)
    args = parser.parse_args()

    from commune_desk.domain.text import fts_query
    from commune_desk.services.demo import generate_demo
    from commune_desk.services.integrity import check_store
    from commune_desk.store import open_store
    from commune_desk.store.queries import RAW_FTS_SQL, dossier_rows, overdue_page, search_dossiers

    db = args.db or Path(tempfile.mkdtemp(prefix="bench_store_")) / "bench.sqlite3"
    if not args.reuse:
        if db.exists():
            print(f"{db} exists; pass --reuse to measure it", file=sys.stderr)
            return 2
        store = open_store(db, bulk=True)
        t0 = time.perf_counter()
        last = [0.0]

        def progress(n: int) -> None:
            if time.perf_counter() - last[0] > 5:
                last[0] = time.perf_counter()
                print(f"  … {n:,} dossiers, {time.perf_counter() - t0:.0f} s", file=sys.stderr)

        result = generate_demo(store, args.dossiers, seed=1, progress=progress)
        gen = time.perf_counter() - t0
        store.close()
        print(f"generation: {result.dossiers:,} dossiers, {result.events:,} events, "
              f"{result.desks} desk(s) in {gen:.1f} s (SQLite share {result.insert_seconds:.1f} s)")
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    size = sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))
    print(f"file size: {size / 1e9:.2f} GB ({db})")

    store = open_store(db)
    now_iso = datetime.now().replace(microsecond=0).isoformat()
    # Time to first page of the overdue list, cold (fresh connection) then warm.
    with store.read() as s:
        t = time.perf_counter()
        ids = overdue_page(s, now_iso, 50)
        rows = dossier_rows(s, ids)
        first_page_cold = time.perf_counter() - t
    warm: list[float] = []
    for _ in range(10):
        with store.read() as s:
            t = time.perf_counter()
            rows = dossier_rows(s, overdue_page(s, now_iso, 50))
            warm.append(time.perf_counter() - t)
    print(f"overdue list, first page of {len(rows)} sorted by due moment: "
          f"{first_page_cold * 1000:.1f} ms cold, {statistics.median(warm) * 1000:.1f} ms warm")

    ours: list[float] = []
    raw: list[float] = []
    raw_con = sqlite3.connect(db)
    with store.read() as s:
        for q in QUERIES:  # warm the cache once, as a clerk's second search would
            search_dossiers(s, q, args.limit)
        for q in QUERIES:
            t = time.perf_counter()
            hits = search_dossiers(s, q, args.limit)
            ours.append(time.perf_counter() - t)
            match = fts_query(q)
            t = time.perf_counter()
            raw_rows = raw_con.execute(RAW_FTS_SQL, (match, args.limit)).fetchall()
            raw.append(time.perf_counter() - t)
            assert len(raw_rows) == len(hits), q
    raw_con.close()
    med, p95 = statistics.median(ours), _percentile(ours, 95)
    rmed, rp95 = statistics.median(raw), _percentile(raw, 95)
    print(f"search ({len(QUERIES)} queries, {args.limit} hits max): median {med * 1000:.2f} ms, "
          f"p95 {p95 * 1000:.2f} ms; raw FTS5 median {rmed * 1000:.2f} ms, p95 {rp95 * 1000:.2f} ms; "
          f"ratio {med / rmed:.2f} (median), {p95 / rp95:.2f} (p95)")
    if args.check:
        t = time.perf_counter()
        report = check_store(store)
        print(f"check: ok={report.ok} dossiers={report.dossiers:,} events={report.events:,} "
              f"in {time.perf_counter() - t:.1f} s; digest {report.digest}")
        for line in report.problems:
            print("  ", line)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
