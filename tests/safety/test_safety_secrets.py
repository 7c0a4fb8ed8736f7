"""Secrets in the process (issue 15, defect 10): the database passphrase leaves the
environment at start; the sync token follows the database key's keyring policy."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from memory_keyring import MemoryKeyring

from commune_desk.store import crypto
from commune_desk.sync import credentials

ROOT = Path(__file__).resolve().parents[2]
SECRET = "mat-khau-chi-trong-dau-2026"


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="Linux /proc only")
def test_passphrase_is_dropped_from_the_environment_at_start(tmp_path: Path) -> None:
    probe = (
        "import os, sys\n"
        "from commune_desk.cli import main\n"
        "main(['calendar', '--year', '2026'])\n"
        "from commune_desk.store import crypto\n"
        "raw = open('/proc/self/environ', 'rb').read()\n"
        f"print({SECRET!r}.encode() in raw, {crypto.PASSPHRASE_ENV!r} in os.environ,\n"
        f"      crypto.session_passphrase() == {SECRET!r}, file=sys.stderr)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT), COMMUNE_DESK_DATA_DIR=str(tmp_path),
               **{crypto.PASSPHRASE_ENV: SECRET})
    r = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True,
                       timeout=120, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    in_proc, in_environ, kept = r.stderr.strip().splitlines()[-1].split()
    assert (in_proc, in_environ, kept) == ("False", "False", "True")


class PlainTextFileKeyring(MemoryKeyring):
    """Stands for keyrings.alt.file.PlaintextKeyring (same module name, same verdict)."""


PlainTextFileKeyring.__module__ = "keyrings.alt.file"


def test_sync_token_refused_in_a_plain_text_keyring() -> None:
    backend = PlainTextFileKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        with pytest.raises(credentials.CredentialError, match="keyring"):
            credentials.save_token("desk-1", "bi-mat-cua-may")
        with pytest.raises(credentials.CredentialError):
            credentials.load_token("desk-1")
        with pytest.raises(crypto.NoKeyringAvailable):  # the same policy as the database key
            crypto.keyring_key(create=True)
    finally:
        keyring.set_keyring(previous)
    assert backend.store == {}
