"""Server use cases: communes, enrolment, push/pull, reference data, officers, obstacle answers.

Each function owns one transaction. Errors a caller can act on raise ``ServerError`` with an
HTTP status and a Vietnamese message; the API layer only translates them.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import json.encoder
import re
import secrets
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any

from sqlalchemy import (
    Connection,
    delete,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from commune_desk.domain.canonical import canonical_json
from commune_desk.domain.hlc import HlcStamp, bounded, tick
from commune_desk.errors import UserError
from commune_desk.server.db import ServerSessions
from commune_desk.server.models import (
    Commune,
    Desk,
    DeskEpoch,
    EnrolToken,
    Event,
    Officer,
    OfficerSession,
    ReferenceVersionRow,
    ServerIdentity,
)
from commune_desk.sync.core import (
    make_cursor,
    next_log_hash,
    parse_cursor,
)
from commune_desk.sync.protocol import (
    INT64_MAX,
    MAX_PULL,
    PROTOCOL_VERSION,
    EnrollRequest,
    EnrollResponse,
    EventResult,
    PushRequest,
    ReferenceVersion,
    StatusResponse,
    WireEvent,
    wire_text,
)

Sessions = ServerSessions
VN_OFFSET = timedelta(hours=7)
_CODE = re.compile(r"^[0-9A-Za-z._-]{1,32}$")
TOKEN_DAYS = 7
SESSION_HOURS = 8


class ServerError(UserError):
    """A refusal the client can understand: HTTP status + Vietnamese message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class DeskInfo:
    desk_id: str
    commune_code: str
    desk_number: int
    last_seen_at: str | None = None  # as read when the request signed in


def vn_now() -> datetime:
    """Vietnam wall time, naive (the project's convention for stored moments)."""
    return datetime.now(UTC).replace(tzinfo=None) + VN_OFFSET


def now_text() -> str:
    return vn_now().isoformat(timespec="seconds")


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def event_hash(prev_hash: str | None, columns: dict[str, Any]) -> str:
    """sha256(prev_hash + canonical JSON of the other columns), as docs/contracts.md says."""
    from commune_desk.domain.audit import chain_hash

    return chain_hash(prev_hash, columns)


# --------------------------------------------------------------------------- communes, tokens
def add_commune(sessions: Sessions, code: str, name: str) -> None:
    code, name = code.strip(), name.strip()
    if not _CODE.match(code):
        raise ServerError(400, f"Mã xã không hợp lệ: {code!r} (chỉ chữ, số, . _ -; tối đa 32 ký tự).")
    if not name:
        raise ServerError(400, "Tên xã không được để trống.")
    with sessions.begin() as s:
        if s.get(Commune, code) is not None:
            raise ServerError(409, f"Xã {code} đã được đăng ký.")
        s.add(Commune(code=code, name=name, next_seq=1, log_hash="", created_at=now_text()))


def list_communes(sessions: Sessions) -> list[tuple[str, str]]:
    with sessions() as s:
        return [(c.code, c.name) for c in s.scalars(select(Commune).order_by(Commune.code))]


def issue_token(sessions: Sessions, code: str, *, valid_days: int = TOKEN_DAYS,
                for_desk: str | None = None) -> str:
    """A one-time enrolment token for one more desk of commune ``code``.

    ``for_desk`` makes a token that re-enrols that existing desk (a reinstalled PC that lost
    its credential); a plain token never re-keys a desk that is already enrolled.
    """
    token = "CD1-" + secrets.token_urlsafe(24)
    with sessions.begin() as s:
        if s.get(Commune, code) is None:
            raise ServerError(404, f"Chưa có xã mã {code} trên máy chủ (dùng: server add-commune).")
        if for_desk is not None:
            desk = s.get(Desk, for_desk)
            if desk is None or desk.commune_code != code:
                raise ServerError(404, f"Xã {code} không có máy mã {for_desk} "
                                       "(xem: server desks --code MÃ_XÃ).")
        now = vn_now()
        s.add(EnrolToken(token_hash=sha256_text(token), commune_code=code,
                         created_at=now.isoformat(timespec="seconds"),
                         expires_at=(now + timedelta(days=valid_days)).isoformat(timespec="seconds"),
                         for_desk=for_desk))
    return token


def _number_holder(s: Session, commune_code: str, number: int, desk_id: str) -> Desk | None:
    """Another active desk of the commune that holds desk number ``number``."""
    return s.scalar(select(Desk).where(
        Desk.commune_code == commune_code, Desk.desk_number == number,
        Desk.desk_id != desk_id, Desk.revoked.is_(False)).limit(1))


def _free_numbers(s: Session, commune_code: str, desk_id: str) -> list[int]:
    used = set(s.scalars(select(Desk.desk_number).where(
        Desk.commune_code == commune_code, Desk.desk_id != desk_id, Desk.revoked.is_(False))))
    return [n for n in range(1, 10) if n not in used]


