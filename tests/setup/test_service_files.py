"""The shipped systemd unit and nginx snippet say what docs/sync.md says."""

from __future__ import annotations

import configparser
import shlex
from pathlib import Path

from commune_desk.cli import build_parser

SERVER = Path(__file__).resolve().parents[2] / "installer" / "server"


def test_systemd_unit_runs_serve_on_loopback_behind_the_proxy() -> None:
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read(SERVER / "commune-desk-server.service", encoding="utf-8")
    service = unit["Service"]
    assert service["EnvironmentFile"] == "/etc/commune-desk/server.env"
    assert service["Restart"] == "on-failure" and service["User"] == "commune-desk"
    assert "COMMUNE_DESK_SERVER_DB" not in service["ExecStart"]  # no password in `ps`
    argv = shlex.split(service["ExecStart"])
    assert argv[0].endswith("/commune-desk")
    args = build_parser().parse_args(argv[1:])
    assert args.command == "serve" and args.host == "127.0.0.1" and args.port == 8750
    assert args.db is None and args.workers == 2  # the URL comes from the environment file
    assert args.forwarded_allow_ips == "127.0.0.1"
    assert unit["Install"]["WantedBy"] == "multi-user.target"


def test_nginx_snippet_forwards_the_scheme_to_the_server() -> None:
    text = (SERVER / "nginx-commune-desk.conf").read_text(encoding="utf-8")
    assert "proxy_pass http://127.0.0.1:8750;" in text
    assert "proxy_set_header X-Forwarded-Proto $scheme;" in text


def test_serve_takes_the_database_from_the_environment_as_the_unit_does(tmp_path: Path) -> None:
    """The unit passes no --db (a password in argv shows in `ps`): `serve` reads
    COMMUNE_DESK_SERVER_DB; without either it refuses in Vietnamese."""
    import os
    import socket
    import subprocess
    import sys
    import time

    import httpx

    env = {k: v for k, v in os.environ.items() if k != "COMMUNE_DESK_SERVER_DB"}
    r = subprocess.run([sys.executable, "-m", "commune_desk", "serve", "--port", "1"],
                       env=env, capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "COMMUNE_DESK_SERVER_DB" in r.stderr, r.stderr
    assert "Traceback" not in r.stderr
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    db = tmp_path / "hub.sqlite3"
    proc = subprocess.Popen([sys.executable, "-m", "commune_desk", "serve", "--port", str(port)],
                            env={**env, "COMMUNE_DESK_SERVER_DB": str(db)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=1).is_success:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            raise AssertionError("serve did not start from the environment's database")
        assert db.exists()
        with open(f"/proc/{proc.pid}/cmdline", "rb") as f:
            assert str(db).encode() not in f.read()
    finally:
        proc.terminate()
        proc.wait(20)
