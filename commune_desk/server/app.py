"""FastAPI application: the versioned sync API (/api/v1) and the province dashboard (/dashboard)."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse

from commune_desk import __version__
from commune_desk.server import api, store, web
from commune_desk.server.db import open_db
from commune_desk.server.http import BODY_SCHEMAS, BodyLimitMiddleware, validation_message
from commune_desk.server.store import ServerError


async def _on_server_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ServerError)
    # A body refused as too large is not read further: the connection is closed after the reply.
    headers = {"Connection": "close"} if exc.status == 413 else None
    return JSONResponse({"detail": exc.message}, status_code=exc.status, headers=headers)


async def _on_validation(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return JSONResponse({"detail": validation_message(exc)}, status_code=422)


WORKER_DB_ENV = "COMMUNE_DESK_SERVER_DB"


def create_app(db_url: str, *, pool_size: int = 10, start_epoch: bool = True) -> FastAPI:
    """The server for the database at ``db_url`` (migrated on start). ``start_epoch``: begin a
    fresh province epoch (once per ``serve``, not once per worker process)."""
    engine, sessions = open_db(db_url, pool_size=pool_size)
    if start_epoch:
        store.start_province_epoch(sessions)
    app = FastAPI(title="Commune Desk — máy chủ đồng bộ", version=__version__,
                  description="API đồng bộ phiên bản 1 giữa các máy một cửa cấp xã và máy chủ "
                              "xã/tỉnh. Mọi lỗi trả về JSON {detail} bằng tiếng Việt.")
    app.state.engine = engine
    app.state.sessions = sessions
    app.add_exception_handler(ServerError, _on_server_error)
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_middleware(BodyLimitMiddleware)
    app.include_router(api.router)
    app.include_router(web.router)

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version,
                                 description=app.description, routes=app.routes)
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            for name, body in BODY_SCHEMAS.items():
                components.setdefault(name, body)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app


def app_from_env() -> FastAPI:  # pragma: no cover - for `uvicorn --factory`
    import os

    return create_app(os.environ[WORKER_DB_ENV])


def worker_app() -> FastAPI:
    """One worker process of ``serve --workers N``: the parent already migrated the database
    and started the province epoch."""
    import os

    return create_app(os.environ[WORKER_DB_ENV], start_epoch=False)
