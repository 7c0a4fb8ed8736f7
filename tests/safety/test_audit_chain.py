"""The pure hash chain: canonical form, verification, the first broken link named."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from commune_desk.domain.audit import GENESIS_HASH, chain_hash, describe, verify_desk_chain


def _chain(n: int, desk: str = "desk-a") -> list[dict]:
    rows, prev = [], GENESIS_HASH
    for i in range(1, n + 1):
        row = {
            "id": f"ev-{i}",
            "dossier_id": f"d-{i % 3}",
            "kind": "received",
            "occurred_at": "2026-04-24T08:00:00",
            "actor": "thu.nguyen",
            "desk_id": desk,
            "desk_epoch": 1,
            "desk_seq": i,
            "hlc": f"{1700000000000 + i:013d}-00000",
            "commune_code": "17995",
            "payload": json.dumps({"applicant": {"name": "Nguyễn Thị Hoa"}, "n": i}, sort_keys=True,
                                  separators=(",", ":"), ensure_ascii=False),
        }
        row["prev_hash"] = prev
        row["hash"] = prev = chain_hash(prev, row)
        rows.append(row)
    return rows


def test_intact_chain_verifies() -> None:
    count, link = verify_desk_chain("desk-a", _chain(20))
    assert count == 20 and link is None


def test_payload_key_order_does_not_matter() -> None:
    row = _chain(1)[0]
    reordered = dict(row, payload=json.dumps(dict(reversed(json.loads(row["payload"]).items()))))
    assert chain_hash("", row) == chain_hash("", reordered)


def test_edited_payload_is_named() -> None:
    rows = _chain(10)
    rows[6]["payload"] = rows[6]["payload"].replace("Hoa", "Hoà")
    _count, link = verify_desk_chain("desk-a", rows)
    assert link is not None and link.event_id == "ev-7" and link.desk_seq == 7
    assert "bị sửa" in describe(link)


def test_deleted_event_is_named() -> None:
    rows = _chain(10)
    del rows[4]
    _count, link = verify_desk_chain("desk-a", rows)
    assert link is not None and link.event_id == "ev-6"
    assert "nhảy" in link.reason


def test_new_epoch_restarts_numbering() -> None:
    rows = _chain(3)
    prev = rows[-1]["hash"]
    extra = dict(rows[0], id="ev-x", desk_epoch=2, desk_seq=1, prev_hash=prev)
    extra["hash"] = chain_hash(prev, extra)
    _count, link = verify_desk_chain("desk-a", [*rows, extra])
    assert link is None


@given(st.integers(min_value=0, max_value=11), st.text(min_size=1, max_size=5))
def test_any_single_field_edit_is_detected(index: int, junk: str) -> None:
    rows = _chain(12)
    row = rows[index]
    field = ["kind", "actor", "occurred_at", "dossier_id", "commune_code"][index % 5]
    if row[field] == row[field] + junk:
        return
    row[field] = row[field] + junk
    _count, link = verify_desk_chain("desk-a", rows)
    assert link is not None and link.event_id == f"ev-{index + 1}"


def _link(prev_row: dict, template: dict, **changes) -> dict:
    row = dict(template, **changes)
    row["prev_hash"] = prev_row["hash"] if prev_row else GENESIS_HASH
    row["hash"] = chain_hash(row["prev_hash"], row)
    return row


def test_restore_fork_links_new_epoch_to_an_earlier_event() -> None:
    # Backup held events 1..3; 4..7 came back from the server after the restore; the new
    # epoch's first event links to event 3 (the restored file's last hash).
    rows = _chain(7)
    fork = _link(rows[2], rows[0], id="ev-e2-1", desk_epoch=2, desk_seq=1)
    nxt = _link(fork, rows[0], id="ev-e2-2", desk_epoch=2, desk_seq=2)
    assert verify_desk_chain("desk-a", [*rows, fork, nxt]) == (9, None)
    looked_up: list[str] = []
    known = {r["hash"] for r in rows}
    _n, link = verify_desk_chain(
        "desk-a", [*rows, fork, nxt],
        is_earlier_hash=lambda h: looked_up.append(h) or h in known)
    assert link is None and looked_up == [rows[2]["hash"]]


def test_fork_to_unknown_hash_or_mid_epoch_is_broken() -> None:
    rows = _chain(5)
    bogus = dict(rows[0], hash="f" * 64)
    fork = _link(bogus, rows[0], id="ev-e2-1", desk_epoch=2, desk_seq=1)
    _n, link = verify_desk_chain("desk-a", [*rows, fork])
    assert link is not None and link.event_id == "ev-e2-1"
    # inside an epoch, linking to an older event is still a break
    rows = _chain(5)
    rows[4] = _link(rows[1], rows[4])
    _n, link = verify_desk_chain("desk-a", rows)
    assert link is not None and link.event_id == "ev-5"


def test_epoch_must_start_at_one() -> None:
    rows = _chain(3)
    extra = _link(rows[2], rows[0], id="ev-x", desk_epoch=2, desk_seq=2)
    _n, link = verify_desk_chain("desk-a", [*rows, extra])
    assert link is not None and "bắt đầu từ số 2" in link.reason


def test_other_desk_chain_may_start_mid_way() -> None:
    rows = _chain(8, desk="desk-b")[3:]  # events 4..8 arrived by sync
    _n, link = verify_desk_chain("desk-b", rows)
    assert link is not None  # as our own desk: must start at the genesis
    assert verify_desk_chain("desk-b", rows, trust_first=True) == (5, None)
    rows[2]["actor"] = "ke-gian"
    _n, link = verify_desk_chain("desk-b", rows, trust_first=True)
    assert link is not None and link.event_id == "ev-6"
