"""Sync commands: serve, server (communes, tokens, officers, reference data), enroll, sync, obstacle."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from commune_desk.cli.common import (
    CliError,
    add_json_option,
    db_path,
    open_as,
    print_json,
    read_password,
)
from commune_desk.cli.vi_argparse import bounded_int
from commune_desk.errors import UserError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("serve", help="chạy máy chủ đồng bộ (xã/tỉnh) và bảng điều hành")
    p.add_argument("--db", metavar="URL",
                   help="cơ sở dữ liệu máy chủ: đường dẫn tệp SQLite hoặc postgresql://… "
                        "(mặc định: biến môi trường COMMUNE_DESK_SERVER_DB, để mật khẩu không "
                        "hiện trong danh sách tiến trình)")
    p.add_argument("--host", default="127.0.0.1",
                   help="địa chỉ lắng nghe: 127.0.0.1 (chỉ máy này, sau proxy TLS) hoặc "
                        "0.0.0.0 (mọi máy trong mạng LAN)")
    p.add_argument("--port", type=bounded_int(1, 65535, "cổng"), default=8750)
    p.add_argument("--forwarded-allow-ips", default="127.0.0.1", metavar="IP",
                   help="địa chỉ của proxy TLS được tin (tiêu đề X-Forwarded-Proto); mặc định "
                        "127.0.0.1")
    p.add_argument("--workers", type=bounded_int(1, 64, "số tiến trình"), default=1,
                   help="số tiến trình phục vụ (mặc định 1; máy chủ tỉnh nhiều lõi: bằng số "
                        "lõi CPU, xem docs/sync.md)")
    p.set_defaults(func=_needs_server(_serve))

    server = sub.add_parser("server", help="quản trị máy chủ đồng bộ")
    ssub = server.add_subparsers(dest="server_command", metavar="VIỆC", required=True)
    p = ssub.add_parser("add-commune", help="đăng ký một xã/phường")
    p.add_argument("--db", required=True, metavar="URL")
    p.add_argument("--code", required=True,
                   help="mã xã chính thức 5 chữ số (tên lấy từ danh mục), ví dụ 16816")
    p.add_argument("--name", default=None, help="tên (chỉ cần cho mã ngoài danh mục)")
    p.set_defaults(func=_needs_server(_add_commune))
    p = ssub.add_parser("issue-token", help="cấp mã đăng ký dùng một lần cho một máy của xã")
    p.add_argument("--db", required=True, metavar="URL")
    p.add_argument("--code", required=True)
    p.add_argument("--days", type=bounded_int(1, 3650, "số ngày"), default=7,
                    help="số ngày còn hiệu lực (mặc định 7)")
    p.add_argument("--desk", default=None, metavar="MÃ_MÁY",
                   help="mã dành riêng để đăng ký lại máy đã có này (máy cài lại, mất khóa)")
    p.set_defaults(func=_needs_server(_issue_token))
    p = ssub.add_parser("desks", help="liệt kê các máy của xã: số bàn, lần đồng bộ cuối, đồng hồ")
    p.add_argument("--db", required=True, metavar="URL")
    p.add_argument("--code", default=None, help="mã xã (bỏ trống: mọi xã)")
    add_json_option(p)
    p.set_defaults(func=_needs_server(_desks))
    p = ssub.add_parser("revoke-desk", help="thu hồi ngay quyền đồng bộ của một máy (máy bị mất)")
    p.add_argument("--db", required=True, metavar="URL")
    p.add_argument("--desk", required=True, metavar="MÃ_MÁY",
                   help="mã máy (hoặc 8 ký tự đầu), xem: server desks")
    p.set_defaults(func=_needs_server(_revoke_desk))
    p = ssub.add_parser("add-officer", help="thêm cán bộ tỉnh đăng nhập bảng điều hành")
    p.add_argument("--db", required=True, metavar="URL")
    p.add_argument("--login", required=True)
    p.add_argument("--name", default="")
    p.set_defaults(func=_needs_server(_add_officer))
    p = ssub.add_parser("publish", help="phát hành trọn một phiên bản danh mục hoặc lịch")
    p.add_argument("--db", required=True, metavar="URL")
    p.add_argument("--kind", required=True, choices=["catalog", "calendar", "staff"])
    p.add_argument("--version", required=True)
    p.add_argument("--file", required=True, help="tệp JSON của phiên bản")
    p.set_defaults(func=_needs_server(_publish))
    p = ssub.add_parser("communes", help="liệt kê các xã")
    p.add_argument("--db", required=True, metavar="URL")
    add_json_option(p)
    p.set_defaults(func=_needs_server(_communes))

    p = sub.add_parser("enroll", help="đăng ký máy này với máy chủ đồng bộ")
    p.add_argument("--db", metavar="PATH", default=None)
    p.add_argument("--server", required=True, metavar="URL")
    p.add_argument("--token", required=True)
    p.set_defaults(func=_enroll)

    p = sub.add_parser("sync", help="đồng bộ một lượt (gửi lên rồi nhận về)")
    p.add_argument("--db", metavar="PATH", default=None)
    add_json_option(p)
    p.set_defaults(func=_sync)

    obstacle = sub.add_parser("obstacle", help="báo cáo vướng mắc lên tỉnh")
    osub = obstacle.add_subparsers(dest="obstacle_command", metavar="VIỆC", required=True)
    p = osub.add_parser("add", help="ghi một vướng mắc")
    p.add_argument("--db", metavar="PATH", default=None)
    p.add_argument("--field", required=True, help="lĩnh vực")
    p.add_argument("--procedure", default="", help="thủ tục")
    p.add_argument("--blocker", required=True,
                   help="chong_cheo | thieu_huong_dan | nhan_luc | thiet_bi | mang | khac")
    p.add_argument("--since", required=True, help="từ ngày (dd/mm/yyyy)")
    p.add_argument("--dossiers", type=bounded_int(0, 1_000_000_000, "số hồ sơ"), default=0, help="số hồ sơ bị ảnh hưởng")
    p.add_argument("--description", required=True)
    add_json_option(p)
    p.set_defaults(func=_obstacle_add)
    p = osub.add_parser("list", help="liệt kê vướng mắc và câu trả lời của tỉnh")
    p.add_argument("--db", metavar="PATH", default=None)
    p.add_argument("--all", action="store_true", help="cả vướng mắc đã đóng")
    add_json_option(p)
    p.set_defaults(func=_obstacle_list)
    p = osub.add_parser("close", help="đóng một vướng mắc đã được giải quyết")
    p.add_argument("--db", metavar="PATH", default=None)
    p.add_argument("--id", required=True)
    p.add_argument("--note", default="")
    p.set_defaults(func=_obstacle_close)


# --------------------------------------------------------------------------- server side
_SERVER_PACKAGES = {"fastapi", "uvicorn", "starlette", "psycopg"}


def _needs_server(fn: Any) -> Any:
    """Server commands need the `server` extra, which the desk's installer leaves out."""

    def run(args: argparse.Namespace) -> int:
        try:
            return int(fn(args))
        except ModuleNotFoundError as exc:
            if (exc.name or "").split(".")[0] not in _SERVER_PACKAGES:
                raise
            raise CliError(
                "Máy chủ đồng bộ không có trong bản cài đặt cho bàn làm việc. Hãy cài gói "
                "commune-desk[server] trên máy chủ của xã hoặc của tỉnh."
            ) from None

    return run


