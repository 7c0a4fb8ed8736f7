"""Crash safety: SIGKILL a process writing dossiers 50 times; nothing committed is lost."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from commune_desk.services.audit import verify_file
from commune_desk.store import crypto, open_store

ROOT = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = int(os.environ.get("COMMUNE_DESK_CRASH_KILLS", "50"))
PASSPHRASE = "mat-khau-thu-nghiem-sap-do"


def _procedure_code() -> str:
    doc = json.loads((ROOT / "commune_desk" / "resources" / "catalog" / "commune_catalog.json").read_text("utf-8"))
    return str(doc["procedures"][0]["code"])


@pytest.mark.slow
def test_sigkill_fifty_times_loses_nothing_committed(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(crypto.PASSPHRASE_ENV, PASSPHRASE)
    key = crypto.resolve_key()
    db = tmp_path / "crash.sqlite3"
    open_store(db, key).close()  # create, migrate and seed once
    env = dict(os.environ, PYTHONPATH=str(ROOT), **{crypto.PASSPHRASE_ENV: PASSPHRASE})
    code = _procedure_code()
    rng = random.Random(20260424)
    committed: dict[str, str] = {}
    killed_before_ready = 0
    mid_write_runs = 0
    started = time.monotonic()
    for run in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(WRITER), str(db), code, str(run)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT, text=True,
        )
        # Kill at a random moment: one run in five while it starts and opens the file, the
        # others mid-writes (timed from its first write, so a slow start does not skew it).
        head: list[str] = []
        if rng.random() < 0.2:
            time.sleep(rng.uniform(0.05, 0.6))
        else:
            # Mid-writes: wait for the first acknowledged write (so a slow start on a loaded
            # machine does not turn every run into a kill before any work), then kill at a
            # random moment among the following writes.
            mid_write_runs += 1
            assert child.stdout is not None
            while True:
                line = child.stdout.readline()  # blocks until the next line (or the child died)
                head.append(line)
                if not line or line.startswith("OK "):
                    break
            time.sleep(rng.uniform(0.0, 0.5))
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate(timeout=30)
        out = "".join(head) + out
        assert child.returncode == -signal.SIGKILL, err
        assert "Traceback" not in err, err
        lines = out.splitlines()
        if "READY" not in lines:
            killed_before_ready += 1
        for line in lines:
            if line.startswith("OK "):
                _ok, dossier_id, dossier_code = line.split()
                committed[dossier_id] = dossier_code
    elapsed = time.monotonic() - started
    print(f"{KILLS} kills in {elapsed:.1f}s, {len(committed)} dossiers reported committed, "
          f"{killed_before_ready} killed before the first write")
    assert len(committed) >= mid_write_runs > 0  # the writers did real work between kills

    with crypto.opened(db, key) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        rows = dict(conn.execute("SELECT id, code FROM dossiers").fetchall())
        received = conn.execute("SELECT count(*) FROM events WHERE kind='received'").fetchone()[0]
        seqs = [r[0] for r in conn.execute("SELECT desk_seq FROM events ORDER BY desk_seq")]
    missing = [d for d in committed if d not in rows]
    assert not missing, f"{len(missing)} committed dossiers lost"
    assert all(rows[d] == c for d, c in committed.items())
    assert len(set(rows.values())) == len(rows)  # no dossier code was handed out twice
    assert received == len(rows)  # every event has its projection row and vice versa
    assert seqs == list(range(1, len(seqs) + 1))  # desk numbering without gaps
    report = verify_file(db, key)
    assert report.ok, report.broken

    from commune_desk.services.integrity import check_store

    store = open_store(db, key)
    try:
        checked = check_store(store)
    finally:
        store.close()
    assert checked.ok, checked.problems
    assert checked.dossiers == len(rows)
