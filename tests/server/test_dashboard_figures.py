"""The province dashboard's on-time rate and overdue count agree with the desks' own verdicts
(issue 14, defect 3): the server folds each dossier with the domain fold the desks use."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from desk_people import add_team
from serverkit import Admin, ServerProcess, clerk, enroll, make_desk

from commune_desk.services import dossiers as svc
from commune_desk.services.sync import sync_round


def _receive(desk: object, name: str, at: datetime) -> str:
    intake = svc.Intake(procedure_code="XA-HT-04", applicant=svc.Applicant(name=name),
                        received_at=at)
    return str(svc.receive_dossier(desk, clerk(), intake, now=at).dossier.id)  # type: ignore[arg-type]


def test_dashboard_uses_the_desk_fold_and_verdict(sqlite_server: ServerProcess, admin: Admin,
                                                  tmp_path: Path) -> None:
    from commune_desk.server.stats import commune_figures

    desk = make_desk(tmp_path / "a.sqlite3", 1)
    enroll(desk, sqlite_server, admin)
    add_team(desk, ("canbo1", "chuyenvien1"))  # the hand-overs name real accounts
    actor = clerk()
    # a: a supplement moved its due moment; resolved on the moved day → on time at the desk.
    a = _receive(desk, "Nguyễn Thị Hường", datetime(2026, 2, 5, 8, 30))
    svc.assign_dossier(desk, actor, a, "chuyenvien1", now=datetime(2026, 2, 5, 9, 0))
    svc.request_supplement(desk, actor, a, ["Bản sao giấy khai sinh"], "Thiếu giấy tờ",
                           now=datetime(2026, 2, 5, 14, 0))
    svc.receive_supplement(desk, actor, a, now=datetime(2026, 2, 9, 8, 0))
    moved = svc.get_dossier(desk, a).original_due_at
    assert moved is not None and moved[:10] > "2026-02-10"
    svc.resolve_dossier(desk, actor, a, "approved", ready_at=datetime.fromisoformat(moved),
                        now=datetime.fromisoformat(moved))
    # b: waiting for a supplement long past its first appointment → within time at the desk.
    b = _receive(desk, "Trần Văn Bình", datetime(2026, 2, 5, 10, 0))
    svc.assign_dossier(desk, actor, b, "chuyenvien1", now=datetime(2026, 2, 5, 10, 30))
    svc.request_supplement(desk, actor, b, ["Tờ khai"], "Thiếu tờ khai",
                           now=datetime(2026, 2, 6, 9, 0))
    # c: refused at the counter → not a received dossier.
    c = _receive(desk, "Lê Thị Cúc", datetime(2026, 2, 5, 10, 30))
    svc.refuse_dossier(desk, actor, c, "Không thuộc thẩm quyền", now=datetime(2026, 2, 5, 11, 0))
    assert sync_round(desk).complete

    desk_a = svc.get_dossier(desk, a)
    assert desk_a.verdict == "dung_han"
    assert svc.get_dossier(desk, b).status == "waiting_supplement"
    (fig,) = [f for f in commune_figures(admin.sessions, now="2026-02-20T09:00:00")
              if f.received]
    assert (fig.received, fig.backlog, fig.overdue, fig.finished, fig.on_time) == (2, 1, 0, 1, 1)
    assert fig.on_time_rate == 1.0
    # The desk's own dashboard says the same (one fold, one verdict, counter refusals excluded).
    from datetime import date

    from commune_desk.services.dashboard import dashboard_figures

    mine = dashboard_figures(desk, now=datetime(2026, 2, 20, 9, 0), start=date(2026, 2, 1),
                             end=date(2026, 2, 28))
    assert mine.received == fig.received
    assert mine.finished_early + mine.finished_on_time + mine.finished_late == fig.finished
    assert mine.finished_early + mine.finished_on_time == fig.on_time
    assert (mine.open_total, mine.open_overdue) == (fig.backlog, fig.overdue)
    desk.close()

    # What the province officer sees: the dashboard page shows the same row (at today's clock:
    # b still waits for its supplement, so nothing is overdue and a stays on time).
    import re

    import httpx

    from commune_desk.reports.formatting import vn_percent
    from commune_desk.server import store

    store.add_officer(admin.sessions, "canbo.tinh", "Phạm Minh Tuấn", "mat-khau-tinh-2026")
    with httpx.Client(base_url=sqlite_server.url, timeout=30) as web:
        assert web.post("/dashboard/login", data={"login": "canbo.tinh",
                                                  "password": "mat-khau-tinh-2026"}
                        ).status_code == 303
        page = web.get("/dashboard").text
    row = re.search(rf'<tr data-commune="{fig.code}">(.*?)</tr>', page, re.S)
    assert row is not None
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row.group(1))
    assert cells[2:6] == ["2", "1", "0", vn_percent(1.0)], cells
