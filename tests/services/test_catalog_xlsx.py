"""The procedure catalogue: bundled rows, fees, versions, .xlsx round trip and bad workbooks."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from commune_desk.domain.fees import Exemption, FeeError, FeeKind, FeeRule, compute_fee
from commune_desk.domain.permissions import SYSTEM_ACTOR, Actor, PermissionDenied, Role
from commune_desk.services import dossiers as svc
from commune_desk.services.catalog import (
    CatalogError,
    catalog,
    catalog_versions,
    export_catalog_xlsx,
    import_catalog_xlsx,
)
from commune_desk.store import open_store


def test_bundled_catalogue_covers_domain_table(tmp_path: Path) -> None:
    store = open_store(tmp_path / "c.db")
    cat = catalog(store)
    names = {p.name for p in cat.procedures}
    for expected in ("Đăng ký khai sinh", "Đăng ký kết hôn", "Chứng thực bản sao từ bản chính",
                     "Hòa giải tranh chấp đất đai", "Đăng ký nuôi con nuôi trong nước",
                     "Cấp bản sao trích lục hộ tịch", "Đăng ký thành lập hộ kinh doanh"):
        assert expected in names
    birth = cat.procedure("1.001193")
    assert birth is not None and birth.national_code == "1.001193" and birth.limit_unit == "same_day"
    copies = cat.procedure("XA-CT-01")
    assert copies is not None and copies.extension == 2
    assert copies.fee.cap_per_copy == 200_000
    for p in cat.procedures:
        assert p.legal_basis and p.documents and p.effective_from is not None
        p.time_limit()  # every limit is valid for the deadline engine
    store.close()


def test_fee_rules() -> None:
    page = FeeRule(FeeKind.PER_PAGE, 2000, first_pages=2, next_page_amount=1000, cap_per_copy=200_000)
    assert compute_fee(page, pages=1).amount == 2000
    assert compute_fee(page, pages=5, copies=2).amount == 14_000
    assert compute_fee(page, pages=500).amount == 200_000
    assert "1.000 đ/trang" in page.text and "tối đa 200.000 đ/bản" in page.text
    birth = FeeRule(FeeKind.PROVINCIAL, 8000, exemptions=(Exemption.ON_TIME,))
    assert compute_fee(birth, exemption=Exemption.ON_TIME).amount == 0
    with pytest.raises(FeeError, match="không có trường hợp miễn"):
        compute_fee(birth, exemption=Exemption.MERIT)
    assert compute_fee(FeeRule(FeeKind.PER_COPY, 8000), copies=3).amount == 24_000
    with pytest.raises(FeeError):
        FeeRule(FeeKind.FIXED, -1)


def test_xlsx_round_trip_makes_identical_new_version(tmp_path: Path) -> None:
    store = open_store(tmp_path / "c.db")
    out = export_catalog_xlsx(store, tmp_path / "danh_muc.xlsx")
    summary = import_catalog_xlsx(store, SYSTEM_ACTOR, out)
    assert summary.version == 2
    v1, v2 = catalog(store, 1), catalog(store, 2)
    assert v1.procedures == v2.procedures
    assert [v.version for v in catalog_versions(store)] == [1, 2]
    store.close()


def test_old_dossier_keeps_its_catalogue_version(tmp_path: Path) -> None:
    store = open_store(tmp_path / "c.db")
    clerk = Actor("tn", Role.CLERK)
    old = svc.receive_dossier(store, clerk, svc.Intake("XA-HT-04", svc.Applicant("Lê An")),
                              now=datetime(2026, 3, 2, 8))
    path = export_catalog_xlsx(store, tmp_path / "c.xlsx")
    wb = load_workbook(path)
    ws = wb["Thủ tục"]
    for row in ws.iter_rows(min_row=2):
        if row[0].value == "XA-HT-04":
            row[4].value = "10 ngày làm việc"
    wb.save(path)
    import_catalog_xlsx(store, SYSTEM_ACTOR, path)
    new = svc.receive_dossier(store, clerk, svc.Intake("XA-HT-04", svc.Applicant("Lê Bình")),
                              now=datetime(2026, 3, 2, 8))
    assert old.dossier.catalog_version == 1 and new.dossier.catalog_version == 2
    assert svc.get_dossier(store, old.dossier.id).due_at == "2026-03-05T17:00:00"
    assert new.dossier.due_at == "2026-03-16T17:00:00"
    store.close()


def test_bad_rows_are_all_reported_and_nothing_imported(tmp_path: Path) -> None:
    store = open_store(tmp_path / "c.db")
    path = export_catalog_xlsx(store, tmp_path / "c.xlsx")
    wb = load_workbook(path)
    ws = wb["Thủ tục"]
    ws.cell(row=3, column=5).value = "mười ngày"
    ws.cell(row=4, column=9).value = "Tùy hứng"
    ws.cell(row=5, column=1).value = ws.cell(row=6, column=1).value
    ws.cell(row=7, column=4).value = None
    wb.save(path)
    with pytest.raises(CatalogError) as info:
        import_catalog_xlsx(store, SYSTEM_ACTOR, path)
    report = info.value.report()
    assert "Dòng 3" in report and "Không đọc được thời hạn" in report
    assert "Dòng 4" in report and "loại phí" in report
    assert "trùng" in report and "Dòng 7" in report and "thiếu tên thủ tục" in report
    assert [v.version for v in catalog_versions(store)] == [1]
    store.close()


def test_corrupt_and_missing_workbooks(tmp_path: Path) -> None:
    store = open_store(tmp_path / "c.db")
    bad = tmp_path / "hong.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(CatalogError, match="không phải tệp Excel"):
        import_catalog_xlsx(store, SYSTEM_ACTOR, bad)
    with pytest.raises(CatalogError, match="Không tìm thấy"):
        import_catalog_xlsx(store, SYSTEM_ACTOR, tmp_path / "khong_co.xlsx")
    with pytest.raises(PermissionDenied):
        import_catalog_xlsx(store, Actor("tn", Role.CLERK), bad)
    assert [v.version for v in catalog_versions(store)] == [1]
    store.close()


def test_a_procedure_and_its_row_map_both_ways_in_one_place(tmp_path: Path) -> None:
    """``store.seed`` owns both directions of the procedure ↔ row mapping: every bundled
    procedure comes back from its row unchanged, and the catalogue service reads through it."""
    import json as _json

    from commune_desk.domain.catalog import load_catalog_document
    from commune_desk.paths import resource
    from commune_desk.services.catalog import procedures_of
    from commune_desk.store import open_store
    from commune_desk.store.seed import BUNDLED_CATALOG, procedure_from_row, procedure_row

    _name, _eff, _src, bundled = load_catalog_document(
        _json.loads(resource(*BUNDLED_CATALOG).read_text(encoding="utf-8")))
    assert [procedure_from_row(procedure_row(1, p)) for p in bundled] == list(bundled)
    store = open_store(tmp_path / "desk.sqlite3")
    try:
        with store.read() as session:
            by_code = {p.code: p for p in procedures_of(session)}
        assert by_code == {p.code: p for p in bundled}
    finally:
        store.close()
