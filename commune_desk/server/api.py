"""The versioned sync API (/api/v1) as a FastAPI router; the database and the desk are dependencies."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from commune_desk import __version__
from commune_desk.server import ingest, store
from commune_desk.server.http import bearer, json_body_schema, read_body, read_json
from commune_desk.server.store import DeskInfo, ServerError, Sessions
from commune_desk.sync.protocol import (
    API_PREFIX,
    INT64_MAX,
    MAX_PULL,
    PROTOCOL_VERSION,
    EnrollRequest,
    EnrollResponse,
    ErrorBody,
    ProvinceEventsRequest,
    ProvinceEventsResponse,
    PullResponse,
    PushRequest,
    PushResponse,
    StatusResponse,
)

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody} for code in (400, 401, 403, 404, 409, 413, 422)}
MAX_CURSOR = 200
MAX_DESK_TIME_MS = 3_000_000_000_000  # a PC clock in 2065 is wrong anyway


def get_sessions(request: Request) -> Sessions:
    """The server database of the running app."""
    return request.app.state.sessions  # type: ignore[no-any-return]


SessionsDep = Annotated[Sessions, Depends(get_sessions)]


def current_desk(request: Request, sessions: SessionsDep) -> DeskInfo:
    """The desk whose bearer token came with the request (401 otherwise)."""
    return store.authenticate_desk(sessions, bearer(request))


DeskDep = Annotated[DeskInfo, Depends(current_desk)]

router = APIRouter(prefix=API_PREFIX, responses=ERRORS)


def _json(model: BaseModel) -> Response:
    """A big reply serialised once, by pydantic (FastAPI would validate it again first)."""
    return Response(model.model_dump_json(), media_type="application/json")


@router.get("/health")
def health() -> dict[str, Any]:
    return {"ok": True, "schema_version": PROTOCOL_VERSION, "version": __version__}


@router.post("/enroll", response_model=EnrollResponse,
             openapi_extra=json_body_schema(EnrollRequest))
async def enroll(request: Request, sessions: SessionsDep) -> EnrollResponse:
    req = await read_json(request, EnrollRequest)
    result: EnrollResponse = await run_in_threadpool(store.enroll, sessions, req)
    return result


@router.post("/push", response_model=PushResponse, openapi_extra=json_body_schema(PushRequest))
async def push(request: Request, sessions: SessionsDep, desk: DeskDep) -> PushResponse:
    req = await read_json(request, PushRequest)
    result: PushResponse = await run_in_threadpool(ingest.push, sessions, desk, req)
    return _json(result)  # type: ignore[return-value]


@router.post("/province-events", response_model=ProvinceEventsResponse,
             openapi_extra=json_body_schema(ProvinceEventsRequest))
async def province_events(request: Request, sessions: SessionsDep,
                          desk: DeskDep) -> ProvinceEventsResponse:
    """The province's sealed events a desk hands back after the server was restored."""
    req = await read_json(request, ProvinceEventsRequest)
    results = await run_in_threadpool(store.restore_province_events, sessions, desk, req.events)
    return ProvinceEventsResponse(results=results)


@router.get("/pull", response_model=PullResponse)
def pull(sessions: SessionsDep, desk: DeskDep,
         epoch: Annotated[int, Query(ge=0, le=INT64_MAX)],
         cursor: Annotated[str, Query(max_length=MAX_CURSOR)] = "",
         limit: Annotated[int, Query(ge=1, le=MAX_PULL)] = MAX_PULL,
         reference_cursor: Annotated[int, Query(ge=0, le=INT64_MAX)] = 0) -> PullResponse:
    body = store.pull_json(sessions, desk, cursor=cursor, epoch=epoch, limit=limit,
                           reference_cursor=reference_cursor)
    return Response(body, media_type="application/json")  # type: ignore[return-value]


@router.get("/status", response_model=StatusResponse)
def status(sessions: SessionsDep, desk: DeskDep,
           desk_number: Annotated[int | None, Query(ge=1, le=9)] = None,
           desk_time_ms: Annotated[int | None, Query(ge=0, le=MAX_DESK_TIME_MS)] = None,
           ) -> StatusResponse:
    """What the server holds of this desk. ``desk_number`` (1–9) is checked against the
    commune's other desks (409 if held); ``desk_time_ms`` records the PC clock's offset."""
    return store.desk_status(sessions, desk, desk_number=desk_number, desk_time_ms=desk_time_ms)


@router.get("/blobs/{sha256}")
def blob_status(sha256: str, sessions: SessionsDep, desk: DeskDep) -> dict[str, Any]:
    """How much of a file this desk's commune holds: resume the upload from ``received``."""
    return store.blob_status(sessions, desk, sha256)


@router.put("/blobs/{sha256}")
async def blob_put(sha256: str, request: Request, sessions: SessionsDep, desk: DeskDep,
                   offset: Annotated[int, Query(ge=0, le=INT64_MAX)],
                   total: Annotated[int, Query(ge=1, le=INT64_MAX)]) -> dict[str, Any]:
    """One chunk (≤ 1 MB, raw bytes) of a file at ``offset``; the file is checked by hash."""
    data = await read_body(request)
    if not data:
        raise ServerError(413, "Mỗi phần tải lên phải từ 1 byte đến 1 MB.")
    result: dict[str, Any] = await run_in_threadpool(store.put_blob_chunk, sessions, desk,
                                                     sha256, offset, total, data)
    return result


@router.get("/blobs/{sha256}/content")
def blob_get(sha256: str, sessions: SessionsDep, desk: DeskDep) -> Response:
    data = store.blob_content(sessions, desk, sha256)
    return Response(data, media_type="application/octet-stream")


@router.get("/digest")
def digest(sessions: SessionsDep, desk: DeskDep) -> dict[str, Any]:
    """The fold digest of the desk's commune: equal to ``check --json`` on a synced desk."""
    return store.commune_digest(sessions, desk.commune_code)