def _server_sessions(url: str) -> Any:
    from commune_desk.server.db import ServerDbError, open_db

    try:
        _engine, sessions = open_db(url)
    except ServerDbError as exc:
        raise CliError(str(exc)) from exc
    return sessions


def _server_call(fn: Any, *args: Any, **kwargs: Any) -> Any:
    from commune_desk.server.store import ServerError

    try:
        return fn(*args, **kwargs)
    except ServerError as exc:
        raise CliError(exc.message) from exc


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from commune_desk.server.app import WORKER_DB_ENV, create_app, tune_server_process
    from commune_desk.server.db import ServerDbError

    options: dict[str, Any] = {"host": args.host, "port": args.port, "log_level": "warning",
                               "proxy_headers": True,
                               "forwarded_allow_ips": args.forwarded_allow_ips}
    import os

    if not args.db:
        args.db = os.environ.get(WORKER_DB_ENV, "")
    if not args.db:
        raise CliError(f"Cần --db URL hoặc biến môi trường {WORKER_DB_ENV}.")
    try:
        app = create_app(args.db)  # migrates and starts the province epoch, once
    except ServerDbError as exc:
        raise CliError(str(exc)) from exc
    print(f"Máy chủ đồng bộ chạy tại http://{args.host}:{args.port} "
          f"(API /api/v1, tài liệu /docs, bảng điều hành /dashboard).", flush=True)
    if args.workers > 1:
        # Several processes share the port; all state is in the database (row locks order
        # the writers), so each worker opens its own pool on the same database.
        app.state.engine.dispose()
        os.environ[WORKER_DB_ENV] = args.db
        uvicorn.run("commune_desk.server.app:worker_app", factory=True, workers=args.workers,
                    **options)
        return 0
    tune_server_process()
    uvicorn.run(app, **options)
    return 0


