"""The layer contract holds: arrows only point down, and no module reaches into another's privates."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "commune_desk"


def _lint_imports() -> str:
    found = Path(sys.executable).with_name("lint-imports")
    if found.is_file():
        return str(found)
    other = shutil.which("lint-imports")
    if other is None:
        pytest.fail("import-linter is not installed (it is in the dev extra)")
    return other


def test_import_contracts_hold() -> None:
    """pyproject.toml [tool.importlinter]: app/cli/server → ui → services → reports, sync →
    store → domain → errors; ui never touches the store or the sync transport; reports and
    the server never touch the desk's store; the domain imports no Qt, SQL or I/O library."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([_lint_imports(), "--config", str(ROOT / "pyproject.toml"),
                           "--no-cache"], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stdout[-6000:] + proc.stderr[-2000:]
    assert "0 broken" in proc.stdout


def _imports(path: Path) -> list[tuple[int, str, list[str]]]:
    """(line, absolute module, imported names) of every ``from … import …`` in a module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    rel = path.relative_to(ROOT).with_suffix("").parts
    package = rel[:-1]  # the package a relative import starts from (also for __init__)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(package[: len(package) - node.level + 1])
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.append((node.lineno, module, [a.name for a in node.names]))
    return found


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_no_layer_imports_another_layers_private_names() -> None:
    """A leading underscore means "this layer's own": a helper another layer needs gets a public
    name where it belongs (server/store.py once imported services.integrity._digest_line, and
    sync/apply.py the private calendar cache of services/desk.py)."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        here = _layer(".".join(path.relative_to(ROOT).with_suffix("").parts))
        for line, module, names in _imports(path):
            if not module.startswith("commune_desk") or _layer(module) == here:
                continue
            private = [n for n in names if n.startswith("_") and not n.startswith("__")]
            if private:
                offenders.append(f"{path.relative_to(ROOT)}:{line}: {module} {private}")
    assert not offenders, "\n".join(offenders)
