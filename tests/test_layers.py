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


# --------------------------------------------------------------------- scaffolding that hid breakage
def _modules() -> list[tuple[Path, ast.Module]]:
    return [(p, ast.parse(p.read_text(encoding="utf-8"))) for p in sorted(PACKAGE.rglob("*.py"))
            if "migrations" not in p.parts]


def _first_party_import(node: ast.AST) -> bool:
    if isinstance(node, ast.ImportFrom):
        return node.level > 0 or (node.module or "").startswith("commune_desk")
    if isinstance(node, ast.Import):
        return any(a.name.startswith("commune_desk") for a in node.names)
    if isinstance(node, ast.Call) and node.args:  # importlib.import_module("commune_desk…")
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        first = node.args[0]
        return (name == "import_module" and isinstance(first, ast.Constant)
                and str(first.value).startswith("commune_desk"))
    return False


def _catches_import_error(handler: ast.ExceptHandler) -> bool:
    names = []
    kinds = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    for kind in kinds:
        if isinstance(kind, ast.Name):
            names.append(kind.id)
    return bool({"ImportError", "ModuleNotFoundError"} & set(names))


def test_our_own_modules_are_imported_directly_never_behind_except_import_error() -> None:
    """A missing or broken part of the desk must fail loudly, not vanish ("optional part"
    mounts, a key step that fell back to an unencrypted file when ``import keyring`` failed)."""
    offenders = []
    for path, tree in _modules():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Try):
                continue
            guarded = any(_first_party_import(inner) for stmt in node.body
                          for inner in ast.walk(stmt))
            if guarded and any(_catches_import_error(h) for h in node.handlers):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders, offenders


def test_every_module_defines_something_no_alias_modules() -> None:
    """A module that only re-binds names of another (the old services/paper.py) hides where a
    thing lives; callers import it from its home."""
    aliases = []
    for path, tree in _modules():
        if path.name in ("__init__.py", "__main__.py"):
            continue
        if not any(isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
                   for n in tree.body):
            constants = [n for n in tree.body if isinstance(n, (ast.Assign, ast.AnnAssign))
                         and not isinstance(n.value, (ast.Name, ast.Attribute))
                         and "__all__" not in ast.unparse(n).split("=")[0]]
            if not constants:
                aliases.append(str(path.relative_to(ROOT)))
    assert not aliases, aliases


def test_test_doubles_live_in_tests_not_in_the_package() -> None:
    doubles = [f"{path.relative_to(ROOT)}:{node.lineno} {node.name}"
               for path, tree in _modules() for node in ast.walk(tree)
               if isinstance(node, ast.ClassDef)
               and node.name.startswith(("Memory", "Fake", "Stub", "Dummy", "Mock"))]
    assert not doubles, doubles


def test_screens_never_open_a_database_session() -> None:
    """ui/ hands the opaque store to services; it never opens a read or write session itself
    (the list screens, the dashboard and the settings screen once did)."""
    import re

    pattern = re.compile(r"\bstore\.(read|write)\(|\bctx\.read\(")
    offenders = [f"{p.relative_to(ROOT)}:{i}" for p in sorted((PACKAGE / "ui").rglob("*.py"))
                 for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                 if pattern.search(line)]
    assert not offenders, offenders
