"""Safety figures: login hash time, encrypted vs plain commit cost, backup time/size, verify time.

Usage: .venv/bin/python bench/bench_safety.py [--dossiers 20000] [--commits 200]
Prints one line per figure; every number is measured on this machine in this run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _memory_keyring() -> None:
    import keyring
    from keyring.backend import KeyringBackend

    class _Mem(KeyringBackend):
        priority = 1  # type: ignore[assignment]
        def __init__(self) -> None:
            super().__init__()
            self.data: dict[tuple[str, str], str] = {}

        def get_password(self, s: str, u: str) -> str | None:
            return self.data.get((s, u))

        def set_password(self, s: str, u: str, p: str) -> None:
            self.data[(s, u)] = p

        def delete_password(self, s: str, u: str) -> None:
            self.data.pop((s, u), None)

    keyring.set_keyring(_Mem())


def _n(x: float) -> str:
    return f"{x:,.0f}".replace(",", ".")


def bench_login(rounds: int = 10) -> None:
    from argon2 import PasswordHasher

    ph = PasswordHasher()
    hashes, verifies = [], []
    stored = ph.hash("mat-khau-thu-nghiem")
    for _ in range(rounds):
        t = time.perf_counter()
        ph.hash("mat-khau-thu-nghiem")
        hashes.append(time.perf_counter() - t)
        t = time.perf_counter()
        ph.verify(stored, "mat-khau-thu-nghiem")
        verifies.append(time.perf_counter() - t)
    print(f"login: argon2id (t={ph.time_cost}, m={ph.memory_cost // 1024} MiB, "
          f"p={ph.parallelism}) hash median {statistics.median(hashes) * 1000:.0f} ms, "
          f"verify median {statistics.median(verifies) * 1000:.0f} ms ({rounds} rounds)")


def bench_commits(folder: Path, commits: int) -> None:
    from commune_desk.domain.permissions import Actor, Role
    from commune_desk.services.desk import CalendarProvider
    from commune_desk.services.dossiers import Applicant, Intake, receive_dossier
    from commune_desk.store import crypto, open_store

    actor = Actor("thu", Role.CLERK)
    results = {}
    for label, key in (("plain", None), ("encrypted", crypto.resolve_key())):
        store = open_store(folder / f"commit-{label}.sqlite3", key)
        base = datetime(2026, 3, 2, 8, 0)
        calendar = CalendarProvider(store)  # as the desk passes its one provider
        for i in range(10):  # warm-up (calendar, statement cache)
            receive_dossier(store, actor, Intake("1.001193", Applicant(name=f"Khởi động {i}"),
                                                 received_at=base), calendar=calendar)
        t = time.perf_counter()
        for i in range(commits):
            receive_dossier(store, actor, Intake(
                "1.001193", Applicant(name=f"Nguyễn Thị Hường {i}", address="Xóm 3"),
                received_at=base + timedelta(days=1 + i // 900, seconds=i)), calendar=calendar)
        results[label] = (time.perf_counter() - t) / commits
        store.close()
    p, e = results["plain"], results["encrypted"]
    print(f"commit: receive_dossier (synchronous=FULL) plain {p * 1000:.2f} ms, "
          f"encrypted {e * 1000:.2f} ms per dossier (+{(e / p - 1) * 100:.0f}%, {commits} each)")


def bench_backup_verify(folder: Path, dossiers: int) -> None:
    from commune_desk.services import backup as bk
    from commune_desk.services.audit import verify_file
    from commune_desk.services.demo import generate_demo
    from commune_desk.store import crypto, open_store

    key = crypto.resolve_key()
    db = folder / "big.sqlite3"
    store = open_store(db, key)
    t = time.perf_counter()
    result = generate_demo(store, dossiers, seed=7)
    gen = time.perf_counter() - t
    store.close()
    size = db.stat().st_size
    print(f"data: {_n(dossiers)} dossiers, {_n(result.events)} events generated in {gen:.1f} s; "
          f"encrypted file {size / 1e6:.1f} MB")
    t = time.perf_counter()
    info = bk.make_backup(db, key, dest_dir=folder / "usb")
    took = time.perf_counter() - t
    print(f"backup: {took:.2f} s including verify (integrity_check), {info.size / 1e6:.1f} MB")
    t = time.perf_counter()
    bk.verify_backup(info.path, key)
    print(f"backup verify alone: {time.perf_counter() - t:.2f} s")
    t = time.perf_counter()
    check = bk.check_at_start(db, key)
    print(f"start-up quick_check: {time.perf_counter() - t:.2f} s (ok={check.ok})")
    t = time.perf_counter()
    report = verify_file(db, key)
    took = time.perf_counter() - t
    print(f"audit verify: {_n(report.events)} events, {report.desks} desks in {took:.2f} s "
          f"({report.events / took / 1000:.0f}k events/s, ok={report.ok})")
    t = time.perf_counter()
    restored = bk.restore(db, info.path, key, _admin())
    print(f"restore: {time.perf_counter() - t:.2f} s (new epoch {restored.epoch}, includes the "
          "pre-restore backup of the current file)")


def _admin():  # type: ignore[no-untyped-def]
    from commune_desk.domain.permissions import Actor, Role

    return Actor("admin", Role.ADMIN)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--dossiers", type=int, default=20_000)
    ap.add_argument("--commits", type=int, default=200)
    args = ap.parse_args()
    _memory_keyring()
    bench_login()
    with tempfile.TemporaryDirectory(prefix="bench-safety-") as tmp:
        bench_commits(Path(tmp), args.commits)
        bench_backup_verify(Path(tmp), args.dossiers)


if __name__ == "__main__":
    main()
