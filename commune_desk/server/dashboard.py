"""HTML of the province dashboard: sign-in page, per-commune table, SVG chart, obstacle answers."""

from __future__ import annotations

from html import escape
from typing import Any

from commune_desk.domain.obstacles import BLOCKER_LABELS, Blocker
from commune_desk.server.stats import CommuneFigures, ObstacleView
from commune_desk.server.store import OfficerLogin

STYLE = """
body{font-family:'DejaVu Sans','Noto Sans',Arial,sans-serif;margin:0;background:#f5f6f8;color:#1d232b}
header{background:#7a1010;color:#fff;padding:12px 24px;display:flex;justify-content:space-between;align-items:center}
main{padding:16px 24px;max-width:1200px}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border:1px solid #d7dbe0;padding:6px 8px;text-align:left}
th{background:#eef0f3}
td.num{text-align:right}
.card{background:#fff;border:1px solid #d7dbe0;padding:12px;margin:12px 0}
.err{color:#a00000}
textarea{width:100%;min-height:60px}
button{padding:6px 14px}
"""


def _page(title: str, body: str, officer: OfficerLogin | None = None) -> str:
    who = ""
    if officer is not None:
        who = (f'<form method="post" action="/dashboard/logout"><span>{escape(officer.name)}</span> '
               f'<input type="hidden" name="csrf" value="{escape(officer.csrf)}">'
               '<button type="submit">Đăng xuất</button></form>')
    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
            f'<title>{escape(title)}</title><style>{STYLE}</style></head><body>'
            f'<header><h1 style="font-size:20px;margin:0">{escape(title)}</h1>{who}</header>'
            f'<main>{body}</main></body></html>')


def login_page(error: str | None = None) -> str:
    err = f'<p class="err" id="error">{escape(error)}</p>' if error else ""
    body = (f'<div class="card" style="max-width:380px">{err}'
            '<form method="post" action="/dashboard/login" id="login">'
            '<p><label>Tên đăng nhập<br><input name="login" id="login-name" autocomplete="username"></label></p>'
            '<p><label>Mật khẩu<br><input name="password" id="password" type="password" '
            'autocomplete="current-password"></label></p>'
            '<p><button type="submit" id="submit">Đăng nhập</button></p></form>'
            '<p>Chỉ dành cho cán bộ cấp tỉnh. Máy của xã không đăng nhập được ở đây.</p></div>')
    return _page("Bảng điều hành cấp tỉnh — Đăng nhập", body)


def vn_number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def vn_percent(x: float | None) -> str:
    if x is None:
        return "—"
    return f"{x * 100:.1f}".replace(".", ",") + "%"


def vn_moment(text: str | None) -> str:
    """'2026-11-28T09:05:00' -> '09:05 28/11/2026'."""
    if not text:
        return "chưa đồng bộ"
    date, _, clock = text.partition("T")
    y, m, d = date.split("-")
    return f"{clock[:5]} {d}/{m}/{y}" if clock else f"{d}/{m}/{y}"


def chart_svg(figures: list[CommuneFigures]) -> str:
    """Grouped bars (backlog, overdue) per commune, drawn as inline SVG."""
    width, bar_h, gap, left = 760, 14, 12, 200
    top = max([1, *(max(f.backlog, f.overdue) for f in figures)])
    height = 40 + len(figures) * (2 * bar_h + gap)
    parts = [f'<svg id="chart" xmlns="http://www.w3.org/2000/svg" width="{width}" '
             f'height="{height}" role="img" aria-label="Hồ sơ tồn và quá hạn theo xã">',
             '<rect x="0" y="0" width="12" height="12" fill="#2f6fb0"/>'
             '<text x="16" y="11" font-size="12">Đang giải quyết</text>'
             '<rect x="140" y="0" width="12" height="12" fill="#c0392b"/>'
             '<text x="156" y="11" font-size="12">Quá hạn</text>']
    y = 30
    scale = (width - left - 60) / top
    for f in figures:
        parts.append(f'<text x="0" y="{y + bar_h}" font-size="12">{escape(f.name)}</text>')
        for value, colour, cls in ((f.backlog, "#2f6fb0", "bar-backlog"),
                                   (f.overdue, "#c0392b", "bar-overdue")):
            w = max(1, round(value * scale)) if value else 0
            parts.append(f'<rect class="{cls}" data-commune="{escape(f.code)}" '
                         f'data-value="{value}" x="{left}" y="{y}" width="{w}" '
                         f'height="{bar_h}" fill="{colour}"/>')
            parts.append(f'<text x="{left + w + 4}" y="{y + bar_h - 3}" font-size="11">'
                         f'{vn_number(value)}</text>')
            y += bar_h
        y += gap
    parts.append("</svg>")
    return "".join(parts)


