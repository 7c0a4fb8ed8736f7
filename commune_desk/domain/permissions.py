"""Roles and what each may do; services call ``require`` before they write anything."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from commune_desk.domain.text import QT_TRANSLATE_NOOP
from commune_desk.errors import UserError


class Role(StrEnum):
    CLERK = "clerk"  # cán bộ tiếp nhận
    OFFICER = "officer"  # chuyên viên xử lý
    LEADER = "leader"  # lãnh đạo
    ADMIN = "admin"  # quản trị


ROLE_LABELS: dict[Role, str] = {
    Role.CLERK: QT_TRANSLATE_NOOP("labels", "Cán bộ tiếp nhận"),
    Role.OFFICER: QT_TRANSLATE_NOOP("labels", "Chuyên viên xử lý"),
    Role.LEADER: QT_TRANSLATE_NOOP("labels", "Lãnh đạo"),
    Role.ADMIN: QT_TRANSLATE_NOOP("labels", "Quản trị hệ thống"),
}


class Action(StrEnum):
    RECEIVE = "receive"
    ASSIGN = "assign"
    REQUEST_SUPPLEMENT = "request_supplement"
    APPROVE_SECOND_SUPPLEMENT = "approve_second_supplement"
    RECEIVE_SUPPLEMENT = "receive_supplement"
    REFUSE = "refuse"
    RESCHEDULE = "reschedule"
    SIGN_APOLOGY = "sign_apology"
    RESOLVE = "resolve"
    RETURN_RESULT = "return_result"
    WITHDRAW = "withdraw"
    RATE = "rate"
    CORRECT = "correct"
    ATTACH = "attach"
    REPORT_OBSTACLE = "report_obstacle"
    VIEW_REPORTS = "view_reports"
    EDIT_CALENDAR = "edit_calendar"
    EDIT_CATALOG = "edit_catalog"
    MANAGE_USERS = "manage_users"
    MANAGE_BACKUPS = "manage_backups"
    APPROVE_SYNC = "approve_sync"
    EDIT_PAPER_SETTINGS = "edit_paper_settings"  # signers, slip size, lookup address, staff names


ACTION_LABELS: dict[Action, str] = {
    Action.RECEIVE: QT_TRANSLATE_NOOP("labels", "tiếp nhận hồ sơ"),
    Action.ASSIGN: QT_TRANSLATE_NOOP("labels", "phân công, chuyển hồ sơ"),
    Action.REQUEST_SUPPLEMENT: QT_TRANSLATE_NOOP("labels", "yêu cầu bổ sung hồ sơ"),
    Action.APPROVE_SECOND_SUPPLEMENT: QT_TRANSLATE_NOOP("labels", "duyệt yêu cầu bổ sung lần hai"),
    Action.RECEIVE_SUPPLEMENT: QT_TRANSLATE_NOOP("labels", "nhận hồ sơ bổ sung"),
    Action.REFUSE: QT_TRANSLATE_NOOP("labels", "từ chối hồ sơ"),
    Action.RESCHEDULE: QT_TRANSLATE_NOOP("labels", "hẹn lại ngày trả kết quả"),
    Action.SIGN_APOLOGY: QT_TRANSLATE_NOOP("labels", "ký văn bản xin lỗi"),
    Action.RESOLVE: QT_TRANSLATE_NOOP("labels", "giải quyết hồ sơ"),
    Action.RETURN_RESULT: QT_TRANSLATE_NOOP("labels", "trả kết quả"),
    Action.WITHDRAW: QT_TRANSLATE_NOOP("labels", "dừng giải quyết, rút hồ sơ"),
    Action.RATE: QT_TRANSLATE_NOOP("labels", "ghi nhận mức độ hài lòng"),
    Action.CORRECT: QT_TRANSLATE_NOOP("labels", "đính chính thông tin"),
    Action.ATTACH: QT_TRANSLATE_NOOP("labels", "đính kèm bản quét"),
    Action.REPORT_OBSTACLE: QT_TRANSLATE_NOOP("labels", "báo cáo vướng mắc"),
    Action.VIEW_REPORTS: QT_TRANSLATE_NOOP("labels", "xem báo cáo"),
    Action.EDIT_CALENDAR: QT_TRANSLATE_NOOP("labels", "sửa lịch làm việc"),
    Action.EDIT_CATALOG: QT_TRANSLATE_NOOP("labels", "sửa danh mục thủ tục"),
    Action.MANAGE_USERS: QT_TRANSLATE_NOOP("labels", "quản lý tài khoản"),
    Action.MANAGE_BACKUPS: QT_TRANSLATE_NOOP("labels", "sao lưu, khôi phục"),
    Action.APPROVE_SYNC: QT_TRANSLATE_NOOP("labels", "cho phép đồng bộ lại"),
    Action.EDIT_PAPER_SETTINGS: QT_TRANSLATE_NOOP("labels", "sửa cài đặt giấy tờ in và danh bạ cán bộ"),
}

_ALL = frozenset(Action)
_DESK_WORK = frozenset(
    {
        Action.RECEIVE,
        Action.ASSIGN,
        Action.RECEIVE_SUPPLEMENT,
        Action.REFUSE,
        Action.RETURN_RESULT,
        Action.WITHDRAW,
        Action.RATE,
        Action.CORRECT,
        Action.ATTACH,
        Action.REPORT_OBSTACLE,
    }
)
_PROCESSING = frozenset(
    {
        Action.ASSIGN,
        Action.REQUEST_SUPPLEMENT,
        Action.RECEIVE_SUPPLEMENT,
        Action.REFUSE,
        Action.RESCHEDULE,
        Action.RESOLVE,
        Action.WITHDRAW,
        Action.CORRECT,
        Action.ATTACH,
        Action.REPORT_OBSTACLE,
    }
)

PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.CLERK: _DESK_WORK | {Action.REQUEST_SUPPLEMENT},
    Role.OFFICER: _PROCESSING | {Action.VIEW_REPORTS},
    Role.LEADER: (_DESK_WORK | _PROCESSING)
    | {Action.APPROVE_SECOND_SUPPLEMENT, Action.SIGN_APOLOGY, Action.VIEW_REPORTS,
       Action.EDIT_PAPER_SETTINGS},
    Role.ADMIN: _ALL,
}


@dataclass(frozen=True)
class Actor:
    """Who is acting: the login recorded on events and the role that permissions check."""

    login: str
    role: Role
    full_name: str = ""


class PermissionDenied(UserError):
    """Raised by ``require``; the message is Vietnamese and names the refused action."""


def can(actor: Actor, action: Action) -> bool:
    return can_role(actor.role, action)


def can_role(role: Role, action: Action) -> bool:
    return action in PERMISSIONS[Role(role)]


def require(actor: Actor, action: Action) -> None:
    if not can(actor, action):
        raise PermissionDenied(
            f"Tài khoản {actor.login} ({ROLE_LABELS[actor.role]}) không có quyền "
            f"{ACTION_LABELS[action]}."
        )


SYSTEM_ACTOR = Actor(login="system", role=Role.ADMIN, full_name="Hệ thống")