def _add_commune(args: argparse.Namespace) -> int:
    from commune_desk.server import store
    from commune_desk.services.units import UnitError, commune

    name = args.name
    try:
        official = commune(args.code)
    except UnitError as exc:
        if not name:
            raise CliError(str(exc)) from None
    else:
        if name and name.strip() != official.name:
            raise CliError(f"Mã {official.code} là “{official.name}” ({official.province_name}) "
                           f"trong danh mục chính thức, không phải “{name.strip()}”.")
        name = official.name
    _server_call(store.add_commune, _server_sessions(args.db), args.code, name)
    print(f"Đã đăng ký xã {args.code} — {name.strip()}.")
    return 0


def _issue_token(args: argparse.Namespace) -> int:
    from commune_desk.server import store

    if args.days < 1 or args.days > 90:
        raise CliError("Số ngày hiệu lực phải từ 1 đến 90.")
    token = _server_call(store.issue_token, _server_sessions(args.db), args.code,
                         valid_days=args.days, for_desk=args.desk)
    print(token)
    print(f"(Mã dùng một lần cho một máy của xã {args.code}, hiệu lực {args.days} ngày.)",
          file=sys.stderr)
    return 0


def _add_officer(args: argparse.Namespace) -> int:
    from commune_desk.server import store

    sessions = _server_sessions(args.db)
    password = read_password("Mật khẩu cho cán bộ: ")
    _server_call(store.add_officer, sessions, args.login, args.name, password)
    print(f"Đã thêm cán bộ {args.login}.")
    return 0


def _publish(args: argparse.Namespace) -> int:
    from commune_desk.server import store

    try:
        content = json.loads(Path(args.file).read_text(encoding="utf-8"))
    except OSError as exc:
        raise CliError(f"Không đọc được tệp {args.file}: {exc.strerror}.") from exc
    except ValueError as exc:
        raise CliError(f"Tệp {args.file} không phải JSON hợp lệ.") from exc
    if args.kind == "catalog":
        from commune_desk.domain.catalog import CatalogError, load_catalog_document

        try:
            load_catalog_document(content)
        except CatalogError as exc:
            raise CliError(str(exc)) from exc
    elif args.kind == "staff":
        entries = content.get("entries") if isinstance(content, dict) else None
        if not isinstance(entries, list) or not all(
                isinstance(e, dict) and e.get("login") and e.get("full_name") for e in entries):
            raise CliError("Tệp danh bạ cán bộ phải có dạng {\"entries\": [{\"login\", "
                           "\"full_name\", \"phone\", \"title\", \"commune_code\"}, …]}.")
    elif not isinstance(content, dict) or not isinstance(content.get("entries"), list):
        raise CliError("Tệp lịch phải có dạng {\"entries\": [{\"day\", \"kind\", \"name\"}, …]}.")
    ref_id = _server_call(store.publish_reference, _server_sessions(args.db), args.kind,
                          args.version, content)
    print(f"Đã phát hành {args.kind} phiên bản {args.version} (số {ref_id}).")
    return 0


