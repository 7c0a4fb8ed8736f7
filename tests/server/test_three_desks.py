"""Done-when: three desks of one commune work offline, sync through a link that keeps failing,
and end with the same ``check`` digest as each other and as the server."""

from __future__ import annotations

import contextlib
import random
from pathlib import Path
from typing import Any

from desk_people import add_team
from serverkit import (
    Admin,
    FaultyTransport,
    ServerProcess,
    clerk,
    enroll,
    event_ids,
    faulty_client,
    make_desk,
    projection,
    receive,
    sync_until_done,
)

from commune_desk.services.integrity import check_store
from commune_desk.services.sync import client_for, sync_round
from commune_desk.sync.client import SyncOffline


def _open_ids(store: Any) -> list[str]:
    from sqlalchemy import text

    with store.read() as s:
        return list(s.execute(text(
            "SELECT id FROM dossiers WHERE status IN ('received', 'in_progress') ORDER BY id"))
            .scalars())


def _work(store: Any, rng: random.Random, tag: str) -> None:
    """A little offline work: new dossiers, and moves on whatever open dossiers it knows."""
    from commune_desk.services.dossiers import ServiceError, assign_dossier, resolve_dossier

    for i in range(rng.randint(2, 4)):
        receive(store, f"{tag} Lê Văn Đức {i}")
    for dossier_id in rng.sample(_open_ids(store), k=min(2, len(_open_ids(store)))):
        try:
            if rng.random() < 0.5:
                assign_dossier(store, clerk(), dossier_id, f"canbo{rng.randint(2, 4)}")
            else:
                resolve_dossier(store, clerk(), dossier_id, "approved")
        except ServiceError:
            pass  # the local state refuses it; fine


def test_three_desks_offline_flaky_link_same_digest(server: ServerProcess, admin: Admin,
                                                    tmp_path: Path) -> None:
    rng = random.Random(2026)
    desks = [make_desk(tmp_path / f"desk{n}.sqlite3", n) for n in (1, 2, 3)]
    for d in desks:
        enroll(d, server, admin)
        add_team(d, ("canbo1", "canbo2", "canbo3", "canbo4"))  # hand-overs name real accounts
    clients = [faulty_client(d, FaultyTransport(rng=random.Random(n), fail_rate=0.35))
               for n, d in enumerate(desks)]
    for phase in range(4):
        for n, d in enumerate(desks):
            _work(d, rng, f"P{phase}D{n}")
        for d, c in zip(desks, clients, strict=True):
            with contextlib.suppress(SyncOffline):  # the link failed; work goes on offline
                sync_round(d, c, batch=4)
    # Two desks settle the same dossier while offline: both events are kept.
    shared = _open_ids(desks[0])
    if shared:
        from commune_desk.services.dossiers import ServiceError, resolve_dossier

        for d in desks[:2]:
            with contextlib.suppress(ServiceError):
                resolve_dossier(d, clerk(), shared[0], "approved")
    for _ in range(2):
        for d, c in zip(desks, clients, strict=True):
            sync_until_done(d, c, batch=4)
    ids = [event_ids(d) for d in desks]
    assert ids[0] == ids[1] == ids[2]
    server_ids = [e.id for e in admin.events()]
    assert len(server_ids) == len(set(server_ids)) == len(ids[0])
    assert set(server_ids) == ids[0]
    reports = [check_store(d) for d in desks]
    for r in reports:
        assert r.ok, r.problems
    assert reports[0].digest == reports[1].digest == reports[2].digest
    assert projection(desks[0]) == projection(desks[1]) == projection(desks[2])
    with client_for(desks[0]) as plain:
        server_digest = plain.digest()
    assert server_digest["digest"] == reports[0].digest
    assert server_digest["dossiers"] == reports[0].dossiers > 10
    faults = {f for c in clients for _p, f in c._http._transport.seen}
    assert {"before", "after", "twice"} <= faults
    for c in clients:
        c.close()
    for d in desks:
        d.close()
