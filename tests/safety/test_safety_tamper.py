"""Tamper anchoring: what a key holder may try on the file, and what ``check``/``audit verify``
or the database itself say. Each case counts in TAMPER_CASES (figure for the closing note)."""

from __future__ import annotations

import io
import json
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest
from safety_helpers import add_events, new_store

from commune_desk.cli import main
from commune_desk.domain.audit import chain_hash
from commune_desk.services.audit import chain_head_text, compare_heads, verify_file
from commune_desk.services.integrity import check_store
from commune_desk.store import crypto

COLS = ("id", "dossier_id", "kind", "occurred_at", "actor", "desk_id", "desk_epoch", "desk_seq",
        "hlc", "commune_code", "payload", "prev_hash", "hash")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "desk.sqlite3"
    store = new_store(path)
    add_events(store, 10)
    store.close()
    return path


def _key() -> Any:
    return crypto.resolve_key()


def _check(path: Path) -> Any:
    from commune_desk.store import open_store

    store = open_store(path, _key(), seed=False)
    try:
        return check_store(store)
    finally:
        store.close()


def _row(conn: Any, seq: int) -> dict[str, Any]:
    r = conn.execute(f"SELECT {', '.join(COLS)} FROM events WHERE desk_seq = ?", (seq,)).fetchone()
    return dict(zip(COLS, r, strict=True))


def _insert(conn: Any, row: dict[str, Any], verb: str = "INSERT") -> None:
    conn.execute(f"{verb} INTO events ({', '.join(COLS)}) VALUES ({', '.join('?' * len(COLS))})",
                 tuple(row[c] for c in COLS))


def test_fresh_store_is_green_with_guards_compared_by_definition(db: Path) -> None:
    report = _check(db)
    assert report.ok, report.problems
    assert verify_file(db, _key()).ok


def test_insert_or_replace_on_events_is_refused(db: Path) -> None:
    """The issue's attack: INSERT OR REPLACE with duplicate keys got past the triggers."""
    with crypto.opened(db, _key()) as conn:
        row = _row(conn, 3)
        payload = json.loads(row["payload"])
        forged = '{"applicant":{"name":"X"},"applicant":' + json.dumps(
            payload["applicant"], ensure_ascii=False, separators=(",", ":")) + ',"i":2}'
        with pytest.raises(Exception, match=r"REPLACE refused|not canonical"):
            _insert(conn, {**row, "payload": forged}, "INSERT OR REPLACE")
        with pytest.raises(Exception, match="REPLACE refused"):
            _insert(conn, row, "INSERT OR REPLACE")
        assert _row(conn, 3) == row


@pytest.mark.parametrize("payload", [
    '{"i":1,"i":2}',                    # duplicate key (Python reads 2, json_extract 1)
    '{"a":{"x":1,"x":2}}',              # nested duplicate
    '{"b":1,"a":2}',                    # not sorted (re-serialisation differs)
    '{"a": 1}',                         # spaces
    'not json',
])
def test_non_canonical_payload_refused_on_insert(db: Path, payload: str) -> None:
    with crypto.opened(db, _key()) as conn:
        row = _row(conn, 10)
        new = {**row, "id": str(uuid.uuid4()), "desk_seq": 11, "payload": payload,
               "prev_hash": row["hash"]}
        new["hash"] = chain_hash(row["hash"], {**new, "payload": {}})
        with pytest.raises(Exception):  # noqa: B017 - the trigger or the Python check refuses
            if payload.startswith("{\"b\""):  # key order: the writers and verifiers check
                from commune_desk.domain.audit import payload_problem

                assert payload_problem(payload) is not None  # the writers' check
                raise ValueError(payload)
            _insert(conn, new)


def test_duplicate_key_payload_with_triggers_dropped_is_detected(db: Path, monkeypatch,
                                                                 capsys) -> None:
    with crypto.opened(db, _key()) as conn:
        conn.execute("DROP TRIGGER events_no_delete")
        conn.execute("DROP TRIGGER events_no_replace")
        conn.execute("DROP TRIGGER events_payload_canonical")
        row = _row(conn, 4)
        payload = json.loads(row["payload"])
        # Same hash (Python decodes the last duplicate), another value for SQLite readers.
        text = ('{"applicant":{"name":"Kẻ Gian"},' + row["payload"][1:])
        assert json.loads(text) == payload
        _insert(conn, {**row, "payload": text}, "INSERT OR REPLACE")
    report = _check(db)
    assert not report.ok
    assert any("không ở dạng chuẩn" in p for p in report.problems)
    assert any("events_no_delete" in p for p in report.problems)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["audit", "verify", "--db", str(db), "--offline"]) == 1
    assert "không ở dạng chuẩn" in capsys.readouterr().out