def duplicate_number_message(holder: Desk, number: int, free: list[int], *, enrol: bool) -> str:
    free_text = ", ".join(map(str, free)) if free else "không còn số nào (tối đa 9 máy)"
    label = f"“{holder.label}”" if holder.label else f"mã {holder.desk_id[:8]}"
    head = (f"Số bàn {number} của xã {holder.commune_code} đã thuộc máy {label} (đăng ký "
            f"{holder.enrolled_at[:10]}). Hai máy cùng số bàn sẽ cấp trùng mã hồ sơ.")
    if enrol:
        return (f"{head} Hãy cài đặt lại máy này với số bàn khác (commune-desk setup --desk N, "
                f"số còn trống: {free_text}) rồi đăng ký lại; mã đăng ký chưa bị dùng.")
    return (f"{head} Máy này chưa gửi gì. Nếu máy chưa có hồ sơ, hãy đổi số bàn (số còn trống: "
            f"{free_text}); nếu đã có hồ sơ, hãy báo quản trị tỉnh trước khi đồng bộ để đối "
            "chiếu các mã trùng.")


def enroll(sessions: Sessions, req: EnrollRequest) -> EnrollResponse:
    with sessions.begin() as s:
        tok = s.get(EnrolToken, sha256_text(req.token), with_for_update=True)
        if tok is None:
            raise ServerError(401, "Mã đăng ký máy không đúng.")
        desk = s.get(Desk, req.desk_id, with_for_update=True)
        # A lost reply: the same desk presents the same token again before it ever used the
        # credential it was given. It gets a fresh credential (the old one never left).
        retry = (tok.used_at is not None and tok.used_by == req.desk_id and desk is not None
                 and desk.last_seen_at is None and not desk.revoked)
        if tok.used_at is not None and not retry:
            raise ServerError(401, "Mã đăng ký máy đã được dùng; xin cấp mã mới.")
        if tok.expires_at < now_text():
            raise ServerError(401, "Mã đăng ký máy đã hết hạn; xin cấp mã mới.")
        commune = s.get(Commune, tok.commune_code)
        assert commune is not None
        if req.commune_code is not None and req.commune_code != commune.code:
            raise ServerError(409, f"Mã đăng ký này dành cho xã {commune.code}, nhưng máy làm "
                                   f"việc cho xã {req.commune_code}; mã chưa bị dùng.")
        if tok.for_desk is not None and tok.for_desk != req.desk_id:
            raise ServerError(409, "Mã đăng ký này chỉ dành để đăng ký lại một máy khác; mã "
                                   "chưa bị dùng.")
        if desk is not None and desk.commune_code != commune.code:
            raise ServerError(409, "Máy này đã đăng ký với một xã khác.")
        if desk is not None and not retry and tok.for_desk != desk.desk_id:
            raise ServerError(409, (
                f"Máy mã {desk.desk_id} đã đăng ký với máy chủ (bàn số {desk.desk_number}); một "
                "mã đăng ký thông thường không được đổi khóa của máy đã có. Nếu đây đúng là máy "
                "đó được cài lại, quản trị máy chủ cấp mã riêng: server issue-token --code "
                f"{commune.code} --desk {desk.desk_id}. Mã đăng ký chưa bị dùng."))
        holder = _number_holder(s, commune.code, req.desk_number, req.desk_id)
        if holder is not None:
            raise ServerError(409, duplicate_number_message(
                holder, req.desk_number, _free_numbers(s, commune.code, req.desk_id), enrol=True))
        desk_token = "CDD-" + secrets.token_urlsafe(32)
        if desk is None:
            s.add(Desk(desk_id=req.desk_id, commune_code=commune.code,
                       desk_number=req.desk_number, label=req.label,
                       token_hash=sha256_text(desk_token), enrolled_at=now_text(),
                       revoked=False))
        else:  # re-enrolment of this desk (or a retried reply): the old credential stops working
            desk.token_hash = sha256_text(desk_token)
            desk.revoked = False
            desk.desk_number = req.desk_number
            desk.label = req.label or desk.label
        if not retry:
            tok.used_at = now_text()
            tok.used_by = req.desk_id
        return EnrollResponse(desk_token=desk_token, commune_code=commune.code,
                              commune_name=commune.name, desk_id=req.desk_id)


def authenticate_desk(sessions: Sessions, token: str | None) -> DeskInfo:
    if not token:
        raise ServerError(401, "Thiếu thông tin xác thực của máy.")
    with sessions.read() as conn:
        desk = conn.execute(select(Desk.desk_id, Desk.commune_code, Desk.desk_number,
                                   Desk.revoked, Desk.last_seen_at)
                            .where(Desk.token_hash == sha256_text(token))).first()
    if desk is None or desk.revoked:
        raise ServerError(401, "Thông tin xác thực của máy không hợp lệ hoặc đã bị thu hồi.")
    return DeskInfo(desk.desk_id, desk.commune_code, desk.desk_number, desk.last_seen_at)


