"""Desk-side sync: enrol with a server, one round (push then pull), status per dossier, quarantine.

The outbox is the log itself: this desk's events above the number the server acknowledged for
their epoch. The acknowledgement is moved only from the server's answer, in the same
transaction that records rejections, so a cut link or a killed process never loses or skips
an event; at worst a batch is sent again and the server answers "duplicate".
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from commune_desk.domain.vntime import CLOCK_WARNING_SECONDS, clock_offset_text, utc_ms, vn_now
from commune_desk.errors import UserError
from commune_desk.services.changes import Changes
from commune_desk.sync.protocol import PROTOCOL_VERSION, EnrollRequest, PushRequest, WireEvent

if TYPE_CHECKING:
    from commune_desk.store.engine import Store
    from commune_desk.sync.client import SyncClient

BATCH = 500


class SyncHeld(UserError):
    """Sync must wait for an administrator (after a restore, or an epoch the server is ahead of)."""


class NotEnrolled(UserError):
    """The desk has no server yet (``commune-desk enroll``)."""


# How the background loop treats a failed round (``round_failure``): each answer maps to what
# the clerk is shown and how long the loop waits before the next try.
OFFLINE, HELD, NOT_ENROLLED, REFUSED, BROKEN = "offline", "held", "not_enrolled", "refused", "broken"


def round_failure(exc: BaseException) -> str:
    """What kind of failure a ``sync_round`` exception is, for the loop's state and wait."""
    from commune_desk.sync.client import SyncOffline, SyncRefused
    from commune_desk.sync.credentials import CredentialError

    if isinstance(exc, SyncOffline):
        return OFFLINE
    if isinstance(exc, SyncHeld):
        return HELD
    if isinstance(exc, (NotEnrolled, CredentialError)):
        return NOT_ENROLLED
    if isinstance(exc, SyncRefused):
        return REFUSED
    return BROKEN


@dataclass
class Backoff:
    """Exponential backoff with jitter: 2 s, 4 s, 8 s … up to 5 minutes; reset on success."""

    base: float = 2.0
    cap: float = 300.0
    failures: int = 0
    rng: random.Random = field(default_factory=random.Random)

    def next_delay(self) -> float:
        delay = min(self.cap, self.base * (2 ** self.failures))
        self.failures += 1
        return float(delay * (0.5 + self.rng.random() / 2))

    def reset(self) -> None:
        self.failures = 0


@dataclass
class SyncReport:
    pushed: int = 0
    accepted: int = 0
    duplicates: int = 0
    rejected: int = 0
    pulled: int = 0
    applied: int = 0
    quarantined_in: int = 0
    references: list[str] = field(default_factory=list)
    cursor_reset: bool = False
    pending: int = 0
    files_uploaded: int = 0
    files_missing: list[str] = field(default_factory=list)
    clock_warning: str | None = None
    province_returned: int = 0  # province events handed back to a restored server
    changes: Changes = field(default_factory=Changes)  # what the screens must redraw

    @property
    def complete(self) -> bool:
        return self.pending == 0

    def as_dict(self) -> dict[str, Any]:
        return {"pushed": self.pushed, "accepted": self.accepted, "duplicates": self.duplicates,
                "rejected": self.rejected, "pulled": self.pulled, "applied": self.applied,
                "quarantined_in": self.quarantined_in, "references": self.references,
                "cursor_reset": self.cursor_reset, "pending": self.pending,
                "files_uploaded": self.files_uploaded, "files_missing": self.files_missing,
                "clock_warning": self.clock_warning, "complete": self.complete}


@dataclass(frozen=True)
class SyncSummary:
    """What the status bar and the sync panel show."""

    enrolled: bool
    server_url: str | None
    pending: int
    quarantined: int
    held: bool
    last_success_at: str | None
    last_attempt_at: str | None
    last_error: str | None
    clock_warning: str | None = None  # this PC's clock is > 10 minutes off the server's


