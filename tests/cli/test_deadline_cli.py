"""The `deadline` and `calendar` commands, in-process and as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from commune_desk.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_worked_cases_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "deadline", "--received", "24/04/2026 10:00",
                       "--limit", "5 ngày làm việc", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["due"] == "2026-05-06T17:00"
    assert any("Giỗ Tổ" in line for line in data["explanation"])
    code, out, _ = run(capsys, "deadline", "--received", "24/04/2025 10:00",
                       "--limit", "3 ngày làm việc", "--json")
    assert json.loads(out)["due"] == "2025-04-28T17:00"


def test_pause_option(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "deadline", "--received", "24/04/2026 10:00", "--limit",
                       "5 ngày làm việc", "--pause", "28/04/2026 09:00", "29/04/2026 09:00",
                       "--json")
    assert code == 0 and json.loads(out)["due"] == "2026-05-07T17:00"


def test_human_output(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "deadline", "--received", "24/04/2026 10:00", "--limit",
                       "5 ngày làm việc")
    assert code == 0
    assert "Hạn trả kết quả: 17:00 thứ Tư 06/05/2026" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--received", "32/04/2026 10:00", "--limit", "5 ngày"], "Không đọc được thời điểm"),
        (["--received", "24/04/2026 10:00", "--limit", "năm ngày"], "Không đọc được thời hạn"),
        (["--received", "24/04/2050 10:00", "--limit", "5 ngày làm việc"], "năm 2050"),
        (["--received", "24/04/2026 10:00", "--limit", "5 ngày làm việc", "--pause",
          "29/04/2026 09:00", "28/04/2026 09:00"], "kết thúc trước"),
        (["--received", "24/04/2026 10:00", "--limit", "Trong ngày", "--cutoff", "25:99"],
         "Giờ chốt"),
    ],
)
def test_bad_input(capsys: pytest.CaptureFixture[str], argv: list[str], message: str) -> None:
    code, out, err = run(capsys, "deadline", *argv)
    assert code == 2
    assert message in err
    assert "Traceback" not in err and out == ""


def test_calendar_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "calendar", "--year", "2026", "--json")
    data = json.loads(out)
    assert code == 0
    off = {row["date"] for row in data["days_off"]}
    assert {"2026-01-02", "2026-04-27", "2026-08-31", "2026-11-24"} <= off
    assert [row["date"] for row in data["makeup_workdays"]] == ["2026-01-10", "2026-08-22"]
    assert all(row["source"] for row in data["days_off"] + data["makeup_workdays"])


def test_calendar_bad_year(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "calendar", "--year", "1990")
    assert code == 2 and "1990" in err


def test_console_script_subprocess() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "commune_desk", "deadline", "--received", "24/04/2026 10:00",
         "--limit", "năm ngày"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and "Không đọc được thời hạn" in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "commune_desk", "--version"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and "commune-desk" in proc.stdout