def seen_stale(desk: DeskInfo, stamp: str) -> bool:
    """``last_seen_at`` is worth writing: never set, or set before the minute of ``stamp``, as
    the desk's row was read at sign-in (the dashboards show minutes; a busy desk's every push
    and pull does not rewrite its row nor flush the WAL for it)."""
    return desk.last_seen_at is None or desk.last_seen_at < stamp[:16]


def touch_desk(conn: Connection, desk: DeskInfo, stamp: str) -> None:
    """Record that the desk was seen at ``stamp``, inside the caller's write transaction;
    the same minute rule again in SQL, for a request of the same desk that got there first."""
    conn.execute(update(Desk).where(Desk.desk_id == desk.desk_id,
                                    or_(Desk.last_seen_at.is_(None),
                                        Desk.last_seen_at < stamp[:16]))
                 .values(last_seen_at=stamp))


def revoke_desk(sessions: Sessions, desk_id: str) -> DeskRow:
    """Cut a desk's credential at once (a stolen PC): its next request gets 401. Its events
    stay; its desk number becomes free again. Re-enrol it with ``issue-token --desk``."""
    with sessions.begin() as s:
        desk = s.get(Desk, desk_id.strip())
        if desk is None:
            matches = list(s.scalars(select(Desk).where(Desk.desk_id.startswith(desk_id.strip()))))
            if len(matches) != 1 or len(desk_id.strip()) < 8:
                raise ServerError(404, f"Không có máy mã {desk_id} (xem: server desks --code "
                                       "MÃ_XÃ; có thể gõ 8 ký tự đầu của mã máy).")
            desk = matches[0]
        desk.revoked = True
        desk.token_hash = sha256_text("revoked:" + desk.desk_id + ":" + secrets.token_hex(16))
        return _desk_row(desk)


@dataclass(frozen=True)
class DeskRow:
    """One desk as ``server desks`` and the dashboard list it."""

    desk_id: str
    commune_code: str
    desk_number: int
    label: str
    enrolled_at: str
    last_seen_at: str | None
    clock_offset_s: int | None
    clock_checked_at: str | None
    revoked: bool

    @property
    def clock_off(self) -> bool:
        from commune_desk.domain.vntime import CLOCK_WARNING_SECONDS

        return self.clock_offset_s is not None and abs(self.clock_offset_s) > CLOCK_WARNING_SECONDS


def _desk_row(d: Desk) -> DeskRow:
    return DeskRow(d.desk_id, d.commune_code, d.desk_number, d.label, d.enrolled_at,
                   d.last_seen_at, d.clock_offset_s, d.clock_checked_at, bool(d.revoked))


def list_desks(sessions: Sessions, commune_code: str | None = None) -> list[DeskRow]:
    with sessions() as s:
        q = select(Desk).order_by(Desk.commune_code, Desk.desk_number, Desk.enrolled_at)
        if commune_code is not None:
            if s.get(Commune, commune_code) is None:
                raise ServerError(404, f"Chưa có xã mã {commune_code} trên máy chủ.")
            q = q.where(Desk.commune_code == commune_code)
        return [_desk_row(d) for d in s.scalars(q)]


def check_in(sessions: Sessions, desk: DeskInfo, *, desk_number: int | None,
             desk_time_ms: int | None) -> None:
    """At the start of every round: the desk's clock (recorded, never trusted) and its desk
    number, which must not be held by another desk of the commune (refused before any push)."""
    refusal: str | None = None
    with sessions.begin() as s:  # the clock reading is kept even when the number is refused
        row = s.get(Desk, desk.desk_id, with_for_update=True)
        if row is None:
            raise ServerError(401, "Máy không còn trên máy chủ.")
        if desk_time_ms is not None:
            offset = round((desk_time_ms - time.time() * 1000) / 1000)
            row.clock_offset_s = max(-(2**31 - 1), min(2**31 - 1, offset))  # an INTEGER column
            row.clock_checked_at = now_text()
        if desk_number is not None:
            holder = _number_holder(s, row.commune_code, desk_number, row.desk_id)
            if holder is not None:
                refusal = duplicate_number_message(
                    holder, desk_number, _free_numbers(s, row.commune_code, row.desk_id),
                    enrol=False)
            else:
                row.desk_number = desk_number
    if refusal is not None:
        raise ServerError(409, refusal)


# --------------------------------------------------------------------------- push
def check_push(desk: DeskInfo, req: PushRequest) -> None:
    """Request-level refusals: the whole batch is refused and nothing is written."""
    if req.schema_version != PROTOCOL_VERSION:
        raise ServerError(400, f"Phiên bản giao thức {req.schema_version} không được hỗ trợ "
                               f"(máy chủ dùng {PROTOCOL_VERSION}).")
    if req.desk_id != desk.desk_id:
        raise ServerError(403, "Máy chỉ được gửi sự kiện của chính mình.")
    for ev in req.events:
        if ev.commune_code != desk.commune_code:
            raise ServerError(403, f"Sự kiện {ev.id} thuộc xã {ev.commune_code}, "
                                   f"máy này chỉ được ghi cho xã {desk.commune_code}.")
        if ev.desk_id != req.desk_id or ev.desk_epoch != req.desk_epoch:
            raise ServerError(403, f"Sự kiện {ev.id} không thuộc máy đang gửi.")


