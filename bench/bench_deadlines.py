"""Benchmark: deadline computations per second over a realistic mix of limits and receipt times.

Prints the median rate over several rounds, and the wall time of recomputing N dossiers
(default 1,000,000) — with and without the Vietnamese explanation.
Usage: python bench/bench_deadlines.py [--dossiers 1000000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import datetime, timedelta

from commune_desk.domain.deadlines import Pause, compute_due
from commune_desk.domain.timelimit import LimitUnit, TimeLimit
from commune_desk.services.calendar_source import load_calendar

# The mix of a commune's intake: civil status and certification dominate (same day, short WD).
MIX = [
    (TimeLimit(1, LimitUnit.SAME_DAY), 40),
    (TimeLimit(3, LimitUnit.WORKING_DAYS), 25),
    (TimeLimit(2, LimitUnit.WORKING_DAYS), 10),
    (TimeLimit(5, LimitUnit.WORKING_DAYS), 8),
    (TimeLimit(15, LimitUnit.CALENDAR_DAYS), 7),
    (TimeLimit(30, LimitUnit.CALENDAR_DAYS), 5),
    (TimeLimit(8, LimitUnit.WORKING_HOURS), 5),
]


def workload(n: int, seed: int = 7) -> list[tuple[datetime, TimeLimit, tuple[Pause, ...]]]:
    rng = random.Random(seed)
    limits = [lim for lim, w in MIX for _ in range(w)]
    start = datetime(2024, 12, 1)
    items = []
    for _ in range(n):
        received = start + timedelta(days=rng.randrange(730), minutes=rng.randrange(7 * 60, 17 * 60))
        pauses: tuple[Pause, ...] = ()
        if rng.random() < 0.08:  # supplemented dossiers
            p = received + timedelta(hours=rng.randrange(2, 48))
            pauses = (Pause(p, p + timedelta(hours=rng.randrange(4, 96))),)
        items.append((received, rng.choice(limits), pauses))
    return items


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dossiers", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--sample", type=int, default=50_000)
    args = parser.parse_args()

    t0 = time.perf_counter()
    cal = load_calendar()
    print(f"calendar load: {(time.perf_counter() - t0) * 1000:.0f} ms")

    sample = workload(args.sample)
    for explain in (False, True):
        rates = []
        for _ in range(args.rounds):
            t = time.perf_counter()
            for received, limit, pauses in sample:
                compute_due(received, limit, cal, pauses=pauses, explain=explain)
            rates.append(len(sample) / (time.perf_counter() - t))
        label = "with explanation" if explain else "due only"
        print(f"{label:>17}: median {statistics.median(rates):,.0f} computations/s "
              f"(min {min(rates):,.0f}, max {max(rates):,.0f}, {args.rounds} rounds × {len(sample):,})")

    items = workload(args.dossiers, seed=11)
    t = time.perf_counter()
    for i, (received, limit, pauses) in enumerate(items, 1):
        compute_due(received, limit, cal, pauses=pauses, explain=False)
        if i % 200_000 == 0:
            print(f"  … {i:,}/{len(items):,}", file=sys.stderr, flush=True)
    elapsed = time.perf_counter() - t
    print(f"recompute {len(items):,} dossiers (due only): {elapsed:.1f} s "
          f"({len(items) / elapsed:,.0f}/s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