@dataclass(frozen=True)
class QuarantinedEvent:
    event_id: str
    direction: str  # "out": the server refused our event; "in": we could not store theirs
    dossier_id: str | None
    kind: str | None
    reason: str
    at: str


def _now() -> str:
    return vn_now().replace(microsecond=0).isoformat()


class SyncClock:
    """This PC's clock offset from the server's at the last round, kept in memory (the sync
    loop checks every minute, so a warning appears on the first round after start).

    Owned by whoever runs the rounds: the desk's ``SyncLoop`` (built by the composition root)
    passes its own to ``sync_round`` and ``sync_summary``; a one-off round (the CLI) uses one of
    its own. Thread-safe: the loop's thread writes, workers read."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._offset_s: float | None = None

    def record(self, offset_s: float) -> None:
        with self._lock:
            self._offset_s = offset_s

    @property
    def offset_s(self) -> float | None:
        with self._lock:
            return self._offset_s

    def warning(self) -> str | None:
        """A plain warning when this PC's clock was more than 10 minutes off the server's."""
        offset = self.offset_s
        if offset is None or abs(offset) <= CLOCK_WARNING_SECONDS:
            return None
        return (f"Đồng hồ máy này {clock_offset_text(offset)} so với máy chủ. Giờ tiếp nhận và "
                "hẹn trả in trên giấy tờ lấy theo đồng hồ máy: hãy chỉnh lại ngày giờ của máy "
                "tính (múi giờ Việt Nam, UTC+7) hoặc báo cán bộ tin học.")


def _state(s: Session) -> dict[str, Any]:
    row = s.execute(text("SELECT * FROM sync_state WHERE id = 1")).mappings().first()
    return dict(row) if row else {}


def _desk(s: Session) -> Any:
    from commune_desk.store.events import desk_row

    return desk_row(s)


def _set_state(store: Store, **values: Any) -> None:
    sets = ", ".join(f"{k} = :{k}" for k in values)
    with store.write() as s:
        s.execute(text(f"UPDATE sync_state SET {sets} WHERE id = 1"), values)


# --------------------------------------------------------------------------- enrolment
def sync_state(store: Store) -> dict[str, Any]:
    """The desk's sync settings and progress (server, commune, cursors, last round, clock)."""
    with store.read() as s:
        return _state(s)


def enroll_desk(store: Store, server_url: str, token: str, *,
                client_factory: Callable[..., SyncClient] | None = None,
                commune_code: str | None = None, commune_name: str | None = None,
                desk_number: int | None = None) -> dict[str, str]:
    """Exchange a one-time token for this desk's credential (kept in the OS keyring).

    ``commune_code``/``desk_number`` are what the set-up is about to write (the server checks
    them before the token is spent). A lost reply can be retried with the same token: the
    server answers the same desk again until that desk has used its credential.
    """
    from commune_desk.sync import credentials
    from commune_desk.sync.client import SyncClient

    with store.read() as s:
        desk = _desk(s)
        desk_id = desk.desk_id
        number = desk_number if desk_number is not None else desk.desk_number
        own_events = s.execute(text("SELECT count(*) FROM events WHERE desk_id = :d"),
                               {"d": desk_id}).scalar_one()
        commune = commune_code or desk.commune_code
        default = commune == "00000"
    # Everything that can fail here fails before the one-time token is spent.
    if default and own_events:
        raise UserError("Máy chưa được cài đặt (chưa chọn xã) nhưng đã có dữ liệu; hãy cài "
                         "đặt trước: commune-desk setup --db TỆP --commune MÃ_XÃ.")
    credentials.load_token(desk_id)  # raises CredentialError if there is no OS keyring
    factory = client_factory or SyncClient
    with factory(server_url) as client:
        resp = client.enroll(EnrollRequest(schema_version=PROTOCOL_VERSION, token=token.strip(),
                                           desk_id=desk_id, desk_number=number,
                                           label=f"Máy số {number}",
                                           commune_code=None if default else commune))
    credentials.save_token(desk_id, resp.desk_token)
    with store.write() as s:
        if default:
            desk = _desk(s)
            desk.commune_code = resp.commune_code
            desk.commune_name = commune_name or resp.commune_name
        s.execute(text("UPDATE sync_state SET server_url = :u, commune_code = :c, "
                       "enrolled_at = :t, pull_cursor = '', reference_cursor = 0 WHERE id = 1"),
                  {"u": server_url.rstrip("/"), "c": resp.commune_code, "t": _now()})
    return {"desk_id": desk_id, "commune_code": resp.commune_code,
            "commune_name": resp.commune_name, "server_url": server_url.rstrip("/")}


