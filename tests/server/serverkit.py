"""Helpers for server tests: a real server process, a throwaway PostgreSQL cluster, desks."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import httpx

PG_BIN = Path("/usr/lib/postgresql/15/bin")
ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgCluster:
    """A PostgreSQL cluster made for this test run (initdb, pg_ctl), removed at the end."""

    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="cd-pg-", dir="/tmp"))
        self.data = self.dir / "data"
        self.sock = self.dir / "sock"
        self.sock.mkdir()
        os.chmod(self.dir, 0o755)
        shutil.chown(self.dir, "postgres")
        shutil.chown(self.sock, "postgres")
        self.port = free_port()
        self._run(str(PG_BIN / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres",
                  "-E", "UTF8", "--no-sync")
        self._run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-l", str(self.dir / "log"),
                  "-w", "-o", f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.sock} "
                              "-c fsync=off -c max_connections=300", "start")
        self.base = f"postgresql://postgres@127.0.0.1:{self.port}"

    def _run(self, *cmd: str) -> None:
        subprocess.run(["runuser", "-u", "postgres", "--", *cmd], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=60)

    def stop(self) -> None:
        subprocess.run(["runuser", "-u", "postgres", "--", str(PG_BIN / "pg_ctl"), "-D",
                        str(self.data), "-m", "immediate", "-w", "stop"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
        shutil.rmtree(self.dir, ignore_errors=True)


def new_pg_database(base_url: str) -> str:
    """A fresh database on the cluster at ``base_url`` (``postgresql://user@host:port[/db]``)."""
    import psycopg

    root = base_url.rsplit("/", 1)[0] if base_url.count("/") > 2 else base_url
    name = "cd_" + uuid.uuid4().hex[:12]
    with psycopg.connect(f"{root}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{root}/{name}"


class ServerProcess:
    """``commune-desk serve`` as a child process on a free loopback port."""

    def __init__(self, db_url: str, log: Path, workers: int = 1) -> None:
        self.db_url = db_url
        self.workers = workers
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> ServerProcess:
        self.port = self.port or free_port()
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "commune_desk", "serve", "--db", self.db_url,
                 "--host", "127.0.0.1", "--port", str(self.port),
                 *(["--workers", str(self.workers)] if self.workers > 1 else [])],
                cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("server exited: " + self.log.read_text(errors="replace"))
            try:
                if httpx.get(self.url + "/api/v1/health", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise RuntimeError("server did not start: " + self.log.read_text(errors="replace"))

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self.proc = None

    def kill(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait(10)
        self.proc = None


class Admin:
    """In-process server administration on the same database the process serves."""

    def __init__(self, url: str) -> None:
        from commune_desk.server.db import open_db

        self.url = url
        self.engine, self.sessions = open_db(url, pool_size=2)

    def add_commune(self, code: str, name: str) -> None:
        from commune_desk.server import store

        store.add_commune(self.sessions, code, name)

    def token(self, code: str = "40001", **kw: Any) -> str:
        from commune_desk.server import store

        return store.issue_token(self.sessions, code, **kw)

    def count(self, commune: str | None = None) -> int:
        from commune_desk.server import store

        return store.count_events(self.sessions, commune)

    def events(self, commune: str = "40001") -> list[Any]:
        from commune_desk.server import store

        return store.commune_events(self.sessions, commune)

    def close(self) -> None:
        self.engine.dispose()


# --------------------------------------------------------------------------- desks
def clerk() -> Any:
    from commune_desk.domain.permissions import Actor, Role

    return Actor(login="canbo1", role=Role.ADMIN, full_name="Nguyễn Thị Lan")


def make_desk(path: Path, desk_number: int = 1) -> Any:
    from sqlalchemy import text

    from commune_desk.store import open_store

    store = open_store(path)
    with store.write() as s:
        s.execute(text("UPDATE desk SET desk_number = :n"), {"n": desk_number})
    return store


def receive(store: Any, name: str = "Nguyễn Văn An", code: str = "1.001193") -> str:
    from commune_desk.services.dossiers import Applicant, Intake, receive_dossier

    result = receive_dossier(store, clerk(), Intake(procedure_code=code,
                                                    applicant=Applicant(name=name)))
    return str(result.dossier.id)


def enroll(store: Any, server: ServerProcess, admin: Admin, *, fresh_commune: bool = False) -> str:
    """Enrol a desk in commune 40001, or (``fresh_commune``) in a commune of its own: tests
    sharing one server (``module_server``) must not enrol two desks with the same number in
    one commune, which the server refuses. Returns the commune code."""
    from commune_desk.services.sync import enroll_desk

    code = "40001"
    if fresh_commune:
        code = "t" + uuid.uuid4().hex[:10]
        admin.add_commune(code, f"Xã thử {code}")
    enroll_desk(store, server.url, admin.token(code))
    return code


class Cut(Exception):
    pass


class FaultyTransport(httpx.HTTPTransport):
    """A real HTTP transport that fails on purpose, by a script of fates per request.

    Fates: "ok"; "before" (the connection drops before the request leaves); "after" (the
    server handles the request and commits, the reply is lost); "twice" (the request arrives
    twice, the desk sees the second reply). When the script runs out, ``default`` applies.
    """

    def __init__(self, fates: list[str] | None = None, default: str = "ok",
                 rng: Any = None, fail_rate: float = 0.0) -> None:
        super().__init__()
        self.fates = list(fates or [])
        self.default = default
        self.rng = rng
        self.fail_rate = fail_rate
        self.seen: list[tuple[str, str]] = []

    def _fate(self) -> str:
        if self.fates:
            return self.fates.pop(0)
        if self.rng is not None and self.rng.random() < self.fail_rate:
            return str(self.rng.choice(["before", "after", "twice"]))
        return self.default

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        fate = self._fate()
        self.seen.append((request.url.path, fate))
        if fate == "before":
            raise httpx.ConnectError("cut before the request", request=request)
        if fate == "twice":
            request.read()
            first = super().handle_request(request)
            first.read()
            first.close()
        response = super().handle_request(request)
        if fate == "after":
            response.read()
            response.close()
            raise httpx.ReadError("cut after the server answered", request=request)
        return response


def faulty_client(store: Any, transport: FaultyTransport) -> Any:
    from commune_desk.services.sync import client_for

    return client_for(store, transport=transport, timeout=30)


def sync_until_done(store: Any, client: Any, tries: int = 60, batch: int = 500) -> Any:
    """Rounds until one completes; offline errors are retried at once (the test's backoff)."""
    from commune_desk.services.sync import sync_round
    from commune_desk.sync.client import SyncOffline

    for _ in range(tries):
        try:
            report = sync_round(store, client, batch=batch)
        except SyncOffline:
            continue
        if report.complete:
            return report
    raise AssertionError("sync never completed")


def event_ids(store: Any) -> set[str]:
    from sqlalchemy import text

    with store.read() as s:
        return set(s.execute(text("SELECT id FROM events")).scalars())


def projection(store: Any) -> dict[str, tuple[Any, ...]]:
    """The dossiers projection without the desk-local row number."""
    from sqlalchemy import text

    with store.read() as s:
        rows = s.execute(text("SELECT * FROM dossiers")).mappings().all()
    return {r["id"]: tuple(v for k, v in sorted(r.items()) if k != "num") for r in rows}


def record_many(store: Any, n: int, prefix: str) -> list[str]:
    """n dossiers received, some moved further (assigned, resolved)."""
    from desk_people import add_team

    from commune_desk.services.dossiers import assign_dossier

    add_team(store, ("canbo1", "canbo2"))  # a hand-over names a real account (issue 15 item 9)
    ids = []
    for i in range(n):
        dossier_id = receive(store, f"{prefix} Trần Thị Hồng {i}")
        if i % 3 == 0:
            assign_dossier(store, clerk(), dossier_id, "canbo2", "chuyển xử lý")
        ids.append(dossier_id)
    return ids


def backup_server(server: ServerProcess, admin: Admin, label: str) -> str:
    """A copy of the server database as it is now (the server is stopped, then started again)."""
    server.stop()
    admin.engine.dispose()
    if "://" not in server.db_url:
        import sqlite3

        target = f"{server.db_url}.{label}.bak"
        src, dst = sqlite3.connect(server.db_url), sqlite3.connect(target)
        src.backup(dst)
        src.close()
        dst.close()
    else:
        import psycopg

        root, name = server.db_url.rsplit("/", 1)
        target = f"{name}_{label}"
        with psycopg.connect(f"{root}/postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{target}" TEMPLATE "{name}"')
    server.start()
    return target


def pg_parts(url: str) -> tuple[str, str, str]:
    """Host, port and database name of a ``postgresql://postgres@host:port/name`` URL."""
    import re

    match = re.match(r"postgresql://(\w+)@([\d.]+):(\d+)/(\w+)$", url)
    assert match, url
    user, host, port, name = match.groups()
    assert user == "postgres"
    return host, port, name


def dump_server(server: ServerProcess, target: Path) -> Path:
    """A backup of the live server database, as an administrator takes it: ``pg_dump -Fc`` on
    PostgreSQL, the backup API on SQLite (the server keeps running)."""
    if "://" not in server.db_url:
        import sqlite3

        src, dst = sqlite3.connect(server.db_url), sqlite3.connect(target)
        src.backup(dst)
        src.close()
        dst.close()
        return target
    host, port, name = pg_parts(server.db_url)
    subprocess.run([str(PG_BIN / "pg_dump"), "-h", host, "-p", port, "-U", "postgres", "-Fc",
                    "-f", str(target), name], check=True, capture_output=True, timeout=120)
    return target


def restore_server(server: ServerProcess, admin: Admin, backup: str | Path) -> None:
    """Put the server database back to ``backup`` (an older copy: a ``backup_server`` copy, or
    a ``dump_server`` file, restored on PostgreSQL with ``pg_restore``) and start the server."""
    server.stop()
    admin.engine.dispose()
    if "://" not in server.db_url:
        import sqlite3

        for suffix in ("-wal", "-shm"):
            Path(server.db_url + suffix).unlink(missing_ok=True)
        src, dst = sqlite3.connect(backup), sqlite3.connect(server.db_url)
        src.backup(dst)
        src.close()
        dst.close()
    else:
        import psycopg

        root, name = server.db_url.rsplit("/", 1)
        template = "" if isinstance(backup, Path) else f' TEMPLATE "{backup}"'
        with psycopg.connect(f"{root}/postgres", autocommit=True) as conn:
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                         "WHERE datname = %s AND pid <> pg_backend_pid()", (name,))
            conn.execute(f'DROP DATABASE "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"{template}')
        if isinstance(backup, Path):
            host, port, _ = pg_parts(server.db_url)
            subprocess.run([str(PG_BIN / "pg_restore"), "-h", host, "-p", port, "-U", "postgres",
                            "-d", name, "--no-owner", str(backup)], check=True,
                           capture_output=True, timeout=120)
    server.start()


# --------------------------------------------------------------------------- province officer
OFFICER_LOGIN = "canbo.tinh"
OFFICER_PASSWORD = "mat-khau-tinh-2026"


def add_officer(admin: Admin) -> None:
    """The province officer ``canbo.tinh`` on the server's database."""
    from commune_desk.server import store

    store.add_officer(admin.sessions, OFFICER_LOGIN, "Phạm Minh Tuấn", OFFICER_PASSWORD)


def officer_web(server: ServerProcess) -> httpx.Client:
    """A browser-like client signed in to the dashboard as the province officer."""
    web = httpx.Client(base_url=server.url, timeout=30)
    r = web.post("/dashboard/login", data={"login": OFFICER_LOGIN, "password": OFFICER_PASSWORD})
    assert r.status_code == 303 and "cd_officer" in r.cookies
    return web


def answer_on_dashboard(server: ServerProcess, obstacle_id: str, text: str) -> None:
    """The officer answers an obstacle through the dashboard form (with its CSRF token)."""
    import re

    with contextlib.closing(officer_web(server)) as web:
        csrf = re.search(r'name="csrf" value="([^"]+)"', web.get("/dashboard").text)
        assert csrf
        r = web.post(f"/dashboard/obstacles/{obstacle_id}/answer",
                     data={"answer": text, "csrf": csrf.group(1)})
        assert r.status_code == 303
