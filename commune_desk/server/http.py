"""HTTP plumbing of the server: body limits enforced while streaming, safe JSON reading, messages."""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ValidationError

from commune_desk.server.store import MAX_CHUNK, ServerError
from commune_desk.sync.protocol import (
    API_PREFIX,
    MAX_BATCH,
    MAX_BODY_BYTES,
    PATTERN_MESSAGES,
    PROTOCOL_VERSION,
    number_fault,
)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

MAX_JSON_DEPTH = 32
FORM_BYTES = 64 * 1024
SMALL_BODY = 64 * 1024  # enrolment, and any route that takes no body at all
_SURROGATE = re.compile("[\ud800-\udfff]")


def body_limit(method: str, path: str) -> int:
    """The most bytes a request to ``method path`` may carry (checked before and while reading)."""
    if method == "POST" and path in (f"{API_PREFIX}/push", f"{API_PREFIX}/province-events"):
        return MAX_BODY_BYTES
    if method == "PUT" and path.startswith(f"{API_PREFIX}/blobs/"):
        return MAX_CHUNK
    if method == "POST" and path.startswith("/dashboard"):
        return FORM_BYTES
    return SMALL_BODY


def _too_large(limit: int) -> ServerError:
    size = f"{limit // 1024 // 1024} MB" if limit >= 1024 * 1024 else f"{limit // 1024} KB"
    return ServerError(413, f"Gói dữ liệu quá lớn (tối đa {size}).")


class BodyLimitMiddleware:
    """Refuse a body over the route's limit from its declared length, or while it streams in:
    no route ever holds more than its limit in memory."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]]) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = body_limit(scope["method"], scope["path"])
        declared = None
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                declared = value
        if declared is not None:
            if not declared.isdigit() or len(declared) > 18:
                await _answer(send, 400, "Độ dài nội dung (Content-Length) không hợp lệ.")
                return
            if int(declared) > limit:
                await _answer(send, 413, _too_large(limit).message, close=True)
                return
        seen = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise _too_large(limit)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except ServerError as exc:  # raised outside any route's handler (e.g. in a dependency)
            if started:
                raise
            await _answer(send, exc.status, exc.message, close=exc.status == 413)


async def _answer(send: Send, status: int, detail: str, *, close: bool = False) -> None:
    body = json.dumps({"detail": detail}, ensure_ascii=False).encode("utf-8")
    headers = [(b"content-type", b"application/json"),
               (b"content-length", str(len(body)).encode())]
    if close:  # the unread rest of the body is not worth reading: drop the connection
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def field_path(loc: tuple[Any, ...]) -> str:
    return ".".join(str(p) for p in loc) or "(gốc)"


def validation_message(exc: ValidationError | RequestValidationError) -> str:
    errors = exc.errors()
    first = errors[0] if errors else {}
    msg = str(first.get("msg", ""))
    loc = tuple(first.get("loc", ()))
    if first.get("type") == "string_pattern_mismatch" and loc and loc[-1] in PATTERN_MESSAGES:
        msg = PATTERN_MESSAGES[loc[-1]]
    return (f"Dữ liệu gửi lên không đúng mẫu ({len(errors)} lỗi), ví dụ ở trường "
            f"{field_path(loc)}: {_SURROGATE.sub('?', msg)}.")


def _reject_constant(name: str) -> Any:
    raise ServerError(400, f"JSON không được chứa {name}.")


def check_json_shape(value: Any) -> None:
    """Refuse what would break later layers: nesting deeper than 32, lone surrogates in text
    (not encodable as UTF-8), integers beyond 64 bits, numbers too large for a float."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth > MAX_JSON_DEPTH:
                raise ServerError(400, f"JSON lồng nhau quá sâu (tối đa {MAX_JSON_DEPTH} tầng).")
            if isinstance(item, dict):
                for key, sub in item.items():
                    if _SURROGATE.search(key):
                        raise ServerError(400, "Văn bản gửi lên chứa ký tự Unicode hỏng.")
                    stack.append((sub, depth + 1))
            else:
                stack.extend((sub, depth + 1) for sub in item)
        elif isinstance(item, str):
            if _SURROGATE.search(item):
                raise ServerError(400, "Văn bản gửi lên chứa ký tự Unicode hỏng.")
        elif fault := number_fault(item):  # beyond 64 bits, or 1e400 read as infinity
            raise ServerError(400, fault)


def parse_json(body: bytes) -> Any:
    try:
        raw = json.loads(body, parse_constant=_reject_constant)
    except RecursionError as exc:
        raise ServerError(400, f"JSON lồng nhau quá sâu (tối đa {MAX_JSON_DEPTH} tầng).") from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise ServerError(400, "Nội dung gửi lên không phải JSON hợp lệ.") from exc
    check_json_shape(raw)
    return raw


async def read_body(request: Request) -> bytes:
    """The body, read chunk by chunk (the middleware stops it at the route's limit)."""
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
    return bytes(body)


async def read_json(request: Request, model: type[BaseModel]) -> Any:
    body = await read_body(request)
    # Fast path: pydantic's own parser (it refuses lone surrogates and deep nesting itself;
    # event payloads refuse numbers beyond 64 bits, NaN and infinities: ``protocol.Payload``).
    try:
        return model.model_validate_json(body)
    except ValidationError:
        pass  # the careful path below says exactly what is wrong
    raw = parse_json(body)
    if isinstance(raw, dict) and "schema_version" in raw and raw["schema_version"] != PROTOCOL_VERSION:
        raise ServerError(400, f"Phiên bản giao thức {raw['schema_version']!r} không được hỗ trợ "
                               f"(máy chủ dùng {PROTOCOL_VERSION}).")
    if isinstance(raw, dict) and isinstance(raw.get("events"), list) and len(raw["events"]) > MAX_BATCH:
        raise ServerError(413, f"Lô sự kiện quá lớn (tối đa {MAX_BATCH} sự kiện một lần).")
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise ServerError(422, validation_message(exc)) from exc


def bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip()
    return None


# Schemas of request bodies that routes read themselves; added to the OpenAPI components.
BODY_SCHEMAS: dict[str, Any] = {}


def json_body_schema(model: type[BaseModel]) -> dict[str, Any]:
    """OpenAPI request body for a route that reads its JSON itself (to limit it first)."""
    schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
    BODY_SCHEMAS.update(schema.pop("$defs", {}))
    BODY_SCHEMAS[model.__name__] = schema
    return {"requestBody": {"required": True, "content": {
        "application/json": {"schema": {"$ref": f"#/components/schemas/{model.__name__}"}}}}}