def client_for(store: Store, **kwargs: Any) -> SyncClient:
    """A client with this desk's server and credential."""
    from commune_desk.sync import credentials
    from commune_desk.sync.client import SyncClient

    with store.read() as s:
        url = _state(s).get("server_url")
        desk_id = _desk(s).desk_id
    if not url:
        raise NotEnrolled("Máy chưa đăng ký với máy chủ đồng bộ (dùng: commune-desk enroll).")
    token = credentials.load_token(desk_id)
    if not token:
        raise NotEnrolled("Không thấy thông tin đăng nhập máy chủ trong kho mật khẩu; "
                          "hãy đăng ký lại máy (commune-desk enroll).")
    return SyncClient(url, token, **kwargs)


# --------------------------------------------------------------------------- the round
def _own_epochs(s: Session, desk_id: str) -> list[tuple[int, int, int, int]]:
    """(epoch, highest seq held, acked, sent) for every epoch of this desk's events."""
    rows = s.execute(text(
        "SELECT e.desk_epoch, max(e.desk_seq), coalesce(a.acked_seq, 0), coalesce(a.sent_seq, 0) "
        "FROM events e LEFT JOIN sync_acks a ON a.desk_epoch = e.desk_epoch "
        "WHERE e.desk_id = :d GROUP BY e.desk_epoch ORDER BY e.desk_epoch"), {"d": desk_id})
    return [(int(a), int(b), int(c), int(d)) for a, b, c, d in rows]


def pending_count(s: Session, desk_id: str) -> int:
    return int(s.execute(text(
        "SELECT count(*) FROM events e LEFT JOIN sync_acks a ON a.desk_epoch = e.desk_epoch "
        "WHERE e.desk_id = :d AND e.desk_seq > coalesce(a.acked_seq, 0)"), {"d": desk_id})
        .scalar_one())


def _check_hold(store: Store, client: SyncClient, clock: SyncClock) -> tuple[str, int]:
    with store.read() as s:
        desk = _desk(s)
        desk_id, epoch, held = desk.desk_id, desk.epoch, bool(desk.sync_hold)
    if held:
        raise SyncHeld("Máy vừa được khôi phục từ bản sao lưu: việc đồng bộ tạm dừng cho đến khi "
                       "quản trị viên kiểm tra và cho phép (commune-desk sync-release).")
    with store.read() as s:
        number = int(_desk(s).desk_number)
    sent_at = utc_ms()
    # The server refuses (409) a desk number another desk of the commune holds: before any push.
    status = client.status(desk_number=number, desk_time_ms=sent_at)
    if status.server_time_ms is not None:
        middle = (sent_at + utc_ms()) // 2
        clock.record((middle - status.server_time_ms) / 1000)
    with store.read() as s:
        known = set(s.execute(text(
            "SELECT desk_epoch FROM sync_acks WHERE sent_seq > 0 OR acked_seq > 0")).scalars())
    if status.acked.get(str(epoch), 0) > 0 and epoch not in known:
        raise SyncHeld(f"Máy chủ đã có dữ liệu của máy này ở lượt {epoch}, nhưng máy không hề "
                       "gửi lượt đó: máy đã bị khôi phục hoặc sao chép mà không sang lượt mới. "
                       "Cần quản trị viên kiểm tra trước khi đồng bộ (không dữ liệu nào bị ghi đè).")
    ahead = [int(e) for e in status.acked if int(e) > epoch]
    if ahead:
        raise SyncHeld(f"Máy chủ đã nhận dữ liệu của máy này ở lượt {max(ahead)}, mới hơn lượt "
                       f"{epoch} của máy: có thể máy đã bị sao chép hoặc khôi phục sai. Cần quản "
                       "trị viên kiểm tra trước khi đồng bộ.")
    _apply_status(store, desk_id, status)
    return desk_id, epoch


