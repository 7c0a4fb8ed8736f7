"""The key file beside the database: the database key wrapped once per user (argon2id + AES-GCM).

``<database>.keys`` is a small JSON file, readable before the database is opened, so that a
user's login and password are what open the file: the password derives (argon2id, a salt of
the user's own) a 256-bit key that unwraps (AES-256-GCM, the login as associated data) the
database key. The keyring (where there is one) or the administrator's recovery passphrase is
the other way in. The file holds no secret in the clear: without a password each entry costs
one argon2id derivation (64 MiB) per guess. It is always rewritten whole, through a
temporary file, fsynced, then renamed (never half-written).
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from commune_desk.store.crypto import CryptoError, DbKey, KeyMode, WrongKey, connect, fsync_path

KEYFILE_SUFFIX = ".keys"
FORMAT = "commune-desk-keys"
VERSION = 1


@dataclass(frozen=True)
class KdfParams:
    """argon2id cost: RFC 9106's second recommended option (t=3, 64 MiB, p=4)."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 4


# Tests lower this (tests/conftest.py); every entry records the parameters it was made with.
DEFAULT_KDF = KdfParams()


def keyfile_path(db_path: Path | str) -> Path:
    path = Path(db_path)
    return path.with_name(path.name + KEYFILE_SUFFIX)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _derive(password: str, salt: bytes, params: KdfParams) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(password.encode("utf-8"), salt, time_cost=params.time_cost,
                           memory_cost=params.memory_kib, parallelism=params.parallelism,
                           hash_len=32, type=Type.ID)


def _aad(login: str) -> bytes:
    return f"{FORMAT}/{VERSION}:{login}".encode()


def read_entries(db_path: Path | str) -> dict[str, dict[str, Any]]:
    """login → wrapped entry; empty when there is no key file. A damaged file is refused."""
    path = keyfile_path(db_path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise CryptoError(f"Không đọc được tệp khóa {path}: {exc.strerror or exc}.") from None
    try:
        doc = json.loads(raw.decode("utf-8"))
        if doc.get("format") != FORMAT or not isinstance(doc.get("wraps"), dict):
            raise ValueError("format")
    except (ValueError, UnicodeDecodeError, AttributeError):
        raise CryptoError(f"Tệp khóa {path} bị hỏng hoặc không phải của Commune Desk.") from None
    return dict(doc["wraps"])


def wrapped_logins(db_path: Path | str) -> list[str]:
    """Logins that have a wrapped key (a damaged or missing key file: none)."""
    try:
        return sorted(read_entries(db_path))
    except CryptoError:
        return []


def _write(db_path: Path | str, entries: dict[str, dict[str, Any]]) -> None:
    path = keyfile_path(db_path)
    if not entries:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        return
    doc = {"format": FORMAT, "version": VERSION,
           "wraps": {login: entries[login] for login in sorted(entries)}}
    data = (json.dumps(doc, indent=1, sort_keys=True) + "\n").encode("utf-8")
    tmp = path.with_name(path.name + ".partial")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        fsync_path(path)  # the rename reaches the disk with its folder
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise CryptoError(f"Không ghi được tệp khóa {path}: {exc.strerror or exc}.") from None


def wrap_entry(login: str, password: str, key: DbKey,
               params: KdfParams | None = None) -> dict[str, Any]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    params = params or DEFAULT_KDF
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    secret = json.dumps({"mode": key.mode.value, "value": key.value}).encode("utf-8")
    sealed = AESGCM(_derive(password, salt, params)).encrypt(nonce, secret, _aad(login))
    return {"kdf": "argon2id", "t": params.time_cost, "m": params.memory_kib,
            "p": params.parallelism, "salt": _b64(salt), "nonce": _b64(nonce),
            "wrapped": _b64(sealed)}


def unwrap_entry(login: str, password: str, entry: dict[str, Any]) -> DbKey | None:
    """The database key in ``entry``, or None when the password is not this user's."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        params = KdfParams(int(entry["t"]), int(entry["m"]), int(entry["p"]))
        salt, nonce, sealed = (_unb64(entry[k]) for k in ("salt", "nonce", "wrapped"))
    except (KeyError, TypeError, ValueError):
        return None
    if entry.get("kdf") != "argon2id" or not (1 <= params.time_cost <= 64
                                              and 8 <= params.memory_kib <= 4 * 1024 * 1024
                                              and 1 <= params.parallelism <= 64):
        return None  # refuses a planted entry that would make the derivation hang
    try:
        secret = AESGCM(_derive(password, salt, params)).decrypt(nonce, sealed, _aad(login))
        value = json.loads(secret.decode("utf-8"))
        return DbKey(str(value["value"]), KeyMode(value["mode"]))
    except (InvalidTag, ValueError, KeyError, TypeError):
        return None


def unwrap(db_path: Path | str, login: str, password: str) -> DbKey | None:
    """The database key wrapped for ``login``, if ``password`` is theirs and it opens the file."""
    entry = read_entries(db_path).get(login)
    if entry is None:
        return None
    key = unwrap_entry(login, password, entry)
    if key is None:
        return None
    try:
        connect(db_path, key).close()
    except WrongKey:  # an entry for another file (a copied key file): not this file's key
        return None
    return key


@dataclass(frozen=True)
class KeyWraps:
    """The key file of one open database, with the key in memory: kept in step with the accounts
    (add, reset and change password wrap; disable removes). ``key=None`` (a legacy plain file):
    nothing to wrap, every call does nothing."""

    db_path: Path
    key: DbKey | None

    def put(self, login: str, password: str) -> None:
        if self.key is None:
            return
        entries = read_entries(self.db_path)
        entries[login] = wrap_entry(login, password, self.key)
        _write(self.db_path, entries)

    def remove(self, login: str) -> None:
        if self.key is None:
            return
        entries = read_entries(self.db_path)
        if entries.pop(login, None) is not None:
            _write(self.db_path, entries)

    def ensure(self, login: str, password: str) -> bool:
        """Wrap for ``login`` if they have no entry yet (an older file: migrated at login).
        True when an entry was written."""
        if self.key is None or login in read_entries(self.db_path):
            return False
        self.put(login, password)
        return True

    def logins(self) -> list[str]:
        return wrapped_logins(self.db_path)