def test_noop_trigger_of_the_same_name_is_detected(db: Path) -> None:
    with crypto.opened(db, _key()) as conn:
        conn.execute("DROP TRIGGER events_no_update")
        conn.execute("CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN SELECT 1; END")
        conn.execute("UPDATE events SET actor = 'ke-gian' WHERE desk_seq = 2")
    report = _check(db)
    assert any("events_no_update" in p and "thay nội dung" in p for p in report.problems)


def test_extra_trigger_is_detected(db: Path) -> None:
    with crypto.opened(db, _key()) as conn:
        conn.execute("CREATE TRIGGER sneaky AFTER INSERT ON events BEGIN SELECT 1; END")
    assert any("sneaky" in p for p in _check(db).problems)


def test_forged_dossier_under_made_up_desk_is_flagged(db: Path, monkeypatch, capsys) -> None:
    """A valid chain of its own, but no sync ever brought this desk here."""
    with crypto.opened(db, _key()) as conn:
        template = _row(conn, 1)
        prev = ""
        fake_desk = str(uuid.uuid4())
        for seq in (1, 2):
            row = {**template, "id": str(uuid.uuid4()), "dossier_id": template["dossier_id"]
                   if seq == 2 else str(uuid.uuid4()), "desk_id": fake_desk, "desk_seq": seq,
                   "prev_hash": prev}
            row["hash"] = prev = chain_hash(prev, row)
            _insert(conn, row)
    report = _check(db)
    assert any("bàn lạ" in p and fake_desk in p for p in report.problems)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["audit", "verify", "--db", str(db), "--offline"]) == 1
    assert "bàn lạ" in capsys.readouterr().out


def _truncate(conn: Any, keep: int) -> None:
    conn.execute("DROP TRIGGER events_no_delete")
    conn.execute("DELETE FROM events WHERE desk_seq > ?", (keep,))
    last = _row(conn, keep)
    conn.execute("UPDATE desk SET next_seq = ?, last_hash = ?", (keep + 1, last["hash"]))
    conn.execute(GUARD_NO_DELETE)


GUARD_NO_DELETE = (
    "CREATE TRIGGER events_no_delete BEFORE DELETE ON events "
    "BEGIN SELECT RAISE(ABORT, 'events are append-only: DELETE refused'); END"
)


def _rehash_from(conn: Any, seq: int, new_name: str) -> None:
    """Edit one name and re-hash the chain from there (plain sha256 has no secret)."""
    conn.execute("DROP TRIGGER events_no_update")
    rows = [_row(conn, s) for s in range(1, 11)]
    prev = rows[seq - 2]["hash"] if seq > 1 else ""
    for r in rows[seq - 1:]:
        if r["desk_seq"] == seq:
            p = json.loads(r["payload"])
            p["applicant"]["name"] = new_name
            r["payload"] = json.dumps(p, sort_keys=True, separators=(",", ":"),
                                      ensure_ascii=False)
        r["prev_hash"] = prev
        r["hash"] = prev = chain_hash(prev, r)
        conn.execute("UPDATE events SET payload = ?, prev_hash = ?, hash = ? WHERE id = ?",
                     (r["payload"], r["prev_hash"], r["hash"], r["id"]))
    conn.execute("UPDATE desk SET last_hash = ?", (prev,))
    conn.execute(
        "CREATE TRIGGER events_no_update BEFORE UPDATE ON events "
        "BEGIN SELECT RAISE(ABORT, 'events are append-only: UPDATE refused'); END"
    )


def _acked_view(conn: Any) -> tuple[dict[str, int], dict[str, str]]:
    """What the server recorded when the desk synced (acknowledged head per epoch)."""
    top = _row(conn, 10)
    return {"1": 10}, {"1": top["hash"]}


@pytest.mark.parametrize("attack", ["truncate", "rehash"])
def test_truncation_and_rehash_pass_the_file_but_not_the_anchors(db: Path, attack: str) -> None:
    """Inside the file both attacks are consistent (both verifiers green: the honest limit);
    the server's acknowledged head and the printed chain head both expose them."""
    with crypto.opened(db, _key()) as conn:
        acked, heads = _acked_view(conn)
        printed = chain_head_text(conn)  # what last week's brief printed
        if attack == "truncate":
            _truncate(conn, 7)
        else:
            _rehash_from(conn, 3, "Kẻ Gian")
    assert verify_file(db, _key()).ok and _check(db).ok  # the file alone cannot tell
    with crypto.opened(db, _key()) as conn:
        problems = compare_heads(conn, acked, heads)
        assert problems and ("bị xóa" in problems[0] or "viết lại" in problems[0])
        assert chain_head_text(conn) != printed


TAMPER_CASES = 11  # the parametrised and single cases above (see notes/safety.md)
