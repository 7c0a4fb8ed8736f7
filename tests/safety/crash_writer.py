"""Child process for the crash test: receives dossiers forever, printing each one once committed.

Usage: python crash_writer.py DB PROCEDURE_CODE RUN   (key: COMMUNE_DESK_DB_PASSPHRASE)
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path


def main() -> None:
    from commune_desk.domain.permissions import Actor, Role
    from commune_desk.services.dossiers import Applicant, Intake, receive_dossier
    from commune_desk.store import crypto, open_store

    db, code, run = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    # A desk has 999 codes a day: spread each run's dossiers over its own days.
    base = datetime(2026, 1, 5, 8, 0) + timedelta(days=3 * run)
    store = open_store(db, crypto.resolve_key(create=False))
    actor = Actor("thu.nguyen", Role.CLERK, "Nguyễn Thị Thu")
    print("READY", flush=True)
    i = 0
    while True:
        i += 1
        result = receive_dossier(
            store,
            actor,
            Intake(
                procedure_code=code,
                applicant=Applicant(name=f"Trần Thị Mai {i}"),
                received_at=base + timedelta(days=i // 600, seconds=i),
            ),
        )
        # Printed only after the transaction has committed.
        print(f"OK {result.dossier.id} {result.dossier.code}", flush=True)


if __name__ == "__main__":
    main()
