"""FastAPI application: the versioned sync API (/api/v1) and the province dashboard (/dashboard)."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, ValidationError

from commune_desk import __version__
from commune_desk.server import store
from commune_desk.server.db import open_db
from commune_desk.server.store import DeskInfo, ServerError, Sessions
from commune_desk.sync.protocol import (
    API_PREFIX,
    MAX_BODY_BYTES,
    MAX_PULL,
    PROTOCOL_VERSION,
    EnrollRequest,
    EnrollResponse,
    ErrorBody,
    PullResponse,
    PushRequest,
    PushResponse,
    StatusResponse,
)

SESSION_COOKIE = "cd_officer"
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody} for code in (400, 401, 403, 404, 409, 413, 422)}


def _field_path(loc: tuple[Any, ...]) -> str:
    return ".".join(str(p) for p in loc) or "(gốc)"


def _validation_message(exc: ValidationError | RequestValidationError) -> str:
    errors = exc.errors()
    first = errors[0] if errors else {}
    return (f"Dữ liệu gửi lên không đúng mẫu ({len(errors)} lỗi), ví dụ ở trường "
            f"{_field_path(tuple(first.get('loc', ())))}: {first.get('msg', '')}.")


async def _read_json(request: Request, model: type[BaseModel]) -> Any:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise ServerError(413, f"Gói dữ liệu quá lớn (tối đa {MAX_BODY_BYTES // 1024 // 1024} MB).")
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY_BYTES:
            raise ServerError(413, "Gói dữ liệu quá lớn.")
    try:
        raw = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ServerError(400, "Nội dung gửi lên không phải JSON hợp lệ.") from exc
    if isinstance(raw, dict) and "schema_version" in raw and raw["schema_version"] != PROTOCOL_VERSION:
        raise ServerError(400, f"Phiên bản giao thức {raw['schema_version']!r} không được hỗ trợ "
                               f"(máy chủ dùng {PROTOCOL_VERSION}).")
    if isinstance(raw, dict) and isinstance(raw.get("events"), list) and len(raw["events"]) > 500:
        raise ServerError(413, "Lô sự kiện quá lớn (tối đa 500 sự kiện một lần).")
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise ServerError(422, _validation_message(exc)) from exc


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip()
    return None


def _schema(model: type[BaseModel]) -> dict[str, Any]:
    return {"requestBody": {"required": True, "content": {
        "application/json": {"schema": model.model_json_schema()}}}}


def create_app(db_url: str, *, pool_size: int = 10) -> FastAPI:
    """The server for the database at ``db_url`` (migrated on start)."""
    engine, sessions = open_db(db_url, pool_size=pool_size)
    store.start_province_epoch(sessions)
    app = FastAPI(title="Commune Desk — máy chủ đồng bộ", version=__version__,
                  description="API đồng bộ phiên bản 1 giữa các máy một cửa cấp xã và máy chủ "
                              "xã/tỉnh. Mọi lỗi trả về JSON {detail} bằng tiếng Việt.")
    app.state.engine = engine
    app.state.sessions = sessions

    @app.exception_handler(ServerError)
    async def _on_server_error(_request: Request, exc: ServerError) -> JSONResponse:
        return JSONResponse({"detail": exc.message}, status_code=exc.status)

    @app.exception_handler(RequestValidationError)
    async def _on_validation(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": _validation_message(exc)}, status_code=422)

    def desk_of(request: Request) -> DeskInfo:
        return store.authenticate_desk(sessions, _bearer(request))

    # ------------------------------------------------------------------ API
    @app.get(f"{API_PREFIX}/health")
    def health() -> dict[str, Any]:
        return {"ok": True, "schema_version": PROTOCOL_VERSION, "version": __version__}

    @app.post(f"{API_PREFIX}/enroll", response_model=EnrollResponse, responses=ERRORS,
              openapi_extra=_schema(EnrollRequest))
    async def enroll(request: Request) -> EnrollResponse:
        req = await _read_json(request, EnrollRequest)
        result: EnrollResponse = await _threaded(store.enroll, sessions, req)
        return result

    @app.post(f"{API_PREFIX}/push", response_model=PushResponse, responses=ERRORS,
              openapi_extra=_schema(PushRequest))
    async def push(request: Request) -> PushResponse:
        desk = await _threaded(desk_of, request)
        req = await _read_json(request, PushRequest)
        result: PushResponse = await _threaded(store.push, sessions, desk, req)
        return result

    @app.get(f"{API_PREFIX}/pull", response_model=PullResponse, responses=ERRORS)
    def pull(request: Request, epoch: int, cursor: str = "", limit: int = MAX_PULL,
             reference_cursor: int = 0) -> PullResponse:
        desk = desk_of(request)
        return store.pull(sessions, desk, cursor=cursor, epoch=epoch, limit=limit,
                          reference_cursor=reference_cursor)

    @app.get(f"{API_PREFIX}/status", response_model=StatusResponse, responses=ERRORS)
    def status(request: Request, desk_number: int | None = None,
               desk_time_ms: int | None = None) -> StatusResponse:
        """What the server holds of this desk. ``desk_number`` (1–9) is checked against the
        commune's other desks (409 if held); ``desk_time_ms`` records the PC clock's offset."""
        if desk_number is not None and not 1 <= desk_number <= 9:
            raise ServerError(422, "Số bàn phải từ 1 đến 9.")
        return store.desk_status(sessions, desk_of(request), desk_number=desk_number,
                                 desk_time_ms=desk_time_ms)

    @app.get(f"{API_PREFIX}/blobs/{{sha256}}", responses=ERRORS)
    def blob_status(sha256: str, request: Request) -> dict[str, Any]:
        """How much of a file the server holds: resume the upload from ``received``."""
        desk_of(request)
        return store.blob_status(sessions, sha256)

    @app.put(f"{API_PREFIX}/blobs/{{sha256}}", responses=ERRORS)
    async def blob_put(sha256: str, offset: int, total: int, request: Request) -> dict[str, Any]:
        """One chunk (≤ 1 MB, raw bytes) of a file at ``offset``; the file is checked by hash."""
        desk = await _threaded(desk_of, request)
        data = b""
        async for part in request.stream():
            data += part
            if len(data) > store.MAX_CHUNK:
                raise ServerError(413, "Mỗi phần tải lên tối đa 1 MB.")
        result: dict[str, Any] = await _threaded(store.put_blob_chunk, sessions, desk, sha256,
                                                 offset, total, data)
        return result

    @app.get(f"{API_PREFIX}/blobs/{{sha256}}/content", responses=ERRORS)
    def blob_get(sha256: str, request: Request) -> Response:
        data = store.blob_content(sessions, desk_of(request), sha256)
        return Response(data, media_type="application/octet-stream")

    @app.get(f"{API_PREFIX}/digest", responses=ERRORS)
    def digest(request: Request) -> dict[str, Any]:
        """The fold digest of the desk's commune: equal to ``check --json`` on a synced desk."""
        return store.commune_digest(sessions, desk_of(request).commune_code)

    # ------------------------------------------------------------------ dashboard
    def officer_of(request: Request) -> store.OfficerLogin | None:
        # Only a session cookie made by an officer's sign-in counts; desk tokens never do.
        return store.officer_for_session(sessions, request.cookies.get(SESSION_COOKIE))

    async def form_of(request: Request) -> dict[str, str]:
        body = await request.body()
        if len(body) > 64 * 1024:
            raise ServerError(413, "Biểu mẫu quá lớn.")
        parsed = parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True)
        return {k: v[0] for k, v in parsed.items()}

    @app.get("/", include_in_schema=False)
    def root() -> Response:
        return RedirectResponse("/dashboard", status_code=303)

    @app.get("/dashboard", include_in_schema=False)
    def dashboard(request: Request, msg: str = "") -> Response:
        from commune_desk.server import dashboard as pages
        from commune_desk.server.stats import commune_figures, obstacles

        officer = officer_of(request)
        if officer is None:
            return RedirectResponse("/dashboard/login", status_code=303)
        message = {"answered": "Đã gửi trả lời; xã sẽ nhận được ở lần đồng bộ tới."}.get(msg)
        clock_desks = [d for d in store.list_desks(sessions) if d.clock_off and not d.revoked]
        return HTMLResponse(pages.dashboard_page(officer, commune_figures(sessions),
                                                 obstacles(sessions, open_only=True), message,
                                                 clock_desks))

    @app.get("/dashboard/login", include_in_schema=False)
    def login_form() -> HTMLResponse:
        from commune_desk.server import dashboard as pages

        return HTMLResponse(pages.login_page())

    @app.post("/dashboard/login", include_in_schema=False)
    async def login(request: Request) -> Response:
        from commune_desk.server import dashboard as pages

        form = await form_of(request)
        try:
            session_id, _officer = await _threaded(store.officer_sign_in, sessions,
                                                   form.get("login", ""), form.get("password", ""))
        except ServerError as exc:
            return HTMLResponse(pages.login_page(exc.message), status_code=exc.status)
        resp = RedirectResponse("/dashboard", status_code=303)
        # Behind a TLS reverse proxy (X-Forwarded-Proto: https from a trusted address, see
        # docs/sync.md) the scheme is https and the cookie is never sent over plain HTTP.
        resp.set_cookie(SESSION_COOKIE, session_id, httponly=True, samesite="strict",
                        max_age=store.SESSION_HOURS * 3600,
                        secure=request.url.scheme == "https")
        return resp

    @app.post("/dashboard/logout", include_in_schema=False)
    async def logout(request: Request) -> Response:
        officer = officer_of(request)
        form = await form_of(request)
        if officer is not None and form.get("csrf") == officer.csrf:
            store.officer_sign_out(sessions, request.cookies.get(SESSION_COOKIE, ""))
        resp = RedirectResponse("/dashboard/login", status_code=303)
        resp.delete_cookie(SESSION_COOKIE)
        return resp

    @app.post("/dashboard/obstacles/{obstacle_id}/answer", include_in_schema=False)
    async def answer(obstacle_id: str, request: Request) -> Response:
        officer = officer_of(request)
        if officer is None:
            raise ServerError(401, "Cần đăng nhập bằng tài khoản cán bộ cấp tỉnh.")
        form = await form_of(request)
        if form.get("csrf") != officer.csrf:
            raise ServerError(403, "Phiên biểu mẫu không hợp lệ; hãy tải lại trang.")
        await _threaded(store.answer_obstacle, sessions, officer, obstacle_id,
                        form.get("answer", ""))
        return RedirectResponse("/dashboard?msg=answered", status_code=303)

    return app


async def _threaded(fn: Any, *args: Any) -> Any:
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(fn, *args)


def app_from_env() -> FastAPI:  # pragma: no cover - for `uvicorn --factory`
    import os

    return create_app(os.environ["COMMUNE_DESK_SERVER_DB"])


def _sessions_of(app: FastAPI) -> Sessions:
    return app.state.sessions  # type: ignore[no-any-return]
