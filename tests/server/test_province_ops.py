"""The province server as docs/sync.md deploys it on PostgreSQL: a database and a role of its
own (not the superuser), `serve`, desks set up against it, a pg_dump backup, pg_restore after
a loss, and what the desks do afterwards (they send again what the server lost)."""

from __future__ import annotations

import json
import subprocess
import uuid
from pathlib import Path

import pytest
from serverkit import PG_BIN, ServerProcess

from commune_desk.cli import main

pytestmark = pytest.mark.postgres


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def create_database_and_role(base: str) -> str:
    """The SQL of docs/sync.md "PostgreSQL: database and role", run as the superuser."""
    import psycopg

    root = base.rsplit("/", 1)[0] if base.count("/") > 2 else base
    host = root.split("@", 1)[1]
    name = "cd_" + uuid.uuid4().hex[:8]
    with psycopg.connect(f"{root}/postgres", autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {name} LOGIN PASSWORD 'mat-khau-may-chu'")
        conn.execute(f"CREATE DATABASE {name} OWNER {name} ENCODING 'UTF8' TEMPLATE template0")
    return f"postgresql://{name}:mat-khau-may-chu@{host}/{name}"


def test_own_role_serve_backup_restore_and_desks_catch_up(
        pg_base: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = create_database_and_role(pg_base)
    assert cli(capsys, "server", "add-commune", "--db", url, "--code", "16816")[0] == 0
    server = ServerProcess(url, tmp_path / "server.log").start()
    try:
        desks = []
        for n in (1, 2, 3):
            code, out, err = cli(capsys, "server", "issue-token", "--db", url, "--code", "16816")
            assert code == 0, err
            path = tmp_path / f"ban{n}.sqlite3"
            code, _out, err = cli(capsys, "setup", "--db", str(path), "--commune", "16816",
                                  "--agency-id", "000.00.04.H40", "--desk", str(n),
                                  "--server", server.url, "--token", out.strip())
            assert code == 0, err
            desks.append(path)
        for n, path in enumerate(desks, 1):
            assert cli(capsys, "demo", "--db", str(path), "--dossiers", "20", "--months", "1",
                       "--seed", str(n))[0] == 0
            assert cli(capsys, "sync", "--db", str(path))[0] == 0
        backup = tmp_path / "commune_desk.dump"
        subprocess.run([str(PG_BIN / "pg_dump"), "--format=custom", f"--file={backup}",
                        f"--dbname={url}"], check=True, timeout=120)
        # Work goes on after the backup, then the server's data is lost.
        assert cli(capsys, "demo", "--db", str(desks[0]), "--dossiers", "10", "--months", "1",
                   "--seed", "9")[0] == 0
        assert cli(capsys, "sync", "--db", str(desks[0]))[0] == 0
        server.stop()
        subprocess.run([str(PG_BIN / "pg_restore"), "--clean", "--if-exists", "--no-owner",
                        f"--dbname={url}", str(backup)], check=True, timeout=120)
        server.start()
        # Every desk syncs as usual: the server's word on what it holds wins, so desk 1
        # sends again what the restored server lost; nothing is quarantined.
        for path in (*desks, *desks):
            code, out, err = cli(capsys, "sync", "--db", str(path), "--json")
            assert code == 0, err
            assert json.loads(out)["quarantined"] == 0
        digests = set()
        for path in desks:
            check = json.loads(cli(capsys, "check", "--db", str(path), "--json")[1])
            assert check["ok"] and check["dossiers"] == 70
            digests.add(check["digest"])
        assert len(digests) == 1
        code, out, _err = cli(capsys, "server", "desks", "--db", url, "--code", "16816", "--json")
        assert [d["desk_number"] for d in json.loads(out)] == [1, 2, 3]
    finally:
        server.stop()
