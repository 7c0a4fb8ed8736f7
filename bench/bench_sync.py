"""Sync benchmark: push N events desk → server (SQLite and PostgreSQL) next to a raw bulk insert
into the same server database, then M simulated desks syncing at once against PostgreSQL.

Loopback only; the server runs as a real ``commune-desk serve`` process. PostgreSQL is a
throwaway cluster (initdb/pg_ctl as user postgres) unless COMMUNE_DESK_TEST_PG_URL is set.

    .venv/bin/python bench/bench_sync.py [--events 100000] [--desks 50] [--rounds 4]
        [--per-round 500] [--communes 5] [--skip-pg] [--only-many]

The many-desks part (issue 16) prints the events/s of 50 desks pushing 2,000 events each in
batches of 500, the p95 of one batch, and the ratio to a raw psycopg ``executemany`` of the
same rows in the same run (target: ratio ≥ 0.3, p95 ≤ 1 s).
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PG_BIN = Path("/usr/lib/postgresql/15/bin")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def vn(n: float) -> str:
    return f"{n:,.0f}".replace(",", ".")


class Pg:
    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="cd-bench-pg-", dir="/tmp"))
        os.chmod(self.dir, 0o755)
        shutil.chown(self.dir, "postgres")
        self.port = free_port()
        run = ["runuser", "-u", "postgres", "--"]
        subprocess.run([*run, str(PG_BIN / "initdb"), "-D", str(self.dir / "data"), "-A", "trust",
                        "-U", "postgres", "-E", "UTF8"], check=True, capture_output=True)
        subprocess.run([*run, str(PG_BIN / "pg_ctl"), "-D", str(self.dir / "data"), "-l",
                        str(self.dir / "log"), "-w", "-o",
                        f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.dir} "
                        "-c max_connections=300", "start"], check=True, capture_output=True)
        self.base = f"postgresql://postgres@127.0.0.1:{self.port}"

    def database(self) -> str:
        import psycopg

        name = "bench_" + uuid.uuid4().hex[:8]
        with psycopg.connect(self.base + "/postgres", autocommit=True) as c:
            c.execute(f'CREATE DATABASE "{name}"')
        return f"{self.base}/{name}"

    def stop(self) -> None:
        subprocess.run(["runuser", "-u", "postgres", "--", str(PG_BIN / "pg_ctl"), "-D",
                        str(self.dir / "data"), "-m", "fast", "-w", "stop"], capture_output=True)
        shutil.rmtree(self.dir, ignore_errors=True)


class Server:
    def __init__(self, url: str, log: Path, workers: int = 1) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "commune_desk", "serve", "--db", url, "--port", str(self.port),
             "--workers", str(workers)],
            cwd=ROOT, stdout=log.open("wb"), stderr=subprocess.STDOUT)
        import httpx

        for _ in range(300):
            try:
                if httpx.get(self.url + "/api/v1/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)
        raise RuntimeError("server did not start")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(20)


def make_events(desk_id: str, commune: str, n: int, start_ms: int) -> list[Any]:
    """n chained events of one desk, as its log would hold them (received dossiers)."""
    from commune_desk.domain.audit import chain_hash
    from commune_desk.sync.protocol import WireEvent

    events, prev = [], ""
    for seq in range(1, n + 1):
        fields = {"id": str(uuid.uuid4()), "dossier_id": str(uuid.uuid4()), "kind": "received",
                  "occurred_at": "2026-11-02T08:00:00", "actor": "canbo1", "desk_id": desk_id,
                  "desk_epoch": 1, "desk_seq": seq, "hlc": f"{start_ms + seq:013d}-00000",
                  "commune_code": commune,
                  "payload": {"code": f"000.00.00.H41-261102-{seq % 9000 + 1000:04d}",
                              "procedure_code": "1.001193", "field": "Hộ tịch",
                              "applicant": {"name": f"Nguyễn Văn {seq}"},
                              "due_at": "2026-11-05T17:00:00"}}
        h = chain_hash(prev, fields)
        events.append(WireEvent(**fields, prev_hash=prev, hash=h))
        prev = h
    return events


def setup_commune(url: str, code: str, tokens: int) -> list[str]:
    from commune_desk.server import store
    from commune_desk.server.db import open_db

    engine, sessions = open_db(url, pool_size=2)
    try:
        store.add_commune(sessions, code, f"Xã {code}")
        return [store.issue_token(sessions, code) for _ in range(tokens)]
    finally:
        engine.dispose()


def enrolled_client(server: Server, token: str, number: int = 1) -> tuple[Any, str]:
    from commune_desk.sync.client import SyncClient
    from commune_desk.sync.protocol import EnrollRequest

    desk_id = str(uuid.uuid4())
    with SyncClient(server.url) as c:
        resp = c.enroll(EnrollRequest(schema_version=1, token=token, desk_id=desk_id,
                                      desk_number=number))
    return SyncClient(server.url, resp.desk_token, timeout=120), desk_id


def push_all(client: Any, desk_id: str, events: list[Any], batch: int) -> int:
    from commune_desk.sync.protocol import PushRequest

    acked = 0
    for i in range(0, len(events), batch):
        chunk = events[i:i + batch]
        r = client.push(PushRequest(schema_version=1, desk_id=desk_id, desk_epoch=1, events=chunk))
        assert all(x.status == "accepted" for x in r.results), r.results[:3]
        acked = r.acked_seq
    return acked


def raw_bulk_insert(url: str, commune: str, n: int, batch: int) -> float:
    """The same rows straight into the events table (one transaction per batch)."""
    import json

    from sqlalchemy import insert

    from commune_desk.server.db import open_db
    from commune_desk.server.models import Event

    desk = str(uuid.uuid4())
    rows = [{"id": str(uuid.uuid4()), "commune_code": commune, "commune_seq": 10_000_000 + i,
             "log_hash": "0" * 64, "dossier_id": str(uuid.uuid4()), "kind": "received",
             "occurred_at": "2026-11-02T08:00:00", "actor": "canbo1", "desk_id": desk,
             "desk_epoch": 1, "desk_seq": i + 1, "hlc": f"{1_800_000_000_000 + i:013d}-00000",
             "payload": json.dumps({"code": f"X-{i}", "field": "Hộ tịch"}, ensure_ascii=False),
             "prev_hash": "", "hash": "0" * 64, "stored_at": "2026-11-02T08:00:00"}
            for i in range(n)]
    engine, sessions = open_db(url, pool_size=2)
    t0 = time.perf_counter()
    for i in range(0, n, batch):
        with sessions.begin() as s:
            s.execute(insert(Event), rows[i:i + batch])
    elapsed = time.perf_counter() - t0
    engine.dispose()
    return n / elapsed


def bench_push(label: str, url: str, n: int, batch: int, work: Path) -> dict[str, float]:
    tokens = setup_commune(url, "40001", 1)
    server = Server(url, work / f"server-{label}.log")
    try:
        client, desk_id = enrolled_client(server, tokens[0])
        events = make_events(desk_id, "40001", n, 1_790_000_000_000)
        t0 = time.perf_counter()
        acked = push_all(client, desk_id, events, batch)
        elapsed = time.perf_counter() - t0
        assert acked == n
        client.close()
    finally:
        server.stop()
    raw = raw_bulk_insert(url, "40001", n, batch)
    rate = n / elapsed
    print(f"[{label}] đẩy {vn(n)} sự kiện qua API: {elapsed:.1f} s = {vn(rate)} sự kiện/s; "
          f"chèn thẳng vào cùng CSDL: {vn(raw)} sự kiện/s (API đạt {rate / raw * 100:.0f}%)",
          flush=True)
    return {"push_eps": rate, "raw_eps": raw, "seconds": elapsed}


def raw_executemany(url: str, rows_by_desk: list[list[tuple[Any, ...]]], batch: int) -> float:
    """The same rows through a raw psycopg ``executemany`` (one transaction per batch, one
    connection): the yardstick of the ratio. Returns rows per second."""
    import psycopg

    cols = ", ".join(EVENT_COLUMNS)
    marks = ", ".join(["%s"] * len(EVENT_COLUMNS))
    n = 0
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as conn:
        t0 = time.perf_counter()
        for rows in rows_by_desk:
            for i in range(0, len(rows), batch):
                with conn.transaction(), conn.cursor() as cur:
                    cur.executemany(f"INSERT INTO events ({cols}) VALUES ({marks})",
                                    rows[i:i + batch])
                n += len(rows[i:i + batch])
        elapsed = time.perf_counter() - t0
    return n / elapsed


EVENT_COLUMNS = ("id", "commune_code", "commune_seq", "log_hash", "dossier_id", "kind",
                 "occurred_at", "actor", "desk_id", "desk_epoch", "desk_seq", "hlc", "payload",
                 "prev_hash", "hash", "stored_at")


def raw_rows(events: list[Any], offset: int) -> list[tuple[Any, ...]]:
    """The rows the server would store for ``events`` (other ids, so both can be kept)."""
    import json

    out = []
    for i, e in enumerate(events):
        out.append((str(uuid.uuid4()), e.commune_code, offset + i, "0" * 64, e.dossier_id,
                    e.kind, e.occurred_at, e.actor, str(uuid.UUID(int=offset // 10_000_000)),
                    e.desk_epoch, e.desk_seq + offset, e.hlc,
                    json.dumps(e.payload, ensure_ascii=False, sort_keys=True,
                               separators=(",", ":")), e.prev_hash, e.hash,
                    "2026-11-02T08:00:00"))
    return out


def _pulled_cursor(body: bytes) -> str:
    """The ``cursor`` of a pull reply, read from its tail (the desk would decode the events; the
    bench only needs the cursor, and decoding 1,000 events per pull would take the CPU that the
    server under test needs: the desks' decoding happens on their own PCs)."""
    import json

    at = body.rindex(b'"cursor":')
    return str(json.JSONDecoder().raw_decode(body[at + 9:].decode())[0])


def _prepare_desks(server: Server, url: str, desks: int, rounds: int, per_round: int,
                   communes: int, first_commune: int) -> tuple[list[tuple[str, str, list[bytes]]],
                                                               list[list[Any]], int]:
    from commune_desk.sync.protocol import PushRequest

    # At most nine desks per commune (desk numbers 1–9; the server refuses a number held twice).
    communes = max(communes, -(-desks // 9))
    tokens: list[tuple[str, str]] = []
    for c in range(communes):
        code = f"4{first_commune + c:04d}"
        tokens += [(code, t) for t in setup_commune(url, code, 9)]
    tokens = tokens[:desks]
    prepared: list[tuple[str, str, list[bytes]]] = []
    all_events: list[list[Any]] = []
    for i, (code, token) in enumerate(tokens):  # enrol and build bodies before the clock
        client, desk_id = enrolled_client(server, token, 1 + i % 9)
        client.close()
        events = make_events(desk_id, code, rounds * per_round, 1_790_000_000_000 + i)
        all_events.append(events)
        bodies = [PushRequest(schema_version=1, desk_id=desk_id, desk_epoch=1,
                              events=events[r * per_round:(r + 1) * per_round])
                  .model_dump_json().encode() for r in range(rounds)]
        prepared.append((desk_id, client.token or "", bodies))
    return prepared, all_events, communes


def _run_desks(server: Server, prepared: list[tuple[str, str, list[bytes]]], per_round: int,
               offsets: list[float]) -> tuple[list[float], list[str], float]:
    """Every desk starts its sync round at its offset (seconds after a common start) and sends
    its batches back to back, pulling after each push. Returns the push latencies, the errors
    and the elapsed time."""
    import httpx

    push_latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(len(prepared))
    t_start = [0.0]

    def one_desk(item: tuple[tuple[str, str, list[bytes]], float]) -> None:
        (_desk_id, token, bodies), offset = item
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        try:
            with httpx.Client(base_url=server.url, headers=headers, timeout=300) as http:
                if start.wait() == 0:
                    t_start[0] = time.perf_counter()
                time.sleep(offset)
                cursor = ""
                for r, body in enumerate(bodies):
                    t0 = time.perf_counter()
                    resp = http.post("/api/v1/push", content=body)
                    t1 = time.perf_counter()
                    if resp.status_code != 200 or resp.json()["acked_seq"] != (r + 1) * per_round:
                        raise AssertionError(f"push {resp.status_code}: {resp.text[:200]}")
                    pulled = http.get("/api/v1/pull", params={"epoch": 1, "cursor": cursor,
                                                              "limit": 1000})
                    if pulled.status_code != 200:
                        raise AssertionError(f"pull {pulled.status_code}: {pulled.text[:200]}")
                    cursor = _pulled_cursor(pulled.content)
                    with lock:
                        push_latencies.append(t1 - t0)
        except Exception as exc:  # counted and shown: the target is zero
            with lock:
                errors.append(f"{type(exc).__name__}: {exc}")

    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=len(prepared)) as pool:
        list(pool.map(one_desk, zip(prepared, offsets, strict=True)))
    elapsed = time.perf_counter() - (t_start[0] or t0)
    return push_latencies, errors, elapsed


def _p95(latencies: list[float]) -> float:
    lat = sorted(latencies)
    return lat[max(0, int(len(lat) * 0.95) - 1)] if lat else float("nan")


def load_average() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def bench_many_desks(url: str, desks: int, rounds: int, per_round: int, work: Path,
                     communes: int, workers: int = 1, spread: float = 60.0) -> dict[str, float]:
    """``desks`` desks (spread over ``communes``) push ``rounds`` batches of ``per_round``
    events each and pull after each push.

    1. All at once (every desk starts at the same instant): the throughput, next to a raw
       executemany of the same rows into the same database (measured just before and just
       after, the ratio is to their mean), and the p95 of a push batch.
    2. As desks really sync (``spread`` > 0): another set of desks, each starting its round at
       a random moment within ``spread`` seconds (a desk's SyncLoop runs every 60 s from
       whenever the PC started, so 50 desks' rounds fall anywhere in that minute): the p95 of
       a push batch when the server is not hit by 50 batches in the same millisecond.
    """
    import random

    server = Server(url, work / "server-many.log", workers)
    try:
        prepared, all_events, communes = _prepare_desks(server, url, desks, rounds, per_round,
                                                        communes, 0)
        spread_prepared: list[tuple[str, str, list[bytes]]] = []
        if spread > 0:
            spread_prepared, _, _ = _prepare_desks(server, url, desks, rounds, per_round,
                                                   communes, 5000)
        raw_before = raw_executemany(url, [raw_rows(ev, 10_000_000 * (k + 1))
                                           for k, ev in enumerate(all_events)], per_round)
        load = load_average()
        lat, errors, elapsed = _run_desks(server, prepared, per_round, [0.0] * len(prepared))
        spread_result: tuple[list[float], list[str], float] | None = None
        if spread > 0:
            rng = random.Random(16)
            offsets = [rng.uniform(0, spread) for _ in spread_prepared]
            spread_load = load_average()
            spread_result = _run_desks(server, spread_prepared, per_round, offsets)
    finally:
        server.stop()
    raw_after = raw_executemany(url, [raw_rows(ev, 10_000_000 * (k + 1) + 5_000_000)
                                      for k, ev in enumerate(all_events)], per_round)
    raw = (raw_before + raw_after) / 2
    total = len(lat) * per_round
    api = total / elapsed
    p95 = _p95(lat)
    print(f"[postgresql] {len(prepared)} máy ({communes} xã), serve --workers {workers}, "
          f"CÙNG MỘT LÚC, mỗi máy {rounds} lô × {per_round} sự kiện (gửi rồi nhận): "
          f"{vn(total)} sự kiện trong {elapsed:.1f} s = {vn(api)} sự kiện/s; executemany thô "
          f"cùng các dòng (trước/sau): {vn(raw_before)}/{vn(raw_after)} sự kiện/s; "
          f"tỷ lệ API/thô = {api / raw:.2f}×; lô 500: trung vị "
          f"{statistics.median(lat) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms; lỗi: {len(errors)}; "
          f"tải máy (1/5/15 phút) {load}", flush=True)
    for e in errors[:5]:
        print("   ", e)
    result = {"api_eps": api, "raw_eps": raw, "ratio": api / raw, "p95_s": p95}
    if spread_result is not None:
        s_lat, s_errors, s_elapsed = spread_result
        s_total = len(s_lat) * per_round
        print(f"[postgresql] {len(spread_prepared)} máy khác, mỗi máy bắt đầu vòng đồng bộ vào "
              f"một lúc ngẫu nhiên trong {spread:.0f} s (như SyncLoop), {rounds} lô × "
              f"{per_round}: {vn(s_total)} sự kiện trong {s_elapsed:.1f} s; lô 500: trung vị "
              f"{statistics.median(s_lat) * 1000:.0f} ms, p95 {_p95(s_lat) * 1000:.0f} ms; "
              f"lỗi: {len(s_errors)}; tải máy {spread_load}", flush=True)
        for e in s_errors[:5]:
            print("   ", e)
        result["spread_p95_s"] = _p95(s_lat)
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--desks", type=int, default=50)
    ap.add_argument("--communes", type=int, default=5)
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--per-round", type=int, default=500)
    ap.add_argument("--only-many", action="store_true",
                    help="chỉ đo nhiều máy cùng lúc trên PostgreSQL")
    ap.add_argument("--skip-pg", action="store_true")
    ap.add_argument("--workers", type=int, default=1, help="serve --workers N")
    ap.add_argument("--spread", type=float, default=60.0,
                    help="giây: các máy bắt đầu vòng đồng bộ rải trong khoảng này (0: bỏ qua)")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="cd-bench-sync-"))
    pg: Pg | None = None
    try:
        if not args.only_many:
            bench_push("sqlite", str(work / "server.sqlite3"), args.events, args.batch, work)
        if args.skip_pg:
            return 0
        base = os.environ.get("COMMUNE_DESK_TEST_PG_URL")
        if base is None:
            if not (PG_BIN / "initdb").exists():
                print("PostgreSQL không có trên máy: bỏ qua phần PostgreSQL.")
                return 0
            pg = Pg()

        def database() -> str:
            if pg is not None:
                return pg.database()
            assert base is not None
            return base

        if not args.only_many:
            bench_push("postgresql", database(), args.events, args.batch, work)
        bench_many_desks(database(), args.desks, args.rounds, args.per_round, work,
                         args.communes, args.workers, args.spread)
    finally:
        if pg is not None:
            pg.stop()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