def _apply_status(store: Store, desk_id: str, status: Any) -> None:
    """The server's word on what it holds wins both ways: after a server restored from an
    older backup we send again what it lost; after a desk restored from an older backup we
    do not resend what it already has."""
    with store.write() as s:
        local = {ep for ep, *_rest in _own_epochs(s, desk_id)}
        local |= set(s.execute(text("SELECT desk_epoch FROM sync_acks")).scalars())
        for ep in local:
            s.execute(text(
                "INSERT INTO sync_acks(desk_epoch, acked_seq, sent_seq) VALUES (:e, :a, :a) "
                "ON CONFLICT(desk_epoch) DO UPDATE SET acked_seq = :a"),
                {"e": ep, "a": int(status.acked.get(str(ep), 0))})


def push_pending(store: Store, client: SyncClient, report: SyncReport, *,
                 batch: int = BATCH, max_batches: int | None = None) -> None:
    """Send every unacknowledged event, epoch by epoch, in order; record each answer."""
    sent_batches = 0
    stalls = 0
    while True:
        with store.read() as s:
            desk_id = _desk(s).desk_id
            todo = [(ep, top, acked) for ep, top, acked, _sent in _own_epochs(s, desk_id)
                    if top > acked]
            if not todo:
                return
            epoch, _top, acked = todo[0]
            rows = s.execute(text(
                "SELECT * FROM events WHERE desk_id = :d AND desk_epoch = :e AND desk_seq > :a "
                "ORDER BY desk_seq LIMIT :n"), {"d": desk_id, "e": epoch, "a": acked, "n": batch})
            events = [WireEvent.from_row(r) for r in rows]
        with store.write() as s:  # "sent" is recorded before sending: a lost reply stays "sent"
            s.execute(text(
                "INSERT INTO sync_acks(desk_epoch, acked_seq, sent_seq) VALUES (:e, 0, :m) "
                "ON CONFLICT(desk_epoch) DO UPDATE SET sent_seq = max(sent_seq, :m)"),
                {"e": epoch, "m": events[-1].desk_seq})
        resp = client.push(PushRequest(schema_version=PROTOCOL_VERSION, desk_id=desk_id,
                                       desk_epoch=epoch, events=events))
        by_id = {e.id: e for e in events}
        with store.write() as s:
            for r in resp.results:
                if r.status == "rejected":
                    e = by_id.get(r.id)
                    s.execute(text(
                        "INSERT OR REPLACE INTO sync_quarantine(event_id, direction, dossier_id,"
                        " kind, reason, at, event_json) VALUES (:i, 'out', :d, :k, :r, :t, :j)"),
                        {"i": r.id, "d": e.dossier_id if e else None, "k": e.kind if e else None,
                         "r": r.reason or "Máy chủ từ chối.", "t": _now(),
                         "j": e.model_dump_json() if e else None})
            # The server's word, even downwards: a server restored from an older backup
            # makes us send again what it lost.
            s.execute(text(
                "INSERT INTO sync_acks(desk_epoch, acked_seq, sent_seq) VALUES (:e, :a, :a) "
                "ON CONFLICT(desk_epoch) DO UPDATE SET acked_seq = :a"),
                {"e": epoch, "a": resp.acked_seq})
        report.pushed += len(events)
        report.accepted += sum(r.status == "accepted" for r in resp.results)
        report.duplicates += sum(r.status == "duplicate" for r in resp.results)
        report.rejected += sum(r.status == "rejected" for r in resp.results)
        if resp.acked_seq >= events[-1].desk_seq:
            stalls = 0
        else:
            stalls += 1
            if stalls > 3:
                from commune_desk.sync.client import SyncError

                raise SyncError(f"Máy chủ không xác nhận tiến thêm (lượt {epoch}, đã xác nhận "
                                f"đến số {resp.acked_seq}); sẽ thử lại sau.")
        sent_batches += 1
        if max_batches is not None and sent_batches >= max_batches:
            return


