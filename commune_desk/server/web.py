"""The province dashboard (/dashboard) as a FastAPI router: officer sign-in, figures, answers."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from commune_desk.server import dashboard as pages
from commune_desk.server import store
from commune_desk.server.api import SessionsDep
from commune_desk.server.http import read_body
from commune_desk.server.stats import commune_figures, obstacles
from commune_desk.server.store import OfficerLogin, ServerError

SESSION_COOKIE = "cd_officer"

router = APIRouter(include_in_schema=False)


def current_officer(request: Request, sessions: SessionsDep) -> OfficerLogin | None:
    """Only a session cookie made by an officer's sign-in counts; desk tokens never do."""
    return store.officer_for_session(sessions, request.cookies.get(SESSION_COOKIE))


OfficerDep = Annotated[OfficerLogin | None, Depends(current_officer)]


async def read_form(request: Request) -> dict[str, str]:
    """A urlencoded form (the body limit middleware stops it at 64 KB while it streams)."""
    body = await read_body(request)
    parsed = parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True)
    return {k: v[0] for k, v in parsed.items()}


@router.get("/")
def root() -> Response:
    return RedirectResponse("/dashboard", status_code=303)


@router.get("/dashboard")
def dashboard(sessions: SessionsDep, officer: OfficerDep, msg: str = "") -> Response:
    if officer is None:
        return RedirectResponse("/dashboard/login", status_code=303)
    message = {"answered": "Đã gửi trả lời; xã sẽ nhận được ở lần đồng bộ tới."}.get(msg)
    clock_desks = [d for d in store.list_desks(sessions) if d.clock_off and not d.revoked]
    problems: list[str] = []  # stored rows that cannot be read: skipped and listed
    figures = commune_figures(sessions, problems=problems)
    open_obstacles = obstacles(sessions, open_only=True)
    return HTMLResponse(pages.dashboard_page(officer, figures, open_obstacles, message,
                                             clock_desks, problems))


@router.get("/dashboard/login")
def login_form() -> HTMLResponse:
    return HTMLResponse(pages.login_page())


@router.post("/dashboard/login")
async def login(request: Request, sessions: SessionsDep) -> Response:
    form = await read_form(request)
    try:
        session_id, _officer = await run_in_threadpool(
            store.officer_sign_in, sessions, form.get("login", ""), form.get("password", ""))
    except ServerError as exc:
        return HTMLResponse(pages.login_page(exc.message), status_code=exc.status)
    resp = RedirectResponse("/dashboard", status_code=303)
    # Behind a TLS reverse proxy (X-Forwarded-Proto: https from a trusted address, see
    # docs/sync.md) the scheme is https and the cookie is never sent over plain HTTP.
    resp.set_cookie(SESSION_COOKIE, session_id, httponly=True, samesite="strict",
                    max_age=store.SESSION_HOURS * 3600,
                    secure=request.url.scheme == "https")
    return resp


@router.post("/dashboard/logout")
async def logout(request: Request, sessions: SessionsDep, officer: OfficerDep) -> Response:
    form = await read_form(request)
    if officer is not None and form.get("csrf") == officer.csrf:
        await run_in_threadpool(store.officer_sign_out, sessions,
                                request.cookies.get(SESSION_COOKIE, ""))
    resp = RedirectResponse("/dashboard/login", status_code=303)
    resp.delete_cookie(SESSION_COOKIE)
    return resp


@router.post("/dashboard/obstacles/{obstacle_id}/answer")
async def answer(obstacle_id: str, request: Request, sessions: SessionsDep,
                 officer: OfficerDep) -> Response:
    if officer is None:
        raise ServerError(401, "Cần đăng nhập bằng tài khoản cán bộ cấp tỉnh.")
    form = await read_form(request)
    if form.get("csrf") != officer.csrf:
        raise ServerError(403, "Phiên biểu mẫu không hợp lệ; hãy tải lại trang.")
    await run_in_threadpool(store.answer_obstacle, sessions, officer, obstacle_id,
                            form.get("answer", ""))
    return RedirectResponse("/dashboard?msg=answered", status_code=303)
