"""Fast checks of the release build files that need no build: spec, Inno Setup script, workflow."""

from __future__ import annotations

import ast
import io
import os
import re
import shutil
import struct
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

import commune_desk
from commune_desk.paths import APP_NAME

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build_installer.spec"
RESOURCES = ROOT / "commune_desk" / "resources"
ISS = ROOT / "installer" / "commune_desk.iss"
WORKFLOW = ROOT / ".github" / "workflows" / "windows-installer.yml"
BUILD_SH = ROOT / "scripts" / "build_bundle.sh"
SMOKE_SH = ROOT / "scripts" / "smoke_bundle.sh"

# Qt modules the desk may use: they must never be excluded from the bundle.
QT_KEEP = {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtPdf", "QtPdfWidgets", "QtSvg",
           "QtSvgWidgets", "QtNetwork"}


class Recorder:
    """Stands in for one of PyInstaller's spec classes (Analysis, PYZ, EXE, COLLECT)."""

    calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]]

    def __init__(self, kind: str, calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]]):
        self.kind = kind
        self.calls = calls

    def __call__(self, *args: Any, **kwargs: Any) -> types.SimpleNamespace:
        self.calls.append((self.kind, args, kwargs))
        result = types.SimpleNamespace(kind=self.kind, args=args, kwargs=kwargs)
        if self.kind == "Analysis":  # what the spec reads back from the analysis
            result.datas = [(dest, src, "DATA") for src, dest in kwargs["datas"]]
            result.datas.append(("PySide6/Qt/translations/qtbase_de.qm", "/x/qtbase_de.qm", "DATA"))
            result.datas.append(("PySide6/Qt/translations/qtbase_vi.qm", "/x/qtbase_vi.qm", "DATA"))
            result.binaries, result.pure, result.scripts = [], [], []
        return result


