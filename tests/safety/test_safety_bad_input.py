"""Bad input on the command line: a few hundred invocations, generated from the parser itself
and from hostile files; each must end with a Vietnamese message, a non-zero exit, no traceback
and no file changed. The count is the "bad inputs without traceback" figure."""

from __future__ import annotations

import argparse
import hashlib
import io
import sys
from pathlib import Path
from typing import Any

import pytest

from commune_desk.cli import build_parser, main
from commune_desk.store import crypto

VI_LETTERS = set("ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")
PASSPHRASE = "mat-khau-kiem-thu-2026"
BAD_INTS = ("abc", "99999999999999999999", "-99999999999999999999", "", "1.5", "0x10")
NEVER_RUN = {"gui", "serve"}  # a valid invocation would open a window or a server


def _leaves(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> list[Any]:
    out = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                out += _leaves(sub, (*prefix, name))
    if prefix and not any(isinstance(a, argparse._SubParsersAction) for a in parser._actions):
        out.append((prefix, parser))
    return out


def parser_cases() -> list[tuple[str, list[str]]]:
    """Invocations that argparse itself must refuse (never reaching a command)."""
    cases: list[tuple[str, list[str]]] = []
    for prefix, parser in _leaves(build_parser()):
        words = list(prefix)
        required = [a for a in parser._actions if a.required and a.option_strings]
        positionals = [a for a in parser._actions if not a.option_strings and a.dest != "help"]
        if required or positionals:
            cases.append((f"{' '.join(words)} thiếu tham số", words))
        if prefix[0] not in NEVER_RUN:
            cases.append((f"{' '.join(words)} --khong-co", [*words, "--khong-co-tuy-chon"]))
        for action in parser._actions:
            if not action.option_strings or action.dest == "help":
                continue
            opt = action.option_strings[-1]
            name = getattr(action.type, "__name__", "")
            if name == "số nguyên":
                cases += [(f"{' '.join(words)} {opt}={v!r}", [*words, opt, v]) for v in BAD_INTS]
            if action.choices:
                cases.append((f"{' '.join(words)} {opt} lựa chọn sai", [*words, opt, "khong-co"]))
            if action.nargs != 0 and not action.choices and name != "số nguyên":
                cases.append((f"{' '.join(words)} {opt} thiếu giá trị", [*words, opt]))
    for words in (["khong-co-lenh"], ["--db"], ["-x"], ["--lang", "xx"], ["user"], ["audit"],
                  ["catalog"], ["server"], ["obstacle"], ["user", "xoa"], ["--khong-co"],
                  ["deadline", "--received", "32/13/2026 25:61", "--limit", "abc"]):
        cases.append((" ".join(words) or "trống", words))
    return cases


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    import os

    root = tmp_path_factory.mktemp("bad-input")
    saved = os.environ.get(crypto.PASSPHRASE_ENV)
    os.environ[crypto.PASSPHRASE_ENV] = PASSPHRASE
    try:
        good = root / "good.sqlite3"
        assert main(["demo", "--db", str(good), "--dossiers", "15"]) == 0
        assert main(["catalog", "export", "--db", str(good), str(root / "cat.xlsx")]) == 0
    finally:
        if saved is None:
            os.environ.pop(crypto.PASSPHRASE_ENV, None)
        else:
            os.environ[crypto.PASSPHRASE_ENV] = saved
    (root / "thu-muc").mkdir()
    (root / "rong.sqlite3").write_bytes(b"")
    (root / "van-ban.txt").write_text("không phải cơ sở dữ liệu\n", encoding="utf-8")
    import sqlite3

    with sqlite3.connect(root / "la.sqlite3") as conn:
        conn.execute("CREATE TABLE ghi_chu (x)")
    data = bytearray(good.read_bytes())
    for i in range(4096 * 3, 4096 * 5):
        data[i] ^= 0x5A
    (root / "hong.sqlite3").write_bytes(bytes(data))
    xlsx = bytearray((root / "cat.xlsx").read_bytes())
    xlsx[len(xlsx) // 2] ^= 0xFF
    (root / "hong.xlsx").write_bytes(bytes(xlsx))
    return {"root": root, "good": good}


BAD_PATHS = ("khong-co.sqlite3", "thu-muc", "rong.sqlite3", "van-ban.txt", "la.sqlite3",
             "hong.sqlite3", "a?b#c.sqlite3")


def db_cases() -> list[tuple[str, list[str]]]:
    """Commands run against hostile files (placeholders: {db}, {root})."""
    commands = [
        ["check"], ["search", "Nguyễn"], ["user", "list"], ["audit", "verify", "--offline"],
        ["backup", "--to", "{root}/bk"], ["catalog", "export", "{root}/ra.xlsx"],
        ["sync-release"], ["report", "--period", "2026-Q3", "--out", "{root}/r.pdf"],
        ["brief", "--week", "2026-W48", "--out", "{root}/b.pdf"],
        ["ledger", "--period", "2026-11", "--out", "{root}/l.pdf"],
        ["user", "disable", "--login", "thu"], ["encrypt"], ["obstacle", "list"],
    ]
    cases = []
    for cmd in commands:
        for bad in BAD_PATHS:
            cases.append((f"{' '.join(cmd[:2])} --db {bad}", [*cmd, "--db", "{root}/" + bad]))
    # A restore may replace a missing or damaged file (that is what it is for), never a
    # directory or a file that opens and is not ours.
    for bad in ("thu-muc", "rong.sqlite3", "la.sqlite3"):
        cases.append((f"restore --db {bad}", ["restore", "--from", "{good}", "--db",
                                              "{root}/" + bad]))
    for bad in BAD_PATHS:
        cases.append((f"restore --from {bad}", ["restore", "--db", "{copy}", "--from",
                                                "{root}/" + bad]))
    cases += [
        ("catalog import hỏng", ["catalog", "import", "--db", "{copy}", "{root}/hong.xlsx"]),
        ("catalog import thư mục", ["catalog", "import", "--db", "{copy}", "{root}/thu-muc"]),
        ("catalog export /dev/full", ["catalog", "export", "--db", "{good}", "/dev/full"]),
        ("catalog export thư mục", ["catalog", "export", "--db", "{good}", "{root}/thu-muc"]),
        ("calendar năm lớn", ["calendar", "--year", "99999999999999999999"]),
        ("search giới hạn lớn", ["search", "x", "--db", "{good}", "--limit",
                                 "9223372036854775808"]),
        ("search rỗng", ["search", "   ", "--db", "{good}"]),
        ("report kỳ sai", ["report", "--db", "{good}", "--period", "2026-Q9", "--out",
                           "{root}/r.pdf"]),
        ("brief tuần sai", ["brief", "--db", "{good}", "--week", "2026-W99", "--out",
                            "{root}/b.pdf"]),
        ("print mã sai", ["print", "--db", "{good}", "--dossier", "khong-co", "--form", "01",
                          "--out", "{root}/p.pdf"]),
        ("print ra /dev/full", ["print", "--db", "{good}", "--dossier", "khong-co", "--form",
                                "99", "--out", "/dev/full"]),
        ("deadline ngày sai", ["deadline", "--received", "31/02/2026 08:00", "--limit",
                               "5 ngày làm việc"]),
        ("user add mật khẩu yếu", ["user", "add", "--db", "{copy}", "--login", "quan.tri",
                                   "--role", "admin"]),
    ]
    return cases


def _digest(root: Path) -> dict[str, str]:
    out = {}
    for path in sorted(root.rglob("*")):
        # SQLite's own side files of a WAL database (left empty after a refused open).
        if path.is_file() and not path.name.endswith(("-wal", "-shm")):
            out[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def _run(argv: list[str], monkeypatch, capsys) -> tuple[int, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO("12345678\n12345678\n"))
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse
        code = exc.code if isinstance(exc.code, int) else 2
    captured = capsys.readouterr()
    return code, captured.err + captured.out


def _assert_refused(code: int, text: str) -> None:
    assert code != 0, text
    assert "Traceback" not in text and "Exception ignored" not in text, text
    assert any(ch in VI_LETTERS for ch in text.lower()), text
    english = ("error:", "usage:", "invalid choice", "the following arguments", "unrecognized")
    assert not any(word in text for word in english), text


PARSER_CASES = parser_cases()
DB_CASES = db_cases()


@pytest.mark.parametrize(("label", "argv"), PARSER_CASES, ids=[c[0] for c in PARSER_CASES])
def test_parser_refuses_in_vietnamese(label: str, argv: list[str], monkeypatch, capsys) -> None:
    code, text = _run(argv, monkeypatch, capsys)
    _assert_refused(code, text)


@pytest.mark.parametrize(("label", "argv"), DB_CASES, ids=[c[0] for c in DB_CASES])
def test_hostile_files_refused_without_change(label: str, argv: list[str], files, tmp_path,
                                              monkeypatch, capsys) -> None:
    import shutil

    monkeypatch.setenv(crypto.PASSPHRASE_ENV, PASSPHRASE)
    copy = tmp_path / "ban-sao.sqlite3"
    shutil.copy(files["good"], copy)
    root = files["root"]
    argv = [a.replace("{root}", str(root)).replace("{good}", str(files["good"]))
            .replace("{copy}", str(copy)) for a in argv]
    before = _digest(root)
    copy_before = copy.read_bytes()
    code, text = _run(argv, monkeypatch, capsys)
    _assert_refused(code, text)
    assert _digest(root) == before, "a refused command changed a file"
    assert copy.read_bytes() == copy_before
    assert not (root / "a?b#c.sqlite3").exists() and not (root / "a").exists()


def test_figures() -> None:
    """Keep the count visible: a few hundred invocations in all."""
    assert len(PARSER_CASES) + len(DB_CASES) >= 250
