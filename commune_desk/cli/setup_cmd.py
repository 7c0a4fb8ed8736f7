"""`commune-desk setup`: create or configure a desk file (commune, agency id, desk number, server)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from commune_desk.cli.common import CliError, add_json_option, open_as, print_json
from commune_desk.cli.vi_argparse import bounded_int


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "setup", help="tạo hoặc cài đặt tệp dữ liệu của một máy (xã, mã cơ quan, số bàn, máy chủ)")
    p.add_argument("--db", metavar="PATH", default=None, help="tệp dữ liệu của máy (tạo nếu chưa có)")
    p.add_argument("--commune", required=True, metavar="MÃ",
                   help="mã xã, phường chính thức (5 chữ số), ví dụ 16816 = Xã Mỹ Lý, Nghệ An")
    p.add_argument("--agency-id", default=None, metavar="MÃ",
                   help="mã định danh điện tử của cơ quan, ví dụ 000.00.04.H40")
    p.add_argument("--desk", type=bounded_int(1, 9, "số hiệu bàn"), default=None, metavar="N",
                   help="số bàn của máy này trong xã (1–9), khác với mọi máy khác của xã")
    p.add_argument("--server", default=None, metavar="URL", help="địa chỉ máy chủ đồng bộ")
    p.add_argument("--token", default=None, help="mã đăng ký máy dùng một lần (server issue-token)")
    add_json_option(p)
    p.set_defaults(func=run_setup, _db_required=True)


def run_setup(args: argparse.Namespace) -> int:
    from commune_desk.domain.identifiers import (
        IdentifierError,
        validate_agency_id,
        validate_desk_number,
    )
    from commune_desk.errors import UserError
    from commune_desk.services.setup import SetupError, SetupRequest, setup_desk
    from commune_desk.services.units import UnitError, commune
    from commune_desk.sync.client import SyncError
    from commune_desk.sync.credentials import CredentialError

    if not args.db:
        raise CliError("Cần chỉ ra tệp dữ liệu của máy bằng --db PATH.")
    if bool(args.server) != bool(args.token):
        raise CliError("--server và --token phải đi cùng nhau.")
    # Checks that need no file come first: a typo never leaves a new file behind.
    try:
        commune(args.commune)
        if args.agency_id is not None:
            validate_agency_id(args.agency_id)
        if args.desk is not None:
            validate_desk_number(args.desk)
    except (UnitError, IdentifierError) as exc:
        raise CliError(str(exc)) from None
    path = Path(args.db).expanduser()
    created = not path.exists()
    from commune_desk.domain.permissions import Action

    store = open_as(args, Action.MANAGE_USERS, "cài đặt máy", create=True).store
    failed = False
    try:
        number = args.desk
        if number is None:
            from commune_desk.services.desk import desk_info

            number = desk_info(store).desk_number
        result = setup_desk(store, SetupRequest(
            commune_code=args.commune, agency_id=args.agency_id, desk_number=number,
            server_url=args.server, token=args.token))
    except (UserError, SetupError, CredentialError, SyncError) as exc:
        failed = True
        raise CliError(str(exc)) from None
    finally:
        store.close()
        if failed and created:  # a refused set-up leaves no half-made file behind
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
    if args.json:
        print_json(result.as_dict())
    else:
        print(f"Đã cài đặt {path}: {result.commune_name} ({result.commune_code}), "
              f"{result.province_name}; bàn số {result.desk_number}; mã cơ quan "
              f"{result.agency_id}; đơn vị tiếp nhận: {result.receiving_unit}.")
        if result.enrolled:
            print(f"Đã đăng ký với máy chủ {result.server_url}.")
    if result.agency_id_is_example:
        print("Chú ý: mã định danh cơ quan vẫn là mã mẫu; đặt mã thật bằng --agency-id "
              "trước khi tiếp nhận hồ sơ.", file=sys.stderr)
    if result.enrol_error:
        print(f"Chưa đăng ký được với máy chủ: {result.enrol_error}", file=sys.stderr)
        return 3
    return 0
