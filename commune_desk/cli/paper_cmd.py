"""Command line for paper: print a form, the periodic report, the weekly brief, the ledger."""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from commune_desk.cli.common import CliError, add_db_option, open_as
from commune_desk.domain.vntime import vn_now

FORMATS = {".pdf": "pdf", ".xlsx": "xlsx"}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("print", help="in một mẫu phiếu (01–07, TL) của một hồ sơ ra PDF")
    add_db_option(p, required=True)
    p.add_argument("--dossier", required=True, metavar="MÃ", help="mã hồ sơ")
    p.add_argument("--form", required=True, metavar="SỐ",
                   help="số mẫu: 01 … 07, hoặc TL (văn bản trả lời khi không giải quyết)")
    p.add_argument("--out", required=True, metavar="TỆP.pdf")
    p.set_defaults(func=_print)

    p = sub.add_parser("report", help="Biểu II.06a (tháng, quý, 6 tháng, 9 tháng, năm, tùy chọn)")
    add_db_option(p, required=True)
    _window_options(p)
    p.add_argument("--number", default="", metavar="SỐ", help="số văn bản báo cáo")
    p.add_argument("--preparer", default="", metavar="HỌ TÊN",
                   help="người lập biểu (mặc định: theo cài đặt giấy tờ)")
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

    p = sub.add_parser("paper-settings",
                       help="cài đặt giấy tờ: khổ phiếu, địa chỉ tra cứu, người ký, nơi nhận")
    add_db_option(p, required=True)
    p.add_argument("--slip-size", choices=["A4", "A5"], help="khổ giấy Mẫu 01–05 (mặc định A4)")
    p.add_argument("--lookup-url", metavar="URL",
                   help="địa chỉ tra cứu in trong mã QR; {code} được thay bằng mã hồ sơ")
    p.add_argument("--recipient", metavar="TÊN", help="“Kính gửi:” của báo cáo gửi cấp trên")
    p.add_argument("--report-signer", metavar="THẨM QUYỀN;CHỨC VỤ;HỌ TÊN",
                   help="người ký báo cáo, ví dụ “KT. CHỦ TỊCH;PHÓ CHỦ TỊCH;Hồ Đức Thắng”")
    p.add_argument("--centre-signer", metavar="THẨM QUYỀN;CHỨC VỤ;HỌ TÊN",
                   help="người ký Mẫu 04, 05, ví dụ “KT. GIÁM ĐỐC;PHÓ GIÁM ĐỐC;Nguyễn Hữu Phúc”")
    p.add_argument("--preparer", metavar="HỌ TÊN", help="người lập biểu mặc định")
    p.set_defaults(func=_paper_settings)

    p = sub.add_parser("staff", help="họ tên, số điện thoại của cán bộ (kể cả ở bàn khác)")
    add_db_option(p, required=True)
    p.add_argument("--login", required=True, help="tên đăng nhập")
    p.add_argument("--name", required=True, help="họ và tên")
    p.add_argument("--phone", default="", help="số điện thoại")
    p.add_argument("--title", default="", help="chức danh")
    p.set_defaults(func=_staff)

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




def _view_reports() -> Any:
    from commune_desk.domain.permissions import Action

    return Action.VIEW_REPORTS


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
    store = open_as(args, None, "in giấy tờ của hồ sơ").store
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
    store = open_as(args, _view_reports(), "lập báo cáo").store
    try:
        data = _guard(reporting.report_data, store, period, now=now, doc_number=args.number,
                      use_snapshot=not args.live, preparer=args.preparer)
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
    store = open_as(args, _view_reports(), "lập báo cáo tuần").store
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
    store = open_as(args, _view_reports(), "in sổ theo dõi hồ sơ").store
    try:
        data = _guard(reporting.ledger_data, store, period, now=_now(args))
    finally:
        store.close()
    _write(out, reporting.render_ledger(data, fmt))
    return 0


def _signer(text: str | None, current: Any) -> Any:
    from commune_desk.services.paper_settings import SignerSetting

    if text is None:
        return current
    parts = [x.strip() for x in text.split(";")]
    if len(parts) != 3 or not parts[1]:
        raise CliError(f"Người ký “{text}” phải có dạng THẨM QUYỀN;CHỨC VỤ;HỌ TÊN "
                       "(ví dụ “KT. CHỦ TỊCH;PHÓ CHỦ TỊCH;Hồ Đức Thắng”).")
    return SignerSetting(parts[0].upper(), parts[1].upper(), parts[2])


def _paper_settings(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from commune_desk.services.paper_settings import (
        PaperSettingsError,
        paper_settings,
        save_settings,
    )

    acting = open_as(args, None, "xem hoặc sửa cài đặt giấy tờ")
    store = acting.store
    try:
        s = paper_settings(store)
        new = replace(
            s, slip_size=args.slip_size or s.slip_size,
            lookup_url=s.lookup_url if args.lookup_url is None else args.lookup_url,
            report_recipient=args.recipient or s.report_recipient,
            report_signer=_signer(args.report_signer, s.report_signer),
            centre_signer=_signer(args.centre_signer, s.centre_signer),
            report_preparer=s.report_preparer if args.preparer is None else args.preparer)
        if new != s:
            try:
                save_settings(store, acting.actor, new)
            except PaperSettingsError as exc:
                raise CliError(str(exc)) from None
    finally:
        store.close()
    print(f"Khổ phiếu (Mẫu 01–05): {new.slip_size}")
    print(f"Địa chỉ tra cứu (mã QR): {new.lookup_url or '(chỉ in mã hồ sơ)'}")
    print(f"Kính gửi (báo cáo): {new.report_recipient}")
    for label, sig in (("Người ký báo cáo", new.report_signer),
                       ("Người ký Mẫu 04, 05", new.centre_signer)):
        print(f"{label}: {' / '.join(sig.lines())} — {sig.name or '(chưa ghi họ tên)'}")
    print(f"Người lập biểu: {new.report_preparer or '(người đang dùng máy)'}")
    return 0


def _staff(args: argparse.Namespace) -> int:
    from commune_desk.domain.permissions import Action
    from commune_desk.services.paper_settings import import_staff_directory

    if not args.name.strip():
        raise CliError("Họ tên không được để trống.")
    acting = open_as(args, Action.MANAGE_USERS, "ghi danh bạ cán bộ")
    store = acting.store
    try:
        import_staff_directory(store, acting.actor, [{
            "login": args.login, "full_name": args.name, "phone": args.phone,
            "title": args.title}])
    finally:
        store.close()
    print(f"Đã ghi {args.login}: {args.name.strip()}"
          + (f", {args.phone.strip()}" if args.phone.strip() else ""))
    return 0
