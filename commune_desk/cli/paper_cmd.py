"""Command line for paper: print a form, the periodic report, the weekly brief, the ledger."""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from commune_desk.cli.common import CliError, add_db_option, open_database
from commune_desk.domain.vntime import vn_now

FORMATS = {".pdf": "pdf", ".xlsx": "xlsx"}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("print", help="in một mẫu phiếu (01–07) của một hồ sơ ra PDF")
    add_db_option(p, required=True)
    p.add_argument("--dossier", required=True, metavar="MÃ", help="mã hồ sơ")
    p.add_argument("--form", required=True, metavar="SỐ", help="số mẫu: 01 … 07")
    p.add_argument("--out", required=True, metavar="TỆP.pdf")
    p.set_defaults(func=_print)

    p = sub.add_parser("report", help="Biểu II.06a (tháng, quý, 6 tháng, 9 tháng, năm, tùy chọn)")
    add_db_option(p, required=True)
    _window_options(p)
    p.add_argument("--number", default="", metavar="SỐ", help="số văn bản báo cáo")
    p.add_argument("--live", action="store_true",
                   help="tính lại từ dữ liệu hiện tại, không dùng số liệu đã chốt")
    p.add_argument("--out", required=True, metavar="TỆP.pdf|.xlsx")
    _now_option(p)
    p.set_defaults(func=_report)

    p = sub.add_parser("brief", help="báo cáo nhanh một tuần cho lãnh đạo (PDF một trang)")
    add_db_option(p, required=True)
    p.add_argument("--week", required=True, metavar="2026-W48", help="tuần ISO")
    p.add_argument("--out", required=True, metavar="TỆP.pdf")
    _now_option(p)
    p.set_defaults(func=_brief)

    p = sub.add_parser("ledger", help="Sổ theo dõi hồ sơ (Mẫu 07) cho một khoảng ngày")
    add_db_option(p, required=True)
    _window_options(p)
    p.add_argument("--out", required=True, metavar="TỆP.pdf|.xlsx")
    _now_option(p)
    p.set_defaults(func=_ledger)


def _window_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--period", metavar="KỲ",
                   help="2026-05 (tháng), 2026-Q3 (quý), 2026-H1, 2026-9M, 2026 (năm), 2026-W48")
    p.add_argument("--from", dest="date_from", metavar="DD/MM/YYYY", help="từ ngày")
    p.add_argument("--to", dest="date_to", metavar="DD/MM/YYYY", help="đến ngày")


def _now_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--now", metavar="DD/MM/YYYY HH:MM", help=argparse.SUPPRESS)


# --- helpers --------------------------------------------------------------------------------


def _now(args: argparse.Namespace) -> datetime:
    value = getattr(args, "now", None)
    if not value:
        return vn_now().replace(microsecond=0)
    try:
        return datetime.strptime(value.strip(), "%d/%m/%Y %H:%M")
    except ValueError:
        raise CliError(f"Thời điểm “{value}” không đúng dạng DD/MM/YYYY HH:MM.") from None


def _period(args: argparse.Namespace) -> Any:
    from commune_desk.domain.periods import PeriodError, custom_period, parse_period, parse_vn_date

    try:
        if args.period and (args.date_from or args.date_to):
            raise CliError("Chỉ dùng --period hoặc --from/--to, không dùng cả hai.")
        if args.period:
            return parse_period(args.period)
        if args.date_from and args.date_to:
            return custom_period(parse_vn_date(args.date_from), parse_vn_date(args.date_to))
    except PeriodError as exc:
        raise CliError(str(exc)) from None
    raise CliError("Cần chỉ ra kỳ báo cáo: --period 2026-Q3 hoặc --from DD/MM/YYYY --to DD/MM/YYYY.")


def _out(args: argparse.Namespace, allowed: tuple[str, ...]) -> tuple[Path, str]:
    out = Path(args.out)
    fmt = FORMATS.get(out.suffix.lower())
    if fmt is None or fmt not in allowed:
        kinds = ", ".join(f".{a}" for a in allowed)
        raise CliError(f"Tệp kết quả “{out}” phải có đuôi {kinds}.")
    if not out.parent.exists() or not out.parent.is_dir():
        raise CliError(f"Không có thư mục “{out.parent}” để ghi tệp kết quả.")
    if out.exists() and out.is_dir():
        raise CliError(f"“{out}” là một thư mục, không phải tệp.")
    return out, fmt


def _write(out: Path, content: bytes) -> None:
    """Write beside the target then rename, so a failure never leaves a half file."""
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    print(f"Đã ghi {out} ({len(content):,} byte).".replace(",", "."))




def _guard(fn: Any, *a: Any, **kw: Any) -> Any:
    from commune_desk.domain.periods import PeriodError
    from commune_desk.services.reporting import ReportError

    try:
        return fn(*a, **kw)
    except (ReportError, PeriodError) as exc:
        raise CliError(str(exc)) from None


# --- handlers -------------------------------------------------------------------------------


def _print(args: argparse.Namespace) -> int:
    from commune_desk.services import printing

    out, _ = _out(args, ("pdf",))
    number = _guard(printing.normalize_form_number, args.form)
    store = open_database(args)
    try:
        data = _guard(printing.form_data, store, args.dossier, number)
    finally:
        store.close()
    _write(out, printing.render_form(data, number))
    return 0


def _report(args: argparse.Namespace) -> int:
    from commune_desk.services import reporting

    out, fmt = _out(args, ("pdf", "xlsx"))
    period = _period(args)
    now = _now(args)
    store = open_database(args)
    try:
        data = _guard(reporting.report_data, store, period, now=now, doc_number=args.number,
                      use_snapshot=not args.live)
    finally:
        store.close()
    _write(out, reporting.render_report(data, fmt))
    t = data.total
    print(f"{data.period_label}: tiếp nhận {t.received}, đã giải quyết {t.resolved}, "
          f"đang giải quyết {t.pending}" + (" (số liệu tạm tính)" if data.provisional else ""))
    return 0


def _brief(args: argparse.Namespace) -> int:
    from commune_desk.domain.periods import PeriodError, PeriodKind, parse_period
    from commune_desk.services import reporting

    out, _ = _out(args, ("pdf",))
    try:
        week = parse_period(args.week)
    except PeriodError as exc:
        raise CliError(str(exc)) from None
    if week.kind is not PeriodKind.WEEK:
        raise CliError(f"“{args.week}” không phải một tuần; dùng dạng 2026-W48.")
    store = open_database(args)
    try:
        data = _guard(reporting.brief_data, store, week, now=_now(args))
    finally:
        store.close()
    _write(out, reporting.render_brief(data))
    return 0


def _ledger(args: argparse.Namespace) -> int:
    from commune_desk.services import reporting

    out, fmt = _out(args, ("pdf", "xlsx"))
    period = _period(args)
    store = open_database(args)
    try:
        data = _guard(reporting.ledger_data, store, period, now=_now(args))
    finally:
        store.close()
    _write(out, reporting.render_ledger(data, fmt))
    return 0
