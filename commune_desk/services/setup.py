"""First set-up of a desk file: official commune, agency id, desk number, office hours, enrolment.

Used by the first-run wizard (ui/setup) and ``commune-desk setup``. A file is set up (or set up
again) only while it holds no dossier: the commune and desk number are the prefix and range of
every dossier code it will issue. Later changes go through ``services.desk.configure_desk``,
which records each one as a ``desk_configured`` event.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from commune_desk.domain.calendar import OfficeHours
from commune_desk.domain.identifiers import validate_agency_id, validate_desk_number
from commune_desk.domain.text import QT_TRANSLATE_NOOP
from commune_desk.errors import UserError
from commune_desk.services.units import commune as find_commune
from commune_desk.services.units import default_office_hours

if TYPE_CHECKING:
    from commune_desk.store.engine import Store
    from commune_desk.sync.client import SyncClient

AGENCY_ID_EXAMPLE = "000.00.04.H40"
AGENCY_ID_HELP = QT_TRANSLATE_NOOP(
    "SetupWizard",
    "Mã định danh điện tử của cơ quan tiếp nhận (Quyết định 20/2020/QĐ-TTg), các cấp cách nhau "
    "bằng dấu chấm, cấp thấp nhất trước, kết thúc bằng một chữ cái và 2 chữ số, ví dụ "
    "000.00.04.H40. Mã này đứng đầu mọi mã hồ sơ; hỏi Văn phòng UBND tỉnh nếu chưa có."
)
DUPLICATE_NUMBER_WARNING = QT_TRANSLATE_NOOP(
    "SetupWizard",
    "Mỗi máy của cùng một xã phải có số bàn khác nhau (1–9): số bàn quyết định dải mã hồ sơ "
    "của máy. Khi có máy chủ, máy chủ từ chối số đã có máy khác dùng. Khi cài đặt không có "
    "máy chủ, chương trình không biết các máy khác: hãy tự ghi lại số đã dùng cho từng máy."
)


class SetupError(UserError, ValueError):
    """Set-up refused; the message (Vietnamese) says why and nothing was changed."""


@dataclass(frozen=True)
class SetupRequest:
    commune_code: str
    agency_id: str | None = None  # None: keep the file's current id
    desk_number: int = 1
    office_hours: OfficeHours | None = None  # None: the province's default
    server_url: str | None = None
    token: str | None = None


@dataclass(frozen=True)
class SetupResult:
    desk_id: str
    desk_number: int
    commune_code: str
    commune_name: str
    province_code: str
    province_name: str
    committee: str
    receiving_unit: str
    agency_id: str
    agency_id_is_example: bool
    server_url: str | None
    enrolled: bool
    enrol_error: str | None  # the server was unreachable: set up offline, enrol later

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def dossier_count(store: Store) -> int:
    with store.read() as s:
        return int(s.execute(text("SELECT count(*) FROM dossiers")).scalar_one())


def setup_desk(store: Store, req: SetupRequest, *,
               client_factory: Callable[..., SyncClient] | None = None) -> SetupResult:
    """Configure this desk file; with a server and token, enrol it first.

    Everything is checked before anything is written. A refusal from the server (desk number
    already used in the commune, wrong token…) raises ``SyncRefused`` and changes nothing. An
    unreachable server does not stop the set-up: the result says so (``enrol_error``) and the
    desk enrols later (``commune-desk enroll`` or Settings → Đồng bộ).
    """
    from commune_desk.services.desk import desk_info, office_hours_to_json
    from commune_desk.services.sync import enroll_desk, sync_state
    from commune_desk.store.events import desk_row
    from commune_desk.store.seed import DEFAULT_AGENCY_ID
    from commune_desk.sync.client import SyncOffline
    from commune_desk.sync.credentials import CredentialError

    unit = find_commune(req.commune_code)
    names = unit.names
    number = validate_desk_number(req.desk_number)
    agency = validate_agency_id(req.agency_id) if req.agency_id is not None else None
    if bool(req.server_url) != bool(req.token):
        raise SetupError("Cần cả địa chỉ máy chủ và mã đăng ký máy (hoặc bỏ cả hai).")
    held = dossier_count(store)
    if held:
        raise SetupError(
            f"Tệp này đã có {held} hồ sơ: không thể cài đặt lại xã hay số bàn (mã hồ sơ đã cấp "
            "dựa trên chúng). Thay đổi thông tin khác trong Cài đặt, hoặc dùng một tệp mới."
        )
    state = sync_state(store)
    if state.get("server_url") and state.get("commune_code") not in (None, unit.code):
        raise SetupError(
            f"Máy đã đăng ký với máy chủ cho xã {state['commune_code']}; không thể chuyển sang "
            f"xã {unit.code}. Hãy dùng một tệp mới."
        )
    hours = req.office_hours or default_office_hours(unit.province_code)
    enrolled, error = False, None
    if req.server_url and req.token:
        try:
            enroll_desk(store, req.server_url, req.token, client_factory=client_factory,
                        commune_code=unit.code, commune_name=unit.name, desk_number=number)
            enrolled = True
        except (SyncOffline, CredentialError) as exc:
            error = (f"{str(exc).replace('; sẽ thử lại', '')} Thông tin cài đặt vẫn được lưu; "
                     "máy làm việc ngoại tuyến. Đăng ký sau, khi có mạng, với cùng mã đăng ký "
                     "này: commune-desk enroll --server URL --token MÃ.")
    with store.write() as s:
        desk = desk_row(s)
        desk.commune_code = unit.code
        desk.commune_name = unit.name
        desk.desk_number = number
        desk.receiving_unit = names.centre
        desk.office_hours = office_hours_to_json(hours)
        if agency is not None:
            desk.agency_id = agency
    info = desk_info(store)
    return SetupResult(
        desk_id=info.desk_id, desk_number=info.desk_number, commune_code=unit.code,
        commune_name=unit.name, province_code=unit.province_code,
        province_name=unit.province_name, committee=names.committee,
        receiving_unit=info.receiving_unit, agency_id=info.agency_id,
        agency_id_is_example=info.agency_id == DEFAULT_AGENCY_ID,
        server_url=(req.server_url.rstrip("/") if enrolled and req.server_url else
                    sync_state(store).get("server_url")),
        enrolled=enrolled or bool(sync_state(store).get("server_url")), enrol_error=error)
