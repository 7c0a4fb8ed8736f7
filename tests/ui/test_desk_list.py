"""Dossier list, search box, worklist and dashboard over a small generated archive."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
from desk_helpers import DESK_NOW, make_actor, open_test_store
from PySide6.QtCore import Qt
from sqlalchemy import text

from commune_desk.app import make_context
from commune_desk.domain import listing as lq
from commune_desk.services import listing
from commune_desk.ui.dossiers.model import COLUMN_KEYS, DossierListModel

N = 600


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from commune_desk.services.demo import generate_demo
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    store = open_test_store(path)
    generate_demo(store, N, seed=7, months=6, now=DESK_NOW)
    store.close()
    return path


@pytest.fixture
def demo_ctx(demo_template: Path, tmp_path: Path, desk_runner: Any) -> Any:
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_template, path)
    store = open_test_store(path)
    ctx = make_context(store, make_actor("officer", "chuyenvien1"), desk_runner,
                       clock=lambda: DESK_NOW)
    yield ctx
    store.close()


def all_rows(ctx: Any) -> list[dict[str, Any]]:
    with ctx.store.read() as s:
        return [dict(r) for r in s.execute(text("SELECT * FROM dossiers")).mappings()]


def loaded_model(qtbot: Any, ctx: Any, flt: lq.ListFilter | None = None,
                 sort: lq.Sort | None = None) -> DossierListModel:
    from PySide6.QtWidgets import QWidget

    holder = QWidget()  # Qt owns the model; pytest-qt closes the holder after the test
    qtbot.addWidget(holder)
    model = DossierListModel(ctx.runner, ctx.store, clock=ctx.clock, parent=holder)
    model.holder = holder  # type: ignore[attr-defined]
    model.set_query(flt or lq.ListFilter(), sort)
    return model


def test_model_passes_qtmodeltester(qtbot: Any, qtmodeltester: Any, demo_ctx: Any) -> None:
    model = loaded_model(qtbot, demo_ctx)
    assert model.rowCount() == N
    model.data(model.index(0, 0))  # asks for the first page
    qtbot.waitUntil(lambda: model.is_loaded(0), timeout=2000)
    qtmodeltester.check(model)


def test_pages_arrive_and_placeholder_before(qtbot: Any, demo_ctx: Any) -> None:
    model = loaded_model(qtbot, demo_ctx)
    last = model.rowCount() - 1
    assert model.data(model.index(last, 0)) == "…"  # not fetched yet: data() did no SQL
    with qtbot.waitSignal(model.dataChanged, timeout=2000):
        pass
    assert model.data(model.index(last, 0)).count("-") == 2  # a dossier code
    assert model.dossier_id_at(last)


def test_sort_by_due_and_code(qtbot: Any, demo_ctx: Any) -> None:
    rows = all_rows(demo_ctx)
    model = loaded_model(qtbot, demo_ctx)
    model.sort(COLUMN_KEYS.index("code"), Qt.SortOrder.AscendingOrder)
    codes = sorted(r["code"] for r in rows)
    model.data(model.index(0, 0))
    qtbot.waitUntil(lambda: model.is_loaded(0), timeout=2000)
    assert [model.data(model.index(i, 0)) for i in range(5)] == codes[:5]
    model.sort(COLUMN_KEYS.index("due_at"), Qt.SortOrder.DescendingOrder)
    assert model.list_sort == lq.Sort("due_at", True)
    model.sort(COLUMN_KEYS.index("applicant_name"), Qt.SortOrder.AscendingOrder)
    assert model.list_sort == lq.Sort("due_at", True)  # not indexed: not offered


def test_filters_match_python(qtbot: Any, demo_ctx: Any) -> None:
    rows = all_rows(demo_ctx)
    field = rows[0]["field"]
    model = loaded_model(qtbot, demo_ctx, lq.ListFilter(statuses=lq.OPEN_STATUSES, field=field))
    expected = [r for r in rows if r["status"] in lq.OPEN_STATUSES and r["field"] == field]
    assert model.rowCount() == len(expected)
    lo, hi = dt.date(2026, 10, 1), dt.date(2026, 10, 31)
    model.set_query(lq.ListFilter(received_from=lo, received_to=hi))
    assert model.rowCount() == sum(1 for r in rows if lo.isoformat() <= r["received_at"][:10]
                                   <= hi.isoformat())


def test_worklists_match_python(qtbot: Any, demo_ctx: Any) -> None:
    rows = all_rows(demo_ctx)
    cal = demo_ctx.calendar()
    horizon = cal.next_working_day(DESK_NOW.date())
    now = DESK_NOW.isoformat()
    running = [r for r in rows if r["status"] in ("received", "in_progress") and r["due_at"]]
    expect = {
        "overdue": sum(1 for r in running if r["due_at"] < now),
        "due_today": sum(1 for r in running if now <= r["due_at"] and r["due_at"][:10] == now[:10]),
        "due_soon": sum(1 for r in running if now <= r["due_at"]
                        and r["due_at"][:10] <= horizon.isoformat()),
        "waiting_supplement": sum(1 for r in rows if r["status"] == "waiting_supplement"),
        "mine": sum(1 for r in rows if r["assignee"] == "chuyenvien1"
                    and r["status"] in lq.OPEN_STATUSES),
    }
    counts = listing.worklist_counts(demo_ctx.store, now=DESK_NOW, soon_horizon=horizon,
                                     login="chuyenvien1")
    for key, value in expect.items():
        assert getattr(counts, key) == value, key
    assert counts.total == N
    assert sum(expect.values()) > 0


def test_text_search_ignores_diacritics(qtbot: Any, demo_ctx: Any) -> None:
    name = next(r["applicant_name"] for r in all_rows(demo_ctx) if "ễ" in r["applicant_name"]
                or "ị" in r["applicant_name"])
    from commune_desk.domain.text import fold

    model = loaded_model(qtbot, demo_ctx, lq.ListFilter(text=fold(name)))
    assert model.rowCount() >= 1
    model.data(model.index(0, 0))
    qtbot.waitUntil(lambda: model.is_loaded(0), timeout=2000)
    names = {model.data(model.index(i, 1)) for i in range(model.rowCount())}
    assert name in names


def test_stale_answer_is_dropped(qtbot: Any, demo_ctx: Any) -> None:
    from array import array

    model = loaded_model(qtbot, demo_ctx)
    old = model.generation
    model.set_query(lq.ListFilter(statuses=("returned",)))
    n = model.rowCount()
    model._on_ids(old, array("q", [1, 2, 3]))  # an answer to the older query arrives late
    assert model.rowCount() == n


def test_screen_search_jumps_on_code_and_debounces(qtbot: Any, demo_ctx: Any) -> None:
    from commune_desk.ui.dossiers.screen import DossierListScreen

    screen = DossierListScreen(demo_ctx)
    qtbot.addWidget(screen)
    screen.reload()
    code = all_rows(demo_ctx)[5]["code"]
    wanted = all_rows(demo_ctx)[5]["id"]
    with qtbot.waitSignal(screen.open_requested, timeout=2000) as blocker:
        screen.search.setText(code)
        qtbot.keyClick(screen.search, Qt.Key.Key_Return)  # a scanner ends with Enter
    assert blocker.args == [wanted]
    # Typing: one query after the pause, not one per key.
    searches: list[str] = []
    screen.search.text_search.connect(searches.append)
    screen.search.clear()
    qtbot.keyClicks(screen.search, "nguyen")
    qtbot.waitUntil(lambda: searches != [], timeout=2000)
    qtbot.wait(300)
    assert searches == ["nguyen"]
    assert screen.model.list_filter.text == "nguyen"
    assert screen.model.rowCount() > 0


def test_personal_id_jumps_when_unique(qtbot: Any, demo_ctx: Any) -> None:
    from commune_desk.ui.dossiers.search import SearchBox

    rows = all_rows(demo_ctx)
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["applicant_id_number"]] = counts.get(r["applicant_id_number"], 0) + 1
    unique = next(r for r in rows if counts[r["applicant_id_number"]] == 1)
    box = SearchBox(demo_ctx.runner, demo_ctx.store)
    qtbot.addWidget(box)
    with qtbot.waitSignal(box.dossier_found, timeout=2000) as blocker:
        box.setText(unique["applicant_id_number"])
        box.returnPressed.emit()
    assert blocker.args == [unique["id"]]


def test_worklist_screen_and_routing(qtbot: Any, demo_ctx: Any) -> None:
    from commune_desk.ui.main_window import MainWindow

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window._quiet = True
    window.start()
    counts = window.worklist.counts
    assert counts is not None and counts.total == N
    assert window.worklist.cards["overdue"].count.text() == f"{counts.overdue:,}".replace(",", ".")
    # Every bucket opens the list filtered to exactly its count, whatever search, status or
    # date filter the list had before (a bucket once showed 0 under an old search).
    for key in ("overdue", "due_today", "due_soon", "waiting_supplement", "mine"):
        window.show_screen("dossiers")
        window.dossiers.search.setText("khong ai ten nay")
        window.dossiers.search.returnPressed.emit()
        window.dossiers.status_box.setCurrentIndex(2)
        window.dossiers.use_dates.setChecked(True)
        window.show_screen("worklist")
        window.worklist.cards[key].click()
        assert window.current_screen() == "dossiers"
        assert window.dossiers.model.rowCount() == getattr(counts, key), key
        assert window.dossiers.search.text() == "" and not window.dossiers.use_dates.isChecked()
    key = next(k for k in ("waiting_supplement", "overdue", "due_soon")
               if getattr(counts, k) > 0)
    window.show_screen("worklist")
    window.worklist.cards[key].click()
    # Enter on a row opens the detail; back returns to the list.
    window.dossiers.model.data(window.dossiers.model.index(0, 0))
    qtbot.waitUntil(lambda: window.dossiers.model.is_loaded(0), timeout=2000)
    window.dossiers.view.activated.emit(window.dossiers.model.index(0, 0))
    assert window.current_screen() == "detail"
    assert window.detail.detail is not None
    assert window.detail.detail.state.status in lq.OPEN_STATUSES
    window.detail.back_requested.emit()
    assert window.current_screen() == "dossiers"


def test_dashboard_figures_match_python(qtbot: Any, demo_ctx: Any) -> None:
    from commune_desk.services.dashboard import dashboard_figures, default_window
    from commune_desk.ui.dashboard.screen import DashboardScreen

    rows = all_rows(demo_ctx)
    start, end = default_window(DESK_NOW.date())
    lo, hi = start.isoformat(), (end + dt.timedelta(days=1)).isoformat()
    fin = [r for r in rows if r["finished_at"] and lo <= r["finished_at"] < hi]
    early = sum(1 for r in fin if r["verdict"] == "truoc_han")
    on_time = sum(1 for r in fin if r["verdict"] == "dung_han")
    late = sum(1 for r in fin if r["verdict"] == "qua_han")
    rec = [r for r in rows if lo <= r["received_at"] < hi]
    f = dashboard_figures(demo_ctx.store, now=DESK_NOW)
    assert (f.finished_early, f.finished_on_time, f.finished_late) == (early, on_time, late)
    assert f.received == len(rec)
    assert f.digitised == sum(1 for r in rec if r["digitised"])
    assert f.ratings["satisfied"] == sum(1 for r in rec if r["rating"] == "satisfied")
    assert sum(m.finished for m in f.months) == early + on_time + late
    assert sum(b.open for b in f.backlog) == sum(1 for r in rows if r["status"] in lq.OPEN_STATUSES)
    assert len(f.intake_per_day) == 30
    screen = DashboardScreen(demo_ctx)
    qtbot.addWidget(screen)
    screen.show()  # loads on first show
    assert screen.figures == f
    assert screen.on_time.value == pytest.approx((early + on_time) / (early + on_time + late))
    assert screen.grab().width() > 0  # the painted charts render without error


def test_timeline_model_passes_qtmodeltester(qtmodeltester: Any, demo_ctx: Any) -> None:
    from commune_desk.ui import operations
    from commune_desk.ui.detail.timeline import TimelineModel

    dossier_id = all_rows(demo_ctx)[3]["id"]
    detail = operations.load_detail(demo_ctx, dossier_id)
    model = TimelineModel()
    model.set_entries(detail.timeline)
    assert model.rowCount() == len(detail.timeline) >= 1
    qtmodeltester.check(model)


def test_dashboard_period_officers_and_bar_click_open_the_list(qtbot: Any, demo_ctx: Any) -> None:
    """The leader picks the period, sees the backlog per officer, and a bar opens its dossiers."""
    from PySide6.QtCore import QPoint, Qt

    from commune_desk.domain.periods import PeriodKind, current_period
    from commune_desk.ui.main_window import MainWindow

    rows = all_rows(demo_ctx)
    open_rows = [r for r in rows if r["status"] in lq.OPEN_STATUSES]
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window._quiet = True
    window.resize(1366, 768)
    window.show()
    window.start()
    window.show_screen("dashboard")
    dash = window.dashboard
    qtbot.waitUntil(lambda: dash.figures is not None, timeout=5000)
    assert dash.figures is not None
    # Backlog per officer: every open dossier is counted once, under its assignee.
    per_officer = {o.login: o.open for o in dash.figures.officers}
    assert sum(per_officer.values()) == len(open_rows)
    for login, n in per_officer.items():
        assert n == sum(1 for r in open_rows if (r["assignee"] or "") == login)

    # The quarter window is the reporting quarter that holds today, cut at today.
    dash.period_box.setCurrentIndex(dash.period_box.findData("quarter"))
    quarter = current_period(PeriodKind.QUARTER, DESK_NOW.date())
    assert (dash.figures.start, dash.figures.end) == (quarter.start, min(quarter.end, DESK_NOW.date()))
    lo, hi = quarter.start.isoformat(), (DESK_NOW.date() + dt.timedelta(days=1)).isoformat()
    assert dash.figures.received == sum(1 for r in rows if lo <= r["received_at"] < hi)
    # A custom window typed back to front says so and keeps the last figures.
    dash.period_box.setCurrentIndex(dash.period_box.findData("custom"))
    assert dash.custom_from.isVisible()
    dash.custom_from.setDate(dash.custom_to.date().addDays(5))
    assert "sau ngày kết thúc" in dash.window_label.text()

    # Clicking the first bar of the field backlog opens exactly that field's open dossiers.
    window.resize(1366, 768)
    qtbot.wait(20)
    dash.backlog.repaint()
    first = dash.figures.backlog[0]
    rect = dash.backlog._hits[0][0]
    qtbot.mouseClick(dash.backlog, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(rect.center().x()), int(rect.center().y())))
    assert window.current_screen() == "dossiers"
    assert window.dossiers.model.rowCount() == first.open
    # The officer chart does the same for a person.
    window.show_screen("dashboard")
    busiest = next(o for o in dash.figures.officers if o.login)
    dash.officers.repaint()
    index = [o.login for o in dash.figures.officers].index(busiest.login)
    rect = dash.officers._hits[index][0]
    qtbot.mouseClick(dash.officers, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(rect.center().x()), int(rect.center().y())))
    assert window.dossiers.model.rowCount() == busiest.open


def test_leader_sees_waiting_for_my_approval(qtbot: Any, demo_template: Path, tmp_path: Path,
                                            desk_runner: Any) -> None:
    from commune_desk.ui.worklist.screen import WorklistScreen

    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_template, path)
    store = open_test_store(path)
    try:
        ctx = make_context(store, make_actor("leader", "lanhdao1"), desk_runner, clock=lambda: DESK_NOW)
        screen = WorklistScreen(ctx)
        qtbot.addWidget(screen)
        assert "Chờ tôi duyệt/ký" in screen.cards["mine"].title.text()
    finally:
        store.close()