def _desks(args: argparse.Namespace) -> int:
    from commune_desk.domain.vntime import clock_offset_text
    from commune_desk.server import store

    rows = _server_call(store.list_desks, _server_sessions(args.db), args.code)
    if args.json:
        print_json([{"desk_id": d.desk_id, "commune_code": d.commune_code,
                     "desk_number": d.desk_number, "label": d.label,
                     "enrolled_at": d.enrolled_at, "last_sync_at": d.last_seen_at,
                     "clock_offset_s": d.clock_offset_s, "clock_off": d.clock_off,
                     "revoked": d.revoked} for d in rows])
        return 0
    if not rows:
        print("Chưa có máy nào đăng ký.")
    for d in rows:
        clock = ("—" if d.clock_offset_s is None else
                 ("lệch " if d.clock_off else "") + clock_offset_text(d.clock_offset_s))
        state = "ĐÃ THU HỒI" if d.revoked else "hoạt động"
        print(f"{d.commune_code}  bàn {d.desk_number}  {d.label or '—'}  {d.desk_id}  "
              f"đồng bộ cuối: {d.last_seen_at or 'chưa'}  đồng hồ: {clock}  [{state}]")
    return 0


def _revoke_desk(args: argparse.Namespace) -> int:
    from commune_desk.server import store

    row = _server_call(store.revoke_desk, _server_sessions(args.db), args.desk)
    print(f"Đã thu hồi quyền đồng bộ của máy {row.desk_id} (xã {row.commune_code}, bàn số "
          f"{row.desk_number}); mọi yêu cầu tiếp theo của máy đó bị từ chối. Số bàn "
          f"{row.desk_number} được dùng lại được; muốn đăng ký lại chính máy này: server "
          f"issue-token --code {row.commune_code} --desk {row.desk_id}.")
    return 0


def _communes(args: argparse.Namespace) -> int:
    from commune_desk.server import store

    rows = store.list_communes(_server_sessions(args.db))
    if args.json:
        print_json([{"code": c, "name": n} for c, n in rows])
    else:
        for code, name in rows:
            print(f"{code}\t{name}")
    return 0


# --------------------------------------------------------------------------- desk side


def _enroll(args: argparse.Namespace) -> int:
    from commune_desk.services.sync import enroll_desk
    from commune_desk.sync.client import SyncError
    from commune_desk.sync.credentials import CredentialError

    if not db_path(args).expanduser().exists():
        raise CliError(f"Chưa có tệp dữ liệu “{db_path(args)}”. Hãy cài đặt máy trước: "
                       f"commune-desk setup --db {db_path(args)} --commune MÃ_XÃ --desk N "
                       "[--server URL --token MÃ] (setup đăng ký luôn khi có --server).")
    from commune_desk.domain.permissions import Action

    store = open_as(args, Action.MANAGE_USERS, "đăng ký máy với máy chủ").store
    try:
        info = enroll_desk(store, args.server, args.token)
    except (SyncError, CredentialError, UserError) as exc:
        raise CliError(str(exc)) from exc
    finally:
        store.close()
    print(f"Đã đăng ký máy với máy chủ {info['server_url']} cho xã {info['commune_code']} — "
          f"{info['commune_name']}. Thông tin đăng nhập được cất trong kho mật khẩu của hệ điều hành.")
    return 0