def exec_spec(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, platform: str) -> dict[str, Any]:
    """Run the spec with PyInstaller's API replaced by recorders: no build, a few milliseconds."""
    calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hook_calls: dict[str, list[Any]] = {"collect_submodules": [], "copy_metadata": [],
                                         "collect_data_files": []}

    def collect_submodules(package: str, filter: Any = None) -> list[str]:
        hook_calls["collect_submodules"].append((package, filter))
        return [f"{package}.stub"]

    def copy_metadata(dist: str) -> list[tuple[str, str]]:
        hook_calls["copy_metadata"].append(dist)
        return [(f"/site-packages/{dist}.dist-info", f"{dist}.dist-info")]

    def collect_data_files(package: str, includes: Any = None) -> list[tuple[str, str]]:
        hook_calls["collect_data_files"].append((package, includes))
        return [(f"/site-packages/{package}/locale/vi/LC_MESSAGES/VN.mo",
                 f"{package}/locale/vi/LC_MESSAGES")]

    hooks.collect_submodules = collect_submodules  # type: ignore[attr-defined]
    hooks.copy_metadata = copy_metadata  # type: ignore[attr-defined]
    hooks.collect_data_files = collect_data_files  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.setattr(sys, "platform", platform)
    namespace: dict[str, Any] = {
        "__name__": "__main__", "SPECPATH": str(ROOT), "workpath": str(tmp_path),
        "DISTPATH": str(tmp_path / "dist"),
        **{kind: Recorder(kind, calls) for kind in ("Analysis", "PYZ", "EXE", "COLLECT")},
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    namespace["_calls"] = calls
    namespace["_hooks"] = hook_calls
    return namespace


def _one(ns: dict[str, Any], kind: str) -> tuple[tuple[Any, ...], dict[str, Any]]:
    found = [(a, k) for (name, a, k) in ns["_calls"] if name == kind]
    assert len(found) == 1, f"expected one {kind}, got {len(found)}"
    return found[0]


@pytest.fixture(scope="module")
def linux_spec(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    with pytest.MonkeyPatch.context() as mp:
        return exec_spec(mp, tmp_path_factory.mktemp("spec"), "linux")


@pytest.fixture(scope="module")
def windows_spec(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    with pytest.MonkeyPatch.context() as mp:
        return exec_spec(mp, tmp_path_factory.mktemp("spec-win"), "win32")


# ------------------------------------------------------------------------------ the spec
def test_spec_entry_point_and_every_data_file_exist(linux_spec: dict[str, Any]) -> None:
    args, kwargs = _one(linux_spec, "Analysis")
    assert Path(args[0][0]) == ROOT / "commune_desk" / "__main__.py"
    assert Path(args[0][0]).is_file()
    ours = [(s, d) for s, d in kwargs["datas"] if not s.startswith("/site-packages/")]
    assert ours, "the spec bundles no data at all"
    for src, dest in ours:
        assert Path(src).is_file(), f"missing data file {src}"
        assert not Path(dest).is_absolute()


def test_spec_bundles_the_whole_resources_folder(linux_spec: dict[str, Any]) -> None:
    _, kwargs = _one(linux_spec, "Analysis")
    dests = [Path(dest, Path(src).name).as_posix() for src, dest in kwargs["datas"]]
    bundled = set(dests)
    on_disk = {
        p.relative_to(ROOT).as_posix() for p in RESOURCES.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and not p.name.startswith(".")
    }
    assert on_disk <= bundled, f"not bundled: {sorted(on_disk - bundled)}"
    for must in ("fonts/LiberationSerif-Regular.ttf", "fonts/LICENSE-OFL.txt",
                 "calendar/vn_calendar.json", "icons/commune_desk.png", "icons/commune_desk.ico",
                 "translations/commune_desk_en.qm", "catalog/commune_catalog.json",
                 "forms/forms_2025.json"):
        assert f"commune_desk/resources/{must}" in bundled
    resources = [d for d in dests if "/resources/" in d]
    assert len(resources) == len(set(resources)), "a resource is bundled twice"


def test_resources_live_inside_the_package_only() -> None:
    """The wheel ships only the package: a top-level resources/ folder would be left out of it."""
    assert not (ROOT / "resources").exists(), (
        "resources/ at the top level is not in the wheel: put it under commune_desk/resources/")
    from commune_desk.paths import resource

    assert resource("fonts", "LICENSE-OFL.txt") == RESOURCES / "fonts" / "LICENSE-OFL.txt"


def test_spec_bundles_the_desk_migrations_as_files_but_not_the_servers(
        linux_spec: dict[str, Any]) -> None:
    _, kwargs = _one(linux_spec, "Analysis")
    dests = {Path(dest, Path(src).name).as_posix() for src, dest in kwargs["datas"]}
    assert "commune_desk/store/migrations/env.py" in dests
    assert "commune_desk/store/migrations/script.py.mako" in dests
    revisions = sorted((ROOT / "commune_desk/store/migrations/versions").glob("[0-9]*.py"))
    assert revisions
    for rev in revisions:
        assert f"commune_desk/store/migrations/versions/{rev.name}" in dests
    assert not any("server" in d for d in dests), "server files must not be bundled"
    assert not any("__pycache__" in d or d.endswith(".pyc") for d in dests)


def test_spec_bundles_non_python_files_of_the_desk_package(linux_spec: dict[str, Any]) -> None:
    _, kwargs = _one(linux_spec, "Analysis")
    dests = {Path(dest, Path(src).name).as_posix() for src, dest in kwargs["datas"]}
    for path in (ROOT / "commune_desk").rglob("*"):
        rel = path.relative_to(ROOT)
        if (not path.is_file() or path.suffix in {".py", ".pyc"} or path.name == "py.typed"
                or "__pycache__" in rel.parts or "server" in rel.parts):
            continue
        assert rel.as_posix() in dests, f"{rel} is not bundled"


def test_bundled_migration_dir_matches_what_the_store_looks_for() -> None:
    from commune_desk.store.engine import MIGRATIONS_DIR

    # In the bundle, store/engine.py sits at _MEIPASS/commune_desk/store/: same relative folder.
    assert MIGRATIONS_DIR.relative_to(ROOT).as_posix() == "commune_desk/store/migrations"


def test_spec_keyring_metadata_and_backends(linux_spec: dict[str, Any]) -> None:
    hooks = linux_spec["_hooks"]
    assert "keyring" in hooks["copy_metadata"]
    assert "commune-desk" in hooks["copy_metadata"]
    assert "keyring.backends" in [p for p, _ in hooks["collect_submodules"]]
    _, kwargs = _one(linux_spec, "Analysis")
    assert "keyring.backends.stub" in kwargs["hiddenimports"]
    assert "keyrings.alt" in kwargs["excludes"]  # never a plain-text secret store


def test_spec_names_every_desk_module_but_not_server_or_migration_scripts(
        linux_spec: dict[str, Any]) -> None:
    _, kwargs = _one(linux_spec, "Analysis")
    hidden = set(kwargs["hiddenimports"])
    expected = set()
    for path in (ROOT / "commune_desk").rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if "server" in parts or "migrations" in parts or "__pycache__" in parts:
            continue
        expected.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    assert expected <= hidden, f"not bundled: {sorted(expected - hidden)}"
    # Folders without __init__.py (namespace packages) are found too.
    assert "commune_desk.ui.main_window" in hidden
    assert "commune_desk.cli.store_cmd" in hidden
    assert not [m for m in hidden if m.startswith("commune_desk.server")]
    assert not [m for m in hidden if ".migrations" in m]


def test_spec_excludes_server_test_tools_and_unused_qt(linux_spec: dict[str, Any]) -> None:
    _, kwargs = _one(linux_spec, "Analysis")
    excludes = set(kwargs["excludes"])
    for name in ("commune_desk.server", "fastapi", "uvicorn", "starlette", "psycopg",
                 "pytest", "_pytest", "pytestqt", "hypothesis", "tkinter",
                 "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtQuick",
                 "PySide6.QtQml", "PySide6.Qt3DCore", "PySide6.QtMultimedia", "PySide6.QtCharts"):
        assert name in excludes, f"{name} is not excluded"
    kept_but_excluded = {f"PySide6.{m}" for m in QT_KEEP} & excludes
    assert not kept_but_excluded


def _qt_modules_used_by_the_desk() -> set[str]:
    used: set[str] = set()
    for path in (ROOT / "commune_desk").rglob("*.py"):
        if "server" in path.relative_to(ROOT / "commune_desk").parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            for n in names:
                m = re.match(r"PySide6\.(Qt\w+)", n)
                if m:
                    used.add(m.group(1))
    return used


def test_no_qt_module_the_desk_imports_is_excluded(linux_spec: dict[str, Any]) -> None:
    _, kwargs = _one(linux_spec, "Analysis")
    used = _qt_modules_used_by_the_desk()
    assert "QtWidgets" in used
    excluded = {e.removeprefix("PySide6.") for e in kwargs["excludes"] if e.startswith("PySide6.")}
    assert not (used & excluded), f"the desk imports excluded Qt modules: {used & excluded}"


def test_desk_code_outside_the_server_never_imports_server_packages_at_top_level() -> None:
    """Module-level imports of the server stack would make the frozen desk fail to start."""
    banned = ("fastapi", "uvicorn", "starlette", "psycopg", "commune_desk.server")
    offenders = []
    for path in (ROOT / "commune_desk").rglob("*.py"):
        if "server" in path.relative_to(ROOT / "commune_desk").parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:  # top level only: imports inside handlers are fine
            mods = []
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                mods = [node.module]
            elif isinstance(node, ast.Import):
                mods = [a.name for a in node.names]
            offenders += [f"{path.relative_to(ROOT)}: {m}" for m in mods if m.startswith(banned)]
    assert not offenders


def test_every_hidden_import_has_a_comment() -> None:
    lines = SPEC.read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        if re.match(r"\s*hiddenimports\s*\+=", line):
            j = i - 1
            assert lines[j].strip().startswith("#"), f"hidden import without a comment: {line}"


def test_spec_runtime_hook_makes_redirected_streams_utf8(
        linux_spec: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    _, kwargs = _one(linux_spec, "Analysis")
    hooks = [Path(h) for h in kwargs["runtime_hooks"]]
    assert hooks == [ROOT / "installer" / "pyi_rth_utf8_stdio.py"]
    assert hooks[0].is_file()
    raw = io.BytesIO()
    cp1252 = io.TextIOWrapper(raw, encoding="cp1252")  # a redirected stdout on Windows
    monkeypatch.setattr(sys, "stdout", cp1252)
    monkeypatch.setattr(sys, "stderr", None)  # a windowed program has no streams
    namespace: dict[str, Any] = {"__name__": "pyi_rth_utf8_stdio"}
    exec(compile(hooks[0].read_text(encoding="utf-8"), str(hooks[0]), "exec"), namespace)
    print("Đã sao lưu ✓", file=cp1252)
    cp1252.flush()
    assert raw.getvalue().decode("utf-8") == "Đã sao lưu ✓\n"


def test_spec_drops_foreign_qt_translations(linux_spec: dict[str, Any]) -> None:
    kept = [dest for dest, _src, _kind in linux_spec["a"].datas]
    assert "PySide6/Qt/translations/qtbase_de.qm" not in kept
    assert "PySide6/Qt/translations/qtbase_vi.qm" in kept


def test_linux_build_is_one_console_program_in_one_folder(linux_spec: dict[str, Any]) -> None:
    exes = [k for name, _a, k in linux_spec["_calls"] if name == "EXE"]
    assert [(e["name"], e["console"]) for e in exes] == [("commune-desk", True)]
    assert all(e["exclude_binaries"] for e in exes)  # one-folder, not one-file
    assert all(e["upx"] is False for e in exes)
    _args, kwargs = _one(linux_spec, "COLLECT")
    assert kwargs["name"] == "commune-desk"


def test_windows_build_has_a_windowed_program_icon_and_version_info(
        windows_spec: dict[str, Any]) -> None:
    exes = {k["name"]: k for name, _a, k in windows_spec["_calls"] if name == "EXE"}
    assert set(exes) == {"commune-desk", "CommuneDesk"}
    assert exes["CommuneDesk"]["console"] is False  # windowed: no console window for clerks
    assert exes["commune-desk"]["console"] is True
    for exe in exes.values():
        assert Path(exe["icon"]) == RESOURCES / "icons" / "commune_desk.ico"
        version_file = Path(exe["version"])
        assert version_file.is_file()
    text = version_file.read_text(encoding="utf-8")
    tree = ast.parse(text, mode="eval")  # PyInstaller evaluates this text
    assert isinstance(tree.body, ast.Call) and tree.body.func.id == "VSVersionInfo"  # type: ignore[attr-defined]
    numbers = windows_spec["version_tuple"](commune_desk.__version__)
    assert f"filevers={numbers!r}" in text
    assert f"'ProductVersion', '{commune_desk.__version__}'" in text
    assert "'OriginalFilename', 'CommuneDesk.exe'" in text


def test_pyinstaller_reads_back_the_version_info(
        windows_spec: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    """The real PyInstaller parser on the generated text (pefile, Windows-only, is stubbed)."""
    pytest.importorskip("PyInstaller")
    import importlib

    compat = importlib.import_module("PyInstaller.compat")
    monkeypatch.setattr(compat, "win32api", None, raising=False)  # Windows-only too
    monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    versioninfo = importlib.import_module("PyInstaller.utils.win32.versioninfo")
    exe = next(k for name, _a, k in windows_spec["_calls"] if name == "EXE")
    info = versioninfo.load_version_info_from_text_file(exe["version"])
    numbers = windows_spec["version_tuple"](commune_desk.__version__)
    assert info.ffi.fileVersionMS == (numbers[0] << 16) | numbers[1]
    assert info.ffi.fileVersionLS == (numbers[2] << 16) | numbers[3]
    text = str(info)
    assert "Bàn làm việc một cửa cấp xã" in text
    assert "CommuneDesk.exe" in text
    assert len(info.toRaw()) > 200  # the binary VERSIONINFO resource PyInstaller embeds


def test_version_tuple_keeps_four_numeric_fields(linux_spec: dict[str, Any]) -> None:
    vt = linux_spec["version_tuple"]
    assert vt("0.1.0") == (0, 1, 0, 0)
    assert vt("1.2.3.4.5") == (1, 2, 3, 4)
    assert vt("2.0.0rc1+local.7") == (2, 0, 0, 1)
    assert vt("3") == (3, 0, 0, 0)
    assert linux_spec["VERSION"] == commune_desk.__version__


# ------------------------------------------------------------------------------ the icon
def test_icon_files_are_valid() -> None:
    ico = (RESOURCES / "icons/commune_desk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind) == (0, 1) and count >= 4
    sizes = set()
    for i in range(count):
        w, _h, _c, _r, _planes, bpp, size, offset = struct.unpack_from("<BBBBHHII", ico, 6 + 16 * i)
        sizes.add(w or 256)
        assert bpp == 32 and offset + size <= len(ico)
    assert {16, 32, 48, 256} <= sizes
    png = (RESOURCES / "icons/commune_desk.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")


def test_make_icon_draws_a_readable_ico(tmp_path: Path) -> None:
    pil = pytest.importorskip("PIL.Image")
    # In a child process: a QGuiApplication made here would break later widget tests.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_icon.py"), "--out", str(tmp_path)],
                   check=True, env=env, timeout=120, capture_output=True)
    with pil.open(tmp_path / "commune_desk.ico") as im:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(im.info["sizes"])
        im.size = (48, 48)  # a DIB entry: corners transparent, the slip white-ish
        im.load()
        rgba = im.convert("RGBA")
        assert rgba.getpixel((0, 0))[3] == 0
        assert rgba.getpixel((3, 24))[:3] == (0x1F, 0x4E, 0x9A)  # the blue tile, not upside down
    with pil.open(tmp_path / "commune_desk.png") as im:
        assert im.size == (256, 256)


# ------------------------------------------------------------------------------ Inno Setup
def _iss() -> str:
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup reads UTF-8 only with a BOM"
    return raw.decode("utf-8-sig")


def _iss_define(text: str, name: str) -> str:
    m = re.search(rf'^#define {name} "([^"]+)"', text, re.M)
    assert m, f"#define {name} missing"
    return m.group(1)


def test_iss_installs_the_programs_the_spec_builds(windows_spec: dict[str, Any]) -> None:
    text = _iss()
    exes = {k["name"] for name, _a, k in windows_spec["_calls"] if name == "EXE"}
    assert _iss_define(text, "AppExeName") == "CommuneDesk.exe"
    assert _iss_define(text, "CliExeName") == "commune-desk.exe"
    assert {f"{n}.exe" for n in exes} == {"CommuneDesk.exe", "commune-desk.exe"}
    _, collect = _one(windows_spec, "COLLECT")
    assert f'..\\dist\\{collect["name"]}"' in text  # BundleDir default = dist\commune-desk
    assert 'Source: "{#BundleDir}\\_internal\\*"' in text
    assert "recursesubdirs" in text


def test_iss_start_menu_desktop_languages_and_icon() -> None:
    text = _iss()
    assert re.search(r'^Name: "\{autoprograms\}\\\{#AppName\}"; Filename: "\{app\}\\\{#AppExeName\}"',
                     text, re.M)
    assert re.search(r"^Name: \"desktopicon\".*Flags: unchecked", text, re.M)
    assert 'Name: "vietnamese"; MessagesFile: "Vietnamese.isl"' in text
    assert 'Name: "english"; MessagesFile: "compiler:Default.isl"' in text
    icon = re.search(r"^SetupIconFile=(.+)$", text, re.M)
    assert icon and (ISS.parent / icon.group(1).strip().replace("\\", "/")).is_file()
    assert "#ifndef AppVersion" in text and "AppVersion={#AppVersion}" in text
    # Custom messages exist in both languages.
    vi = set(re.findall(r"^vietnamese\.(\w+)=", text, re.M))
    en = set(re.findall(r"^english\.(\w+)=", text, re.M))
    assert vi == en and vi


def test_iss_keeps_the_users_data_on_uninstall() -> None:
    text = _iss()
    assert _iss_define(text, "DataFolderName") == APP_NAME  # platformdirs' folder name
    for section in ("UninstallDelete", "InstallDelete"):
        body = re.search(rf"^\[{section}\]\r?\n(.*?)(?=^\[)", text, re.M | re.S)
        assert body is not None
        entries = [ln for ln in body.group(1).splitlines() if ln.startswith("Type:")]
        assert entries and all('Name: "{app}' in ln for ln in entries), entries
    code_lines = [ln for ln in text.splitlines() if not ln.lstrip().startswith((";", "{"))]
    deletes = [ln for ln in code_lines if re.search(r"DelTree|DeleteFile|RemoveDir", ln)]
    assert not deletes, "the [Code] section must not delete anything"


def test_data_folder_is_localappdata_commune_desk_on_windows() -> None:
    """What the installer promises to keep is where platformdirs puts the data on Windows."""
    import platformdirs.windows

    if sys.platform.startswith("win"):
        path = platformdirs.windows.Windows(APP_NAME, appauthor=False).user_data_dir
        assert Path(path) == Path(os.environ["LOCALAPPDATA"]) / APP_NAME
    else:
        source = Path(platformdirs.windows.__file__).read_text(encoding="utf-8")
        assert "CSIDL_LOCAL_APPDATA" in source  # user_data_dir, roaming=False


# ------------------------------------------------------------------------------ CI and scripts
def test_windows_workflow_builds_smokes_and_packages() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "runs-on: windows-latest" in text
    assert 'python-version: "3.11"' in text
    assert 'pip install -e ".[build]"' in text
    assert "build_installer.spec" in text
    assert "scripts/smoke_bundle.sh" in text
    assert "installer\\commune_desk.iss" in text and "/DAppVersion=" in text
    assert "actions/upload-artifact" in text
    assert "Vietnamese.isl" in text
    assert "\t" not in text


@pytest.mark.parametrize("script", [BUILD_SH, SMOKE_SH], ids=lambda p: p.name)
def test_scripts_are_executable_bash(script: Path) -> None:
    assert os.access(script, os.X_OK)
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("bash not available")
    subprocess.run([bash, "-n", str(script)], check=True)


def test_smoke_fails_loudly_without_a_bundle(tmp_path: Path) -> None:
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("bash not available")
    proc = subprocess.run([bash, str(SMOKE_SH), str(tmp_path / "nothing")],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0
    assert "SMOKE FAILED" in proc.stderr