def upload_attachments(store: Store, client: SyncClient, report: SyncReport) -> None:
    """Send the scans this desk holds that the server does not have yet (by hash, resumable).

    The bytes come out of the encrypted database (``attachment_blobs``), one scan at a time;
    a plain file an older version left and the upgrade could not read is sent from its path."""
    import hashlib

    from commune_desk.services.attachments import scan_bytes

    with store.read() as s:
        rows = s.execute(text(
            "SELECT a.sha256, a.name FROM attachments a "
            "LEFT JOIN sync_blobs b ON b.sha256 = a.sha256 "
            "WHERE b.sha256 IS NULL AND (a.stored_path IS NOT NULL OR EXISTS "
            "(SELECT 1 FROM attachment_blobs h WHERE h.sha256 = a.sha256))")).all()
    for sha, name in rows:
        data = scan_bytes(store, sha)
        if data is None:
            report.files_missing.append(f"Không đọc được tệp đính kèm {name}.")
            continue
        if hashlib.sha256(data).hexdigest() != sha:
            report.files_missing.append(f"Tệp {name} đã bị thay đổi so với lúc đính kèm.")
            continue
        client.upload_blob(sha, data)
        report.files_uploaded += 1
        with store.write() as s:
            s.execute(text("INSERT OR IGNORE INTO sync_blobs(sha256, uploaded_at) VALUES (:h, :t)"),
                      {"h": sha, "t": _now()})


def hand_back_province_events(store: Store, client: SyncClient) -> int:
    """Give a restored server back the province's events this desk holds (it checks their
    seal and takes back what it lost); returns how many it took back."""
    with store.read() as s:
        own = _desk(s).desk_id
        rows = s.execute(text(
            "SELECT * FROM events WHERE kind IN ('obstacle_answered') AND desk_id <> :d "
            "ORDER BY desk_epoch, desk_seq"), {"d": own}).all()
    events = [WireEvent.from_row(r) for r in rows]
    taken = 0
    for i in range(0, len(events), BATCH):
        results = client.restore_province(events[i:i + BATCH])
        taken += sum(1 for r in results if r.status == "accepted")
    return taken


def pull_all(store: Store, client: SyncClient, report: SyncReport, *, limit: int = 1000) -> None:
    """Fetch the commune's events from other desks and the province's reference data."""
    from commune_desk.sync.apply import apply_events, apply_reference

    while True:
        with store.read() as s:
            st = _state(s)
            epoch = _desk(s).epoch
        resp = client.pull(epoch=epoch, cursor=st.get("pull_cursor") or "",
                           reference_cursor=int(st.get("reference_cursor") or 0), limit=limit)
        if resp.reset and st.get("pull_cursor"):
            # The server no longer knows our cursor: it was restored from an older backup.
            # Hand back the province's events we hold (before the cursor moves, so a failure
            # here repeats at the next round).
            report.province_returned += hand_back_province_events(store, client)
        with store.write() as s:  # events and the cursor move together, atomically
            result = apply_events(s, resp.events)
            for ref in resp.reference:
                with s.begin_nested():
                    report.references.append(apply_reference(s, ref))
                report.changes |= Changes(catalog=ref.kind == "catalog",
                                          calendar=ref.kind == "calendar")
            s.execute(text("UPDATE sync_state SET pull_cursor = :c, reference_cursor = :r "
                           "WHERE id = 1"), {"c": resp.cursor, "r": resp.reference_cursor})
        report.pulled += len(resp.events)
        report.applied += result.inserted
        report.changes |= Changes.of_dossiers(result.dossier_ids)
        report.quarantined_in += result.quarantined
        report.cursor_reset = report.cursor_reset or resp.reset
        if not resp.more:
            return


