"""HTTP transport of the desk (httpx): typed calls to /api/v1, offline vs refused errors, backoff."""

from __future__ import annotations

from typing import Any

import httpx
from pydantic import BaseModel, ValidationError

from commune_desk.errors import UserError
from commune_desk.sync.protocol import (
    API_PREFIX,
    PROTOCOL_VERSION,
    EnrollRequest,
    EnrollResponse,
    EventResult,
    ProvinceEventsRequest,
    ProvinceEventsResponse,
    PullResponse,
    PushRequest,
    PushResponse,
    StatusResponse,
    WireEvent,
)


class SyncError(UserError):
    """Base of sync failures; ``str()`` is a Vietnamese message for the clerk."""


class SyncOffline(SyncError):
    """The server could not be reached or did not answer: try again later."""


class SyncRefused(SyncError):
    """The server answered with a refusal (4xx): retrying the same thing will not help."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class SyncClient:
    """One server, one desk credential. ``transport`` lets tests inject faults."""

    def __init__(self, base_url: str, token: str | None = None, *, timeout: float = 30.0,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        headers = {"User-Agent": "commune-desk-sync/1"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self._http = httpx.Client(base_url=self.base_url, timeout=timeout, headers=headers,
                                  transport=transport)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _call(self, method: str, path: str, model: type[BaseModel], *,
              json_body: Any = None, params: dict[str, Any] | None = None) -> Any:
        resp = self._raw(method, path, json=json_body, params=params)
        try:
            return model.model_validate(resp.json())
        except (ValueError, ValidationError) as exc:
            raise SyncOffline("Câu trả lời của máy chủ không đọc được; sẽ thử lại.") from exc

    def health(self) -> bool:
        try:
            return self._http.get(API_PREFIX + "/health").status_code == 200
        except httpx.HTTPError:
            return False

    def enroll(self, req: EnrollRequest) -> EnrollResponse:
        result: EnrollResponse = self._call("POST", "/enroll", EnrollResponse,
                                            json_body=req.model_dump(mode="json"))
        return result

    def push(self, req: PushRequest) -> PushResponse:
        result: PushResponse = self._call("POST", "/push", PushResponse,
                                          json_body=req.model_dump(mode="json"))
        return result

    def restore_province(self, events: list[WireEvent]) -> list[EventResult]:
        """Hand the province's events back to a server restored from an older backup."""
        req = ProvinceEventsRequest(schema_version=PROTOCOL_VERSION, events=events)
        result: ProvinceEventsResponse = self._call(
            "POST", "/province-events", ProvinceEventsResponse,
            json_body=req.model_dump(mode="json"))
        return list(result.results)

    def pull(self, *, epoch: int, cursor: str, reference_cursor: int,
             limit: int = 1000) -> PullResponse:
        result: PullResponse = self._call(
            "GET", "/pull", PullResponse,
            params={"epoch": epoch, "cursor": cursor, "reference_cursor": reference_cursor,
                    "limit": limit})
        return result

    def _raw(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """One request; network trouble → ``SyncOffline`` (retry later), 4xx → ``SyncRefused``."""
        try:
            resp = self._http.request(method, API_PREFIX + path, **kwargs)
        except httpx.TimeoutException as exc:
            raise SyncOffline("Máy chủ không trả lời kịp; sẽ thử lại.") from exc
        except httpx.HTTPError as exc:
            raise SyncOffline(f"Không kết nối được máy chủ {self.base_url}; sẽ thử lại.") from exc
        if resp.status_code >= 500:
            raise SyncOffline(f"Máy chủ đang gặp lỗi (mã {resp.status_code}); sẽ thử lại.")
        if resp.status_code >= 400:
            try:
                detail = str(resp.json().get("detail", ""))
            except ValueError:
                detail = resp.text[:200]
            raise SyncRefused(resp.status_code, detail or f"Máy chủ từ chối (mã {resp.status_code}).")
        return resp

    def upload_blob(self, sha256: str, data: bytes, *, chunk: int = 1024 * 1024,
                    max_refusals: int = 5) -> int:
        """Upload a file by hash, resuming where the server stopped; returns bytes sent now.

        A refused chunk (409: the server holds another count or size) makes the upload resume
        from what the server says, at most ``max_refusals`` times in a row: then the file waits
        for the next round (``SyncOffline``) instead of looping."""
        status = self._raw("GET", f"/blobs/{sha256}").json()
        if status["complete"]:
            return 0
        offset, sent = int(status["received"]), 0
        if status["size"] not in (None, len(data)):
            offset = 0
        refusals = 0
        while offset < len(data):
            part = data[offset:offset + chunk]
            try:
                reply = self._raw("PUT", f"/blobs/{sha256}", content=part,
                                  params={"offset": offset, "total": len(data)},
                                  headers={"Content-Type": "application/octet-stream"}).json()
            except SyncRefused as exc:
                if exc.status != 409:
                    raise
                refusals += 1
                if refusals > max_refusals:
                    raise SyncOffline("Máy chủ nhiều lần từ chối phần tệp đính kèm; sẽ gửi "
                                      "lại ở lần đồng bộ sau.") from exc
                reply = self._raw("GET", f"/blobs/{sha256}").json()  # resume from its count
                offset = 0 if reply["size"] not in (None, len(data)) else int(reply["received"])
                if reply["complete"]:
                    break
                continue
            refusals = 0
            sent += len(part)
            offset = int(reply["received"])
            if reply["complete"]:
                break
        return sent

    def download_blob(self, sha256: str) -> bytes:
        return self._raw("GET", f"/blobs/{sha256}/content").content

    def digest(self) -> dict[str, Any]:
        """The server's fold digest of this desk's commune (compare with ``check --json``)."""
        try:
            resp = self._http.get(API_PREFIX + "/digest")
        except httpx.HTTPError as exc:
            raise SyncOffline(f"Không kết nối được máy chủ {self.base_url}.") from exc
        if resp.status_code != 200:
            raise SyncRefused(resp.status_code, str(resp.json().get("detail", "")))
        data: dict[str, Any] = resp.json()
        return data

    def status(self, *, desk_number: int | None = None,
               desk_time_ms: int | None = None) -> StatusResponse:
        """What the server holds of this desk; with ``desk_number`` the server also refuses
        (409) a number another desk of the commune holds, before anything is pushed."""
        params = {k: v for k, v in (("desk_number", desk_number),
                                    ("desk_time_ms", desk_time_ms)) if v is not None}
        result: StatusResponse = self._call("GET", "/status", StatusResponse,
                                            params=params or None)
        return result