def clock_section(desks: list[Any], names: dict[str, str]) -> str:
    """Desks whose PC clock was more than 10 minutes off the server's at their last sync."""
    from commune_desk.domain.vntime import clock_offset_text

    if not desks:
        return ""
    items = "".join(
        f'<li class="clock-off" data-desk="{escape(d.desk_id)}">'
        f'{escape(names.get(d.commune_code, d.commune_code))} — bàn số {d.desk_number}: đồng hồ '
        f'{escape(clock_offset_text(d.clock_offset_s))} (kiểm tra lúc '
        f'{escape(vn_moment(d.clock_checked_at))})</li>' for d in desks)
    return (f'<h2>Máy có đồng hồ lệch quá 10 phút ({vn_number(len(desks))})</h2>'
            f'<div class="card" id="clock-off"><p>Giờ tiếp nhận, hẹn trả của các máy này có thể '
            f'sai; đề nghị xã chỉnh lại đồng hồ máy tính.</p><ul>{items}</ul></div>')


def dashboard_page(officer: OfficerLogin, figures: list[CommuneFigures],
                   open_obstacles: list[ObstacleView], message: str | None = None,
                   clock_desks: list[Any] | None = None,
                   problems: list[str] | None = None) -> str:
    names = {f.code: f.name for f in figures}
    rows = "".join(
        f'<tr data-commune="{escape(f.code)}"><td>{escape(f.code)}</td><td>{escape(f.name)}</td>'
        f'<td class="num">{vn_number(f.received)}</td><td class="num backlog">{vn_number(f.backlog)}</td>'
        f'<td class="num overdue">{vn_number(f.overdue)}</td>'
        f'<td class="num rate">{vn_percent(f.on_time_rate)}</td>'
        f'<td class="num">{vn_number(f.desks)}</td><td>{escape(vn_moment(f.last_sync))}</td>'
        f'<td class="num">{vn_number(f.open_obstacles)}</td></tr>'
        for f in figures)
    table = ('<table id="communes"><thead><tr><th>Mã</th><th>Xã/phường</th><th>Đã tiếp nhận</th>'
             '<th>Đang giải quyết</th><th>Quá hạn</th><th>Tỷ lệ đúng hạn</th><th>Số máy</th>'
             '<th>Đồng bộ gần nhất</th><th>Vướng mắc mở</th></tr></thead>'
             f'<tbody>{rows}</tbody></table>')
    cards = []
    for o in open_obstacles:
        p = o.payload
        try:
            blocker = BLOCKER_LABELS[Blocker(p.get("blocker", ""))]
        except ValueError:
            blocker = str(p.get("blocker", ""))
        answers = "".join(f'<li class="answer">{escape(a.get("answer", ""))} — '
                          f'{escape(a.get("answered_by", ""))}, {escape(vn_moment(a.get("at")))}</li>'
                          for a in o.answers)
        cards.append(
            f'<div class="card obstacle" data-id="{escape(o.id)}">'
            f'<b>{escape(names.get(o.commune_code, o.commune_code))}</b> — {escape(blocker)}; '
            f'lĩnh vực: {escape(str(p.get("field", "")))}; '
            + (f'thủ tục: {escape(str(p["procedure"]))}; ' if p.get("procedure") else "")
            + f'từ ngày {escape(vn_moment(str(p.get("since", ""))))}; '
            f'{vn_number(int(p.get("dossiers_held", 0) or 0))} hồ sơ bị ảnh hưởng.'
            f'<p>{escape(str(p.get("description", "")))}</p><ul>{answers}</ul>'
            f'<form method="post" action="/dashboard/obstacles/{escape(o.id)}/answer">'
            f'<input type="hidden" name="csrf" value="{escape(officer.csrf)}">'
            f'<textarea name="answer" aria-label="Trả lời"></textarea>'
            f'<button type="submit">Gửi trả lời</button></form></div>')
    msg = f'<p class="card" id="message">{escape(message)}</p>' if message else ""
    if problems:
        shown = "".join(f"<li>{escape(p)}</li>" for p in problems[:20])
        more = f"<li>… và {vn_number(len(problems) - 20)} mục khác</li>" if len(problems) > 20 else ""
        msg += (f'<div class="card err" id="problems"><b>{vn_number(len(problems))} bản ghi '
                f'không đọc được đã bị bỏ qua</b> (số liệu không tính chúng; xem nhật ký máy '
                f'chủ):<ul>{shown}{more}</ul></div>')
    body = (f"{msg}{clock_section(clock_desks or [], names)}"
            f"<h2>Tình hình giải quyết theo xã</h2>{table}"
            f'<h2>Biểu đồ</h2><div class="card">{chart_svg(figures)}</div>'
            f'<h2>Vướng mắc đang mở ({vn_number(len(open_obstacles))})</h2>'
            + ("".join(cards) or "<p>Không có vướng mắc nào đang mở.</p>"))
    return _page("Bảng điều hành cấp tỉnh", body, officer)
