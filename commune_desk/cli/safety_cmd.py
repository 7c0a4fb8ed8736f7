"""Safety subcommands: user, audit verify, backup, restore, encrypt, sync-release."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from commune_desk.cli.common import (
    _NO_KEY,
    CliError,
    add_db_option,
    add_json_option,
    db_path,
    key_by_login,
    open_as,
    print_json,
    read_login,
    read_password,
    require_desk_file,
)

ROLES = ("clerk", "officer", "leader", "admin")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    user = sub.add_parser("user", help="quản lý tài khoản người dùng")
    usub = user.add_subparsers(dest="user_command", metavar="THAO_TÁC", required=True)

    p = usub.add_parser("add", help="thêm tài khoản (mật khẩu nhập từ bàn phím hoặc stdin)")
    add_db_option(p)
    p.add_argument("--login", required=True, help="tên đăng nhập")
    p.add_argument("--role", required=True, choices=ROLES, help="vai trò")
    p.add_argument("--name", default="", help="họ và tên")
    p.set_defaults(func=_user_add)

    p = usub.add_parser("list", help="liệt kê tài khoản")
    add_db_option(p)
    add_json_option(p)
    p.set_defaults(func=_user_list)

    p = usub.add_parser("disable", help="khóa tài khoản")
    add_db_option(p)
    p.add_argument("--login", required=True)
    p.add_argument("--enable", action="store_true", help="mở khóa thay vì khóa")
    p.set_defaults(func=_user_disable)

    p = usub.add_parser("reset-password", help="đặt lại mật khẩu (người dùng phải đổi khi đăng nhập)")
    add_db_option(p)
    p.add_argument("--login", required=True)
    p.set_defaults(func=_user_reset)

    audit = sub.add_parser("audit", help="kiểm tra chuỗi kiểm toán")
    asub = audit.add_subparsers(dest="audit_command", metavar="THAO_TÁC", required=True)
    p = asub.add_parser("verify", help="kiểm tra chuỗi băm của nhật ký sự kiện")
    add_db_option(p)
    p.add_argument("--offline", action="store_true",
                   help="không đối chiếu đầu chuỗi với máy chủ tỉnh")
    add_json_option(p)
    p.set_defaults(func=_audit_verify)

    p = sub.add_parser("backup", help="sao lưu cơ sở dữ liệu (mặc định vào thư mục backups/)")
    add_db_option(p)
    p.add_argument("--to", metavar="FOLDER", help="thư mục đích, ví dụ ổ USB")
    add_json_option(p)
    p.set_defaults(func=_backup)

    p = sub.add_parser("restore", help="khôi phục từ một bản sao lưu")
    add_db_option(p)
    p.add_argument("--from", dest="source", metavar="FILE", help="tệp sao lưu")
    p.add_argument("--other-desk", action="store_true",
                   help="quản trị viên chọn khôi phục bản sao lưu của một bàn khác cùng xã "
                        "(máy mới thay máy cũ)")
    p.add_argument("--release-hold", action="store_true",
                   help="không khôi phục; cho phép đồng bộ lại sau lần khôi phục trước "
                        "(như sync-release)")
    add_json_option(p)
    p.set_defaults(func=_restore)

    p = sub.add_parser("encrypt", help="mã hóa một cơ sở dữ liệu cũ chưa mã hóa (sau khi sao lưu)")
    add_db_option(p)
    p.set_defaults(func=_encrypt)

    p = sub.add_parser("sync-release", help="cho phép bàn đồng bộ lại sau khi khôi phục")
    add_db_option(p)
    p.set_defaults(func=_sync_release)


# ---------------------------------------------------------------- helpers
def _key(path: Path, *, create: bool = False) -> Any:
    """The key for ``path``: None for a legacy plain file, else keyring / passphrase variable."""
    from commune_desk.store import crypto

    if path.exists() and crypto.is_plain_sqlite(path):
        return None
    try:
        return crypto.resolve_key(create=create or not path.exists())
    except crypto.CryptoError as exc:
        raise CliError(str(exc)) from exc


def _login_key(path: Path, action: Any, purpose: str, *, current: bool = False) -> Any:
    """For commands that work on the file itself (backup, audit verify): who acts logs in
    (read-only: nothing written, the file not upgraded) and the key that opened it is returned.
    Without the keyring or the session passphrase, the login unwraps the key from the key file.
    """
    from commune_desk.services.accounts import Accounts
    from commune_desk.store.engine import make_engine

    key, creds = key_by_login(path, purpose)
    if key is _NO_KEY:
        key = _key(path)
    require_desk_file(path, key, current=current, quick_check=current)
    engine = make_engine(path, key=key)
    try:
        accounts = Accounts(engine)
        if accounts.has_users():
            _logged_in(accounts, action, purpose, record=False, creds=creds)
    finally:
        engine.dispose()
    return key


def _wrapped(acting: Any) -> list[str]:
    from commune_desk.store import keyfile

    return keyfile.wrapped_logins(acting.store.path)


def _logged_in(accounts: Any, action: Any, purpose: str, *, record: bool = True,
               creds: tuple[str, str] | None = None) -> Any:
    """The person acting, from their login and password, with their role checked now.

    The database key is not an administrator's key: whoever runs the command must log in as
    an account that may do ``action`` (defect 1 of issue 15: it used to act as "dong-lenh").
    """
    from commune_desk.domain.permissions import PermissionDenied, require
    from commune_desk.services.accounts import LoginFailed

    if not accounts.has_users():
        raise CliError("Chưa có tài khoản nào: hãy tạo tài khoản quản trị trước "
                       "(commune-desk user add --role admin).")
    login, password = creds or read_login(purpose)
    try:
        actor = accounts.login(login, password, record=record).actor
        if action is not None:
            require(actor, action)
    except (LoginFailed, PermissionDenied) as exc:
        raise CliError(str(exc)) from None
    return actor


def _backup_key() -> Any:
    """Backups are always encrypted, even the backup of a legacy plain file."""
    from commune_desk.store import crypto

    try:
        return crypto.resolve_key(create=True)
    except crypto.CryptoError as exc:
        raise CliError(str(exc)) from exc


def _fmt_dt(value: Any) -> str:
    return value.strftime("%H:%M %d/%m/%Y") if value else ""


# ---------------------------------------------------------------- user
def _user_add(args: argparse.Namespace) -> int:
    from commune_desk.domain.permissions import Action
    from commune_desk.services.accounts import AccountError

    acting = open_as(args, Action.MANAGE_USERS, "thêm tài khoản", create=True,
                     seed=not db_path(args).expanduser().exists())
    first = not acting.accounts.has_users()
    try:
        password = read_password(f"Mật khẩu cho {args.login}: ", confirm=True)
        row = acting.accounts.add_user(None if first else acting.actor, args.login, args.role,
                                       password, args.name)
    except AccountError as exc:
        raise CliError(str(exc)) from exc
    finally:
        acting.close()
    print(f"Đã thêm tài khoản {row.login} ({row.role_label}).")
    if row.must_change_password:
        print("Người dùng sẽ phải đổi mật khẩu ở lần đăng nhập đầu.")
    return 0


def _user_list(args: argparse.Namespace) -> int:
    from commune_desk.domain.permissions import Action

    acting = open_as(args, Action.MANAGE_USERS, "xem danh sách tài khoản", read_only=True,
                     need_accounts=True)
    try:
        rows = acting.accounts.list_users(acting.actor)
        wrapped = set(_wrapped(acting))
    finally:
        acting.close()
    if args.json:
        print_json(
            [
                {
                    "login": r.login,
                    "full_name": r.full_name,
                    "role": r.role.value,
                    "disabled": r.disabled,
                    "locked_until": r.locked_until,
                    "must_change_password": r.must_change_password,
                    "last_login_at": r.last_login_at,
                    "opens_file": r.login in wrapped,
                }
                for r in rows
            ]
        )
        return 0
    if not rows:
        print("Chưa có tài khoản nào. Thêm quản trị viên: commune-desk user add --role admin …")
        return 0
    print(f"{'Tên đăng nhập':<20} {'Vai trò':<20} {'Trạng thái':<22} Họ và tên")
    for r in rows:
        state = "đã khóa" if r.disabled else "hoạt động"
        if r.locked_until:
            state = f"tạm khóa đến {_fmt_dt(r.locked_until)}"
        print(f"{r.login:<20} {r.role_label:<20} {state:<22} {r.full_name}")
    return 0


def _user_disable(args: argparse.Namespace) -> int:
    from commune_desk.domain.permissions import Action
    from commune_desk.services.accounts import AccountError

    acting = open_as(args, Action.MANAGE_USERS, "khóa hoặc mở khóa tài khoản",
                     need_accounts=True)
    try:
        row = acting.accounts.disable_user(acting.actor, args.login, disabled=not args.enable)
    except AccountError as exc:
        raise CliError(str(exc)) from exc
    finally:
        acting.close()
    print(f"Tài khoản {row.login} {'đã bị khóa' if row.disabled else 'đã được mở khóa'}.")
    if not row.disabled:
        print("Muốn người dùng mở được tệp bằng mật khẩu của mình (máy không có kho khóa), hãy "
              f"đặt lại mật khẩu: commune-desk user reset-password --login {row.login}")
    return 0


def _user_reset(args: argparse.Namespace) -> int:
    from commune_desk.domain.permissions import Action
    from commune_desk.services.accounts import AccountError

    acting = open_as(args, Action.MANAGE_USERS, "đặt lại mật khẩu",
                     need_accounts=True)
    try:
        password = read_password(f"Mật khẩu tạm cho {args.login}: ", confirm=True)
        row = acting.accounts.reset_password(acting.actor, args.login, password)
    except AccountError as exc:
        raise CliError(str(exc)) from exc
    finally:
        acting.close()
    print(f"Đã đặt lại mật khẩu của {row.login}; người dùng phải đổi mật khẩu khi đăng nhập.")
    return 0


# ---------------------------------------------------------------- audit
def _audit_verify(args: argparse.Namespace) -> int:
    from commune_desk.domain.audit import describe
    from commune_desk.services.audit import anchor_file, verify_file
    from commune_desk.store import crypto

    path = db_path(args)
    if not path.exists():
        raise CliError(f"Không tìm thấy tệp cơ sở dữ liệu {path}.")
    key = _login_key(path, None, "kiểm tra chuỗi kiểm toán", current=True)
    try:
        report = verify_file(path, key)
        anchor = None if args.offline else anchor_file(path, key)
    except crypto.CryptoError as exc:
        raise CliError(str(exc)) from exc
    except Exception as exc:  # malformed file
        raise CliError(f"Không đọc được {path}: {exc}.") from exc
    ok = report.ok and (anchor is None or anchor.ok)
    if args.json:
        print_json(
            {
                "ok": ok,
                "events": report.events,
                "desks": report.desks,
                "broken": [
                    {"desk_id": b.desk_id, "event_id": b.event_id, "desk_epoch": b.desk_epoch,
                     "desk_seq": b.desk_seq, "reason": b.reason}
                    for b in report.broken
                ],
                "anchor": None if anchor is None else {
                    "online": anchor.online, "problems": list(anchor.problems),
                    "message": anchor.message, "head": anchor.head,
                },
            }
        )
        return 0 if ok else 1
    if report.ok:
        print(
            f"Chuỗi kiểm toán nguyên vẹn: {_n(report.events)} sự kiện của "
            f"{_n(report.desks)} bàn làm việc."
        )
    else:
        for link in report.broken:
            print(describe(link))
    if anchor is not None:
        for line in anchor.problems:
            print(line)
        print(anchor.message)
    return 0 if ok else 1


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


# ---------------------------------------------------------------- backup / restore
def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty() and total:
        print(f"\r  {done * 100 // total}%", end="", file=sys.stderr, flush=True)


def _backup(args: argparse.Namespace) -> int:
    from commune_desk.domain.permissions import Action
    from commune_desk.services.backup import BackupError, make_backup, rotate

    path = db_path(args)
    key = _login_key(path, Action.MANAGE_BACKUPS, "sao lưu")
    try:
        info = make_backup(path, key if key is not None else _backup_key(), dest_dir=Path(args.to) if args.to else None,
                           kind="manual", progress=_progress)
        if not args.to:
            rotate(info.path.parent, path.stem)
    except BackupError as exc:
        raise CliError(str(exc)) from exc
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if args.json:
        print_json({"path": str(info.path), "size": info.size, "events": info.events,
                    "dossiers": info.dossiers, "encrypted": info.encrypted})
    else:
        print(
            f"Đã sao lưu và kiểm tra: {info.path} ({_n(info.size // 1024)} KB, "
            f"{_n(info.dossiers)} hồ sơ, {_n(info.events)} sự kiện"
            f"{', đã mã hóa' if info.encrypted else ', KHÔNG mã hóa'})."
        )
    return 0


def _file_actor(path: Path, key: Any, action: Any, purpose: str) -> Any:
    """Log in against the accounts of the file at ``path`` (opened as it is, not migrated)."""
    from commune_desk.services.accounts import Accounts
    from commune_desk.store.engine import make_engine

    engine = make_engine(path, key=key)
    try:
        return _logged_in(Accounts(engine), action, purpose)
    finally:
        engine.dispose()


def _restore_actor(path: Path, source: Path) -> Any:
    """Who restores: an administrator of the current file when it opens and has accounts,
    else (a damaged or missing file, a new PC) an administrator of the backup itself."""
    from commune_desk.domain.permissions import Action
    from commune_desk.store import crypto

    for candidate in (path, source):
        if not candidate.is_file() or candidate.stat().st_size == 0:
            continue
        key = None if crypto.is_plain_sqlite(candidate) else _backup_key()
        try:
            with crypto.opened(candidate, key) as conn:
                has_users = conn.execute(
                    "SELECT 1 FROM sqlite_master WHERE type='table' AND name='users'"
                ).fetchone() and conn.execute("SELECT count(*) FROM users").fetchone()[0]
        except Exception:
            continue
        if has_users:
            return _file_actor(candidate, key, Action.MANAGE_BACKUPS, "khôi phục bản sao lưu")
    raise CliError("Không có tài khoản quản trị nào (trong tệp hiện tại hay trong bản sao lưu) "
                   "để xác nhận việc khôi phục.")


def _restore(args: argparse.Namespace) -> int:
    from commune_desk.services.backup import BackupError, restore

    if args.release_hold:
        if args.source:
            raise CliError("Chọn một trong hai: --from FILE (khôi phục) hoặc --release-hold.")
        return _sync_release(args)
    if not args.source:
        raise CliError("Cần chỉ ra tệp sao lưu bằng --from FILE.")
    path = db_path(args)
    source = Path(args.source)
    if not source.exists():
        raise CliError(f"Không tìm thấy tệp sao lưu {source}.")
    from commune_desk.store.inuse import exclusive

    try:
        with exclusive(path) as free:
            if not free:
                raise CliError(
                    f"Phần mềm đang mở tệp “{path}”: hãy đóng phần mềm (trên mọi máy dùng chung "
                    "tệp này) rồi khôi phục; khôi phục lúc này sẽ làm mất các thao tác vừa lưu."
                )
            actor = _restore_actor(path, source)
            result = restore(path, source, _backup_key(), actor, progress=_progress,
                             other_desk=args.other_desk)
    except BackupError as exc:
        raise CliError(str(exc)) from exc
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if args.json:
        print_json({"path": str(result.path), "epoch": result.epoch,
                    "safety_copy": str(result.safety_copy) if result.safety_copy else None,
                    "events": result.events, "dossiers": result.dossiers})
        return 0
    print(f"Đã khôi phục {path} từ {source} ({_n(result.dossiers)} hồ sơ).")
    if result.safety_copy:
        print(f"Bản cũ được giữ lại tại {result.safety_copy}.")
    print(
        f"Bàn làm việc chuyển sang kỳ đồng bộ {result.epoch} và TẠM DỪNG đồng bộ cho đến khi "
        f"quản trị viên cho phép: commune-desk sync-release --db {path}"
    )
    return 0


def _encrypt(args: argparse.Namespace) -> int:
    from commune_desk.services.backup import backup_dir_for
    from commune_desk.store import crypto

    path = db_path(args)
    require_desk_file(path, _key(path), quick_check=True)  # ours and sound
    if not crypto.is_plain_sqlite(path):
        print(f"Tệp {path} đã được mã hóa; không cần làm gì.")
        return 0
    try:
        key = crypto.resolve_key(create=True)
        result = crypto.encrypt_plain_database(path, key, backup_dir_for(path))
    except crypto.CryptoError as exc:
        raise CliError(str(exc)) from exc
    print(
        f"Đã mã hóa {path} ({_n(result.rows)} dòng trong {result.tables} bảng). "
        f"Bản sao lưu (đã mã hóa) trước khi chuyển: {result.backup}."
    )
    return 0


def _sync_release(args: argparse.Namespace) -> int:
    from commune_desk.domain.permissions import Action
    from commune_desk.services.backup import BackupError, release_sync_hold
    from commune_desk.store import crypto

    path = db_path(args)
    require_desk_file(path, _key(path), quick_check=True)
    try:
        held = release_sync_hold(path, _key(path), _file_actor(
            path, _key(path), Action.APPROVE_SYNC, "cho phép đồng bộ lại"))
    except (BackupError, crypto.CryptoError) as exc:
        raise CliError(str(exc)) from exc
    print("Đã cho phép đồng bộ lại." if held else "Bàn làm việc không bị tạm dừng đồng bộ.")
    return 0
