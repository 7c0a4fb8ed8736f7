"""The built wheel works on its own: installed into a fresh virtualenv, the desk passes its self-test."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "commune_desk" / "resources"

pytestmark = pytest.mark.slow

# What the desk reads at run time; every one must be inside the wheel.
NEEDED = (
    "fonts/LiberationSerif-Regular.ttf", "fonts/LiberationSerif-Bold.ttf",
    "fonts/LiberationSerif-Italic.ttf", "fonts/LiberationSerif-BoldItalic.ttf",
    "fonts/LICENSE-OFL.txt", "catalog/commune_catalog.json", "calendar/vn_calendar.json",
    "forms/forms_2025.json", "forms/forms_2018.json", "translations/commune_desk_en.qm",
    "translations/commune_desk_vi.qm", "icons/commune_desk.png",
)


def _clean_env(home: Path) -> dict[str, str]:
    """No PYTHONPATH (it would import the checkout instead of the wheel), a fresh home."""
    home.mkdir(parents=True, exist_ok=True)
    env = {
        "PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen", "COMMUNE_DESK_DATA_DIR": str(home / "data"),
        "XDG_RUNTIME_DIR": str(home), "TMPDIR": str(home),
    }
    # pip's own settings (index mirrors, certificates) still apply to the install step.
    for name in ("PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL", "PIP_FIND_LINKS", "PIP_CERT",
                 "PIP_CONFIG_FILE", "SSL_CERT_FILE", "HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY",
                 "http_proxy", "https_proxy", "no_proxy"):
        if name in os.environ:
            env[name] = os.environ[name]
    return env


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    (built,) = out.glob("commune_desk-*.whl")
    return built


def test_wheel_holds_every_resource_the_desk_reads(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [n for n in NEEDED if f"commune_desk/resources/{n}" not in names]
    assert not missing, f"not in the wheel: {missing}"
    on_disk = {p.relative_to(RESOURCES).as_posix() for p in RESOURCES.rglob("*") if p.is_file()}
    assert {f"commune_desk/resources/{n}" for n in on_disk} <= names
    assert "commune_desk/store/migrations/env.py" in names
    assert any(n.startswith("commune_desk/store/migrations/versions/0001_") for n in names)


def test_wheel_in_a_fresh_virtualenv_passes_the_self_test(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    # A fresh virtualenv: no --system-site-packages, nothing of the development one.
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    env = _clean_env(tmp_path / "home")
    proc = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)],
                          capture_output=True, text=True, timeout=1200, env=env)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]

    cwd = tmp_path / "elsewhere"
    cwd.mkdir()
    probe = (
        "import commune_desk, commune_desk.paths as p\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from commune_desk.ui.i18n import install_translators\n"
        "from commune_desk.reports.form_set import load_form_set\n"
        "print(commune_desk.__file__)\n"
        "print(p.resource('fonts', 'LICENSE-OFL.txt'))\n"
        "print(','.join(install_translators(QCoreApplication([]), 'en')))\n"
        "print(load_form_set().name)\n"
    )
    where = subprocess.run([str(venv / "bin" / "python"), "-c", probe],
                           capture_output=True, text=True, timeout=120, env=env, cwd=cwd)
    assert where.returncode == 0, where.stdout + where.stderr
    module_file, licence, translations, form_set = where.stdout.splitlines()[-4:]
    assert Path(module_file).is_relative_to(venv), "the checkout was imported, not the wheel"
    assert Path(licence).is_file() and Path(licence).is_relative_to(venv)
    assert "commune_desk_en.qm" in translations.split(",")
    assert form_set

    run = subprocess.run([str(venv / "bin" / "commune-desk"), "--self-test"],
                         capture_output=True, text=True, timeout=600, env=env, cwd=cwd)
    output = run.stdout + run.stderr
    assert run.returncode == 0, output
    assert "Tự kiểm tra thành công" in output
    assert "bỏ qua" not in output.lower(), output  # no step skipped (fonts, catalogue, PDF)
    assert ".pdf" in output