def desk_status(sessions: Sessions, desk: DeskInfo, *, desk_number: int | None = None,
                desk_time_ms: int | None = None) -> StatusResponse:
    if desk_number is not None or desk_time_ms is not None:
        check_in(sessions, desk, desk_number=desk_number, desk_time_ms=desk_time_ms)
    with sessions() as s:
        rows = s.execute(select(DeskEpoch.epoch, DeskEpoch.acked_seq)
                         .where(DeskEpoch.desk_id == desk.desk_id)).all()
        heads: dict[str, str] = {}
        for epoch, acked in rows:  # the acknowledged chain head of each epoch
            if acked:
                head = s.scalar(select(Event.hash).where(
                    Event.desk_id == desk.desk_id, Event.desk_epoch == epoch,
                    Event.desk_seq == acked))
                if head:
                    heads[str(epoch)] = head
        desks = sorted(s.scalars(select(Desk.desk_id)
                                 .where(Desk.commune_code == desk.commune_code)))
    return StatusResponse(desk_id=desk.desk_id, commune_code=desk.commune_code,
                          acked={str(e): a for e, a in rows}, heads=heads,
                          server_time_ms=int(time.time() * 1000), commune_desks=desks)


# --------------------------------------------------------------------------- pull
_WIRE_COLUMNS = (Event.id, Event.dossier_id, Event.kind, Event.occurred_at, Event.actor,
                 Event.desk_id, Event.desk_epoch, Event.desk_seq, Event.hlc, Event.commune_code,
                 Event.payload, Event.prev_hash, Event.hash, Event.commune_seq)


def _missing_wire(conn: Connection, commune_code: str, seqs: list[int]) -> dict[int, str]:
    """Wire JSON of events stored before it was kept with them (server before s017)."""
    return {r.commune_seq: wire_text(r) for r in conn.execute(
        select(*_WIRE_COLUMNS).where(Event.commune_code == commune_code,
                                     Event.commune_seq.in_(seqs)))}


@dataclass
class _PullPage:
    events: list[str]  # each event's wire JSON
    cursor: str
    more: bool
    reset: bool
    reference: list[Any]
    reference_cursor: int


def _pull_page(sessions: Sessions, desk: DeskInfo, cursor: str | None, epoch: int,
               limit: int, reference_cursor: int) -> _PullPage:
    """One page of the commune's log, each event as its wire JSON text (as stored at push)."""
    limit = max(1, min(limit, MAX_PULL))
    seq, digest = parse_cursor(cursor)
    reset = bool(cursor) and seq == 0
    with sessions.read() as conn:
        if seq:
            at = conn.scalar(select(Event.log_hash).where(
                Event.commune_code == desk.commune_code, Event.commune_seq == seq))
            if at != digest:  # the server was restored to an older backup: start over
                seq, reset = 0, True
        # The page is a window of the commune's log by number (an index range, however far
        # behind the cursor is), less the asking desk's own events of this epoch; the cursor
        # moves to the window's last row, the desk's own or not.
        hi = min(seq + limit, INT64_MAX)
        window = conn.execute(
            select(Event.commune_seq, Event.log_hash, Event.desk_id, Event.desk_epoch,
                   Event.wire)
            .where(Event.commune_code == desk.commune_code, Event.commune_seq > seq,
                   Event.commune_seq <= hi)
            .order_by(Event.commune_seq)).all()
        more = conn.scalar(select(Event.commune_seq).where(
            Event.commune_code == desk.commune_code, Event.commune_seq > hi).limit(1)) is not None
        rows = [r for r in window if r.desk_id != desk.desk_id or r.desk_epoch != epoch]
        events = [r.wire for r in rows]
        if None in events:
            built = _missing_wire(conn, desk.commune_code,
                                  [r.commune_seq for r in rows if r.wire is None])
            events = [w or built[r.commune_seq] for w, r in zip(events, rows, strict=True)]
        if window:
            new_cursor = make_cursor(window[-1].commune_seq, window[-1].log_hash)
        else:
            new_cursor = make_cursor(seq, digest) if seq else ""
        # Version ids are 32-bit: a larger cursor (from nowhere) simply has nothing newer.
        refs = conn.execute(select(ReferenceVersionRow.__table__)
                            .where(ReferenceVersionRow.id > min(reference_cursor, 2**31 - 1))
                            .order_by(ReferenceVersionRow.id)).all()
    latest: dict[str, Any] = {}
    for r in refs:
        latest[r.kind] = r
    ref_cursor = max([reference_cursor, *(r.id for r in refs)])
    stamp = now_text()
    if seen_stale(desk, stamp):
        with sessions.write() as conn:
            touch_desk(conn, desk, stamp)
    return _PullPage(events, new_cursor, more, reset,
                     sorted(latest.values(), key=lambda r: r.id), ref_cursor)


