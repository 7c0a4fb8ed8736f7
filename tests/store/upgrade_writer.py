"""Child process for the upgrade-crash test: writes dossiers, says DONE, then waits to be killed.

Usage: python upgrade_writer.py old|new DB PROCEDURE_CODE COUNT   (key: COMMUNE_DESK_DB_PASSPHRASE)
``old`` plays the previous version: the file is built only up to revision ``OLD_REVISION``.
``new`` plays this version: the one opener upgrades the file, then the clerk works.
"""

from __future__ import annotations

import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

OLD_REVISION = "7a01"


def main() -> None:
    from commune_desk.domain.permissions import Actor, Role
    from commune_desk.services.dossiers import Applicant, Intake, receive_dossier
    from commune_desk.store import crypto, open_store

    stage, db, code, count = sys.argv[1], Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    key = crypto.resolve_key(create=False)
    if stage == "old":
        from sqlalchemy.orm import sessionmaker

        from commune_desk.store import migration
        from commune_desk.store.engine import Store, make_engine
        from commune_desk.store.seed import ensure_seeded

        engine = make_engine(db, key=key)
        migration.upgrade(engine, OLD_REVISION)
        store = Store(db, engine, sessionmaker(engine, expire_on_commit=False),
                      sessionmaker(engine.execution_options(immediate=True),
                                   expire_on_commit=False))
        ensure_seeded(store)
        base = datetime(2026, 1, 5, 8, 0)
    else:
        store = open_store(db, key)
        base = datetime(2026, 1, 7, 8, 0)
    actor = Actor("thu.nguyen", Role.CLERK, "Nguyễn Thị Thu")
    for i in range(count):
        result = receive_dossier(store, actor, Intake(
            procedure_code=code, applicant=Applicant(name=f"Trần Thị Mai {stage} {i}"),
            received_at=base + timedelta(seconds=i)))
        print(f"OK {result.dossier.id}", flush=True)  # printed only after the commit
    print("DONE", flush=True)
    time.sleep(600)  # the power cut comes here


if __name__ == "__main__":
    main()
