"""One canonical JSON and one chain verifier: every layer asks ``domain.canonical``/``audit``."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import commune_desk
from commune_desk.domain.audit import CHAINED_COLUMNS, chain_hash, stored_chain_hash
from commune_desk.domain.canonical import canonical_json

ROW: dict[str, Any] = {
    "id": "e1", "dossier_id": "d1", "kind": "received", "occurred_at": "2026-03-02T08:00:00",
    "actor": "canbo1", "desk_id": "desk-a", "desk_epoch": 1, "desk_seq": 1,
    "hlc": "1772413200000-00000", "commune_code": "04001",
    "payload": {"code": "X-1", "applicant": {"name": "Nguyễn Thị Đào"}, "b": [1, 2]},
}


def test_canonical_json_is_sorted_compact_utf8() -> None:
    assert canonical_json({"b": 1, "a": {"đ": "Đào", "c": [1, 2]}}) == \
        '{"a":{"c":[1,2],"đ":"Đào"},"b":1}'


def test_stored_hash_equals_chain_hash_for_canonical_and_other_spellings() -> None:
    expected = chain_hash("", ROW)
    stored = {**ROW, "payload": canonical_json(ROW["payload"]), "hash": expected}
    assert stored_chain_hash("", stored) == expected
    spaced = {**stored, "payload": json.dumps(ROW["payload"], indent=1, ensure_ascii=True)}
    assert stored_chain_hash("", spaced) == expected  # judged by content, not spelling
    edited = {**stored, "payload": stored["payload"].replace("X-1", "X-2")}
    assert stored_chain_hash("", edited) != expected
    assert set(ROW) == set(CHAINED_COLUMNS)


def test_no_other_module_spells_canonical_json() -> None:
    root = Path(commune_desk.__file__).parent
    spelled = [
        str(path.relative_to(root)) for path in root.rglob("*.py")
        if path.name != "canonical.py" and re.search(
            r"separators=\(\s*[\"'],[\"'],\s*[\"']:[\"']\s*\)", path.read_text(encoding="utf-8"))
    ]
    assert spelled == []


def test_canonical_row_hash_is_chain_hash_for_any_column_text() -> None:
    from commune_desk.domain.audit import canonical_row_hash

    tricky = {**ROW, "actor": 'cán bộ "một"\\\n', "commune_code": "04001",
              "payload": canonical_json(ROW["payload"])}
    assert canonical_row_hash("ab" * 32, tricky) == chain_hash("ab" * 32, tricky)
