"""A stranger cannot fill the server's memory: 100 MB bodies to every route, declared or streamed
(chunked), concurrently, while the server's resident memory is watched (issue 16, defect 2)."""

from __future__ import annotations

import re
import socket
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from serverkit import Admin, ServerProcess

from commune_desk.server import api, web

BODY = 100 * 1024 * 1024
CHUNK = b"x" * (1024 * 1024)


def rss_mb(pid: int) -> float:
    text = Path(f"/proc/{pid}/status").read_text()
    match = re.search(r"VmRSS:\s+(\d+) kB", text)
    assert match
    return int(match.group(1)) / 1024


def all_routes() -> list[tuple[str, str]]:
    """Every method + path the app serves (path parameters filled in), and one unknown path."""
    out: list[tuple[str, str]] = []
    for router in (api.router, web.router):
        for route in router.routes:
            path = re.sub(r"\{[^}]+\}", "0" * 64, route.path)  # type: ignore[attr-defined]
            for method in sorted(route.methods - {"HEAD"}):  # type: ignore[attr-defined]
                out.append((method, path))
    out.append(("POST", "/khong-co"))
    return out


def send_huge(port: int, method: str, path: str, token: str, *, chunked: bool) -> int | None:
    """Send a 100 MB body (stops when the server hangs up); the status answered, if any."""
    query = "?offset=0&total=104857600" if method == "PUT" else ""
    head = [f"{method} {path}{query} HTTP/1.1", f"Host: 127.0.0.1:{port}",
            f"Authorization: Bearer {token}", "Content-Type: application/json"]
    head.append("Transfer-Encoding: chunked" if chunked else f"Content-Length: {BODY}")
    sock = socket.create_connection(("127.0.0.1", port), timeout=30)
    try:
        sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode())
        sent = 0
        try:
            while sent < BODY:
                if chunked:
                    sock.sendall(f"{len(CHUNK):x}\r\n".encode() + CHUNK + b"\r\n")
                else:
                    sock.sendall(CHUNK)
                sent += len(CHUNK)
            if chunked:
                sock.sendall(b"0\r\n\r\n")
        except OSError:
            pass  # the server refused and closed the connection: what we want
        try:
            first = sock.recv(200)
        except OSError:
            return None
        match = re.match(rb"HTTP/1\.1 (\d{3})", first)
        return int(match.group(1)) if match else None
    finally:
        sock.close()


def test_hundred_megabyte_bodies_to_every_route(server: ServerProcess, admin: Admin) -> None:
    enrolled = httpx.post(server.url + "/api/v1/enroll", timeout=30, json={
        "schema_version": 1, "token": admin.token(), "desk_id": str(uuid.uuid4()),
        "desk_number": 1})
    token = enrolled.json()["desk_token"]
    assert server.proc is not None
    pid = server.proc.pid
    before = rss_mb(pid)
    peak = [before]
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set():
            peak[0] = max(peak[0], rss_mb(pid))
            time.sleep(0.02)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    statuses: dict[tuple[str, str, bool], set[int | None]] = {}
    routes = all_routes()
    assert ("POST", "/dashboard/login") in routes and ("POST", "/api/v1/push") in routes
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            for method, path in routes:
                for chunked in (False, True):
                    # 8 at once at every route (as the stranger of the issue did at the login)
                    futures = [pool.submit(send_huge, server.port, method, path, token,
                                           chunked=chunked) for _ in range(8)]
                    statuses[(method, path, chunked)] = {f.result() for f in futures}
    finally:
        stop.set()
        watcher.join()
    after = rss_mb(pid)
    assert peak[0] - before < 80, f"resident memory grew from {before:.0f} to {peak[0]:.0f} MB"
    assert after - before < 50, f"resident memory kept at {after:.0f} MB (from {before:.0f})"
    # Never a server error; the routes that take a body say 413 when it is too large.
    for key, seen in statuses.items():
        assert not {s for s in seen if s is not None and s >= 500}, (key, seen)
    for method, path in (("POST", "/dashboard/login"), ("POST", "/api/v1/push"),
                         ("POST", "/api/v1/enroll"), ("PUT", "/api/v1/blobs/" + "0" * 64)):
        assert statuses[(method, path, False)] == {413}, (method, path)
        assert 413 in statuses[(method, path, True)], (method, path)
    assert httpx.get(server.url + "/api/v1/health", timeout=10).status_code == 200


def test_declared_size_answers_before_the_body(sqlite_server: ServerProcess) -> None:
    """A too-large declared body is refused at once, in Vietnamese, without waiting for it."""
    sock = socket.create_connection(("127.0.0.1", sqlite_server.port), timeout=10)
    try:
        sock.sendall(b"POST /dashboard/login HTTP/1.1\r\nHost: x\r\nContent-Length: 104857600"
                     b"\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\n")
        raw = b""
        while part := sock.recv(4096):
            raw += part
        reply = raw.decode("utf-8", errors="replace")
    finally:
        sock.close()
    assert reply.startswith("HTTP/1.1 413")
    assert "quá lớn" in reply
