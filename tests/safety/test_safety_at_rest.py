"""Encryption at rest on a real desk file: `strings` finds no citizen data in the DB, WAL, backup."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest

from commune_desk.domain.permissions import Actor, Role
from commune_desk.services import backup as bk
from commune_desk.store import crypto, open_store

CITIZENS = [
    ("Nguyễn Thị Hường", "040190001234", "0912345678", date(1990, 5, 1)),
    ("Trần Quốc Bảo", "040085004321", "0987654321", date(1985, 2, 3)),
    ("Lê Văn Khải", "040072009999", "0355555555", date(1972, 12, 30)),
]


@pytest.mark.skipif(shutil.which("strings") is None, reason="binutils `strings` not installed")
def test_no_citizen_data_readable_in_files(tmp_path: Path) -> None:
    from commune_desk.services.dossiers import Applicant, Intake, receive_dossier

    db = tmp_path / "desk.sqlite3"
    key = crypto.resolve_key()
    store = open_store(db, key)
    for i in range(60):
        name, idn, phone, born = CITIZENS[i % 3]
        receive_dossier(store, Actor("thu", Role.CLERK), Intake(
            procedure_code="1.001193",
            applicant=Applicant(name=name, id_number=idn, phone=phone, birth_date=born,
                                address="Xóm Đông Hồ, xã Nghĩa Đàn"),
            received_at=datetime(2026, 4, 24, 8, 0),
        ))
    # Look while the app is running (WAL not yet checkpointed) and after a backup.
    files = [p for p in tmp_path.iterdir() if p.is_file()]
    assert any(p.name.endswith("-wal") for p in files)
    backup = bk.make_backup(db, key).path
    store.close()
    files += [backup, db]
    out = subprocess.run(["strings", "-n", "4", *map(str, files)], capture_output=True).stdout
    text = out.decode("utf-8", "replace").lower()
    for name, idn, phone, _born in CITIZENS:
        assert name.lower() not in text
        assert idn not in text and phone not in text
        folded = name.lower().replace("ị", "i").replace("ư", "u").replace("ờ", "o")
        # only long needles: a 4-letter word turns up in 1 MB of ciphertext now and then
        for part in ("nguyen thi", "tran quoc", "le van khai", folded):
            assert part not in text, part
    assert "nghia dan" not in text and "applicant" not in text and "dossiers" not in text