def sync_round(store: Store, client: SyncClient | None = None, *, batch: int = BATCH,
               clock: SyncClock | None = None) -> SyncReport:
    """One full round: push everything pending, then pull. Raises SyncOffline/SyncRefused/SyncHeld.

    ``clock`` keeps the clock offset seen by this round for later summaries (the loop's own)."""
    from commune_desk.sync.client import SyncError

    clock = clock if clock is not None else SyncClock()
    own_client = client is None
    client = client or client_for(store)
    report = SyncReport()
    _set_state(store, last_attempt_at=_now())
    try:
        desk_id, _epoch = _check_hold(store, client, clock)
        push_pending(store, client, report, batch=batch)
        upload_attachments(store, client, report)
        pull_all(store, client, report)
        if report.applied:  # our own older events may have come back (after a restore)
            _apply_status(store, desk_id, client.status())
    except (SyncError, SyncHeld) as exc:
        _set_state(store, last_error=str(exc))
        raise
    finally:
        if own_client:
            client.close()
    with store.read() as s:
        report.pending = pending_count(s, _desk(s).desk_id)
    report.clock_warning = clock.warning()
    _set_state(store, last_success_at=_now(), last_error=None)
    return report


# --------------------------------------------------------------------------- what people see
def sync_summary(store: Store, clock: SyncClock | None = None) -> SyncSummary:
    """The desk's sync state; the clock warning from ``clock`` (the loop's) when given."""
    with store.read() as s:
        st = _state(s)
        desk = _desk(s)
        quarantined = int(s.execute(text("SELECT count(*) FROM sync_quarantine")).scalar_one())
        return SyncSummary(enrolled=bool(st.get("server_url")), server_url=st.get("server_url"),
                           pending=pending_count(s, desk.desk_id), quarantined=quarantined,
                           held=bool(desk.sync_hold), last_success_at=st.get("last_success_at"),
                           last_attempt_at=st.get("last_attempt_at"),
                           last_error=st.get("last_error"),
                           clock_warning=clock.warning() if clock is not None else None)


def quarantined_events(store: Store) -> list[QuarantinedEvent]:
    with store.read() as s:
        rows = s.execute(text("SELECT event_id, direction, dossier_id, kind, reason, at "
                              "FROM sync_quarantine ORDER BY at DESC, event_id")).all()
    return [QuarantinedEvent(*r) for r in rows]


SYNC_STATUS_LABELS = {"local": "Chưa gửi", "sent": "Đã gửi", "confirmed": "Máy chủ đã nhận"}


def dossier_sync_status(store: Store, dossier_ids: Iterable[str]) -> dict[str, str]:
    """'local' (not yet sent), 'sent' (sent, not yet acknowledged) or 'confirmed' per dossier."""
    ids = list(dossier_ids)
    if not ids:
        return {}
    out = dict.fromkeys(ids, "confirmed")
    with store.read() as s:
        desk_id = _desk(s).desk_id
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ", ".join(f":i{n}" for n in range(len(chunk)))
            params: dict[str, Any] = {f"i{n}": v for n, v in enumerate(chunk)}
            params["d"] = desk_id
            rows = s.execute(text(
                "SELECT e.dossier_id, "
                " max(CASE WHEN e.desk_seq > coalesce(a.sent_seq, 0) THEN 2 "
                "          WHEN e.desk_seq > coalesce(a.acked_seq, 0) THEN 1 ELSE 0 END) "
                "FROM events e LEFT JOIN sync_acks a ON a.desk_epoch = e.desk_epoch "
                f"WHERE e.desk_id = :d AND e.dossier_id IN ({marks}) GROUP BY e.dossier_id"),
                params)
            for dossier_id, level in rows:
                out[dossier_id] = ("confirmed", "sent", "local")[int(level)]
    return out
