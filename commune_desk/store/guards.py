"""The append-only and canonical-payload triggers: their exact SQL, so ``check`` compares definitions."""

from __future__ import annotations

import re

# Every guard the schema installs, by name → the CREATE TRIGGER statement as SQLite stores it.
# ``services.integrity.check_store`` compares the stored definitions with these (a trigger
# replaced by a no-op of the same name is found), so a migration that changes a guard must
# change it here too (the test of a fresh store's ``check`` catches a mismatch).
GUARD_TRIGGERS: dict[str, str] = {
    "events_no_update": (
        "CREATE TRIGGER events_no_update BEFORE UPDATE ON events "
        "BEGIN SELECT RAISE(ABORT, 'events are append-only: UPDATE refused'); END"
    ),
    "events_no_delete": (
        "CREATE TRIGGER events_no_delete BEFORE DELETE ON events "
        "BEGIN SELECT RAISE(ABORT, 'events are append-only: DELETE refused'); END"
    ),
    # INSERT OR REPLACE deletes the old row without firing DELETE triggers: refuse any insert
    # that would collide with an event already held (same id or same desk number).
    "events_no_replace": (
        "CREATE TRIGGER events_no_replace BEFORE INSERT ON events "
        "WHEN EXISTS (SELECT 1 FROM events WHERE id = NEW.id) "
        "OR EXISTS (SELECT 1 FROM events WHERE desk_id = NEW.desk_id "
        "AND desk_epoch = NEW.desk_epoch AND desk_seq = NEW.desk_seq) "
        "BEGIN SELECT RAISE(ABORT, 'events are append-only: REPLACE refused'); END"
    ),
    # Payloads are canonical JSON: valid, compact, no duplicate key at any depth (Python reads
    # the last duplicate, SQLite's json_extract the first). Key order is checked by the
    # writers and the verifiers (re-serialisation must equal the stored text).
    "events_payload_canonical": (
        "CREATE TRIGGER events_payload_canonical BEFORE INSERT ON events "
        "WHEN CASE WHEN json_valid(NEW.payload) THEN "
        "json(NEW.payload) IS NOT NEW.payload "
        "OR (SELECT count(*) - count(DISTINCT fullkey) FROM json_tree(NEW.payload)) > 0 "
        "ELSE 1 END "
        "BEGIN SELECT RAISE(ABORT, 'event payload is not canonical JSON'); END"
    ),
    "account_log_no_update": (
        "CREATE TRIGGER account_log_no_update BEFORE UPDATE ON account_log "
        "BEGIN SELECT RAISE(ABORT, 'account_log is append-only'); END"
    ),
    "account_log_no_delete": (
        "CREATE TRIGGER account_log_no_delete BEFORE DELETE ON account_log "
        "BEGIN SELECT RAISE(ABORT, 'account_log is append-only'); END"
    ),
    "report_snapshots_no_update": (
        "CREATE TRIGGER report_snapshots_no_update BEFORE UPDATE ON report_snapshots "
        "BEGIN SELECT RAISE(ABORT, 'report snapshots are immutable'); END"
    ),
}

# Triggers the schema installs that are not guards (the search index keeps itself in step).
OTHER_TRIGGERS = frozenset({"dossiers_fts_insert", "dossiers_fts_delete", "dossiers_fts_update"})


def normalize_sql(sql: str | None) -> str:
    """Whitespace-insensitive form of a stored definition."""
    return re.sub(r"\s+", " ", (sql or "").strip()).rstrip(";")


def trigger_problems(stored: dict[str, str | None]) -> list[str]:
    """Vietnamese lines for guards missing or redefined, and triggers nobody installed.

    ``stored`` maps trigger name → ``sqlite_master.sql``.
    """
    problems: list[str] = []
    for name, sql in GUARD_TRIGGERS.items():
        if name not in stored:
            problems.append(
                f"Thiếu trigger bảo vệ “{name}”: dữ liệu chỉ-ghi-thêm có thể bị sửa, xóa."
            )
        elif normalize_sql(stored[name]) != normalize_sql(sql):
            problems.append(
                f"Trigger bảo vệ “{name}” đã bị thay nội dung (không còn như phần mềm cài): "
                "dữ liệu chỉ-ghi-thêm có thể đã bị sửa, xóa."
            )
    for name in sorted(set(stored) - set(GUARD_TRIGGERS) - OTHER_TRIGGERS):
        problems.append(f"Có trigger lạ “{name}” không do phần mềm cài.")
    return problems
