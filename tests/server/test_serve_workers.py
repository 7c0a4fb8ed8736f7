"""`serve --workers N`: several server processes on one database lose and duplicate nothing
when desks of one commune push and pull at the same time (issue 16, throughput)."""

from __future__ import annotations

import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from serverkit import Admin, ServerProcess, enroll, event_ids, make_desk, receive, sync_until_done
from sqlalchemy import select, update

from commune_desk.server.models import ServerIdentity
from commune_desk.services.integrity import check_store
from commune_desk.services.sync import client_for


def _children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True,
                         text=True, check=False).stdout
    return [int(p) for p in out.split()]


def test_two_workers_keep_every_guarantee(server_url: str, tmp_path: Path) -> None:
    admin = Admin(server_url)
    admin.add_commune("40001", "Xã Hưng Nguyên")
    server = ServerProcess(server_url, tmp_path / "server.log", workers=2).start()
    try:
        # The province epoch is started once by `serve`, not once per worker process.
        server.stop()
        far = 4_000_000_000
        with admin.sessions.begin() as s:
            s.execute(update(ServerIdentity).values(epoch=far))
        server.start()
        with admin.sessions() as s:
            assert s.scalar(select(ServerIdentity.epoch)) == far + 1
        assert server.proc is not None
        # uvicorn's supervisor, its two workers (and the spawn helper, if any)
        assert len(_children(server.proc.pid)) >= 2
        desks = [make_desk(tmp_path / f"desk{n}.sqlite3", n) for n in (1, 2, 3)]
        for d in desks:
            enroll(d, server, admin)
        for n, d in enumerate(desks):
            for i in range(40):
                receive(d, f"Trần Thị Bình {n}-{i}")

        def rounds(d: object) -> None:
            with client_for(d) as c:  # type: ignore[arg-type]
                for _ in range(2):
                    sync_until_done(d, c, batch=7)

        with ThreadPoolExecutor(3) as pool:  # the three desks at once, small batches
            list(pool.map(rounds, desks))
        for d in desks:  # a last round each, to pull what the others pushed meanwhile
            with client_for(d) as c:
                sync_until_done(d, c)
        ids = [event_ids(d) for d in desks]
        assert ids[0] == ids[1] == ids[2]
        server_ids = [e.id for e in admin.events()]
        assert len(server_ids) == len(set(server_ids)) == len(ids[0]) >= 120
        reports = [check_store(d) for d in desks]
        assert all(r.ok for r in reports), [r.problems for r in reports]
        assert reports[0].digest == reports[1].digest == reports[2].digest
        with client_for(desks[0]) as plain:
            assert plain.digest()["digest"] == reports[0].digest
        for d in desks:
            d.close()
    finally:
        server.stop()
        admin.close()
