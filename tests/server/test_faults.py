"""Fault injection against the real server: cut links, lost replies, doubled and reordered
batches, a server killed and restarted, a server restored to an older backup, a desk killed
mid-sync. Nothing is lost, nothing is stored twice, everyone converges."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import time
from pathlib import Path
from typing import Any

import pytest
from serverkit import (
    Admin,
    FaultyTransport,
    ServerProcess,
    backup_server,
    enroll,
    event_ids,
    faulty_client,
    make_desk,
    projection,
    receive,
    record_many,
    restore_server,
    sync_until_done,
)

from commune_desk.services.sync import (
    client_for,
    dossier_sync_status,
    push_pending,
    sync_round,
    sync_summary,
)
from commune_desk.sync.client import SyncOffline
from commune_desk.sync.protocol import PushRequest


def _server_ids(admin: Admin) -> list[str]:
    return [e.id for e in admin.events()]


def _assert_once(admin: Admin, expected: set[str]) -> None:
    ids = _server_ids(admin)
    assert len(ids) == len(set(ids)), "an event is stored twice"
    assert set(ids) == expected


def test_cut_links_lost_replies_doubled_batches(server: ServerProcess, admin: Admin,
                                                tmp_path: Path) -> None:
    a = make_desk(tmp_path / "a.sqlite3", 1)
    enroll(a, server, admin)
    record_many(a, 24, "A")
    transport = FaultyTransport(["ok", "ok", "after", "before", "twice", "ok", "after"],
                                rng=random.Random(7), fail_rate=0.5)
    client = faulty_client(a, transport)
    report = sync_until_done(a, client, batch=5)
    fates = {f for _p, f in transport.seen}
    assert {"before", "after", "twice"} <= fates
    assert report.complete
    _assert_once(admin, event_ids(a))
    assert sync_summary(a).pending == 0
    client.close()
    a.close()


def test_cut_after_commit_leaves_dossier_sent_then_confirmed(sqlite_server: ServerProcess,
                                                             admin: Admin, tmp_path: Path) -> None:
    a = make_desk(tmp_path / "a.sqlite3", 1)
    enroll(a, sqlite_server, admin)
    dossier = receive(a)
    # status ok, then the push is committed but its reply is lost
    client = faulty_client(a, FaultyTransport(["ok", "after"]))
    with pytest.raises(SyncOffline):
        sync_round(a, client)
    assert admin.count() == 1  # the server has it
    assert dossier_sync_status(a, [dossier])[dossier] == "sent"  # the desk does not know yet
    # The next round starts by asking the server what it holds: nothing is sent twice.
    report = sync_round(a, client)
    assert report.pushed == 0 and report.complete
    assert dossier_sync_status(a, [dossier])[dossier] == "confirmed"
    # Without that question (a push retried at once), the server answers "duplicate".
    from commune_desk.services.sync import SyncReport

    receive(a)
    direct = SyncReport()
    with pytest.raises(SyncOffline):
        push_pending(a, faulty_client(a, FaultyTransport(["after"])), direct)
    push_pending(a, faulty_client(a, FaultyTransport(["twice"])), direct)
    assert direct.duplicates == 1 and direct.accepted == 0
    _assert_once(admin, event_ids(a))
    client.close()
    a.close()


def test_reordered_batches(sqlite_server: ServerProcess, admin: Admin, tmp_path: Path) -> None:
    from sqlalchemy import text

    from commune_desk.sync.protocol import WireEvent
    a = make_desk(tmp_path / "a.sqlite3", 1)
    enroll(a, sqlite_server, admin)
    record_many(a, 6, "A")
    with a.read() as s:
        events = [WireEvent.from_row(r) for r in s.execute(text("SELECT * FROM events ORDER BY desk_seq"))]
    first, second = events[:4], events[4:]
    client = client_for(a)

    def push(batch: list[Any]) -> Any:
        return client.push(PushRequest(schema_version=1, desk_id=batch[0].desk_id,
                                       desk_epoch=batch[0].desk_epoch, events=batch))

    late = push(second)
    assert {r.status for r in late.results} == {"accepted"}
    assert late.acked_seq == 0  # a gap: nothing is acknowledged beyond it
    early = push(first)
    assert early.acked_seq == len(events)
    again = push(events + events)  # a doubled batch
    assert {r.status for r in again.results} == {"duplicate"}
    assert client.status().acked == {"1": len(events)}
    from commune_desk.services.sync import SyncReport

    report = SyncReport()  # the desk's own push path, knowing nothing of the above
    push_pending(a, client, report)
    assert report.duplicates == len(events) and report.accepted == 0
    assert sync_summary(a).pending == 0
    _assert_once(admin, event_ids(a))
    client.close()
    a.close()


def test_server_killed_mid_sync_and_restarted(sqlite_server: ServerProcess, admin: Admin,
                                              tmp_path: Path) -> None:
    from commune_desk.services.sync import SyncReport

    a = make_desk(tmp_path / "a.sqlite3", 1)
    enroll(a, sqlite_server, admin)
    record_many(a, 20, "A")
    client = client_for(a)
    push_pending(a, client, SyncReport(), batch=5, max_batches=2)
    pending_before = sync_summary(a).pending
    assert 0 < pending_before < len(event_ids(a))
    sqlite_server.kill()
    with pytest.raises(SyncOffline):
        sync_round(a, client)
    assert sync_summary(a).pending == pending_before  # nothing moved without the server's word
    sqlite_server.start()
    client.close()
    client = client_for(a)  # the port is the same; a fresh connection pool
    report = sync_until_done(a, client, batch=5)
    assert report.complete
    _assert_once(admin, event_ids(a))
    client.close()
    a.close()


def test_server_restored_to_older_backup(server: ServerProcess, admin: Admin,
                                         tmp_path: Path) -> None:
    a = make_desk(tmp_path / "a.sqlite3", 1)
    b = make_desk(tmp_path / "b.sqlite3", 2)
    enroll(a, server, admin)
    enroll(b, server, admin)
    record_many(a, 5, "A")
    assert sync_round(a).complete
    backup = backup_server(server, admin, "old")
    record_many(a, 5, "A2")
    assert sync_round(a).complete
    assert sync_round(b).complete  # b now holds a's 10 dossiers, pull cursor at the end
    restore_server(server, admin, backup)  # the server forgets a's last five
    record_many(b, 3, "B")
    assert sync_round(b).complete  # b's cursor is no longer known: b re-reads from the start
    report = sync_round(a)
    assert report.complete and report.accepted > 0  # a sends again what the server lost
    assert sync_round(b).complete
    everything = event_ids(a) | event_ids(b)
    _assert_once(admin, everything)
    assert event_ids(a) == event_ids(b) == everything
    assert projection(a) == projection(b)
    a.close()
    b.close()


def _child_sync(db: str, url: str, token_pair: tuple[str, str]) -> None:
    """Runs in a forked child: a slow sync the parent kills part-way."""
    import keyring

    from commune_desk.services.sync import SyncReport
    from commune_desk.store import open_store
    from commune_desk.sync.credentials import SERVICE

    keyring.set_password(SERVICE, token_pair[0], token_pair[1])
    store = open_store(db, create=False)

    class Slow(FaultyTransport):
        def handle_request(self, request: Any) -> Any:
            time.sleep(0.15)
            return super().handle_request(request)

    client = client_for(store, transport=Slow())
    push_pending(store, client, SyncReport(), batch=3)


def test_desk_killed_mid_sync(sqlite_server: ServerProcess, admin: Admin, tmp_path: Path,
                              memory_keyring: Any) -> None:
    db = tmp_path / "a.sqlite3"
    a = make_desk(db, 1)
    enroll(a, sqlite_server, admin)
    record_many(a, 30, "A")
    total = len(event_ids(a))
    (key, token), = memory_keyring.store.items()
    a.close()
    ctx = multiprocessing.get_context("fork")
    child = ctx.Process(target=_child_sync, args=(str(db), sqlite_server.url, (key[1], token)))
    child.start()
    deadline = time.monotonic() + 30
    while admin.count() < 6 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert child.pid is not None
    os.kill(child.pid, signal.SIGKILL)
    child.join(10)
    assert 0 < admin.count() < total  # killed part-way
    from commune_desk.store import open_store

    a = open_store(db, create=False)
    report = sync_until_done(a, client_for(a))
    assert report.complete
    _assert_once(admin, event_ids(a))
    a.close()
