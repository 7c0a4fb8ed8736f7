"""Store subcommands: demo (generated data), check (soundness), search, catalog import/export."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from commune_desk.cli.common import (
    CliError,
    add_db_option,
    add_json_option,
    open_as,
    print_json,
)
from commune_desk.cli.vi_argparse import bounded_int


def _vn_int(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("demo", help="thêm dữ liệu mẫu (hồ sơ sinh ngẫu nhiên trong 24 tháng qua)")
    add_db_option(p)
    p.add_argument("--dossiers", type=bounded_int(1, 5_000_000, "số hồ sơ"), required=True, metavar="N", help="số hồ sơ cần thêm")
    p.add_argument("--seed", type=bounded_int(0, 2**63 - 1, "hạt giống"), default=0, metavar="S", help="hạt giống ngẫu nhiên")
    p.add_argument("--desk", type=bounded_int(1, 9, "số hiệu bàn"), default=None, metavar="D",
                   help="chỉ dùng số hiệu bàn D (1–9) khi cấp mã hồ sơ")
    p.add_argument("--months", type=bounded_int(1, 240, "số tháng"), default=24, metavar="M", help="số tháng (mặc định 24)")
    p.add_argument("--json-progress", action="store_true",
                   help='in một dòng {"committed": n} sau mỗi lô đã ghi')
    add_json_option(p)
    p.set_defaults(func=run_demo)

    p = sub.add_parser("check", help="kiểm tra tính toàn vẹn của cơ sở dữ liệu")
    add_db_option(p)
    add_json_option(p)
    p.set_defaults(func=run_check)

    p = sub.add_parser("search", help="tìm hồ sơ theo tên, số định danh, điện thoại, mã, thủ tục")
    add_db_option(p)
    p.add_argument("query", metavar="QUERY", help="nội dung tìm (không cần dấu)")
    p.add_argument("--limit", type=bounded_int(1, 10_000, "số kết quả"), default=20, metavar="N", help="số kết quả tối đa")
    add_json_option(p)
    p.set_defaults(func=run_search)

    p = sub.add_parser("catalog", help="nhập, xuất danh mục thủ tục (.xlsx)")
    csub = p.add_subparsers(dest="catalog_command", metavar="import|export", required=True)
    for name, helptext, func in (
        ("import", "nhập danh mục từ tệp .xlsx (tất cả hoặc không)", run_catalog_import),
        ("export", "xuất danh mục hiện hành ra tệp .xlsx", run_catalog_export),
    ):
        cp = csub.add_parser(name, help=helptext)
        add_db_option(cp)
        cp.add_argument("file", metavar="FILE.xlsx")
        if name == "export":
            cp.add_argument("--version", dest="catalog_version",
                            type=bounded_int(1, 1_000_000, "phiên bản"), default=None,
                            help="phiên bản danh mục (mặc định: hiện hành)")
        add_json_option(cp)
        cp.set_defaults(func=func)


class _ProgressBar:
    """A one-line progress bar on stderr."""

    def __init__(self, total: int, label: str) -> None:
        self.total = max(1, total)
        self.label = label
        self.started = time.perf_counter()

    def update(self, done: int) -> None:
        frac = min(1.0, done / self.total)
        width = 30
        filled = int(frac * width)
        elapsed = time.perf_counter() - self.started
        sys.stderr.write(
            f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {frac * 100:5.1f}% "
            f"{_vn_int(done)}/{_vn_int(self.total)} ({elapsed:.0f} giây)"
        )
        sys.stderr.flush()

    def finish(self) -> None:
        sys.stderr.write("\n")
        sys.stderr.flush()


def run_demo(args: argparse.Namespace) -> int:
    from commune_desk.services.demo import DemoError, generate_demo

    if args.dossiers < 1:
        raise CliError("--dossiers phải là số nguyên dương.")
    if not 1 <= args.months <= 240:
        raise CliError("--months phải từ 1 đến 240.")
    if args.desk is not None and not 1 <= args.desk <= 9:
        raise CliError("--desk phải từ 1 đến 9.")
    from commune_desk.domain.permissions import Action

    store = open_as(args, Action.MANAGE_USERS, "thêm hồ sơ mẫu vào tệp đã có", create=True,
                    bulk=True).store
    if args.desk is not None:
        from commune_desk.services.desk import desk_info

        own = desk_info(store).desk_number
        if own != args.desk:
            store.close()
            raise CliError(
                f"Máy này là bàn số {own}, không phải bàn số {args.desk}: hồ sơ mẫu chỉ được "
                f"ghi dưới số bàn của chính máy (bỏ --desk hoặc dùng --desk {own}). Đổi số bàn "
                "bằng commune-desk setup khi tệp chưa có hồ sơ."
            )
    bar = _ProgressBar(args.dossiers, "Đang tạo hồ sơ mẫu")

    def progress(committed: int) -> None:
        if args.json_progress:
            sys.stdout.write(json.dumps({"committed": committed}) + "\n")
            sys.stdout.flush()
        bar.update(committed)

    try:
        result = generate_demo(
            store, args.dossiers, seed=args.seed, desk_number=args.desk, months=args.months,
            progress=progress,
        )
    except DemoError as exc:
        raise CliError(str(exc)) from None
    finally:
        store.close()
    bar.finish()
    if args.json:
        print_json(
            {
                "dossiers": result.dossiers,
                "events": result.events,
                "desks": result.desks,
                "first_day": result.first_day.isoformat(),
                "last_day": result.last_day.isoformat(),
                "seconds": round(result.seconds, 2),
            }
        )
    elif not args.json_progress:
        print(
            f"Đã thêm {_vn_int(result.dossiers)} hồ sơ ({_vn_int(result.events)} sự kiện, "
            f"{result.desks} bàn) từ {result.first_day:%d/%m/%Y} đến {result.last_day:%d/%m/%Y} "
            f"trong {result.seconds:.1f} giây."
        )
    return 0


def run_check(args: argparse.Namespace) -> int:
    from commune_desk.services.integrity import check_store

    store = open_as(args, None, "kiểm tra cơ sở dữ liệu", read_only=True).store
    try:
        report = check_store(store)
    finally:
        store.close()
    if args.json:
        print_json(report.to_dict())
    elif report.ok:
        print(
            f"Cơ sở dữ liệu toàn vẹn: {_vn_int(report.dossiers)} hồ sơ, "
            f"{_vn_int(report.events)} sự kiện.\nMã tổng hợp: {report.digest}"
        )
    else:
        print(
            f"Cơ sở dữ liệu CÓ LỖI ({_vn_int(report.dossiers)} hồ sơ, "
            f"{_vn_int(report.events)} sự kiện):"
        )
        for line in report.problems:
            print(f"  - {line}")
    return 0 if report.ok else 1


def run_search(args: argparse.Namespace) -> int:
    from commune_desk.domain.lifecycle import vn_moment
    from commune_desk.store.queries import search_dossiers

    if args.limit < 1:
        raise CliError("--limit phải là số nguyên dương.")
    if not args.query.strip():
        raise CliError("Chưa nhập nội dung cần tìm.")
    store = open_as(args, None, "tìm hồ sơ", read_only=True).store
    try:
        with store.read() as session:
            hits = search_dossiers(session, args.query, args.limit)
    finally:
        store.close()
    if args.json:
        print_json(
            [
                {
                    "code": h.code,
                    "applicant": h.applicant_name,
                    "id_number": h.applicant_id_number,
                    "phone": h.applicant_phone,
                    "procedure": h.procedure_name,
                    "status": h.status,
                    "status_label": h.status_label,
                    "received_at": h.received_at,
                    "due_at": h.due_at,
                }
                for h in hits
            ]
        )
        return 0
    if not hits:
        print("Không tìm thấy hồ sơ nào.")
        return 0
    for h in hits:
        print(
            f"{h.code}  {h.applicant_name}  |  {h.procedure_name}  |  {h.status_label}  |  "
            f"hẹn trả {vn_moment(h.due_at) or '—'}"
        )
    return 0


def run_catalog_import(args: argparse.Namespace) -> int:
    from commune_desk.domain.catalog import CatalogError
    from commune_desk.domain.permissions import Action
    from commune_desk.services.catalog import import_catalog_xlsx

    if not Path(args.file).is_file():
        raise CliError(f"Không tìm thấy tệp “{args.file}”.")
    acting = open_as(args, Action.EDIT_CATALOG, "nhập danh mục thủ tục", create=True)
    store = acting.store
    try:
        summary = import_catalog_xlsx(store, acting.actor, args.file)
    except CatalogError as exc:
        raise CliError(exc.report()) from None
    finally:
        store.close()
    if args.json:
        print_json(
            {"version": summary.version, "procedures": summary.procedures, "name": summary.name,
             "effective_from": summary.effective_from.isoformat()}
        )
    else:
        print(
            f"Đã nhập danh mục “{summary.name}”: {summary.procedures} thủ tục, "
            f"phiên bản {summary.version}, hiệu lực từ {summary.effective_from:%d/%m/%Y}."
        )
    return 0


def run_catalog_export(args: argparse.Namespace) -> int:
    from commune_desk.domain.catalog import CatalogError
    from commune_desk.services.catalog import catalog, write_catalog_xlsx

    store = open_as(args, None, "xuất danh mục thủ tục", read_only=True).store
    try:
        cat = catalog(store, args.catalog_version)
    except CatalogError as exc:
        raise CliError(str(exc)) from None
    finally:
        store.close()
    try:
        out = write_catalog_xlsx(cat, args.file)
    except OSError as exc:
        raise CliError(f"Không ghi được tệp “{args.file}”: {exc.strerror}.") from None
    if args.json:
        print_json({"version": cat.version, "procedures": len(cat.procedures), "file": str(out)})
    else:
        print(f"Đã xuất {len(cat.procedures)} thủ tục (phiên bản {cat.version}) ra {out}.")
    return 0
