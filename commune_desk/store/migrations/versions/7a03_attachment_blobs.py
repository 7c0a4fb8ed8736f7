"""Scans inside the encrypted database: table attachment_blobs; plain files of older versions read in."""

from __future__ import annotations

import hashlib
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "7a03"
down_revision = "7a02"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachment_blobs",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachment_blobs")),
    )
    # Older versions kept each scan as a plain file beside the database (``stored_path``,
    # relative to its folder). Their bytes move into the encrypted file here; the plain copies
    # are deleted after this transaction has committed (services.attachments.purge_plain_copies).
    conn = op.get_bind()
    main = next((r[2] for r in conn.exec_driver_sql("PRAGMA database_list") if r[1] == "main"), "")
    if not main:
        return
    folder = Path(main).parent
    rows = conn.exec_driver_sql(
        "SELECT sha256, stored_path FROM attachments WHERE stored_path IS NOT NULL").fetchall()
    for sha, stored in rows:
        path = folder / stored
        try:
            data = path.read_bytes()
        except OSError:
            continue  # missing or unreadable: the row keeps its path, the sync reports it
        if hashlib.sha256(data).hexdigest() != sha:
            continue  # changed since it was attached: not taken as the scan
        conn.execute(sa.text("INSERT OR IGNORE INTO attachment_blobs (sha256, data) "
                             "VALUES (:h, :d)"), {"h": sha, "d": data})
        conn.execute(sa.text("UPDATE attachments SET stored_path = NULL WHERE sha256 = :h"),
                     {"h": sha})


def downgrade() -> None:
    op.drop_table("attachment_blobs")
