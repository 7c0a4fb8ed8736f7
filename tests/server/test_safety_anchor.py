"""Tamper anchoring against a real server: ``audit verify`` compares the file's chain with the
head the server acknowledged (truncation and re-hashed history are found); offline it says
how far it could check."""

from __future__ import annotations

import io
import json
import sqlite3
import sys
from pathlib import Path

import pytest
from desk_people import PASSWORD
from serverkit import Admin, ServerProcess, enroll, make_desk, record_many

from commune_desk.cli import main
from commune_desk.domain.audit import chain_hash
from commune_desk.services.sync import sync_round

COLS = ("id", "dossier_id", "kind", "occurred_at", "actor", "desk_id", "desk_epoch", "desk_seq",
        "hlc", "commune_code", "payload", "prev_hash", "hash")


def _verify(db: Path, monkeypatch, capsys, *extra: str) -> tuple[int, str]:
    # who reads: the desk has accounts (record_many hands over to real users)
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"canbo1\n{PASSWORD}\n"))
    code = main(["audit", "verify", "--db", str(db), *extra])
    return code, capsys.readouterr().out


@pytest.fixture
def synced(sqlite_server: ServerProcess, admin: Admin, tmp_path: Path) -> Path:
    db = tmp_path / "a.sqlite3"
    desk = make_desk(db, 1)
    enroll(desk, sqlite_server, admin)
    record_many(desk, 5, "A")
    assert sync_round(desk).complete
    desk.close()
    return db


def test_intact_desk_matches_the_server(synced: Path, monkeypatch, capsys) -> None:
    code, out = _verify(synced, monkeypatch, capsys)
    assert code == 0, out
    assert "Đã đối chiếu với máy chủ" in out and "khớp" in out


def test_truncated_chain_is_found_online(synced: Path, monkeypatch, capsys) -> None:
    with sqlite3.connect(synced) as conn:  # the key holder deletes the newest 3 events
        conn.execute("DROP TRIGGER events_no_delete")
        top = conn.execute("SELECT max(desk_seq) FROM events").fetchone()[0]
        conn.execute("DELETE FROM events WHERE desk_seq > ?", (top - 3,))
        last = conn.execute("SELECT hash FROM events WHERE desk_seq = ?", (top - 3,)).fetchone()[0]
        conn.execute("UPDATE desk SET next_seq = ?, last_hash = ?", (top - 2, last))
        conn.execute("CREATE TRIGGER events_no_delete BEFORE DELETE ON events "
                     "BEGIN SELECT RAISE(ABORT, 'events are append-only: DELETE refused'); END")
    code, out = _verify(synced, monkeypatch, capsys, "--offline")
    assert code == 0 and "Chỉ" not in out  # inside the file alone the chain is consistent
    code, out = _verify(synced, monkeypatch, capsys)
    assert code == 1 and "bị xóa" in out, out


def test_rehashed_history_is_found_online(synced: Path, monkeypatch, capsys) -> None:
    with sqlite3.connect(synced) as conn:
        conn.execute("DROP TRIGGER events_no_update")
        rows = [dict(zip(COLS, r, strict=True)) for r in conn.execute(
            f"SELECT {', '.join(COLS)} FROM events ORDER BY desk_epoch, desk_seq")]
        prev = ""
        for i, r in enumerate(rows):
            if i == 1:
                p = json.loads(r["payload"])
                p["note"] = "sửa"
                r["payload"] = json.dumps(p, sort_keys=True, separators=(",", ":"),
                                          ensure_ascii=False)
            r["prev_hash"] = prev
            r["hash"] = prev = chain_hash(prev, r)
            conn.execute("UPDATE events SET payload = ?, prev_hash = ?, hash = ? WHERE id = ?",
                         (r["payload"], r["prev_hash"], r["hash"], r["id"]))
        conn.execute("UPDATE desk SET last_hash = ?", (prev,))
        conn.execute("CREATE TRIGGER events_no_update BEFORE UPDATE ON events "
                     "BEGIN SELECT RAISE(ABORT, 'events are append-only: UPDATE refused'); END")
    code, out = _verify(synced, monkeypatch, capsys, "--offline")
    assert code == 0
    code, out = _verify(synced, monkeypatch, capsys)
    assert code == 1 and "viết lại" in out, out


def test_offline_says_how_far_it_checked(synced: Path, sqlite_server: ServerProcess,
                                         monkeypatch, capsys) -> None:
    sqlite_server.stop()
    code, out = _verify(synced, monkeypatch, capsys)
    assert code == 0
    assert "Không đối chiếu được với máy chủ" in out and "Chỉ kiểm được chuỗi bên trong tệp" in out
    assert "sự kiện ·" in out  # the chain head to compare with the printed brief


def _forge_desk(db: Path) -> str:
    """A key holder writes a dossier under a made-up desk (a valid chain of its own) and adds
    that desk to ``known_desks``, so the file alone looks whole."""
    import uuid

    with sqlite3.connect(db) as conn:
        template = dict(zip(COLS, conn.execute(
            f"SELECT {', '.join(COLS)} FROM events ORDER BY desk_seq LIMIT 1").fetchone(),
            strict=True))
        fake = str(uuid.uuid4())
        row = {**template, "id": str(uuid.uuid4()), "dossier_id": str(uuid.uuid4()),
               "desk_id": fake, "desk_epoch": 1, "desk_seq": 1, "prev_hash": ""}
        row["hash"] = chain_hash("", row)
        conn.execute(f"INSERT INTO events ({', '.join(COLS)}) VALUES "
                     f"({', '.join('?' * len(COLS))})", tuple(row[c] for c in COLS))
        conn.execute("INSERT INTO known_desks (desk_id, source, first_seen_at) "
                     "VALUES (?, 'sync', '2026-11-20T08:00:00')", (fake,))
    return fake


def test_forged_desk_hidden_in_known_desks_is_found_online(synced: Path, monkeypatch,
                                                           capsys) -> None:
    fake = _forge_desk(synced)
    code, out = _verify(synced, monkeypatch, capsys, "--offline")
    assert code == 0 and fake not in out  # the file alone cannot tell: the known_desks hole
    code, out = _verify(synced, monkeypatch, capsys)
    assert code == 1 and "bàn lạ" in out and fake in out, out


def test_offline_says_known_desks_are_unverified(synced: Path, sqlite_server: ServerProcess,
                                                 monkeypatch, capsys) -> None:
    _forge_desk(synced)
    sqlite_server.stop()
    code, out = _verify(synced, monkeypatch, capsys)
    assert code == 0
    assert "known_desks" in out and "chưa được đối chiếu với máy chủ" in out


def test_desks_of_the_commune_pass_online(sqlite_server: ServerProcess, admin: Admin,
                                          tmp_path: Path, monkeypatch, capsys) -> None:
    """Another enrolled desk's events, brought by sync, are no stranger to the server."""
    a = make_desk(tmp_path / "a.sqlite3", 1)
    b = make_desk(tmp_path / "b.sqlite3", 2)
    for desk in (a, b):
        enroll(desk, sqlite_server, admin)
    record_many(b, 3, "B")
    assert sync_round(b).complete
    record_many(a, 2, "A")
    assert sync_round(a).complete and sync_round(a).pulled == 0
    a.close()
    b.close()
    with sqlite3.connect(tmp_path / "a.sqlite3") as conn:
        assert conn.execute("SELECT count(DISTINCT desk_id) FROM events").fetchone()[0] == 2
    code, out = _verify(tmp_path / "a.sqlite3", monkeypatch, capsys)
    assert code == 0 and "khớp" in out and "bàn lạ" not in out, out
