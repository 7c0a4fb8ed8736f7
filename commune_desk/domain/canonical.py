"""Canonical JSON: the one text form of a value for the hash chain, stored payloads and digests."""

from __future__ import annotations

import json
from typing import Any

# What ``json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)`` uses,
# made once (``dumps`` builds a new encoder for every call with these arguments).
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_json(value: Any) -> str:
    """Sorted keys, no spaces, UTF-8 kept as is (docs/contracts.md): equal values, equal text."""
    return _ENCODER.encode(value)
