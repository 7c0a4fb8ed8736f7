"""check_store across a desk restore: a new epoch may link to any earlier event of the desk."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from commune_desk.domain.permissions import Actor, Role
from commune_desk.services import dossiers as svc
from commune_desk.services.integrity import check_store
from commune_desk.store import Store, open_store

CLERK = Actor("tiepnhan1", Role.CLERK)
NOW = datetime(2026, 4, 24, 9, 30)


def _receive(store: Store, n: int, start: int = 0) -> None:
    for i in range(start, start + n):
        svc.receive_dossier(store, CLERK, svc.Intake("1.001193", svc.Applicant(f"Lê Văn {i}")),
                            now=NOW + timedelta(minutes=i))


def _new_epoch_linking_to(store: Store, link: str) -> None:
    """What a restore leaves behind: epoch 2 starts after the backup's last event."""
    with store.write() as s:
        s.execute(text("UPDATE desk SET epoch = 2, next_seq = 1, last_hash = :h WHERE id = 1"),
                  {"h": link})


def _hash_of(store: Store, epoch: int, seq: int) -> str:
    with store.read() as s:
        return str(s.execute(
            text("SELECT hash FROM events WHERE desk_epoch = :e AND desk_seq = :s"),
            {"e": epoch, "s": seq},
        ).scalar_one())


def test_new_epoch_may_link_to_an_older_event(tmp_path: Path) -> None:
    store = open_store(tmp_path / "desk.sqlite3")
    try:
        _receive(store, 3)
        # The backup held only the first event; events 2 and 3 came back later from the server.
        _new_epoch_linking_to(store, _hash_of(store, 1, 1))
        _receive(store, 2, start=3)
        report = check_store(store)
        assert report.ok, report.problems
        assert report.events == 5 and report.dossiers == 5
    finally:
        store.close()


def test_new_epoch_linking_to_an_unknown_hash_is_reported(tmp_path: Path) -> None:
    store = open_store(tmp_path / "desk.sqlite3")
    try:
        _receive(store, 2)
        _new_epoch_linking_to(store, "f" * 64)
        _receive(store, 1, start=2)
        report = check_store(store)
        assert not report.ok
        assert any("(kỳ 2, số 1," in p and "mắt xích trước không khớp" in p
                   for p in report.problems)
    finally:
        store.close()


def test_link_inside_an_epoch_must_follow_the_previous_event(tmp_path: Path) -> None:
    """Within one epoch an older hash is not enough: only the boundary may fork."""
    store = open_store(tmp_path / "desk.sqlite3")
    try:
        _receive(store, 3)
        with store.write() as s:
            s.execute(text("UPDATE desk SET last_hash = :h WHERE id = 1"),
                      {"h": _hash_of(store, 1, 1)})
        _receive(store, 1, start=3)
        report = check_store(store)
        assert any("(kỳ 1, số 4," in p and "mắt xích trước không khớp" in p
                   for p in report.problems)
    finally:
        store.close()


def test_check_walks_the_chain_with_the_one_verifier(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """``check`` and ``audit verify`` share ``domain.audit.verify_desk_chain`` (no second copy)."""
    from commune_desk.services import audit

    walked: list[str] = []
    real = audit.verify_desk_chain

    def spy(desk_id: str, rows: Any, **kwargs: Any) -> Any:
        walked.append(desk_id)
        return real(desk_id, rows, **kwargs)

    monkeypatch.setattr(audit, "verify_desk_chain", spy)
    store = open_store(tmp_path / "desk.sqlite3")
    try:
        _receive(store, 2)
        report = check_store(store)
    finally:
        store.close()
    assert report.ok and report.events == 2 and len(walked) == 1
