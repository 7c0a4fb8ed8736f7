"""FastAPI application: the versioned sync API (/api/v1) and the province dashboard (/dashboard)."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import AsyncIterator
from typing import Any

import anyio.to_thread
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
GC_YOUNG = 10_000


def create_app(db_url: str, *, pool_size: int = 10, start_epoch: bool = True) -> FastAPI:
    """The server for the database at ``db_url`` (migrated on start). ``start_epoch``: begin a
    fresh province epoch (once per ``serve``, not once per worker process)."""
    engine, sessions = open_db(db_url, pool_size=pool_size)
    if start_epoch:
        store.start_province_epoch(sessions)

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Blocking routes run on worker threads. One per database connection is enough: more
        # threads than connections only wait for the pool, and 40 threads taking turns with
        # the GIL under load cost CPU and time of their own (measured in bench/bench_sync.py).
        anyio.to_thread.current_default_thread_limiter().total_tokens = pool_size
        yield

    app = FastAPI(title="Commune Desk — máy chủ đồng bộ", version=__version__, lifespan=lifespan,
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


def tune_server_process() -> None:
    """Garbage-collector settings for a process that only serves (``serve`` and each of its
    workers), called once the app is built. The ~125,000 objects of the loaded modules live as
    long as the process: frozen, the collector stops walking them again and again; and a young
    generation of 10,000 objects (not 700) lets a 500-event batch come and go between two
    collections. Measured under 50 desks pushing at once (docs/sync.md, "Benchmark"): the
    collector's time fell from 3.8 s of 15.0 s server CPU (1,535 young collections) to 0.9 s
    of 9.4 s (52)."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_YOUNG, 10, 10)


def app_from_env() -> FastAPI:  # pragma: no cover - for `uvicorn --factory`
    import os

    return create_app(os.environ[WORKER_DB_ENV])


def worker_app() -> FastAPI:
    """One worker process of ``serve --workers N``: the parent already migrated the database
    and started the province epoch."""
    import os

    app = create_app(os.environ[WORKER_DB_ENV], start_epoch=False)
    tune_server_process()
    return app
