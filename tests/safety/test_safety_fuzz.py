"""Hypothesis fuzzing of intake and catalogue import: every refusal is Vietnamese, changes nothing."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commune_desk.domain.permissions import Actor, PermissionDenied, Role
from commune_desk.store import crypto, open_store

VI_LETTERS = set("ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")
CLERK = Actor("thu", Role.CLERK)
ADMIN = Actor("admin", Role.ADMIN)
FUZZ = settings(max_examples=120, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


def is_vietnamese(message: str) -> bool:
    return bool(message.strip()) and any(ch in VI_LETTERS for ch in message.lower())


def snapshot(store: Any) -> tuple[Any, ...]:
    with store.engine.connect() as conn:
        q = conn.exec_driver_sql
        return (
            q("SELECT count(*), max(desk_seq) FROM events").one(),
            q("SELECT count(*) FROM dossiers").scalar(),
            tuple(q("SELECT day, last_seq FROM code_counters ORDER BY day").all()),
            q("SELECT next_seq, last_hash FROM desk").one(),
            q("SELECT count(*) FROM catalog_versions").scalar(),
            q("SELECT count(*) FROM procedures").scalar(),
        )


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    import keyring
    from memory_keyring import MemoryKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    path = tmp_path_factory.mktemp("fuzz") / "fuzz.sqlite3"
    s = open_store(path, crypto.resolve_key())
    yield s
    s.close()
    keyring.set_keyring(previous)


def _codes(store: Any) -> list[str]:
    with store.engine.connect() as conn:
        return [r[0] for r in conn.exec_driver_sql("SELECT code FROM procedures LIMIT 8")]


texts = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["", "   ", "Nguyễn Thị Hường", "Đặng Văn Đức", "\x00", "a" * 500,
                     "'; DROP TABLE events; --", "Robert'); --"]),
)
digits = st.one_of(st.text(alphabet="0123456789 .-+", max_size=16), texts)


def mostly(valid: Any, bad: Any) -> Any:
    """Valid seven times out of eight, so both the accept and the refuse paths are exercised."""
    return st.one_of(*([valid] * 7), bad)


names = st.sampled_from(["Nguyễn Thị Hường", "Đặng Văn Đức", "Lê Thị Bích Ngọc", "Hà An"])


@st.composite
def intakes(draw: Any, codes: list[str]) -> Any:
    from commune_desk.services.dossiers import Applicant, DocumentItem, Intake

    applicant = Applicant(
        name=draw(mostly(names, texts)),
        id_number=draw(mostly(st.sampled_from(["", "040190000123"]), digits)),
        birth_date=draw(mostly(st.none(), st.dates(date(1900, 1, 1), date(2030, 12, 31)))),
        phone=draw(mostly(st.sampled_from(["", "0912345678"]), digits)),
        address=draw(mostly(st.just("Xóm 3, xã Nghĩa Đàn"), texts)),
        email=draw(mostly(st.sampled_from(["", "an@xa.gov.vn"]), texts)),
    )
    return Intake(
        procedure_code=draw(mostly(st.sampled_from(codes), texts)),
        applicant=applicant,
        documents=tuple(
            DocumentItem(draw(mostly(st.just("Tờ khai"), texts)), draw(st.booleans()),
                         draw(mostly(st.integers(1, 5), st.integers(-3, 10))))
            for _ in range(draw(st.integers(0, 3)))
        ),
        sets=draw(mostly(st.integers(1, 3), st.integers(-2, 5))),
        channel=draw(mostly(st.sampled_from(["in_person", "post", "online"]), texts)),
        return_method=draw(mostly(st.sampled_from(["counter", "post", "online"]), texts)),
        received_at=draw(mostly(
            st.one_of(st.none(), st.datetimes(datetime(2025, 7, 1), datetime(2026, 12, 31))),
            st.datetimes(datetime(1990, 1, 1), datetime(2040, 12, 31)),
        )),
        copies=draw(mostly(st.integers(1, 5), st.integers(-2, 50))),
        pages=draw(mostly(st.integers(1, 20), st.integers(-2, 400))),
        fee_method=draw(mostly(st.sampled_from(["cash", "transfer", "online"]), texts)),
        provincial_fee=draw(mostly(st.none(), st.integers(-1000, 10**9))),
    )


def test_fuzz_receive_dossier(store: Any) -> None:
    from commune_desk.services.dossiers import ServiceError, receive_dossier

    codes = _codes(store)
    refused: list[str] = []
    accepted: list[str] = []

    @FUZZ
    @given(intake=intakes(codes), actor=st.sampled_from([CLERK, CLERK, CLERK,
                                                         Actor("x", Role.OFFICER)]))
    def run(intake: Any, actor: Actor) -> None:
        before = snapshot(store)
        try:
            result = receive_dossier(store, actor, intake)
        except (ServiceError, PermissionDenied) as exc:
            assert is_vietnamese(str(exc)), repr(str(exc))
            assert snapshot(store) == before, str(exc)
            refused.append(str(exc))
            return
        after = snapshot(store)
        assert after[1] == before[1] + 1  # exactly one new dossier
        assert result.dossier.code
        accepted.append(result.dossier.code)

    run()
    print(f"intake fuzz: {len(accepted)} accepted, {len(refused)} refused")
    assert refused and accepted  # both paths are reached


def _xlsx(path: Path, header: list[Any], rows: list[list[Any]], info: list[list[Any]]) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Thủ tục"
    ws.append(header)
    for row in rows:
        ws.append(row)
    if info:
        wi = wb.create_sheet("Thông tin")
        for row in info:
            wi.append(row)
    wb.save(path)
    return path


# Worksheets cannot hold control characters (openpyxl refuses to write them).
xlsx_texts = st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=40)
cells = st.one_of(
    st.none(), st.integers(-10, 10**7), st.floats(allow_nan=True, allow_infinity=True),
    xlsx_texts, st.sampled_from(["03 ngày làm việc", "Trong ngày", "30 ngày", "8 giờ làm việc",
                            "Lệ phí", "Miễn", "15:00", "25:99", "2026-13-40"]),
    st.dates(date(1900, 1, 1), date(2100, 1, 1)), st.times(time(0), time(23, 59)),
)


def test_fuzz_catalogue_import(store: Any, tmp_path_factory: pytest.TempPathFactory) -> None:
    from openpyxl import load_workbook

    from commune_desk.services.catalog import (
        CatalogError,
        catalog,
        import_catalog_xlsx,
        write_catalog_xlsx,
    )

    folder = tmp_path_factory.mktemp("xlsx")
    template = write_catalog_xlsx(catalog(store), folder / "valid.xlsx")
    counter = iter(range(10**6))
    outcomes = {"refused": 0, "imported": 0}

    @settings(max_examples=60, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(
        edits=st.lists(st.tuples(st.integers(1, 40), st.integers(1, 20), cells), max_size=4),
        drop_sheet=st.integers(0, 12),
        actor=st.sampled_from([ADMIN, ADMIN, ADMIN, CLERK]),
    )
    def run(edits: list[tuple[int, int, Any]], drop_sheet: int, actor: Actor) -> None:
        wb = load_workbook(template)
        sheet = wb[wb.sheetnames[0]]
        for row, col, value in edits:
            sheet.cell(row=row, column=col, value=value)
        if drop_sheet == 0:
            del wb[wb.sheetnames[0]]
            wb.create_sheet("Khác")
        path = folder / f"c{next(counter)}.xlsx"
        wb.save(path)
        before = snapshot(store)
        try:
            import_catalog_xlsx(store, actor, path)
        except (CatalogError, PermissionDenied) as exc:
            assert is_vietnamese(str(exc)), repr(str(exc))
            assert snapshot(store) == before
            outcomes["refused"] += 1
            return
        assert snapshot(store)[4] == before[4] + 1
        outcomes["imported"] += 1

    run()
    print(f"catalogue fuzz: {outcomes}")
    assert outcomes["refused"] and outcomes["imported"]


@given(data=st.binary(max_size=3000))
@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_fuzz_catalogue_garbage_files(store: Any, tmp_path_factory, data: bytes) -> None:
    from commune_desk.domain.catalog import CatalogError
    from commune_desk.services.catalog import import_catalog_xlsx

    path = tmp_path_factory.mktemp("junk") / "junk.xlsx"
    path.write_bytes(b"PK\x03\x04" + data if data[:1] == b"P" else data)
    before = snapshot(store)
    with pytest.raises(CatalogError) as info:
        import_catalog_xlsx(store, ADMIN, path)
    assert is_vietnamese(str(info.value))
    assert snapshot(store) == before


@given(doc=st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=10)),
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.sampled_from(
                                ["format", "procedures", "code", "name", "field", "limit_value",
                                 "limit_unit", "fee", "effective_from", "cutoff"]), inner,
                                max_size=6)),
    max_leaves=20))
@settings(max_examples=150, deadline=None)
def test_fuzz_catalogue_json_document(doc: Any) -> None:
    from commune_desk.domain.catalog import CatalogError, load_catalog_document

    try:
        load_catalog_document(json.loads(json.dumps(doc)))
    except CatalogError as exc:
        assert is_vietnamese(str(exc))