def pull_json(sessions: Sessions, desk: DeskInfo, *, cursor: str | None, epoch: int,
              limit: int = MAX_PULL, reference_cursor: int = 0) -> str:
    """A ``PullResponse``'s JSON text: the commune's events after ``cursor`` (not the asking
    desk's current epoch), each as stored at push, and the newest reference versions after
    ``reference_cursor``. The events are spliced in as text, never decoded."""
    page = _pull_page(sessions, desk, cursor, epoch, limit, reference_cursor)
    refs = ",".join(ReferenceVersion(id=r.id, kind=r.kind, version=r.version,
                                     published_at=r.published_at,
                                     content=json.loads(r.content)).model_dump_json()
                    for r in page.reference)
    return (f'{{"schema_version":{PROTOCOL_VERSION},"events":[{",".join(page.events)}],'
            f'"cursor":{json.dumps(page.cursor)},"more":{json.dumps(page.more)},'
            f'"reset":{json.dumps(page.reset)},"reference":[{refs}],'
            f'"reference_cursor":{page.reference_cursor}}}')


# --------------------------------------------------------------------------- reference data
def publish_reference(sessions: Sessions, kind: str, version: str, content: Any) -> int:
    if kind not in ("catalog", "calendar", "staff"):
        raise ServerError(400, "Loại dữ liệu tham chiếu phải là 'catalog', 'calendar' hoặc "
                               "'staff'.")
    if not version.strip():
        raise ServerError(400, "Cần ghi số hiệu phiên bản.")
    with sessions.begin() as s:
        if s.scalar(select(ReferenceVersionRow.id).where(ReferenceVersionRow.kind == kind,
                                                         ReferenceVersionRow.version == version)):
            raise ServerError(409, f"Phiên bản {version} đã được phát hành.")
        row = ReferenceVersionRow(kind=kind, version=version, published_at=now_text(),
                                  content=canonical_json(content))
        s.add(row)
        s.flush()
        return row.id


# --------------------------------------------------------------------------- officers
def add_officer(sessions: Sessions, login: str, name: str, password: str) -> None:
    from argon2 import PasswordHasher

    login = login.strip()
    if not re.match(r"^[a-z0-9._-]{3,50}$", login):
        raise ServerError(400, "Tên đăng nhập chỉ gồm chữ thường không dấu, số, . _ - (3–50 ký tự).")
    if len(password) < 10:
        raise ServerError(400, "Mật khẩu phải có ít nhất 10 ký tự.")
    with sessions.begin() as s:
        if s.get(Officer, login) is not None:
            raise ServerError(409, f"Cán bộ {login} đã có.")
        s.add(Officer(login=login, name=name.strip() or login,
                      password_hash=PasswordHasher().hash(password), created_at=now_text()))


@dataclass(frozen=True)
class OfficerLogin:
    login: str
    name: str
    csrf: str


LOCK_AFTER = 5  # wrong passwords in a row, as on the desk (services.accounts.LockoutPolicy)
LOCK_MINUTES = 15
_dummy_hash: str | None = None


def _burn_time(password: str) -> None:
    """The same argon2 work as a real check, so an unknown login answers in the same time."""
    from argon2 import PasswordHasher
    from argon2.exceptions import VerificationError

    global _dummy_hash
    hasher = PasswordHasher()
    if _dummy_hash is None:
        _dummy_hash = hasher.hash("commune-desk-dummy-password")
    with contextlib.suppress(VerificationError):
        hasher.verify(_dummy_hash, password)


def officer_sign_in(sessions: Sessions, login: str, password: str) -> tuple[str, OfficerLogin]:
    """Check an officer's password; after 5 wrong ones in a row the login waits 15 minutes
    (even for the right password). Unknown logins take as long as known ones."""
    from argon2 import PasswordHasher
    from argon2.exceptions import VerificationError

    generic = "Sai tên đăng nhập hoặc mật khẩu."
    now = vn_now().replace(microsecond=0)
    failure: str | None = None
    with sessions.begin() as s:
        officer = s.get(Officer, login.strip()[:100], with_for_update=True)
        if officer is None:
            _burn_time(password)
            raise ServerError(401, generic)
        if officer.locked_until is not None and officer.locked_until > now.isoformat():
            until = datetime.fromisoformat(officer.locked_until)
            raise ServerError(429, f"Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần; thử lại "
                                   f"sau {until:%H:%M} ngày {until:%d/%m/%Y}.")
        try:
            ok: bool = PasswordHasher().verify(officer.password_hash, password)
        except VerificationError:
            ok = False
        if not ok:
            officer.failed_attempts = (officer.failed_attempts or 0) + 1
            failure = generic
            if officer.failed_attempts >= LOCK_AFTER:
                until = now + timedelta(minutes=LOCK_MINUTES)
                officer.locked_until = until.isoformat()
                officer.failed_attempts = 0
                failure = (f"Nhập sai mật khẩu {LOCK_AFTER} lần liên tiếp: tài khoản bị tạm khóa "
                           f"{LOCK_MINUTES} phút (đến {until:%H:%M}).")
        else:
            officer.failed_attempts = 0
            officer.locked_until = None
            session_id = secrets.token_urlsafe(32)
            csrf = secrets.token_urlsafe(24)
            s.add(OfficerSession(id_hash=sha256_text(session_id), login=officer.login, csrf=csrf,
                                 expires_at=(now + timedelta(hours=SESSION_HOURS))
                                 .isoformat(timespec="seconds")))
            result = (session_id, OfficerLogin(officer.login, officer.name, csrf))
    if failure is not None:  # raised after the commit, so the count is kept
        raise ServerError(401, failure)
    return result


