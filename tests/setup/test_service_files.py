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
    argv = shlex.split(service["ExecStart"].replace(
        "${COMMUNE_DESK_SERVER_DB}", "postgresql://commune_desk:x@127.0.0.1/commune_desk"))
    assert argv[0].endswith("/commune-desk")
    args = build_parser().parse_args(argv[1:])
    assert args.command == "serve" and args.host == "127.0.0.1" and args.port == 8750
    assert args.forwarded_allow_ips == "127.0.0.1"
    assert unit["Install"]["WantedBy"] == "multi-user.target"


def test_nginx_snippet_forwards_the_scheme_to_the_server() -> None:
    text = (SERVER / "nginx-commune-desk.conf").read_text(encoding="utf-8")
    assert "proxy_pass http://127.0.0.1:8750;" in text
    assert "proxy_set_header X-Forwarded-Proto $scheme;" in text
