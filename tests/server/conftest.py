"""Fixtures for server tests: a real server process on 127.0.0.1 over SQLite or a throwaway
PostgreSQL cluster (skipped with a reason only when PostgreSQL is not installed)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from serverkit import PG_BIN, Admin, PgCluster, ServerProcess, new_pg_database


@pytest.fixture(scope="session")
def pg_base() -> Iterator[str]:
    env = os.environ.get("COMMUNE_DESK_TEST_PG_URL")
    if env:
        yield env
        return
    if not (PG_BIN / "initdb").exists() or shutil.which("runuser") is None:
        pytest.skip("Không có PostgreSQL 15 (/usr/lib/postgresql/15/bin) trên máy này.")
    cluster = PgCluster()
    try:
        yield cluster.base
    finally:
        cluster.stop()


@pytest.fixture(params=["sqlite", "postgres"])
def server_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database URL for the server, on each engine."""
    if request.param == "sqlite":
        return str(tmp_path / "server.sqlite3")
    request.applymarker(pytest.mark.postgres)
    return new_pg_database(request.getfixturevalue("pg_base"))


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return str(tmp_path / "server.sqlite3")


def _serve(url: str, tmp_path: Path) -> Iterator[ServerProcess]:
    admin = Admin(url)
    admin.add_commune("40001", "Xã Hưng Nguyên")
    admin.add_commune("40002", "Xã Nam Đàn")
    admin.close()
    proc = ServerProcess(url, tmp_path / "server.log").start()
    try:
        yield proc
    finally:
        proc.stop()


@pytest.fixture
def server(server_url: str, tmp_path: Path) -> Iterator[ServerProcess]:
    """A running server on each engine, with communes 40001 and 40002 registered."""
    yield from _serve(server_url, tmp_path)


@pytest.fixture
def sqlite_server(sqlite_url: str, tmp_path: Path) -> Iterator[ServerProcess]:
    """A running server on SQLite only (for checks that do not depend on the engine)."""
    yield from _serve(sqlite_url, tmp_path)


@pytest.fixture(scope="module")
def module_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """One SQLite server shared by a module's tests (checks that write nothing)."""
    path = tmp_path_factory.mktemp("shared-server")
    yield from _serve(str(path / "server.sqlite3"), path)


@pytest.fixture
def admin(request: pytest.FixtureRequest) -> Iterator[Admin]:
    name = next(n for n in ("server", "sqlite_server", "module_server")
                if n in request.fixturenames)
    proc = request.getfixturevalue(name)
    a = Admin(proc.db_url)
    yield a
    a.close()