def officer_for_session(sessions: Sessions, session_id: str | None) -> OfficerLogin | None:
    if not session_id:
        return None
    with sessions() as s:
        row = s.get(OfficerSession, sha256_text(session_id))
        if row is None or row.expires_at < now_text():
            return None
        officer = s.get(Officer, row.login)
        if officer is None:
            return None
        return OfficerLogin(officer.login, officer.name, row.csrf)


def officer_sign_out(sessions: Sessions, session_id: str) -> None:
    with sessions.begin() as s:
        row = s.get(OfficerSession, sha256_text(session_id))
        if row is not None:
            s.delete(row)


# --------------------------------------------------------------------------- province events
def start_province_epoch(sessions: Sessions) -> None:
    """Each server start writes province events under a fresh epoch, so a server restored
    from an older backup never reuses a (desk, epoch, number) that desks already hold."""
    with sessions.begin() as s:
        ident = s.get(ServerIdentity, 1, with_for_update=True)
        epoch = int(time.time())
        if ident is None:
            s.add(ServerIdentity(id=1, desk_id=str(uuid.uuid4()), epoch=epoch, next_seq=1,
                                 last_hash="", last_hlc="0000000000000-00000",
                                 seal_key=secrets.token_hex(32)))
        else:
            ident.epoch = max(ident.epoch + 1, epoch)
            ident.next_seq = 1  # the hash chain goes on across epochs, as a desk's does
            if ident.seal_key is None:
                ident.seal_key = secrets.token_hex(32)


def answer_obstacle(sessions: Sessions, officer: OfficerLogin, obstacle_id: str,
                    answer: str) -> str:
    """Record the province's answer as an event that flows down to the commune's desks."""
    answer = answer.strip()
    if not answer:
        raise ServerError(400, "Nội dung trả lời không được để trống.")
    if len(answer) > 4000:
        raise ServerError(400, "Nội dung trả lời quá dài (tối đa 4.000 ký tự).")
    with sessions.begin() as s:
        reported = s.scalar(select(Event).where(Event.dossier_id == obstacle_id,
                                                Event.kind == "obstacle_reported"))
        if reported is None:
            raise ServerError(404, "Không tìm thấy vướng mắc này.")
        commune = s.scalar(select(Commune).where(Commune.code == reported.commune_code)
                           .with_for_update())
        assert commune is not None
        ident = s.get(ServerIdentity, 1, with_for_update=True)
        if ident is None:
            raise ServerError(500, "Máy chủ chưa khởi tạo danh tính cấp tỉnh.")
        max_hlc = s.scalar(select(func.max(Event.hlc)).where(
            Event.dossier_id == obstacle_id)) or ident.last_hlc
        wall = int(time.time() * 1000)
        last = max(HlcStamp.parse(ident.last_hlc), bounded(HlcStamp.parse(max_hlc), wall))
        stamp = tick(last, wall).text
        event_id = str(uuid.uuid4())
        columns: dict[str, Any] = {
            "id": event_id, "dossier_id": obstacle_id, "kind": "obstacle_answered",
            "occurred_at": now_text(), "actor": f"tinh:{officer.login}",
            "desk_id": ident.desk_id, "desk_epoch": ident.epoch, "desk_seq": ident.next_seq,
            "hlc": stamp, "commune_code": commune.code,
            "payload": {"answer": answer, "answered_by": officer.name},
        }
        assert ident.seal_key is not None
        columns["payload"]["seal"] = seal(ident.seal_key, columns)
        digest = event_hash(ident.last_hash, columns)
        commune.log_hash = next_log_hash(commune.log_hash, event_id)
        s.add(_event_row({**columns, "payload": canonical_json(columns["payload"]),
                          "commune_seq": commune.next_seq, "log_hash": commune.log_hash,
                          "prev_hash": ident.last_hash, "hash": digest,
                          "stored_at": now_text()}))
        commune.next_seq += 1
        ident.next_seq += 1
        ident.last_hash = digest
        ident.last_hlc = stamp
        return event_id


def _event_row(columns: dict[str, Any]) -> Event:
    """An ``events`` row of the province's own (payload as canonical text), with its wire JSON."""
    return Event(**columns, wire=wire_text(SimpleNamespace(**columns)))


