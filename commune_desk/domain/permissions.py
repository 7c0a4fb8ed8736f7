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
    Action.RECEIVE: "tiếp nhận hồ sơ",
    Action.ASSIGN: "phân công, chuyển hồ sơ",
    Action.REQUEST_SUPPLEMENT: "yêu cầu bổ sung hồ sơ",
    Action.APPROVE_SECOND_SUPPLEMENT: "duyệt yêu cầu bổ sung lần hai",
    Action.RECEIVE_SUPPLEMENT: "nhận hồ sơ bổ sung",
    Action.REFUSE: "từ chối hồ sơ",
    Action.RESCHEDULE: "hẹn lại ngày trả kết quả",
    Action.SIGN_APOLOGY: "ký văn bản xin lỗi",
    Action.RESOLVE: "giải quyết hồ sơ",
    Action.RETURN_RESULT: "trả kết quả",
    Action.WITHDRAW: "dừng giải quyết, rút hồ sơ",
    Action.RATE: "ghi nhận mức độ hài lòng",
    Action.CORRECT: "đính chính thông tin",
    Action.ATTACH: "đính kèm bản quét",
    Action.REPORT_OBSTACLE: "báo cáo vướng mắc",
    Action.VIEW_REPORTS: "xem báo cáo",
    Action.EDIT_CALENDAR: "sửa lịch làm việc",
    Action.EDIT_CATALOG: "sửa danh mục thủ tục",
    Action.MANAGE_USERS: "quản lý tài khoản",
    Action.MANAGE_BACKUPS: "sao lưu, khôi phục",
    Action.APPROVE_SYNC: "cho phép đồng bộ lại",
    Action.EDIT_PAPER_SETTINGS: "sửa cài đặt giấy tờ in và danh bạ cán bộ",
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
