"""Shared test fixtures: offscreen Qt, an in-memory keyring, isolated user data and cache folders."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import pytest
from memory_keyring import MemoryKeyring


@pytest.fixture(autouse=True)
def memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """The user's data folder points into a temporary folder for every test."""
    path = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("COMMUNE_DESK_DATA_DIR", str(path))
    monkeypatch.setenv("COMMUNE_DESK_CACHE_DIR", str(path / "cache"))
    return path


@pytest.fixture(autouse=True)
def isolated_qt_settings(tmp_path_factory: pytest.TempPathFactory):
    """Qt's user settings (window geometry, last screen, remembered intake values) go to a
    folder of each test's own, so one test's saved state never changes how the next starts."""
    from PySide6.QtCore import QSettings

    path = str(tmp_path_factory.mktemp("qtsettings"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, path)
    yield path


@pytest.fixture(autouse=True)
def no_session_passphrase():
    """Each test starts like a process given no database passphrase (the CLI keeps the one it
    takes from the environment in memory)."""
    from commune_desk.store import crypto

    crypto.forget_session_passphrase()
    yield
    crypto.forget_session_passphrase()


@pytest.fixture(autouse=True)
def cheap_key_wraps(monkeypatch: pytest.MonkeyPatch):
    """The key file's argon2id costs 64 MiB per wrap in the product; tests wrap with a cheap
    setting (each entry records its own parameters, so reading works either way)."""
    from commune_desk.store import keyfile

    monkeypatch.setattr(keyfile, "DEFAULT_KDF", keyfile.KdfParams(1, 1024, 1))