def seal(key: str, columns: dict[str, Any]) -> str:
    """The province's seal on one of its events: HMAC over the event's columns (the payload
    without the seal). Only the server can make it; it checks it when a desk hands the event
    back after a restore."""
    import hmac

    from commune_desk.domain.audit import chain_text

    payload = {k: v for k, v in columns["payload"].items() if k != "seal"}
    material = chain_text({**columns, "payload": payload})
    return hmac.new(bytes.fromhex(key), material.encode("utf-8"), hashlib.sha256).hexdigest()


def restore_province_events(sessions: Sessions, desk: DeskInfo,
                            events: Sequence[WireEvent]) -> list[EventResult]:
    """Province events a desk holds, handed back after the server was restored from an older
    backup: each is taken back only with a valid seal and hash, for the desk's own commune."""
    import hmac

    results: list[EventResult] = []
    with sessions.begin() as s:
        commune = s.scalar(select(Commune).where(Commune.code == desk.commune_code)
                           .with_for_update())
        ident = s.get(ServerIdentity, 1)
        if commune is None or ident is None or ident.seal_key is None:
            raise ServerError(404, "Máy chủ chưa có danh tính cấp tỉnh.")
        held = set(s.scalars(select(Event.id).where(Event.id.in_([e.id for e in events]))))
        for ev in sorted(events, key=lambda e: (e.desk_epoch, e.desk_seq)):
            def verdict(status: str, reason: str | None = None, ev: WireEvent = ev) -> None:
                results.append(EventResult(id=ev.id, desk_seq=ev.desk_seq,
                                           status=status, reason=reason))  # type: ignore[arg-type]
            if ev.id in held:
                verdict("duplicate")
                continue
            columns = ev.model_dump(exclude={"prev_hash", "hash"})
            given = ev.payload.get("seal")
            expected = seal(ident.seal_key, columns)
            if (ev.desk_id != ident.desk_id or ev.commune_code != desk.commune_code
                    or not isinstance(given, str) or not hmac.compare_digest(given, expected)
                    or ev.hash != event_hash(ev.prev_hash, columns)):
                verdict("rejected", "Sự kiện không mang dấu xác thực hợp lệ của cấp tỉnh.")
                continue
            commune.log_hash = next_log_hash(commune.log_hash, ev.id)
            s.add(_event_row({**columns, "payload": canonical_json(ev.payload),
                              "commune_seq": commune.next_seq, "log_hash": commune.log_hash,
                              "prev_hash": ev.prev_hash, "hash": ev.hash,
                              "stored_at": now_text()}))
            commune.next_seq += 1
            held.add(ev.id)
            if ev.hlc > ident.last_hlc:
                ident.last_hlc = ev.hlc
            verdict("accepted")
    return results


# --------------------------------------------------------------------------- digests
def commune_events(sessions: Sessions, commune_code: str) -> list[WireEvent]:
    with sessions() as s:
        return [WireEvent.from_row(r) for r in s.scalars(
            select(Event).where(Event.commune_code == commune_code)
            .order_by(Event.hlc, Event.desk_id, Event.id))]


def count_events(sessions: Sessions, commune_code: str | None = None) -> int:
    with sessions() as s:
        q = select(func.count()).select_from(Event)
        if commune_code:
            q = q.where(Event.commune_code == commune_code)
        return int(s.scalar(q) or 0)


def commune_digest(sessions: Sessions, commune_code: str) -> dict[str, Any]:
    """The same figures as the desk's ``check --json`` (dossiers, digest) for one commune,
    folded from the server's events with the shared domain fold."""
    from commune_desk.domain.lifecycle import Event as DomainEvent
    from commune_desk.domain.lifecycle import event_from_row, fold_row, projection_digest_line

    digest = hashlib.sha256()
    n_dossiers = n_events = 0
    with sessions() as s:
        rows = s.execute(select(Event.id, Event.dossier_id, Event.kind, Event.occurred_at,
                                Event.actor, Event.desk_id, Event.desk_epoch, Event.desk_seq,
                                Event.hlc, Event.commune_code, Event.payload)
                         .where(Event.commune_code == commune_code)
                         .order_by(Event.dossier_id, Event.hlc))
        current: str | None = None
        batch: list[DomainEvent] = []

        def flush() -> None:
            nonlocal n_dossiers
            row = fold_row(batch)
            if row is not None:
                n_dossiers += 1
                digest.update(projection_digest_line(row))

        for r in rows:
            n_events += 1
            if r.dossier_id != current:
                if current is not None:
                    flush()
                current, batch = r.dossier_id, []
            batch.append(event_from_row(r))
        if current is not None:
            flush()
    return {"commune_code": commune_code, "dossiers": n_dossiers, "events": n_events,
            "digest": digest.hexdigest()}


# --------------------------------------------------------------------------- attachments
MAX_CHUNK = 1024 * 1024
MAX_BLOB = 200 * 1024 * 1024
_SHA = re.compile(r"^[0-9a-f]{64}$")