def _sync(args: argparse.Namespace) -> int:
    from commune_desk.services.sync import NotEnrolled, SyncHeld, sync_round, sync_summary
    from commune_desk.sync.client import SyncError, SyncOffline
    from commune_desk.sync.credentials import CredentialError

    store = open_as(args, None, "đồng bộ").store
    try:
        try:
            report = sync_round(store)
        except (NotEnrolled, SyncHeld, CredentialError) as exc:
            raise CliError(str(exc)) from exc
        except SyncOffline as exc:
            pending = sync_summary(store).pending
            if args.json:
                print_json({"ok": False, "offline": True, "error": str(exc), "pending": pending})
                return 3
            raise CliError(f"{exc} Còn {pending} sự kiện chưa được máy chủ xác nhận.",
                           exit_code=3) from exc
        except SyncError as exc:
            raise CliError(str(exc)) from exc
        quarantined = sync_summary(store).quarantined
    finally:
        store.close()
    if args.json:
        print_json({"ok": report.complete, **report.as_dict(), "quarantined": quarantined})
    else:
        print(f"Đã gửi {report.pushed} sự kiện (mới {report.accepted}, trùng {report.duplicates}, "
              f"bị từ chối {report.rejected}); nhận {report.applied} sự kiện mới từ máy khác.")
        for line in report.references:
            print(line)
        for line in report.files_missing:
            print(line)
        if report.clock_warning:
            print(f"Chú ý: {report.clock_warning}", file=sys.stderr)
        if quarantined:
            print(f"Có {quarantined} sự kiện bị giữ lại (máy chủ từ chối hoặc không ghi được): "
                  "xem bảng Đồng bộ trong ứng dụng.")
        print("Mọi sự kiện đã được máy chủ xác nhận." if report.complete
              else f"Còn {report.pending} sự kiện chưa được xác nhận.")
    return 0 if report.complete else 1


def _parse_vn_date(text: str) -> Any:
    import datetime as dt

    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise CliError(f"Ngày không hợp lệ: {text!r} (dạng dd/mm/yyyy).")


def _obstacle_add(args: argparse.Namespace) -> int:
    from commune_desk.domain.obstacles import ObstacleError
    from commune_desk.domain.permissions import Action
    from commune_desk.services.obstacles import record_obstacle

    since = _parse_vn_date(args.since)
    acting = open_as(args, Action.REPORT_OBSTACLE, "báo cáo vướng mắc")
    store = acting.store
    try:
        obstacle_id = record_obstacle(store, actor=acting.actor.login, field=args.field,
                                      procedure=args.procedure, blocker=args.blocker,
                                      since=since, dossiers_held=args.dossiers,
                                      description=args.description)
    except ObstacleError as exc:
        raise CliError(str(exc)) from exc
    finally:
        store.close()
    if args.json:
        print_json({"id": obstacle_id})
    else:
        print(f"Đã ghi vướng mắc {obstacle_id}; sẽ gửi lên tỉnh ở lần đồng bộ tới.")
    return 0


def _obstacle_list(args: argparse.Namespace) -> int:
    from commune_desk.services.obstacles import list_obstacles

    store = open_as(args, None, "xem vướng mắc").store
    try:
        items = list_obstacles(store, include_closed=args.all)
    finally:
        store.close()
    if args.json:
        print_json([{"id": o.id, "field": o.field, "procedure": o.procedure,
                     "blocker": o.blocker, "blocker_label": o.blocker_label, "since": o.since,
                     "dossiers_held": o.dossiers_held, "description": o.description,
                     "closed": o.closed,
                     "answers": [{"text": a.text, "by": a.by, "at": a.at} for a in o.answers]}
                    for o in items])
        return 0
    if not items:
        print("Không có vướng mắc nào.")
    for o in items:
        state = "đã đóng" if o.closed else ("đã có trả lời" if o.answers else "chờ tỉnh trả lời")
        print(f"{o.id}  [{state}]  {o.blocker_label} — {o.field}"
              f"{' / ' + o.procedure if o.procedure else ''}: {o.description}")
        for a in o.answers:
            print(f"    Tỉnh trả lời ({a.by}, {a.at}): {a.text}")
    return 0


def _obstacle_close(args: argparse.Namespace) -> int:
    from commune_desk.domain.obstacles import ObstacleError
    from commune_desk.domain.permissions import Action
    from commune_desk.services.obstacles import close_obstacle

    acting = open_as(args, Action.REPORT_OBSTACLE, "đóng vướng mắc")
    store = acting.store
    try:
        close_obstacle(store, args.id, actor=acting.actor.login, note=args.note)
    except ObstacleError as exc:
        raise CliError(str(exc)) from exc
    finally:
        store.close()
    print("Đã đóng vướng mắc.")
    return 0