def _check_sha(sha256: str) -> str:
    sha = sha256.lower()
    if not _SHA.match(sha):
        raise ServerError(400, "Mã băm sha256 của tệp không hợp lệ.")
    return sha


def blob_status(sessions: Sessions, desk: DeskInfo, sha256: str) -> dict[str, Any]:
    """What this desk's commune holds of a file (another commune's copy is never visible)."""
    from commune_desk.server.models import Blob

    sha = _check_sha(sha256)
    with sessions() as s:
        blob = s.get(Blob, (desk.commune_code, sha))
        if blob is None:
            return {"sha256": sha, "received": 0, "complete": False, "size": None}
        return {"sha256": sha, "received": blob.received, "complete": blob.complete,
                "size": blob.size}


def put_blob_chunk(sessions: Sessions, desk: DeskInfo, sha256: str, offset: int, total: int,
                   data: bytes) -> dict[str, Any]:
    """Append one chunk at ``offset`` to the commune's copy; a resumed upload goes on where
    the server stopped. When the last byte arrives the whole file is checked against its hash.
    An unfinished upload that declared another size is started over by a chunk at offset 0:
    a wrong declaration never blocks the right one."""
    from commune_desk.server.models import Blob, BlobChunk

    sha = _check_sha(sha256)
    if not 0 < total <= MAX_BLOB:
        raise ServerError(413, "Tệp quá lớn (tối đa 200 MB).")
    if len(data) > MAX_CHUNK or not data:
        raise ServerError(413, "Mỗi phần tải lên phải từ 1 byte đến 1 MB.")
    key = (desk.commune_code, sha)
    with sessions.begin() as s:
        blob = s.get(Blob, key, with_for_update=True)
        if blob is None:
            blob = Blob(commune_code=desk.commune_code, sha256=sha, size=total, received=0,
                        complete=False, uploaded_by=desk.desk_id, created_at=now_text())
            s.add(blob)
            s.flush()
        if blob.complete:  # never overwritten
            return {"sha256": sha, "received": blob.received, "complete": True, "size": blob.size}
        if blob.size != total:
            if offset != 0:
                raise ServerError(409, "Kích thước tệp khác với lần tải trước; hãy gửi lại từ đầu.")
            s.execute(delete(BlobChunk).where(BlobChunk.commune_code == desk.commune_code,
                                              BlobChunk.sha256 == sha))
            blob.size, blob.received, blob.uploaded_by = total, 0, desk.desk_id
        if offset != blob.received:
            raise ServerError(409, f"Máy chủ đã nhận {blob.received} byte; hãy gửi tiếp từ đó.")
        if offset + len(data) > total:
            raise ServerError(400, "Phần tải lên vượt quá kích thước tệp.")
        s.add(BlobChunk(commune_code=desk.commune_code, sha256=sha, offset=offset, data=data))
        blob.received = offset + len(data)
        if blob.received == total:
            digest = hashlib.sha256()
            for chunk in s.scalars(select(BlobChunk.data).where(
                    BlobChunk.commune_code == desk.commune_code, BlobChunk.sha256 == sha)
                    .order_by(BlobChunk.offset)):
                digest.update(chunk)
            if digest.hexdigest() != sha:
                s.rollback()
                with sessions.begin() as s2:
                    s2.execute(delete(BlobChunk).where(BlobChunk.commune_code == desk.commune_code,
                                                       BlobChunk.sha256 == sha))
                    s2.execute(delete(Blob).where(Blob.commune_code == desk.commune_code,
                                                  Blob.sha256 == sha))
                raise ServerError(422, "Nội dung tệp không khớp mã băm; hãy tải lại từ đầu.")
            blob.complete = True
        return {"sha256": sha, "received": blob.received, "complete": blob.complete,
                "size": blob.size}


def blob_content(sessions: Sessions, desk: DeskInfo, sha256: str) -> bytes:
    """A complete file of the desk's own commune, once a dossier of the commune refers to it.
    Another commune's copy is never read, whatever events name its hash."""
    from commune_desk.server.models import Blob, BlobChunk

    sha = _check_sha(sha256)
    missing = "Không có tệp này trong hồ sơ của xã."
    with sessions() as s:
        blob = s.get(Blob, (desk.commune_code, sha))
        if blob is None or not blob.complete:
            raise ServerError(404, missing)
        refs = s.scalars(select(Event.payload).where(
            Event.commune_code == desk.commune_code, Event.kind == "attachment_added"))
        if not any(_payload_sha(p) == sha for p in refs):
            raise ServerError(404, missing)
        return b"".join(s.scalars(select(BlobChunk.data).where(
            BlobChunk.commune_code == desk.commune_code, BlobChunk.sha256 == sha)
            .order_by(BlobChunk.offset)))


def _payload_sha(text: str) -> str:
    try:
        value = json.loads(text).get("sha256", "")
    except (ValueError, AttributeError):
        return ""
    return value.lower() if isinstance(value, str) else ""
